"""Finding facts in a text: numbers, dates, days, times, amounts, percentages, links and names, each
with its position and a canonical key, so that equivalent forms match in the fact check
(`bot/core/fact_check.py`) and in the key-fact check (`bot/core/reading/key_check.py`).

Facts get canonical keys so equivalent forms match: "Rp 50.000", "Rp50.000" and
"50 ribu rupiah" are all `money:50000`; "08.00", "08:00" and "pukul 8" are `time:08:00`;
"15 Mei 2025", "15/5/2025" and "15-05-2025" are `date:2025-05-15`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal, NamedTuple

from bot.core import lexicon
from bot.core.fact_days import SHORT_DAYS, short_days
from bot.core.fact_links import find_links
from bot.core.lexicon_data import DAYS, MONTHS, MULTIPLIERS
from bot.core.number_words import MINUTE_WORDS
from bot.core.spelled_dates import DATE_WORDS, PAIRED_DAY, has_spelled_dates, paired_day, spelled_date
from bot.core.spelled_times import (
    DAYPART,
    HOUR_WORDS,
    TIME_HALF,
    TIME_SPELLED,
    TIME_SPELLED_MINUTES,
    TIME_SPELLED_RANGE,
)
from bot.core.thread_counters import counter_spans

log = logging.getLogger(__name__)

FactKind = Literal["number", "date", "time", "money", "percent", "name"]


@dataclass(frozen=True)
class Fact:
    """One fact: its kind, the text as written, and the canonical key that equal facts share."""

    kind: FactKind
    raw: str
    key: str


class Located(NamedTuple):
    fact: Fact
    start: int
    end: int


_MASK = "\x1f"
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_MULT = r"(?:" + "|".join(MULTIPLIERS) + r")\b"
#: "19.8 persen", "1.5 juta": a decimal point written as a dot, read only before a unit that makes it a
#: quantity (a bare "12.30" is a time, "1.250" a thousand and more).
_DOT = r"\d{1,3}\.\d{1,2}(?!\d)"
_NUM_MULT = rf"{_DOT}(?=\s?{_MULT})|{_NUM}"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad"
_I = re.IGNORECASE

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
#: An account: letters, digits, "_" and inner dots (Instagram's "@dinkes.kota"), never a final dot, with
#: a letter in it: "@16 orang" is 16 each.
_MENTION = re.compile(r"(?<![\w@])@(?=[\w.]*[^\W\d])\w(?:[\w.]*\w)+")
HASHTAG = re.compile(r"(?<![\w#])#\w+")
#: A mobile number ("0812-...", "+62 812 ..."), a landline with its area code ("(0414) 21077") or a
#: landline written from abroad ("+62 632-21050": the area code 0632 without its 0).
_PHONE = re.compile(
    r"(?<![\d+])(?:(?:\(\+62\)|\+62|62|0)[\s.-]?8\d{1,3}(?:[\s.-]?\d{2,5}){1,4}"
    r"|\(?0[1-9]\d{1,3}\)?[\s.-]\d{3,4}(?:[\s.-]?\d{2,4})?"
    r"|(?:\(\+62\)|\+62)[\s.-]?\(?[1-79]\d{1,3}\)?[\s.-]\d{3,4}(?:[\s.-]?\d{2,4})?)(?!\d)")
#: "sampai", "s.d.", "–": the words between the two ends of a range.
_TO = r"(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"
#: The same words, for readers of a range outside the scanner (`fact_laid_out`).
RANGE_TO = _TO
#: "Senin 14 s.d. Rabu 16 Desember 2026", "Sen 7 – Rab 30 September": a weekday, whole or short, may stand before
#: the range's second end.
_DAY_SHORT = r"sen|sel|rab|kam|jum|sab|min"
_DATE_RANGE = re.compile(
    rf"(?<![\d.,/])(\d{{1,2}})\s*{_TO}\s*(?:(?:{_DAY}|{_DAY_SHORT})\.?,?\s+)?(\d{{1,2}})\s+({_MONTH})\b\.?"
    rf"(?:\s+(\d{{4}}))?(?!\d)", _I)
#: "16 & 17 Maret", "5, 12 dan 19 Juli": a list of days before one month, each a date.
_DATE_LIST = re.compile(
    rf"(?<![\d.,])(\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*,?\s*(?:dan|&)\s*\d{{1,2}})\s+({_MONTH})\b\.?"
    rf"(?:\s+(\d{{4}}))?(?!\d)", _I)
#: "1–31/10/2025": a range of days written before one numeric date.
_DATE_NUM_RANGE = re.compile(
    rf"(?<![\d.,/-])(\d{{1,2}})\s*{_TO}\s*(\d{{1,2}})([/.-])(\d{{1,2}})\3(\d{{4}}|\d{{2}})(?![\d]|[.,]\d)", _I)
#: A year in four digits or, as people write it in posts, an apostrophe and two ("Juni '25", "22/4/'25").
_YEAR = r"\d{4}|['’]\d{2}"
_DATE_DMY = re.compile(rf"(?<![\d.,])(?<!ke-)(\d{{1,2}})\s+({_MONTH})\b\.?(?:\s+({_YEAR}))?(?!\d)", _I)
_DATE_MY = re.compile(rf"\b({_MONTH})\s+({_YEAR})(?!\d)", _I)
_DATE_ISO = re.compile(r"(?<![\d.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_DATE_NUM = re.compile(rf"(?<![\d.,/-])(\d{{1,2}})([/.-])(\d{{1,2}})\2({_YEAR}|\d{{2}})(?![\d]|[.,]\d)")
#: "24/7": around the clock, the "24 jam" of a draft, never the 24th of July.
#: After a weekday ("Jum 24/7", "Jumat, 24/7") it is the 24th of July.
_AFTER_DAY = "".join(rf"(?<!{d}\s)(?<!{d},\s)(?<!{d}\.\s)" for d in (
    *SHORT_DAYS, *(d for d in DAYS if d.isalpha()), "tgl", "tanggal"))
_ROUND_CLOCK = re.compile(r"(?<![\d/.,])" + _AFTER_DAY + r"24\s?/\s?7(?![\d/]|[.,]\d)", _I)
_DATE_SHORT = re.compile(r"(?<![\d.,/])(\d{1,2})/(\d{1,2})(?![/\d])")
#: "13-17/5": a range of days before one short date (day/month).
_DATE_SHORT_RANGE = re.compile(rf"(?<![\d.,/-])(\d{{1,2}})\s*{_TO}\s*(\d{{1,2}})/(\d{{1,2}})(?![/\d])", _I)
#: "Rp 15–35 juta", "Rp15 juta hingga Rp35 juta": both ends of an amount range, the unit of the second
#: applying to the first when the first has none.
#: After "Rp", a capital "M" or "T" is miliar or triliun ("Rp10 M", "Rp1,2 T"). "IDR" is the rupiah's code.
_RP = r"(?:\bRp\.?|\bIDR)"
_RP_MULT = rf"(?:{_MULT}|(?-i:[MT])\b)"
_MONEY_RANGE = re.compile(
    rf"{_RP}\s?({_NUM})(?:\s?({_RP_MULT}))?\s*{_TO}\s*(?:{_RP}\s?)?({_NUM})(?:\s?({_RP_MULT}))?", _I)
_MONEY_RP = re.compile(rf"{_RP}\s?({_NUM_MULT})(?:,-)?(?:\s?({_RP_MULT}))?", _I)
_MONEY_WORD = re.compile(rf"(?<![\w.,])({_NUM_MULT})(?:\s?({_MULT}))?\s+rupiah\b", _I)
_PERCENT = re.compile(rf"(?<![\w.,])({_DOT}|{_NUM})\s?(?:%|persen\b)", _I)
#: "jam 3–5 sore", "jam 10–12": both ends are times; the part of the day, written once after the second
#: end, is the first's too.
_HOUR = r"(\d{1,2})(?:[.:](\d{2}))?(?!\d)"
_TIME_RANGE = re.compile(rf"\b(?:pukul|pkl\.?|jam)\s*{_HOUR}\s*{_TO}\s*{_HOUR}(?![.,]\d){DAYPART}?", _I)
#: "8–12 WIB", "mulai 7 WITA": bare hours that a time zone after them makes times.
_ZONE = r"(?=\s*(?:WIB|WITA|WIT)\b)"
_TIME_RANGE_ZONED = re.compile(rf"(?<![\w.,:/]){_HOUR}\s*{_TO}\s*{_HOUR}{_ZONE}", _I)
_TIME_ZONED = re.compile(rf"(?<![\w.,:/-])(\d{{1,2}})(?:[.:](\d{{2}}))?{_ZONE}", _I)
_TIME_WORD = re.compile(rf"\b(?:pukul|pkl\.?|jam)\s*(\d{{1,2}})(?:[.:](\d{{2}}))?(?!\d)(?![.,]\d){DAYPART}?", _I)
#: "3 sore", "10.30 malam": a time by its part of the day, without "pukul".
_TIMEDAYPART = re.compile(rf"(?<![\w.,:/])(\d{{1,2}})(?:[.:](\d{{2}}))?{DAYPART}", _I)
_TIME = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)(?![.,]\d)")
_NUMBER = re.compile(rf"(?<![\w.,/])({_NUM_MULT})(?:\s?({_MULT}))?(?!(?!x\b)\w)(?![.,]\d)", _I)  # "4x": 4 times
_DAYNAME = re.compile(rf"\b(hari\s+)?({_DAY})\b", _I)


def _decimal(num: str, mult: str | None = None) -> Decimal | None:
    try:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", num):
            value = Decimal(num.replace(".", "").replace(",", "."))
        else:
            value = Decimal(num.replace(",", "."))
    except InvalidOperation:
        return None
    if mult:
        value *= _SHORT_MULT.get(mult) or MULTIPLIERS[mult.lower()]
    return value


_SHORT_MULT = {"M": 10**9, "T": 10**12}


def canon(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _date_key(day: int, month: int, year: int | None) -> str | None:
    if year is not None and year < 100:
        year += 2000
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return f"date:{year:04d}-{month:02d}-{day:02d}" if year else f"date:--{month:02d}-{day:02d}"


def _year(text: str | None) -> int | None:
    """A year as written: "2025", "25" or "'25" (2025)."""
    if not text:
        return None
    year = int(text.lstrip("'’"))
    return year + 2000 if year < 100 else year


def _clock(hour: int, part: str | None) -> int:
    """The 24-hour hour of "jam 3 sore" (15), "jam 10 malam" (22), "jam 1 siang" (13), "jam 7 pagi" (7)."""
    part = (part or "").lower()
    if part in ("sore", "petang") and hour < 12:
        return hour + 12
    if part == "malam" and 6 <= hour < 12:
        return hour + 12
    if part == "malam" and hour == 12:
        return 0
    if part == "siang" and 1 <= hour <= 5:
        return hour + 12
    return hour


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.work = text
        self.found: list[Located] = []

    def add(self, kind: FactKind, key: str | None, start: int, end: int, raw: str | None = None) -> None:
        if key is None:
            return
        text = (raw or self.text[start:end]).strip().rstrip(".,;:")
        self.found.append(Located(Fact(kind, text, key), start, end))

    def mask(self, start: int, end: int) -> None:
        # A full stop a fact ends on ("2–15 Maret. Bawa ...") still ends the sentence for the names after it.
        if end > start + 1 and self.work[end - 1] == "." and (end == len(self.work) or self.work[end].isspace()):
            end -= 1
        self.work = self.work[:start] + _MASK * (end - start) + self.work[end:]

    def each(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        for match in list(pattern.finditer(self.work)):
            if _MASK in match.group(0):
                continue
            yield match
            self.mask(match.start(), match.end())


def scan_facts(text: str) -> list[Located]:
    """Facts of `text` with their positions, in text order (no markup cleaning)."""
    return list(scan_cached(text))


@lru_cache(maxsize=4096)
def scan_cached(text: str) -> tuple[Located, ...]:
    """`scan_facts` as a tuple, cached: the reading, the post lines and the key-fact check scan the same
    facts and lines again and again (per platform, per line, per slot)."""
    s = _Scanner(text)
    for start, end in counter_spans(text):
        s.mask(start, end)
    for m in s.each(_EMAIL):
        s.add("name", f"name:url:{m.group(0).lower()}", m.start(), m.end())
    _scan_links(s)
    for m in s.each(_MENTION):
        s.add("name", f"name:url:{m.group(0).lower()}", m.start(), m.end())
    list(s.each(HASHTAG))
    for m in s.each(_ROUND_CLOCK):
        s.add("number", "number:24", m.start(), m.end())
    for m in list(_PHONE.finditer(s.work)):
        digits = re.sub(r"\D", "", m.group(0))
        if 9 <= len(digits) <= 14 and _MASK not in m.group(0):
            s.add("number", "number:0" + digits[2:] if digits.startswith("62") else f"number:{digits}",
                  m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in s.each(_DATE_RANGE):
        year = int(m.group(4)) if m.group(4) else None
        for day in (m.group(1), m.group(2)):
            raw = f"{day} {m.group(3)}" + (f" {year}" if year else "")
            s.add("date", _date_key(int(day), _month(m.group(3)), year), m.start(), m.end(), raw)
    for m in s.each(_DATE_LIST):
        year = int(m.group(3)) if m.group(3) else None
        for day in re.findall(r"\d{1,2}", m.group(1)):
            raw = f"{day} {m.group(2)}" + (f" {year}" if year else "")
            s.add("date", _date_key(int(day), _month(m.group(2)), year), m.start(), m.end(), raw)
    for m in s.each(_DATE_DMY):
        day, month = int(m.group(1)), _month(m.group(2))
        # "31 Juni": no such day, yet a date as written; a source may give it only by writing it.
        written = _date_key(day, month, _year(m.group(3))) or f"date:impossible-{month:02d}-{day:02d}"
        s.add("date", written, m.start(), m.end())
    if has_spelled_dates(text):
        for m in s.each(PAIRED_DAY):  # before its partner is masked
            s.add("date", _date_key(*paired_day(m), None), m.start(), m.end())
        for m in s.each(DATE_WORDS):
            s.add("date", _date_key(*spelled_date(m)), m.start(), m.end())
    for m in s.each(_DATE_MY):
        s.add("date", f"date:{_year(m.group(2)):04d}-{_month(m.group(1)):02d}", m.start(), m.end())
    for m in s.each(_DATE_ISO):
        s.add("date", _date_key(int(m.group(3)), int(m.group(2)), int(m.group(1))), m.start(), m.end())
    for m in s.each(_DATE_NUM_RANGE):
        for day in (m.group(1), m.group(2)):
            key = _date_key(int(day), int(m.group(4)), int(m.group(5)))
            s.add("date", key, m.start(), m.end(), f"{day}{m.group(3)}{m.group(4)}{m.group(3)}{m.group(5)}")
    for m in list(_DATE_NUM.finditer(s.work)):
        key = _date_key(int(m.group(1)), int(m.group(3)), _year(m.group(4)))
        if key and _MASK not in m.group(0):
            s.add("date", key, m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in s.each(_MONEY_RANGE):
        for num, mult in ((m.group(1), m.group(2) or m.group(4)), (m.group(3), m.group(4))):
            value = _decimal(num, mult)
            s.add("money", None if value is None else f"money:{canon(value)}", m.start(), m.end(),
                  f"Rp {num}" + (f" {mult}" if mult else ""))
    for pattern in (_MONEY_RP, _MONEY_WORD):
        for m in s.each(pattern):
            value = _decimal(m.group(1), m.group(2))
            s.add("money", None if value is None else f"money:{canon(value)}", m.start(), m.end())
    for m in s.each(_PERCENT):
        value = _decimal(m.group(1))
        s.add("percent", None if value is None else f"percent:{canon(value)}", m.start(), m.end())
    for m in list(TIME_HALF.finditer(s.work)):
        named = int(m.group(2)) if m.group(2).isdigit() else HOUR_WORDS[m.group(2).lower()]
        if (m.group(1) or m.group(3)) and _MASK not in m.group(0) and named <= 24:
            half = (_clock(named, m.group(3)) - 1) % 24
            s.add("time", f"time:{half:02d}:30", m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in list(TIME_SPELLED_MINUTES.finditer(s.work)):
        said = m.group(1).lower()
        minutes = int(m.group(3)) if m.group(3).isdigit() else MINUTE_WORDS[m.group(3).lower()]
        in_words = not m.group(3).isdigit()
        if _MASK not in m.group(0) and (m.group(2) or (in_words and minutes >= 10)) and minutes < 60:
            said_hour = _clock(int(said) if said.isdigit() else HOUR_WORDS[said], m.group(4))
            s.add("time", f"time:{said_hour:02d}:{minutes:02d}", m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in list(TIME_SPELLED_RANGE.finditer(s.work)):
        if _MASK not in m.group(0):  # "jam satu sampai jam enam sore" is 13–18, as "jam 1–6 sore" (see _TIME_RANGE)
            opens, closes = HOUR_WORDS[m.group(1).lower()], HOUR_WORDS[m.group(2).lower()]
            opening = _clock(opens, m.group(3)) if opens <= closes else opens
            s.add("time", f"time:{opening:02d}:00", m.start(), m.end())
            s.add("time", f"time:{_clock(closes, m.group(3)):02d}:00", m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in list(TIME_SPELLED.finditer(s.work)):
        if _MASK not in m.group(0):
            spelled = _clock(HOUR_WORDS[m.group(1).lower()], m.group(2))
            s.add("time", f"time:{spelled:02d}:00", m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in s.each(_TIME_RANGE):
        # The part of the day said once, after the second end, is the first end's only where it keeps the
        # first before the second: "jam 3–5 sore" is 15–17, "jam 9–4 sore" 9–16 ("jam 10–12 malam" 22–24).
        last = _clock(int(m.group(3)), m.group(5))
        first = m.group(5) if last == 0 or _clock(int(m.group(1)), m.group(5)) <= last else None
        for hour, minute, part in ((m.group(1), m.group(2), first), (m.group(3), m.group(4), m.group(5))):
            h, mi = _clock(int(hour), part), int(minute or 0)
            if h <= 24 and mi < 60:
                s.add("time", f"time:{h:02d}:{mi:02d}", m.start(), m.end(), f"{hour} {part or ''}".strip())
    for m in s.each(_TIME_RANGE_ZONED):
        for hour, minute in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
            if int(hour) <= 24 and int(minute or 0) < 60:
                s.add("time", f"time:{int(hour):02d}:{int(minute or 0):02d}", m.start(), m.end(), hour)
    for pattern in (_TIME_WORD, _TIMEDAYPART):
        for m in list(pattern.finditer(s.work)):
            hour, minute = _clock(int(m.group(1)), m.group(3)), int(m.group(2) or 0)
            if hour <= 24 and minute < 60 and _MASK not in m.group(0):
                s.add("time", f"time:{hour:02d}:{minute:02d}", m.start(), m.end())
                s.mask(m.start(), m.end())
    for m in list(_TIME_ZONED.finditer(s.work)):
        if int(m.group(1)) <= 24 and _MASK not in m.group(0):
            s.add("time", f"time:{int(m.group(1)):02d}:{m.group(2) or '00'}", m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in s.each(_TIME):
        s.add("time", f"time:{int(m.group(1)):02d}:{m.group(2)}", m.start(), m.end())
    for m in s.each(_DATE_SHORT_RANGE):
        for day in (m.group(1), m.group(2)):
            s.add("date", _date_key(int(day), int(m.group(3)), None), m.start(), m.end(), f"{day}/{m.group(3)}")
    for m in list(_DATE_SHORT.finditer(s.work)):
        key = _date_key(int(m.group(1)), int(m.group(2)), None)
        if key and _MASK not in m.group(0):
            s.add("date", key, m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in s.each(_NUMBER):
        num = m.group(1)
        if num.isdigit() and len(num) >= 5 and num.startswith("0"):
            s.add("number", f"number:{num}", m.start(), m.end())
            continue
        value = _decimal(num, m.group(2))
        s.add("number", None if value is None else f"number:{canon(value)}", m.start(), m.end())
    for start, end, day in short_days(s.text):
        if _MASK not in s.work[start:end]:
            s.add("date", f"date:day-{day}", start, end)
            s.mask(start, end)
    for m in list(_DAYNAME.finditer(s.work)):
        name = m.group(2)
        if name.lower() == "minggu" and not (name[0].isupper() or m.group(1)):
            continue
        key = DAYS.get(name.lower().replace("’", "'"), DAYS.get(name.lower().replace("'", "")))
        if key:
            s.add("date", f"date:day-{key}", m.start(2), m.end(2), name)
            s.mask(m.start(2), m.end(2))
    _scan_names(s)
    return tuple(sorted(s.found, key=lambda loc: loc.start))


def _scan_links(s: _Scanner) -> None:
    for start, end, raw, key in find_links(s.work, _MASK):
        s.add("name", f"name:url:{key}", start, start + len(raw), raw)
        s.mask(start, end)


def _scan_names(s: _Scanner) -> None:
    for start, end, tokens in lexicon.name_runs(s.work, opaque=_MASK):
        s.add("name", "name:" + " ".join(t.lower() for t in tokens), start, end, " ".join(tokens))


_TAG = re.compile(r"<[^<>\n]{1,1000}>")
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")
#: List numbering opening a line ("1. Matikan ..."): layout, not a fact, in a draft as in a post.
LIST_NUMBER = re.compile(r"(?m)^(\s*)\d{1,2}[.)](?=\s+\D)")


def extract_facts(text: str) -> list[Fact]:
    """Numbers, dates, days, times, amounts, percentages and proper names in `text`.

    Keycap emoji (1️⃣) and list numbering at the start of a line are layout, not facts.
    """
    return list(_output_facts(text))


@lru_cache(maxsize=256)
def _output_facts(text: str) -> tuple[Fact, ...]:
    """Cached: the engine and the service check the same answer text one after the other."""
    hidden = [loc.fact for loc in scan_facts(markup_tags(text)) if loc.fact.key.startswith("name:url:")]
    text = LIST_NUMBER.sub(r"\1", _KEYCAP.sub(" ", lexicon.clean_markup(text)))
    return tuple(loc.fact for loc in scan_facts(text)) + tuple(hidden)


def markup_tags(text: str) -> str:
    """The tags of `text`, which markup cleaning drops: a link in an `<a href>` is followed all the same."""
    return "\n".join(_TAG.findall(text))
