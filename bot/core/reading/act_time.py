"""Which of a draft's times tell citizens when to act or come.

A news piece writes several times: the day of the event or service, the day the report was made
("..., kata Rudi di Soreang, Senin (10/3)"), the day a flood began ("sejak Jumat malam (7/3)"), the
day of the speech a policy was announced in. Only the first kind belongs on a "Kapan" line; the
others are the story's, not the citizen's. A time is the citizen's when it stands in a sentence that
also gives something to act on (the lead, a place, a cost, a step, a requirement, who may come), or
when its own clause says the thing takes place then ("digelar", "dibuka", "mulai", "setiap", "pukul").
A time that only dates a report or speech, or that marks when something already began, is not.
"""

from __future__ import annotations

import re

from bot.core.reading.sheet import Clause, DraftKind, Fact, FactSheet, Slot

#: Slots whose presence in a sentence makes its time one citizens act on.
_ACT_SLOTS = frozenset({Slot.WHERE, Slot.COST, Slot.HOW, Slot.REQUIREMENTS, Slot.WHO, Slot.QUOTA, Slot.DEADLINE})
#: A clause saying that something takes place, opens or recurs at the time it gives.
_TAKES_PLACE = re.compile(
    r"\b(?:digelar|dibuka|buka|dimulai|mulai|berlangsung|dilaksanakan|diselenggarakan|diadakan|bertempat|setiap|tiap|"
    r"pukul|jam|melayani|dilayani|berlaku|paling lambat|hingga|sampai|s\.\s?d\.?|datang|hadir|jadwal\w*)\b", re.I)
#: A sentence that reports or quotes: its bare date is the report's, not the event's.
_REPORTED = re.compile(
    r"\b(?:mencatat|tercatat|mengatakan|kata(?:nya)?|ujar(?:nya)?|menyebutkan|menjelaskan|menyampaikan|"
    r"melaporkan|dilaporkan|mengungkapkan|menegaskan|sambutan\w*|keterangan\w*|memastikan|mengumumkan)\b", re.I)
#: Just before a time: it marks when something already began or happened.
_PAST = re.compile(r"\b(?:sejak|semenjak|sebelumnya|pada\s+awal)\b[^.;:\n]{0,20}$", re.I)
_PAST_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:lalu|kemarin|silam)\b", re.I)
#: How far before a time its "sejak" may stand ("sejak Jumat malam (" before "7/3").
PAST_WINDOW = 24


def _clause(sheet: FactSheet, fact: Fact) -> Clause | None:
    return next((c for c in sheet.clauses if c.start <= fact.start < max(c.end, c.start + 1)), None)


def _past(sheet: FactSheet, fact: Fact) -> bool:
    before = sheet.draft[max(0, fact.start - PAST_WINDOW) : fact.start]
    return bool(_PAST.search(before) or re.match(r"(?i)sejak\b", fact.text)
                or _PAST_AFTER.match(sheet.draft[fact.end : fact.end + 20]))


def citizen_time(sheet: FactSheet, fact: Fact) -> bool:
    """Whether the time `fact` tells citizens when to act or come (see the module's docstring)."""
    if _past(sheet, fact):
        return False
    clause = _clause(sheet, fact)
    if clause is None:
        return True
    own = sheet.draft[clause.start : max(clause.end, fact.end)]
    if _TAKES_PLACE.search(own):
        return True
    sentence = [c for c in sheet.clauses if c.sentence == clause.sentence]
    text = " ".join(c.text for c in sentence)
    if sheet.lead is not None and sheet.lead.sentence == clause.sentence:
        return not _REPORTED.search(text)
    others = [f for f in sheet.facts if f.slot in _ACT_SLOTS and _clause(sheet, f) in sentence]
    return bool(others) and not _REPORTED.search(text)


def citizen_times(sheet: FactSheet, facts: list[Fact]) -> list[Fact]:
    """The times of `facts` citizens act on. An emergency none of whose times is one keeps the first
    that is no past start (the day of the update itself), one time, not a list: an update is dated."""
    chosen = [f for f in facts if citizen_time(sheet, f)]
    if chosen or sheet.kind != DraftKind.EMERGENCY:
        return chosen
    return [f for f in facts if not _past(sheet, f)][:1]


#: A sentence that frames a speech, a meeting or a ceremony: its place is the hall, not the service.
_FRAME = re.compile(r"\b(?:sambutan\w*|pidato\w*|rapat|paripurna|audiensi|upacara|seremoni\w*)\b", re.I)


def citizen_place(sheet: FactSheet, fact: Fact) -> bool:
    """Whether the place `fact` is one citizens go to or live in: not the hall of the speech, the
    meeting or the ceremony the draft reports ("dalam sambutannya ... di Gedung DPRD")."""
    clause = _clause(sheet, fact)
    if clause is None:
        return True
    own = sheet.draft[clause.start : max(clause.end, fact.end)]
    text = " ".join(c.text for c in sheet.clauses if c.sentence == clause.sentence)
    return not _FRAME.search(text) or bool(_TAKES_PLACE.search(own))
