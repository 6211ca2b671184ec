"""Whether a day written beside a date is that date's day, in the fact check: "Kamis, 14 Januari
2026" when the 14th is a Wednesday is an invented day, though Thursday and the 14th are both given.
A day the sources themselves write beside that date is given, whatever the calendar says."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from bot.core import lexicon
from bot.core.fact_scan import Located, scan_cached
from bot.core.lexicon_data import WEEKDAY


class DayDate(NamedTuple):
    """A day written right before a date: the text, the day ("kamis"), and the date's key body
    ("2026-01-14" or "--01-14")."""

    raw: str
    day: str
    date: str


#: What may stand between a day and its date: "Senin, 12/1", "Senin (12/1)", "Sen 12/1".
_DAY_TO_DATE = re.compile(r"[\s,(]{0,3}")


def day_dates(text: str, located: Sequence[tuple[str, str, int, int]]) -> list[DayDate]:
    """The days of `text` written right before a single date (not a range). `located` holds (kind,
    key, start, end) of the text's facts in order, as `fact_scan.scan_facts` finds them."""
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


def source_day_pairs(clean: str, located: Sequence[Located]) -> frozenset[tuple[str, str]]:
    """The days a source writes right before a date, with the date's month and day: ("senin", "--01-12")."""
    return frozenset((p.day, "--" + p.date[-5:]) for p in day_dates(clean, _positions(located)))


def misdated_days(output: str, own_pairs: Iterable[tuple[str, str]], dated: set[tuple[int, int, int]],
                  values: Iterable[str]) -> dict[str, str]:
    """The days `output` writes beside a date that is another day of the week ("Kam 14/1" for a
    Wednesday), by key; `dated` and `values` are the sources' dates and numbers (years among them)."""
    text = lexicon.clean_markup(output)
    pairs = day_dates(text, _positions(scan_cached(text)))
    if not pairs:
        return {}
    years = {y for y, _, _ in dated} | {int(v) for v in values if re.fullmatch(r"20\d\d", v)}
    own = set(own_pairs)
    return {f"weekday:{p.day}:{p.date}": p.raw for p in pairs if not fits_calendar(p, own, years, dated)}


def _positions(located: Sequence[Located]) -> list[tuple[str, str, int, int]]:
    return [(loc.fact.kind, loc.fact.key, loc.start, loc.end) for loc in located]


_DAYS = "|".join(WEEKDAY)
#: A day said to recur in the output ("tiap Rabu", "setiap hari Sabtu"): a single day, not a span's first.
_RECURS = re.compile(rf"\b(?:setiap|tiap|saban)\s+(?:hari\s+)?(?P<day>{_DAYS})\b(?!\s*(?:[–—-]|sampai|hingga|s\.?d))",
                     re.I)
#: Two days of a span ("Senin–Jumat", "Senin sampai Jumat").
_SPAN = re.compile(rf"\b(?P<first>{_DAYS})\s*(?:[–—-]|sampai|hingga|s\.?d\.?|s/d)\s*(?P<last>{_DAYS})\b", re.I)
#: How far after "setiap"/"tiap" a source's recurring day may stand ("setiap hari Rabu dan Sabtu").
RECUR_REACH = 30


def unrepeated_days(output: str, sources: Iterable[str]) -> dict[str, str]:
    """The days `output` says recur ("tiap Kamis") that no source says recur: a source that writes "Kamis"
    only as the day a statement was made gives no weekly Thursday. A source's recurrence is that day after
    "setiap"/"tiap" (within a few words) or inside a span of days ("Senin–Jumat")."""
    texts = [lexicon.clean_markup(s) for s in sources]
    out: dict[str, str] = {}
    for m in _RECURS.finditer(lexicon.clean_markup(output)):
        day = m.group("day").lower()
        if not any(_recurs_in(day, text) for text in texts):
            out[f"recurring:{day}"] = m.group(0)
    return out


def _recurs_in(day: str, text: str) -> bool:
    """The source writes `day` as recurring: after "setiap"/"tiap", inside a span of days, without a date (a
    timetable: "Kupang – Sabu: Senin dan Kamis"), or dated twice or more (a series of Saturdays)."""
    if re.search(rf"\b(?:setiap|tiap|saban|per)\b[^.\n]{{0,{RECUR_REACH}}}\b{day}\b", text, re.I):
        return True
    if any(WEEKDAY[s.group("first").lower()] <= WEEKDAY[day] <= WEEKDAY[s.group("last").lower()]
           for s in _SPAN.finditer(text)):
        return True
    uses = list(re.finditer(rf"\b{day}\b", text, re.I))
    return len(uses) >= 2 or any(not _DATED_AFTER.match(text, m.end()) for m in uses)


#: A date right after a day ("Kamis (3/12/2026)", "Sabtu, 6 Juni 2026", "Rabu 9/12").
_DATED_AFTER = re.compile(r"\s*[,(]?\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+[A-Za-z]{3,})")
