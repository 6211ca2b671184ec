"""Round 24: the classes an officer's read of sealed batches 23 and 24 found (issue 11).

Texts are written for these tests; each shows a pattern, none is a draft of the data set.
"""

from __future__ import annotations

import pytest

from bot.offline.post_text import clean_span
from tests.support.reading_checks import instagram_post, marked_line

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


JOB_FAIR = (
    "Kota Tanjungpinang Gelar Bursa Kerja Akhir Tahun\n\n"
    "TANJUNGPINANG – Angka pengangguran lulusan SMK di Kota Tanjungpinang masih tinggi. Karena itu, Pemerintah Kota "
    "Tanjungpinang melalui Dinas Tenaga Kerja (Disnaker) kembali menggelar Bursa Kerja Tanjungpinang 2026 menjelang "
    "akhir tahun.\n\n"
    "Wali Kota dijadwalkan membuka secara resmi bursa kerja tersebut, didampingi unsur Forkopimda, bertempat di "
    "Gedung Gonggong, Jalan Hang Tuah, pada Senin (14/12/2026) pukul 09.00 WIB. Bursa kerja berlangsung hingga "
    "Selasa (15/12/2026), pukul 08.00 sampai 15.00 WIB.\n\n"
    "Pencari kerja diminta mendaftar secara daring melalui laman kerja.tanjungpinangkota.go.id pada 1 sampai "
    "10 Desember 2026. Peserta lebih dulu mengikuti tes wawancara pada Jumat (11/12/2026) di Aula Disnaker, "
    "Kelurahan Tanjung Ayun Sakti. Masuknya gratis."
)


def test_where_a_fair_is_opened_is_where_citizens_go() -> None:
    post = instagram_post(JOB_FAIR)
    assert "Gedung Gonggong, Jalan Hang Tuah" in marked_line(post, "📍")


def test_a_steps_day_and_room_are_no_stop_of_the_offer() -> None:
    post = instagram_post(JOB_FAIR)
    assert "Jadwal" not in post
    assert "1 sampai 10 Desember 2026" in marked_line(post, "🗓️ Pendaftaran")
    assert "Aula Disnaker" not in marked_line(post, "📍")


def test_a_fair_named_after_its_organiser_leads_with_the_organiser() -> None:
    assert (
        instagram_post(JOB_FAIR)
        .split("\n\n")[1]
        .startswith(
            "Pemerintah Kota Tanjungpinang melalui Dinas Tenaga Kerja (Disnaker) kembali menggelar Bursa Kerja "
            "Tanjungpinang 2026"
        )
    )
