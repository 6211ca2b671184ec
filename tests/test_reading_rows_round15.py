"""Round 15c: a table's rows keep what its columns mean ("lama Rp1.000, baru Rp2.000"), equal cells, and the
columns of cells after an empty one; a list's cells set apart by dashes are cells; a route or a range is one
cell. Sentences are our own, not the data's."""

from __future__ import annotations

from bot.core.reading.rows import read_tables, row_text
from bot.core.reading.table_model import GROUP, PRICE


def _rows(text: str) -> list[str]:
    return [row_text(row) for table in read_tables(text) for row in table.rows]


def test_old_and_new_fare_columns_are_named_and_equal_cells_kept() -> None:
    text = ("Tarif parkir:\n\nJenis kendaraan | Tarif lama | Tarif baru\nSepeda motor | Rp1.000 | Rp2.000\n"
            "Mobil | Rp3.000 | Rp5.000\nSepeda | gratis | gratis\n")
    assert _rows(text) == ["Sepeda motor — lama Rp1.000, baru Rp2.000", "Mobil — lama Rp3.000, baru Rp5.000",
                           "Sepeda — lama gratis, baru gratis"]
    weekdays = ("| Tiket | Hari kerja | Akhir pekan |\n|---|---|---|\n| Dewasa | Rp10.000 | Rp15.000 |\n"
                "| Anak | Rp5.000 | Rp5.000 |\n")
    assert _rows(weekdays) == ["Dewasa — hari kerja Rp10.000, akhir pekan Rp15.000",
                               "Anak — hari kerja Rp5.000, akhir pekan Rp5.000"]


def test_an_empty_row_is_dropped_and_an_empty_cell_keeps_columns_in_place() -> None:
    text = ("| Pemakaian | Tarif lama | Tarif baru |\n|---|---|---|\n| 0–10 m³ | Rp2.100 | Rp2.100 |\n"
            "| Biaya beban | | |\n| 11–20 m³ | Rp3.600 | Rp3.900 |\n| Meter baru | | Rp50.000 |\n")
    assert _rows(text) == ["0–10 m³ — lama Rp2.100, baru Rp2.100", "11–20 m³ — lama Rp3.600, baru Rp3.900",
                           "Meter baru, Rp50.000"]
    (table,) = read_tables(text)
    assert table.rows[-1].cells[-1].head == "Tarif baru"


def test_dash_separated_cells_and_intro_column_names() -> None:
    text = ("Tarif per hari (lama – baru):\nKios – Rp3.000 – Rp5.000\nLos / lapak emperan – Rp2.000 – Rp3.000\n"
            "Pedagang keliling – Rp1.000 – Rp1.000\n")
    (table,) = read_tables(text)
    assert [c.role for c in table.rows[0].cells] == [GROUP, PRICE, PRICE]
    assert _rows(text)[0] == "Kios — lama Rp3.000, baru Rp5.000"
    assert _rows(text)[2] == "Pedagang keliling — lama Rp1.000, baru Rp1.000"
    goods = "Harga:\nBeras medium – Rp12.500/kg\nGula pasir - Rp16.000/kg\nMinyak goreng – Rp16.000/liter\n"
    assert [[c.role for c in row.cells] for t in read_tables(goods) for row in t.rows] == [[GROUP, PRICE]] * 3


def test_a_route_or_a_range_stays_one_cell() -> None:
    routes = "Tarif kapal:\nKupang – Sabu: Rp41.000\nKupang – Rote: Rp35.000\n"
    assert [row.cells[0].text for t in read_tables(routes) for row in t.rows] == ["Kupang – Sabu", "Kupang – Rote"]
    hours = "Jadwal:\nSenin – Kamis: 08.00 – 15.00\nJumat: 08.00 – 11.00\n"
    assert all(len(row.cells) == 2 for t in read_tables(hours) for row in t.rows)
