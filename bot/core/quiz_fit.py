"""Fitting short texts (quiz options, sticker text, on-screen text) into a character limit.

A text is shortened on a word boundary with "…", never inside a number, a date, a time, an amount or
a name (the spans `fact_scan` finds), and never so that it ends on a dangling word ("dan", "di").
When no such cut leaves a word, the text does not fit: the caller picks something else.
"""

from __future__ import annotations

import re

from bot.core import number_words
from bot.core.fact_scan import scan_facts

ELLIPSIS = "…"
_DANGLING = frozenset(
    "dan atau serta di ke dari yang untuk dengan pada bagi oleh dalam hingga sampai mulai pukul jam "
    "setiap tanggal hari sejak per secara".split()
)
_TRAILING = " ,;:-–—(/\n"
#: A number read out digit by digit ("nol delapan satu dua, tiga tujuh ..."): one number, never cut.
_DIGIT = rf"\b(?:{'|'.join(number_words.DIGITS)})\b"
_READ_OUT = re.compile(rf"{_DIGIT}(?:[\s,]+{_DIGIT}){{3,}}", re.I)
#: A number with its words in brackets ("65 (enam puluh lima) tahun"): one number, never cut.
_SPELLED_AFTER = re.compile(r"\d[\d.,]*\s+\([a-z ]{3,60}\)")
_WORD = re.compile(r"[^\W\d_]+")


def _number_words(text: str) -> list[tuple[int, int]]:
    """Where a number written in two or more words runs ("tujuh belas", "enam ribu tiga ratus"): cut
    after "tujuh", it would read as another number."""
    tokens = list(_WORD.finditer(text))
    words = [m.group().lower() for m in tokens]
    spans, i = [], 0
    while i < len(words):
        _, end = number_words.read_number(words, i)
        if end - i >= 2:
            spans.append((tokens[i].start(), tokens[end - 1].end()))
        i = max(end, i + 1)
    return spans


def squeeze(text: str) -> str:
    """One line, single spaces."""
    return " ".join(text.split())


def fit(text: str, limit: int) -> str | None:
    """`text` in at most `limit` characters, or None when it cannot be shortened safely."""
    text = squeeze(text)
    if len(text) <= limit:
        return text or None
    spans = [(loc.start, loc.end) for loc in scan_facts(text)] + [m.span() for m in _READ_OUT.finditer(text)]
    spans += [m.span() for m in _SPELLED_AFTER.finditer(text)] + _number_words(text)
    budget = limit - len(ELLIPSIS)
    cuts = [m.start() for m in re.finditer(" ", text) if m.start() <= budget]
    for cut in reversed(cuts):
        if any(start < cut < end for start, end in spans):
            continue
        words = text[:cut].rstrip(_TRAILING).split(" ")
        while words and words[-1].lower().strip(_TRAILING) in _DANGLING:
            words.pop()
        head = " ".join(words).rstrip(_TRAILING)
        if head and any(ch.isalnum() for ch in head):
            return head + ELLIPSIS
    return None


def capitalize(text: str) -> str:
    """First letter upper-case, the rest as written (an option or on-screen line starts a sentence)."""
    return text[:1].upper() + text[1:] if text else text


def fit_lines(lines: list[str], limit: int, max_line_feeds: int) -> str:
    """`lines` joined with at most `max_line_feeds` line feeds in `limit` characters: the last lines
    go first (they are the least important), then the one left is shortened."""
    kept = [squeeze(line) for line in lines if line.strip()]
    if len(kept) > max_line_feeds + 1:
        kept = [*kept[:max_line_feeds], " ".join(kept[max_line_feeds:])]
    while len(kept) > 1 and len("\n".join(kept)) > limit:
        kept.pop()
    joined = "\n".join(kept)
    return joined if len(joined) <= limit else (fit(joined, limit) or "")
