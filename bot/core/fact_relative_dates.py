"""Dates a source gives by pointing from a date it writes: "Besok, Jumat" after "Kamis (22/7/2027)" is 23 July,
"Senin depan" is 26 July, "mulai Senin pekan depan" in a piece dated Kamis 8/7 is 12 July. A post that writes them
as dates ("Jum 23/7", "Sen 26/7") states the source's facts, the way an officer resolves them for readers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from bot.core.fact_scan import scan_facts
from bot.core.lexicon_data import WEEKDAY

_FULL = re.compile(r"date:(\d{4})-(\d\d)-(\d\d)")
_DAY = r"(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
#: A day counted from the date before it, with the days it adds.
_SHIFTS = (
    (re.compile(r"\b(?:besok|besoknya|esok\s+hari|esoknya|keesokan\s+harinya)\b", re.I), 1),
    (re.compile(r"\blusa\b", re.I), 2),
    # the day before the date written ("sejak awal November sampai kemarin" in a talk of Kamis 19/11)
    (re.compile(r"\b(?:kemarin|kemarinnya|sehari\s+sebelumnya)\b", re.I), -1),
)
#: A weekday of the coming week ("Senin depan", "Sabtu pekan depan", "hari Selasa minggu depan").
_NEXT_WEEKDAY = re.compile(rf"\b{_DAY}\s+(?:(?:pekan|minggu)\s+)?depan\b|\b(?:pekan|minggu)\s+depan,?\s+"
                           rf"(?:(?:pada\s+)?hari\s+)?{_DAY}\b", re.I)


@lru_cache(maxsize=256)
def relative_dates(source: str) -> tuple[date, ...]:
    """Each date `source` points at from the last full date written before it (or, before any, from its first);
    cached: every fact check of a rewrite reads the same draft."""
    return tuple(_relative_dates(source))


def _relative_dates(source: str) -> Iterator[date]:
    dated = [(loc.start, date(int(m[1]), int(m[2]), int(m[3]))) for loc in scan_facts(source)
             if (m := _FULL.fullmatch(loc.fact.key))]
    if not dated:
        return

    def reference(at: int) -> date:
        before = [day for start, day in dated if start < at]
        return before[-1] if before else dated[0][1]

    for pattern, days in _SHIFTS:
        for m in pattern.finditer(source):
            yield reference(m.start()) + timedelta(days=days)
    for m in _NEXT_WEEKDAY.finditer(source):
        name = (m.group(1) or m.group(2)).lower().replace("'", "")
        start = reference(m.start())
        ahead = (WEEKDAY[name] - start.weekday()) % 7 or 7
        yield start + timedelta(days=ahead)
