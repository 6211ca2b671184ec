"""Which of a draft's times tell citizens when to act or come.

A news piece writes several times: the day of the event or service, the day the report was made
("..., kata Rudi di Soreang, Senin (10/3)"), the day a flood began ("sejak Jumat malam (7/3)"), the
day of the speech a policy was announced in. Only the first kind belongs on a "Kapan" line; the
others are the story's, not the citizen's. A time is the citizen's when its own clause says the thing
takes place then ("digelar", "dibuka", "mulai", "setiap", "pukul"); it is not when it marks when
something already began ("sejak Jumat malam"), or when its sentence only reports, quotes or frames a
speech, meeting or ceremony ("mencatat", "kata", "dalam sambutannya", "dihadiri"). Any other time is
kept: a bare date on its own line of a caption is the event's.
"""

from __future__ import annotations

import re

from bot.core.reading.sheet import Clause, DraftKind, Fact, FactSheet, Slot

#: A clause saying that something takes place, opens or recurs at the time it gives.
_TAKES_PLACE = re.compile(
    r"\b(?:digelar|dibuka|buka|dimulai|mulai|berlangsung|dilaksanakan|diselenggarakan|diadakan|bertempat|setiap|tiap|"
    r"pukul|jam|melayani|dilayani|berlaku|paling lambat|selambat\w*|batas|hingga|sampai|s\.\s?d\.?|datang|hadir|"
    r"bersiaga|tersedia|jadwal\w*)\b", re.I)
#: A sentence that reports or quotes: its bare date is the report's, not the event's.
_REPORTED = re.compile(
    r"\b(?:mencatat|tercatat|mengatakan|kata(?:nya)?|ujar(?:nya)?|menyebutkan|menjelaskan|menyampaikan|"
    r"melaporkan|dilaporkan|mengungkapkan|menegaskan|sambutan\w*|keterangan\w*|memastikan|mengumumkan)\b", re.I)
#: A sentence that frames a speech, a meeting or a ceremony: its place is the hall, not the service.
_FRAME = re.compile(r"\b(?:sambutan\w*|pidato\w*|rapat|paripurna|audiensi|upacara|seremoni\w*|"
                    r"(?:konferensi|jumpa|keterangan)\s+pers|temu\s+media)\b", re.I)
#: A ceremony's own words: the day it was opened, attended or represented at.
_CEREMONY = re.compile(r"\b(?:dihadiri|diwakili|secara resmi|turut hadir|didampingi)\b", re.I)
#: Just before a time: it marks when something already began or happened.
_PAST = re.compile(r"\b(?:sejak|semenjak|sebelumnya|pada\s+awal)\b[^.;:\n]{0,20}$", re.I)
_PAST_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:lalu|kemarin|silam)\b|"
                         # what already happened that day ("Pada Jumat (4/12) malam, air laut sudah masuk ke ...")
                         r"^\s*(?:\([^)]*\)\s*)?(?:(?:malam|pagi|siang|sore|dini\s+hari)\s*,?\s*)?[^.;,\n]{0,50}?"
                         r"\b(?:sudah|telah)\s+(?:masuk|terjadi|merendam|"
                         r"menggenangi|melanda|menerjang|meluap|merusak|menewaskan)\b", re.I)
#: How far before a time its "sejak" may stand ("sejak Jumat malam (" before "7/3").
PAST_WINDOW = 24
#: Before a time, in its clause: the day a condition is measured on, not a day to act ("berusia paling tinggi
#: 15 tahun pada 1 Juli", "KK yang diterbitkan paling lambat 1 Juli 2025", "nama yang ditetapkan dalam
#: musyawarah tanggal 2 Februari"), unless the words between say the thing takes place then ("ditetapkan
#: mulai berlaku ...").
_REFERENCE = re.compile(r"\b(?:berusia|berumur|usia(?:nya)?|umur(?:nya)?|lahir|diterbitkan|terbit|"
                        r"dikeluarkan|ditetapkan|disahkan|ditandatangani|tertanggal)\b"
                        r"(?![^.;:,\n]*\b(?:mulai|berlaku|dibuka|digelar|dilaksanakan|berlangsung)\b)[^.;:,\n]{0,60}$",
                        re.I)
REFERENCE_WINDOW = 80
#: A count as of a day ("mencatat masih ada sekitar 4.300 warga ... yang belum melakukan perekaman hingga akhir
#: November 2026"): the day the figure stands at, no day to act.
_COUNTED_AS_OF = re.compile(r"\b(?:mencatat|tercatat|terdata|terdaftar\s+sebanyak|data\s+\w+\s+(?:menunjukkan|"
                            r"mencatat))\b(?:[^.;:\n]|(?<=\d)\.(?=\d)){0,140}\b(?:hingga|sampai|per)\s+(?:dengan\s+)?"
                            r"(?:(?:akhir|awal|pertengahan|tanggal)\s+)?$", re.I)
COUNTED_WINDOW = 200


def reference_date(sheet: FactSheet, fact: Fact) -> bool:
    """Whether the time `fact` dates a condition (an age, a document's issue, a decision already taken), not
    something citizens do or come to then (see `_REFERENCE`)."""
    return bool(_REFERENCE.search(sheet.draft[max(0, fact.start - REFERENCE_WINDOW) : fact.start])
                or _COUNTED_AS_OF.search(sheet.draft[max(0, fact.start - COUNTED_WINDOW) : fact.start + _head(fact)]))


def _head(fact: Fact) -> int:
    """The length of the "hingga " or "per " a time is read with ("hingga akhir November 2026")."""
    head = re.match(r"(?:hingga|sampai|per)\s+", fact.text, re.I)
    return head.end() if head else 0


def _clause(sheet: FactSheet, fact: Fact) -> Clause | None:
    return next((c for c in sheet.clauses if c.start <= fact.start < max(c.end, c.start + 1)), None)


def _past(sheet: FactSheet, fact: Fact) -> bool:
    before = sheet.draft[max(0, fact.start - PAST_WINDOW) : fact.start]
    # "sejak Senin (7/12)" started; "sejak Senin (7/12) hingga Kamis (31/12)" is a window still to close
    return bool(_PAST.search(before) or re.match(r"(?i)sejak\b(?!.*\b(?:hingga|sampai|s\.?d\.?|s/d)\b)", fact.text)
                or _PAST_AFTER.match(sheet.draft[fact.end : fact.end + 80]))


def _weight(sheet: FactSheet, fact: Fact) -> int:
    """2: its clause says the thing takes place then; 1: nothing says otherwise; 0: it dates a report, a
    quote or a ceremony (kept only when no time of the draft says when things take place); -1: a past
    start, or the day of a speech or meeting (never a citizen's time)."""
    if _past(sheet, fact) or reference_date(sheet, fact):
        return -1
    clause = _clause(sheet, fact)
    if clause is None:
        return 1
    own = sheet.draft[clause.start : max(clause.end, fact.end)]
    if _TAKES_PLACE.search(own):
        return 2
    text = " ".join(c.text for c in sheet.clauses if c.sentence == clause.sentence)
    if _FRAME.search(text):
        return -1
    return 0 if _REPORTED.search(text) or _CEREMONY.search(text) else 1


#: How far a day may stand from its place to be that place's day ("di Pendopo X pada Rabu (4/6)").
PLACE_GAP = 40


def _at_place(sheet: FactSheet, fact: Fact) -> bool:
    """A day with the place citizens come to right beside it: the opening day of a market opened with
    ceremony at the hall where it is held is still the market's day."""
    return any(p.slot == Slot.WHERE and min(abs(p.start - fact.end), abs(fact.start - p.end)) <= PLACE_GAP
               and citizen_place(sheet, p) for p in sheet.facts)


def citizen_time(sheet: FactSheet, fact: Fact) -> bool:
    """Whether the time `fact` tells citizens when to act or come, taken alone (see the module's docstring)."""
    return _weight(sheet, fact) > 0


def citizen_times(sheet: FactSheet, facts: list[Fact]) -> list[Fact]:
    """The times of `facts` citizens act on: a report's or a ceremony's day only when no time says
    when things take place or when it is the day of a place citizens come to; never a past start or a
    speech's day. An emergency none of whose times is left keeps the day of the update, one time."""
    weights = [_weight(sheet, f) for f in facts]
    weights = [1 if w == 0 and _at_place(sheet, f) else w for f, w in zip(facts, weights, strict=True)]
    floor = 1 if 2 in weights else 0
    chosen = [f for f, w in zip(facts, weights, strict=True) if w >= floor]
    if chosen or sheet.kind != DraftKind.EMERGENCY:
        return chosen
    return [f for f in facts if not _past(sheet, f)][:1]


def citizen_place(sheet: FactSheet, fact: Fact) -> bool:
    """Whether the place `fact` is one citizens go to or live in: not the hall of the speech, the
    meeting or the ceremony the draft reports ("dalam sambutannya ... di Gedung DPRD"), nor, in an
    achievement report, the place of its ceremony (the award night, the official's visit)."""
    clause = _clause(sheet, fact)
    if clause is None:
        return True
    if sheet.kind == DraftKind.ACHIEVEMENT and sheet.citizen_benefit and clause.ceremonial:  # the visit's village
        return False
    own = sheet.draft[clause.start : max(clause.end, fact.end)]
    text = " ".join(c.text for c in sheet.clauses if c.sentence == clause.sentence)
    return not _FRAME.search(text) or bool(_TAKES_PLACE.search(own))
