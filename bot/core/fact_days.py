"""Days of the week in the fact check: the short forms a schedule writes ("Sen 9/2", "Sen–Sab",
"Sen/Rab/Jum/Min") and whether a day written beside a date is that date's day ("Kamis, 14 Januari
2026" when the 14th is a Wednesday is an invented day, though Thursday and the 14th are both given).

A short form is read as a day only where a day is meant: right before a date, or in a run of days
joined by a dash, a slash, "&", a comma or "dan"; "Min. 2 orang" (minimum) and "sel darah" stay words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from bot.core.lexicon_data import MONTHS, WEEKDAY

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


class DayDate(NamedTuple):
    """A day written right before a date: the text, the day ("kamis"), and the date's key body
    ("2026-01-14" or "--01-14")."""

    raw: str
    day: str
    date: str


#: What may stand between a day and its date: "Senin, 12/1", "Senin (12/1)", "Sen 12/1".
_DAY_TO_DATE = re.compile(r"[\s,(]{0,3}")


def day_dates(text: str, located: Sequence[tuple[str, str, int, int]]) -> list[DayDate]:
    """The days of `text` written right before a single date (not a range). `located` holds (kind, key, start, end) of the
    text's facts in order, as `fact_scan.scan_facts` finds them."""
    out: list[DayDate] = []
    spans = [(start, end) for kind, _, start, end in located if kind == "date"]
    for (kind, key, start, end), (kind2, key2, start2, end2) in zip(located, located[1:], strict=False):
        if kind != "date" or kind2 != "date" or not key.startswith("date:day-") or key2.startswith("date:day-"):
            continue
        if spans.count((start2, end2)) > 1:
            continue  # "Sab–Min, 7–8 Maret", "Minggu, 5–27 Juli": days within a range of dates
        body = key2.split(":", 1)[1]
        if end <= start2 and _DAY_TO_DATE.fullmatch(text[end:start2]) and re.fullmatch(r"(\d{4}|-)-\d\d-\d\d", body):
            out.append(DayDate(text[start:end2], key[len("date:day-"):], body))
    return out


def fits_calendar(pair: DayDate, own_pairs: Iterable[tuple[str, str]], years: set[int],
                  dated: set[tuple[int, int, int]]) -> bool:
    """`pair`'s day is its date's day in a year the sources give, or the sources write that day beside
    that date themselves (`own_pairs`: (day, "--MM-DD")). A date without a year takes the years the
    sources give that day and month, else any year they give; with no year anywhere nothing is checked."""
    year_text, month, day = pair.date.rsplit("-", 2)
    mo, d = int(month), int(day)
    if (pair.day, f"--{mo:02d}-{d:02d}") in set(own_pairs):
        return True
    candidates = {int(year_text)} if year_text.isdigit() else (
        {y for y, m2, d2 in dated if (m2, d2) == (mo, d)} or years)
    if not candidates:
        return True
    weekday = WEEKDAY[pair.day]
    for year in candidates:
        try:
            if date(year, mo, d).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False
