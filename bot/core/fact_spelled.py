"""A source's numbers written in words, rewritten in digits, so that the facts built on them read as
a post writes them: "tanggal tujuh hingga tiga puluh Desember 2026" gives the dates of "7–30 Des 2026",
"pukul tujuh pagi" the time of "jam 7 pagi", "Kuota enam puluh peserta" the numbered name "Kuota 60".
The fact check (`bot/core/fact_sources.py`) reads dates, times and numbered names from this copy; a
number word that ends a place's name ("Simpang Empat") stays a word (`fact_counts.outside_names`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core import number_words

#: Words a number in words may open with: cardinals, never "se-" words of time ("sehari") or ordinals.
_OPENERS = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                      "sebelas", "seratus", "seribu", "sejuta"})


def _unbroken(text: str, found: Sequence[re.Match[str]], words: Sequence[str], i: int) -> Sequence[str]:
    """`words` up to the first mark after word `i`: "tiga puluh, satu hari" is thirty, then one."""
    for k in range(i, len(words) - 1):
        if text[found[k].end():found[k + 1].start()].strip():
            return words[: k + 1]
    return words


def in_digits(text: str, found: Sequence[re.Match[str]], words: Sequence[str]) -> str | None:
    """`text` with each number written in words rewritten in digits ("dua ribu" -> "2000"), or None when
    it has none. `found` are the word matches of `text`; `words` their lower-case forms, a name's number
    word blanked."""
    parts: list[str] = []
    last = i = 0
    while i < len(words):
        opens = words[i] in _OPENERS
        value, end = number_words.read_number(_unbroken(text, found, words, i), i) if opens else (None, i)
        if value is None or end == i or value != value.to_integral_value():
            i += 1
            continue
        parts += [text[last : found[i].start()], str(int(value))]
        last = found[end - 1].end()
        i = end
    return "".join([*parts, text[last:]]) if parts else None
