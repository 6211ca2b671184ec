"""Ranges of dates in the fact check (`bot/core/fact_check.py`), as `fact_ranges` checks ranges of times.

Each end of "Sen 7 Juni – Jum 16 Juli 2027" may be one of the draft's dates while the range is not: the draft
takes papers from 7 June to 9 July, and 16 July is the committee's own deadline, further down. A post's range that
keeps one end of a range the draft writes and moves the other is invented, unless the draft writes both its ends on
one line or two neighbouring lines (a blank line between paragraphs does not part them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from bot.core import lexicon
from bot.core.fact_scan import RANGE_TO, Located, scan_cached

#: What joins a range's two ends when the scanner reads them apart: a dash, "hingga", "s.d.", with the second end's
#: weekday ("Sen 7 Juni – Jum 9 Juli", "Senin (7/6) s.d. Jumat (9/7)").
_TO = re.compile(rf"\)?\s*{RANGE_TO}\s*(?:(?:hari\s+)?(?:senin|sen|selasa|sel|rabu|rab|kamis|kam|jum'?at|jum|sabtu|sab|"
                 r"minggu|min|ahad)\.?,?\s*)?\(?", re.IGNORECASE)
#: A date with its day and month, the year written or not: "date:2026-10-13", "date:--10-13".
_DAY_KEY = re.compile(r"date:(?:\d{4})?-(?:-)?(\d\d)-(\d\d)")

Day = tuple[int, int]


def _days(text: str) -> tuple[str, list[tuple[Located, Day]]]:
    plain = lexicon.clean_markup(text)
    out = []
    for loc in scan_cached(plain):
        if loc.fact.kind == "date" and (m := _DAY_KEY.fullmatch(loc.fact.key)):
            out.append((loc, (int(m.group(1)), int(m.group(2)))))
    return plain, out


def date_ranges(text: str) -> list[tuple[str, Day, Day]]:
    """The ranges of dates `text` writes: (the range as written, first day, last day), as (month, day)."""
    plain, days = _days(text)
    out = []
    for (first, a), (second, b) in zip(days, days[1:], strict=False):
        one_span = (first.start, first.end) == (second.start, second.end)
        if a != b and (one_span or (first.end <= second.start and _TO.fullmatch(plain[first.end : second.start]))):
            out.append((plain[first.start : second.end], a, b))
    return out


@lru_cache(maxsize=64)
def _line_days(source: str) -> tuple[frozenset[Day], ...]:
    """The days of each two neighbouring written lines of `source` (blank lines skipped); cached, as every fact check
    of a rewrite reads the same draft."""
    rows = [row for row in lexicon.clean_markup(source).splitlines() if row.strip()]
    lines = [frozenset(day for _, day in _days(row)[1]) for row in rows]
    return tuple(a | b for a, b in zip(lines, [*lines[1:], frozenset()], strict=True) if a | b)


def unsupported_date_ranges(output: str, sources: Iterable[str]) -> dict[str, str]:
    """The ranges of dates in `output` that stretch one of the sources' ranges to another date ("7 Juni – 16 Juli"
    where a source writes "7 Juni sampai 9 Juli"), unless a source writes both ends on one line or two neighbouring
    ones; keyed for the fact check's list of inventions. A schedule's separate days summed up as a range ("9–12
    Desember" of a day-by-day list) stretches no range of the sources and passes."""
    ranges = date_ranges(output)
    if not ranges:
        return {}
    texts = list(sources)
    groups = [days for source in texts for days in _line_days(source)]
    written = {pair for source in texts for pair in _written(source)}
    return {f"daterange:{a[0]:02d}-{a[1]:02d}-{b[0]:02d}-{b[1]:02d}": raw for raw, a, b in ranges
            if (a, b) not in written and any(_stretched(a, b, sa, sb) for sa, sb in written)
            and not any({a, b} <= days for days in groups)}


@lru_cache(maxsize=64)
def _written(source: str) -> frozenset[tuple[Day, Day]]:
    """The ranges of dates `source` writes; cached, as every fact check of a rewrite reads the same draft."""
    return frozenset((a, b) for _, a, b in date_ranges(source))


def _stretched(a: Day, b: Day, start: Day, end: Day) -> bool:
    """Whether the range `a`–`b` keeps one end of the source's range `start`–`end` and moves the other, beyond the
    day next to it (the opening day before "Rabu dan Kamis (11-12/3)" makes "10–12 Maret")."""
    if (a == start) == (b == end):
        return False
    moved, kept = (b, end) if a == start else (a, start)
    return abs((_on(moved) - _on(kept)).days) > 1


def _on(day: Day) -> date:
    return date(2000, *day)  # a leap year: "29 Februari" is a day; only the distance between days is read
