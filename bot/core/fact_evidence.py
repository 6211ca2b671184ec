"""Everything the sources of a fact check say (`bot/core/fact_check.py`), indexed: the keys of their
facts, the numbers and dates they give, and (`fact_names.NameEvidence`) their words and names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from bot.core.fact_names import NameEvidence
from bot.core.fact_numbered import Numbered
from bot.core.fact_relative_dates import relative_dates
from bot.core.fact_scan import Fact, extract_facts
from bot.core.fact_sources import read_source
from bot.core.lexicon_data import WEEKDAY
from bot.core.number_words import read_out_in_digits


@lru_cache(maxsize=256)
def read_out_numbers(source: str) -> tuple[Fact, ...]:
    """The phone numbers `source` reads out digit by digit, as number facts in digits; cached, as every fact check
    of a rewrite reads the same draft."""
    digits = read_out_in_digits(source)
    if digits == source:
        return ()
    return tuple(f for f in extract_facts(digits) if f.kind == "number" and len(f.key) > len("number:") + 6)


class Evidence(NameEvidence):
    """Everything the sources say, indexed for the support checks."""

    def __init__(self, sources: Iterable[str]) -> None:
        super().__init__()
        self.keys: set[str] = set()
        self.dates: set[tuple[int, int, int]] = set()
        self.month_days: set[tuple[int, int]] = set()
        self.list_counts: list[tuple[int, frozenset[str]]] = []
        self.line_times: list[frozenset[str]] = []
        self.ranges: set[tuple[str, str]] = set()
        self.day_pairs: set[tuple[str, str]] = set()
        self.numbered: list[Numbered] = []
        #: The numbers some source writes as more than a count: what an amount of money may stand on.
        self.amounts: set[str] = set()
        #: The sources as written (their case tells a name from a count: "Desa Tiga").
        self.written: list[str] = []
        for source in sources:
            if not source:
                continue
            self.written.append(source)
            read = read_source(source)
            self.texts.append(read.text)
            self.offices.append((read.words, read.capped))
            for words, names in ((read.words, read.names), (read.untitled, read.names)):
                if words:
                    self.words.append(words)
                    self.names.append(names)
            self.words.extend(read.derived)
            self.names.extend(None for _ in read.derived)
            self.list_counts += read.list_counts
            self.line_times += read.line_times
            self.ranges |= read.ranges
            self.day_pairs |= read.day_pairs
            self.numbered += read.numbered
            for acronym, expansion in read.defined:
                self.defined.setdefault(acronym, []).append(expansion)
            for fact in read_out_numbers(source):  # "kosong dalapan dua dua, tilu hiji ..."
                self._index(fact)
            for day in relative_dates(source):  # "Besok, Jumat" after "Kamis (22/7/2027)"
                self.add_day(day)
            for fact in read.facts:
                self._index(fact)
                if fact.kind == "number" and fact.key not in read.counted:
                    self.amounts.add(fact.key)

    def add_day(self, day: date) -> None:
        """A day the sources give without writing it: "besok", a day of a range laid out."""
        self.dates.add((day.year, day.month, day.day))
        self.month_days.add((day.month, day.day))
        self.keys.add(f"date:{day.isoformat()}")
        self.keys.add(f"date:--{day.month:02d}-{day.day:02d}")

    def _index(self, fact: Fact) -> None:
        self.keys.add(fact.key)
        body = fact.key.split(":", 1)[1]
        if fact.kind in ("number", "money", "percent"):
            self.values.add(body)
        elif fact.kind == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", body):
            y, mo, d = (int(x) for x in body.split("-"))
            self.dates.add((y, mo, d))
            self.month_days.add((mo, d))
            # The year may stand alone ("tahun 2026"); the day may not: "28 puskesmas" is no date's day.
            self.values.add(str(y))
        elif fact.kind == "date" and body.startswith("--"):
            mo, d = (int(x) for x in body[2:].split("-"))
            self.month_days.add((mo, d))
        elif fact.kind == "date" and re.fullmatch(r"\d{4}-\d\d", body):
            self.values.add(body[:4])

    def supports(self, fact: Fact) -> bool:
        if fact.key in self.keys:
            return True
        body = fact.key.split(":", 1)[1]
        if fact.kind == "number":
            return body in self.values
        if fact.kind == "money":
            return f"number:{body}" in self.amounts
        if fact.kind == "date":
            return self._supports_date(body)
        if fact.kind == "name":
            return self.supports_name(fact)
        return False

    def _supports_date(self, body: str) -> bool:
        if body.startswith("impossible-"):
            return False  # a day no month has, given only by a source writing it (`keys`)
        if body.startswith("day-"):
            weekday = WEEKDAY[body[4:]]
            return any(date(y, mo, d).weekday() == weekday for y, mo, d in self.dates)
        if body.startswith("--"):
            mo, d = (int(x) for x in body[2:].split("-"))
            return (mo, d) in self.month_days
        parts = [int(x) for x in body.split("-")]
        if len(parts) == 2:
            return any(y == parts[0] and mo == parts[1] for y, mo, _ in self.dates)
        y, mo, d = parts
        return (mo, d) in self.month_days and f"date:--{mo:02d}-{d:02d}" in self.keys and str(y) in self.values
