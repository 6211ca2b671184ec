"""A lead taken from a speaker's words (a radio talk, an interview) written as a post's sentence: the fillers go
("begini, ...", "..., eh, ...") and the organiser's "kami gelar X" / "X kita laksanakan" becomes "X digelar", the
event as the subject. Only words are dropped or a verb's voice changed: no fact is added or lost."""

from __future__ import annotations

import re

#: Fillers of speech at the start or between commas.
_OPENING_FILLER = re.compile(r"^(?:(?:jadi|nah|begini|begitu|yak|ya|ee+|eh|oke|baik)\s*,?\s+)+", re.I)
_INNER_FILLER = re.compile(r",\s*(?:eh|ee+|apa\s+itu|apa\s+namanya)\s*,", re.I)
_HOLD = r"(?:gelar|menggelar|laksanakan|melaksanakan|adakan|mengadakan|selenggarakan|menyelenggarakan)"
#: "kami gelar Merauke Job Fair 2026, ...": the organiser first, the named event after.
_WE_HOLD = re.compile(rf"^(?:kami|kita)\s+{_HOLD}\s+(?=[A-Z])", re.I)
#: "Festival Pesona Manakarra tahun ini kita laksanakan tiga hari": the event first, the organiser after.
_HELD_BY_US = re.compile(rf"(?<=\S)\s+(?:kami|kita)\s+{_HOLD}\b", re.I)


def written(text: str) -> str:
    """`text` as a written sentence (see the module's docstring)."""
    text = _INNER_FILLER.sub(",", _OPENING_FILLER.sub("", text))
    held = _WE_HOLD.match(text)
    if held:
        rest = text[held.end():]
        name, sep, tail = rest.partition(",")
        return f"{name.strip()} digelar{tail}" if sep else f"{name.strip()} digelar"
    if re.match(r"[A-Z]", text):
        text = _HELD_BY_US.sub(" digelar", text, count=1)
    return text
