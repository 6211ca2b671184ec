"""Dates and times of a draft written the EYD way: "Sabtu (14/6) pukul 07.30" is shown as
"Sabtu, 14 Juni 2025, pukul 07.30" when the draft makes the year certain.

The display never adds a fact: a year is added only when the draft gives it for that date or when
exactly one of the years the draft names puts the date on the weekday the draft gives; a weekday is
never added; a time zone is kept only when the draft writes it. Words around the dates ("mulai",
"hingga stok habis", "mulai pekan depan") are kept as they are.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.core.lexicon_data import DAYS, MONTHS, WEEKDAY
from bot.core.spelled_dates import dates_in_digits

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember")
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
_DASH = r"\s*(?:–|—|-|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
#: "Sabtu (14/6/2025)", "Sabtu, 14/6", "(14/6)": a numeric date, its weekday before it when given.
_NUMERIC = re.compile(rf"(?:\b({_DAY})\s*(?:\(|,\s*)?)?\(?(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}|\d{{2}}))?\)?(?![\d/])",
                      re.I)
#: "Sabtu, 14 Juni 2025", "2–4 Juli", "Senin–Rabu, 17–19 November".
#: A numeric range of days, with its weekdays: "Kamis hingga Sabtu (19-21/2/2026)", "(6-8/3)".
_NUMERIC_RANGE = re.compile(rf"(?:\b({_DAY})(?:{_DASH}({_DAY}))?\s*(?:\(|,\s*)?)?\(?(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})/"
                            rf"(\d{{1,2}})(?:/(\d{{4}}|\d{{2}}))?\)?(?![\d/])", re.I)
_WORDED = re.compile(
    rf"(?:\b({_DAY})(?:{_DASH}({_DAY}))?,?\s+(?:tanggal\s+)?)?(\d{{1,2}})(?:({_DASH})(\d{{1,2}}))?\s+({_MONTH})\b(?:\s+(\d{{4}}))?",
    re.I)
#: Two dates of one month written out in full ("Sabtu tanggal 21 Maret 2026 dan Minggu tanggal 22 Maret 2026").
_PAIR = re.compile(
    rf"(?:\b({_DAY}),?\s+(?:tanggal\s+)?)?(\d{{1,2}})(?:\s+({_MONTH})(?:\s+(\d{{4}}))?)?"
    rf"\s*(dan|–|—|-|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    rf"(?:\b({_DAY}),?\s+(?:tanggal\s+)?)?(\d{{1,2}})\s+({_MONTH})\b(?:\s+(\d{{4}}))?", re.I)
_TIME = re.compile(r"\b(pukul|jam|pkl\.?)\s*(\d{1,2})[.:](\d{2})(?:(" + _DASH + r")(\d{1,2})[.:](\d{2}))?", re.I)
#: A date and the time right after it get a comma between them ("14 Juni 2025, pukul 07.30").
_DATE_THEN_TIME = re.compile(rf"((?:{_MONTH})(?:\s+\d{{4}})?)\s+(pukul)\b", re.I)


def draft_years(text: str) -> tuple[int, ...]:
    """The years a draft names (2000-2099), in order of first mention."""
    return tuple(dict.fromkeys(int(y) for y in _YEAR.findall(text)))


def _day_name(day: str) -> str:
    return DAYS.get(day.lower(), day.lower()).capitalize()


def certain_year(day: int, month: int, weekday: str | None, years: tuple[int, ...]) -> int | None:
    """The one year among `years` that puts `day`/`month` on `weekday` (None when there is no
    weekday, none fits or several do: the year is then not certain)."""
    if not weekday:
        return None
    want = WEEKDAY.get(DAYS.get(weekday.lower(), ""), -1)
    fits = []
    for year in years:
        try:
            if dt.date(year, month, day).weekday() == want:
                fits.append(year)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def _numeric(m: re.Match[str], years: tuple[int, ...]) -> str:
    weekday, day, month, year = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return m.group(0)
    full = int(year) + (2000 if len(year) == 2 else 0) if year else certain_year(day, month, weekday, years)
    date = f"{day} {MONTH_NAMES[month - 1]}" + (f" {full}" if full else "")
    return f"{_day_name(weekday)}, {date}" if weekday else date


def _numeric_range(m: re.Match[str], years: tuple[int, ...]) -> str:
    first_day, last_day, d1, d2, month, year = m.groups()
    if not 1 <= int(month) <= 12 or not 1 <= int(d1) < int(d2) <= 31:
        return m.group(0)
    full = int(year) + (2000 if len(year) == 2 else 0) if year else certain_year(int(d1), int(month), first_day, years)
    date = f"{int(d1)}–{int(d2)} {MONTH_NAMES[int(month) - 1]}" + (f" {full}" if full else "")
    if first_day and last_day and int(d2) - int(d1) >= WEEK:
        return _long_span(first_day, last_day, int(d1), int(d2), int(month), full)
    if not first_day:
        return date
    names = _day_name(first_day) + (f"–{_day_name(last_day)}" if last_day else "")
    return f"{names}, {date}"


def _worded(m: re.Match[str], years: tuple[int, ...]) -> str:
    first_day, last_day, day, dash, end, month_name, year = m.groups()
    month = MONTHS[month_name.lower()]
    full = int(year) if year else certain_year(int(day), month, first_day, years)
    days = f"{int(day)}–{int(end)}" if end and dash else str(int(day))
    date = f"{days} {MONTH_NAMES[month - 1]}" + (f" {full}" if full else "")
    if first_day and last_day and end and dash and int(end) - int(day) >= WEEK:
        return _long_span(first_day, last_day, int(day), int(end), month, full)
    if not first_day:
        return date
    names = _day_name(first_day) + (f"–{_day_name(last_day)}" if last_day else "")
    return f"{names}, {date}"


def _pair(m: re.Match[str], years: tuple[int, ...]) -> str:
    """One range when the two dates are one stretch of days ("Sabtu–Minggu, 21–22 Maret 2026"); as
    they were when they are not (two days apart joined by "dan", two months, two years)."""
    day1, d1, month1, year1, joint, day2, d2, month2, year2 = m.groups()
    same_month = not month1 or month1.lower() == month2.lower()
    same_year = not year1 or not year2 or year1 == year2
    stretch = joint.lower() != "dan" or int(d2) == int(d1) + 1
    if not (same_month and same_year and stretch and bool(day1) == bool(day2) and int(d1) < int(d2)):
        return m.group(0)
    month = MONTHS[month2.lower()]
    year = year2 or year1
    full = int(year) if year else certain_year(int(d1), month, day1, years)
    if day1 and day2 and int(d2) - int(d1) >= WEEK:
        return _long_span(day1, day2, int(d1), int(d2), month, full)
    date = f"{int(d1)}–{int(d2)} {MONTH_NAMES[month - 1]}" + (f" {full}" if full else "")
    return f"{_day_name(day1)}–{_day_name(day2)}, {date}" if day1 and day2 else date


#: Days apart from which two weekday names no longer say a stretch of days: "Senin–Rabu, 7–30 Desember" reads as
#: Mondays to Wednesdays; "Senin, 7 Desember – Rabu, 30 Desember 2026" says the first and the last day.
WEEK = 7


def _long_span(day1: str, day2: str, d1: int, d2: int, month: int, full: int | None) -> str:
    year = f" {full}" if full else ""
    return f"{_day_name(day1)}, {d1} {MONTH_NAMES[month - 1]} – {_day_name(day2)}, {d2} {MONTH_NAMES[month - 1]}{year}"


def _time(m: re.Match[str]) -> str:
    out = f"pukul {int(m.group(2)):02d}.{m.group(3)}"
    if m.group(4):
        out += f"–{int(m.group(5)):02d}.{m.group(6)}"
    return out


def display_when(span: str, years: tuple[int, ...] = ()) -> str:
    """`span` written the EYD way ("Sabtu, 14 Juni 2025, pukul 07.30 WIB"), or "" when it is
    already written that way. `years` are the draft's years (see `draft_years`)."""
    out = _NUMERIC_RANGE.sub(lambda m: _numeric_range(m, years), dates_in_digits(span))
    out = _NUMERIC.sub(lambda m: _numeric(m, years), out)
    out = _PAIR.sub(lambda m: _pair(m, years), out)
    out = _WORDED.sub(lambda m: _worded(m, years), out)
    out = _TIME.sub(_time, out)
    out = _DATE_THEN_TIME.sub(r"\1, \2", out)
    out = re.sub(r"\s+,", ",", re.sub(r",\s*,", ",", out))
    out = re.sub(r"\s{2,}", " ", out).strip()
    return "" if out == span else out
