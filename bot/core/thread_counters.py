"""Thread counters ("[2/6]", "Slide 2/5", "1/3" opening a thread's posts): numbers that look like dates and
are none; the fact scan masks them.
"""

from __future__ import annotations

import re

#: A thread counter in brackets ("[2/6]") or named ("Slide 2/5", "Hal. 1/3"): never a date.
_COUNTER_BRACKETED = re.compile(r"\[\d{1,2}/\d{1,2}\]"
                                r"|(?i:\b(?:slide|slid|hal\.?|halaman|bagian|part|geser)[ \t]*)\d{1,2}/\d{1,2}\b")
#: A counter that may open a line ("1/6 INFO ...", "(2/6) Mulai ..."): a counter only in a run of them.
_COUNTER_AT_LINE = re.compile(r"(?m)^[ \t]*\(?(\d{1,2})/(\d{1,2})\)?(?=\s)")


def counter_spans(text: str) -> list[tuple[int, int]]:
    """Where a thread's counters stand: bracketed ones, and counters opening lines when at least two
    share one total and count up from 1 to it ("1/3", "2/3", "3/3": a thread's posts; a schedule of
    dates opening lines would have to run from the 1st to the month's number to look the same)."""
    spans = [(m.start(), m.end()) for m in _COUNTER_BRACKETED.finditer(text)]
    by_total: dict[str, list[re.Match[str]]] = {}
    for m in _COUNTER_AT_LINE.finditer(text):
        by_total.setdefault(m.group(2), []).append(m)
    for total, found in by_total.items():
        numbers = [int(m.group(1)) for m in found]
        if len(found) >= 2 and numbers == sorted(set(numbers)) and numbers[0] == 1 and numbers[-1] == int(total):
            spans += [(m.start(), m.end()) for m in found]
    return spans
