"""`read_draft`: the fact sheet of a press draft (bot/core/reading/sheet.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core import lexicon
from bot.core.reading.clauses import split_clauses
from bot.core.reading.sheet import Clause, DraftKind, Fact, FactSheet, Slot
from bot.core.reading.slots import find_facts

MAX_SENTENCES = 80
OFFICE_QUESTIONS = (
    "Apa yang berubah atau didapat warga dari kegiatan ini?",
    "Kapan dan di mana warga bisa merasakannya?",
    "Siapa yang bisa ikut atau mendapat manfaat, dan bagaimana caranya?",
)
_KINDS: tuple[tuple[DraftKind, re.Pattern[str]], ...] = (
    (DraftKind.CLARIFICATION, re.compile(r"\b(?:hoaks|hoax|tidak\s+benar|klarifikasi|meluruskan)\b", re.I)),
    (DraftKind.EMERGENCY, re.compile(r"\b(?:banjir|longsor|gempa|kebakaran|evakuasi|tanggap\s+darurat|siaga)\b", re.I)),
    (DraftKind.APPEAL, re.compile(r"\b(?:imbau|mengimbau|diimbau|imbauan|waspada|larangan|dilarang)\b", re.I)),
    (DraftKind.ACHIEVEMENT, re.compile(r"\b(?:capaian|meraih|penghargaan|berhasil|turun|meningkat)\b", re.I)),
    (DraftKind.SERVICE, re.compile(r"\b(?:layanan|pelayanan|membuka|dibuka|program)\b", re.I)),
    (DraftKind.MEETING, re.compile(r"\b(?:rapat|rakor|audiensi|kunjungan|studi\s+tiru|kunker)\b", re.I)),
)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in lexicon.split_sentences(text)[:MAX_SENTENCES]:
        at = text.find(sentence, cursor)
        if at < 0:
            continue
        spans.append((at, at + len(sentence)))
        cursor = at + len(sentence)
    return spans


def _title(text: str, sentences: list[tuple[int, int]]) -> str:
    if not sentences:
        return ""
    first = text[sentences[0][0] : sentences[0][1]]
    return first if "\n" in text[sentences[0][1] : sentences[0][1] + 2] and first[-1:] not in ".!?" else ""


def _kind(text: str, lead: Clause | None) -> DraftKind:
    opening = text[:600]
    for kind, pattern in _KINDS:
        if pattern.search(opening):
            return kind
    return DraftKind.EVENT if lead is not None else DraftKind.MEETING


@lru_cache(maxsize=64)
def read_draft(draft: str) -> FactSheet:
    """The fact sheet of `draft`: its facts as spans, its clauses, its lead and its kind (cached: the
    service, the engine and the checks of one request all read the same draft)."""
    text = lexicon.clean_markup(draft)
    sentences = _sentences(text)
    clauses = split_clauses(text, sentences)
    facts = find_facts(text, sentences)
    content = [c for c in clauses if not c.ceremonial and c.benefit > 0]
    lead = max(content, key=lambda c: (c.benefit, -c.start)) if content else None
    if lead is not None:
        facts.append(Fact(Slot.BENEFIT, lead.text, lead.start, lead.end))
    title = _title(text, sentences)
    if title:
        start = text.find(title)
        facts.append(Fact(Slot.WHAT, title, start, start + len(title)))
    kind = _kind(text, lead)
    benefit = lead is not None and kind != DraftKind.MEETING
    return FactSheet(
        draft=text, kind=kind, facts=tuple(sorted(facts, key=lambda f: (f.start, f.slot))), clauses=tuple(clauses),
        lead=lead if benefit else None, citizen_benefit=benefit,
        office_questions=() if benefit else OFFICE_QUESTIONS, title=title,
    )
