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
    # a condition of the group ("... yang belum mendapat imunisasi") leaves nobody out
    assert age_allowed(6 * 12, "Sasaran adalah anak usia 0–59 bulan yang belum mendapat imunisasi dasar.") is False


def test_a_benefit_inside_a_praise_of_a_ministry_gets_its_doer_back() -> None:
    text = ("JAKARTA (4/12) – Kementerian Sosial terus memperkuat perlindungan keluarga rentan. "
            "Gubernur mengapresiasi langkah Kemensos yang menanggung penuh biaya sekolah "
            "anak yatim selama satu tahun. Data penerima diusulkan lewat kantor desa.")
    first = _instagram(text).split("\n")[0]
    assert first.startswith("Kemensos menanggung penuh biaya sekolah anak yatim"), first


def test_an_announcement_is_no_part_of_the_first_line() -> None:
    text = ("Wakil Bupati Contoh membuka Musyawarah Daerah di Pendopo, Senin (7/12/2026), sekaligus mengumumkan "
            "khitan massal gratis bagi seratus anak yang akan digelar pada Minggu, 3 Januari 2027, di Masjid Agung. "
            "Pendaftaran dibuka di KUA kecamatan.")
    first = _instagram(text).split("\n")[0]
    assert first.lower().startswith("khitan massal gratis bagi seratus anak"), first


def test_a_clarification_leads_with_the_truth_the_denial_states_first() -> None:
    text = ("Beredar pesan berantai yang menyebut bantuan iuran BPJS dari Pemkab dihentikan mulai Januari 2027. "
            "Kepala Dinas Kesehatan menegaskan kabar itu tidak benar. Kepesertaan warga yang iurannya dibayar "
            "Pemkab tetap berlanjut pada 2027. Yang benar, ada pemadanan data NIK dengan Dukcapil bagi peserta "
            "yang datanya tidak cocok.")
    post = _instagram(text)
    opening = "\n".join(post.split("\n")[:3])
    assert "kepesertaan warga yang iurannya dibayar pemkab tetap berlanjut" in opening.lower(), post
    assert "pemadanan" not in opening


def test_the_fact_lock_knows_the_usual_short_forms_of_a_directorate_general() -> None:
    from bot.core.fact_check import check_facts

    source = ("Bupati menerima kunjungan kerja Tim Direktorat Jenderal Bina Pembangunan Daerah Kementerian Dalam "
              "Negeri di Ruang Rapat Kantor Bupati.")
    assert check_facts("Tim Ditjen Bina Bangda Kemendagri berkunjung ke Kantor Bupati.", [source]).ok
    assert not check_facts("Tim Ditjen Bina Adwil Kemendagri berkunjung ke Kantor Bupati.", [source]).ok
