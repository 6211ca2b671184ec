"""A schedule written one stop per line without bullets, a contact channel after a place, and a service brought
to where citizens live (issue 11, round 13, from the sealed batch's misses). Sentences written for the tests."""

from __future__ import annotations

from bot.core.reading import read_draft
from bot.core.reading.lead import clause_benefit
from bot.core.reading.sheet import Slot
from bot.offline.post_schedule import schedule

ROUND = """LEWOLEBA - Dinas Kesehatan Kabupaten Lembata bersama puskesmas akan turun ke desa-desa untuk pemeriksaan \
mata gratis bagi lansia, mulai bulan depan.

Jadwal pemeriksaan:
Selasa, 3 Maret 2026 - Balai Desa Lewoleba Barat
Rabu, 4 Maret 2026 - Halaman Gereja Desa Waipukang
Kamis, 5 Maret 2026 - Kantor Camat Ile Ape

Pemeriksaan dibuka pukul 08.00 sampai 13.00 WITA setiap hari.

Info: Kantor Dinas Kesehatan Lembata, WA 0813-3900-4512.
"""


def test_each_line_of_a_bulletless_schedule_names_its_place() -> None:
    places = " | ".join(f.text for f in read_draft(ROUND).of(Slot.WHERE))
    for place in ("Balai Desa Lewoleba Barat", "Halaman Gereja Desa Waipukang", "Kantor Camat Ile Ape"):
        assert place in places, places


def test_the_schedule_pairs_every_day_with_its_place() -> None:
    stops = schedule(read_draft(ROUND))
    assert sorted(p.text for p in stops.values()) == [
        "Balai Desa Lewoleba Barat", "Halaman Gereja Desa Waipukang", "Kantor Camat Ile Ape"]


def test_a_contact_channel_is_no_place() -> None:
    places = [f.text for f in read_draft(ROUND).of(Slot.WHERE)]
    assert not any(p.endswith("WA") or ", WA" in p for p in places), places


def test_a_service_brought_to_the_villages_leads_over_its_hours() -> None:
    sheet = read_draft(ROUND)
    assert sheet.lead is not None and "turun ke desa-desa" in sheet.lead.text


def test_a_programme_named_keliling_is_no_cue_by_its_name_alone() -> None:
    assert clause_benefit("Layanan Alat Bantu Keliling di halaman panti") < clause_benefit(
        "petugas membawa layanan alat bantu keliling ke rumah warga")
