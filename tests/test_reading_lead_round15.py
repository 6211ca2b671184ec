"""Round 15c: the lead is the whole occasion, not one part a clause adds to it ("Selain ..., stan juga ...",
"... juga tersedia gerai ..., antara lain A, B"); an official's tour is the frame of the service it brings; a
changed fee is what payers get; a fair is an event; an appeal spelt "menghimbau" is an appeal. Sentences are
our own, not the data's."""

from __future__ import annotations

import pytest

from bot.core.reading import read_draft
from bot.core.reading.lead import clause_benefit
from bot.core.reading.sheet import DraftKind

PARTS = [
    ("Pemkab Kapuas Hulu menggelar Pameran Pembangunan 2026 yang dibuka untuk umum tanpa tiket masuk di Lapangan "
     "Pancasila, Senin–Jumat, 4–8 Mei 2026. Selain pameran produk UMKM, sejumlah stan juga membuka pelayanan "
     "langsung bagi pengunjung, seperti cek kesehatan gratis dan perekaman KTP-el.", "Pameran Pembangunan 2026"),
    ("Festival Teluk Tomini 2026 yang terbuka untuk umum berlangsung Sabtu–Minggu, 12–13 September 2026 di Pantai "
     "Kayubura dan tidak dipungut biaya. Di area festival juga tersedia gerai pelayanan, antara lain pemeriksaan "
     "mata gratis, perekaman KTP-el, dan pendaftaran BPJS bagi nelayan.", "Festival Teluk Tomini 2026"),
]


@pytest.mark.parametrize(("draft", "lead"), PARTS, ids=["selain-juga", "juga-antara-lain"])
def test_the_whole_occasion_leads_over_a_part_added_to_it(draft: str, lead: str) -> None:
    sheet = read_draft(draft)
    assert sheet.kind.value == "event"
    assert sheet.lead is not None and lead in sheet.lead.text


def test_a_tour_that_brings_a_service_leads_with_the_service() -> None:
    for verb in ("dengan membawa", "sambil membawa", "sekaligus menghadirkan"):
        draft = (f"Bupati Kepulauan Sula memulai kunjungan kerja ke desa-desa pesisir {verb} pelayanan kesehatan "
                 "keliling gratis di empat desa, Senin (6/7/2026). Warga cukup datang ke balai desa.")
        sheet = read_draft(draft)
        assert sheet.lead is not None and sheet.lead.text.startswith("pelayanan kesehatan keliling"), verb


@pytest.mark.parametrize("sentence", [
    "Mulai 1 Mei 2026 tarif retribusi parkir di kawasan Pasar Sentral disesuaikan.",
    "Perumda Air Minum memberlakukan tarif air minum yang baru mulai rekening Juni 2026.",
    "Terhitung 1 Juli 2026, iuran pengangkutan sampah rumah tangga di seluruh kelurahan naik.",
])
def test_a_changed_fee_is_what_payers_get(sentence: str) -> None:
    sheet = read_draft(sentence + " Pembayaran melalui aplikasi resmi. Informasi hubungi 0811-2233-4455.")
    assert sheet.citizen_benefit and sheet.lead is not None
    assert any(w in sheet.lead.text for w in ("tarif", "iuran"))


def test_market_price_news_is_no_fee_offer() -> None:
    assert clause_benefit("harga cabai rawit di pasar tradisional naik") == 0.0
    assert clause_benefit("tarif retribusi pasar tradisional naik", DraftKind.SERVICE) >= 2.5


def test_a_fair_is_an_event_and_menghimbau_an_appeal() -> None:
    fair = read_draft("Pemkot Tarakan menggelar Tarakan Expo 2026 di GOR Datu Kabu. Expo dibuka untuk umum "
                      "setiap hari pukul 10.00–22.00 WITA. Di sana ada layanan perekaman KTP dan cek kesehatan.")
    assert fair.kind.value == "event"
    appeal = read_draft("Camat Sungai Raya menghimbau warga supaya tidak membuang sampah ke parit selama musim "
                        "hujan. Sampah dapat dibuang ke TPS terdekat setiap pagi.")
    assert appeal.kind.value == "appeal"
