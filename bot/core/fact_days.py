"""Short day names in the fact check: the forms a schedule writes ("Sen 9/2", "Sen–Sab",
"Sen/Rab/Jum/Min"), read as days by `fact_scan`; whether a day beside a date is that date's day is
`fact_weekdays`'s.

A short form is read as a day only where a day is meant: right before a date, or in a run of days
joined by a dash, a slash, "&", a comma or "dan"; "Min. 2 orang" (minimum) and "sel darah" stay words.
"""

from __future__ import annotations

import re

from bot.core.lexicon_data import MONTHS

#: Usual three-letter forms of the days, capitalised or in capitals.
SHORT_DAYS = {"sen": "senin", "sel": "selasa", "rab": "rabu", "kam": "kamis", "jum": "jumat", "sab": "sabtu",
              "min": "minggu", "mgg": "minggu"}
_SHORT = r"(?:Sen|Sel|Rab|Kam|Jum|Sab|Min|Mgg|SEN|SEL|RAB|KAM|JUM|SAB|MIN|MGG)\.?"
_FULL = r"(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)"
_ANY = rf"(?:{_SHORT}|(?i:{_FULL}))"
_JOIN = r"\s*(?:[/&,–—-]|dan|s\.?\s?d\.?|sampai|hingga)\s*"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A run of two or more days, at least one of them short: every short one in it is a day.
_DAY_RUN = re.compile(rf"(?<![\w'’]){_ANY}(?:{_JOIN}{_ANY})+(?![\w'’])")
#: A short day right before a date: "Sen 9/2", "Kam, 13/11", "Sab (7/3)", "Rab 4 Feb".
_DAY_BEFORE_DATE = re.compile(
    rf"(?<![\w'’])({_SHORT})(?=,?\s*\(?\d{{1,2}}(?:\s*[/.-]\s*\d{{1,2}}|\s+(?i:{_MONTH})\b))")
_ONE_SHORT = re.compile(rf"(?<![\w'’]){_SHORT}(?![\w'’])")


def short_days(text: str) -> list[tuple[int, int, str]]:
    """(start, end, full day name) of each short day of `text` that stands for a day."""
    found: dict[int, tuple[int, int, str]] = {}
    for run in _DAY_RUN.finditer(text):
        for m in _ONE_SHORT.finditer(run.group(0)):
            start = run.start() + m.start()
            found[start] = (start, start + len(m.group(0).rstrip(".")), _full(m.group(0)))
    for m in _DAY_BEFORE_DATE.finditer(text):
        found.setdefault(m.start(), (m.start(), m.start() + len(m.group(1).rstrip(".")), _full(m.group(1))))
    return sorted(found.values())


def _full(short: str) -> str:
    return SHORT_DAYS[short.rstrip(".").lower()]
