"""A route's stops, as one line ("🚏 Rute: Halte Terminal Sako → Halte Sako Raya → ... → Halte Stasiun LRT Cinde").

A bus or boat service lists where it stops as a row of names joined by arrows. No slot holds them (they are
neither where to come nor a list of asks), so a post dropped them and told citizens of a new route without
where it goes. A draft line of three or more short names joined by arrows is such a route; the line shows it
whole, and the first and last stop where room is short (X).
"""

from __future__ import annotations

import re

from bot.core.reading import FactSheet, Slot
from bot.offline.fact_line import FactLine

ROUTE_LABEL, ROUTE_MARK = "Rute", "🚏"
_ARROW = re.compile(r"\s*(?:➡️|➡|→|⇒|->|=>|»)\s*")
#: What opens a route line before its first stop: a mark, a label ("Rute K7:", "📍 Halte:").
_OPENING = re.compile(r"^[^\w(]*(?:[\w &/-]{0,30}:\s*)?")
#: Fewest stops a route has; most characters of a stop's name (a longer part is a sentence, no stop).
MIN_STOPS, STOP_CHARS = 3, 60


def _stops(line: str) -> list[str]:
    parts = _ARROW.split(line.strip())
    if len(parts) < MIN_STOPS:
        return []
    parts[0] = _OPENING.sub("", parts[0]) if _OPENING.match(parts[0]) and ":" in parts[0] else parts[0]
    stops = [part.strip(" .;,") for part in parts]
    if any(not stop or len(stop) > STOP_CHARS or not stop[:1].isupper() for stop in stops):
        return []
    return stops


def route_line(sheet: FactSheet, said: str) -> FactLine | None:
    """The first route of the draft as a line, unless the post (`said`) names most of its stops already."""
    for line in sheet.draft.split("\n"):
        stops = _stops(line)
        if stops and 2 * sum(stop.lower() in said.lower() for stop in stops) <= len(stops):
            brief = f"{stops[0]} → … → {stops[-1]}"
            return FactLine(Slot.WHERE, ROUTE_LABEL, " → ".join(stops), (), brief, (brief,), mark=ROUTE_MARK)
    return None
