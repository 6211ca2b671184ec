"""Round 24: the classes an officer's read of sealed batches 23 and 24 found (issue 11).

Texts are written for these tests; each shows a pattern, none is a draft of the data set.
"""

from __future__ import annotations

import pytest

from bot.offline.post_text import clean_span
from tests.support.reading_checks import instagram_post

DATED_RELEASE = (
    "SIARAN PERS\n\nBalai Besar Wilayah Sungai Tambah Pompa di Muara Bungo\n\n"
    "Jakarta, 2 Desember 2026 – Sejak banjir besar tahun lalu, kawasan Pasar Muara Bungo menjadi perhatian "
    "Kementerian Pekerjaan Umum. Empat pompa air baru mulai beroperasi di Pasar Muara Bungo pada Senin, "
    "7 Desember 2026, sehingga genangan di Jalan Sudirman dapat surut dalam dua jam. Warga dapat melaporkan "
    "genangan melalui WhatsApp 0812-7400-1190."
)


@pytest.mark.parametrize(
    ("span", "clean"),
    [
        (
            "Jakarta, 4 Desember 2026 – Sejak digulirkan pada 2017, program itu berjalan.",
            "Sejak digulirkan pada 2017, program itu berjalan.",
        ),
        ("Muara Bungo, Jumat (4/12/2026) - Dinas Kesehatan membuka posko", "Dinas Kesehatan membuka posko"),
        ("KOTA SUKABUMI, 3 Desember 2026 – Pemkot membuka posko", "Pemkot membuka posko"),
        # A schedule's day and place are facts, not a dateline.
        ("Senin, 7 Desember 2026 - Posyandu Melati", "Senin, 7 Desember 2026 - Posyandu Melati"),
        ("Jumat (4/12) - Balai Desa Sungai Arang", "Jumat (4/12) - Balai Desa Sungai Arang"),
    ],
)
def test_a_dated_dateline_is_no_part_of_a_span(span: str, clean: str) -> None:
    assert clean_span(span) == clean


def test_no_post_line_opens_with_the_release_dateline() -> None:
    post = instagram_post(DATED_RELEASE)
    assert "Jakarta, 2 Desember 2026" not in post
    assert "Senin, 7 Desember 2026" in post
