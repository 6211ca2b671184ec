"""Cleaning and validating text that users send, before any work is done on it."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from bot.core.columns import mark_columns
from bot.core.line_wraps import unwrap_lines
from bot.core.triage_emoji import emoji_kind
from bot.errors import BadInput

# Zero-width and bidi control characters: invisible, and they break matching.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")  # C0 and C1 controls
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but the newline (tabs, NBSP, ideographic space...)
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK_LINES = re.compile(r"\n{3,}")


def _without_surrogates(text: str) -> str:
    """Join surrogate pairs into their character and drop lone surrogates, which cannot be
    encoded (they come from undecodable command-line bytes or escaped JSON)."""
    if not _SURROGATE.search(text):
        return text
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return _SURROGATE.sub("", text)


#: A keycap digit that numbers a list's item ("1️⃣ Simpan dokumen ..."): the item's number, as "1." says it.
_KEYCAP = re.compile(r"^([0-9])\ufe0f?\u20e3\s*")


def normalize_text(text: str) -> str:
    """NFC-normalise, drop invisible and control characters and lone surrogates, tidy whitespace."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", _without_surrogates(text)))
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    lines = [_KEYCAP.sub(r"\1. ", _SPACES.sub(" ", line).strip()) for line in mark_columns(text.split("\n"))]
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
    cleaned = unwrap_lines(normalize_text(text))
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


def clean_comment(text: str | None, *, max_chars: int) -> str:
    """A comment, normalised (`clean_input`); emoji alone pass when they say something ("👏👏🔥", "🤮🤮"): the
    triage reads applause as praise and contempt as abuse. Other symbols alone are still refused."""
    cleaned = normalize_text(text or "")
    if cleaned and not has_words(cleaned) and len(cleaned) <= max_chars and emoji_kind(cleaned) is not None:
        return cleaned
    return clean_input(text, max_chars=max_chars, what="Komentar")


#: The work a text is sent for: each has its own check (`clean_for`).
Task = Literal["rewrite", "reply", "audit"]
_WHAT: dict[str, str] = {"rewrite": "Draf", "audit": "Caption"}


def clean_for(task: Task, text: str | None, *, max_chars: int) -> str:
    """The one check of a text sent for `task`, used by the service and by every front end before it queues
    work: a comment may be emoji alone (`clean_comment`), a draft or a caption needs words (`clean_input`)."""
    if task == "reply":
        return clean_comment(text, max_chars=max_chars)
    return clean_input(text, max_chars=max_chars, what=_WHAT[task])


def clean_for_any(text: str | None, *, max_chars: int) -> str:
    """A text whose task is chosen later (a pasted text, then a button): kept when some task takes it; the
    task chosen checks it again (`clean_for`); a refusal speaks of a text, not of a comment."""
    try:
        return clean_for("reply", text, max_chars=max_chars)
    except BadInput:
        return clean_input(text, max_chars=max_chars, what="Teks")
