"""Time ranges in the fact check (`bot/core/fact_check.py`). Each time of "13.30–17.00" may be one of
the draft's times while the range is not: the draft opens 13.30–16.00 and closes its online queue at
17.00. A post's range must have both ends on one line of a source (a schedule's line, a paragraph) or on
two neighbouring ones."""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.fact_scan import scan_cached, scan_facts

#: What may stand between the two ends of a range: a dash or "sampai"/"s.d."/"hingga", with the part
#: of day and the zone of the first end ("jam 8 pagi–7 malam", "08.00 WIB s.d. 12.00").
_BETWEEN = re.compile(
    r"\s*(?:(?:pagi|siang|sore|petang|malam|subuh|dini\s+hari|WIB|WITA|WIT)\s*)?(?:[-–—]|s\.\s?d\.?|s/d|sd|sampai(?:\s+dengan)?|hingga|sampe)"
    r"\s*(?:(?:pukul|jam|pkl\.?)\s*)?",
    re.IGNORECASE,
)


def time_ranges(text: str) -> list[tuple[str, str, str]]:
    """The ranges of times in `text`: (the range as written, first time's key, second time's key)."""
    plain = lexicon.clean_markup(text)
    times = [loc for loc in scan_cached(plain) if loc.fact.kind == "time"]
    out: list[tuple[str, str, str]] = []
    for first, second in zip(times, times[1:], strict=False):
        same = (first.start, first.end) == (second.start, second.end)  # "jam 8–12 WITA": one span
        if same or (first.end <= second.start and _BETWEEN.fullmatch(plain[first.end : second.start])):
            out.append((plain[first.start : second.end], first.fact.key, second.fact.key))
    return out


#: A time written as the end of what goes before: "hingga pukul 12.00", "sampai 14.00" ("ditutup pukul
#: 17.00" may close something else: the online queue of a service open until 16.00).
_END_MARK = re.compile(r"(?:hingga|sampai|s\.?\s?d\.?|s/d)\s+(?:(?:pada\s+)?(?:pukul|jam|pkl\.?)\s*)?$",
                       re.IGNORECASE)


def line_times(source: str) -> tuple[frozenset[str], ...]:
    """The time keys of each two neighbouring lines of `source` (a start and an end may sit on
    two lines of a list: "Mulai: 08.00" / "Selesai: 12.00"); a blank line parts them, except a
    paragraph's one time (a start) from a time the next paragraph writes as an end ("... pukul 07.30
    WIB." / "Acara dilanjutkan ... hingga pukul 12.00 WIB.")."""
    rows = lexicon.clean_markup(source).splitlines()
    found = [scan_facts(line) for line in rows]
    lines = [frozenset(loc.fact.key for loc in locs if loc.fact.kind == "time") for locs in found]
    ends = [frozenset(loc.fact.key for loc in locs
                      if loc.fact.kind == "time" and _END_MARK.search(row[: loc.start]))
            for row, locs in zip(rows, found, strict=True)]
    pairs = [a | b for a, b in zip(lines, [*lines[1:], frozenset()], strict=True) if a | b]
    filled = [i for i, row in enumerate(rows) if row.strip()]
    for i, j in zip(filled, filled[1:], strict=False):
        if j > i + 1 and len(lines[i]) == 1 and ends[j]:
            pairs.append(lines[i] | ends[j])
    return tuple(pairs)


def source_ranges(source: str) -> frozenset[tuple[str, str]]:
    """The ranges of times `source` writes, as (first time's key, second time's key)."""
    return frozenset((start, end) for _, start, end in time_ranges(source) if start != end)


def recombines(start: str, end: str, ranges: frozenset[tuple[str, str]] | set[tuple[str, str]]) -> bool:
    """A post's range joins the start of one of the sources' ranges to the end of another ("Rabu
    09.00–15.00" where Rabu is 09.00–13.00 and Kamis 10.00–15.00): wrong, however close the two lines
    stand. Ranges that follow one another may be joined ("08.00–10.00", "10.00–12.00" give "08.00–12.00"),
    and an end the sources write alone ("Selesai: pukul 12.00") is no range's."""
    if (start, end) in ranges or not (any(start == a for a, _ in ranges) and any(end == b for _, b in ranges)):
        return False
    reached, frontier = {start}, [start]
    while frontier:
        at = frontier.pop()
        for a, b in ranges:
            if a == at and b not in reached:
                reached.add(b)
                frontier.append(b)
    return end not in reached
