"""OCR round 2: the pieces that decide what a screenshot's comment is, and straightening photos of pages."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw

from benchmarks.ocr_images import load_font
from bot.ocr.deskew import deskewed, skew_angle
from bot.ocr.image import without_blobs
from bot.ocr.layout import Line, Word, commenter_name, comments, without_trailing_icon
from bot.ocr.ui_lines import classify, split_name


def _line(text: str, left: float, top: float, height: float = 30, conf: float = 95) -> Line:
    words, x = [], left
    for token in text.split():
        width = 18 * len(token)
        words.append(Word(token, x, top, x + width, top + height, conf))
        x += width + 12
    return Line(tuple(words))


@pytest.mark.parametrize(("read", "kept"), [
    ("warga udah capek lapor v", "warga udah capek lapor"),
    ("mohon perhatiannya bapak ibu! &", "mohon perhatiannya bapak ibu!"),
    ("lapor OO", "lapor"),
    ("di depan SDN 3", "di depan SDN 3"),
    ("tolong ya", "tolong ya"),
])
def test_an_emoji_read_as_a_stray_letter_is_left_out(read: str, kept: str) -> None:
    assert without_trailing_icon(read) == kept


def test_a_handle_read_with_a_space_for_its_underscore_is_mended() -> None:
    assert commenter_name("fajar santoso35") == "fajar_santoso35"
    assert commenter_name("Dimas P.") == "Dimas P."
    assert commenter_name("nurul.p") == "nurul.p"


def test_name_lines_lose_times_and_x_handles_but_a_sentence_is_not_timed() -> None:
    assert split_name("Dimas P. @dimasp · 4 hari") == ("Dimas P.", True)
    assert split_name("Beredar pesan pendaftaran pakai bayar 50") == ("Beredar pesan pendaftaran pakai bayar", False)


@pytest.mark.parametrize("row", ["1jam_ Balas", "Ahari Balas", "limnt Balas", "Tmnt Balas"])
def test_a_reply_row_with_a_misread_time_is_the_apps(row: str) -> None:
    assert classify(row) == "action"
    assert classify("mau bikin sim di mana") is None


def test_a_reply_row_cut_into_pieces_with_a_stray_icon_ends_the_first_comment() -> None:
    lines = [
        _line("Putri R.", 150, 280),
        _line("Kabarnya pasar mau digusur tanpa ganti rugi,", 150, 320),
        _line("warga pada panik?", 150, 360),
        _line("a", 920, 463, 17),
        _line("1jam", 154, 463, 20), _line("Suka", 251, 463, 18), _line("Balas", 341, 463, 18),
        _line("Budi K.", 150, 570),
        _line("Jalannya rusak parah dari minggu lalu, tolong diperbaiki", 150, 610),
        _line("2j", 154, 660, 18), _line("Balas", 251, 660, 18),
    ]
    found = comments(lines, 1080)
    assert [c.name for c in found] == ["Putri R.", "Budi K."]
    assert found[0].text == "Kabarnya pasar mau digusur tanpa ganti rugi, warga pada panik?"


def _page(angle: float) -> Image.Image:
    page = Image.new("L", (1000, 1300), 255)
    draw = ImageDraw.Draw(page)
    font = load_font("sans", 26)
    rng = random.Random(7)
    for row in range(28):
        words = " ".join(rng.choice(["warga", "kegiatan", "layanan", "pukul", "kelurahan"]) for _ in range(8))
        draw.text((80, 80 + row * 42), words, font=font, fill=20)
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


@pytest.mark.parametrize("angle", [-2.6, -1.2, 1.5, 3.1])
def test_a_tilted_page_is_straightened(angle: float) -> None:
    assert skew_angle(_page(angle)) == pytest.approx(-angle, abs=0.25)
    _, used = deskewed(_page(angle))
    assert used == pytest.approx(-angle, abs=0.25)


def test_a_level_page_is_left_alone() -> None:
    page = _page(0)
    assert deskewed(page) == (page, 0.0)


def test_an_avatar_goes_white_and_the_name_beside_it_stays() -> None:
    image = Image.new("L", (1080, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.ellipse([36, 100, 116, 180], fill=120)
    draw.text((150, 110), "agus_kusuma91", font=load_font("sans", 36, bold=True), fill=20)
    cleaned = without_blobs(image)
    assert cleaned.getpixel((76, 140)) == 255
    assert cleaned.crop((150, 100, 700, 170)).getextrema()[0] < 60


@pytest.mark.parametrize(("line", "name"), [
    ("Citra Harahap \u201csi", "Citra Harahap"),
    ("citra.s !2j", "citra.s"),
    ("ratna.p mot", "ratna.p"),
    ("rizky_permata31 im\u201d", "rizky_permata31"),
    ("Budi Lim", "Budi Lim"),
])
def test_a_time_misread_after_a_name_is_not_part_of_it(line: str, name: str) -> None:
    assert split_name(line)[0] == name
