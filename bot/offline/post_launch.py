"""A service's launch is no day or place to use it (round 16p, issue 11).

A news piece on a new service opens with its launch ("Pemkot resmi meluncurkan layanan X pada Rabu (23/12) di
Ruang Pola Kantor Wali Kota") and says further down when citizens can use it ("mulai Senin, 4 Januari 2027").
The launch's day and room are the ceremony's: a post that shows them under "Kapan" and "Di mana" sends citizens
to a ceremony that is over. So a service's day or place said in a launch sentence is left out when the draft
gives the same slot elsewhere (none elsewhere: it stays, a launch may well be the start; a launch sentence
that says the use starts, "diluncurkan dan mulai beroperasi Senin", keeps its day). The day an official spoke
to the press is no fact of the sheet at all (bot/core/reading/official_acts.py).
"""

from __future__ import annotations

import re

from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.offline.post_text import sentence_around

#: A launch or an inauguration.
_LAUNCH = re.compile(r"\b(?:meluncurkan|diluncurkan|peluncuran|launching|meresmikan|diresmikan|peresmian|"
                     r"mencanangkan|dicanangkan|pencanangan)\b", re.I)


#: A start of use said in the launch's own sentence ("diluncurkan dan mulai beroperasi Senin"): the day stays.
_STARTS = re.compile(r"\b(?:mulai|berlaku|beroperasi|dibuka\s+untuk\s+umum)\b", re.I)


def without_launch(sheet: FactSheet, slot: Slot, facts: list[Fact]) -> list[Fact]:
    """`facts` of a service's when or where without those of its launch sentences, when any other is left."""
    if sheet.kind != DraftKind.SERVICE or slot not in (Slot.WHEN, Slot.WHERE):
        return facts
    kept = [f for f in facts
            if not _LAUNCH.search(text := sentence_around(sheet.draft, f.start, f.end)) or _STARTS.search(text)]
    return kept or facts

