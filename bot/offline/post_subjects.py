"""The time and place lines of a warning that are those of a free thing beside it, said so (round 21p).

A warning or an emergency offers nothing of its own; what is free there is some help beside the news ("Masker
gratis dapat diambil di seluruh puskesmas ... setiap hari pukul 08.00 sampai 16.00"). Under a lead about an
ash-fall prohibition, a bare "📅 Kapan: setiap hari 08.00–16.00" and "📍 Di mana: seluruh puskesmas" read as the
prohibition's hours and places. So a when or where line whose facts all stand in the statement of the free
thing (bot/offline/post_costs.py names it) carries that thing in its label: "📍 Di mana (masker gratis)". The
mechanism is the statement the facts share, not a word of the thing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.reading import DraftKind, FactSheet, Slot
from bot.core.reading.key_facts import FREE
from bot.core.reading.time_roles import statement
from bot.offline.fact_line import FactLine

#: Kinds that offer nothing of their own (as bot/offline/post_costs.py).
_NO_OFFER = frozenset({DraftKind.EMERGENCY, DraftKind.APPEAL, DraftKind.ACHIEVEMENT})
#: The plain labels of a time or a place, which say nothing of whose they are.
_PLAIN = frozenset({"Kapan", "Di mana", "Jam", "Jam layanan", "Jadwal rutin"})
#: Most words of a thing named in a label.
MAX_WORDS = 6


def with_subjects(sheet: FactSheet, lines: tuple[FactLine, ...], lead: str) -> tuple[FactLine, ...]:
    """`lines` with the when and where lines of a free thing beside a warning labelled by that thing."""
    if sheet.kind not in _NO_OFFER:
        return lines
    cost = next((line for line in lines if line.slot == Slot.COST), None)
    if cost is None or ";" in cost.value or not FREE.search(cost.value) or len(cost.value.split()) > MAX_WORDS:
        return lines
    thing = cost.value.rstrip(". ")
    head = re.findall(r"\w+", thing.lower())[:1]
    if not head or head[0] in lead.lower() or FREE.fullmatch(thing):  # the lead's own thing, or "Gratis" alone
        return lines
    spans = [statement(sheet.draft, fact) for fact in cost.facts]
    out = []
    for line in lines:
        if (line.slot in (Slot.WHEN, Slot.WHERE) and line.label in _PLAIN and line.facts
                and all(any(a <= f.start < b for a, b in spans) for f in line.facts)):
            line = replace(line, label=f"{line.label} ({thing[:1].lower()}{thing[1:]})")
        out.append(line)
    return tuple(out)
