"""A row of a draft's table as a post or an answer says it (round 14b; column names kept, round 15c).

"Sepeda motor | Rp1.000 | Rp2.000" under "Jenis kendaraan | Tarif lama | Tarif baru" is said "Sepeda motor —
lama Rp1.000, baru Rp2.000": the numbers alone do not say which fare is the new one.
"""

from __future__ import annotations

import re

from bot.core.reading.table_model import ARROW, DAY, PRICE, QUOTA, TIME, Row


def _told_apart(row: Row) -> dict[int, str]:
    """What sets apart the columns of two values or more of one kind in a row ("Tarif lama" / "Tarif baru" ->
    "lama" / "baru"; "Dewasa" / "Anak"): without it "Rp1.000, Rp2.000" does not say which fare is the new one.
    Keyed by the cell's place in the row; empty when no two values of one kind have distinct headers."""
    out: dict[int, str] = {}
    for role in (PRICE, QUOTA, TIME, DAY):
        cells = [(i, c) for i, c in enumerate(row.cells) if c.role == role and c.head]
        if len(cells) < 2 or len({c.head.lower() for _, c in cells}) < len(cells):
            continue
        words = [c.head.split() for _, c in cells]
        shared = set.intersection(*(set(w.lower() for w in ws) for ws in words))
        for (i, _), ws in zip(cells, words, strict=True):
            own = [w for w in ws if w.lower() not in shared]
            name = " ".join(own or ws)
            out[i] = name[:1].lower() + name[1:] if name[1:2].islower() else name  # "Lama" -> "lama", not "BPJS"
    return out


def row_text(row: Row) -> str:
    """A row as a post or an answer says it: a list row as written; a table's row as its cells, the
    first set apart by a dash ("Kamis, 15 Januari 2026 — Bende, Balai Warga RW 03 Bende, 13.00–15.30") or, of
    two, by a comma when the first has none ("Jumat, 07.30–11.00"),
    a cell another cell of the row holds left out (the first of equal ones kept), a bare count with its column's
    name ("Jumlah KPM 312"), and values of one kind with what tells their columns apart ("Sepeda motor — lama
    Rp1.000, baru Rp2.000"), each kept even when equal ("lama Rp2.100, baru Rp2.100")."""
    apart = _told_apart(row)
    if "|" not in row.text and not apart:
        if row.cells and row.cells[0].role == DAY:  # "Jumat (5/2) ➡️ Meunasah ...": a dash, as other rows
            return ARROW.sub(" — ", row.text, count=1).rstrip(".;,")
        return row.text.rstrip(".;,")
    cells = [(i, c) for i, c in enumerate(row.cells) if i in apart or not any(
        c is not o and c.text.lower() in o.text.lower() and (c.text.lower() != o.text.lower() or j < i)
        for j, o in enumerate(row.cells))]
    said = [f"{apart[i]} {c.text}" if i in apart else
            f"{c.head} {c.text}" if c.role == QUOTA and re.fullmatch(r"[\d.]+", c.text) and c.head else c.text
            for i, c in cells]
    if len(said) == 2 and "," not in said[0]:
        return f"{said[0]}, {said[1]}"
    return said[0] + (" — " + ", ".join(said[1:]) if said[1:] else "")
