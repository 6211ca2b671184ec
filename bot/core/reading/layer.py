"""What the rules read of a draft, handed to a learned layer that may correct their lead and kind.

Kept apart from `extract` so that the layer (`reading_model`) and its features need not import the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.reading.sheet import Clause, DraftKind, Fact


@dataclass(frozen=True)
class Reading:
    """What the rules read of a draft at the moment a learned layer may correct them."""

    text: str
    title: str
    sentences: tuple[tuple[int, int], ...]
    #: The clauses weighed by the rules (`Clause.benefit`), ceremony marked.
    clauses: tuple[Clause, ...]
    facts: tuple[Fact, ...]
    #: The rules' kind before the lead was chosen (the one the clauses were weighed for).
    first_kind: DraftKind
    #: The rules' lead, then (in `kind`) the lead in force.
    lead: Clause | None


class ReadingLayer(Protocol):
    """A learned correction of the rules' lead and kind (bot/core/reading/reading_model.py)."""

    def choose_lead(self, reading: Reading) -> Clause | None: ...

    def choose_kind(self, reading: Reading, rule_kind: DraftKind) -> DraftKind: ...
