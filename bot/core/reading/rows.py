"""Tables, schedules and lists of a draft read as rows of named cells (round 14b of issue 11).

Drafts give their most asked facts in structured text: a pipe table ("| Senin, 12 Januari | Puuwatu |
Posyandu Melati |"), columns pasted from a spreadsheet (written " | " by `bot.core.columns`), bullet or
numbered lines ("- Kupang – Sabu (Seba): Rp41.000 (Senin dan Kamis)", "1. Senin, 2 Februari — SMAN 1
Selong"), a run of "key : value" lines ("• Dewasa : Rp15.000") and unbulleted lines cut by dashes ("Jalur
Domisili — kuota 40 persen — pendaftaran 8–10 Juni"). Each line becomes a `Row` of `Cell`s, and each cell
gets a role from its column's header when the table has one ("Lokasi", "Jumlah KPM"), else from what it
says: a day or date, a time, a price, a quota, a route ("Kupang – Raijua"), a place, a group (the name of a
row whose value is a price or a quota: "Dewasa", "Jalur Prestasi"). Only runs of two rows or more that
share their shape are tables: a list of statements or of documents to bring gives no row of a schedule.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.fact_scan import scan_facts
from bot.core.reading.key_facts import FREE
from bot.core.reading.places import _AREA_HEAD, _VENUE_HEAD
from bot.core.reading.row_text import row_text as row_text  # the rows' reader and their wording, one import
from bot.core.reading.table_model import (
    ARROW,
    DAY,
    GROUP,
    KEY_ROLES,
    OTHER,
    PLACE,
    PRICE,
    QUOTA,
    ROUTE,
    RULE_ROW,
    TIME,
    VALUE_ROLES,
    Cell,
    Row,
    Table,
)

#: What a column's header says its cells are.
_HEADERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (PRICE, re.compile(r"\b(?:tarif|harga|biaya|ongkos|retribusi|denda|iuran|pajak|potongan|diskon)\b", re.I)),
    (QUOTA, re.compile(r"\b(?:kuota|jumlah|sasaran|daya tampung|kapasitas|stok|alokasi)\b", re.I)),
    (TIME, re.compile(r"^(?:jam|pukul|waktu|berangkat|keberangkatan|buka)\b", re.I)),
    (DAY, re.compile(r"\b(?:hari|tanggal|tgl|jadwal|bulan|periode)\b", re.I)),
    (ROUTE, re.compile(r"\b(?:rute|lintasan|trayek|tujuan|jurusan)\b", re.I)),
    (PLACE, re.compile(r"\b(?:lokasi|tempat|titik|alamat|venue|posko|gedung|desa|kelurahan|kecamatan|distrik|"
                       r"gampong|nagari|wilayah|kampung|dusun|sekolah|puskesmas|padukuhan|dukuh|banjar|jorong|lingkungan|"
                       r"kalurahan|kapanewon|pekon|marga|lembang|negeri|kampus|pos|ruang|ruangan)\b", re.I)),
    (GROUP, re.compile(r"\b(?:kelompok|kategori|golongan|jalur|peserta|penumpang|jenis|kelas)\b", re.I)),
)
_PIPE_ROW = re.compile(r"^[ \t]*\|?[^\n|]+(?:\|[^\n|]*)+\|?[ \t]*$")
#: A list item's mark: "-", "•", "*", "▪️", "1.", "1)", "a.".
_MARK = re.compile(r"^[ \t]*(?:[^\w\s(\"“'‘]{1,3}|\d{1,2}[.)]|[a-z][.)])[ \t]+", re.M)
#: What separates the parts of a list row: " — ", " | ", a "key: value" colon.
_PART = re.compile(r"[ \t]+[—|][ \t]+|(?<![\d\s]):[ \t]+|[ \t]+:[ \t]+")
#: A route: two names joined by a dash or an arrow ("Kupang – Sabu (Seba)", "Ambon → Banda").
_ROUTE = re.compile(r"^[A-Z][\w'’.]*(?:[ \t]+\(?[\w'’.]+\)?)*[ \t]+(?:–|-|—|→|->|>)[ \t]+[A-Z][\w'’.]*"
                    r"(?:[ \t]+\(?[\w'’.]+\)?)*$")
#: A programme's act, named first in a row ("Tari Topeng Malangan", "Layar tancap film ...", "Lomba makan kerupuk").
_ACT_ROW = re.compile(r"^(?:tari|lomba|orkes|layar\s+tancap|pentas|pertunjukan|konser|parade|pemutaran|senam|doa|"
                      r"pembukaan|penutupan|workshop|talkshow|seminar|penampilan|musik|pawai|kirab|nonton|"
                      r"pemeriksaan|penyuluhan|pelatihan)\b", re.I)
_PLACE_HEAD = re.compile(rf"^(?:{_VENUE_HEAD}|{_AREA_HEAD})\b", re.I)
_PLACE_WORD = re.compile(rf"\b(?:{_VENUE_HEAD}|{_AREA_HEAD})\b", re.I)
_COUNTED = re.compile(r"\b\d[\d.]*[ \t]+(?:paket|orang|kursi|KPM|peserta|kupon|unit|ekor|dosis|kuota|KK|siswa|"
                      r"bibit|lembar|porsi|slot|tiket)\b|\bkuota\b", re.I)
_WEEKDAY = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b", re.I)
#: Words of a label, not of a row's name ("Hari/tanggal : ...", "Waktu : ..."): a block of details, no table.
_LABEL_WORDS = frozenset({"hari", "tanggal", "tgl", "waktu", "jam", "pukul", "tempat", "lokasi", "alamat", "biaya",
                          "tarif", "kuota", "peserta", "sasaran", "syarat", "pendaftaran", "info", "informasi",
                          "kontak", "acara", "kegiatan", "nomor", "perihal", "lampiran", "sifat", "buka", "tiket",
                          "narahubung", "pelaksanaan", "agenda", "keterangan", "layanan", "dan"})
#: Names of columns that say no role of their own ("Layanan", "Dokter"): they still make a header row.
_HEAD_WORDS = re.compile(r"^(?:layanan|kegiatan|acara|keterangan|dokter|petugas|kapal|armada|nama|no\.?|"
                         r"poli|jenis|menu|barang|komoditas|item|status)\b", re.I)
#: The longest a row of a list may be: a longer line is a statement, not a row.
MAX_ROW = 160


def _role_of_head(head: str) -> str:
    return next((role for role, pattern in _HEADERS if pattern.search(head)), "")


def _role(text: str, head: str = "") -> str:
    """What a cell is: its header's role when it says, else what the text holds."""
    by_head = _role_of_head(head)
    kinds = {loc.fact.kind for loc in scan_facts(text)}
    if by_head in (PLACE, ROUTE, GROUP) and not kinds & {"money", "date", "time"}:
        return by_head
    if by_head == QUOTA and re.search(r"\d", text):
        return QUOTA
    if by_head == PRICE and re.search(r"\d", text):
        return PRICE  # "2 persen per bulan" under "Denda": a rate, no quota
    if "money" in kinds or FREE.search(text):
        return PRICE
    if "date" in kinds or _WEEKDAY.match(text):
        return DAY
    if "time" in kinds:
        return TIME
    if _COUNTED.search(text) or (by_head == QUOTA and re.fullmatch(r"[\d.]+", text)):
        return QUOTA
    if by_head:
        return by_head
    if _HEAD_WORDS.match(head):
        return OTHER  # the cells under "Layanan" or "Dokter" name no place, whatever word opens them
    if _ROUTE.match(text):
        return ROUTE
    if _PLACE_HEAD.match(text):
        return PLACE
    return OTHER


def _cell(text: str, start: int, end: int, head: str = "") -> Cell | None:
    while start < end and text[start] in " \t|:": start += 1  # noqa: E701
    while end > start and text[end - 1] in " \t|:;,.": end -= 1  # noqa: E701
    if end - start < 1:
        return None
    return Cell(start, end, text[start:end], _role(text[start:end], head), head)


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every cell of a pipe row, an empty one too (it keeps the columns of the cells after it in place); not
    the empty ends outside a row's border pipes ("| a | b |")."""
    spans, pos = [], start
    for part in text[start:end].split("|"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    if spans and not text[spans[0][0] : spans[0][1]].strip():
        spans = spans[1:]
    if spans and not text[spans[-1][0] : spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


#: A dash between spaces (" – ", " - "): it sets cells apart ("Kios – Rp3.000 – Rp5.000") or joins a range or a
#: route ("08.00 - 12.00", "Senin – Rabu", "Kupang – Sabu").
_DASH = re.compile(r"[ \t]+[–-][ \t]+")


def _dashes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The dashes of a row that set its cells apart: one between a name and a value ("Beras medium –
    Rp12.500/kg", "Senin, 9 Maret – Desa Lumban Julu"), and in a row of two dashes or more every one but those
    inside a range of times or days; a dash between two names (a route) or two values (a range) joins."""
    if _PART.search(text, start, end):
        return []  # cut by pipes or em dashes already: its en dashes are inside cells
    found = [(m.start(), m.end()) for m in _DASH.finditer(text, start, end)]
    bounds = [start, *(x for f in found for x in f), end]
    parts = [text[bounds[i] : bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    roles = [_role(p) for p in parts]
    out = []
    for k, sep in enumerate(found):
        before, after = roles[k], roles[k + 1]
        if before == after and (before in (TIME, DAY) or len(found) == 1):
            continue
        if before not in VALUE_ROLES and after not in VALUE_ROLES and len(found) == 1:
            continue
        out.append(sep)
    return out


def _day_arrow(text: str, start: int, end: int) -> list[tuple[int, int]]:
    arrow = ARROW.search(text, start, end)
    if arrow is None or _role(text[start : arrow.start()].strip(" \t🗓️📅")) != DAY:
        return []
    return [arrow.span()]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A list row's parts ("Senin & Rabu" / "Bekasi Cyber Park, 09.00–14.00"), each cut again at a comma
    before a time, a price or a count ("Bekasi Cyber Park" / "09.00–14.00"), never inside a date."""
    seps = sorted([*((m.start(), m.end()) for m in _PART.finditer(text, start, end)), *_dashes(text, start, end),
                   *_day_arrow(text, start, end)])
    cuts = [start, *(x for sep in seps for x in sep), end]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    out: list[tuple[int, int]] = []
    for a, b in parts:
        pos = a
        for comma in re.finditer(r",[ \t]+", text[a:b]):
            rest = text[a + comma.end() : b]
            head = text[pos : a + comma.start()]
            if _role(rest.split(",")[0]) in (TIME, PRICE, QUOTA) and not _WEEKDAY.fullmatch(head.strip()):
                out.append((pos, a + comma.start()))
                pos = a + comma.end()
        out.append((pos, b))
    return out


def generic(word: str) -> bool:
    """A word that opens many places' names ("kantor", "desa", "posyandu"): it names no one row."""
    return bool(re.fullmatch(rf"(?:{_VENUE_HEAD}|{_AREA_HEAD})", word, re.I)) or word.lower() in _LABEL_WORDS


def _header(cells: list[str]) -> bool:
    """A header row: short cells without a figure or a day, most of them naming a column ("Tanggal",
    "Lokasi")."""
    named = sum(1 for c in cells if _role_of_head(c) or _HEAD_WORDS.match(c))
    # a digit inside a name ("Potongan pokok PBB-P2") is no figure
    plain = all(not re.search(r"(?<![A-Za-z-])\d|Rp", c) and not _WEEKDAY.search(c) and len(c.split()) <= 4
                for c in cells)
    return plain and named * 2 >= len(cells)  # "Senin | Poli Umum, Poli Gigi | Ruang Melati" is a row


def _pipe_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    run: list[tuple[int, int]] = []
    ruled = False  # a rule row ("|---|---|") right under the run's first row: that row is the header
    for start, end in [*_lines(text), (len(text) + 1, len(text) + 1)]:
        line = text[start:end] if start <= len(text) else ""
        if line.strip() and RULE_ROW.match(line) and "-" in line:
            ruled = ruled or len(run) == 1
            continue
        if line and _PIPE_ROW.match(line) and (not run or len(_pipe_cells(text, *run[-1])) ==
                                                len(_pipe_cells(text, start, end))):
            run.append((start, end))
            continue
        if len(run) >= 2:
            tables += _table(text, [_pipe_cells(text, a, b) for a, b in run], ruled)
        run = [(start, end)] if line and _PIPE_ROW.match(line) else []
        ruled = False
    return tables


def _names_values(text: str, rows: list[list[tuple[int, int]]]) -> bool:
    """A first row of plain names above columns of values ("Golongan | Lama | Baru" above "Penumpang dewasa |
    Rp68.500 | Rp72.000"): a header, whatever words it uses."""
    first = [text[a:b].strip() for a, b in rows[0]]
    if not all(c and not re.search(r"\d|Rp", c) and not _WEEKDAY.search(c) and not FREE.search(c)
               and len(c.split()) <= 4 for c in first):
        return False
    for column in range(1, len(first)):
        values = sum(1 for spans in rows[1:] if column < len(spans)
                     and _role(text[spans[column][0] : spans[column][1]].strip()) in (PRICE, QUOTA, TIME, DAY))
        if values >= 2 and values * 2 >= len(rows) - 1:
            return True
    return False


def _numbering(text: str, body: list[list[tuple[int, int]]]) -> set[int]:
    """Columns that only number the rows ("| 1 | Senin, 7 Desember | ..."): their cells are 1, 2, 3 ... in
    order, which a post must not read as a day of the month or a count."""
    out = set()
    for column in range(max((len(spans) for spans in body), default=0)):
        cells = [text[spans[column][0] : spans[column][1]].strip().rstrip(".") if column < len(spans) else ""
                 for spans in body]
        if len(cells) >= 2 and all(c.isdigit() for c in cells) and [int(c) for c in cells] == list(
                range(int(cells[0]), int(cells[0]) + len(cells))):
            out.add(column)
    return out


def _table(text: str, rows: list[list[tuple[int, int]]], ruled: bool = False) -> list[Table]:
    names = [text[a:b].strip() for a, b in rows[0]]
    header = ruled or _header(names) or _names_values(text, rows)
    heads = names if header else [""] * len(names)
    body = rows[1:] if header else rows
    numbers = _numbering(text, body)
    out = []
    for spans in body:
        cells = tuple(c for i, ((a, b), head) in enumerate(zip(spans, heads, strict=False))
                      if i not in numbers and (c := _cell(text, a, b, head)))
        if len(cells) < 2:
            continue  # "| Biaya beban | | |": a row whose cells are empty says nothing
        out.append(Row(spans[0][0], spans[-1][1], text[spans[0][0] : spans[-1][1]], cells))
    return [Table(tuple(out), tuple(names) if header else ())] if len(out) >= 2 else []


def _list_row(text: str, start: int, end: int) -> Row | None:
    mark = _MARK.match(text, start, end)
    a = mark.end() if mark else start
    line = text[a:end].strip()
    if not line or len(line) > MAX_ROW or line.endswith(":"):
        return None
    pieces = _pieces(text, a, end)
    if len(pieces) < 2:
        return None
    first = _cell(text, *pieces[0])
    cells = [c for c in [first, *(_cell(text, p, q, first.text if first and len(pieces) == 2 else "")
                                  for p, q in pieces[1:])] if c is not None]
    if len(cells) < 2:
        return None
    key = cells[0]
    if len(key.text) < 3 or set(re.findall(r"[a-z]+", key.text.lower())) <= _LABEL_WORDS:
        return None  # "T: ...", "Waktu : ...": a question and answer, a block of details
    if key.role == OTHER and any(c.role in (PRICE, QUOTA) for c in cells[1:]):
        cells[0] = Cell(key.start, key.end, key.text, GROUP)  # "Dewasa : Rp15.000", "Jalur Prestasi — kuota 30 persen"
    if cells[0].role == OTHER and any(c.role in (DAY, TIME) for c in cells[1:]) and _PLACE_HEAD.search(cells[0].text):
        cells[0] = Cell(key.start, key.end, key.text, PLACE)
    for i, cell in enumerate(cells[1:], 1):  # "Senin & Rabu: Bekasi Cyber Park": a named place after a day,
        # or a venue's word inside ("halaman Kantor Kecamatan Sirimau")
        if (cell.role == OTHER and cells[0].role == DAY and (cell.text[:1].isupper() or _PLACE_WORD.search(cell.text))
                and not _ACT_ROW.match(cell.text)):  # "Sabtu, 19.30 WIB – Tari Topeng Malangan": what is on, no place
            cells[i] = Cell(cell.start, cell.end, cell.text, PLACE, cell.head)
    return Row(a, a + len(line), line, tuple(cells))


def _shape(row: Row) -> tuple[str, ...]:
    return tuple(c.role for c in row.cells)


def _list_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    """Runs of list rows (marked or not) of one shape: the same roles in the same order, or at least the same
    first role and one value role they share."""
    tables: list[Table] = []
    run: list[Row] = []
    for start, end in [*_lines(text), (len(text) + 1, len(text) + 1)]:
        row = None if any(a <= start < b for a, b in taken) or start > len(text) else _list_row(text, start, end)
        if row is not None and (not run or _alike(run[0], row)):
            run.append(row)
            continue
        if len(run) >= 2 and any(_shape(r) != (OTHER,) * len(r.cells) for r in run):
            tables.append(Table(_named_columns(text, tuple(run))))
        run = [row] if row is not None else []
    return tables


#: The names of a list's value columns in the line that introduces it ("Tarif per hari (lama – baru):").
_INTRO_NAMES = re.compile(r"\(([^()\n]{2,60})\)[ \t]*:[ \t]*$")
_NAME_SEP = re.compile(r"[ \t]*(?:[–—/,]|-(?=[ \t])|\bdan\b|\bvs\.?)[ \t]*", re.I)


def _named_columns(text: str, rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rows of a list whose intro names its value columns ("Tarif per hari (lama – baru):" above "Kios –
    Rp3.000 – Rp5.000"), each value cell headed by its column's name; the rows as they are otherwise."""
    line_start = text.rfind("\n", 0, max(rows[0].start - 1, 0)) + 1
    intro = _INTRO_NAMES.search(text, line_start, max(rows[0].start - 1, 0))
    if intro is None:
        return rows
    names = [n.strip() for n in _NAME_SEP.split(intro.group(1)) if n.strip()]
    out = []
    for row in rows:
        values = [i for i, c in enumerate(row.cells[1:], 1) if c.role in VALUE_ROLES]
        if len(names) < 2 or len(values) != len(names) or len({row.cells[i].role for i in values}) != 1:
            return rows
        cells = list(row.cells)
        for i, name in zip(values, names, strict=True):
            cells[i] = replace(cells[i], head=name)
        out.append(replace(row, cells=tuple(cells)))
    return tuple(out)


def _alike(first: Row, row: Row) -> bool:
    if _shape(first) == _shape(row):
        return True
    shared = {c.role for c in first.cells[1:]} & {c.role for c in row.cells[1:]} & VALUE_ROLES
    # "Minggu: libur" below timed rows, or a programme's rows whose first only names its act ("Jumat, 19.00 WIB –
    # Orkes keroncong ..." above "Sabtu, 16.00 WIB – Lomba ... (gratis, daftar ... paling lambat 15.30 WIB)")
    note = (all(c.role == OTHER for c in row.cells[1:]) or all(c.role == OTHER for c in first.cells[1:])) \
        and first.cells[0].role in KEY_ROLES
    return first.cells[0].role == row.cells[0].role and (bool(shared) or note)


#: An inline list of priced items after a colon ("Harga per paket: beras 5 kg Rp55.000, minyak 1 liter Rp14.000"),
#: up to the sentence's end (a dot between digits ends nothing).
_INLINE = re.compile(r":[ \t]+(?P<items>(?:[^.\n]|(?<=\d)\.(?=\d))+)")
_ITEM_SEP = re.compile(r",[ \t]+(?:dan[ \t]+)?|[ \t]+dan[ \t]+|;[ \t]+")
#: The longest an item of an inline list may be.
MAX_ITEM = 60


def _inline_tables(text: str, taken: list[tuple[int, int]]) -> list[Table]:
    """Inline lists of two priced items or more, each item a row: its name (a group) and its price."""
    tables = []
    for m in _INLINE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        start, rows = m.start("items"), list[Row]()
        for piece in [*_ITEM_SEP.split(m.group("items"))]:
            at = text.find(piece, start)
            start = at + len(piece)
            money = next((loc for loc in scan_facts(piece) if loc.fact.kind == "money"), None)
            if money is None or len(piece) > MAX_ITEM or money.start < 3:
                rows = []
                break
            name = _cell(text, at, at + money.start)
            price = _cell(text, at + money.start, at + len(piece))
            if name is None or price is None:
                rows = []
                break
            rows.append(Row(at, at + len(piece.rstrip(" ,;")), piece.rstrip(" ,;"),
                            (Cell(name.start, name.end, name.text, GROUP), replace(price, role=PRICE))))
        if len(rows) >= 2:
            tables.append(Table(tuple(rows)))
    return tables


@lru_cache(maxsize=64)
def read_tables(text: str) -> tuple[Table, ...]:
    """The tables, schedules and lists of rows of `text`, in text order."""
    pipes = _pipe_tables(text)
    lists = _list_tables(text, [(t.start, t.end + 1) for t in pipes])
    inline = _inline_tables(text, [(t.start, t.end + 1) for t in pipes + lists])
    return tuple(sorted((t for t in pipes + lists + inline if t.kind != "list"), key=lambda t: t.start))
