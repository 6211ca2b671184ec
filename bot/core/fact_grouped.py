"""Numbers written in groups of digits in the fact check (`bot/core/fact_check.py`): a contact number
one text writes "1500-054", "024 3561 110" or "0274-391-555" and another "1500054", "(024) 3561110"
or "0274 391555" is the same number. The scanner reads the groups of a short hotline as separate
numbers ("1500" and "054"), so a regrouped number would be called invented; here each run of groups
also stands for its joined digits."""

from __future__ import annotations

import re

from bot.core.fact_scan import Fact

#: Two to four groups of 2-5 digits parted by one space or hyphen; not a part of a time ("08.00"), a
#: decimal, an amount ("1.500"), a date ("14/6") or a longer run.
_GROUPS = re.compile(r"(?<![\d.,/:+\-])\d{2,5}(?:[ \-]\d{2,5}){1,3}(?![\d/:]|[.,]\d|-\d)")


def _key(digits: str) -> str:
    """The key the scanner gives these digits written together (a leading zero kept from 5 digits)."""
    return f"number:{digits}" if digits.startswith("0") and len(digits) >= 5 else f"number:{int(digits)}"


def _runs(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for m in _GROUPS.finditer(text):
        pieces = re.split(r"[ \-]", m.group(0))
        digits = "".join(pieces)
        if 5 <= len(digits) <= 14:
            out.append((digits, tuple(_key(p) for p in pieces)))
    return out


def grouped_facts(text: str) -> tuple[Fact, ...]:
    """Each run of digit groups of a source as the one number it writes ("1500-054": 1500054)."""
    return tuple(Fact("number", digits, _key(digits)) for digits, _ in _runs(text))


def regrouped(text: str) -> dict[str, set[str]]:
    """For each piece of a run of digit groups of an output, the keys of the runs it is a piece of:
    "1500 054" gives {"number:1500": {"number:1500054"}, "number:54": {"number:1500054"}}."""
    out: dict[str, set[str]] = {}
    for digits, pieces in _runs(text):
        for piece in pieces:
            out.setdefault(piece, set()).add(_key(digits))
    return out
