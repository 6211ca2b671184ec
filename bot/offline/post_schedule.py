"""A travelling schedule in a post: a market, a vaccination or a service going round villages.

Each day of the draft is paired with the place named right beside it ("Kamis (5/6) di Kecamatan
Babat"); the "Jadwal" line lists the stops. Where a post has no room for them all (X), its short forms
keep the first stops and say the schedule goes on ("..., lalu berlanjut di lokasi lain"), never a first
stop alone as if it were the only day, and keep the hours that hold at every stop ("setiap lokasi buka
pukul 09.00-14.00").
"""

from __future__ import annotations

from bot.core.fact_scan import scan_facts
from bot.core.reading import Fact, FactSheet, Slot
from bot.core.reading.key_check import key_facts
from bot.core.wording import capital
from bot.offline.post_labels import clause_at

#: How far apart a day and its place may stand in a schedule ("Kamis (5/6) di Kecamatan Babat").
STOP_GAP = 40
#: What a short schedule says of the stops it leaves out.
GOES_ON = "lalu berlanjut di lokasi lain"


def dated(fact: Fact) -> bool:
    """A fact that names a day of the calendar (not a bare time or weekday): a schedule's stop."""
    return any(loc.fact.kind == "date" and not loc.fact.key.startswith("date:day-") for loc in scan_facts(fact.text))


def sentence_of(sheet: FactSheet, fact: Fact) -> int:
    clause = clause_at(sheet, fact.start)
    return clause.sentence if clause is not None else -1


def schedule(sheet: FactSheet) -> dict[Fact, Fact]:
    """Each day of the draft with the place named right beside it, when there are two stops or more in
    different places; {} for a draft that is no travelling schedule."""
    days = [f for f in key_facts(sheet, Slot.WHEN) if dated(f)]  # not a speech's day in its hall
    places = key_facts(sheet, Slot.WHERE)
    stops: dict[Fact, Fact] = {}
    for day in days:
        near = [p for p in places if p not in stops.values() and sentence_of(sheet, p) == sentence_of(sheet, day)
                and min(abs(p.start - day.end), abs(day.start - p.end)) <= STOP_GAP]
        if near:
            stops[day] = min(near, key=lambda p: min(abs(p.start - day.end), abs(day.start - p.end)))
    distinct = {p.text.lower() for p in stops.values()}
    return stops if len(stops) >= 2 and len(distinct) >= 2 else {}


def short_schedules(values: list[tuple[str, Fact]], stops: dict[Fact, Fact]) -> tuple[str, ...]:
    """The short forms of a "Jadwal" line, fullest first: the first stops, that the schedule goes on, and
    the hours of every stop; last, the first stop and that it goes on."""
    days = [v for v, f in values if f not in stops.values() and (f in stops or dated(f))]
    hours = [v for v, f in values if f not in stops and f not in stops.values() and not dated(f)]
    forms = [capital("; ".join([f"{'; '.join(days[:n])}, {GOES_ON}", *hours])) for n in range(len(days) - 1, 0, -1)]
    if hours and days:
        forms.append(capital(f"{days[0]}, {GOES_ON}"))
    return tuple(forms)
