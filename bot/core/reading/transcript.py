"""The turns of an interview or a radio talk that ask rather than tell.

A transcript ("PENYIAR: ... Katanya KTP lama tidak berlaku lagi dan semua warga harus ganti dengan biaya
Rp 75 ribu. Betul begitu, Pak?") gives its facts in the answers of the office's speaker. The host, the
callers and the reporters ask, and to ask they retell what they heard: a rumour's fee, a wrong date, a
worry. Read like any sentence, that retelling became a post's cost line and its first line. A turn of an
asker is no lead and states no fact of the sheet; what it is about and who speaks stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.core.reading.sheet import Clause, Fact, Slot

#: A speaker's label opening a line: one to four words (a role or a name), an optional number and an
#: optional parenthesis (the caller's name and place), then a colon. "Narasumber: Kepala Dinas ..." in a
#: header is a label too.
_LABEL = re.compile(r"(?m)^[ \t]*(?P<who>[A-Za-z][A-Za-z.'’]*(?:[ \t]+[A-Za-z.'’]+){0,3})(?:[ \t]*\d{1,2})?"
                    r"[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*:[ \t]*")
#: The roles that ask: the host, the moderator, a caller, a reporter, "Tanya"/"T"/"Q".
_ASKER = re.compile(r"^(?:penyiar|pemandu(?:\s+acara)?|pembawa\s+acara|host|mc|moderator|pewawancara|wartawan|"
                    r"reporter|jurnalis|penelepon|penanya|pendengar|warga(?:net)?|tanya|t|q)$", re.IGNORECASE)
#: The roles that answer: the office's speaker.
_ANSWERER = re.compile(r"^(?:narasumber|jawab|j|a|kadis|kepala\b.*|bupati|wali\s+kota|camat|lurah|kades|"
                       r"dokter|dr\.?.*|pak\b.*|bu\b.*|ibu\b.*|bapak\b.*)$", re.IGNORECASE)
#: What an asker's turn may still give: what the talk is about and who speaks.
_KEPT = frozenset({Slot.WHAT, Slot.ATTRIBUTION})


def asked_turns(text: str) -> list[tuple[int, int]]:
    """Character spans of the askers' turns, each from its label to the end of its line. Empty unless the
    text is a transcript: at least two turns of askers and one of an answerer."""
    return list(_asked_turns(text))


@lru_cache(maxsize=64)
def _asked_turns(text: str) -> tuple[tuple[int, int], ...]:
    """`asked_turns`, read once per text: the reader and the post's context lines ask it many times."""
    labels = [(m.start(), m.group("who").strip()) for m in _LABEL.finditer(text)]
    askers = [start for start, who in labels if _ASKER.match(who)]
    answers = sum(1 for _, who in labels if _ANSWERER.match(who))
    if len(askers) < 2 or not answers:
        return ()
    out = []
    for start in askers:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        recap = _RECAP.search(text, start, end)
        out.append((start, recap.start() if recap and "?" not in text[recap.end() : end] else end))
    return tuple(out)


#: The host's recap of what the office said ("Pendengar, ingat: imunisasi kejar MR, 7 sampai 30 September, gratis
#: ..."): from there the turn tells, no question or hearsay.
_RECAP = re.compile(r"\b(?:ingat|sekali\s+lagi|jangan\s+lupa|catat)\s*:\s*", re.I)


def without_speaker(sentence: str) -> str:
    """`sentence` of a transcript without the speaker's label it opens with ("dr. AGUSTINA: Mulai Senin ...")."""
    label = _LABEL.match(sentence)
    return sentence[label.end() :] if label and (_ASKER.match(label.group("who").strip())
                                                 or _ANSWERER.match(label.group("who").strip())
                                                 or label.group("who").isupper()) else sentence


def _inside(turns: Sequence[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in turns)


def askers_quiet(text: str, clauses: list[Clause]) -> list[Clause]:
    """`clauses` with the askers' clauses weighing nothing: no question or retelling leads."""
    turns = asked_turns(text)
    return [Clause(c.text, c.start, c.end, c.sentence, c.ceremonial, 0.0) if _inside(turns, c.start) else c
            for c in clauses] if turns else clauses


def askers_facts_aside(text: str, facts: list[Fact]) -> list[Fact]:
    """`facts` without what the askers state (a retold fee, a date heard wrong), but with what the talk is about
    and who speaks."""
    turns = asked_turns(text)
    return [f for f in facts if f.slot in _KEPT or not _inside(turns, f.start)] if turns else facts
