"""The kinds of time and place a draft gives (bot/core/reading/time_roles.py) and how posts and the LLM's
fact sheet lay them out (bot/offline/post_when.py, bot/llm/fact_sheet.py): the offer's period under
"Kapan", daily hours apart, days with no service and the old office never read as the offer's own."""

from __future__ import annotations

import pytest

from bot.core.reading import read_draft
from bot.core.reading.time_roles import CLOSED, HOURS, OLD
from bot.llm.fact_sheet import sheet_block
from bot.offline.post_lines import fact_lines

MOVE = (
    "Mulai Senin, 8 Maret 2027 layanan tatap muka Kantor Pertanahan Kota Tegal pindah ke Gedung Layanan Terpadu, "
    "Jalan Gajah Mada No. 12.\n\nJam layanan: Senin–Jumat pukul 07.30–15.30 WIB. Sabtu dan hari libur tutup.\n\n"
    "Kantor lama di Jalan Pemuda hanya melayani sampai Rabu, 3 Maret 2027. Tanggal 4 dan 5 Maret 2027 tidak ada "
    "layanan karena proses pindahan.\n\nInfo: WA 0812-3300-4411."
)
RELIEF = (
    "Pemkab Sleman menghapus denda PBB mulai 1 Juni 2027 sampai dengan 31 Agustus 2027. Layanan dibuka di "
    "Kantor BKAD Sleman, Senin sampai Kamis pukul 08.00–14.00 WIB, serta di Mobil Pajak Keliling di Lapangan "
    "Denggung setiap Minggu pagi. Syarat: membawa SPPT PBB. Info: 0274-868400."
)
HOURS_AFTER = (
    "Klinik sore RSUD Sumedang dibuka mulai Senin, 5 April 2027. Poli anak melayani pasien setiap hari kerja "
    "pukul 15.00–19.00 WIB di Gedung Rawat Jalan lantai 2. Pendaftaran lewat aplikasi SiSumedang."
)
ONE_DAY = (
    "Pemeriksaan mata gratis digelar Sabtu, 17 April 2027 pukul 08.00–12.00 WITA di Aula Kantor Camat Tomohon "
    "Tengah. Warga cukup membawa KTP."
)
CLOSED_PLACE = (
    "Mulai Sabtu, 6 Februari 2027 Disdukcapil Bantul membuka layanan akta kelahiran di Mal Pelayanan Publik "
    "Bantul. Kantor Disdukcapil di Jalan Wahidin tetap tutup pada hari Sabtu. Layanan gratis."
)


def _roles(draft: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for fact in read_draft(draft).facts:
        if fact.role:
            out.setdefault(fact.role, set()).add(fact.text)
    return out


def _lines(draft: str) -> dict[str, str]:
    return {line.label: line.value for line in fact_lines(read_draft(draft))}


def test_a_move_notice_types_hours_closed_days_and_the_old_office() -> None:
    roles = _roles(MOVE)
    assert any("07.30–15.30" in t for t in roles[HOURS])
    assert any("4 dan 5 Maret 2027" in t for t in roles[CLOSED])
    assert "Jalan Pemuda" in " ".join(roles[OLD]) and any("3 Maret 2027" in t for t in roles[OLD])


def test_a_move_notice_says_each_kind_on_its_own_line() -> None:
    lines = _lines(MOVE)
    assert lines["Kapan"] == "Mulai Senin, 8 Maret 2027"
    assert "07.30–15.30" in lines["Jam layanan"]
    assert "Jalan Pemuda" not in lines["Di mana"] and "Gedung Layanan Terpadu" in lines["Di mana"]
    assert "tidak ada layanan" in lines["Libur/tutup"]
    assert "Jalan Pemuda" in lines["Lokasi lama"] and "3 Maret 2027" in lines["Lokasi lama"]
    assert "Batas waktu" not in lines  # the old office's last day is no deadline for citizens


@pytest.mark.parametrize("draft, hours", [(RELIEF, "08.00–14.00"), (HOURS_AFTER, "15.00–19.00")])
def test_the_hours_of_a_period_go_apart_from_it(draft: str, hours: str) -> None:
    lines = _lines(draft)
    assert hours in lines["Jam layanan"] and hours not in lines["Kapan"]


def test_a_weekly_stop_stays_with_its_place() -> None:
    lines = _lines(RELIEF)
    assert "Lapangan Denggung setiap Minggu pagi" in lines["Di mana"]
    assert "setiap Minggu" not in lines["Kapan"] and "setiap Minggu" not in lines["Jam layanan"]


def test_one_day_and_its_hours_stay_one_line() -> None:
    lines = _lines(ONE_DAY)
    assert "17 April 2027" in lines["Kapan"] and "08.00–12.00" in lines["Kapan"]
    assert "Jam layanan" not in lines and "Jam" not in lines


def test_a_place_closed_is_no_place_to_go() -> None:
    lines = _lines(CLOSED_PLACE)
    assert "Jalan Wahidin" not in lines.get("Di mana", "")
    assert "Jalan Wahidin tetap tutup" in lines["Libur/tutup"]


@pytest.mark.parametrize("text", [
    "Loket buka pukul 08.00 dan tutup pukul 16.00 mulai Senin, 1 Maret 2027 di Kantor Camat Ngaglik.",
    "Poli gigi kini buka Sabtu pukul 07.30–12.00 WIB (sebelumnya tutup) mulai 6 Maret 2027 di RSUD Wates.",
])
def test_a_closing_hour_or_a_note_of_what_was_closed_is_no_closed_day(text: str) -> None:
    assert CLOSED not in _roles(text)


def test_the_llm_sheet_shows_each_role_under_its_label() -> None:
    block = sheet_block(read_draft(MOVE), lambda text: text)
    kapan = next(line for line in block.splitlines() if line.startswith("- Kapan"))
    assert "8 Maret 2027" in kapan and "07.30" not in kapan and "3 Maret" not in kapan
    assert any(line.startswith("- Jam layanan") and "07.30–15.30" in line for line in block.splitlines())
    assert any("TIDAK ada layanan" in line and "Maret 2027" in line for line in block.splitlines())
    assert any("LAMA" in line and "Jalan Pemuda" in line for line in block.splitlines())


EVENT_STEPS = (
    "Donor darah massal digelar Minggu, 9 Mei 2027 pukul 08.00–12.00 WIT di Aula Kantor Wali Kota Jayapura. "
    "Pendaftaran dilakukan di meja panitia depan aula mulai pukul 07.00 WIT dengan membawa KTP. Kupon makan "
    "siang dibagikan setelah donor."
)
WINDOW_STEPS = (
    "Pemprov Sulawesi Tengah membuka pendaftaran beasiswa Sulteng Cerdas mulai 3 Mei hingga 31 Mei 2027 lewat "
    "laman beasiswa.sultengprov.go.id. Peserta mengikuti tes tertulis pada 14–15 Juni 2027 di Universitas "
    "Tadulako. Hasil seleksi diumumkan 1 Juli 2027 melalui laman yang sama."
)
QUEUE = (
    "Operasi pasar murah digelar Kamis, 20 Mei 2027 di Lapangan Kecamatan Mandau. Warga dapat mengambil nomor "
    "antrean di kantor kelurahan mulai Senin, 17 Mei 2027. Harga beras Rp10.000 per kilogram."
)


@pytest.mark.parametrize("draft, label, words", [
    (EVENT_STEPS, "Pendaftaran", "07.00"),
    (WINDOW_STEPS, "Seleksi", "14–15 Juni 2027"),
    (WINDOW_STEPS, "Pengumuman", "1 Juli 2027"),
    (QUEUE, "Nomor antrean/kupon", "17 Mei 2027"),
])
def test_a_step_is_said_on_its_own_line_with_its_words(draft: str, label: str, words: str) -> None:
    lines = _lines(draft)
    assert words in lines[label] and words not in lines["Kapan"]


def test_a_programme_window_stays_the_when_of_the_offer() -> None:
    lines = _lines(WINDOW_STEPS)
    assert "3 Mei" in lines["Kapan"] and "Pendaftaran" not in lines


def test_a_step_word_after_another_act_does_not_take_its_time() -> None:
    text = ("Hasil seleksi diumumkan 12 Juni 2027, dan siswa mulai masuk asrama pada 13 Juli 2027 di "
            "Sekolah Rakyat Kota Kendari.")
    roles = {f.text: f.role for f in read_draft(text).facts if f.slot.value == "when"}
    assert roles.get("13 Juli 2027", "") == ""


def test_the_llm_sheet_labels_steps_apart_from_the_when() -> None:
    block = sheet_block(read_draft(WINDOW_STEPS), lambda text: text).splitlines()
    assert any(line.startswith("- Jadwal seleksi") and "14–15 Juni 2027" in line for line in block)
    assert any(line.startswith("- Jadwal pengumuman") and "1 Juli 2027" in line for line in block)


@pytest.mark.parametrize("draft, tail", [
    ("Kartu lansia dibuat gratis mulai Senin, 3 Mei 2027 di loket Halte Jodoh, Halte Tanjung Uncang dan Halte Batu "
     "Aji. Bawa KTP asli.", "Halte Tanjung Uncang dan Halte Batu Aji"),
    ("Tiket kapal mudik gratis dibagikan mulai Senin, 10 Mei 2027 di loket Dermaga Yos Sudarso, Dermaga Slamet "
     "Riyadi dan Dermaga Tulehu. Bawa KTP.", "Dermaga Slamet Riyadi dan Dermaga Tulehu"),
])
def test_a_list_that_repeats_its_head_stays_whole(draft: str, tail: str) -> None:
    assert tail in _lines(draft)["Di mana"]


@pytest.mark.parametrize("sentence", [
    "Kepala BPBD memperkirakan jalan bisa dilalui lagi paling cepat Senin, 14 Juni 2027 jika cuaca cerah.",
    "Petugas menyebut jembatan darurat dapat dilalui lagi Senin, 14 Juni 2027.",
])
def test_an_officials_estimate_is_no_time_of_the_closure(sentence: str) -> None:
    draft = ("Jalan provinsi Mamasa–Polewali di Kilometer 40 tertutup total akibat longsor yang terjadi Rabu, "
             f"9 Juni 2027 sekitar pukul 03.00 WITA. {sentence} Info: 0812-4400-1122.")
    lines = _lines(draft)
    assert "14 Juni 2027" not in lines["Kapan"] and "14 Juni 2027" in lines["Perkiraan"]


@pytest.mark.parametrize("draft, place", [
    ("Pemutihan denda berlaku mulai 3 Mei 2027 di seluruh kantor Samsat di sepuluh kabupaten/kota. Bawa STNK.",
     "seluruh kantor Samsat di sepuluh kabupaten/kota"),
    ("Imunisasi campak gratis mulai 3 Mei 2027 di semua puskesmas di 21 kecamatan. Bawa buku KIA.",
     "semua puskesmas di 21 kecamatan"),
])
def test_every_office_of_a_kind_is_a_place(draft: str, place: str) -> None:
    assert place in [f.text for f in read_draft(draft).facts if f.slot.value == "where"]
