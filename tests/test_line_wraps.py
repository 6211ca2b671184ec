"""Hard-wrapped paste (a PDF, an e-mail, a narrow chat window) is read as whole sentences (bot/core/line_wraps.py)."""

from __future__ import annotations

import pytest

from bot.core.inputs import clean_input
from bot.core.line_wraps import unwrap_lines
from bot.core.reading import Slot, read_draft

WRAPPED = (
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Laut membuka layanan perekaman KTP keliling pada Senin,\n"
    "14 Desember 2026 pukul 08.00 WITA di Balai Desa Sungai Bakar, Kecamatan Bajuin. Warga cukup membawa\n"
    "fotokopi Kartu Keluarga; layanan ini tidak dipungut biaya."
)


def test_a_date_wrapped_after_its_weekday_is_read_whole() -> None:
    sheet = read_draft(clean_input(WRAPPED, max_chars=8000))
    when = [f.text for f in sheet.facts if f.slot == Slot.WHEN]
    assert any("Senin, 14 Desember 2026" in w for w in when), when


def test_unwrapping_keeps_the_length_so_spans_still_point_into_the_paste() -> None:
    out = unwrap_lines(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert "\n" not in out
    assert "pada Senin, 14 Desember 2026" in out


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Pendaftaran peserta dibuka secara daring mulai hari ini dan warga dapat", "mengisi formulir di laman resmi."),
        ("Kegiatan pasar murah ini akan berlangsung di halaman kantor kecamatan pada", "Sabtu (19/12) pukul 07.30."),
        ("Sebanyak dua ribu paket beras disiapkan oleh Dinas Ketahanan Pangan untuk", "Warga Kurang Mampu di desa."),
    ],
)
def test_a_sentence_broken_inside_is_joined(before: str, after: str) -> None:
    assert unwrap_lines(f"{before}\n{after}") == f"{before} {after}"


@pytest.mark.parametrize(
    "text",
    [
        # a list: items open with a mark or a number
        "Warga yang ingin mendaftar diminta menyiapkan berkas berikut ini dengan\n- fotokopi KTP\n- fotokopi KK",
        "Pelayanan dibuka di tiga lokasi berikut, mulai pukul delapan pagi sampai\n1. Puskesmas Bajuin\n2. Pustu Tirta",
        # a sentence that ended, a heading, a label
        "Layanan perekaman KTP elektronik keliling dibuka setiap hari kerja.\nwarga diimbau datang lebih pagi",
        "Jadwal layanan keliling Disdukcapil Kabupaten Tanah Laut bulan Desember:\nSenin di Bajuin",
        # a short line: a heading or a list line, not a wrap
        "Syarat pendaftaran\nfotokopi KTP dan KK",
        # a table row
        "Senin, 14 Desember 2026 | Balai Desa Sungai Bakar | pukul 08.00 sampai\n12.00 WITA | Balai Desa Tirta",
        # a signature block: the mark and the name keep their lines
        "Kepala Dinas Perhubungan Provinsi Maluku, yang bertanda tangan di bawah ini,\nttd\nIr. Johanis Latuheru",
        # a line that ends on a proper name before a new sentence in capitals
        "▪️ Kamis (21/1) – Balai Pekon Fajar Bulan Kecamatan Sekincau Kabupaten Lampung Barat\nJadwal lain menyusul",
        # an emoji opens a line of its own
        "Pasar murah digelar di halaman kantor camat mulai pukul tujuh pagi dan\n📍 Lokasi kedua: Pasar Liwa",
    ],
)
def test_lists_headings_rows_and_signatures_keep_their_breaks(text: str) -> None:
    assert unwrap_lines(text) == text


def test_blank_lines_between_paragraphs_stay() -> None:
    text = "Paragraf pertama yang cukup panjang untuk dianggap sebagai baris terbungkus dan\n\nparagraf kedua."
    assert unwrap_lines(text) == text
