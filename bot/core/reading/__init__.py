"""Reading a press draft like a humas editor: the fact sheet every engine starts from."""

from bot.core.reading.extract import read_draft
from bot.core.reading.key_check import missing_key_facts
from bot.core.reading.sheet import KEY_SLOTS, Clause, DraftKind, Fact, FactSheet, Slot

__all__ = ["KEY_SLOTS", "Clause", "DraftKind", "Fact", "FactSheet", "Slot", "missing_key_facts", "read_draft"]
