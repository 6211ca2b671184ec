"""Offline OCR (bot/ocr): screenshots and photos drawn by benchmarks/ocr_images.py, read by Tesseract."""

from __future__ import annotations

import io
import random
import re

import pytesseract
import pytest
from PIL import Image, ImageDraw

from benchmarks.ocr import cer
from benchmarks.ocr_images import document_photo, load_font, screenshot
from bot.errors import BadInput, FeatureUnavailable
from bot.ocr import ocr_status, read_image, read_pages
from bot.ocr.tesseract import INSTALL
from bot.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings()


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("dark", [False, True])
def test_a_comment_screenshot_gives_the_comment_and_its_writer(settings: Settings, dark: bool) -> None:
    sample = screenshot(random.Random(11), platform="instagram", font="sans", dark=dark, size=(1080, 2400),
                        comments=1)
    result = read_image(sample.data, settings)
    assert result.kind == "comment"
    assert result.dark is dark
    assert cer(result.text, sample.comment) <= 0.05
    assert result.commenter is not None
    # underscores in handles sit below the baseline and are often lost: compared without punctuation
    assert re.sub(r"[\W_]", "", result.commenter) == re.sub(r"[\W_]", "", sample.commenter or "")
    assert (result.width, result.height) == (1080, 2400)
    assert not any(line.strip() in {"Balas", "Komentar"} for line in result.lines)


def test_several_comments_take_the_first_and_say_so(settings: Settings) -> None:
    sample = screenshot(random.Random(5), platform="x", font="serif", dark=False, size=(1080, 2400), comments=3)
    assert sample.comments == 3
    result = read_image(sample.data, settings)
    assert result.kind == "comment"
    assert cer(result.text, sample.comment) <= 0.05
    assert any("3 komentar" in note for note in result.notes)
    later = sample.all_text.split("\n")[1]
    assert cer(result.text, later) > 0.3
    assert any(later.split()[0] in line for line in result.lines)


def test_small_text_on_a_small_screen_is_read(settings: Settings) -> None:
    sample = screenshot(random.Random(3), platform="tiktok", font="aileron", dark=False, size=(720, 1600),
                        comments=1, text_px=24)
    result = read_image(sample.data, settings)
    assert result.kind == "comment"
    assert cer(result.text, sample.comment) <= 0.05


def test_a_photo_of_a_release_is_a_document_with_its_hotline(settings: Settings) -> None:
    sample = document_photo(random.Random(4), font="serif")
    result = read_image(sample.data, settings)
    assert result.kind == "document"
    assert result.commenter is None
    assert "112" in result.text
    assert cer(result.text, sample.all_text) <= 0.05


def test_a_commenters_phone_number_is_redacted(settings: Settings) -> None:
    image = Image.new("RGB", (1080, 900), "white")
    draw = ImageDraw.Draw(image)
    bold, regular, small = load_font("sans", 38, bold=True), load_font("sans", 38), load_font("sans", 30)
    draw.text((150, 100), "Rina Wijaya  2j", font=bold, fill=(20, 20, 20))
    draw.text((150, 160), "Min saya sudah lapor berkali-kali,", font=regular, fill=(20, 20, 20))
    draw.text((150, 215), "hubungi saya di 0812 3456 7890 ya", font=regular, fill=(20, 20, 20))
    draw.text((150, 280), "Balas", font=small, fill=(110, 110, 110))
    result = read_image(_png(image), settings)
    assert result.kind == "comment"
    assert "[TELEPON]" in result.text
    assert "3456" not in result.text
    assert not any("3456" in line for line in result.lines)  # the lines shown to the officer too
    assert result.commenter == "Rina Wijaya"


def test_scanned_pages_are_read_as_one_text(settings: Settings) -> None:
    pages = [document_photo(random.Random(seed), font="sans") for seed in (1, 2)]
    text = read_pages([page.data for page in pages], settings)
    assert "SIARAN PERS" in text
    assert text.count("PEMERINTAH") == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "kosong"),
        (b"%PDF-1.4 bukan gambar", "bukan gambar"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "rusak|bukan gambar"),
    ],
)
def test_bad_bytes_are_refused_in_indonesian(settings: Settings, data: bytes, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        read_image(data, settings)


def test_a_truncated_png_is_refused(settings: Settings) -> None:
    data = screenshot(random.Random(1), platform="tiktok", comments=1).data
    with pytest.raises(BadInput, match="rusak"):
        read_image(data[: len(data) // 2], settings)


def test_an_image_over_the_byte_limit_is_refused_with_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMASBOT_MAX_IMAGE_BYTES", "1000000")
    data = _png(Image.effect_noise((1200, 1200), 80).convert("RGB"))
    assert len(data) > 1_000_000
    with pytest.raises(BadInput, match="batasnya 1 MB"):
        read_image(data, Settings())


def test_a_decompression_bomb_is_refused_before_decoding(settings: Settings) -> None:
    data = _png(Image.new("1", (20_000, 20_000)))
    assert len(data) < 200_000
    with pytest.raises(BadInput, match="megapiksel"):
        read_image(data, settings)


def test_an_image_without_text_is_refused(settings: Settings) -> None:
    with pytest.raises(BadInput, match="Tidak ada teks"):
        read_image(_png(Image.new("RGB", (800, 600), "white")), settings)


def test_without_tesseract_the_message_gives_the_apt_command(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    status = ocr_status(settings)
    assert not status.available and status.version is None
    assert INSTALL in status.detail
    sample = screenshot(random.Random(2), platform="instagram", comments=1)
    with pytest.raises(FeatureUnavailable, match=re.escape(INSTALL)):
        read_image(sample.data, settings)


def test_missing_language_data_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMASBOT_OCR_LANG", "ind+xyz")
    status = ocr_status(Settings())
    assert not status.available
    assert "xyz" in status.detail and INSTALL in status.detail


def test_status_names_the_installed_languages(settings: Settings) -> None:
    status = ocr_status(settings)
    assert status.available
    assert {"ind", "eng"} <= set(status.languages)
    assert status.version and status.version[0].isdigit()


def test_tesseract_runs_with_one_openmp_thread_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    environ = pytesseract.pytesseract.environ
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    assert environ["OMP_THREAD_LIMIT"] == "1"
    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")
    assert environ["OMP_THREAD_LIMIT"] == "2"
