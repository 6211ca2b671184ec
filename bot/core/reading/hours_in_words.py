"""Hours written in words ("pukul tujuh pagi"): when they are the time of what citizens attend.

A story's moment ("menjelang pukul sebelas siang stok habis") is no time of the service, so an hour in words is
a when only where it follows its day or starts a range that does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.fact_scan import Located
from bot.core.spelled_times import spelled_hour

#: What may stand between a day and the hour it starts at, or between two hours of a range.
_DAY_TO_HOUR = re.compile(r"\)?[\s,]*(?:(?:mulai|pada|sejak|dari)\s+)?")
_HOUR_TO_HOUR = re.compile(r"\s*(?:sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|s/d|-|–)\s*", re.I)


def timed_hours(text: str, locs: Sequence[Located]) -> list[Located]:
    """`locs` without the hours in words that tell a story's moment ("menjelang pukul sebelas siang" the stock
    ran out): an hour in words is a when only right after its day ("Jumat, 11 Desember 2026 mulai pukul tujuh
    pagi") or as the end of a range that starts so ("... jam delapan pagi sampai jam tiga sore")."""
    out: list[Located] = []
    ordered = sorted(locs, key=lambda x: x.start)
    for i, loc in enumerate(ordered):
        if spelled_hour(text[loc.start : loc.end]) and not any(
                (prev.fact.key.startswith("date:") and _DAY_TO_HOUR.fullmatch(text, prev.end, loc.start))
                or (spelled_hour(text[prev.start : prev.end]) and _HOUR_TO_HOUR.fullmatch(text, prev.end, loc.start))
                for prev in out if prev.end <= loc.start) and not _opens_hours(text, loc, ordered[i + 1 :]):
            continue
        out.append(loc)
    return out


#: A service's hours said before them ("Pelayanan dibuka mulai | pukul sembilan pagi sampai pukul dua siang").
_OPEN_FROM = re.compile(r"\b(?:dibuka|buka|dilayani|melayani|berlangsung|beroperasi|jam(?:nya)?|waktunya)\s+"
                        r"(?:(?:mulai|dari|sejak)\s+)?$", re.I)  # "Jamnya mulai | jam delapan pagi sampai ..."


def _opens_hours(text: str, loc: Located, after: Sequence[Located]) -> bool:
    """`loc`, an hour in words, starts the range of a service's opening hours: "dibuka mulai" before it and
    another hour in words after it."""
    return bool(_OPEN_FROM.search(text, max(0, loc.start - 30), loc.start)) and any(
        spelled_hour(text[nxt.start : nxt.end]) and _HOUR_TO_HOUR.fullmatch(text, loc.end, nxt.start) for nxt in after)
