"""Numbers inside names in the fact check: "SMAN 1 Siau Barat", "Dapil II", "Jl. Ahmad Yani No. 12",
"lt. 1", "tahap kedua". Each number of such a post is some number of the draft, so checking numbers
alone lets "SMAN 2 Siau Barat" through where the draft has "SMAN 1 Siau Barat" and a "2" elsewhere:
a numbered name of a post must carry a number the sources give that name.

A name is a word (the head) and a number, and the capitalised word after it if any (the tail:
"Siau"). The sources' names are read in any case, with the number in digits, Roman numerals or
words; a post's only where the head is capitalised or a dotted short form ("lt.", "No.") and the word
after the number is not a noun it counts ("Kuota 100 orang" is a count, "Dapil 2 di ..." a name), or
where a lower-case head comes before a name ("kelas 1 SD"), checked only against that same name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.core.fact_scan import scan_cached
from bot.core.name_forms import roman_value, subsequence

_WORD = r"[^\W\d_][\w'’-]*"
_ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
             "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10}
_CARDINALS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
              "sembilan": 9, "sepuluh": 10}
_WORD_NUMBERS = {**_ORDINALS, **_CARDINALS}
#: A head, its number (digits, a Roman numeral in capitals, "ke-2") and what follows, which may be the
#: head of the next name ("RT 04 RW 02": "RW" is "RT 04"'s tail and the head of "RW 02").
_NUMBERED = re.compile(
    rf"(?<![\w'’-])({_WORD})(\.?)[ \t]+(?:ke-?)?(\d{{1,3}}|[IVX]{{1,5}})(?![\w'’/-]|[.,:]\d)(?=[ \t]+({_WORD}))?")
#: In a source, also a number in words: "tahap kedua", "lantai dua".
_NUMBERED_WORDS = re.compile(
    rf"(?<![\w'’-])({_WORD})[ \t]+({'|'.join(_WORD_NUMBERS)})(?![\w'’-])(?:[ \t]+({_WORD}))?", re.IGNORECASE)
#: In a source, a range of numbered names gives every number in it: "RT 13 s/d RT 25", "Blok 2–5".
_NUMBERED_RANGE = re.compile(
    rf"(?<![\w'’-])({_WORD})\.?[ \t]+(\d{{1,3}})\s*(?:-|–|—|s/d|s\.\s?d\.?|sampai|hingga)\s*"
    rf"(?:\1\.?[ \t]+)?(\d{{1,3}})(?![\w/]|[.,:]\d)",
    re.IGNORECASE)
#: Heads that are no name: a time, an amount, a date's parts.
_NOT_HEADS = frozenset({"pukul", "jam", "pkl", "rp", "tahun", "th", "thn", "tgl", "tanggal", "usia", "umur", "hari",
                        "bulan", "minggu", "pekan", "h", "ke", "nomor-nomor"})


#: Words that may follow a name's number in a sentence ("Dapil 2 di ...", "SDN 3 dan ..."); any other
#: lower-case word after a number is what it counts.
_LINKS = frozenset({"di", "dan", "atau", "ke", "dari", "yang", "pada", "untuk", "serta", "&", "sampai", "hingga"})


class Numbered(NamedTuple):
    """A numbered name: as written, its head ("smpn"), number, and the capitalised word after it."""

    raw: str
    head: str
    value: int
    tail: str | None


def numbered_names(text: str, sources: bool = False) -> tuple[Numbered, ...]:
    """The numbered names of `text`, a post's or (`sources`) a source's (see the module's docstring)."""
    out: list[Numbered] = []
    numbers = {loc.start for loc in scan_cached(text) if loc.fact.kind == "number"}
    for m in _NUMBERED.finditer(text):
        head, dotted, number, after = m.group(1), m.group(2), m.group(3), m.group(4)
        if number.isdigit() and m.start(3) not in numbers:
            continue  # a date's or a time's part: "SD 2–6 Juni"
        value = int(number) if number.isdigit() else roman_value(number.lower())
        if value is None or (not number.isdigit() and not number.isupper()):
            continue
        if not sources and not (head[0].isupper() or dotted or (after and after[0].isupper())):
            continue  # a lower-case head only before a name: "kelas 1 SD"
        if not sources and after and after[0].islower() and after.lower() not in _LINKS:
            continue  # "Kuota 100 orang", "Posko 24 jam": a count
        found = _named(text, m.start(1), head, value, after, f"{head}{dotted} {number}")
        if found:
            out.append(found)
    if sources:
        for m in _NUMBERED_RANGE.finditer(text):
            first, last = int(m.group(2)), int(m.group(3))
            if first < last <= first + 100:
                out += [found for value in range(first, last + 1)
                        if (found := _named(text, m.start(1), m.group(1), value, None, m.group(0)))]
        for m in _NUMBERED_WORDS.finditer(text):
            found = _named(text, m.start(1), m.group(1), _WORD_NUMBERS[m.group(2).lower()], m.group(3),
                           m.group(0))
            if found:
                out.append(found)
    return tuple(out)


def _named(text: str, start: int, head: str, value: int, after: str | None, raw: str) -> Numbered | None:
    key = head.lower()
    if key in _NOT_HEADS or key in _LINKS or value == 0:  # "Untuk 42 KPM": a sentence's first word
        return None
    if key == "negeri":  # "SMP Negeri 1" is "SMPN 1"
        before = re.search(rf"({_WORD})[ \t]+$", text[:start])
        if not before:
            return None
        key = before.group(1).lower() + "n"
    tail = after.lower() if after and after[0].isupper() else None
    return Numbered(raw, key, value, tail)


def same_head(a: str, b: str) -> bool:
    """Two heads of one kind of name: equal, or one a short form of the other ("lt" and "lantai",
    "no" and "nomor", "sma" and "sman"), never two kinds ("sdn" and "smpn", "man" and "sman")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and short[0] == long[0] and subsequence(short, long)


def numbers_off(post: Sequence[Numbered], sources: Sequence[Numbered]) -> list[tuple[str, int]]:
    """The post's numbered names whose number the sources do not give that name: where the sources
    write the same head before the same tail ("SMAN ... Siau"), one of those numbers; else, where they
    write the head with numbers at all ("Dapil I/II/III"), one of those. A head the sources never number
    is left to the other checks."""
    off: list[tuple[str, int]] = []
    for name in post:
        heads = [s for s in sources if same_head(name.head, s.head)]
        tailed = [s for s in heads if name.tail and s.tail == name.tail]
        lower = not name.raw[0].isupper() and "." not in name.raw
        given = {s.value for s in (tailed if lower else tailed or heads)}
        if given and name.value not in given:
            off.append((name.raw, name.value))
    return off
