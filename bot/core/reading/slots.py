"""Slot finders: the when, where, cost, requirements, how and contact of a draft, as spans.

They read every sentence, ceremonial or not: a fact inside a ceremonial sentence is still a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.fact_check import scan_facts
from bot.core.reading.key_facts import FREE, cost, place, requirement, when_runs
from bot.core.reading.sheet import Fact, Slot

_TARGET = re.compile(r"\b(?:ditargetkan|target(?:nya)?|rampung|diharapkan\s+selesai|selesai\s+pada)\b", re.I)
_DEADLINE = re.compile(r"\b(?:paling\s+lambat|batas\s+(?:akhir|waktu)|sebelum|ditutup\s+pada)\b", re.I)
_HOW = re.compile(
    r"\b(?:(?:dapat|bisa|cukup|silakan|wajib)\s+)?(?:mendaftar|daftar|melapor|lapor|mengakses|mengunduh|datang\s+langsung|"
    r"menghubungi|mengisi|registrasi)\b[^,.;]*",
    re.I,
)
_WHO = re.compile(
    r"\b(?:bagi|untuk|diperuntukkan\s+bagi|sasaran(?:nya)?|khusus)\s+((?:seluruh\s+|para\s+)?(?:warga|masyarakat|anak|"
    r"balita|lansia|siswa|siswi|pelajar|mahasiswa|ibu|petani|nelayan|pelaku|UMKM|penyandang|keluarga|pemudik|"
    r"peserta|pemilik|wajib\s+pajak|penerima)[^,.;]*)",
    re.I,
)
_QUOTA = re.compile(r"\b(?:kuota|terbatas\s+untuk|maksimal|sebanyak)\s+[^,.;]*\d[^,.;]*", re.I)


def _fact(slot: Slot, text: str, start: int, end: int) -> Fact:
    while end > start and text[end - 1] in " ,;.":
        end -= 1
    return Fact(slot, text[start:end], start, end)


def _when(text: str, start: int, end: int) -> Iterator[Fact]:
    sentence = text[start:end]
    for s, e in when_runs(sentence):
        before = sentence[max(0, s - 40) : s]
        slot = Slot.TARGET if _TARGET.search(before) else Slot.DEADLINE if _DEADLINE.search(before) else Slot.WHEN
        yield _fact(slot, text, start + s, start + e)


def _where(text: str, start: int, end: int) -> Iterator[Fact]:
    sentence = text[start:end]
    value = place([sentence])
    if value:
        at = sentence.lower().find(value.lower())
        if at >= 0:
            yield _fact(Slot.WHERE, text, start + at, start + at + len(value))


def _cost(text: str, start: int, end: int) -> Iterator[Fact]:
    sentence = text[start:end]
    free = FREE.search(sentence)
    if free:
        yield _fact(Slot.COST, text, start + free.start(), start + free.end())
        return
    _, value = cost([sentence])
    at = sentence.find(value) if value else -1
    if at >= 0:
        yield _fact(Slot.COST, text, start + at, start + at + len(value))


def _requirements(text: str, start: int, end: int) -> Iterator[Fact]:
    sentence = text[start:end]
    value = requirement(sentence)
    at = sentence.lower().find(value.lower()) if value else -1
    if at >= 0:
        yield _fact(Slot.REQUIREMENTS, text, start + at, start + at + len(value))


def _pattern(slot: Slot, pattern: re.Pattern[str], text: str, start: int, end: int, group: int = 0) -> Iterator[Fact]:
    for m in pattern.finditer(text, start, end):
        yield _fact(slot, text, m.start(group), m.end(group))


def _contact(text: str, start: int, end: int) -> Iterator[Fact]:
    for loc in scan_facts(text[start:end]):
        key = loc.fact.key or ""
        if key.startswith("name:url:") or (key.startswith("number:0") and len(key) > 14):
            yield _fact(Slot.CONTACT, text, start + loc.start, start + loc.end)


def find_facts(text: str, sentences: list[tuple[int, int]]) -> list[Fact]:
    """Every slot fact of every sentence, in draft order, without duplicates."""
    found: list[Fact] = []
    for start, end in sentences:
        found += _when(text, start, end)
        found += _where(text, start, end)
        found += _cost(text, start, end)
        found += _requirements(text, start, end)
        found += _pattern(Slot.HOW, _HOW, text, start, end)
        found += _pattern(Slot.WHO, _WHO, text, start, end, 1)
        found += _pattern(Slot.QUOTA, _QUOTA, text, start, end)
        found += _contact(text, start, end)
    unique = {(f.slot, f.start, f.end): f for f in found}
    return sorted(unique.values(), key=lambda f: (f.start, f.slot))
