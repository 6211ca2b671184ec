"""Answers from a row of the draft's tables: "Sabtu di mana?", "ke Sabu brp?", "kelurahan sy kapan?" (round 14b).

A question about one day, one place, one route or one group is answered by the row that names it, whole
(its day, place, hours, fare or quota together), never by the sentence the most question words fall in (a
table reads as one run-on sentence). A row is named by a word of the question that the row's key cells hold
and few other rows do ("Bende", "Sabtu", "prestasi", "raijua"); a word every row holds ("Kupang" of every
route from Kupang) names none. When the question names a day or a place that no row has and the draft never
names at all ("kelurahan Kadia", "hari Jumat" of a list without Friday, "ke Alor"), the answer says the
schedule does not give it rather than quoting another row.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.lexicon_data import FUNCTION_WORDS, WEEKDAY
from bot.core.reading import FactSheet
from bot.core.reading.rows import generic, row_text
from bot.core.reading.table_model import DAY, GROUP, OTHER, PLACE, PRICE, QUOTA, ROUTE, TIME, Row, Table
from bot.offline.answer_find import find_slot
from bot.offline.answer_text import excerpt, plain, sentences_of
from bot.offline.asked import normalise

#: The roles that answer each slot.
_ANSWERS: dict[str, frozenset[str]] = {
    "when": frozenset({DAY, TIME}), "where": frozenset({PLACE, ROUTE}), "cost": frozenset({PRICE}),
    "quota": frozenset({QUOTA}), "what": frozenset({PRICE, QUOTA, DAY, PLACE}),
}
_OPENERS = {"when": "Jadwalnya", "where": "Jadwalnya", "cost": "Harganya", "quota": "Kuotanya", "what": "Infonya"}
_WEEKDAYS = tuple(WEEKDAY)
#: Words before the name of a place, a route's end or a group in a question ("kelurahan kadia", "ke alor").
_HEADS = frozenset({"desa", "kelurahan", "kel", "kecamatan", "kec", "dusun", "kampung", "gampong", "nagari", "distrik",
                    "jalur", "rute", "pulau", "ke", "di"})
#: Words after a head that name no place ("ke mana", "di sana", "di jadwal").
_NOT_NAMES = frozenset({"mana", "sana", "sini", "situ", "jadwal", "daftar", "list", "info", "tempat", "lokasi",
                        "rumah", "bawa", "buka", "atas", "bawah", "luar", "dalam", "antara", "ada", "sy", "saya",
                        "kami", "aku", "kita", "sono", "tmpt", "jam", "hari", "tanggal", "tgl", "kapan", "berapa"})
#: A question on the hour ("jam brp"): a row without hours answers its day only.
_HOUR = re.compile(r"\b(?:jam|pukul)\b")
_CLOCK = re.compile(r"\b(?:jam|pukul)\s*\d{1,2}(?:[.:]\d{2})?\b", re.I)


def _words(text: str) -> set[str]:
    return {w.lower().replace("'", "") for w in lexicon.words(text) if len(w) >= 3}


def _keys(row: Row) -> set[str]:
    """The words that name a row: of its key cells and, of any cell, its weekdays."""
    named = " ".join(c.text for c in row.cells if c.role in (PLACE, ROUTE, GROUP, OTHER))
    days = {d for d in _WEEKDAYS if d in row.text.lower().replace("'", "")}
    return {w for w in _words(named) - FUNCTION_WORDS if not generic(w)} | days


def _named_rows(asked: set[str], table: Table) -> list[Row]:
    """The rows of `table` the question's words name best (words most rows share count for little)."""
    keys = [_keys(row) for row in table.rows]
    spread = {w: sum(1 for k in keys if w in k) for k in keys for w in k}
    scores = [sum(1.0 / spread[w] for w in k & asked if spread[w] < len(keys)) for k in keys]
    best = max(scores, default=0.0)
    rows = [row for row, score in zip(table.rows, scores, strict=True) if best and score == best]
    return rows if len(rows) <= 3 else []


def _absent(asked: str, sheet: FactSheet, tables: list[Table], slot: str) -> str:
    """The day or place the question names that the draft never names (empty when none): a place only where a
    table lists places or routes, a "jalur" only where one lists groups, and after a bare "di"/"ke" only when the
    question asks when or where or a venue's word follows ("akun ig di private" names no place)."""
    draft = sheet.draft.lower().replace("'", "")
    roles = {c.role for table in tables for row in table.rows for c in row.cells}
    for day in _WEEKDAYS:
        # "2 minggu", "seminggu", "minggu depan": a span of time, not the day
        if re.search(rf"(?<!\d )(?<!dua )(?<!tiga )(?<!se)\b{day}\b(?! (?:depan|lalu|ini|kemarin|ke|pertama))", asked) \
                and day not in draft:
            return f"jadwal hari {day.capitalize()}"
    tokens = asked.split()
    for i, head in enumerate(tokens):
        loose = head in ("di", "ke") and slot not in ("when", "where")
        if head not in _HEADS or (loose and not generic(tokens[i + 1] if i + 1 < len(tokens) else "")):
            continue  # "di private" names no place; "di stasiun bekasi" names a venue
        if not roles & ({GROUP} if head == "jalur" else {PLACE, ROUTE}):
            continue
        name: list[str] = []
        for word in tokens[i + 1 : i + 4]:
            if word in _HEADS or (not name and generic(word) and word in draft):
                continue  # "di kecamatan kebomas": the name after the heads
            if word in _NOT_NAMES or word in FUNCTION_WORDS or len(word) < 4 or len(name) == 2:
                break
            name.append(word)
        if name and name[0] not in draft:
            label = {"ke": "jadwal ke", "di": "lokasi"}.get(head, head)
            return f"{label} {' '.join(name).title()}"
    return ""


def table_lacks(missing: list[str]) -> bool:
    """Whether `missing` names a day or a place a table lacks (`_absent`): the answer says so itself."""
    return any(m.split()[0] in _HEADS or m.startswith(("jadwal hari ", "jadwal ke ", "lokasi ")) for m in missing)


def _hours_line(sheet: FactSheet) -> str:
    """A line of the draft that is no table's row and says an hour ("⏰ Buka pukul 08.00–12.00 WIB"), without its
    marks; "" when the hours are said inside a sentence (the sentence search reads them there)."""
    rows = {row.text.strip() for table in sheet.tables for row in table.rows}
    for line in sheet.draft.splitlines():
        text = re.sub(r"^[^\w(]+", "", line).strip()
        if (text and text not in rows and _CLOCK.search(text) and len(text) <= _HOURS_LINE
                and not re.search(r"\.\s", text)):
            return text.rstrip(".")
    return ""


#: The longest line read as the hours' own line.
_HOURS_LINE = 90


def _hours(question: str, sheet: FactSheet, rows: list[Row]) -> str:
    """The hours the draft gives outside its tables, for a question on the hour of rows that give none
    ("ke raijua hari apa? jam brp?": "Senin" in the row, "pukul 10.00 WITA" in a sentence below it)."""
    line = _hours_line(sheet)
    if line:  # "⏰ Buka pukul 08.00–12.00 WIB, ...": the hours on a line of their own, under the rows
        return plain(line, sheet)
    sentences = [s for s in sentences_of(sheet.draft) if not any(row.text in s[1] for row in rows)]
    found = find_slot("when", "jam berapa", sentences, sheet)
    return plain(excerpt(sheet, *found, "when", question), sheet) if found is not None else ""


def row_reply(question: str, slot: str, sheet: FactSheet, comment: str = "") -> tuple[str, str] | None:
    """(answer line, "") from the row(s) the question names, ("", what is missing) when it names a day or a
    place the draft's table does not have, or None when no table answers it (the sentence search does). A row
    named by a word that no other row holds comes first; a day or a place the draft never names comes before
    rows named only by a word several rows share ("di stasiun bekasi": no row, though three say "Bekasi")."""
    tables = [t for t in sheet.tables if t.kind != "list"]
    roles = _ANSWERS.get(slot)
    if not tables or roles is None:
        return None
    found: list[list[Row]] = []
    for text in dict.fromkeys((question, comment or question)):  # the clause first, then the whole comment
        words = set(normalise(text).split())
        found += [[row for row in _named_rows(words, table) if row.of(*roles) or (
            slot == "when" and any(d in row.text.lower() for d in _WEEKDAYS))] for table in tables]
    found = [rows for rows in found if rows]
    lack = _absent(normalise(comment or question), sheet, tables, slot)
    if lack and not any(len(rows) == 1 for rows in found):
        return "", lack
    if not found:
        return None
    rows = next((rows for rows in found if len(rows) == 1), found[0])
    said = "; ".join(row_text(row) for row in rows)
    opener = "Tarifnya" if slot == "cost" and any(row.of(ROUTE) for row in rows) else _OPENERS[slot]  # a fare
    asked = normalise(comment or question)
    hours = _hours(question, sheet, rows) if slot == "when" and _HOUR.search(asked) and not any(
        row.of(TIME) for row in rows) else ""
    return f"{opener}: {said}." + (f" {lexicon.capitalize_first(hours)}." if hours else ""), ""
