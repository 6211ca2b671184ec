"""Rounded amounts in the fact check (`bot/core/fact_check.py`): "±1,74 juta jiwa" for the draft's
"sekitar 1.742.000 jiwa", "212 ribu" for 212.400. A number a post writes with a multiplier word is
the draft's number rounded to the post's last digit; it must keep at least two significant digits
("2 juta" for 1.742.000 says too little of it to be the same number: a plant as often as a rounding)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from bot.core.fact_scan import Fact

_MULTIPLIED = re.compile(r"(\d+)(?:,(\d+))?\s*(ribu|rb|juta|jt|miliar|milyar|triliun)\b", re.IGNORECASE)
_SCALE = {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
          "triliun": 10**12}


def rounds_a_value(fact: Fact, values: Iterable[str]) -> bool:
    """`fact` (a number or an amount written "1,74 juta") is one of `values` (the sources' numbers)
    rounded half up to its own last digit, with two significant digits or more."""
    m = _MULTIPLIED.search(fact.raw) if fact.kind in ("number", "money") else None
    if m is None:
        return False
    step = Decimal(_SCALE[m.group(3).lower()]) / Decimal(10) ** len(m.group(2) or "")
    value = Decimal(m.group(1) + (m.group(2) or "")) * step
    if value / step < 10:
        return False
    for raw in values:
        try:
            source = Decimal(raw)
        except InvalidOperation:
            continue
        if source != value and (source / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step == value:
            return True
    return False


#: Words before a number that say it is approximate, and which side of it the true value lies on
#: (0: either). "lebih dari 1.100 ha" for 1.104, "hampir 1.400 titik" for 1.386, "sekitar 3.400" for 3.412.
_APPROXIMATE = re.compile(
    r"(?:\b(sekitar|kurang\s+lebih|kira-kira|lebih\s+kurang)|(±|~|\+/-)|\b(hampir|nyaris|mendekati|kurang\s+dari)"
    r"|(<)|\b(lebih\s+dari|di\s+atas)|(>))\s*$", re.IGNORECASE)


def approximates_a_value(fact: Fact, output: str, values: Iterable[str]) -> bool:
    """`fact` (a whole number with trailing zeros) follows a word of approximation and is one of `values`
    rounded to its own last non-zero digit, keeping two significant digits or more, on the side the word
    says: "hampir" (almost) for a value below it, "lebih dari" (more than) for one above."""
    if fact.kind != "number" or not fact.key.split(":", 1)[1].isdigit():
        return False
    value = int(fact.key.split(":", 1)[1])
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    if step == 1 or value // step < 10:
        return False
    sides = set()
    for m in re.finditer(rf"(?<![\w.,]){re.escape(fact.raw)}(?![\w]|[.,]\d)", output):
        cue = _APPROXIMATE.search(output[max(0, m.start() - 16) : m.start()])
        if cue:
            sides.add(0 if cue.group(1) or cue.group(2) else -1 if cue.group(3) or cue.group(4) else 1)
    for raw in values:
        try:
            source = Decimal(raw)
        except InvalidOperation:
            continue
        rounded = (source / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
        if source != value and rounded == value and (0 in sides or (-1 in sides and source < value)
                                                     or (1 in sides and source > value)):
            return True
    return False
