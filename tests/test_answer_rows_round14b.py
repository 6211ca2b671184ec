"""Round 14b: a question about one day, one place, one route or one group is answered by that row of the
draft's table (bot/offline/answer_rows.py), and a day or place the table lacks is said to be missing. The
drafts and questions are our own."""

from __future__ import annotations

from bot.offline.answer import answer_question

SCHEDULE = ("Dinas Kependudukan Kabupaten Sumba Barat membuka layanan akta kelahiran keliling, gratis.\n\n"
            "Jadwal layanan:\n- Senin: Kantor Desa Tebara, 09.00–13.00\n- Rabu: Gereja GKS Waikabubak, 10.00–14.00\n"
            "- Kamis: Kantor Camat Loli, 09.00–12.00\n- Sabtu: Pasar Inpres Waikabubak, 08.00–11.00\n\n"
            "Warga membawa KK dan surat keterangan lahir.")
FARES = ("Dinas Perhubungan Kabupaten Kepulauan Selayar membuka kembali kapal perintis mulai 1 April 2026.\n\n"
         "Tarif penumpang dewasa:\n- Benteng – Pulau Jampea: Rp45.000 (Selasa)\n"
         "- Benteng – Pulau Bonerate: Rp60.000 (Jumat)\n- Benteng – Pulau Kayuadi: Rp35.000 (Senin, Kamis)\n\n"
         "Kapal berangkat dari Pelabuhan Rauf Rahman pukul 09.00 WITA.")


def _reply(question: str, draft: str) -> str:
    answered = answer_question(question, draft, "friendly")
    assert answered is not None
    return answered[0][0]


def test_one_day_gets_its_row() -> None:
    reply = _reply("kalo kamis di mana ya kak?", SCHEDULE)
    assert "Kantor Camat Loli" in reply and "09.00–12.00" in reply
    assert "Gereja GKS" not in reply


def test_one_route_gets_its_fare_and_day() -> None:
    reply = _reply("ke bonerate brp tiketnya?", FARES)
    assert "Rp60.000" in reply and "Jumat" in reply and "Rp45.000" not in reply


def test_the_hour_beside_a_row_without_one() -> None:
    reply = _reply("yg ke kayuadi hari apa? jam brp brangkat?", FARES)
    assert "Senin, Kamis" in reply and "09.00" in reply


def test_a_place_the_table_lacks_is_said_missing() -> None:
    reply = _reply("di desa lokory ada jadwal ga?", SCHEDULE)
    assert "belum menyebutkan" in reply and "Lokory" in reply
    assert "Tebara" not in reply


def test_a_day_the_table_lacks_is_said_missing() -> None:
    reply = _reply("hari selasa buka di mana?", SCHEDULE)
    assert "belum menyebutkan" in reply and "Selasa" in reply
    assert "Kantor Desa Tebara" not in reply
