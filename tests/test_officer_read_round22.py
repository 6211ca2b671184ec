"""Round 22: the classes an officer's read of blind posts found wrong (issue 11).

A relief praised inside a meeting report leads, with who grants it; a lost or damaged document is no area
hit; "free" beside what citizens still pay says what is free; a touring sale keeps every stop and the
courtyard it opens in; a price or a limit said in words is a fact. Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft
from bot.core.reading.places import find_places
from tests.support.reading_checks import instagram_post, slot_texts

RELIEF = (
    "PALU – Wakil Gubernur Sulawesi Tengah menghadiri Rapat Koordinasi Pendapatan Daerah se-Sulawesi Tengah di "
    "Ruang Polibu, Kantor Gubernur, Selasa (1/12/2026).\n\n"
    "Dalam sambutannya, Wakil Gubernur meminta seluruh daerah menjaga pendapatan tanpa membebani warga. Ia "
    "mengapresiasi langkah Pemerintah Kota Palu yang membebaskan seluruh denda retribusi sampah tahun 2019 sampai "
    "dengan 2024 bagi warga yang melunasi tagihan pokoknya sebelum 31 Januari 2027.\n\n"
    "Kepala Badan Pendapatan Daerah Kota Palu, Nurhayati Lamato, menjelaskan bahwa warga cukup membayar pokok "
    "tagihan di kantor kelurahan. \"Bagi warga yang kartu retribusinya hilang atau rusak, silakan datang ke Kantor "
    "Bapenda di Jalan Balai Kota Selatan untuk dicetak ulang. Layanannya gratis,\" katanya.\n\n"
    "Informasi lebih lanjut dapat ditanyakan melalui WhatsApp 0812-4500-1234."
)

TOUR = (
    "SERANG – Bupati Serang yang diwakili Sekretaris Daerah, Drs. Hendra Wijaya, membuka secara resmi pasar murah "
    "bertempat di halaman Kantor Kecamatan Cikande pada Senin (7/12/2026) pukul 08.00 WIB.\n\n"
    "\"Kami siapkan seribu paket. Isinya beras lima kilogram dan minyak goreng dua liter, cukup ditebus seharga "
    "enam puluh ribu rupiah,\" ujar Hendra. Setiap keluarga hanya boleh membeli satu paket dengan membawa "
    "fotokopi KK.\n\n"
    "Setelah Cikande, pasar murah berlanjut ke Kecamatan Kragilan pada Selasa (8/12), Kecamatan Ciruas pada Rabu "
    "(9/12), Kecamatan Pontang pada Kamis (10/12), dan ditutup di Alun-alun Serang pada Sabtu (12/12)."
)

SENT_OFF = (
    "JANTHO – Bupati Aceh Jaya melepas secara resmi tim pelayanan keliling Dinas Kependudukan dan Pencatatan Sipil "
    "di halaman Kantor Bupati, Senin (7/12/2026). Tim akan melayani perekaman KTP elektronik gratis di Kantor Camat "
    "Teunom pada Selasa (8/12) dan di Kantor Camat Krueng Sabee pada Rabu (9/12)."
)


def test_a_relief_praised_in_a_meeting_report_leads_with_who_grants_it() -> None:
    sheet = read_draft(RELIEF)
    assert sheet.lead is not None and "membebaskan seluruh denda" in sheet.lead.text
    assert instagram_post(RELIEF).startswith("Pemerintah Kota Palu membebaskan seluruh denda retribusi sampah")


def test_a_lost_or_damaged_document_is_no_affected_area() -> None:
    post = instagram_post(RELIEF)
    assert "Wilayah terdampak" not in post
    assert "Kantor Bapenda di Jalan Balai Kota Selatan" in post


def test_free_beside_what_citizens_still_pay_says_what_is_free() -> None:
    cost = next(line for line in instagram_post(RELIEF).splitlines() if line.startswith("💰"))
    assert cost != "💰 Biaya: Gratis"
    assert "membayar pokok" in cost


def _found(draft: str) -> list[str]:
    return [draft[a:b] for a, b in find_places(draft)]


def test_every_stop_of_a_touring_sale_is_a_place() -> None:
    places = slot_texts(TOUR, Slot.WHERE)
    for place in ("Kecamatan Kragilan", "Kecamatan Ciruas", "Kecamatan Pontang", "Alun-alun Serang"):
        assert place in places


def test_the_courtyard_a_sale_is_opened_in_is_found_but_not_one_a_team_is_sent_off_from() -> None:
    assert "halaman Kantor Kecamatan Cikande" in _found(TOUR)
    assert "halaman Kantor Bupati" not in _found(SENT_OFF)
    assert "halaman Kantor Bupati" not in slot_texts(SENT_OFF, Slot.WHERE)


@pytest.mark.parametrize("draft, slot, value", [
    (TOUR, Slot.COST, "enam puluh ribu rupiah"),
    ("Paket sayur dijual seharga lima belas ribu rupiah di Pasar Tani Sidoarjo, Sabtu (5/12).", Slot.COST,
     "lima belas ribu rupiah"),
    (TOUR, Slot.QUOTA, "Setiap keluarga hanya boleh membeli satu paket"),
    ("Tiap warga hanya dapat mengambil dua kupon di Balai Desa Sukamaju.", Slot.QUOTA,
     "Tiap warga hanya dapat mengambil dua kupon"),
])
def test_a_price_or_a_limit_said_in_words_is_a_fact(draft: str, slot: Slot, value: str) -> None:
    assert value in slot_texts(draft, slot)


def test_a_quoted_price_clause_leads_with_what_it_prices() -> None:
    first = instagram_post(TOUR).splitlines()[0]
    assert first.startswith("Isinya beras lima kilogram dan minyak goreng dua liter, cukup ditebus seharga")
