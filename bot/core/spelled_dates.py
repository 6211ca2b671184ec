"""Dates read out in words, as a radio script or a spoken announcement writes them ("Senin, dua belas April",
"dua puluh sembilan Januari dua ribu dua puluh tujuh"): found for the fact scan (`bot/core/fact_scan.py`) and
written in digits for a post ("Senin, 12 April")."""

from __future__ import annotations

import re

from bot.core import number_words
from bot.core.lexicon_data import MONTHS

#: The months' full names ("Mei" is one; "Agus", "Sept" are short forms).
_FULL_MONTHS = "|".join(m for m in MONTHS if len(m) > 4 or m in ("mei", "juni", "juli"))
_DAY_IN_WORDS = "|".join(r"\s+".join(w.split()) for w in sorted(number_words.DAY_WORDS, key=len, reverse=True))
#: A day in words, a full month's name, and a year in digits or in words of this century's 20s and 30s.
DATE_WORDS = re.compile(
    rf"(?<![\w-])({_DAY_IN_WORDS})\s+({_FULL_MONTHS})\b"
    r"(?:\s+(\d{4}|dua\s+ribu\s+(?:dua|tiga)\s+puluh(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
    r"(?![\w-]))?))?", re.IGNORECASE)


#: The first day of a pair or a range read out before one month ("dua puluh satu dan dua puluh dua Juni", "dua puluh
#: delapan sampai tiga puluh Juni", "sebelas sampai hari Minggu tanggal tiga belas September"): a day of that month,
#: the next match its partner.
PAIRED_DAY = re.compile(
    rf"(?<![\w-])({_DAY_IN_WORDS})(?=\s+(?:dan|sampai(?:\s+dengan)?|hingga|s\.d\.?|[–-])\s+"
    rf"(?:(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu),?\s+)?(?:tanggal\s+)?(?:{_DAY_IN_WORDS})\s+"
    rf"({_FULL_MONTHS})\b)", re.IGNORECASE)


_MONTH_NAMES = tuple(m for m in MONTHS if len(m) > 4 or m in ("mei", "juni", "juli"))
#: The last word of a day in words, right before a month's name.
_DAY_WORD_END = re.compile(r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh)"
                           r"\s+$")


def has_spelled_dates(text: str) -> bool:
    """Whether `text` may read a date out in words: a day word right before a month's name. A cheap test before
    `DATE_WORDS` and `PAIRED_DAY`, whose long alternations cost a scan of every position."""
    lowered = text.lower()
    for month in _MONTH_NAMES:
        at = lowered.find(month)
        while at >= 0:
            if _DAY_WORD_END.search(lowered, max(0, at - 12), at):
                return True
            at = lowered.find(month, at + 1)
    return False


def paired_day(m: re.Match[str]) -> tuple[int, int]:
    """Day and month of a match of `PAIRED_DAY`."""
    return number_words.DAY_WORDS[" ".join(m.group(1).lower().split())], MONTHS[m.group(2).lower()]


def spelled_date(m: re.Match[str]) -> tuple[int, int, int | None]:
    """Day, month and year (None when not said) of a match of `DATE_WORDS`."""
    day = number_words.DAY_WORDS[" ".join(m.group(1).lower().split())]
    return day, MONTHS[m.group(2).lower()], _year(m.group(3))


def dates_in_digits(text: str) -> str:
    """`text` with each date read out in words written in digits ("Senin, dua belas April" -> "Senin, 12 April",
    "... Januari dua ribu dua puluh tujuh" -> "... Januari 2027")."""
    def digits(m: re.Match[str]) -> str:
        day, _, year = spelled_date(m)
        return f"{day} {m.group(2)}" + (f" {year}" if year else "")
    if not has_spelled_dates(text):
        return text
    text = PAIRED_DAY.sub(lambda m: str(paired_day(m)[0]), text)
    return DATE_WORDS.sub(digits, text)


def _year(year: str | None) -> int | None:
    """A year in digits or in words ("dua ribu dua puluh tujuh" 2027)."""
    if not year:
        return None
    if year.isdigit():
        return int(year)
    value, _ = number_words.read_number(year.lower().split(), 0)
    return int(value)
