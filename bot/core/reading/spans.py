"""Spans of a draft as facts: where a fact's span starts and stops (never between a number and its
unit), and the matches of a finder cut at its stop words. Shared by the slot finders."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.number_words import read_out_in_digits
from bot.core.reading.sheet import Fact, Slot

#: A span that ends on a number ("selama enam", "kuota 80") ...
_ENDS_NUMBER = re.compile(r"(?:\b\d[\d.,]*|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
                          r"\w+belas|\w+puluh|\w*ratus|\w*ribu|juta|miliar))$", re.I)
#: ... and the unit the number counts, which belongs to it ("enam bulan", "80 orang").
_UNIT = re.compile(r"\s+(?:bulan|tahun|hari|minggu|pekan|jam|menit|kali|orang|jiwa|KK|paket|unit|buah|lembar|kg|"
                   r"kilogram|ton|kuintal|liter|meter|sentimeter|cm|kilometer|km|hektare|ha|persen|rumah|keluarga|"
                   r"sekolah|desa|kelurahan|kecamatan|titik|lokasi|ekor|dosis|porsi|kantong|karung|botol|bibit|pohon|"
                   r"siswa|peserta|anak|balita|lansia|pasien|kios|los|kelas|nomor)\b")


#: What opens a list item on its own line: a sign ("-", "•", "✅"), a number or letter ("2.", "a)"), or a keycap
#: digit ("1️⃣") as phone posts number their steps.
LIST_MARK = r"\d\ufe0f?\u20e3|[^\w\s(]{1,3}|\d{1,2}[.)]|[a-z][.)]"
#: A list item's mark at the start of its line ("a. ", "2) ").
_ITEM_MARK = re.compile(r"(?:[a-z]|\d{1,2})[.)]\s+")


_WORD_ON = re.compile(r"[\w-]+")


def span_fact(slot: Slot, text: str, start: int, end: int, display: str = "") -> Fact:
    while end > start and text[end - 1] in " ,;.:”\"":
        end -= 1
    while start < end and text[start] in " ,;:":
        start += 1
    mark = _ITEM_MARK.match(text, start, end)
    if mark and mark.end() < end and not text[text.rfind("\n", 0, start) + 1 : start].strip():
        start = mark.end()  # "a. Urea: Rp1.800 per kg" of a lettered list is "Urea: Rp1.800 per kg"
    if _ENDS_NUMBER.search(text, start, end) and (unit := _UNIT.match(text, end)):
        end = unit.end()  # a span never stops between a number and its unit
    if end < len(text) - 1 and text[end] == "-" and text[end - 1].isalpha() and text[end + 1].isalpha() \
            and (word := _WORD_ON.match(text, end)):
        end = word.end()  # never half a word ("anak laki" of "anak laki-laki")
    if not display and (digits := read_out_in_digits(text[start:end])) != text[start:end]:
        display = digits  # a phone number read out in words is shown as a reader dials it
    return Fact(slot, text[start:end], start, end, display)


def cut_at(text: str, start: int, end: int, stop: re.Pattern[str]) -> int:
    m = stop.search(text, start + 3, end)
    return m.start() if m else end


def cut_matches(pattern: re.Pattern[str], stop: re.Pattern[str], text: str, begin: int) -> Iterator[tuple[int, int]]:
    """Each match of `pattern`, cut at `stop`; the search goes on right after the cut, so that a
    second fact in the same sentence ("..., sedangkan ... perlu disertakan X") is found too."""
    pos = begin
    while m := pattern.search(text, pos):
        end = cut_at(text, m.start(), m.end(), stop)
        yield m.start(), end
        pos = max(end, m.start() + 1)
