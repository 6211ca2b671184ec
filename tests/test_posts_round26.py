"""Round 26 of issue 11: what an officer reads first in a post of a visit, its place tag, and an age a group
leaves out (texts of our own)."""

from __future__ import annotations

from bot.core.inputs import clean_input
from bot.core.models import RewriteRequest
from bot.offline.ages import age_allowed
from bot.offline.engine import OfflineEngine

VISIT = ("📸 SUKAMAJU – Bupati Sukamaju, Andreas Kaiwai, menerima kunjungan kerja Tim Direktorat Jenderal Bina "
         "Pembangunan Daerah Kementerian Dalam Negeri di Ruang Rapat Kantor Bupati Sukamaju, Selasa (8/12/2026) "
         "pukul 10.00 WIT.\n\nKunjungan ini dalam rangka evaluasi penerapan standar pelayanan minimal dan "
         "sinkronisasi dokumen perencanaan daerah.\n\nKegiatan diakhiri dengan foto bersama.\n\n"
         "#Bandung #KunjunganKerja")


def _instagram(text: str) -> str:
    body = clean_input(text, max_chars=8000)
    result = OfflineEngine().rewrite(RewriteRequest(draft=body, platforms=["instagram"]))
    return result.posts[0].text


def test_a_visit_post_opens_with_what_happened_without_its_dateline() -> None:
    first = _instagram(VISIT).split("\n")[0]
    assert first.startswith("Bupati Sukamaju, Andreas Kaiwai, menerima kunjungan kerja"), first
    assert "8 Desember 2026" in first


def test_the_place_tag_is_the_region_the_drafts_own_hashtags_name() -> None:
    assert "#Bandung" in _instagram(VISIT).split("\n")[-1]


def test_an_age_inside_a_group_left_out_is_outside_the_rule() -> None:
    rule = "Anak di bawah 12 tahun tidak mendapat kupon undian, tapi tetap boleh ikut jalan sehat."
    assert age_allowed(12 * 12, rule) is True
    assert age_allowed(10 * 12, rule) is False
    assert age_allowed(30 * 12, "Semua warga boleh ikut, kecuali anak di bawah 17 tahun.") is True
    assert age_allowed(16 * 12, "Semua warga boleh ikut, kecuali anak di bawah 17 tahun.") is False
