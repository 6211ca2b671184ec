"""Matching a name of a post against a source's words (`bot/core/fact_check.py`): all its words close
together, words the source writes as one ("wali kota" / "walikota"), and links written whole."""

from __future__ import annotations

import re
from collections.abc import Sequence


def link_in(target: str, text: str) -> bool:
    """`target` (a link, an address, an @account) written in `text` as a whole: "t.me/humas" is in
    "https://t.me/humas/12" but not in "t.me/humaskota". An account is an "@name", a link's "/name"
    or a whole source (a profile handle without "@"), never a mere word ("Humas Kota")."""
    if target.startswith("@"):
        name = target[1:]
        return text.strip() == name or re.search(rf"(?<=[@/]){re.escape(name)}(?![\w-]|\.\w)", text) is not None
    return re.search(rf"(?<![^\W_]|-){re.escape(target)}(?![\w-])", text) is not None


def units(tokens: list[str], vocabulary: set[str]) -> list[str]:
    """Join adjacent tokens that the source writes as one word ("wali kota" -> "walikota")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in (3, 2):
            joined = "".join(tokens[i : i + size])
            if i + size <= len(tokens) and joined in vocabulary and tokens[i] not in vocabulary:
                out.append(joined)
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def within_window(tokens: list[str], words: Sequence[str]) -> bool:
    """All tokens occur in `words` close together (order and small gaps tolerated)."""
    span = len(tokens) + 6
    needed = set(tokens)
    for i, word in enumerate(words):
        if word == tokens[0] and needed <= set(words[max(0, i - span) : i + span]):
            return True
    return False


def squashed_match(tokens: list[str], words: Sequence[str]) -> bool:
    """"Wali Kota" against "walikota": same letters over a run of whole source words."""
    target = "".join(tokens).replace("-", "")
    if len(tokens) < 2 and len(target) < 8:
        return False
    for i in range(len(words)):
        joined = ""
        for word in words[i : i + len(tokens) + 3]:
            joined += word.replace("-", "")
            if joined == target:
                return True
            if len(joined) >= len(target):
                break
    return False
