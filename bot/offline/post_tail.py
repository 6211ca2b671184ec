"""A lead cut before the list it introduces, given its list (round 21p).

"Pemeriksaan mata GRATIS plus kacamata GRATIS buat:" then "🧒 anak sekolah usia 7–15 tahun" and "👵👴 opa oma usia
60 tahun ke atas" on their own lines: the reading's clause stops at the colon, and a lead that ends "... buat." says
for nobody. Where a lead ends on a word that opens a list (a preposition of whom or what, "yaitu", "meliputi") and
the draft goes on with a colon and list lines, the lead takes the items, joined as a sentence ("..., A dan B").
"""

from __future__ import annotations

import re

#: A word that opens a list, ending the lead (not "berikut": a step pointing at a list of places keeps its own line).
_OPENS = re.compile(r"\b(?:untuk|bagi|buat|kepada|yaitu|yakni|meliputi|antara\s+lain)\s*[.:]?\s*$", re.I)
#: A list line: a bullet, a number or an emoji before its words.
_ITEM = re.compile(r"^\s*(?:[-–•*▪➡→►▶✅☑]|\d{1,2}[.)]|[^\w\s(\"'])\S*\s*(?=\w)")
#: Most items taken into a lead.
MAX_ITEMS = 4


def with_list(draft: str, end: int, lead: str) -> str:
    """`lead` (its span ending at `end` in `draft`) with the list its last word opens, or `lead` unchanged."""
    if not _OPENS.search(lead.rstrip(" .")):
        return lead
    rest = re.match(r"[ \t]*:[ \t]*\n", draft[end:])
    if rest is None:
        return lead
    items: list[str] = []
    for line in draft[end + rest.end() :].split("\n"):
        found = _ITEM.match(line)
        if found is None or not line.strip():
            break
        items.append(line[found.end() :].strip(" ;,."))
    if not items or len(items) > MAX_ITEMS:
        return lead
    joined = items[0] if len(items) == 1 else f"{', '.join(items[:-1])} dan {items[-1]}"
    return f"{lead.rstrip(' .:')} {joined}."
