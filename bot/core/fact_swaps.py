"""Counts swapped between things in the fact check (`bot/core/fact_check.py`).

A number is checked alone by default: "3" passes when the draft says 3 anywhere. A post that writes "maks 3 liter
per KK" where the draft limits oil to "dua liter" (and says 3 of something else) then passes with an invented
limit. So a number written with a countable thing ("3 liter", "2 paket", "15 anggota") is also checked as that
pair: when the draft counts the same thing and never with that number (in digits or in words), nor as the sum of
its counts of it after a word of totalling ("total 3 sachet" of "2 sachet" and "1 sachet"), the pair is
invented. A thing the draft never counts is left to the number check.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from bot.core import number_words
from bot.core.fact_quantities import after_total_cue, number_value

#: Things a post counts that a draft counts too: goods, limits, people in a rule.
_THINGS = ("liter|kg|kilogram|kilo|gram|ton|paket|sak|karung|tabung|butir|ekor|bidang|lembar|kupon|botol|bungkus|"
           "dus|kardus|sachet|saset|keping|batang|pohon|bibit|kursi|anggota|peserta|pencari\\s+kerja|jerigen|"
           "galon|porsi|stan|lapak|unit")
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_PAIR = re.compile(rf"(?<![\w.,/:-])({_NUMBER})\s?({_THINGS})\b", re.I)
#: A count in digits with its words in brackets before the thing ("450 (empat ratus lima puluh) bidang tanah").
_BRACKETED_PAIR = re.compile(rf"(?<![\w.,/:-])({_NUMBER})\s*\([a-z ]{{3,80}}\)\s?({_THINGS})\b", re.I)
_WORD_PAIR = re.compile(rf"\b([a-z]+(?:\s+[a-z]+){{0,12}}?)\s+({_THINGS})\b", re.I)
#: Things that are people: a draft's count of "orang" (16 orang per kejuruan) counts them too ("16 peserta").
_PERSONS = frozenset({"anggota", "peserta", "pencari kerja"})
_PEOPLE_COUNT = re.compile(rf"(?<![\w.,/:-])({_NUMBER})\s?orang\b", re.I)
#: A number right before "ribu"/"juta" is a scale, and "Rp" before it a price: no count of the thing after.
_SCALED = re.compile(r"^\s*(?:ribu|juta|miliar|rb)\b", re.I)


def _thing(raw: str) -> str:
    word = " ".join(raw.lower().split())
    return {"kilogram": "kg", "kilo": "kg"}.get(word, word)


@lru_cache(maxsize=256)
def _counts(text: str) -> dict[str, frozenset[Decimal]]:
    """Each thing the text counts, with every number it gives it (digits or words); cached, as every fact check of
    a rewrite reads the same draft (callers never change the result)."""
    return {thing: frozenset(values) for thing, values in _count_sets(text).items()}


def _count_sets(text: str) -> dict[str, set[Decimal]]:
    out: dict[str, set[Decimal]] = defaultdict(set)
    for m in (*_PAIR.finditer(text), *_BRACKETED_PAIR.finditer(text)):
        if (value := number_value(m.group(1))) is not None and text[max(0, m.start() - 3) : m.start()].strip() != "Rp":
            out[_thing(m.group(2))].add(value)
    for m in _WORD_PAIR.finditer(text):
        words = m.group(1).lower().split()
        for i in range(len(words)):  # the longest number that ends right before the thing
            value, end = number_words.read_number(words, i)
            if end == len(words) and value:
                out[_thing(m.group(2))].add(value)
                break
    return out


_PEOPLE_WORD = re.compile(r"\borang\b", re.I)
#: Most words a count in words runs to ("tiga ribu lima ratus").
_MAX_NUMBER_WORDS = 12


@lru_cache(maxsize=256)
def _worded_people(text: str) -> tuple[Decimal, ...]:
    """Each count of "orang" the text gives in words ("dibatasi tiga ribu lima ratus orang"); cached, as every fact
    check of a rewrite reads the same draft."""
    out: list[Decimal] = []
    for m in _PEOPLE_WORD.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        words = re.findall(r"[A-Za-z]+", before)[-_MAX_NUMBER_WORDS:]
        if not words or not before.rstrip()[-1:].isalpha():  # "..., orang" or "3 orang": no count in words here
            continue
        words = [w.lower() for w in words]
        for i in range(len(words)):  # the longest number that ends right before "orang"
            value, end = number_words.read_number(words, i)
            if end == len(words) and value:
                out.append(value)
                break
    return tuple(out)


def swapped_counts(output: str, sources: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The output's counts of a thing the sources count only with other numbers, as {key: (raw, number)}."""
    given: dict[str, set[Decimal]] = defaultdict(set)
    for text in sources:
        for thing, counted in _counts(text).items():
            given[thing] |= counted
    people = {v for text in sources for m in _PEOPLE_COUNT.finditer(text) if (v := number_value(m.group(1)))}
    people |= {v for text in sources for v in _worded_people(text)}  # "tiga ribu lima ratus orang"
    invented: dict[str, tuple[str, str]] = {}
    for m in _PAIR.finditer(output):
        thing, value = _thing(m.group(2)), number_value(m.group(1))
        if value is None or thing not in given or _SCALED.match(output, m.end(1)):
            continue
        if output[max(0, m.start() - 3) : m.start()].strip() == "Rp":
            continue
        values = given[thing] | (people if thing in _PERSONS else set())
        if value in values or any(value == v * 1000 for v in values) or (
                value == sum(values) and after_total_cue(output, m.start())):
            continue
        invented[f"count:{value}:{thing}"] = (m.group(0), m.group(1))
    return invented
