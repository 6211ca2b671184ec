"""A bare hour after a part of the day said earlier in the clause, in the fact check
(`bot/core/fact_check.py`): "mulai Senin malam 12/1 jam 9 WIB" is 21.00, as the draft writes it."""

from __future__ import annotations

import re

_BEFORE = re.compile(r"\b(sore|petang|malam)\b[^.;\n]{0,25}$", re.IGNORECASE)
_HOUR = re.compile(r"(?:jam|pukul|pkl\.?)\s*(\d{1,2})(?:[.:](\d{2}))?$", re.IGNORECASE)


def evening_keys(raw: str, output: str) -> list[str]:
    """The keys of `raw` (a time written "jam 9", "pukul 7.30") read twelve hours on, wherever `output`
    writes it after "sore", "petang" or "malam" in the same clause and the hour is below twelve."""
    hour = _HOUR.fullmatch(raw.strip())
    if not hour or not 1 <= int(hour.group(1)) <= 11:
        return []
    keys = []
    for m in re.finditer(re.escape(raw), output):
        if _BEFORE.search(output[max(0, m.start() - 40) : m.start()]):
            keys.append(f"time:{int(hour.group(1)) + 12:02d}:{hour.group(2) or '00'}")
    return keys
