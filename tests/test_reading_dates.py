"""Dates written the EYD way (bot/core/reading/dates.py): never a fact the draft does not give."""

from __future__ import annotations

import pytest

from bot.core.reading.dates import certain_year, display_when, draft_years


@pytest.mark.parametrize(
    ("span", "years", "want"),
    [
        ("Sabtu (14/6) pukul 07.30 WIB", (2025,), "Sabtu, 14 Juni 2025, pukul 07.30 WIB"),
        ("Sabtu (14/6/2025)", (), "Sabtu, 14 Juni 2025"),
        ("Kamis–Sabtu, 5–7 Juni", (2025,), "Kamis–Sabtu, 5–7 Juni 2025"),
        ("14 hingga 25 Juli 2025", (), "14–25 Juli 2025"),
        ("pukul 9.00 sampai 15.00 WITA", (), "pukul 09.00–15.00 WITA"),
        ("Selasa, 3 Maret 2026 pukul 22.00 WIB", (), "Selasa, 3 Maret 2026, pukul 22.00 WIB"),
        ("Sabtu tanggal 21 Maret 2026 dan Minggu tanggal 22 Maret 2026", (), "Sabtu–Minggu, 21–22 Maret 2026"),
        ("Sabtu (21/3) dan Minggu (22/3)", (2026,), "Sabtu–Minggu, 21–22 Maret 2026"),
        ("Rabu hingga Jumat, 16–18 Juli 2025", (), "Rabu–Jumat, 16–18 Juli 2025"),
        ("Sabtu tanggal 21 Maret 2026", (), "Sabtu, 21 Maret 2026"),
    ],
)
def test_dates_are_written_the_eyd_way(span: str, years: tuple[int, ...], want: str) -> None:
    assert display_when(span, years) == want


def test_a_year_is_added_only_when_the_weekday_makes_it_certain() -> None:
    # 14 June is a Saturday in 2025, not in 2024: the draft's other year cannot be it.
    assert certain_year(14, 6, "Sabtu", (2024, 2025)) == 2025
    assert certain_year(14, 6, None, (2025,)) is None
    assert certain_year(14, 6, "Senin", (2025,)) is None
    assert display_when("Senin (14/6)", (2025,)) == "Senin, 14 Juni"
    assert display_when("(14/6)", (2025,)) == "14 Juni"


def test_words_around_dates_and_relative_dates_are_kept_as_they_are() -> None:
    assert display_when("mulai pekan depan", (2025,)) == ""
    assert display_when("Senin–Rabu, 2–4 Juli 2025") == ""
    assert display_when("mulai pukul 07.00 WIB hingga stok habis") == ""


def test_draft_years_in_order_of_mention() -> None:
    assert draft_years("Rabu (4/6/2025) ... hingga 2026, lalu 2025") == (2025, 2026)


def test_two_dates_become_one_range_only_when_they_are_one_stretch_of_days() -> None:
    # Two days apart, joined by "dan": both dates stay, each written the EYD way.
    assert display_when("Senin tanggal 2 Maret 2026 dan Kamis tanggal 5 Maret 2026") == (
        "Senin, 2 Maret 2026 dan Kamis, 5 Maret 2026")
    assert display_when("20 Desember 2025 hingga 4 Januari 2026") == ""


def test_a_numeric_range_of_days_is_written_out_with_its_weekdays() -> None:
    assert display_when("Kamis hingga Sabtu (19-21/2/2026)") == "Kamis–Sabtu, 19–21 Februari 2026"
    assert display_when("tanggal 5-7/8/2025") == "tanggal 5–7 Agustus 2025"
    assert display_when("Kamis (19/2/2026)") == "Kamis, 19 Februari 2026"  # one day stays one day
