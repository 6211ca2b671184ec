"""The values a post's fact line shows: each fact's wording once, as the draft supports it."""

from __future__ import annotations

import re

from bot.core.fact_check import check_facts
from bot.core.reading import Fact, Slot
from bot.core.reading.dates import MONTH_NAMES
from bot.core.reading.key_check import kept
from bot.offline.post_text import balance, clean_span


def display(fact: Fact) -> str:
    """The fact's wording for a post: its display form when that keeps the same dates and numbers."""
    value = clean_span(fact.value)
    if fact.display and not kept(fact, value):
        value = clean_span(fact.text)
    return balance(value)


#: Words a repeated date or place may add or drop ("hari Kamis, tanggal 27 Mei" and "Kamis, 27 Mei").
_FILLER = frozenset({"hari", "tanggal", "tgl", "pada"})


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if w not in _FILLER]


def _contained(value: str, other: str) -> bool:
    """Whether `other` already says `value`: its words, fillers aside, in a row ("Kamis, 27 Mei", repeated by
    a speech as "Kamis, dua puluh tujuh Mei", is said by "hari Kamis, tanggal 27 Mei 2027")."""
    if value.lower() in other.lower():
        return True
    words, within = _words(value), _words(other)
    n = len(words)
    return n > 0 and any(within[i : i + n] == words for i in range(len(within) - n + 1))


#: A day of a month as a value writes it ("7 September", the "7" of "7–30 September").
_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:\s*[–—-]\s*(\d{1,2}))?\s+(" + "|".join(MONTH_NAMES) + r")\b")
#: What a value of days alone is made of: the days, months, years, weekdays and the words that join them.
_BESIDES = re.compile(r"\b(?:\d{1,4}|" + "|".join(MONTH_NAMES) + r"|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|"
                      r"mulai|sampai|hingga|dan|s\.d\.?)\b|[\s,–—\-()/]", re.I)
#: A value that says more than days: an hour, a weekday's recurrence, a word of its own.
_MORE_THAN_DAYS = re.compile(r"\b(?:pukul|jam|setiap|tiap)\b|\d[.:]\d\d", re.I)


def _days(value: str) -> set[tuple[str, str]]:
    return {(day, m.group(3)) for m in _DAY_OF_MONTH.finditer(value) for day in m.groups()[:2] if day}


def _same_days(value: str, other: str) -> bool:
    """Whether `value` only repeats days `other` says ("7–30 September" after "Mulai Senin, 7 September 2026 –
    Rabu, 30 September 2026", as a talk's closing recap says them again)."""
    days = _days(value)
    return bool(days) and days == _days(other) and not _MORE_THAN_DAYS.search(value) and not _BESIDES.sub("", value)


def line_values(facts: list[Fact], draft: str) -> list[tuple[str, Fact]]:
    """Each fact's wording once: a value another value already contains is left out, and so is one
    the draft does not support as written (a number cut by its span: "kuota 1" of "kuota 1.500")."""
    out: list[tuple[str, Fact]] = []
    for fact in facts:
        value = display(fact)
        if not value or any(_contained(value, other) or (fact.slot == Slot.WHEN and fact.role == known.role
                                                         and _same_days(value, other)) for other, known in out):
            continue
        if not check_facts(value, [draft]).ok:
            continue
        out = [(o, f) for o, f in out if not _contained(o, value)]
        out.append((value, fact))
    return out
