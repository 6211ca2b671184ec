"""A draft's table in a post: its rows, whole, as compact lines (round 14b of issue 11).

A schedule of places, a list of fares per route or of quotas per group is what citizens look for first,
and a fact line that runs every date together ("Kapan: 9 Feb; 10 Feb; ...") beside every place ("Di mana:
...") loses which day goes with which place. So the rows of the draft's table (bot/core/reading/rows.py)
become one line of their own, each row whole (never cut mid-way): Instagram shows its first rows and says
the rest are in the carousel's slide, Facebook and WhatsApp show them all (WhatsApp with each row's key in
bold), TikTok the first few, X the first row and that the list goes on. The other lines of the post are
planned from the facts outside the table, so a row's day or place is not said twice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.reading import Fact, FactSheet, Slot
from bot.core.reading.row_facts import ROLE_SLOTS
from bot.core.reading.rows import row_text
from bot.core.reading.table_model import DAY, PLACE, PRICE, ROUTE, TIME, Table
from bot.offline.fact_line import LINE_ORDER, FactLine
from bot.offline.post_schedule import GOES_ON

#: Rows each platform shows before saying the list goes on.
SHOWN = {"instagram": 8, "facebook": 15, "whatsapp": 15, "tiktok": 6}
_LABELS = {"schedule": "Jadwal", "prices": "Tarif", "quotas": "Kuota"}
_SLOTS = {"schedule": Slot.WHEN, "prices": Slot.COST, "quotas": Slot.QUOTA}
#: What a short list says of the rows it leaves out, per platform (no count: the fact lock would ask
#: the draft for it).
MORE = "dan {what} lainnya"
#: Instagram points to the carousel's slide that the visual suggestion asks for.
_MORE_ON = {"instagram": MORE + ", daftar lengkap di slide berikutnya"}


def shown_tables(sheet: FactSheet) -> tuple[Table, ...]:
    """The tables a post shows: those of a schedule, prices or quotas; none when the draft gives citizens
    nothing (a meeting's table is its report's, not theirs)."""
    return tuple(t for t in sheet.tables if t.kind in _LABELS) if sheet.citizen_benefit else ()


def _shows(table: Table) -> set[Slot]:
    """The slots a table's cells give (a place inside a date's cell is no place column)."""
    roles = {c.role for row in table.rows for c in row.cells}
    return {slot for role, slot in ROLE_SLOTS.items() if role in roles}


def inside(tables: tuple[Table, ...], fact: Fact) -> bool:
    """Whether `fact` is one a table's rows line shows: inside the table, of a slot its cells give, or wholly inside
    one cell ("RT 001" of the cell "RT 001 & RT 002", which names whom the row's hour is for)."""
    return any(table.start <= fact.start < table.end + 1 and (fact.slot in _shows(table) or any(
        c.start <= fact.start and fact.end <= c.end for row in table.rows for c in row.cells)) for table in tables)


def without_tables(sheet: FactSheet, tables: tuple[Table, ...]) -> FactSheet:
    """The sheet without the facts the tables' rows lines show: the other lines are planned from it."""
    return replace(sheet, facts=tuple(f for f in sheet.facts if not inside(tables, f)))


#: The word a list of prices is introduced by ("Harga:", "Biaya per orang:"): what its line is called.
_PRICE_WORDS = ("tarif", "harga", "biaya", "denda", "iuran", "retribusi", "ongkos", "potongan", "diskon")
_PRICE_INTRO = re.compile(r"^\W*(harga(?:\s+(?:beli|jual))?|tarif|biaya|ongkos|retribusi|iuran)\b[^\n]{0,60}:\s*$",
                          re.I)


def _label(table: Table, draft: str = "") -> str:
    """"Jadwal", "Tarif", "Kuota", or "Jam layanan" for days and hours alone ("Jumat | 07.30–11.00"); prices
    introduced by their own word ("Harga:" above a market's goods) by that word."""
    roles = {c.role for row in table.rows for c in row.cells}
    if table.kind == "schedule" and roles <= {DAY, TIME}:
        return "Jam layanan"
    if table.kind == "prices":
        end = max(draft.rfind("\n", 0, table.start), 0)  # the line before the first row's ("- botol ...")
        line = draft[draft.rfind("\n", 0, end) + 1 : end]
        intro = _PRICE_INTRO.match(re.split(r"(?<=[.!?])\s+", line)[-1])  # "... buka pukul 08.00. Harga beli saat ini:"
        heads = [set(h.lower().split()) for h in {c.head for row in table.rows for c in row.of(PRICE) if c.head}]
        shared = set.intersection(*heads) if heads else set()
        named = next((w for w in _PRICE_WORDS if w in shared), "")
        if intro or named:
            return " ".join((intro.group(1) if intro else named).split()).capitalize()  # "Harga beli": a bank pays
    return _LABELS[table.kind]


def _names(table: Table) -> list[str]:
    """Each row's place or route (its venue), after its day when it has one ("Senin, 2 Maret — Balai Desa X"),
    when every row names one."""
    names = []
    for row in table.rows:
        if row.of(PLACE, ROUTE):
            venue = max(row.of(PLACE, ROUTE), key=lambda c: len(c.text)).text
            names.append(f"{row.of(DAY)[0].text} — {venue}" if row.of(DAY) else venue)
    return names if len(names) == len(table.rows) else []


#: The speaker's tag a quoted list ends with ('... Rp25.000 per papan," ujar Yulfitri'): no part of a row.
_SPEECH_TAG = re.compile(r"[,.]?\s*[\"”]\s*,?\s*(?:\w+\s+)?(?:ujar|kata|tutur|jelas|tegas|ucap|sebut|imbuh|"
                         r"tambah)\w*\b[^;\n]*$", re.I)


def rows_line(sheet: FactSheet, table: Table) -> FactLine:
    """The line of a table: its rows whole; for tight spaces (X) its first rows, then its places or routes alone,
    each short form saying the list goes on ("lalu berlanjut di lokasi lain" where each row is elsewhere)."""
    rows = tuple(_SPEECH_TAG.sub("", row_text(row)).strip(" \"“”") for row in table.rows)
    names = _names(table)
    travels = table.kind == "schedule" and len({n.lower().split(" — ")[-1] for n in names}) == len(rows)
    label = _label(table, sheet.draft)
    more = GOES_ON if travels else MORE.format(what=(label if table.kind == "prices" else _LABELS[table.kind]).lower())
    shorter = tuple(f"{'; '.join(rows[:n])}; {more}" for n in range(len(rows) - 1, 0, -1))
    if names:  # "Tulehu – Amahai (Masohi); Hunimua – Waipirit; ...": where, when a row is too long for X
        shorter += ("; ".join(names), *(f"{'; '.join(names[:n])}; {more}" for n in range(len(names) - 1, 0, -1)))
    facts = tuple(f for f in sheet.facts if inside((table,), f))
    # a schedule of places is the post's where too: X keeps it among the first key lines
    slot = Slot.WHERE if table.kind == "schedule" and Slot.WHERE in _shows(table) else _SLOTS[table.kind]
    return FactLine(slot, label, "; ".join(rows), facts, shorter[-1] if shorter else "", shorter,
                    mark="📅" if slot != _SLOTS[table.kind] else "", rows=rows)


def with_rows(lines: tuple[FactLine, ...], sheet: FactSheet, tables: tuple[Table, ...]) -> tuple[FactLine, ...]:
    """`lines` with each table's line before the first line of a later slot in the post's order."""
    order = {slot: i for i, slot in enumerate(LINE_ORDER)}
    for table in sorted(tables, key=lambda t: -t.start):  # the first table ends up first
        line = rows_line(sheet, table)
        at = next((i for i, other in enumerate(lines) if order.get(other.slot, 99) >= order[line.slot]), len(lines))
        lines = (*lines[:at], line, *lines[at:])
    return lines


def shown_rows(line: FactLine, platform: str, bold: bool = False) -> list[str]:
    """The row lines a platform shows: its first rows (a WhatsApp row's key in bold), then that it goes on."""
    count = SHOWN.get(platform, 1)
    rows = [_bold(row) if bold else row for row in line.rows[:count]]
    if len(line.rows) <= count:
        return rows
    return [*rows, _MORE_ON.get(platform, MORE).format(what=line.label.split()[0].lower())]


def _bold(row: str) -> str:
    """A row with its key (before the first ": " or " — ") in bold."""
    for mark in (" — ", ": ", " : "):
        if mark in row:
            key, rest = row.split(mark, 1)
            return f"*{key.strip()}*{mark}{rest}"
    return f"*{row}*"
