"""Whose act a time or a place belongs to: an official's act (a press conference, a meeting, a visit, an
opening or a symbolic launch) or the citizens' service.

"Pemkab menggelar konferensi pers di Ruang Rapat Bupati, Selasa (3/3/2026), ... layanan dibuka mulai Senin
(9/3/2026)": the Tuesday and the room are the press conference's; "Wali Kota membuka secara resmi pasar murah di
Lapangan Beringin, Senin (23/2/2026) ... digelar di Kantor Camat X pada Selasa (24/2/2026)": the opening is over
before the first market day. A time or a place said after an official's act in its sentence is that act's, and it is
history to a citizen when the act's day comes before every day of the draft's own schedule. The venue of an act
without a schedule of its own (a press conference's room, a launch's hall) is the official's when the citizens'
places are named elsewhere. The day an official spoke to the press ("kepada wartawan, Kamis (10/12/2026),
merinci jadwalnya") dates the report, not what it announces, whatever the draft's kind; a sentence that says no
more than that is ceremony.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.fact_scan import scan_facts
from bot.core.reading.sheet import Clause, DraftKind, Fact, Slot

#: The apparatus as a group asked to act (camat, lurah, OPD, ASN, perangkat desa, ketua RT ...): what they are asked
#: is their task, never a citizen's way in or a context line for citizens.
APPARATUS = (r"(?:camat|lurah|kades|keuchik|geuchik|wali\s+nagari|sangadi|perbekel|"
             r"kepala\s+(?:desa|kampung|dusun|distrik|pekon|lembang|gampong|jorong|dinas|sekolah|puskesmas|OPD)|"
             r"OPD|ASN|aparatur|pegawai|pejabat|"
             r"perangkat\s+(?:desa|daerah|kelurahan)|ketua\s+RT|RT\s*/\s*RW|jajaran(?:nya)?)")
#: A verb that gives the apparatus a task, with its object's quantifier ("meminta para ...", "menginstruksikan
#: seluruh ...").
TASKING = (r"\b(?:meminta|menginstruksikan|memerintahkan|menugaskan|mendorong|menugasi)\s+(?:kepada\s+)?"
           r"(?:seluruh\s+|semua\s+|para\s+|setiap\s+|jajaran\s+)?")
#: Officials asked or warned, whatever follows ("Bupati meminta para pejabat baru ...", "mengingatkan seluruh ASN"):
#: an instruction to the staff, which asks citizens nothing (lead.py, and kind.py's appeal mask).
STAFF_ASKED = (r"\b(?:meminta|minta|mengingatkan|menginstruksikan|memerintahkan|menegaskan|berpesan)\s+(?:kepada\s+)?"
               r"(?:para\s+|seluruh\s+|semua\s+)?" + APPARATUS + r"\b")
#: Officials given a task ("Wali Kota meminta para lurah aktif mendatangi warga").
OFFICIALS_TASKED = re.compile(TASKING + APPARATUS + r"\b", re.I)
#: Officials asked to act, as the subject of an ask ("Kepala desa di wilayah tersebut agar memasang papan ...",
#: "Para lurah diminta ..."): a task of the office's own staff, no ask of citizens.
OFFICIALS_ASKED = re.compile(r"^\W*(?:(?:seluruh|semua|para|setiap)\s+)?(?:" + APPARATUS + r"|petugas|pimpinan)"
                             + r"\b[^.]{0,60}?\b(?:agar|diminta|diinstruksikan|diperintahkan|ditugaskan|wajib|harus|"
                             r"supaya)\b", re.I)

#: An official's act: meeting the press or one another, visiting, opening or handing over symbolically.
_ACT = re.compile(
    r"\b(?:konferensi\s+pers|jumpa\s+pers|temu\s+media|press\s+conference|rapat|rakor|audiensi|"
    r"kunjungan(?:\s+kerja)?|kunker|meninjau|peninjauan|meluncurkan|diluncurkan|peluncuran|launching|"
    r"melepas|dilepas|pelepasan|(?:membuka|dibuka)\s+(?:secara\s+)?resmi|upacara\s+pembukaan|"
    # a hand-over said as a symbol; a bare "penyerahan" may be the citizens' own ("penyerahan berkas")
    r"(?:menyerahkan|diserahkan|penyerahan)\s+[^.,]{0,60}?(?:secara\s+)?simbolis|"
    r"upacara|apel|penandatanganan)\b",
    re.I,
)
#: Acts held in a room for officials and the press: their venue is never where citizens go.
_ROOM_ACT = re.compile(r"\b(?:konferensi\s+pers|jumpa\s+pers|temu\s+media|press\s+conference|rapat|rakor|"
                       r"audiensi|simbolis)\b", re.I)
#: A relative clause that says where or when the act's object is held ("membuka secara resmi bakti sosial ...
#: yang dipusatkan di RSUD X, Selasa"): what follows is the service's own, not the act's.
_OBJECT_HELD = re.compile(r"\byang\s+(?:akan\s+)?(?:digelar|dipusatkan|diselenggarakan|dilaksanakan|diadakan|"
                          r"berlangsung|bertempat|dibuka|dimulai)\b", re.I)
#: Kinds whose news is the act itself: a meeting's day and room, an award's ceremony.
_ACT_IS_NEWS = frozenset({DraftKind.MEETING, DraftKind.ACHIEVEMENT})
#: How far back in its sentence an act may stand before a time or a place it owns.
_REACH = 220

#: The day of a report: after a press frame ("kepada wartawan,", "saat dikonfirmasi,") or right before the
#: reporting verb it dates ("Kamis (10/12/2026), merinci ...").
_PRESS_BEFORE = re.compile(r"\b(?:(?:kepada|kpd|di\s+hadapan)\s+(?:para\s+)?"
                           r"(?:wartawan|awak\s+media|media|jurnalis|pers)|"
                           r"(?:saat|ketika|usai|seusai)\s+(?:dikonfirmasi|ditemui|diwawancarai|dihubungi))"
                           r"[^.;:\n]{0,30}?,?\s*$", re.I)
#: (Not a relative clause: "sejak Selasa (17/2/2026), yang menyebutkan ..." is what a rumour says, since when.)
_PRESS_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:(?!yang\b)\w+\s+)?"
                          r"(?:merinci|mengatakan|menjelaskan|menyebut(?:kan)?|mengungkapkan|menegaskan|memaparkan|"
                          r"menyampaikan|menuturkan|mengutarakan)\b", re.I)
PRESS_WINDOW = 60

Day = tuple[int, int, int]


def press_day(text: str, fact: Fact) -> bool:
    """Whether `fact` is the day an official spoke to the press (see `_PRESS_BEFORE`, `_PRESS_AFTER`)."""
    before = text[max(0, fact.start - PRESS_WINDOW) : fact.start]
    return bool(_PRESS_BEFORE.search(before) or _PRESS_AFTER.match(text[fact.end : fact.end + PRESS_WINDOW]))


#: Facts that say nothing of a sentence's own: who speaks, what is offered and what it gives.
_FRAME_SLOTS = frozenset({Slot.ATTRIBUTION, Slot.WHAT, Slot.BENEFIT})


def set_press_days_aside(text: str, clauses: list[Clause], facts: list[Fact],
                         lead: Clause | None) -> tuple[list[Clause], list[Fact]]:
    """`facts` without the days an official spoke to the press (a when or a deadline, in any kind of draft); a
    sentence that says nothing else ("Kepala Dinas X kepada wartawan, Kamis (10/12/2026), merinci jadwalnya"),
    other than the lead's, is ceremony: what it frames is said in the sentences after it."""
    press = {id(f) for f in facts if f.slot in (Slot.WHEN, Slot.DEADLINE) and press_day(text, f)}
    if not press:
        return clauses, facts
    kept = [f for f in facts if id(f) not in press]

    def sentence_of(fact: Fact) -> int | None:
        return next((c.sentence for c in clauses if c.start <= fact.start < c.end), None)

    told = {sentence_of(f) for f in facts if id(f) in press}
    said = {sentence_of(f) for f in kept if f.slot not in _FRAME_SLOTS}
    aside = told - said - {None, lead.sentence if lead is not None else None}
    return [replace(c, ceremonial=True) if c.sentence in aside else c for c in clauses], kept


def _days(text: str, year: int | None = None) -> list[Day]:
    """The calendar days `text` names; a day without a year ("Jumat (15/5)") takes `year`."""
    out: list[Day] = []
    for loc in scan_facts(text):
        key = loc.fact.key
        if not key.startswith("date:") or len(key) != 15:
            continue
        y, m, d = key[5:9], key[10:12], key[13:15]
        if y.isdigit():
            out.append((int(y), int(m), int(d)))
        elif year is not None and m.isdigit() and d.isdigit():
            out.append((year, int(m), int(d)))
    return out


def _sentence(sentences: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in sentences if s <= pos < e), None)


def _act_before(text: str, sentence: tuple[int, int], pos: int) -> re.Match[str] | None:
    """The last official's act between the sentence's start (or `_REACH` back) and `pos`."""
    start = max(sentence[0], pos - _REACH)
    acts = list(_ACT.finditer(text, start, pos))
    if not acts or _OBJECT_HELD.search(text, acts[-1].end(), pos):
        return None
    return acts[-1]


def set_acts_aside(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]],
                   kind: DraftKind) -> list[Fact]:
    """`facts` without the days and venues of officials' acts that are over before the citizens' schedule
    begins, and without the rooms of press conferences, meetings and symbolic hand-overs when the draft names
    the citizens' places elsewhere."""
    if kind in _ACT_IS_NEWS:
        return facts
    owner: dict[int, tuple[tuple[int, int], re.Match[str]]] = {}
    for i, fact in enumerate(facts):
        if fact.slot not in (Slot.WHEN, Slot.WHERE) or (sentence := _sentence(sentences, fact.start)) is None:
            continue
        if act := _act_before(text, sentence, fact.start):
            owner[i] = (sentence, act)
    own_days = [d for i, f in enumerate(facts) if f.slot == Slot.WHEN and i not in owner for d in _days(f.text)]
    if not own_days:
        return facts
    first, year = min(own_days), min(own_days)[0]
    acts = {(act.start(), e) for (_, e), act in owner.values()}
    rest = "".join(text[s:e] for s, e in sentences if not any(s <= a < e for a, _ in acts))
    again = set(_days(rest, year))  # a day the citizens' own sentences name again is theirs too
    dropped: set[int] = set()
    for i, ((_, e), act) in owner.items():
        days = _days(text[act.start() : e], year)
        past = bool(days) and max(days) < first and not again.intersection(days)
        room = facts[i].slot == Slot.WHERE and _ROOM_ACT.search(act.group(0)) is not None
        if past or room:
            dropped.add(i)
    places_left = any(f.slot == Slot.WHERE and i not in dropped for i, f in enumerate(facts))
    return [f for i, f in enumerate(facts) if i not in dropped or (f.slot == Slot.WHERE and not places_left)]
