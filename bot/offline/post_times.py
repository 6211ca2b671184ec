"""Clock times in a when line said with what happens at them, and bare figures with what they count.

A "Kapan" line of a date and two bare times ("Senin, 14 Juli 2025; pukul 05.45 WIB; mulai pukul 13.30
WIB") leaves the reader guessing which time is what. Each bare time of a line with other values takes
the words of its clause that name what happens then ("bus berangkat pertama pukul 05.45 WIB", "pulang
mulai pukul 13.30 WIB", "kirab dimulai pukul 18.30 WIB"); a long clause gives its subject and the verb
right before the time ("penutupan arus berlaku pukul 14.00–22.00 WIB"). The words are the draft's own,
never a number or date more; a time whose clause holds no such words stays as it is. An achievement's
figures line does the same for a bare figure ("61 persen; 100 persen" -> "kini naik menjadi 100
persen") and leaves out a figure the lead already says.
"""

from __future__ import annotations

import re

from bot.core.fact_scan import scan_facts
from bot.core.lexicon_data import KNOWN_ACRONYMS
from bot.core.reading import Fact, FactSheet
from bot.offline.post_text import clean_span

#: Words that join a clause to the one before, not part of what happens.
_JOINERS = frozenset({"dan", "untuk", "bahwa", "yang", "serta", "sedangkan", "lalu", "kemudian", "sementara",
                      "adapun", "namun", "sehingga", "agar", "ia", "kami", "sekitar", "pada"})
#: A verb right before the time: "berlaku", "dimulai", "ditutup", "tiba".
_VERB = re.compile(r"^(?!(?:menit|meter|merah|media|menu|mesin|medis|terminal|dinas|direktur|distrik)$)"
                   r"(?:ber|di|ter|me)\w{3,}$|^(?:mulai|buka|tutup|tiba|selesai|berakhir)$", re.I)
_YEAR = re.compile(r"^number:(?:19|20)\d\d$")
#: Words that open a place, not an act ("bertempat di ...", "di Balai Desa ..."): no label for a time.
_PLACE_WORDS = frozenset({"bertempat", "berlokasi", "di", "ke", "lokasi", "tempat"})
#: Words that open what a subject's head is qualified by ("Penjualan di semua lokasi"): never the last word kept.
_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "untuk", "bagi", "dalam", "oleh", "dengan"})
#: Most words a label takes whole.
MAX_WORDS = 4
#: Time zones the scan reads as names.
_ZONES = frozenset({"name:wib", "name:wita", "name:wit"})


def bare_time(fact: Fact) -> bool:
    """Whether the fact is only a clock time (or a span of times), no day."""
    located = scan_facts(fact.text)
    kinds = {loc.fact.kind for loc in located if loc.fact.key not in _ZONES}
    return kinds == {"time"}


def _no_other_fact(text: str, dates: bool = False) -> bool:
    """No date, time or number in `text` (a weekday or a name may stand there; a date too if `dates`)."""
    return all(loc.fact.kind == "name" or loc.fact.key.startswith("date:day-") or (dates and (
        loc.fact.kind == "date" or bool(_YEAR.match(loc.fact.key)))) for loc in scan_facts(text))


def happening(sheet: FactSheet, fact: Fact, figure: bool = False) -> str:
    """The draft's words for what happens at the time `fact` gives ("" when its clause has none); for
    a `figure`, what it counts, where a longer phrase and a year may say it ("pada tahun 2023 capaian
    ini baru" before "61 persen")."""
    clause = sheet.clause_at(fact.start)
    if clause is None or clause.ceremonial:
        return ""
    said = sheet.draft[clause.start : fact.start]
    before = re.split(r"[,;:()\"“”]", said)[-1]
    words = before.split()
    while words and words[0].lower() in _JOINERS:
        words = words[1:]
    if not words or not all(re.match(r"^[\w–-]+$", w) for w in words):
        return ""
    if len(words) > MAX_WORDS + (2 if figure else 0):
        # after a bracket the clause goes on mid-way ("Hujan sejak Selasa (15/6) | sore membuat Sungai X meluap"):
        # its first words are no subject
        if not _VERB.match(words[-1]) or said[: len(said) - len(before)].rstrip().endswith(")"):
            return ""
        head = words[:1] if words[1].lower() in _PREPOSITIONS else words[:2]  # "Penjualan di | ... dibuka"
        words = [*head, words[-1]]
    if not _no_other_fact(" ".join(words), dates=figure):
        return ""
    if words[0].lower() in _PLACE_WORDS:  # "bertempat di Alun-alun X pukul 07.00": a place, not what happens
        return ""
    first = words[0]
    if not (first.isupper() and (len(first) > 1 or first in KNOWN_ACRONYMS)):
        words[0] = first[:1].lower() + first[1:]
    return " ".join(words)


#: What joins a start to its end in the draft ("jam 8 pagi sampe jam 1 siang", "08.00 s/d 12.00").
_RANGE_JOIN = re.compile(r"^\s*(?:sampai|sampe|smp|hingga|s\.?\s?d\.?|s/d|sd|[–—-])\s*$", re.I)


def joined_ranges(sheet: FactSheet, values: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """Two times the draft joins as one span ("jam 8 pagi sampe jam 1 siang") shown as that one range,
    "jam 8 pagi sampai jam 1 siang": apart ("jam 8 pagi; jam 1 siang") they read as two separate times."""
    out: list[tuple[str, Fact]] = []
    for value, fact in values:
        if out and bare_time(fact) and bare_time(out[-1][1]) and out[-1][1].end <= fact.start \
                and _RANGE_JOIN.match(sheet.draft[out[-1][1].end : fact.start]):
            joiner = sheet.draft[out[-1][1].end : fact.start].strip()
            value = re.sub(r"^(?:sampai|sampe|hingga|s\.?d\.?)\s+", "", value, flags=re.I)
            word = "sampai" if joiner[:1].isalpha() else "–"
            out[-1] = (f"{out[-1][0]} {word} {value}" if word == "sampai" else f"{out[-1][0]}–{value}", out[-1][1])
            continue
        out.append((value, fact))
    return out


#: A day the draft gives as an estimate of when something ends or opens again, not as when it happens.
_ESTIMATE = re.compile(r"\b(?:diperkirakan|diprediksi|ditargetkan|direncanakan|estimasi|perkiraan|"
                       r"(?:dibuka|beroperasi|normal|berfungsi)\s+kembali|"
                       # a road's reopening ("jalan bisa dilalui lagi paling cepat Minggu"); a forecast of the
                       # danger itself ("BMKG memperkirakan hujan ... hingga Selasa") stays its time
                       r"(?:bisa|dapat)\s+dilalui\s+lagi|paling\s+cepat)\b", re.I)
#: An official's verb of estimating, opening the words an estimate takes ("memperkirakan jalan dapat ...").
_ESTIMATING = re.compile(r"^(?:memperkirakan|memprediksi|menargetkan|merencanakan)$", re.I)
#: The label of a line of estimates.
ESTIMATE_LABEL = "Perkiraan"
#: Most words of the clause an estimate takes with it.
ESTIMATE_WORDS = 8


def estimates(sheet: FactSheet, values: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """The when values that are an estimate ("Jalan diperkirakan dapat dibuka kembali Jumat (20/3/2026)"),
    each said with its clause's words: under "Kapan" a reopening day reads as the day of the closure."""
    out: list[tuple[str, Fact]] = []
    for value, fact in values:
        clause = sheet.clause_at(fact.start)
        if clause is None or clause.ceremonial:
            continue
        before = re.split(r"[,;:()\"“”]", sheet.draft[clause.start : fact.start])[-1]
        said = _ESTIMATE.search(before)
        if said is None or not _no_other_fact(before):
            continue
        words = before.split()
        if len(words) > ESTIMATE_WORDS:
            words = before[said.start() :].split()
        while words and (words[0].lower() in _JOINERS or _ESTIMATING.match(words[0])):
            words = words[1:]  # "(Ia) memperkirakan | jalan dapat dibuka kembali ...": the label says it is one
        if not [w for w in words if not _ESTIMATE.fullmatch(w)]:
            continue  # "..., perkiraan pukul 18.00 WIB": nothing says what is estimated
        out.append((" ".join([*words, value]), fact))
    return out


#: What stands between a step and the time it opens ("datang ke loket | mulai | pukul 07.00 WIB").
_STEP_TIME_GAP = re.compile(r"^[ \t]*(?:mulai|sejak)[ \t]+(?:pukul|jam|\d)|^[ \t]+(?:mulai|sejak)$", re.I)
#: A span of times ("pukul 08.00–14.00"): the hours of the service, not when a step opens.
_SPAN = re.compile(r"\d\s*(?:[–—-]|s\.?d\.?|sampai|hingga)\s*(?:pukul\s+)?\d", re.I)


def step_times(sheet: FactSheet, steps: list[Fact]) -> dict[Fact, Fact]:
    """Each single time that opens a step right before it ("datang langsung ke loket pendaftaran mulai pukul
    07.00 WIB": when the counter opens), by the step: under "Kapan" it reads as a time of the service. A span
    of hours ("pukul 08.00–14.00") is the service's and stays."""
    out: dict[Fact, Fact] = {}
    for time in (f for f in sheet.facts if f.slot.value == "when" and bare_time(f) and not _SPAN.search(f.text)):
        step = next((s for s in steps if s.end <= time.start
                     and _STEP_TIME_GAP.match(sheet.draft[s.end : time.start] + " " + time.text.split()[0])), None)
        if step is not None:
            out[step] = time
    return out


#: A vehicle leaving its base ("Mobil tangki berangkat dari Mako BPBD di Selong | jam 06.30"): not when citizens
#: are served, so the time is said with it.
_DEPARTS = re.compile(r"\bberangkat\b", re.I)
#: Most characters of a departure said whole.
DEPARTURE_CHARS = 90


def _departure(sheet: FactSheet, fact: Fact) -> str:
    """A bare time a vehicle leaves its base at, said with its clause ("Mobil tangki berangkat dari Mako BPBD di
    Selong pukul 06.30 WITA"); "" for any other."""
    clause = sheet.clause_at(fact.start)
    if clause is None or clause.ceremonial or not bare_time(fact):
        return ""
    said = sheet.draft[clause.start : fact.end]
    return clean_span(said) if _DEPARTS.search(said) and len(said) <= DEPARTURE_CHARS else ""


#: Words that say only that a time follows ("jamnya", "waktunya mulai").
_HOUR_WORDS = re.compile(r"(?:jam(?:nya)?|waktu(?:nya)?|pukul)(?:\s+(?:mulai|dari|sejak))?", re.I)


def said_times(sheet: FactSheet, values: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """The when values with each bare time labelled by what happens then, when the line has more than
    one value (one time alone reads plainly)."""
    values = [(_departure(sheet, f) or v, f) for v, f in values]
    if len(values) < 2:
        return values
    out: list[tuple[str, Fact]] = []
    for value, fact in values:
        label = happening(sheet, fact) if bare_time(fact) else ""
        label = "" if _HOUR_WORDS.fullmatch(label) else label  # "Jamnya mulai | jam delapan pagi ...": no event
        last = label.rsplit(" ", 1)[-1].lower()
        if label and value.lower().startswith(last + " "):  # "berlangsung hingga" + "hingga pukul 14.00": once
            label = label[: -len(last)].rstrip()
        out.append((f"{label} {value}" if label and label.lower() not in value.lower() else value, fact))
    return out


def _bare_figure(value: str) -> bool:
    """A figure shown as a number and a unit alone ("61 persen", "278 desa")."""
    return len(value.split()) <= 2 and bool(scan_facts(value))


def said_figures(sheet: FactSheet, values: list[tuple[str, Fact]], lead: str) -> list[tuple[str, Fact]]:
    """The figures values without those the lead says, each bare one labelled by its clause's words."""
    fresh = [(v, f) for v, f in values if v.lower() not in lead.lower()] or values
    out: list[tuple[str, Fact]] = []
    for value, fact in fresh:
        label = happening(sheet, fact, figure=True) if _bare_figure(value) else ""
        out.append((f"{label} {value}" if label and label.lower() not in value.lower() else value, fact))
    return out


#: A bracket opened right after a phone number or a handle: "0811-6500-1212 (WhatsApp, Senin–Jumat)".
_AFTER_CHANNEL = re.compile(r"(?:\d|@\w+)\s*\([^()\n]*$")
#: How far back from a time its bracket may open.
CHANNEL_WINDOW = 40


#: A bracket a channel's name opens ("Helpdesk pendaftaran (WhatsApp, hari kerja 08.00–15.00 WIB): 0811-...").
_CHANNEL_BRACKET = re.compile(r"\((?:hanya\s+)?(?:WhatsApp|WA|telepon|telp\.?|SMS|chat)\b[^()\n]*$", re.I)
#: A phone number, then the words of its own service right up to the time ("WhatsApp 0852-4111-0736 yang
#: dilayani Senin ...", "WA 0812-3090-1146, Senin–Sabtu pukul ...").
_NUMBER_THEN = re.compile(r"(?:\b0\d{2,3}[-\s.]?\d{3,4}[-\s.]?\d{2,5}|\+62[\d\s-]{8,16})\b"
                          r"(?P<between>[^.;:\n()]{0,45})$")
#: Words between a number and a time that turn to another way in ("... atau datang langsung Senin–Jumat"):
#: the time is the office's, not the number's.
_ANOTHER_WAY = re.compile(r"\b(?:atau|datang|langsung|kantor|loket|posko|di)\b", re.I)
#: A day of the calendar in a time ("3 Juni 2025", "13/9"): a date, never a channel's hours.
_DATED = re.compile(r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Ags|Sep|Okt|Nov|Des)[a-z]*\b|\b\d{1,2}/\d{1,2}\b",
                    re.I)
#: How far back from a time its channel's number may be.
NUMBER_WINDOW = 70


def channel_hours(sheet: FactSheet, fact: Fact) -> bool:
    """Whether the time `fact` is when a contact line answers (when to call or chat), not when the service
    or event takes place: in the bracket after a contact number or opened by a channel's name, or said right
    after the number ("WhatsApp 0811-5200-3355 setiap hari kerja pukul 08.00–15.00 WIB")."""
    before = sheet.draft[max(0, fact.start - CHANNEL_WINDOW) : fact.start]
    if _AFTER_CHANNEL.search(before) or _CHANNEL_BRACKET.search(before):
        return True
    if _DATED.search(fact.text):  # "... WhatsApp 0812-... paling lambat 3 Juni 2025": a deadline, no hours
        return False
    number = _NUMBER_THEN.search(sheet.draft[max(0, fact.start - NUMBER_WINDOW) : fact.start])
    return number is not None and not _ANOTHER_WAY.search(number.group("between"))


#: Most characters between a contact and the hours it is answered in.
HOURS_REACH = 60


#: The days said right before a channel's hours ("setiap hari kerja pukul ...").
_DAYS_BEFORE = re.compile(r"(?:(?:setiap|tiap)\s+hari(?:\s+kerja)?|hari\s+kerja|jam\s+kerja)[\s,]*$", re.I)


def _hours_said(sheet: FactSheet, time: Fact) -> str:
    """A channel's hours as the draft says them: the whole bracket they sit in ("WhatsApp, hari kerja
    08.00–15.00 WIB"), or the time with the days said right before it."""
    opens = sheet.draft.rfind("(", max(0, time.start - CHANNEL_WINDOW), time.start)
    closes = sheet.draft.find(")", time.end, time.end + CHANNEL_WINDOW)
    inside = opens >= 0 and closes >= 0 and ")" not in sheet.draft[opens : time.start]
    if inside and "\n" not in sheet.draft[opens:closes]:
        return " ".join(sheet.draft[opens + 1 : closes].split())
    days = _DAYS_BEFORE.search(sheet.draft, max(0, time.start - 30), time.start)
    return " ".join(sheet.draft[days.start() if days else time.start : time.end].split())


def with_channel_hours(sheet: FactSheet, fact: Fact, value: str, times: list[Fact], contacts: list[Fact]) -> str:
    """A contact's value with the hours the draft gives for it ("0852-4111-0736 (Senin sampai Jumat pukul
    08.00–15.00 WITA)"): taken out of the "Kapan" line, they are said where they belong. Hours inside
    another contact's value are said by that one."""
    for time in times:
        gap = time.start - fact.end if time.start >= fact.end else fact.start - time.end
        if (0 <= gap <= HOURS_REACH and time.text not in value and channel_hours(sheet, time)
                and not any(c.start <= time.start < c.end for c in contacts)
                and not any(c in sheet.draft[min(fact.end, time.end) : max(fact.start, time.start)] for c in ".;\n")):
            return f"{value} ({_hours_said(sheet, time)})"
    return value


#: A phone number inside a contact's value.
_PHONE = re.compile(r"\b0\d{2,3}[-\s.]?\d{3,4}[-\s.]?\d{2,5}\b")


def merged_contacts(values: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """Contact values with one number said once: "call center 0741-7551-100" and "0741-7551-100 (hari kerja,
    08.00–15.00 WIB)" make "call center 0741-7551-100 (hari kerja, 08.00–15.00 WIB)"."""
    out: list[tuple[str, Fact]] = []
    for value, fact in values:
        found = _PHONE.search(value)
        at = next((i for i, (other, _) in enumerate(out) if found and found.group(0) in other), None)
        if at is None or found is None:
            out.append((value, fact))
            continue
        other, first = out[at]
        rest = value[found.end() :]
        head = value[: found.start()].strip()
        if head and head.lower() not in other.lower():
            out.append((value, fact))  # a second name for the same number says something more
            continue
        out[at] = (other if rest.strip() in other else f"{other}{rest}", first)
    return out

