"""The news event is not the service: a draft that reports a symbolic launch ("meluncurkan", "melepas
secara simbolis") of a service with its own schedule dates and places the launch, and those are
history to a citizen. "Bertempat di halaman Kantor Gubernur, Senin (5/1/2026), Sekda meluncurkan ..." before
"layanan dibuka mulai 6 Januari 2026 setiap Selasa dan Kamis": the post's when is the service's.

Only for a service: in an event draft the opening ceremony often is the event ("Bupati membuka
pasar murah ... Sabtu (14/6) pukul 07.30"), and its date is what citizens need.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.fact_scan import scan_facts
from bot.core.reading.sheet import Clause, DraftKind, Fact, Slot, sentence_at

#: A symbolic launch: what it starts happens later, elsewhere ("melepas secara simbolis tiga unit mobil").
_LAUNCH = re.compile(r"\b(?:meluncurkan|diluncurkan|peluncuran|launching|melepas|dilepas|pelepasan|simbolis)\b", re.I)


def _dates(fact: Fact) -> list[str]:
    """The full dates ("2026-01-05") a fact names."""
    return [key[5:] for loc in scan_facts(fact.text) if (key := loc.fact.key).startswith("date:")
            and len(key) == 15 and key[5:9].isdigit()]


def _sentence(text: str, clauses: Sequence[Clause], index: int) -> str:
    """Sentence `index` of `text` as its clauses span it (with the ceremony the clauses leave out)."""
    own = [c for c in clauses if c.sentence == index]
    return text[min(c.start for c in own) : max(c.end for c in own)]


def set_occasion_aside(text: str, facts: list[Fact], clauses: Sequence[Clause], kind: DraftKind) -> list[Fact]:
    """`facts` without the date and the venue of a service's symbolic launch, when the service gives
    its own when and that when does not start before the launch, or no when but a deadline of its own ("melapor
    ke kantor desa ... paling lambat ..."). A ceremony that opens the service itself ("membuka
    secara resmi pemeriksaan ... yang digelar di SDN 3, Rabu") keeps its date."""
    if kind != DraftKind.SERVICE:
        return facts
    ceremony = {i for i in {c.sentence for c in clauses if c.ceremonial} if _LAUNCH.search(_sentence(text, clauses, i))}
    whens = [(f, sentence_at(clauses, f.start)) for f in facts if f.slot == Slot.WHEN]
    own = [f for f, sentence in whens if sentence not in ceremony]
    launch = [(f, sentence) for f, sentence in whens if sentence in ceremony and len(_dates(f)) == 1]
    if not launch or not own and not any(f.slot == Slot.DEADLINE for f in facts):
        return facts  # a launch with no other date, nor a deadline for citizens: its day may be the service's
    own_dates = [d for f in own for d in _dates(f)]
    history = [(f, s) for f, s in launch if not own_dates or min(own_dates) >= _dates(f)[0]]
    sentences = {s for _, s in history}
    days = {s: f.start for f, s in history}
    # without a when of its own, only the venue said before the launch's day goes ("bertempat di Ruang Pola ...,
    # Rabu (12/5/2027)"); places after it may be where the service goes ("... akan melayani warga di ...")
    dropped = {f for f, _ in history} | {
        f for f in facts if f.slot == Slot.WHERE and (s := sentence_at(clauses, f.start)) in sentences
        and (own or f.start < days[s])}
    return [f for f in facts if f not in dropped]
