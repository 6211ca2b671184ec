"""Round 14b: tables, schedules and lists read as rows of named cells (bot/core/reading/rows.py), the column
gaps of pasted tables kept (bot/core/columns.py), and the rows kept as facts of the sheet. Sentences are our
own, not the data's."""

from __future__ import annotations

from bot.core.inputs import normalize_text
from bot.core.reading import Slot, read_draft
from bot.core.reading.rows import read_tables, row_text
from bot.core.reading.table_model import DAY, GROUP, PLACE, PRICE, QUOTA, ROUTE, TIME


def _roles(text: str) -> list[list[str]]:
    return [[c.role for c in row.cells] for table in read_tables(text) for row in table.rows]


def test_tab_columns_become_pipes_and_aligned_labels_do_not() -> None:
    pasted = "Dusun\tTanggal\tPos\nKarangrejo\t3 Maret 2026\tPos Ronda RT 02\nSumberan\t4 Maret 2026\tMasjid Nurul Huda"
    assert normalize_text(pasted).split("\n")[1] == "Karangrejo | 3 Maret 2026 | Pos Ronda RT 02"
    aligned = "Hari      : Kamis\nTempat    : Balai Padukuhan"
    assert normalize_text(aligned) == "Hari : Kamis\nTempat : Balai Padukuhan"
    spaced = "Tanggal     Lokasi\n5 Mei 2026     Lapangan Gedongan\n6 Mei 2026     Pasar Prambanan"
    assert normalize_text(spaced).split("\n")[2] == "6 Mei 2026 | Pasar Prambanan"
    assert normalize_text("Satu baris  dengan spasi ganda saja.") == "Satu baris dengan spasi ganda saja."


def test_pipe_table_columns_named_by_header() -> None:
    text = ("Jadwal posbindu:\n\n| Tanggal | Padukuhan | Tempat | Jam |\n|---|---|---|---|\n"
            "| Rabu, 4 Maret 2026 | Ngentak | Rumah Pak Dukuh Sadono | 08.00–10.00 |\n"
            "| Kamis, 5 Maret 2026 | Jetis | Balai Padukuhan Jetis | 09.00–11.00 |\n")
    (table,) = read_tables(text)
    assert table.kind == "schedule" and table.header[0] == "Tanggal"
    assert [c.role for c in table.rows[0].cells] == [DAY, PLACE, PLACE, TIME]
    assert row_text(table.rows[1]) == "Kamis, 5 Maret 2026 — Balai Padukuhan Jetis, 09.00–11.00"  # "Jetis" once
    assert row_text(table.rows[0]) == "Rabu, 4 Maret 2026 — Ngentak, Rumah Pak Dukuh Sadono, 08.00–10.00"


def test_list_rows_of_routes_groups_and_days() -> None:
    routes = ("Tarif bus perintis:\n- Atambua – Motaain: Rp15.000 (setiap hari)\n"
              "- Atambua – Betun: Rp22.000 (Senin, Kamis)\n")
    assert _roles(routes) == [[ROUTE, PRICE], [ROUTE, PRICE]]
    groups = "Tiket masuk museum:\n• Umum : Rp10.000\n• Mahasiswa : Rp5.000\n• Balita : gratis\n"
    assert _roles(groups) == [[GROUP, PRICE]] * 3
    days = ("Lokasi pelayanan:\n1. Senin, 9 Maret 2026 — Kantor Desa Oelnasi\n"
            "2. Selasa, 10 Maret 2026 — Gereja GMIT Betel Oelnasi\n")
    assert _roles(days) == [[DAY, PLACE], [DAY, PLACE]]
    quotas = "Jalur Reguler — kuota 120 kursi — 3–5 Juni\nJalur Prestasi — kuota 40 kursi — 8–9 Juni\n"
    assert _roles(quotas) == [[GROUP, QUOTA, DAY]] * 2


def test_statements_and_details_are_no_table() -> None:
    qa = "T: Apakah bisa dicicil Rp300.000?\nJ: Bisa, Rp300.000 dibayar tiga kali.\n"
    details = "Hari/tanggal : Jumat, 6 Maret 2026\nWaktu : pukul 08.00 WIB\nTempat : Aula Kecamatan\n"
    bring = "Syarat:\n- fotokopi KTP\n- pas foto 3x4\n- surat pengantar RT\n"
    assert read_tables(qa) == () and read_tables(details) == () and read_tables(bring) == ()


def test_rows_are_facts_of_the_sheet() -> None:
    draft = ("Pemerintah Kabupaten Sleman membuka layanan posbindu gratis bagi warga usia 15 tahun ke atas.\n\n"
             "| Tanggal | Padukuhan | Tempat |\n|---|---|---|\n"
             "| Rabu, 4 Maret 2026 | Ngentak | Rumah Pak Dukuh Ngentak |\n"
             "| Kamis, 5 Maret 2026 | Jetis | Balai Padukuhan Jetis |\n"
             "| Jumat, 6 Maret 2026 | Krapyak | Pendopo Krapyak Wetan |\n\n"
             "Warga cukup membawa KTP.")
    sheet = read_draft(draft)
    where = [f.text for f in sheet.of(Slot.WHERE)]
    when = [f.text for f in sheet.of(Slot.WHEN)]
    assert "Pendopo Krapyak Wetan" in where and "Rumah Pak Dukuh Ngentak" in where
    assert "Ngentak" not in where  # of a row's places, the venue
    assert "Jumat, 6 Maret 2026" in when
    assert all(sheet.draft[f.start : f.end] == f.text for f in sheet.facts)


def test_price_fact_keeps_its_group() -> None:
    draft = ("Museum Daerah Kabupaten Lumajang kembali dibuka untuk umum mulai Selasa (3/3/2026).\n\n"
             "Tiket masuk:\n• Umum : Rp10.000\n• Mahasiswa : Rp5.000\n• Balita : gratis\n\n"
             "Museum buka pukul 08.00–15.00 WIB.")
    costs = [f.text for f in read_draft(draft).of(Slot.COST)]
    assert "Mahasiswa : Rp5.000" in costs and "Umum : Rp10.000" in costs


def test_inline_list_of_priced_items() -> None:
    text = "Harga di lapak UMKM: kopi robusta 250 gram Rp35.000, keripik talas Rp12.000 dan madu hutan Rp90.000."
    (table,) = read_tables(text)
    assert [row_text(r) for r in table.rows] == ["kopi robusta 250 gram Rp35.000", "keripik talas Rp12.000",
                                                  "madu hutan Rp90.000"]
    assert read_tables("Biaya: Rp10.000 per orang, dibayar di loket.") == ()
