"""The one dateline reader every post line, cost, place tag and date label asks."""

from __future__ import annotations

import pytest

from bot.core.reading import read_draft
from bot.core.reading.datelines import capital_place, dates_a_dateline, is_alone, strip_leading


@pytest.mark.parametrize(("text", "rest"), [
    ("NGIMBANG – Warga bisa berobat gratis.", "Warga bisa berobat gratis."),
    ("KOTA SUKABUMI (ANTARA) - Pemkot membuka layanan.", "Pemkot membuka layanan."),
    ("Jakarta, 4 Desember 2026 – Kementerian menyalurkan bantuan.", "Kementerian menyalurkan bantuan."),
    ("Muara Bungo, Jumat (4/12/2026) - Dinas membuka pendaftaran.", "Dinas membuka pendaftaran."),
    ("Muara Bungo — Pasar murah digelar lagi.", "Pasar murah digelar lagi."),
])
def test_a_leading_dateline_is_no_part_of_the_line(text: str, rest: str) -> None:
    assert strip_leading(text) == rest


@pytest.mark.parametrize("text", [
    "Sabtu, 14 Juni 2025 - warga diminta hadir.",  # a day of the news, not a dateline
    "Warga Desa Tiga – yang terdampak banjir – mendapat bantuan.",
    "Lansia – terutama yang tinggal sendiri – diminta datang lebih awal.",
    "Pasar murah digelar di Lapangan Merdeka.",
])
def test_what_is_no_dateline_stays(text: str) -> None:
    assert strip_leading(text) == text


def test_the_place_of_a_dateline_in_capitals() -> None:
    assert capital_place("SINTANG – Pemkab membuka layanan.") == ["SINTANG"]
    assert capital_place("KOTA BARU, Dinas Kesehatan ...") == ["KOTA", "BARU"]
    assert capital_place("Dinas Kesehatan Sintang membuka layanan.") == []


def test_a_dateline_alone_and_a_dateline_date() -> None:
    assert is_alone("Mataram, 9 Maret 2026")
    assert not is_alone("Sabtu, 14 Maret 2026")
    assert not is_alone("Mataram, 9 Maret 2026, warga antre di kantor camat.")
    text = "SIARAN PERS\nMataram, 9 Maret 2026"
    assert dates_a_dateline(text, text.index("9 Maret"))
    text = "No. 58/11/82/Th. XXIV, 2 Mei 2026"
    assert dates_a_dateline(text, text.index("2 Mei"))
    text = "Lomba digelar pada 2 Mei 2026"
    assert not dates_a_dateline(text, text.index("2 Mei"))


def test_a_dated_dateline_gives_no_when() -> None:
    sheet = read_draft("Jakarta, 4 Desember 2026 – Dinas Sosial membuka pendaftaran bantuan pangan pada "
                       "Senin, 14 Desember 2026 di kantor kelurahan. Pendaftaran gratis.")
    whens = " ".join(f.text for f in sheet.facts if f.slot == "when")
    assert "14 Desember" in whens
    assert "4 Desember" not in whens.replace("14 Desember", "")
