"""The rows of a draft's tables, schedules and lists: cells with roles (read by bot/core/reading/rows.py).

A module of its own, importing nothing of the reading, so that the fact sheet can hold tables without
importing the reader (which reads places, which read the sheet's slots).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DAY, TIME, PRICE, QUOTA, ROUTE = "day", "time", "price", "quota", "route"
PLACE, GROUP, OTHER = "place", "group", "other"
#: Roles that name a row (what a citizen asks by: a place, a route, a group, a day).
KEY_ROLES = frozenset({PLACE, ROUTE, GROUP, DAY})
#: Roles of a row's facts.
VALUE_ROLES = frozenset({DAY, TIME, PRICE, QUOTA, PLACE, ROUTE})
#: A table's rule row ("|----|:---:|") or cell: no value.
RULE_ROW = re.compile(r"^[ \t|:\-–—=+]+$")
#: An arrow between a row's cells ("🗓️ Jumat (5/2) ➡️ Meunasah Gampong Balohan"); between two names it is a route.
ARROW = re.compile(r"[ \t]*(?:➡️|➡|→|⇒|=>|->)[ \t]*")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str
    role: str
    #: The header of the cell's column, or the key that names it in a "key: value" row.
    head: str = ""


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    text: str
    cells: tuple[Cell, ...]

    def of(self, *roles: str) -> list[Cell]:
        return [c for c in self.cells if c.role in roles]


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]
    header: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.rows[0].start

    @property
    def end(self) -> int:
        return self.rows[-1].end

    def has(self, role: str) -> bool:
        return sum(1 for row in self.rows if row.of(role)) >= 2

    @property
    def kind(self) -> str:
        """schedule (days or times at places or on routes), prices, quotas or list."""
        timed = self.has(DAY) or self.has(TIME)
        if timed and (self.has(PLACE) or self.has(ROUTE)):
            return "schedule"
        if self.has(PRICE):
            return "prices"
        if self.has(QUOTA):
            return "quotas"
        roles = {c.role for row in self.rows for c in row.cells}
        return "schedule" if timed and len(roles) >= 2 else "list"
