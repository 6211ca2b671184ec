"""A market's price list in a post: every item of the draft's list, each with its name (the reading may
keep only the first few items of a long list, and the rest then stands alone as a context sentence).
"""

from __future__ import annotations

import re

from bot.core.reading import Fact, FactSheet, Slot
from bot.offline.post_labels import with_limit
from bot.offline.post_text import clean_span

#: A list item's mark at the start of a line ("• ", "- ", "1. ").
_BULLET = re.compile(r"[ \t]*(?:[•\-–*▪▫◦·]|\d{1,2}[.)])[ \t]+")
#: An item that names a thing and gives its price: "Bawang merah Rp30.000 per kg".
_PRICED = re.compile(r"^[A-Za-z][^\n]{1,40}?\bRp\s?\d[\d.,]*[^\n]{0,30}$")


def _item_line(draft: str, fact: Fact) -> tuple[int, int] | None:
    """The start and end of the list line the fact fills (after its bullet), or None when it is no item."""
    start = draft.rfind("\n", 0, fact.start) + 1
    end = draft.find("\n", fact.end)
    end = len(draft) if end < 0 else end
    bullet = _BULLET.match(draft, start)
    if bullet is None or draft[bullet.end() : fact.start].strip() or draft[fact.end : end].strip(" .;,"):
        return None
    return bullet.end(), end


def list_rest(sheet: FactSheet, facts: list[Fact]) -> list[Fact]:
    """The priced items of the list the last cost item belongs to that follow it and no fact keeps."""
    if not facts or (line := _item_line(sheet.draft, facts[-1])) is None:
        return []
    rest: list[Fact] = []
    position = line[1] + 1
    while position < len(sheet.draft):
        end = sheet.draft.find("\n", position)
        end = len(sheet.draft) if end < 0 else end
        bullet = _BULLET.match(sheet.draft, position)
        text = sheet.draft[bullet.end() : end].strip(" .;,") if bullet else ""
        if not _PRICED.match(text):
            break
        start = sheet.draft.index(text, bullet.end() if bullet else position)
        rest.append(Fact(Slot.COST, text, start, start + len(text)))
        position = end + 1
    return rest


def price_values(sheet: FactSheet, values: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """A cost line's values with their caps ("maksimal ..."), then the rest of a price list the values
    open: "Beras ...; Minyakita ...; ...; Bawang merah Rp30.000 per kg"."""
    capped = [(with_limit(sheet, f, v), f) for v, f in values]
    return capped + [(clean_span(f.text), f) for f in list_rest(sheet, [f for _, f in values])]
