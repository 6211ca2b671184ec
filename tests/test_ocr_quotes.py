"""OCR round 3: a quoted message in a chat bubble, forwarded labels, and the text height measured before reading."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw

from benchmarks.ocr import cer
from benchmarks.ocr_images import load_font, screenshot
from bot.ocr import read_image
from bot.ocr.image import ink_text_height
from bot.ocr.ui_lines import classify
from bot.settings import Settings


@pytest.mark.parametrize("dark", [False, True])
def test_a_quoted_message_above_the_words_is_context_not_the_comment(dark: bool) -> None:
    sample = screenshot(random.Random(5), platform="whatsapp", font="sans", dark=dark, size=(1080, 2400),
                        comments=1, quoted=True)
    result = read_image(sample.data, Settings())
    assert result.kind == "comment"
    assert cer(result.text, sample.comment) <= 0.05
    assert any("dikutip" in note for note in result.notes)


def test_a_bubble_without_a_quote_has_no_quote_note() -> None:
    sample = screenshot(random.Random(5), platform="whatsapp", font="sans", dark=False, size=(1080, 2400),
                        comments=2)
    result = read_image(sample.data, Settings())
    assert cer(result.text, sample.comment) <= 0.05
    assert not any("dikutip" in note for note in result.notes)


@pytest.mark.parametrize("line", ["Diteruskan", "\u21aa Diteruskan", "5 Diteruskan", "Diteruskan berkali-kali",
                                  "Forwarded", "Forwarded many times", "+62 812-3456-7890", "~ +62 813 1234 5678"])
def test_forwarded_labels_and_a_senders_phone_number_are_the_apps(line: str) -> None:
    assert classify(line) == "ui"


@pytest.mark.parametrize("line", ["diteruskan ke mana laporannya", "times square", "nomor saya 0812 3456 7890"])
def test_a_persons_words_with_those_words_stay(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize("px", [16, 24, 40])
def test_the_ink_measure_follows_the_text_size(px: int) -> None:
    image = Image.new("L", (900, 600), 255)
    draw = ImageDraw.Draw(image)
    for row in range(6):
        draw.text((40, 40 + row * px * 2), "Jalan rusak parah, tolong diperbaiki", font=load_font("sans", px), fill=0)
    measured = ink_text_height(image)
    assert 0.7 * px <= measured <= 1.3 * px


def test_a_blank_image_has_no_text_height() -> None:
    assert ink_text_height(Image.new("L", (300, 300), 255)) == 0.0
