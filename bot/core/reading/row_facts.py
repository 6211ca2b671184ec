"""The facts a draft's tables give (bot/core/reading/rows.py): each row's day, time, place, route, price and
quota as a fact of the sheet, so the fact lock, the key-fact check, posts and answers see every row, not
only the rows a sentence pattern happens to catch. A row's fact replaces the facts of its slot found inside
it; of a row's places, the venue is kept over the area it stands in ("Posyandu Melati" over
"Puuwatu"); a price keeps the group it is for when the group opens the row ("Dewasa : Rp15.000")."""

from __future__ import annotations

from bot.core.reading.sheet import Fact, Slot
from bot.core.reading.table_model import DAY, GROUP, PLACE, PRICE, QUOTA, ROUTE, TIME, Cell, Row, Table

#: The slot of the fact each role of a cell gives.
ROLE_SLOTS = {DAY: Slot.WHEN, TIME: Slot.WHEN, PLACE: Slot.WHERE, ROUTE: Slot.WHERE, PRICE: Slot.COST,
          QUOTA: Slot.QUOTA}


def _cells(row: Row) -> list[Cell]:
    """The row's cells that give a fact: one place (the longest, the venue), every other role."""
    places = row.of(PLACE)
    venue = max(places, key=lambda c: len(c.text)) if places else None
    return [c for c in row.cells if c.role in ROLE_SLOTS and (c.role != PLACE or c is venue)]


def with_row_facts(text: str, tables: tuple[Table, ...], facts: list[Fact]) -> list[Fact]:
    """`facts` with the facts of the tables' rows: a row's fact takes the place of the facts of its slot
    that lie inside it ("Rp5.000" of "Mahasiswa : Rp5.000"); a fact that reaches beyond it (a list of
    places kept whole) stays, and the row adds nothing of that slot there."""
    out = list(facts)
    for table in tables:
        for row in table.rows:
            key = row.cells[0]
            for cell in _cells(row):
                slot = ROLE_SLOTS[cell.role]
                start = key.start if slot == Slot.COST and key.role == GROUP and key is not cell else cell.start
                near = [f for f in out if f.slot == slot and f.start < cell.end and start < f.end]
                if any(f.start < start or f.end > cell.end for f in near):
                    continue
                out = [f for f in out if f not in near] + [Fact(slot, text[start : cell.end], start, cell.end)]
    return out
