"""Sentences that report an internal meeting, and what of them is the meeting's own.

"Wali Kota X, Budi, menghadiri rapat koordinasi bertempat di Ruang Rapat Balai Kota, Senin (12/5)":
the official, the room and the day belong to the meeting, not to what citizens get, so they are
ceremony for the post's body, and their date and room are not the event's when and where when the
draft names another. An act that opens something for citizens ("membuka secara resmi pasar murah
... bertempat di lapangan Kecamatan X pada Sabtu") is not a meeting: its place and time are the
event's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.reading.places import OPENED_FOR_CITIZENS, SENT_OFF
from bot.core.reading.sheet import Clause, Fact, Slot

_MEETING = re.compile(
    r"\b(?:rapat|rakor|audiensi|pertemuan|koordinasi|kunjungan|kunker|studi\s+(?:tiru|banding)|silaturah(?:mi|im)|"
    r"diskusi|FGD|apel|upacara|penandatanganan|nota\s+kesepahaman|MoU)\b",
    re.I,
)
#: A meeting named only to say when ("sehari sebelum upacara peringatan Hari Jadi"): not the sentence's act.
_RELATIVE_TO = re.compile(r"\b(?:sebelum|sesudah|setelah|usai|seusai|menjelang|jelang|selepas)\s+(?:\w+\s+)?$", re.I)


def _holds_meeting(text: str) -> bool:
    return any(not _RELATIVE_TO.search(text, 0, m.start()) for m in _MEETING.finditer(text))


#: A team sent off at a ceremony to serve citizens ("melepas tim ... dalam apel pagi ..., yang ... akan melayani warga
#: di Kantor Camat ..."): the service's days and places, no meeting's.
_SERVES = re.compile(r"\b(?:akan\s+|siap\s+)?melayani\s+(?:warga|masyarakat|penduduk|pemohon)\b", re.I)
#: What is the meeting's own: its time and place.
_OWN = (Slot.WHEN, Slot.WHERE)


def meeting_sentences(clauses: list[Clause]) -> set[int]:
    """Sentences whose ceremonial act is an internal meeting, visit or ceremony and that give
    citizens nothing."""
    out: set[int] = set()
    for index in {c.sentence for c in clauses}:
        own = [c for c in clauses if c.sentence == index]
        if (any(c.ceremonial and _holds_meeting(c.text) for c in own) and not any(c.benefit > 0 for c in own)
                and not any(_SERVES.search(c.text) for c in own)):
            out.add(index)
    return out


def set_meetings_aside(clauses: list[Clause], facts: list[Fact],
                       sentences: list[tuple[int, int]]) -> tuple[list[Clause], list[Fact]]:
    """Clauses of meeting sentences marked as ceremony; the meeting's when and where dropped when
    the draft gives another one (a draft that is only a meeting keeps them: an honest post says
    when and where it was)."""
    facts = _ceremony_places_aside(clauses, facts, sentences)
    meetings = meeting_sentences(clauses)
    if not meetings:
        return clauses, facts
    marked = [replace(c, ceremonial=True, benefit=0.0) if c.sentence in meetings else c for c in clauses]
    spans = [sentences[i] for i in meetings]

    def inside(fact: Fact) -> bool:
        return any(s <= fact.start and fact.end <= e for s, e in spans)

    kept = []
    for fact in facts:
        elsewhere = any(f.slot == fact.slot and not inside(f) for f in facts)
        if fact.slot in _OWN and inside(fact) and elsewhere:
            continue
        kept.append(fact)
    return marked, kept


def _ceremony_places_aside(clauses: list[Clause], facts: list[Fact],
                           sentences: list[tuple[int, int]]) -> list[Fact]:
    """The room of an opening ceremony ("Bertempat di Aula Kecamatan, Camat ... membuka secara resmi")
    is not where citizens go when a sentence that gives them something names another place; the place where
    what citizens attend is opened ("membuka secara resmi bursa kerja tersebut ... bertempat di Gedung X") is."""
    opened = {c.sentence for c in clauses if OPENED_FOR_CITIZENS.search(c.text) and not SENT_OFF.search(c.text)}
    ceremony = {c.sentence for c in clauses if c.ceremonial} - opened
    giving = {c.sentence for c in clauses if c.benefit > 0}

    def sentence_of(fact: Fact) -> int:
        return next((i for i, (s, e) in enumerate(sentences) if s <= fact.start < e), -1)

    where = [(f, sentence_of(f)) for f in facts if f.slot == Slot.WHERE]
    if not any(i in giving for _, i in where):
        return facts
    drop = {id(f) for f, i in where if i in ceremony and i not in giving}
    return [f for f in facts if id(f) not in drop]
