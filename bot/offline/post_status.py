"""The status level of a warning ("Level III (Siaga)", "status siaga darurat bencana banjir"): its own line.

A warning's level says how bad the danger is in the words the agencies use (PVMBG's Level I-IV with
Normal/Waspada/Siaga/Awas, a regional "siaga darurat" or "tanggap darurat"); a citizen needs it next to
the danger, and a post that lists shelters and bans without it hides why. When the draft tells a change
("dari Level II (Waspada) menjadi Level III (Siaga)"), the level it became is the one in force.
"""

from __future__ import annotations

import re

from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.offline.fact_line import FactLine

STATUS_LABEL = "Status"
STATUS_MARK = "⚠️"

_NAME = r"(?:Normal|Waspada|Siaga|Awas)"
_LEVEL = r"Level\s+(?:IV|I{1,3}|[1-4])\b"
#: A word naming the danger after "siaga darurat" ("banjir", "Kebakaran Hutan"): no verb ("ditetapkan",
#: "berlaku", "menjadi"), no linking word ("akibat", "di", "sejak").
_NAMING = r"(?!(?:di|ber|ter|me)[a-z]{3,}\b|(?:akibat|karena|dan|yang|sejak|selama|mulai|pada|hingga|sampai|"\
          r"untuk|ini|tersebut|di|ke)\b)[a-z]+"
_EMERGENCY = rf"(?:siaga|tanggap|transisi)\s+darurat(?:\s+bencana)?(?:\s+{_NAMING}){{0,2}}(?:\s+dan\s+{_NAMING})?"
#: A level in one of the forms the agencies write it: "Level III (Siaga)", "Siaga (Level III)", "status Awas",
#: "status siaga darurat bencana banjir", "Siaga Darurat Bencana Kekeringan".
_STATUS = re.compile(
    rf"\b{_LEVEL}\s*\(\s*{_NAME}\s*\)|\b{_NAME}\s*\(\s*{_LEVEL}\s*\)|\b{_EMERGENCY}|"
    rf"(?<=\bstatus\s){_NAME}\b(?:\s+{_LEVEL}|\s+[1-3]\b)?|\b{_LEVEL}",
    re.I,
)
#: The word before the level it changed to: "menjadi", "naik ke", "ditetapkan" ...
_BECAME = re.compile(r"\b(?:menjadi|ke|jadi|ditetapkan|menetapkan|berstatus|tetap)\s+(?:status\s+)?$", re.I)
#: The level before the change ("dari Level II (Waspada)"): never the one in force.
_FROM = re.compile(r"\bdari\s+(?:status\s+)?$", re.I)
_WARNINGS = (DraftKind.EMERGENCY, DraftKind.APPEAL)
#: What the level is of, named between "status" and the change ("status Gunung Lokon dari ..."): "Status Gunung Lokon".
_OF = re.compile(r"\bstatus\s+((?:[A-Z][\w-]*\s+){1,4}?)(?:dari|menjadi|tetap|naik|turun|ditetapkan|berada)\b")


def status_level(sheet: FactSheet) -> Fact | None:
    """The warning's level in force, as a span of the draft: the first level a change leads to, else the
    first level named that is no former one (a level with its name or its danger before a bare "Siaga");
    None for a draft of another kind or with no level."""
    if sheet.kind not in _WARNINGS:
        return None
    found = [m for m in _STATUS.finditer(sheet.draft) if not _FROM.search(sheet.draft, max(0, m.start() - 12),
                                                                          m.start())]
    named = [m for m in found if " " in m.group(0).strip()] or found  # "status Awas" only when nothing says more
    became = [m for m in named if _BECAME.search(sheet.draft, max(0, m.start() - 24), m.start())]
    if not named:
        return None
    match = (became or named)[0]
    text = match.group(0).strip()
    return Fact(Slot.FIGURES, text, match.start(), match.start() + len(text))


def status_line(sheet: FactSheet, said: str) -> FactLine | None:
    """The status line of a warning whose lead and lines do not say its level already."""
    level = status_level(sheet)
    if level is None or (re.search(rf"(?<![\w-]){re.escape(level.text)}(?![\w-])", said, re.I)
                         and not re.search(rf"\b(?:tas|posko|pos|kantong)\s+{re.escape(level.text)}\b", said, re.I)):
        return None  # said already; "tas siaga" (a go-bag) says no level
    value = level.text[:1].upper() + level.text[1:]
    sentence_start = max(sheet.draft.rfind(".", 0, level.start), sheet.draft.rfind("\n", 0, level.start)) + 1
    named = _OF.search(sheet.draft, sentence_start, level.start)
    label = f"{STATUS_LABEL} {named.group(1).strip()}" if named else STATUS_LABEL
    return FactLine(Slot.FIGURES, label, value, (level,), mark=STATUS_MARK)
