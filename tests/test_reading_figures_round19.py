"""Round 19s: which counts of an event or a service draft are figures. A figure is a record the draft reports
(a past year, "tercatat", a change) or what the government made ready (a stock, a total); the terms of the offer
(what each one may buy, how many a day, what to bring, a quota's shares, a discount) are no figures."""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft
from bot.core.reading.sheet import DraftKind


def figures(draft: str) -> list[str]:
    return [f.text for f in read_draft(draft).of(Slot.FIGURES)]


MARKET = ("Dinas Perdagangan Kabupaten Sinjai menggelar pasar murah di Lapangan Kecamatan Tellulimpoe pada Sabtu "
          "(12/12/2026) pukul 08.00 WITA. Beras dijual Rp55.000 per kemasan lima kilogram. Setiap pembeli "
          "maksimal membeli dua liter minyak goreng. Untuk hari pertama disiapkan tiga ton beras. "
          "Tahun lalu kegiatan serupa dikunjungi sekitar dua ribu warga. Pembeli cukup membawa KTP.")
SERVICE = ("Disdukcapil Kabupaten Bone membuka layanan perekaman KTP-el keliling mulai Senin (7/12/2026). "
           "Petugas hanya mampu melayani seratus lima puluh warga per hari. Pemohon akta kelahiran membawa surat "
           "keterangan lahir dan dua orang saksi. Sepanjang 2026 tercatat 3.412 warga belum merekam KTP-el. "
           "Layanan gratis.")
DISCOUNT = ("Perumda Air Minum Kota Palopo memberikan potongan biaya sambungan rumah baru. Mulai 1 Desember 2026 "
            "biaya sambungan dipotong 50 persen, dari Rp1.400.000 menjadi Rp700.000. Cakupan layanan air perpipaan "
            "naik menjadi 64 persen. Pendaftaran di kantor Perumda, Jalan Andi Djemma.")


@pytest.mark.parametrize(("draft", "kept", "dropped"), [
    (MARKET, ["tiga ton beras", "sekitar dua ribu warga"], ["lima kilogram", "dua liter minyak goreng"]),
    (SERVICE, ["3.412 warga"], ["seratus lima puluh warga", "dua orang"]),
])
def test_an_offer_keeps_its_records_not_its_terms(draft: str, kept: list[str], dropped: list[str]) -> None:
    sheet = read_draft(draft)
    assert sheet.kind in (DraftKind.EVENT, DraftKind.SERVICE)
    found = figures(draft)
    for text in kept:
        assert any(text in f for f in found), (text, found)
    for text in dropped:
        assert not any(text in f for f in found), (text, found)


def test_a_change_is_a_record_a_discount_without_one_is_not() -> None:
    found = figures(DISCOUNT)
    assert any("64 persen" in f for f in found)


def test_an_achievement_keeps_every_count() -> None:
    draft = ("Pemerintah Kabupaten Sinjai meraih penghargaan atas capaian imunisasi dasar lengkap. Cakupan "
             "imunisasi mencapai 96 persen. Sebanyak 4.120 balita di 16 puskesmas telah diimunisasi, "
             "masing-masing dua dosis.")
    assert read_draft(draft).kind == DraftKind.ACHIEVEMENT
    assert any("4.120 balita" in f for f in figures(draft))


@pytest.mark.parametrize("sentence", [
    "Tarif anak usia 2–12 tahun 50 persen dari tarif dewasa",
    "Harga tiket pelajar 25 persen dari harga umum",
])
def test_a_share_of_a_price_is_a_cost_and_a_post_keeps_it(sentence: str) -> None:
    from bot.core.models import RewriteRequest
    from bot.offline.engine import OfflineEngine

    draft = ("Dinas Perhubungan Kabupaten Buton membuka layanan kapal feri tambahan Baubau–Wamengkoli selama libur "
             "sekolah, mulai Sabtu (19/12/2026), setiap hari pukul 08.00 WITA. Tiket dewasa Rp45.000. "
             f"{sentence}; bayi gratis. Penumpang wajib membawa KTP dan membeli tiket di loket pelabuhan.")
    sheet = read_draft(draft)
    assert sentence in [f.text for f in sheet.of(Slot.COST)]
    assert not any("persen" in f for f in figures(draft))
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].text
    assert sentence.split()[-4] in post and "persen dari" in post
