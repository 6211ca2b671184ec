"""A table pasted as text: rows of cells set apart by "|" or tabs, the first row naming the columns
("Hari/Tanggal | Desa | Titik Vaksinasi"). A column's header says what its cells are, whatever they say:
the cells under "Lokasi" or "Titik Vaksinasi" are places, even "Pastoran Paroki Bola"."""

from __future__ import annotations

import re

from bot.core.reading.table_model import RULE_ROW

_ROW = re.compile(r"^[^\n]*(?:\|[^\n]*\||\t[^\n]*\t|[^\n|]\|[^\n|]|\t)[^\n]*$", re.M)
#: Columns of places: a venue column first; an area column when the table has no venue column.
_VENUE = re.compile(r"\b(?:lokasi|tempat|titik|alamat|venue|posko|gedung)\b", re.I)
_AREA = re.compile(r"^(?:desa|kelurahan|kecamatan|distrik|gampong|nagari|wilayah)\b", re.I)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the row between start and end, stripped of spaces."""
    sep = "|" if "|" in text[start:end] else "\t"
    out, pos = [], start
    for part in text[start:end].split(sep):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        out.append((a, b))
        pos += len(part) + 1
    if text[start:end].strip().startswith(sep):  # "| Senin | ... |": no empty first or last cell
        out = out[1:]
    if text[start:end].strip().endswith(sep):
        out = out[:-1]
    return out


def _tables(text: str) -> list[list[tuple[int, int]]]:
    """Runs of two rows or more (row spans) with the same number of cells."""
    runs: list[list[tuple[int, int]]] = []
    for row in _ROW.finditer(text):
        span = (row.start(), row.end())
        last = runs[-1][-1] if runs else None
        if (last and text[last[1] : span[0]] == "\n"
                and len(_cells(text, *last)) == len(_cells(text, *span))):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [run for run in runs if len(run) >= 3 and len(_cells(text, *run[0])) >= 2]


def place_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the cells under a table's place column."""
    out: list[tuple[int, int]] = []
    for run in _tables(text):
        header = [text[a:b] for a, b in _cells(text, *run[0])]
        column = next((i for i, h in enumerate(header) if _VENUE.search(h)), None)
        if column is None:
            column = next((i for i, h in enumerate(header) if _AREA.match(h)), None)
        if column is None:
            continue
        for row in run[1:]:
            cells = _cells(text, *row)
            a, b = cells[column]
            if b - a >= 3 and not RULE_ROW.match(text[a:b]):  # "|----|----|" under the header is no place
                out.append((a, b))
    return out
