"""Words of a name in the fact check (`bot/core/fact_check.py`): their case, hyphenated tails, the word
before an acronym."""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.lexicon_data import COMMON_EXPANSIONS


def in_capitals(word: str, before: str) -> bool:
    """A word in capitals after another: a heading's ("BLT DANA DESA TAHAP I"), whose case says nothing."""
    return len(word) > 1 and word.isupper() and len(before) > 1 and before.isupper()


def compound_head(token: str) -> str | None:
    """The head of a token joined by a hyphen to an ordinary lower-case word ("WIB-selesai" -> "WIB"):
    the tail is a word of the sentence, not part of a name."""
    head, _, tail = token.rpartition("-")
    if head and tail.isalpha() and tail.islower() and lexicon.is_ordinary_word(tail):
        return head
    return None


def word_before(token: str, output: str) -> str:
    """The lower-case word just before `token` in `output` ("bank" in "dari bank BUMN"), or ""."""
    m = re.search(rf"(\w+)[ \t]+{re.escape(token)}\b", output)
    return m.group(1).lower() if m else ""


def common_reading(token: str) -> list[tuple[str, ...]]:
    """The expansion of a common acronym ("pj": "penjabat"), as a reading of that token inside a name."""
    expansion = COMMON_EXPANSIONS.get(token.upper())
    return [tuple(expansion.split())] if expansion else []
