"""Columns of a table pasted as text, kept when whitespace is tidied.

A table copied from a spreadsheet or a word processor sets its cells apart by tabs or by runs of
spaces ("9 Feb 2026     Menganti     Lapangan Desa Boboh"). Tidying whitespace to one space would run
the cells together, so a line of such a table gets " | " between its cells instead, as a pipe table
writes it. Only a run of two lines or more with the same number of gaps is a table; a gap next to a
":" or a "|" is alignment ("Hari buka    : Selasa", "Senin   | Poli Umum"), not a column.
"""

from __future__ import annotations

import re

#: A gap between two cells: a tab, or two spaces or more, not next to ":" or "|".
_GAP = re.compile(r"(?<=[^\s:|])(?:[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{2,})(?=[^\s:|])")
#: The fewest lines a table of columns has.
MIN_LINES = 2


def _gaps(line: str) -> int:
    return len(_GAP.findall(line.strip()))


def mark_columns(lines: list[str]) -> list[str]:
    """`lines` with the column gaps of each run of table lines written " | "."""
    counts = [_gaps(line) for line in lines]
    out = list(lines)
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and counts[end] and counts[end] == counts[index]:
            end += 1
        if end - index >= MIN_LINES:
            for row in range(index, end):
                out[row] = _GAP.sub(" | ", lines[row].strip())
        index = max(end, index + 1)
    return out
