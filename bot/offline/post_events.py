"""One event per "📅 Kapan" line (round 21p).

A draft may date two events: a festival on 26-30 December and a free clinic at the festival on the 27th; a
selection test and the start of a training. Joined in one "Kapan" line ("26–30 Desember 2026; Minggu, 27
Desember 2026, pukul 07.00–11.00 WIB") they read as one event's days. So the dated times of a when line are
grouped by the statement they stand in; the group whose statement the lead speaks of stays "Kapan", and each
other group gets its own line labelled by the event its statement names: the noun phrase after a verb of holding
("akan ada | pengobatan gratis | oleh ...") or before one ("Pelatihan | dimulai ..."), or the name a holding verb
takes ("menggelar | Festival X | pada ..."). A group whose event has no name stays in the "Kapan" line.
"""

from __future__ import annotations

import re

from bot.core.reading import Fact, FactSheet
from bot.core.reading.time_roles import statement
from bot.offline.post_schedule import dated
from bot.offline.post_text import clean_span

Values = list[tuple[str, Fact]]

#: Verbs that hold an event, active or passive.
_HOLD = r"(?:ada|digelar|dibuka|diadakan|dilaksanakan|diselenggarakan|berlangsung|dimulai)"
#: The event after its verb: lower-case words up to a preposition, a relative or a stop ("ada pengobatan gratis oleh").
_AFTER = re.compile(rf"\b(?:akan\s+)?{_HOLD}\s+([a-z][\w-]*(?:\s+(?!oleh|di|untuk|bagi|dari|yang|berupa|dengan|pada|"
                    rf"mulai|selama|setiap|sampai|hingga)[a-z][\w-]*){{0,3}})(?=\s+(?:oleh|di|untuk|bagi|dari|yang|"
                    rf"berupa|dengan|pada|mulai|selama|setiap)\b|\s*[,.;]|$)")
#: The event before its verb, right before the time ("Pelatihan dimulai | Senin ...").
_BEFORE = re.compile(rf"(?:^|[,;]\s*)([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})\s+(?:akan\s+)?{_HOLD}\s+(?:pada\s+)?$")
#: The name a holding verb takes, right before the time ("menggelar | Festival Tepian Sungai Jantan | pada").
_NAMED = re.compile(r"\b(?:menggelar|mengadakan|menyelenggarakan|membuka|melaksanakan)\s+((?:[A-Z][\w'-]*)"
                    r"(?:\s+(?:[A-Z][\w'-]*|\d+)){0,5})\s+(?:pada\s+)?$")
#: A service that opens at a time, named first in its statement ("Dapur umum buka di Gedung SKB mulai pukul 18.00
#: WIB"): its own time beside a warning's or an event's day, though it gives no date.
_OPENS = re.compile(r"^[^\w]*([A-Z][a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+(?:akan\s+|juga\s+)?(?:buka|dibuka|"
                    r"beroperasi|mulai\s+beroperasi|tersedia|disiapkan|siap\s+melayani)\b")
#: Most words of an event's name in a label.
MAX_WORDS = 5


def event_name(sheet: FactSheet, fact: Fact) -> str:
    """The event the statement of a dated `fact` names (see the module's docstring), "" for none."""
    start, end = statement(sheet.draft, fact)
    before, after = sheet.draft[start : fact.start], sheet.draft[fact.end : end]
    for found in (_NAMED.search(before), _BEFORE.search(before), _AFTER.search(after), _OPENS.match(before)):
        if found is not None and len(found.group(1).split()) <= MAX_WORDS:
            name = clean_span(found.group(1))
            return name[:1].upper() + name[1:]
    return ""


def split_events(sheet: FactSheet, values: Values, lead: str) -> tuple[Values, list[tuple[str, Values]]]:
    """The when values of the lead's event, and (name, values) of each other dated event (see the docstring)."""
    groups: dict[tuple[int, int], Values] = {}
    for value, fact in values:
        groups.setdefault(statement(sheet.draft, fact), []).append((value, fact))
    dated_groups = [span for span, group in groups.items() if any(dated(f) for _, f in group)]
    opening = [span for span in groups if span not in dated_groups and _OPENS.match(sheet.draft[span[0]:span[1]])]
    if len(dated_groups) + bool(dated_groups and opening) < 2:
        return values, []
    said = set(re.findall(r"\w+", lead.lower()))

    def score(span: tuple[int, int]) -> tuple[int, int]:
        return len(said & set(re.findall(r"\w+", sheet.draft[span[0] : span[1]].lower()))), -span[0]

    main = max(dated_groups, key=score)
    events: list[tuple[str, Values]] = []
    kept: Values = []
    for span, group in sorted(groups.items()):
        name = event_name(sheet, group[0][1]) if span != main and (span in dated_groups or span in opening) else ""
        if name and name.lower() not in lead.lower():
            events.append((name, group))
        else:
            kept += group
    return kept, events
