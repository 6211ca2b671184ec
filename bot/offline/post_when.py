"""The when lines of a post where a draft gives several kinds of time (bot/core/reading/time_roles.py).

"📅 Kapan" says the offer's own period or day; the daily hours of a period go under "🕗 Jam layanan" (or
"Jadwal rutin" for recurring days without a clock time); the days or the place with no service under
"⛔ Libur/tutup", said with the draft's own statement ("Sabtu dan hari libur tutup"); the place a service
moves from and its last day there under "Lokasi lama" ("Jadwal lama" when only the day moved). A recurring day
the draft ties to a place ("Samsat Keliling di Lapangan Merdeka setiap Minggu pagi") stays with that place in the
"Di mana" line.
"""

from __future__ import annotations

import re

from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.core.reading.key_check import key_facts
from bot.core.reading.time_roles import BANNED, CLOSED, HOURS, OLD, RULE, STEPS, statement, step_phrase
from bot.core.wording import capital
from bot.offline.post_plain import ORDINAL
from bot.offline.post_schedule import dated
from bot.offline.post_text import clean_span

HOURS_LABEL, TIME_LABEL, ROUTINE_LABEL = "Jam layanan", "Jam", "Jadwal rutin"
CLOSED_LABEL, OLD_LABEL, BANNED_LABEL, RULE_LABEL = "Libur/tutup", "Lokasi lama", "Larangan", "Ketentuan"
#: The old line when what changed is only the day ("... sebelumnya direncanakan pada Sabtu (6/2/2027) diundur").
OLD_DAY_LABEL = "Jadwal lama"
MARKS = {HOURS: "🕗", CLOSED: "⛔", OLD: "↩️", BANNED: "🚫", RULE: "ℹ️"}
STEP_MARK = "🗓️"
#: Longest statement a closed or old line shows whole; a longer one shows the fact alone.
MAX_STATEMENT = 160
#: A part of the day right after a recurring day ("setiap Minggu pagi").
_DAYPART = re.compile(r"\s+(?:pagi|siang|sore|malam)\b", re.I)

Values = list[tuple[str, Fact]]


def place_days(sheet: FactSheet) -> dict[Fact, Fact]:
    """Each recurring day the draft writes right after a place ("di Lapangan Merdeka | setiap Minggu"), by
    the place: the day of that stop, not of the whole offer."""
    places = key_facts(sheet, Slot.WHERE)
    out: dict[Fact, Fact] = {}
    for day in (f for f in sheet.of(Slot.WHEN) if f.role == HOURS and not dated(f)):
        place = next((p for p in places if p.end <= day.start and not sheet.draft[p.end : day.start].strip()), None)
        if place is not None:
            out[place] = day
    tied = set(out.values())  # the only time of the draft is the offer's own, not one stop's
    return out if any(f not in tied for f in key_facts(sheet, Slot.WHEN)) else {}


def with_day(sheet: FactSheet, place: Fact, value: str, days: dict[Fact, Fact]) -> str:
    """A place's value with the recurring day the draft ties to it ("... Kota Bengkulu setiap Minggu pagi")."""
    day = days.get(place)
    if day is None or not value.endswith(place.text.split()[-1]):
        return value
    part = _DAYPART.match(sheet.draft, day.end)
    return value + sheet.draft[place.end : part.end() if part else day.end]


def split_when(sheet: FactSheet, values: Values) -> tuple[Values, Values, list[tuple[str, Values]]]:
    """The offer's own times, its daily hours and its steps (registration, selection, announcement, queue
    numbers) apart. Hours go apart only beside a period or a first day of the calendar: one day and its hours
    ("Selasa, 22 Desember; pukul 08.00–13.00") read as one time. Where no time of the offer itself has a
    day of the calendar, its first dated step is the offer's ("Pendaftaran dibuka 20 April hingga 15 Mei" of
    a programme's window). Recurring days tied to a place go with it."""
    tied = set(place_days(sheet).values())
    values = [(v, f) for v, f in values if f not in tied and f.role not in (CLOSED, OLD, BANNED, RULE)]
    stepped = [(v, f) for v, f in values if f.role in STEPS]
    first = next(((v, f) for v, f in sorted(values, key=lambda item: item[1].start) if dated(f)), None)
    own = any(dated(f) and f.role not in STEPS and f.role != HOURS for _, f in values)
    if first in stepped and not own:  # no day of the offer itself: its first dated step is (a window's)
        stepped.remove(first)
    steps = [(STEP_LABELS[name], _unrepeated([(_step_value(sheet, f, name), f) for _, f in stepped if f.role == name]))
             for name in STEPS if any(f.role == name for _, f in stepped)]
    values = [(v, f) for v, f in values if (v, f) not in stepped]
    hours = [(v, f) for v, f in values if f.role == HOURS]
    main = [(v, f) for v, f in values if f.role != HOURS]
    daily = any(_DAILY.search(f.text) for _, f in hours)  # "setiap hari pukul 09.00–17.00": never one day's
    if hours and not main and not steps and sheet.kind == DraftKind.CLARIFICATION:
        return [], hours, steps  # a correction's only hours are its complaint line's, no "Kapan" of the news
    if steps:  # beside a step's line, the offer's own time says what it is the time of ("Pelatihan dimulai ...")
        values = [(named_time(sheet, f, v), f) for v, f in values]
        main = [(named_time(sheet, f, v), f) for v, f in main]
    if not hours or not any((dated(f) or _RELATIVE.search(f.text)) and (daily or _period(f)) for _, f in main):
        return values, [], steps
    return main, hours, steps


#: A statement that opens with what is held and its verb, right before its time ("Pelatihan dimulai | Senin ...",
#: "Festival berlangsung | 26 ..."): two to four words, a capitalised noun first, a verb (di-, ber-, me-) last.
_NAMED = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:di|ber|me|ter)[a-z]{3,}(?:\s+pada)?")


def named_time(sheet: FactSheet, fact: Fact, value: str) -> str:
    """`value` with the words its statement opens with when they name what the time is of ("Pelatihan dimulai
    Senin, 4 Januari 2027"): beside a selection day, a bare "Kapan" reads as the test's."""
    start, _ = statement(sheet.draft, fact)
    before = " ".join(sheet.draft[start : fact.start].split())
    if not _NAMED.fullmatch(before) or value.lower().startswith(before.lower()):
        return value
    return f"{before.removesuffix(' pada')} {value}"


#: A day said relative to now ("mulai pekan depan"): a first day, as a date is.
_RELATIVE = re.compile(r"\b(?:pekan|minggu|bulan)\s+(?:depan|ini)\b|\bbesok\b|\blusa\b", re.I)
#: Hours said to hold every day or every working day.
_DAILY = re.compile(r"\b(?:setiap|tiap)\s+hari\b|\bhari\s+kerja\b", re.I)


STEP_LABELS = {"registration": "Pendaftaran", "selection": "Seleksi", "announcement": "Pengumuman",
               "queue": "Nomor antrean/kupon"}


#: Longest stretch from a step's time to the end of its place that the step's line takes.
STEP_PLACE_CHARS = 90


def step_places(sheet: FactSheet) -> dict[Fact, Fact]:
    """Each step's time with the place its statement names after it ("tes ... pada Rabu–Kamis (16–17/12) di
    kampus BPVP Sorong di Jalan Basuki Rahmat Km 10"): the step's venue, no place of the offer."""
    out: dict[Fact, Fact] = {}
    for when in (f for f in sheet.of(Slot.WHEN) if f.role in STEPS):
        start, end = statement(sheet.draft, when)
        place = next((p for p in key_facts(sheet, Slot.WHERE)
                      if when.end <= p.start and p.end <= end and p.end - when.end <= STEP_PLACE_CHARS), None)
        if place is not None:
            out[when] = place
    return out


def _step_value(sheet: FactSheet, fact: Fact, name: str) -> str:
    """A step's words and time, without the word its label says already ("Pendaftaran: dilakukan ..."), and the
    place the step is held at."""
    place = step_places(sheet).get(fact)
    value = clean_span(step_phrase(sheet.draft, fact) + (sheet.draft[fact.end : place.end] if place else ""))
    head = STEP_LABELS[name].split("/")[0].lower()
    rest = value[len(head) :].lstrip(" :,") if value.lower().startswith(head + " ") else ""
    return rest if rest and not rest.lower().startswith("yang ") else value



#: A period or a first day: two days of the calendar joined, or "mulai"/"sejak"/"hingga" a day.
_PERIOD = re.compile(r"\b(?:mulai|sejak|hingga|sampai|s\.?d\.?|s/d)\b|\d\s*[–—-]\s*\d", re.I)


def _period(fact: Fact) -> bool:
    return bool(_PERIOD.search(fact.text))


def hours_label(sheet: FactSheet, values: Values) -> str:
    """"Jam layanan" for a service's hours; "Jam" for an event's or a warning's; "Jadwal rutin" for
    recurring days without a clock time."""
    if not any(re.search(r"\d[.:]\d\d|\bpukul\b|\bjam\b", v, re.I) for v, _ in values):
        return ROUTINE_LABEL
    return HOURS_LABEL if sheet.kind == DraftKind.SERVICE else TIME_LABEL


#: The emoji or bullet a caption's line opens with.
_MARKS_FIRST = re.compile(r"^[^\w(\"“'‘]+")


def _unrepeated(values: Values) -> Values:
    """A step's values without one another value already says whole ("Hasil Tahap I diumumkan 15 Juni 2026" beside
    "Hasil Tahap I diumumkan 15 Juni 2026, hasil Tahap II diumumkan 27 Juni 2026")."""
    return [(v, f) for i, (v, f) in enumerate(values)
            if not any(j != i and v.lower() in w.lower() and (v != w or j < i) for j, (w, _) in enumerate(values))]


def old_label(values: Values) -> str:
    """"Lokasi lama" for an old place (with its last day), "Jadwal lama" for a day that moved alone."""
    return OLD_LABEL if any(f.slot == Slot.WHERE for _, f in values) else OLD_DAY_LABEL


def side_values(sheet: FactSheet, role: str) -> Values:
    """The statements of the draft that carry the when, deadline and place facts of `role` (closed or
    old), each once, in draft order: the days nobody serves or the old office, said whole."""
    out: Values = []
    seen: set[tuple[int, int]] = set()
    facts = sorted((f for slot in (Slot.WHEN, Slot.DEADLINE, Slot.WHERE) for f in key_facts(sheet, slot)
                    if f.role == role), key=lambda f: f.start)
    for fact in facts:
        span = statement(sheet.draft, fact)
        if span in seen:
            continue
        seen.add(span)
        said = _MARKS_FIRST.sub("", clean_span(sheet.draft[span[0] : span[1]]))  # "🚧 Jalan ... ditutup ..."
        said = capital(ORDINAL.sub("", said)) if ORDINAL.match(said) else said  # "Pertama, jembatan ...": no list here
        out.append((said if len(said) <= MAX_STATEMENT else clean_span(fact.value), fact))
    return out
