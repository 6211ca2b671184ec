"""A bare "berapa" asked of a thing ("stunting kari piro?", "hadiahnya berapa?", "talinya boleh berapa tinggi?").

The slot rules read a "berapa" without a money word as the cost, the most common number asked. When the draft's
cost sentence is not about the thing the question names and another sentence gives a number of that thing
(a percentage, a count, a length, an amount), that sentence is the answer: the fact asked is the number of the
thing named, whatever its kind. A cost sentence that shares nothing with the question ("tanpa biaya" for a
question on the stunting rate) is never given for it.
"""

from __future__ import annotations

import re

from bot.core.fact_scan import scan_facts
from bot.offline.answer_find import shared_stems, stems
from bot.offline.asked import clauses, normalise

#: Words that make a "berapa" ask the price: with one of them the cost reading stands.
_MONEY_WORD = re.compile(r"\b(?:bayar\w*|dibayar|biaya|harga|seharga|tarif|ongkos|sewa\w*|iuran|retribusi|gratis|"
                         r"pungut\w*|admin|rp|ribu|rb|juta|jt|murah|mahal|cicil\w*|denda|total\w*|beli|membeli|"
                         r"tuku|meser|jual|dijual|menjual|dibeli|harganya)\b")
#: Fact kinds that give a number of something.
_COUNTED = frozenset({"number", "money", "percent"})


#: A phone number or a code: digits, not a quantity of anything.
_DIALLED = re.compile(r"(?:\+62|0)[\d\s().-]{6,}")


#: How close (in characters) the number must stand to a word of the thing asked: "tali paling tinggi 150 meter",
#: not "bantuan diminta menghubungi ... nomor 0252-2810-112 (24 jam)".
_NEAR = 50


def _quantity(kind: str, text: str) -> bool:
    return kind in _COUNTED and not _DIALLED.fullmatch(text.strip())


def bare_count(question: str) -> bool:
    """Whether `question` asks "berapa" with no word of paying ("stunting kari berapa?", not "bayar berapa?")."""
    text = normalise(question)
    return "berapa" in text.split() and not _MONEY_WORD.search(text)


def topic(question: str) -> set[str]:
    """The stems of the things the asking clause names (four letters or more): the story said before it
    ("rumah rusak berat ..., brp bantuannya?") is the asker's case, not the thing counted."""
    asking = [text for text, _ in clauses(question) if "berapa" in normalise(text).split()] or [question]
    return {stem for stem in stems(asking[-1]) if len(stem) >= 4}


def counted_sentence(question: str, found: tuple[int, str] | None,
                     sentences: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The sentence giving a number of the thing `question` names, when it names more of that thing than the cost
    sentence `found` (a place both name does not make the cost sentence the answer); else None."""
    named = topic(question)
    if not named:
        return None
    best: tuple[int, str] | None = None
    most = len(shared_stems(named, found[1])) if found is not None else 0
    for sentence in sentences:
        shared = len(shared_stems(named, sentence[1]))
        if shared > most and any(_quantity(loc.fact.kind, loc.fact.raw)
                                 and shared_stems(named, sentence[1][max(0, loc.start - _NEAR):loc.end + _NEAR])
                                 for loc in scan_facts(sentence[1])):
            best, most = sentence, shared
    return best


def unrelated_cost(question: str, sentence: str) -> bool:
    """Whether the cost sentence found for a bare "berapa" gives no amount ("tidak dipungut biaya") and shares no
    word with the thing the question names: it says another matter is free, and the number asked is not in the
    draft. A price list stays an answer, as it may name the thing in another spelling ("telor", "telur")."""
    named = topic(question)
    priced = any(loc.fact.kind == "money" for loc in scan_facts(sentence))
    return bool(named) and not priced and not shared_stems(named, sentence)


#: An amount asked per person, household or period ("satu orang dapat berapa lembar?", "dapat berapa juta per
#: orang?", "sebulan dapat berapa?"): the unit the amount is shared by.
_SHARE_ASKED = re.compile(r"\b(?:satu|per|tiap|setiap|masing-masing)\s+(orang|kk|keluarga|rumah|kepala keluarga|bulan|"
                          r"hari|anak|siswa|penerima|peserta)\b|\b(?:seorang|sebulan|sehari|sekeluarga)\b")
#: An amount given per unit, or for a stated period or group ("Rp300.000 per bulan", "dua paket untuk setiap KK",
#: "Rp900.000 untuk tiga bulan", "masing-masing menerima ...").
_SHARE_SAID = re.compile(r"\b(?:per|tiap|setiap|masing-masing|seorang|sebulan|sehari|perorang|per-orang)\b|"
                         r"\buntuk\s+(?:\w+\s+)?(?:orang|bulan|hari|kk|keluarga|penerima)\b|/\s*(?:orang|kk|bulan|hari)\b",
                         re.I)


def share_unsaid(question: str, sentence: str) -> str | None:
    """What is not said when a question asks an amount per person or period and the sentence found gives only a
    total ("dua puluh ribu lembar masker" for "satu orang dapat berapa lembar?"): the share asked ("jumlah per
    orang"), else None. A total is no answer to a share, and quoting it would read as one."""
    asked = normalise(" ".join(text for text, asking in clauses(question) if asking) or question)
    match = _SHARE_ASKED.search(asked)
    if not match or not re.search(r"\bberapa\b", asked) or _SHARE_SAID.search(sentence):
        return None
    unit = match.group(1) or {"seorang": "orang", "sebulan": "bulan", "sehari": "hari",
                              "sekeluarga": "keluarga"}[match.group(0)]
    return f"jumlah per {unit}"
