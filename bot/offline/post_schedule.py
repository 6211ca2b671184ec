"""A travelling schedule in a post: a market, a vaccination or a service going round villages.

Each day of the draft is paired with the place named right beside it ("Kamis (5/6) di Kecamatan
Babat"); the "Jadwal" line lists the stops. Where a post has no room for them all (X), its short forms
keep the first stops and say the schedule goes on ("..., lalu berlanjut di lokasi lain"), never a first
stop alone as if it were the only day, and keep the hours that hold at every stop ("setiap lokasi buka
pukul 09.00-14.00").
"""

from __future__ import annotations

import re

from bot.core.fact_scan import scan_facts
from bot.core.reading import Fact, FactSheet, Slot
from bot.core.reading.key_check import key_facts
from bot.core.reading.time_roles import CLOSED, OLD, SAID_WRONG, STEPS
from bot.core.wording import capital

#: How far apart a day and its place may stand in a schedule ("Kamis (5/6) di Kecamatan Babat").
STOP_GAP = 40
#: What a short schedule says of the stops it leaves out.
GOES_ON = "lalu berlanjut di lokasi lain"


def dated(fact: Fact) -> bool:
    """A fact that names a day of the calendar (not a bare time or weekday): a schedule's stop."""
    return bool(date_keys(fact))


def date_keys(fact: Fact) -> set[str]:
    """The days of the calendar a fact names (no weekday alone): two facts of one day share them."""
    return {loc.fact.key for loc in scan_facts(fact.text)
            if loc.fact.kind == "date" and not loc.fact.key.startswith("date:day-")}


def sentence_of(sheet: FactSheet, fact: Fact) -> int:
    clause = sheet.clause_at(fact.start)
    return clause.sentence if clause is not None else -1


def schedule(sheet: FactSheet) -> dict[Fact, Fact]:
    """Each day of the draft with the place named right beside it, when there are two stops or more in
    different places; {} for a draft that is no travelling schedule. A draft writes its stops one way ("di X
    pada Selasa; ... di Y pada Kamis"): where most days have a place on one side only, every day takes its place
    from that side, so a stop whose place the reading missed never takes the next stop's place; its place is
    then the words before "pada" back to the stop's separator ("selanjutnya Pasar Tempel Gedong Tataan pada ...")."""
    # not a speech's day in its hall, nor a step's (a selection test's day and room is no stop of the offer)
    # nor a day or place called off or left ("semula ... dibatalkan", "kantor lama")
    days = [f for f in key_facts(sheet, Slot.WHEN) if dated(f) and f.role not in (*STEPS, OLD, CLOSED)]
    places = [f for f in key_facts(sheet, Slot.WHERE) if f.role not in (OLD, CLOSED)]
    sides = {day: (_near(sheet, day, places, before=True), _near(sheet, day, places, before=False)) for day in days}
    votes = [side[0] is not None for side in sides.values() if (side[0] is None) != (side[1] is None)]
    way = (None if 2 * sum(votes) == len(votes) or not votes else 2 * sum(votes) > len(votes))
    stops: dict[Fact, Fact] = {}
    for day in days:
        near = [p for p in places if p not in stops.values() and sentence_of(sheet, p) == sentence_of(sheet, day)
                and min(abs(p.start - day.end), abs(day.start - p.end)) <= STOP_GAP]
        if way is not None:  # the draft's own side only
            unread = _unread(sheet, day, way)
            near = [p for p in near if (p.end <= day.start) == way] or ([unread] if unread is not None else [])
            near = [p for p in near if p not in stops.values()]
        if near:
            nearest = min(near, key=lambda p: min(abs(p.start - day.end), abs(day.start - p.end)))
            if not _listed_on(sheet, nearest, places):  # "... di lima puskesmas, yaitu A (...), B (...) dan C": all
                stops[day] = nearest
    for day in days:  # "Kamis, 12 November, di Desa A... ralat. Hari Kamis itu di Desa B": the weekday said again
        weekday = re.match(r"\W*(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b", day.text, re.I)
        if day in stops or weekday is None:
            continue
        again = re.compile(rf"\b{weekday.group(1)}\b[^.;\n\d]{{0,15}}?\bdi\s+$", re.I)
        said = next((p for p in places if p not in stops.values() and day.end < p.start <= day.end + SAID_AGAIN
                     and again.search(sheet.draft, max(day.end, p.start - 30), p.start)), None)
        if said is not None:
            stops[day] = said
    distinct = {p.text.lower() for p in stops.values()}
    return stops if len(stops) >= 2 and len(distinct) >= 2 else {}


#: How far after a day its weekday may be said again with the right place.
SAID_AGAIN = 200


#: What stands between two places of one list ("Puskesmas A (Kecamatan X), Puskesmas B", "A dan B").
_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{1,60}\))?\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)$")


def _listed_on(sheet: FactSheet, place: Fact, places: list[Fact]) -> bool:
    """`place` opens or goes on a list of places said together: one day for all of them, no one-place stop."""
    return any(_LIST_GAP.match(sheet.draft[a.end : b.start]) for a, b in ((place, q) for q in places)
               if 0 < b.start - a.end <= 70) or any(
        _LIST_GAP.match(sheet.draft[q.end : place.start]) for q in places if 0 < place.start - q.end <= 70)


def _near(sheet: FactSheet, day: Fact, places: list[Fact], before: bool) -> Fact | None:
    """The place nearest `day` on one side of it, in its sentence and within `STOP_GAP`."""
    found = [p for p in places if sentence_of(sheet, p) == sentence_of(sheet, day)
             and (0 <= day.start - p.end <= STOP_GAP if before else 0 <= p.start - day.end <= STOP_GAP)]
    return min(found, key=lambda p: abs(p.start - day.end) if not before else day.start - p.end, default=None)


#: A stop written "<place> pada <day>" after a separator and a joining word ("; selanjutnya Pasar X, Y pada").
_UNREAD = re.compile(r"(?:^|[;:]\s*|,\s+)(?:(?:dan|lalu|kemudian|selanjutnya|berikutnya|terakhir|ditutup|dilanjutkan)"
                     r"\s+)*(?:di\s+)?((?:[A-Z][\w'.-]*)(?:,?\s+(?:[A-Z][\w'.-]*|\d+)){0,6})\s+pada\s+$")


#: A stop written "<day> di <place>" ("Rabu (9/12) di Meunasah Gampong X, Kecamatan Y;"): capitalised words up to
#: the stop's separator.
_UNREAD_AFTER = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?,?\s*di\s+"
                           r"((?:[A-Z][\w'.-]*)(?:,?\s+(?:[A-Z][\w'.-]*|\d+)){0,6})"
                           r"(?=\s*[,;.\n]|\s+(?:dan|serta|pukul|mulai|jam)\b|$)")


def _unread(sheet: FactSheet, day: Fact, before: bool) -> Fact | None:
    """The place a stop names on the draft's side of its day when the reading has none there: capitalised
    words back to the stop's separator ("...; selanjutnya Pasar X pada <day>") or on to it ("<day> di Y;")."""
    if not before:
        after = _UNREAD_AFTER.match(sheet.draft, day.end)
        if after is None or SAID_WRONG.match(sheet.draft, after.end(1)):  # "di Desa Akelamo... eh, maaf, ralat"
            return None
        return Fact(Slot.WHERE, after.group(1), after.start(1), after.end(1))
    window = sheet.draft[max(0, day.start - 120) : day.start]
    found = _UNREAD.search(window)
    if found is None:
        return None
    start = day.start - len(window) + found.start(1)
    return Fact(Slot.WHERE, found.group(1), start, start + len(found.group(1)))


#: The fewest stops a schedule lists one a row (fewer read well on one line), and the most rows: every platform
#: shows them all (bot/offline/post_rows.SHOWN), a longer schedule stays one line.
ROW_STOPS, MAX_ROWS = 3, 6


def schedule_rows(values: list[tuple[str, Fact]], stops: dict[Fact, Fact]) -> tuple[str, ...]:
    """A schedule of many stops, one stop a row, then the hours every stop keeps on a row of their own; none for
    a short schedule."""
    days = [capital(re.sub(r"^(?:mulai|sejak)\s+", "", v, flags=re.I)) for v, f in values
            if f not in stops.values() and dated(f)]  # "Mulai Senin, 9 November ..." heads the list without "mulai"
    rest = [v for v, f in values if f not in stops.values() and not dated(f)]
    rows = (*days, *([capital("; ".join(rest))] if rest else []))
    return rows if ROW_STOPS <= len(days) and len(rows) <= MAX_ROWS else ()


def short_schedules(values: list[tuple[str, Fact]], stops: dict[Fact, Fact]) -> tuple[str, ...]:
    """The short forms of a "Jadwal" line, fullest first: the first stops, that the schedule goes on, and
    the hours of every stop; last, the first stop and that it goes on."""
    days = [v for v, f in values if f not in stops.values() and (f in stops or dated(f))]
    hours = [v for v, f in values if f not in stops and f not in stops.values() and not dated(f)]
    forms = [capital("; ".join([f"{'; '.join(days[:n])}, {GOES_ON}", *hours])) for n in range(len(days) - 1, 0, -1)]
    if hours and days:
        forms.append(capital(f"{days[0]}, {GOES_ON}"))
    return tuple(forms)
