"""A price someone else pays (issue 11, round 19, officer read of ext53-07): "iuran ... dibayarkan oleh Pemerintah
Kabupaten X ..., Rp16.800 per orang per bulan" alone under "💰 Biaya" reads as what citizens pay. The cost says it
with its payer; a price citizens pay while someone else pays the rest stays theirs. Drafts written for the test."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine

PAID_BY_OTHERS = [
    ("Pemkab Contoh mendaftarkan 800 nelayan ke BPJS Ketenagakerjaan. Melalui program ini, iuran jaminan kecelakaan "
     "kerja bagi nelayan dibayarkan oleh Pemerintah Kabupaten Contoh selama satu tahun, dengan iuran sebesar Rp16.800 "
     "per orang per bulan. Daftar di kantor desa mulai 5 Januari 2027.",
     "Rp16.800 per orang per bulan", "dibayarkan oleh Pemerintah Kabupaten Contoh"),
    ("Vaksinasi HPV untuk siswi kelas 5 di puskesmas mulai Senin, 7 Desember 2026. Biaya vaksin sebesar Rp150.000 per "
     "dosis ditanggung Pemerintah Kota Contoh.", "Rp150.000 per dosis", "ditanggung Pemerintah Kota Contoh"),
    ("Operasi katarak gratis di RSUD Contoh mulai 5 Januari 2027. Biaya operasi sebesar Rp7 juta per pasien ditanggung "
     "sepenuhnya oleh BPJS Kesehatan.", "Rp7 juta per pasien", "ditanggung sepenuhnya oleh BPJS Kesehatan"),
]


@pytest.mark.parametrize(("draft", "price", "payer"), PAID_BY_OTHERS, ids=["payer-before", "payer-after", "fund"])
def test_a_price_someone_else_pays_is_said_with_its_payer(draft: str, price: str, payer: str) -> None:
    costs = [f.value for f in read_draft(draft).of(Slot.COST)]
    assert f"{price}, {payer}" in costs
    assert payer not in costs  # said once, with its price
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].whole_text
    cost_line = next(line for line in post.splitlines() if line.startswith("💰"))
    assert price in cost_line and payer in cost_line


CITIZENS_PAY = [
    "Pasar murah Sabtu, 5 Desember 2026. Warga cukup membayar Rp10.000 per paket, sisanya ditanggung Pemkab Contoh.",
    "Beras dijual Rp50.000 per 5 kg di Alun-alun pada Sabtu, 5 Desember 2026; selisih harga ditanggung Pemprov Contoh.",
    "Tiket masuk Rp5.000 per orang. Parkir ditanggung panitia.",
]


@pytest.mark.parametrize("draft", CITIZENS_PAY, ids=["share", "difference", "other-sentence"])
def test_a_price_citizens_pay_keeps_no_payer(draft: str) -> None:
    costs = [f.value for f in read_draft(draft).of(Slot.COST)]
    assert any("Rp" in c for c in costs)
    assert not any("Rp" in c and ("ditanggung" in c or "dibayar" in c) for c in costs)
    assert not any(c.startswith("ditanggung Pem") for c in costs)  # "sisanya/selisih ... ditanggung" is not "free"


def test_a_price_keeps_its_second_unit() -> None:
    draft = "Retribusi sampah Rp15.000 per rumah per bulan dibayar di kantor kelurahan mulai Januari 2027."
    assert "Rp15.000 per rumah per bulan" in [f.text for f in read_draft(draft).of(Slot.COST)]
