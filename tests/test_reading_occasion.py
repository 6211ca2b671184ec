"""Reading what a launch report offers: the symbolic launch's date and venue are not the service's
when and where; an act said not to exist ("TIDAK ADA daftar ulang berbayar") is no way to take part."""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from tests.support.reading_checks import slot_texts

LAUNCH = (
    "JEMBER – Bupati Jember, Hendra Wijaya, didampingi Kepala UPT PPD, melepas secara simbolis tiga unit mobil "
    "Samsat Keliling di Pendapa Wahyawibawagraha, Jumat (17/10/2025) pagi.\n\n"
    "Selama 20 sampai 31 Oktober 2025 ada pembebasan denda pajak kendaraan bermotor bagi warga. Wajib pajak "
    "cukup datang dengan membawa KTP asli dan STNK asli."
)
OPENING = (
    "JOMBANG – Bupati Jombang yang diwakili Sekretaris Daerah membuka secara resmi pemeriksaan mata gratis bagi "
    "siswa SD yang digelar di SDN Jombatan 3, Rabu (8/10/2025) pukul 08.00 WIB. Turut hadir Camat Jombang.\n\n"
    "Pemeriksaan berlanjut di SDN Kepanjen 2 pada 13 Oktober 2025. Pendaftaran melalui wali kelas."
)


def test_a_symbolic_launch_date_and_venue_are_not_the_service_when_and_where() -> None:
    assert not any("17/10" in t for t in slot_texts(LAUNCH, Slot.WHEN))
    assert any("20 sampai 31 Oktober 2025" in t for t in slot_texts(LAUNCH, Slot.WHEN))
    assert not any("Pendapa" in t for t in slot_texts(LAUNCH, Slot.WHERE))


def test_an_opening_that_is_the_first_day_of_the_service_keeps_its_date_and_place() -> None:
    assert any("8/10/2025" in t for t in slot_texts(OPENING, Slot.WHEN))
    assert any("SDN Jombatan 3" in t for t in slot_texts(OPENING, Slot.WHERE))


def test_a_launch_is_kept_when_the_service_gives_no_when_of_its_own() -> None:
    draft = LAUNCH.replace("Selama 20 sampai 31 Oktober 2025 ada", "Kini ada")
    assert any("17/10/2025" in t for t in slot_texts(draft, Slot.WHEN))


def test_an_act_said_not_to_exist_is_no_how() -> None:
    draft = ("CEK FAKTA: pesan berantai soal subsidi listrik.\n\nTIDAK ADA daftar ulang berbayar. Warga bisa "
             "cek status di kantor desa atau lewat aplikasi PLN Mobile.")
    hows = slot_texts(draft, Slot.HOW)
    assert not any("daftar ulang" in t for t in hows)
    assert any("cek status di kantor desa" in t for t in hows)
    assert any("aplikasi PLN Mobile" in t for t in hows)


def test_hours_after_indirect_speech_are_the_service_hours_and_a_quote_date_is_not() -> None:
    draft = ("Kepala UPT, Agus Wiyono, menjelaskan, ketiga mobil akan bergiliran di pasar Tanggul dan halaman "
             "Kantor Kecamatan Kalisat, pukul 08.00 hingga 13.00 WIB.\n\n\"Silakan datang,\" ujar Agus di "
             "Jember, Jumat (17/10/2025).")
    whens = slot_texts(draft, Slot.WHEN)
    assert any("pukul 08.00 hingga 13.00 WIB" in t for t in whens)
    assert not any("17/10/2025" in t for t in whens)


def test_a_hazard_with_a_decimal_leads_an_emergency_and_the_instruction_weighs() -> None:
    draft = ("PERINGATAN DINI\n\nMenindaklanjuti peringatan BMKG, BPBD menyampaikan bahwa gelombang tinggi 2,5 hingga "
             "4 meter berpotensi terjadi di Selat Palue pada Rabu (14/1/2026).\n\nNelayan dengan perahu kecil "
             "diminta tidak melaut selama masa peringatan.")
    sheet = read_draft(draft)
    assert sheet.lead is not None and sheet.lead.text.startswith("gelombang tinggi 2,5 hingga 4 meter")
    asked = next(c for c in sheet.clauses if "diminta tidak melaut" in c.text)
    assert asked.benefit > 2.5


def test_a_service_that_keeps_running_through_a_holiday_leads() -> None:
    draft = ("Halo warga!\n\nTenang, pengangkutan sampah rumah tangga tetap jalan selama libur Natal dan Tahun Baru.\n"
             "Khusus 25 Desember, pengangkutan libur. Sampah diangkut keesokan harinya.")
    sheet = read_draft(draft)
    assert sheet.lead is not None and "tetap jalan selama libur" in sheet.lead.text


def test_waters_of_a_wave_warning_are_its_where() -> None:
    draft = ("Gelombang tinggi berpotensi terjadi di Laut Flores bagian selatan, perairan utara Maumere dan Selat "
             "Palue pada Rabu (14/1/2026). Nelayan diminta tidak melaut.")
    assert slot_texts(draft, Slot.WHERE) == ["Laut Flores bagian selatan, perairan utara Maumere dan Selat Palue"]


def test_a_day_the_service_is_off_is_shown_as_such_and_a_registration_close_is_not() -> None:
    draft = ("Pengangkutan sampah tetap jalan 24 Desember 2025 sampai 2 Januari 2026.\n"
             "Khusus 25 Desember dan 1 Januari, pengangkutan libur.\n"
             "Pendaftaran ditutup pada 10 April 2026. Acara ditutup dengan doa pada 11 April 2026.")
    shown = {f.text: f.display for f in read_draft(draft).of(Slot.WHEN)}
    assert shown["25 Desember dan 1 Januari"].endswith("(libur)")
    assert not any(d.endswith("(libur)") for t, d in shown.items() if t != "25 Desember dan 1 Januari")


def test_places_written_in_lower_case_are_read_whole() -> None:
    draft = ("Mobil Samsat Keliling akan mangkal di alun-alun Kecamatan Ambulu, pasar Tanggul, dan halaman Kantor "
             "Kecamatan Kalisat, pukul 08.00 hingga 13.00 WIB.")
    places = ["alun-alun Kecamatan Ambulu, pasar Tanggul, dan halaman Kantor Kecamatan Kalisat"]
    assert slot_texts(draft, Slot.WHERE) == places
