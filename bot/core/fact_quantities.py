"""Quantities a post derives from the draft's in the fact check (`bot/core/fact_check.py`): the same
measure in another unit ("±1 km" for "sekitar 1.000 meter", "1,5 jam" for "90 menit"), a total of the
draft's quantities ("Total 4.000 paket" where each of "lima kecamatan" gets "800 paket"; "1.200
paket" for "500 paket" and "700 paket", all the draft's or those of one sentence), and "100%" as an
intensifier of a quality the draft states ("100% gratis")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from bot.core import lexicon, number_words
from bot.core.fact_counts import ENTRY_NOUNS
from bot.core.fact_scan import Fact

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

#: Each unit a post may convert, as (its base unit, how many base units it holds). Aliases share a base.
_UNITS: dict[str, tuple[str, int]] = {
    "km": ("m", 1000), "kilometer": ("m", 1000), "m": ("m", 1), "meter": ("m", 1),
    "kg": ("g", 1000), "kilogram": ("g", 1000), "kilo": ("g", 1000), "g": ("g", 1), "gram": ("g", 1),
    "ton": ("g", 1_000_000),
    "l": ("ml", 1000), "liter": ("ml", 1000), "ml": ("ml", 1), "mililiter": ("ml", 1),
    "jam": ("s", 3600), "menit": ("s", 60), "detik": ("s", 1),
    "ha": ("m2", 10_000), "hektare": ("m2", 10_000), "hektar": ("m2", 10_000),
}
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TOKEN = re.compile(rf"{_NUM}|[^\W\d_][\w-]*")
_MEASURE = re.compile(rf"(?<![\w.,/])({_NUM})\s?({_UNIT_RE})\b", re.IGNORECASE)

#: Words that say the number after them sums the parts the draft gives.
TOTAL_CUES = frozenset({"total", "totalnya", "jumlah", "jumlahnya", "seluruhnya", "keseluruhan", "semuanya",
                         "sejumlah"})
#: Words that say a quantity is given for each of something ("setiap kecamatan mendapat 800 paket").
_EACH = frozenset({"setiap", "tiap", "per", "masing-masing", "tiap-tiap"})
#: Qualities "100%" may intensify without measuring anything ("100% gratis", "100% halal").
_QUALITIES = frozenset({"gratis", "free", "halal", "aman", "asli", "original", "lokal", "online", "daring",
                        "lengkap", "murni", "organik"})


def after_total_cue(output: str, start: int) -> bool:
    """A word of totalling ("total", "jumlah") within the two words before `start` of `output`."""
    return bool(TOTAL_CUES & {w.lower() for w in re.findall(r"[^\W\d_]+", output[:start])[-2:]})


def number_value(raw: str) -> Decimal | None:
    try:
        return Decimal(raw.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def _raw_at(fact: Fact) -> str:
    return rf"(?<![\w.,/])(?i:{re.escape(fact.raw)})"


def converts_a_unit(fact: Fact, output: str, texts: Sequence[str]) -> bool:
    """`fact` (a number of the output before a unit) is a measure of a source in another unit of the
    same kind: the two amounts are equal once both are in the base unit."""
    if fact.kind != "number":
        return False
    wanted = set()
    for m in re.finditer(rf"{_raw_at(fact)}\s?({_UNIT_RE})\b", output):
        base, size = _UNITS[m.group(1).lower()]
        value = number_value(fact.raw)
        if value is not None:
            wanted.add((base, value * size))
    if not wanted:
        return False
    return any(measure in wanted for text in texts for measure in _measures(text))


@lru_cache(maxsize=256)
def _measures(text: str) -> frozenset[tuple[str, Decimal]]:
    """Each measure of `text` in its base unit, its amount in digits ("90 menit") or in words ("setengah
    jam", "satu setengah kilometer"); cached, as every number of a post is checked against the same draft."""
    found = set()
    for m in _MEASURE.finditer(text):
        base, size = _UNITS[m.group(2).lower()]
        value = number_value(m.group(1))
        if value is not None:
            found.add((base, value * size))
    words = _TOKEN.findall(text.lower())
    i = 0
    while i < len(words):
        spelled, end = number_words.read_number(words, i)
        if spelled is not None and end < len(words) and words[end] in _UNITS:
            base, size = _UNITS[words[end]]
            found.add((base, spelled * size))
        i = max(end, i + 1)
    return frozenset(found)


def _quantities(text: str) -> list[tuple[Decimal, str, str]]:
    """Each count of `text` in digits or words with the stem of the noun after it and its sentence."""
    out: list[tuple[Decimal, str, str]] = []
    for sentence in re.split(r"(?<=[.!?;])\s+|\n", text.lower()):
        words = _TOKEN.findall(sentence)
        i = 0
        while i < len(words):
            spelled, end = number_words.read_number(words, i)
            value: Decimal | None = spelled
            if end == i:
                value, end = (number_value(words[i]) if re.fullmatch(_NUM, words[i]) else None), i + 1
            if value is not None and end < len(words):
                out.append((value, lexicon.stem(words[end]), sentence))
            i = end
    return out


def totals_quantities(fact: Fact, output: str, texts: Sequence[str],
                      lists: Sequence[tuple[int, frozenset[str]]] = ()) -> bool:
    """`fact` follows a word of totalling ("total", "jumlah") and counts a noun of which a source gives
    two or more quantities that add up to it, or one quantity for each of a thing the source counts
    ("setiap kecamatan mendapat 800 paket" and "lima kecamatan": 4.000 paket), or for each entry of a
    schedule (`lists`: "tiap lokasi 400 kupon" under a "jadwal" of five stops: 2.000 kupon)."""
    if fact.kind != "number" or (value := number_value(fact.raw)) is None:
        return False
    nouns = {lexicon.stem(m.group(1).lower()) for m in re.finditer(rf"{_raw_at(fact)}\s+([^\W\d_]+)", output)
             if after_total_cue(output, m.start())}
    if not nouns:
        return False
    for text in texts:
        found = _quantities(text)
        for noun in nouns:
            parts = [(v, s) for v, n, s in found if n == noun]
            sentences = {s for _, s in parts}
            if any(len(group) >= 2 and sum(group) == value
                   for group in ([v for v, _ in parts], *([v for v, s in parts if s == one] for one in sentences))):
                return True
            for part, _, sentence in ((v, n, s) for v, n, s in found if n == noun):
                words = _TOKEN.findall(sentence)
                each = {lexicon.stem(b) for a, b in zip(words, words[1:], strict=False) if a in _EACH}
                if any(n in each and part * v == value for v, n, _ in found):
                    return True
                if each & ENTRY_NOUNS and any(part * size == value for size, stems in lists if "jadwal" in stems):
                    return True
    return False


def intensifies(fact: Fact, output: str, source_words: Sequence[Sequence[str]]) -> bool:
    """`fact` is "100%" (or "100 persen") right before a quality a source states ("100% gratis")."""
    if fact.kind != "percent" or fact.key != "percent:100":
        return False
    after = re.findall(rf"{_raw_at(fact)}\s+([^\W\d_]+)", output)
    return any(word.lower() in _QUALITIES and any(word.lower() in words for words in source_words) for word in after)
