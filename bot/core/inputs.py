"""Cleaning and validating text that users send, before any work is done on it."""

from __future__ import annotations

import re
import unicodedata

from bot.errors import BadInput

# Zero-width and bidi control characters: invisible, and they break matching.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC-normalise, drop invisible and control characters, tidy whitespace."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def has_words(text: str) -> bool:
    """True when the text holds at least one letter or digit (not only emoji or symbols)."""
    return any(ch.isalnum() for ch in text)


def clean_input(text: str | None, *, max_chars: int, what: str = "Teks") -> str:
    """Return normalised text or raise BadInput with an Indonesian message."""
    if text is None:
        raise BadInput(f"{what} kosong. Kirim teks yang ingin diproses.")
    if "\x00" in text:
        raise BadInput(f"{what} berisi data biner, bukan teks. Kirim teks biasa atau berkas .md/.txt/.pdf/.docx.")
    cleaned = normalize_text(text)
    if not cleaned:
        raise BadInput(f"{what} kosong. Kirim teks yang ingin diproses.")
    if not has_words(cleaned):
        raise BadInput(f"{what} tidak berisi kata yang bisa diproses (hanya simbol atau emoji).")
    if len(cleaned) > max_chars:
        raise BadInput(
            f"{what} terlalu panjang ({len(cleaned):,} karakter; batas {max_chars:,}). "
            "Potong menjadi bagian yang lebih pendek, misalnya per paragraf pokok.".replace(",", ".")
        )
    return cleaned
