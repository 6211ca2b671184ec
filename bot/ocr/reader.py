"""Reading a screenshot or a photo of text: what kind it is, and the words to work on.

Blocking and thread-safe (no shared mutable state; each call runs its own Tesseract process).
The image lives in memory only: pytesseract's temporary file is its own and deleted.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PIL import Image

from bot.errors import BadInput
from bot.llm.redact import find_pii, redact
from bot.ocr.deskew import deskewed
from bot.ocr.image import crop_margins, ink_text_height, open_image, scaled, to_grey, without_blobs
from bot.ocr.layout import Line, comments, drop_frame, lines_from, looks_like_document, paragraphs, text_height
from bot.ocr.quotes import split_quotes
from bot.ocr.tesseract import require, words
from bot.ocr.ui_lines import classify
from bot.settings import Settings

Kind = Literal["comment", "document", "text"]
#: Tesseract reads best when a line of text is about this tall (pixels, word box height).
TARGET_HEIGHT = 34
MIN_HEIGHT = 22
MAX_SCALE = 3.0
#: Read again only when the words come out this much smaller than MIN_HEIGHT (the ink measure was off).
RETRY_BELOW = 0.85


@dataclass(frozen=True)
class ReadImage:
    kind: Kind
    text: str
    commenter: str | None
    lines: tuple[str, ...]
    dark: bool
    width: int
    height: int
    seconds: float
    notes: tuple[str, ...]


def _read_lines(image: Image.Image, settings: Settings, deadline: float) -> tuple[list[Line], bool]:
    """The lines of `image` in reading order, and whether it was in dark mode.

    Small text (a 720-pixel screen, a small font) is enlarged before reading, since Tesseract
    misreads letters only a few pixels high. How small is measured first from the rows of ink
    (milliseconds), so the image is read once; only when Tesseract's own word boxes then show the
    text much smaller than measured is it read again."""
    grey, dark = to_grey(image)
    grey, _ = deskewed(without_blobs(grey))
    cropped, offset = crop_margins(grey)
    factor = 1.0 if min(cropped.size) >= 400 else min(MAX_SCALE, 400 / max(1, min(cropped.size)))
    measured = ink_text_height(cropped)
    if 0 < measured < MIN_HEIGHT:
        factor = max(factor, min(MAX_SCALE, TARGET_HEIGHT / measured))
    lines = lines_from(words(scaled(cropped, factor), settings, timeout=_left(deadline, settings)),
                       factor, offset)
    height = text_height(lines) * factor
    if lines and height < MIN_HEIGHT * RETRY_BELOW:
        better = min(MAX_SCALE, factor * TARGET_HEIGHT / max(height, 1))
        if better > factor * 1.2:
            lines = lines_from(words(scaled(cropped, better), settings, timeout=_left(deadline, settings)),
                               better, offset)
    return drop_frame(lines, image.height), dark


def _left(deadline: float, settings: Settings) -> float:
    left = deadline - time.monotonic()
    if left <= 0.5:
        raise BadInput(f"Membaca gambar melebihi batas waktu ({settings.ocr_timeout:g} detik). "
                       "Kirim gambar yang lebih kecil atau potong bagian teksnya saja.")
    return left


def _redact_nik(text: str) -> str:
    """Only NIK out of a release or letter: its hotline and office address must survive."""
    for match in reversed(find_pii(text)):
        if match.kind == "NIK":
            text = text[: match.start] + "[NIK]" + text[match.end :]
    return text


def read_image(data: bytes, settings: Settings) -> ReadImage:
    """Read an uploaded image. BadInput (Indonesian) for bad input, FeatureUnavailable without Tesseract."""
    started = time.monotonic()
    image = open_image(data, settings)
    require(settings)
    lines, dark = _read_lines(image, settings, started + settings.ocr_timeout)
    if not any(any(ch.isalnum() for ch in ln.text) for ln in lines):
        raise BadInput("Tidak ada teks yang terbaca di gambar ini. Kirim tangkapan layar yang lebih jelas, "
                       "atau salin teksnya langsung.")
    notes: list[str] = []
    document = looks_like_document(lines)
    unquoted, quotes = ([], []) if document else split_quotes(lines, image)
    found = comments(unquoted, image.width) if unquoted else []
    commenter: str | None = None
    if document:
        kind: Kind = "document"
        kept = lines
        text = _redact_nik(paragraphs(kept))
    elif found:
        kind = "comment"
        kept = [ln for ln in lines if classify(ln.text) is None]
        # The first comment on the screen, even when its name or its reply row was not read: the one
        # a person screenshots is whole, and skipping it for a "better" one took the wrong comment.
        first = found[0]
        commenter, text = first.name, redact(first.text).text
        if quotes:
            quoted = redact(quotes[0].text).text
            notes.append(f"Komentar ini membalas pesan yang dikutip di atasnya (konteks, bukan komentarnya): "
                         f"\u201c{quoted}\u201d")
        if len(found) > 1:
            notes.append(f"Ada {len(found)} komentar di gambar; yang diambil komentar pertama "
                         f"(dari {first.name or 'nama tak terbaca'}). Semua baris tetap ditampilkan.")
    else:
        kind = "text"
        kept = [ln for ln in lines if classify(ln.text) is None]
        text = _redact_nik(paragraphs(kept))
    if not text.strip():
        raise BadInput("Tidak ada teks yang terbaca di gambar ini selain tombol aplikasi. "
                       "Kirim tangkapan layar yang memuat isi komentarnya.")
    if len(text) < 15:
        notes.append("Teks yang terbaca sangat sedikit; periksa hasilnya sebelum dipakai.")
    if dark:
        notes.append("Mode gelap terdeteksi; warna gambar dibalik sebelum dibaca.")
    shown = tuple(_redact_nik(ln.text) if kind == "document" else redact(ln.text).text for ln in kept)
    return ReadImage(kind, text, commenter, shown, dark, image.width, image.height,
                     round(time.monotonic() - started, 3), tuple(notes))


def read_pages(images: Sequence[bytes], settings: Settings) -> str:
    """A scanned PDF's pages read as one document (NIK redacted), at most `settings.ocr_max_pages`."""
    texts: list[str] = []
    for data in images[: settings.ocr_max_pages]:
        started = time.monotonic()
        image = open_image(data, settings)
        require(settings)
        lines, _ = _read_lines(image, settings, started + settings.ocr_timeout)
        texts.append(_redact_nik(paragraphs(lines)))
    text = "\n\n".join(t for t in texts if t.strip())
    if not text:
        raise BadInput("Tidak ada teks yang terbaca di halaman-halaman ini.")
    return text
