"""A range of days laid out day by day, in the fact check (`bot/core/fact_check.py`): the draft says
"Senin hingga Kamis (12–15/10/2026) ... secara berturut-turut di A, B, C dan D" and a capable writer lists
"Sen 12/10 – A", "Sel 13/10 – B", "Rab 14/10 – C", "Kam 15/10 – D". The inner days are the range's own,
given only when the output writes every day of the range alone: a single day inside a range ("pengumuman 5
Juni" of registration "1–10 Juni") is still invented."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from bot.core import lexicon
from bot.core.fact_scan import RANGE_TO, Located, scan_cached

#: The longest range laid out day by day (two weeks).
MAX_DAYS = 14
#: What joins a range's two ends when the scanner reads them apart: a dash, "hingga", "s.d.".
_TO = re.compile(rf"\s*{RANGE_TO}\s*", re.IGNORECASE)
_FULL = re.compile(r"date:(\d{4})-(\d\d)-(\d\d)")
#: A date with its day and month, the year written or not: "date:2026-10-13", "date:--10-13".
_DAY_KEY = re.compile(r"date:(?:\d{4})?-(?:-)?(\d\d)-(\d\d)")


def _day(key: str) -> date:
    year, month, day = (int(x) for x in key[len("date:"):].split("-"))
    return date(year, month, day)


def _joined(plain: str, first: Located, second: Located) -> bool:
    """Two dates read as one range: one span ("12–15/10/2026"), or a dash or "hingga" between them."""
    return (first.start, first.end) == (second.start, second.end) or bool(
        first.end <= second.start and _TO.fullmatch(plain[first.end:second.start]))


def _dates(text: str) -> tuple[str, list[Located]]:
    plain = lexicon.clean_markup(text)
    return plain, [loc for loc in scan_cached(plain) if loc.fact.kind == "date" and _DAY_KEY.fullmatch(loc.fact.key)]


def _source_ranges(source: str) -> list[tuple[date, date]]:
    plain, dates = _dates(source)
    out: list[tuple[date, date]] = []
    for first, second in zip(dates, dates[1:], strict=False):
        if _joined(plain, first, second) and _FULL.fullmatch(first.fact.key) and _FULL.fullmatch(second.fact.key):
            a, b = _day(first.fact.key), _day(second.fact.key)
            if timedelta(days=1) < b - a <= timedelta(days=MAX_DAYS - 1):
                out.append((a, b))
    return out


def _single_days(output: str) -> set[tuple[int, int]]:
    """The (month, day) of each date `output` writes alone, not as an end of a range."""
    plain, dates = _dates(output)
    in_range: set[int] = set()
    for i, (first, second) in enumerate(zip(dates, dates[1:], strict=False)):
        if _joined(plain, first, second):
            in_range |= {i, i + 1}
    days = [_DAY_KEY.fullmatch(loc.fact.key) for j, loc in enumerate(dates) if j not in in_range]
    return {(int(m.group(1)), int(m.group(2))) for m in days if m}


def laid_out_days(output: str, sources: Iterable[str]) -> list[date]:
    """The inner days of the sources' ranges that `output` lays out whole, every day written alone."""
    written = _single_days(output)
    out: list[date] = []
    for source in sources:
        for a, b in _source_ranges(source):
            days = [a + timedelta(days=i) for i in range((b - a).days + 1)]
            if all((day.month, day.day) in written for day in days):
                out += days[1:-1]
    return out
