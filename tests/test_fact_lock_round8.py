"""The fact lock on the round-8 posts (tests/data/quality/good_posts_round8.yaml), written from tune and
extra drafts no earlier set used, measured unseen first (8 of 30 falsely flagged): "24/7" for "24 jam",
years written "'25", "Maks", an office's acronym the draft gives in brackets after a name with commas
("Dinas Pertanian, Pangan dan Perikanan (DP3)"), common-noun acronyms whose meaning the draft writes
("APD"). Two inventions were caught only by accident before: a draft's list numbering counted as its
numbers ("SMPN 4" passed on the "4." of a list) and counts written in words were not checked at all
("enam desa")."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts
from tests.support.good_posts import assert_lock_holds, post_ids

POSTS = qm.load_good_posts(qm.DATA / "good_posts_round8.yaml")
BODIES = tune_and_extra_bodies()
#: Posts the lock still fails, and why (none since round 11: tests/test_fact_lock_round11.py).
KNOWN_ALARMS: dict[str, list[str]] = {}


def test_round8_posts_come_from_tune_and_extra_drafts_only() -> None:
    assert len(POSTS) >= 30
    assert {p.draft_id for p in POSTS} <= set(BODIES)


@pytest.mark.parametrize("post", POSTS, ids=post_ids(POSTS))
def test_round8_good_post_passes_and_its_planted_invention_is_caught(
        post: qm.GoodPost, request: pytest.FixtureRequest) -> None:
    assert_lock_holds(post, BODIES[post.draft_id], KNOWN_ALARMS.get(request.node.callspec.id))


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Selasa (22/4/'25)", {"date:day-selasa", "date:2025-04-22"}),
        ("akhir Juni '25", {"date:2025-06"}),
        ("14 Juni ’26", {"date:2026-06-14"}),
        ("layanan 24/7", {"number:24"}),
        # after a weekday it is a date (round 39: a good post's "Jum 24/7" for "Jumat (24/7/2026)")
        ("Sabtu 24/7 di balai desa", {"date:day-sabtu", "date:--07-24"}),
        ("tanggal 24/7/2025", {"date:2025-07-24"}),
    ],
)
def test_forms_of_round8_read_as_their_values(text: str, keys: set[str]) -> None:
    assert {f.key for f in extract_facts(text)} == keys


#: Two lists, each opened by a line naming what it lists: a post may count their items by that name.
LISTS = ("Lokasi pengungsian:\n1. GOR Banjarbaru\n2. SMP Negeri 2 Barabai\n3. Balai Desa\n4. Masjid Agung\n\n"
         "Imbauan bagi masyarakat:\n- matikan listrik\n- simpan dokumen\n- jauhi arus deras")


@pytest.mark.parametrize(
    ("draft", "post", "ok"),
    [
        ("Hubungi Pusdalops 24 jam di 112.", "Pusdalops siaga 24/7 di 112.", True),
        ("Hubungi Pusdalops pada jam kerja di 112.", "Pusdalops siaga 24/7 di 112.", False),
        ("Kunjungan pada Selasa, 22 April 2025.", "Kunjungan Selasa (22/4/'25).", True),
        ("Kunjungan pada Selasa, 22 April 2025.", "Kunjungan Selasa (22/4/'24).", False),
        ("Setiap warga paling banyak membeli lima kilogram beras.", "Maks 5 kg beras per orang.", True),
        ("Dinas Pertanian, Pangan dan Perikanan (DP3) Kabupaten Sleman mengimbau warga. Kepala Dinas "
         "Pertanian, Pangan dan Perikanan Sleman, Suparmono, menegaskan hal itu.",
         "Kepala DP3 Sleman Suparmono menegaskan.", True),
        ("Dinas Pertanian, Pangan dan Perikanan (DP3) Kabupaten Sleman mengimbau warga. Kepala Dinas "
         "Pertanian, Pangan dan Perikanan Sleman, Suparmono, menegaskan hal itu.",
         "Kepala DP3 Sleman Suparman menegaskan.", False),
        ("Relawan mendapat perlengkapan pelindung diri.", "Relawan dapat APD.", True),
        ("Relawan mendapat seragam dan sepatu.", "Relawan dapat APD.", False),
        ("Warga miskin boleh ikut.", "Bawa SKTM.", False),
        ("Pengungsian:\n1. GOR Banjarbaru\n2. SMP Negeri 2 Barabai\n3. Balai Desa\n4. Masjid Agung",
         "Mengungsi ke SMPN 2 Barabai.", True),
        ("Pengungsian:\n1. GOR Banjarbaru\n2. SMP Negeri 2 Barabai\n3. Balai Desa\n4. Masjid Agung",
         "Mengungsi ke SMPN 4 Barabai.", False),
        ("Layanan keliling di empat desa.", "Layanan keliling di empat desa.", True),
        ("Layanan keliling di empat desa.", "Layanan keliling di enam desa.", False),
        ("Peserta 200 anak.", "Pesertanya dua ratus anak, salah satu yang terbanyak.", True),
        ("Peserta 200 anak.", "Pesertanya tiga ratus anak.", False),
        ("Kedua orang tua wajib hadir.", "Kedua orang tua wajib hadir, satu pintu.", True),
        (LISTS, "Ada 4 titik pengungsian.", True),
        (LISTS, "Ada empat lokasi pengungsian.", True),
        (LISTS, "Ingat 3 imbauan ini.", True),
        (LISTS, "Ingat 4 imbauan ini.", False),
        (LISTS, "Ada 4 titik.", False),
        (LISTS, "Maks 3 jeriken per keluarga.", False),
        (LISTS, "Mengungsi ke SMPN 3 Barabai.", False),
    ],
)
def test_round8_wordings_and_inventions(draft: str, post: str, ok: bool) -> None:
    assert check_facts(post, [draft]).ok is ok, check_facts(post, [draft]).invented
