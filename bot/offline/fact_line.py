"""One labelled line of a post's facts, and the order and marks of the lines.

Kept apart from the post plan so that the modules building lines (bot/offline/post_rows.py) and the plan
that orders them import it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.reading import Fact, Slot

#: The order of fact lines in a post: what a citizen needs to act first.
LINE_ORDER: tuple[Slot, ...] = (
    Slot.WHEN, Slot.WHERE, Slot.COST, Slot.BENEFIT, Slot.WHO, Slot.QUOTA, Slot.REQUIREMENTS, Slot.HOW,
    Slot.DEADLINE, Slot.CONTACT, Slot.FIGURES, Slot.TARGET,
)
EMOJI: dict[Slot, str] = {
    Slot.WHEN: "📅", Slot.WHERE: "📍", Slot.COST: "💰", Slot.BENEFIT: "🎁", Slot.WHO: "👥", Slot.QUOTA: "🔢",
    Slot.REQUIREMENTS: "🧾", Slot.HOW: "📝", Slot.DEADLINE: "⏳", Slot.CONTACT: "📞", Slot.FIGURES: "📊",
    Slot.TARGET: "🎯",
}


@dataclass(frozen=True)
class FactLine:
    slot: Slot
    label: str
    value: str
    #: The sheet's facts the line shows (the key-fact check looks for them).
    facts: tuple[Fact, ...] = ()
    #: A shorter wording for tight spaces (X): a schedule's first stop.
    brief: str = ""
    #: Shorter wordings for tight spaces, each the line's first values, whole (X).
    shorter: tuple[str, ...] = ()
    #: The line's own mark where it is not its slot's (a how that is a report: bot/offline/post_report.py).
    mark: str = ""
    #: The rows of a table the line shows, each whole (bot/offline/post_rows.py).
    rows: tuple[str, ...] = ()

    @property
    def emoji(self) -> str:
        return self.mark or EMOJI.get(self.slot, "•")
