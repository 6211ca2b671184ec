"""An appeal's list of asks, whole, as a list line of the post (round 16 of issue 11).

An appeal or a warning often asks several things at once, as a list under a line that frames it ("...
mengimbau seluruh warga untuk:" then "a. menguras ...; b. menutup ...; c. tidak membakar ..."). A post that
keeps one ask as its "Caranya" line and drops the others tells citizens to sort their waste but not to stop
burning it. So the list's items become one line of their own, each item whole (never cut mid-way), shown
as rows the way a table's rows are (bot/offline/post_rows.py); the how lines the list already holds go.
An appeal whose lead is only the frame ("mengimbau seluruh warga") leads with its first ask instead. A list
of places under an asking line ("diminta mengungsi ke titik aman berikut:") is where to go, no list of asks: the
where line shows it, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bot.core.reading import KEY_SLOTS, DraftKind, FactSheet, Slot
from bot.core.reading.official_acts import OFFICIALS_ASKED
from bot.core.wording import capital
from bot.offline.fact_line import FactLine

#: A line that frames a list of asks: a request word, and the line ends with a colon.
_INTRO = re.compile(r"\b(?:mengimbau|menghimbau|imbauan|himbauan|diimbau|dihimbau|meminta|diminta|mengajak|diajak|"
                    r"berpesan|mengingatkan|diingatkan|dimohon|memohon|harap|diharapkan|agar|hal-hal\s+berikut|"
                    r"langkah-langkah|sebagai\s+berikut)\b[^\n]*:\s*$", re.I)
#: A line that frames a list of rules or advice, asked as much ("Ketentuan balon tambat:", "Yang perlu dilakukan:");
#: such a list is one of asks only when it holds none of the key facts (when, where, cost, how) the post must show
#: on their own lines.
_RULES = re.compile(r"\b(?:ketentuan|aturan|larangan|tips|(?:yang|hal)\s+(?:perlu|harus|wajib)\s+"
                    r"(?:dilakukan|diperhatikan)|(?:yang|hal)\s+(?:tidak\s+boleh|dilarang|jangan)\s+(?:di)?lakukan)"
                    r"\b[^\n]*:\s*$", re.I)
#: A list of what not to do ("YANG TIDAK BOLEH DILAKUKAN:", "Larangan:"): labelled as such.
_DONTS = re.compile(r"\b(?:larangan|tidak\s+boleh|dilarang|jangan)\b", re.I)
DONTS_LABEL = "Jangan"
#: A list item's mark: "-", "•", "a.", "1.", "1)", "(a)", a keycap digit.
_ITEM = re.compile(r"^\s*(?:[-–•*▪️✅☑️]+|\(?[a-zA-Z0-9]{1,2}[.)]|\d\ufe0f?\u20e3)\s+(?=\S)")
#: What ends an item: its separator and a last item's "dan"/"serta".
_TAIL = re.compile(r"[\s;,.]*(?:\b(?:dan|serta|atau)\b)?[\s;,.]*$", re.I)
#: The frame of a request: the office asks citizens ("mengimbau seluruh warga di Kecamatan X untuk").
_FRAME = re.compile(r"\b(mengimbau|menghimbau|meminta|mengajak)\s+((?:seluruh\s+|para\s+)?(?:warga|masyarakat)"
                    r"(?:\s+(?!untuk\b|agar\b|supaya\b)\w+){0,4}?)(?:\s+(?:untuk|agar|supaya))?\s*[.:]?$", re.I)
#: A lead that says only the frame, or too little to stand alone ("IMBAUAN.").
_BARE = re.compile(r"^\W*(?:(?:\w+\s+){0,4}?(?:mengimbau|menghimbau|meminta|mengajak)\s+(?:seluruh\s+|para\s+)?"
                   r"(?:warga|masyarakat)(?:\s+\w+){0,4}|\w+(?:\s+\w+)?)\W*$", re.I)
_PASSIVE = {"mengimbau": "diimbau", "menghimbau": "diimbau", "meminta": "diminta", "mengajak": "diajak"}
#: An item that opens on a day or a date: a row of a schedule, no ask.
_DATED = re.compile(r"(?:(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b|\d{1,2}\s+[A-Z][a-z]+\b|"
                    r"\d{1,2}/\d{1,2}\b)")
#: The label of the list line, and of one whose rows are dated (a fogging round by village).
LABEL, SCHEDULE_LABEL = "Imbauan", "Jadwal"
#: Rows that send each group to its place ("Desa Besakih dan Desa Pempatan → Wantilan Desa Adat Rendang"): where to
#: go, labelled as such ("Posko pengungsian" when the intro says they are shelters).
_MAPPED = re.compile(r"\s(?:→|->|=>|➡\ufe0f?)\s")
_SHELTER = re.compile(r"\b(?:posko|mengungsi|pengungsian|evakuasi|titik\s+kumpul|tempat\s+aman)\b", re.I)
SHELTER_LABEL, PLACES_LABEL = "Posko pengungsian", "Tujuan"
#: Most list lines a post shows.
MAX_LISTS = 3
#: Fewest items a list needs to be one.
MIN_ITEMS = 2


@dataclass(frozen=True)
class Asks:
    """The items of an appeal's list and where the list lies in the draft."""

    items: tuple[str, ...]
    start: int
    end: int
    #: The line that frames the list ("Camat X mengimbau seluruh warga untuk:").
    intro: str = ""


def find_asks(sheet: FactSheet) -> Asks | None:
    """The first list of asks of an appeal or an emergency: the items under a framing line, whole."""
    return next(_lists(sheet), None)


def later_asks(sheet: FactSheet, first: Asks) -> list[Asks]:
    """The lists after the first ("YANG TIDAK BOLEH DILAKUKAN:", "TITIK PENGUNGSIAN:"): each a list line too, or the
    later ones ran together into one "Caranya" line."""
    return [asks for asks in _lists(sheet) if asks.start > first.end][:MAX_LISTS - 1]


def _lists(sheet: FactSheet) -> Iterator[Asks]:
    if sheet.kind not in (DraftKind.APPEAL, DraftKind.EMERGENCY):
        return
    lines = sheet.draft.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        rules = not _INTRO.search(line) and bool(_RULES.search(line))
        shelters = not _INTRO.search(line) and not rules and bool(_SHELTER.search(line)) and line.rstrip().endswith(":")
        if not _INTRO.search(line) and not rules and not shelters:
            continue
        items: list[str] = []
        j = i + 1
        while j < len(lines):
            m = _ITEM.match(lines[j])
            if m:
                items.append(_TAIL.sub("", lines[j][m.end() :]).strip())
            elif lines[j].strip() or items:  # a blank line may stand between the frame and its list
                break
            j += 1
        items = [item for item in items if item and not OFFICIALS_ASKED.match(item)]  # staff's tasks: not citizens'
        said = [item.lower() for item in items]  # an item read as a fact, or a step inside an item, is the list's
        if rules and any(f.slot in KEY_SLOTS and offsets[i + 1] <= f.start < offsets[j]
                         and f.text.strip(" .;,").lower() not in said
                         and not (f.slot == Slot.HOW and any(f.text.strip(" .;,").lower() in item for item in said))
                         for f in sheet.facts):
            continue
        if shelters and 2 * sum(bool(_MAPPED.search(item)) for item in items) <= len(items):
            continue  # "Titik pengungsian:" over a plain list of places: the where line shows it
        if len(items) >= MIN_ITEMS and not _places(sheet, items, offsets[i + 1], offsets[j]):
            yield Asks(tuple(items), offsets[i + 1], offsets[j] - 1, line.strip())


def _places(sheet: FactSheet, items: list[str], start: int, end: int) -> bool:
    """Whether most `items` are places the sheet reads as wheres ("titik aman berikut:" then "1. Balai Desa X"):
    a list of where to go, which the where line shows, no list of asks."""
    wheres = {f.text.lower().strip(" .;,") for f in sheet.facts if f.slot == Slot.WHERE and start <= f.start < end}
    return 2 * sum(item.lower().strip(" .;,") in wheres for item in items) > len(items)


def asks_line(sheet: FactSheet, asks: Asks) -> FactLine:
    """The list line: its items as rows; for tight spaces (X) its first items, whole."""
    facts = tuple(f for f in sheet.facts if asks.start <= f.start < asks.end and f.slot == Slot.HOW)
    rows = tuple(capital(item) for item in asks.items)  # one a line: each opens as a sentence
    items = (rows[0], *asks.items[1:])  # inline, one sentence: "Menguras ...; menutup ..."
    shorter = tuple("; ".join(items[:n]) for n in range(len(items) - 1, 0, -1))
    if 2 * sum(bool(_DATED.match(item)) for item in asks.items) > len(asks.items):  # "Selasa, 26 Januari: Desa X"
        return FactLine(Slot.HOW, SCHEDULE_LABEL, "; ".join(items), facts, shorter[-1] if shorter else "", shorter,
                        mark="📅", rows=rows)  # a schedule the appeal asks citizens to support, each row whole
    if 2 * sum(bool(_MAPPED.search(item)) for item in asks.items) > len(asks.items):  # "Desa X → Balai Desa Y"
        label = SHELTER_LABEL if _SHELTER.search(asks.intro) else PLACES_LABEL
        return FactLine(Slot.HOW, label, "; ".join(items), facts, shorter[-1] if shorter else "", shorter,
                        mark="📍", rows=rows)  # where each group goes, no ask
    if _DONTS.search(asks.intro) and not _INTRO.search(asks.intro):
        return FactLine(Slot.HOW, DONTS_LABEL, "; ".join(items), facts, shorter[-1] if shorter else "", shorter,
                        mark="🚫", rows=rows)
    return FactLine(Slot.HOW, LABEL, "; ".join(items), facts, shorter[-1] if shorter else "", shorter,
                    mark="📋", rows=rows)


def without_asks(sheet: FactSheet, asks: Asks) -> FactSheet:
    """The sheet without the facts the list line shows, each ask whole: the other lines are planned from it, so
    no ask is said again under "Caranya" (or a place of an ask under "Di mana")."""
    return replace(sheet, facts=tuple(f for f in sheet.facts if not asks.start <= f.start < asks.end))


def with_asks(sheet: FactSheet, lines: tuple[FactLine, ...], asks: Asks) -> tuple[FactLine, ...]:
    """`lines` with the list line where the how lines were; a how line whose facts all lie in the list goes."""
    line = asks_line(sheet, asks)
    kept = tuple(other for other in lines if other.slot != Slot.HOW or not other.facts
                 or any(not asks.start <= f.start < asks.end for f in other.facts))
    at = next((i for i, other in enumerate(kept) if other.slot == Slot.HOW), None)
    if at is None:
        at = next((i for i, other in enumerate(kept) if other.slot in (Slot.DEADLINE, Slot.CONTACT, Slot.FIGURES,
                                                                       Slot.TARGET)), len(kept))
    return (*kept[:at], line, *kept[at:])


def asked_lead(lead: str, asks: Asks) -> str:
    """A lead that says only a request's frame ("Mengimbau seluruh warga di Kecamatan X.") or too little to stand
    alone ("IMBAUAN.") said as the list's frame with its first ask ("Seluruh warga di Kecamatan X diimbau
    menguras ..."), when the line framing the list names whom it asks; any other lead unchanged."""
    frame = _FRAME.search(asks.intro)
    if not _BARE.match(lead.strip()) or not frame:
        return lead
    return f"{capital(frame.group(2))} {_PASSIVE[frame.group(1).lower()]} {asks.items[0].rstrip('.')}."
