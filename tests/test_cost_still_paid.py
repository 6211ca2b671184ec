"""What a relief leaves citizens to pay (issue 11, round 18f): "Pokok pajak tetap harus dibayar" beside "denda
dihapus" is a cost, and the post's cost line says it, beside "Gratis" too, or the post reads as all waived.
Each draft here is written for the test."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine

RELIEF = [
    ("Pemkab Contoh menghapus denda PBB tahun 2015–2025 selama Desember 2026.\n1. Berlaku untuk semua kecamatan.\n"
     "2. Pokok pajak tetap harus dibayar.\n3. Pembayaran di kantor Bapenda.", "Pokok pajak tetap harus dibayar"),
    ("Program pemutihan PKB dibuka 1–31 Desember 2026 di seluruh Samsat. Pokok pajak tetap dibayar, hanya dendanya "
     "yang dihapus. Bawa KTP dan STNK asli.", "Pokok pajak tetap dibayar, hanya dendanya yang dihapus"),
    ("Sambungan air baru gratis bagi 300 rumah tangga di Kecamatan Hulu. Iuran pemakaian air bulanan tetap dibayar "
     "pelanggan sesuai tarif. Daftar di kantor Perumda.", "Iuran pemakaian air bulanan tetap dibayar pelanggan sesuai "
     "tarif"),
]


@pytest.mark.parametrize(("draft", "cost"), RELIEF, ids=["numbered", "with-hanya", "beside-free"])
def test_what_citizens_still_pay_is_a_cost_the_post_says(draft: str, cost: str) -> None:
    assert cost in [f.text for f in read_draft(draft).of(Slot.COST)]
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].whole_text
    assert cost in post


def test_a_payment_not_still_owed_is_no_such_cost() -> None:
    draft = "Retribusi pasar dibayar tiap bulan di loket UPTD. Pedagang baru tetap dilayani setiap hari kerja."
    assert not [f for f in read_draft(draft).of(Slot.COST) if "tetap" in f.text]
