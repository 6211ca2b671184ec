"""Clauses of a draft and which of them are ceremony.

A humas editor removes ceremony clause by clause, not sentence by sentence: "Bupati ... yang
diwakili Sekda membuka secara resmi pasar murah, bertempat di lapangan Kecamatan X pada Sabtu (14/6)"
loses the opening, keeps the market, the place and the day. Sentences are cut at commas and
semicolons and before the words that open a new clause ("bertempat di", "turut hadir",
"didampingi", "diwakili"); a clause is ceremonial when it performs a ceremony (attending,
opening, accompanying, thanking) and says nothing a citizen can use.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.reading.sheet import Clause

_SPLIT = re.compile(
    r"(?<!\d),(?!\d)\s*|;\s*|\s+(?=(?:yang\s+)?(?:bertempat\s+di|berlokasi\s+di|turut\s+hadir|didampingi|diwakili|"
    r"dalam\s+rangka|sekaligus)\b)",
    re.I,
)
_CEREMONY_ACT = re.compile(
    r"\b(?:menghadiri|membuka\s+secara\s+resmi|secara\s+resmi\s+membuka|meresmikan|turut\s+hadir|hadir\s+pula|"
    r"didampingi|diwakili|mewakili|mengapresiasi|menyampaikan\s+(?:apresiasi|terima\s+kasih)|berterima\s+kasih|"
    r"dalam\s+sambutan(?:nya)?|sambutan|disambut|dihadiri|memberikan\s+arahan|mengucapkan)\b",
    re.I,
)
_BENEFIT = re.compile(
    r"\b(?:gratis|tanpa\s+biaya|tidak\s+dipungut|bebas\s+biaya|bantuan|layanan|melayani|dibuka|bisa|dapat|"
    r"mendapatkan|menerima|diskon|murah|pendaftaran|daftar|wajib|diimbau|imbauan|waspada|hindari|segera)\b",
    re.I,
)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = start
    for m in _SPLIT.finditer(text, start, end):
        if m.start() > cursor:
            out.append((cursor, m.start()))
        cursor = m.end()
    if cursor < end:
        out.append((cursor, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in out) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,;":
        start += 1
    while end > start and text[end - 1] in " \t\n,;.":
        end -= 1
    return start, end


def benefit_score(clause: str) -> float:
    """How much a clause gives citizens or asks of them (0 = nothing)."""
    score = 2.0 * len(_BENEFIT.findall(clause)) + len(lexicon.impact_words(clause))
    return max(score, 0.0)


def is_ceremonial(clause: str) -> bool:
    return bool(_CEREMONY_ACT.search(clause)) or lexicon.is_ceremonial(clause)


def split_clauses(text: str, sentences: list[tuple[int, int]]) -> list[Clause]:
    """Every clause of every sentence, with its offsets and whether it is ceremony."""
    out: list[Clause] = []
    for index, (start, end) in enumerate(sentences):
        for s, e in _pieces(text, start, end):
            piece = text[s:e]
            if not lexicon.words(piece):
                continue
            ceremonial = is_ceremonial(piece)
            out.append(Clause(piece, s, e, index, ceremonial, 0.0 if ceremonial else benefit_score(piece)))
    return out
