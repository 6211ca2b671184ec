"""Round 17q (issue 11): question words of more regions (Banyumasan, Minang, Manado, Ambon, Pontianak Malay), Malay
"bila" as "when" only where it asks, NTT "bikin apa" and Banjar "kaya apa" as "how", a registration asked "sampai
kapan" as its deadline, and a thing the asker lacks or a pass asked whether needed as a requirement. Phrasings
written for these tests."""

from __future__ import annotations

import pytest

from bot.offline.ages import age_allowed
from bot.offline.answer import answer_question
from bot.offline.asked import normalise, question_slots


@pytest.mark.parametrize(("comment", "slot"), [
    ("cek kesehatane nang ngendi lur?", "where"),      # Banyumasan: where
    ("kudu nggawa apa bae?", "requirements"),          # Banyumasan: bring what
    ("takon maring endi nek banyune mati?", "contact"),  # Banyumasan: ask whom
    ("daftare kepriwe?", "how"),                       # Banyumasan: how
    ("sidangnyo jam bara?", "when"),                   # Minang: what time
    ("sampai bilo pasanyo?", "when"),                  # Minang: until when
    ("ambo buliah ikuik?", "who"),                     # Minang: may I join
    ("di ma tampeknyo?", "where"),                     # Minang: where the place is
    ("ambulans ini par sapa?", "who"),                 # Ambon: for whom
    ("selesainye jam berape?", "when"),                # Pontianak Malay: the "-nye" enclitic
])
def test_regional_question_words_name_their_slot(comment: str, slot: str) -> None:
    assert slot in question_slots(comment)


@pytest.mark.parametrize("comment", ["pendaftarannya sampai bila kah?", "daftar sampai bile?",
                                     "daftarnya sampai kapan?",
                                     "pendaftaran online sampai kapan min?"])
def test_a_registration_asked_until_when_is_its_deadline(comment: str) -> None:
    assert question_slots(comment)[0] == "deadline"


@pytest.mark.parametrize(("comment", "said"), [("buka bila?", "buka kapan"), ("sampai bila kah", "sampai kapan kah"),
                                               ("bila hujan tetap buka?", "bila hujan tetap buka")])
def test_malay_bila_is_when_only_where_it_asks(comment: str, said: str) -> None:
    assert normalise(comment) == said


@pytest.mark.parametrize("comment", ["mama su tua, antre panjang bikin apa?", "kalau mau daftar kaya apa?",
                                     "nenek sonde bisa jalan, bikin apa ko?"])
def test_what_to_do_in_ntt_and_banjar_asks_how(comment: str) -> None:
    assert "how" in question_slots(comment)


@pytest.mark.parametrize("comment", ["tidak ada buku nikah ku, bisa ji dibuatkan akta?", "kalo nda ada BPJS bole pake?",
                                     "belum punya NIB, boleh?", "paralu kupon indak?",
                                     "perlu surat pengantar gak?"])
def test_a_thing_lacked_or_a_pass_asked_is_a_requirement(comment: str) -> None:
    assert question_slots(comment)[0] == "requirements"


@pytest.mark.parametrize("comment", ["gak punya hp bisa daftar?", "perlu daftar dulu gak?"])
def test_a_phone_lacked_or_a_step_asked_stays_the_way(comment: str) -> None:
    assert "how" in question_slots(comment) and "requirements" not in question_slots(comment)


@pytest.mark.parametrize("comment", ["tidak ada BPJS ku, bisa ji ikut?", "belum ada kartu BPJS, boleh ikut?"])
def test_a_thing_lacked_with_may_i_join_is_not_a_requirement(comment: str) -> None:
    assert "requirements" not in question_slots(comment)  # whether the asker may join: the rule on who


SUNAT = ("Khitanan massal gratis digelar Minggu, 28 Juni 2026 mulai 07.30 WIB di Masjid Agung Kota. "
         "Peserta anak laki-laki usia 6–12 tahun. Info: 0813-5221-8890.")


@pytest.mark.parametrize("comment", ["selesainye jam berape?", "sampai jam berapa acaranya?", "jam berapa selesai?",
                                     "tutupnya jam brp?"])
def test_an_end_hour_asked_of_a_start_only_is_said_unsaid(comment: str) -> None:
    result = answer_question(comment, SUNAT, "friendly")
    assert result is not None
    reply = result[0][0]
    assert "jam selesainya" in reply and "belum" in reply


def test_an_end_hour_said_is_the_answer() -> None:
    result = answer_question("sampai jam berapa?", SUNAT.replace("mulai 07.30 WIB", "pukul 07.30 sampai 12.00 WIB"),
                             "friendly")
    assert result is not None
    assert "12.00" in result[0][0] and "belum" not in result[0][0]


@pytest.mark.parametrize(("comment", "slot"), [("cek kesehatane nang ngendi lur?", "where"),
                                               ("cek mata gratis dimana?", "where"),
                                               ("cek status bansos dimana?", "how"), ("bisa dicek online?", "how")])
def test_a_medical_check_named_asks_its_place_a_status_check_the_way(comment: str, slot: str) -> None:
    assert question_slots(comment) == [slot]


KELILING = ("Dinas Pangan menggelar pasar murah keliling pekan depan. Pasar dimulai Senin (7/9/2026) di halaman Kantor "
            "Camat Lubuk Alung, lalu Selasa (8/9/2026) di Pasar Sicincin, Rabu (9/9/2026) di Lapangan Kayu Tanam, "
            "dan Kamis (10/9/2026) di Kantor Wali Nagari Sungai Limau. Info: 0751-123456.")


@pytest.mark.parametrize(("comment", "date"), [("di sungai limau hari apo?", "10/9/2026"),
                                               ("yg di Sungai Limau tanggal brp?", "10/9/2026")])
def test_the_stop_named_in_a_schedule_clause_is_the_answer(comment: str, date: str) -> None:
    result = answer_question(comment, KELILING, "friendly")
    assert result is not None and date in result[0][0] and "7/9/2026" not in result[0][0]


@pytest.mark.parametrize(("sentence", "years", "allowed"), [
    ("Perekaman bagi siswa yang sudah berusia 17 tahun atau akan genap 17 tahun sampai 31 Desember 2026.", 16, True),
    ("Perekaman bagi siswa yang sudah berusia 17 tahun atau akan genap 17 tahun sampai 31 Desember 2026.", 15, False),
    ("Perekaman bagi siswa yang sudah berusia 17 tahun atau akan genap 17 tahun sampai 31 Desember 2026.", 40, True),
    ("Anak usia 16 tahun yang akan berulang tahun ke-17 dapat merekam lebih awal.", 16, True),
    ("Pemilih yang akan berusia 17 tahun pada hari pemungutan suara dapat didaftar.", 16, True),
])
def test_an_age_reached_soon_lets_the_year_before_in(sentence: str, years: int, allowed: bool) -> None:
    assert age_allowed(years * 12 + 3, sentence) is allowed
