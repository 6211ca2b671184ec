"""A number glued to the initial of its unit in a post ("Fun Run 5K", "gempa M5,9", "maks. 3H2M"), read as
the unit a source writes beside that same number ("5 kilometer", "magnitudo 5,9", "tiga hari dua malam"),
so that the fact check (`bot/core/fact_check.py`) checks the number, not a name or a thousand ("5K" as
5 000). A glued form no source spells out beside that number stays as written and is checked as before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.core import lexicon
from bot.core.fact_spelled import in_digits

_NUM = r"\d+(?:,\d+)?"
#: Numbers each followed by a letter, one to three of them in one token: "5K", "3H2M".
_AFTER = re.compile(rf"(?<![\w.,-])((?:{_NUM}[A-Za-z]){{1,3}})(?!\w)")
#: A capital glued before a number: "M5,9".
_BEFORE = re.compile(rf"(?<![\w.,-])([A-Z])({_NUM})(?!\w|[.,]\d)")
_PAIR = re.compile(rf"({_NUM})([A-Za-z])")


def unglued(output: str, texts: Sequence[str]) -> str:
    """`output` with each glued number and unit initial written as the sources write them, where they do."""
    if not re.search(r"\d[A-Za-z]|[A-Z]\d", output):
        return output

    def after(m: re.Match[str]) -> str:
        if _written(m.group(0), texts):
            return m.group(0)
        parts = []
        for num, letter in _PAIR.findall(m.group(1)):
            unit = _unit(num, letter, texts, before=False)
            if unit is None:
                return m.group(0)
            parts.append(f"{num} {unit}")
        return " ".join(parts)

    def before(m: re.Match[str]) -> str:
        if _written(m.group(0), texts):
            return m.group(0)
        unit = _unit(m.group(2), m.group(1), texts, before=True)
        return m.group(0) if unit is None else f"{unit} {m.group(2)}"

    return _BEFORE.sub(before, _AFTER.sub(after, output))


def _written(token: str, texts: Sequence[str]) -> bool:
    """A glued form a source writes itself ("PBB-P2", "Gen Z 5G"): the source's own word, never a unit."""
    pattern = re.compile(rf"(?<![\w.,]){re.escape(token)}(?![\w]|[.,]\d)")
    return any(pattern.search(text) for text in texts)


def _unit(num: str, letter: str, texts: Sequence[str], before: bool) -> str | None:
    """The word opening with `letter` that a source writes right after `num`, in digits or words ("tiga hari"),
    or (`before`) right before it in digits: "magnitudo 5,9", never "salah satu" for "S1"."""
    initial, number = re.escape(letter.lower()), re.escape(num)
    # The unit may carry a prefix: "bermagnitudo 5,9" is the "M" of "M5,9".
    pattern = (rf"(?<![\w.,])(?:ber|ter|se)?({initial}[^\W\d_]+)\s+{number}(?!\w|[.,]\d)" if before
               else rf"(?<![\w.,]){number}\s+({initial}[^\W\d_]+)")
    for text in texts:
        m = re.search(pattern, text if before else _digits(text))
        if m:
            return m.group(1)
    return None


@lru_cache(maxsize=256)
def _digits(text: str) -> str:
    """`text` (lower case) with its numbers in words also in digits."""
    found = list(lexicon.NAME_TOKEN.finditer(text))
    return in_digits(text, found, [m.group(0).lower() for m in found]) or text
