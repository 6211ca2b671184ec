"""A service restored after works or a breakdown is what citizens get (round 17l): the lead, not the breakdown's
story nor an appeal beside it."""

from __future__ import annotations

import pytest

from bot.core.reading.extract import read_with
from bot.core.reading.lead import LEAD_FLOOR, clause_benefit


@pytest.mark.parametrize("clause", [
    "aliran air bersih ke pelanggan di Kelurahan Sukamaju kembali normal mulai Senin (7/12/2026) pukul 10.00",
    "ruas Jalan Merdeka kembali dibuka untuk semua kendaraan mulai Sabtu pagi",
    "pasokan listrik di tiga kecamatan kembali menyala sejak pukul 18.00 WIB",
    "Jembatan Sungai Lilin kembali dapat dilalui kendaraan roda empat",
    "layanan perekaman KTP-el di kantor kecamatan kembali beroperasi mulai Kamis",
])
def test_a_restored_service_weighs_as_a_lead(clause: str) -> None:
    assert clause_benefit(clause) >= LEAD_FLOOR


@pytest.mark.parametrize("clause", [
    "situasi di lokasi bencana kembali kondusif setelah hujan reda",
    "para pengungsi kembali ke rumah masing-masing",
    "Bupati kembali mengingatkan pentingnya menjaga kebersihan lingkungan",
])
def test_a_calm_again_report_gains_nothing(clause: str) -> None:
    assert clause_benefit(clause) < LEAD_FLOOR


def test_the_restored_service_leads_a_breakdown_story() -> None:
    draft = (
        "SERANG – Pipa induk di Jalan Ahmad Yani bocor pada Selasa malam sehingga ribuan pelanggan mengeluhkan air "
        "tidak mengalir. Petugas bekerja sepanjang malam mengganti pipa yang rusak.\n\n"
        "Direktur perusahaan air minum menyampaikan aliran air ke pelanggan di Kelurahan Cipare dan Sumurpecung "
        "kembali normal mulai Kamis (10/12/2026) pukul 08.00 WIB. Warga diminta melapor ke call center bila air "
        "belum mengalir.")
    sheet = read_with(draft, None)
    assert sheet.citizen_benefit and sheet.lead is not None
    assert "kembali normal" in sheet.lead.text


@pytest.mark.parametrize("places", [
    "di Kelurahan Kaligandu, Cipare dan Sumurpecung",
    "di wilayah Serang Kota dan Kasemen",
])
def test_a_place_list_before_the_restoring_verb_keeps_the_verb_in_the_lead(places: str) -> None:
    draft = (
        "SERANG – Pipa induk di Jalan Ahmad Yani bocor pada Selasa malam. Petugas bekerja sepanjang malam.\n\n"
        f"Direktur perusahaan air minum menyampaikan aliran air bersih ke pelanggan {places} kembali normal mulai "
        "Kamis (10/12/2026) pukul 08.00 WIB.")
    sheet = read_with(draft, None)
    assert sheet.lead is not None
    assert "kembali normal" in sheet.lead.text
