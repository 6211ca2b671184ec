"""What a disaster notice asks others to give ("KEBUTUHAN MENDESAK DI POSKO" then "1. tikar dan matras – 1.500
lembar"): counts of goods wanted from donors, neither places on offer (a quota) nor results (figures). Read as
counts, they became a post's "Kuota: tikar dan matras – 1.500 lembar".
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.reading.sheet import Fact, Slot

#: The heading or intro of a list of needs, on a line of its own or ending with a colon.
_NEEDS = re.compile(
    r"(?im)^[^\n]{0,30}?\b(?:kebutuhan\s+(?:mendesak|darurat|yang\s+(?:dibutuhkan|diperlukan)|pengungsi|logistik|"
    r"posko)|(?:barang|bantuan|logistik)\s+yang\s+(?:(?:masih|sangat|paling)\s+)?(?:dibutuhkan|diperlukan)|"
    r"daftar\s+kebutuhan|(?:masih\s+)?(?:sangat\s+)?dibutuhkan\s+(?:segera|antara\s+lain))\b[^\n]*$")
_COUNTED = frozenset({Slot.QUOTA, Slot.FIGURES})


@lru_cache(maxsize=64)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """Each list of needs, from its heading's end to its paragraph's end."""
    out = []
    for head in _NEEDS.finditer(text):
        end = text.find("\n\n", head.end())
        out.append((head.end(), len(text) if end < 0 else end))
    return tuple(out)


def in_needs(text: str, offset: int) -> bool:
    """Whether `offset` of `text` falls in a list of needs."""
    return any(s <= offset < e for s, e in _spans(text))


def needs_aside(text: str, facts: list[Fact]) -> list[Fact]:
    """`facts` without the counts inside a list of needs."""
    spans = _spans(text)
    if not spans:
        return facts
    return [f for f in facts if f.slot not in _COUNTED or not any(s <= f.start < e for s, e in spans)]
