"""The fact sheet of a press draft: what a humas editor reads out of it before writing a post.

Every engine starts from it: the offline engine builds its posts from it, the LLM engine gets it in
its prompt as the facts that must survive, the reply engine answers citizens' questions from it, and
the key-fact check holds posts to it. Every fact is a verbatim span of the (markup-cleaned) draft,
with its offsets, so nothing in a sheet can be invented; `display` is how a post may write the same
fact (a date the EYD way, an acronym spelled out), never a new fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.core.reading.table_model import Table


class Slot(StrEnum):
    WHAT = "what"
    BENEFIT = "benefit"
    WHEN = "when"
    WHERE = "where"
    COST = "cost"
    WHO = "who"
    QUOTA = "quota"
    REQUIREMENTS = "requirements"
    HOW = "how"
    CONTACT = "contact"
    DEADLINE = "deadline"
    TARGET = "target"
    FIGURES = "figures"
    ATTRIBUTION = "attribution"


class DraftKind(StrEnum):
    EVENT = "event"
    SERVICE = "service"
    ACHIEVEMENT = "achievement"
    APPEAL = "appeal"
    CLARIFICATION = "clarification"
    EMERGENCY = "emergency"
    MEETING = "meeting"


#: The facts a post must not leave out when the draft has them (the key-fact check).
KEY_SLOTS: tuple[Slot, ...] = (Slot.WHEN, Slot.WHERE, Slot.COST, Slot.HOW)

#: How a post labels each slot (Indonesian), where a post shows labelled lines.
LABELS: dict[Slot, str] = {
    Slot.WHAT: "Apa",
    Slot.BENEFIT: "Manfaat",
    Slot.WHEN: "Kapan",
    Slot.WHERE: "Di mana",
    Slot.COST: "Biaya",
    Slot.WHO: "Untuk siapa",
    Slot.QUOTA: "Kuota",
    Slot.REQUIREMENTS: "Syarat",
    Slot.HOW: "Caranya",
    Slot.CONTACT: "Info",
    Slot.DEADLINE: "Batas waktu",
    Slot.TARGET: "Target",
    Slot.FIGURES: "Capaian",
    Slot.ATTRIBUTION: "Sumber",
}


@dataclass(frozen=True)
class Fact:
    """One fact: its slot and the span of the draft it came from (`draft[start:end] == text`)."""

    slot: Slot
    text: str
    start: int
    end: int
    #: How a post writes it ("Sabtu, 14 Juni 2025, pukul 07.30 WIB" for "Sabtu (14/6) pukul 07.30");
    #: empty when the text itself is the best wording.
    display: str = ""
    #: What a when, deadline or place fact is where a draft has several kinds (bot/core/reading/time_roles.py):
    #: "" for the offer's own period, day or place; "hours", "closed" or "old".
    role: str = ""

    @property
    def value(self) -> str:
        return self.display or self.text


@dataclass(frozen=True)
class Clause:
    """A clause of the draft after ceremony removal, or a ceremonial one (kept for the record)."""

    text: str
    start: int
    end: int
    #: Index of the sentence it belongs to.
    sentence: int
    ceremonial: bool = False
    #: How much it gives citizens (0 = nothing): the lead is the clause that gives the most.
    benefit: float = 0.0


def sentence_at(clauses: Sequence[Clause], offset: int, *, or_next: bool = False) -> int | None:
    """The sentence index of the first of `clauses` that holds `offset`; with `or_next`, of the first that ends
    after it (so an offset between clauses, in ceremony or framing the clauses leave out, gets the next
    clause's sentence). None when no clause qualifies. Works on the clauses before a FactSheet exists."""
    if or_next:
        return next((c.sentence for c in clauses if c.end > offset), None)
    return next((c.sentence for c in clauses if c.start <= offset < c.end), None)


@dataclass(frozen=True)
class FactSheet:
    #: The markup-cleaned draft all spans point into.
    draft: str
    kind: DraftKind
    facts: tuple[Fact, ...] = ()
    #: Every clause in draft order, ceremonial ones marked.
    clauses: tuple[Clause, ...] = ()
    #: The clause that says what citizens get (None when the draft gives them nothing).
    lead: Clause | None = None
    citizen_benefit: bool = True
    #: Questions to ask the originating office when the draft gives citizens nothing (Indonesian).
    office_questions: tuple[str, ...] = ()
    #: The draft's headline, when its first line is one.
    title: str = ""
    #: (acronym, expansion) pairs of the draft, when the draft or the lexicon knows the expansion.
    acronyms: tuple[tuple[str, str], ...] = ()
    #: The draft's tables, schedules and lists of rows (bot/core/reading/rows.py).
    tables: tuple[Table, ...] = ()

    def of(self, slot: Slot) -> list[Fact]:
        return [f for f in self.facts if f.slot == slot]

    def first(self, slot: Slot) -> Fact | None:
        return next((f for f in self.facts if f.slot == slot), None)

    def has(self, slot: Slot) -> bool:
        return any(f.slot == slot for f in self.facts)

    def key_facts(self) -> list[Fact]:
        """The facts a post must keep: the when, where, cost and how the draft gives."""
        return [f for f in self.facts if f.slot in KEY_SLOTS]

    def content(self) -> list[Clause]:
        """The clauses that remain once the ceremony is removed, in draft order."""
        return [c for c in self.clauses if not c.ceremonial]

    def clause_at(self, offset: int) -> Clause | None:
        """The clause holding `offset` of the draft (an empty clause holds its own start), or None."""
        return next((c for c in self.clauses if c.start <= offset < max(c.end, c.start + 1)), None)

    def sentence_of(self, offset: int, *, or_next: bool = False) -> int | None:
        """The sentence index of the clause holding `offset` of the draft (`sentence_at`)."""
        return sentence_at(self.clauses, offset, or_next=or_next)
