"""The fact lock on posts written from the EXTRA drafts (tests/data/quality/good_posts_extra.yaml):
ranges, usual short forms of titles and offices, platform abbreviations and clipped words at line starts
are the draft's; planted inventions (one-letter name changes, numbers changed inside ranges) are caught."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts

POSTS = qm.load_good_posts(qm.DATA / "good_posts_extra.yaml")
BODIES = {d.id: d.body for d in qm.load_drafts(qm.EXTRA_DRAFTS)}


def test_extra_posts_come_from_extra_drafts_only() -> None:
    assert len(POSTS) >= 30
    assert {p.draft_id for p in POSTS} <= set(BODIES)
    for p in POSTS:
        assert p.plant[0] in p.post and p.plant[0] != p.plant[1], p


@pytest.mark.parametrize("post", POSTS, ids=[f"{p.draft_id}-{i}" for i, p in enumerate(POSTS)])
def test_extra_good_post_passes_and_its_planted_invention_is_caught(post: qm.GoodPost) -> None:
    body = BODIES[post.draft_id]
    good = check_facts(post.post, [body])
    assert good.ok, good.invented
    assert not check_facts(post.corrupted, [body]).ok, post.plant


def test_extra_benchmark_figures_are_zero_alarms_all_caught() -> None:
    lock = qm.fact_lock(POSTS, BODIES)
    assert (lock["false_alarms"], lock["caught"]) == (0, lock["posts"])


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("1–31/10/2025", {"date:2025-10-01", "date:2025-10-31"}),
        ("Rp 15–35 juta", {"money:15000000", "money:35000000"}),
        ("Rp15 juta hingga Rp35 juta", {"money:15000000", "money:35000000"}),
        ("jam 3–5 sore", {"time:15:00", "time:17:00"}),
        ("jam 8–10 malam", {"time:20:00", "time:22:00"}),
        ("15 sampai dengan 27 September 2025", {"date:2025-09-15", "date:2025-09-27"}),
    ],
)
def test_ranges_are_two_facts(text: str, keys: set[str]) -> None:
    assert {f.key for f in extract_facts(text)} == keys


@pytest.mark.parametrize(
    ("draft", "post", "ok"),
    [
        ("periode 1 sampai 31 Oktober 2025", "periode 1–31/10/2025", True),
        ("periode 1 sampai 31 Oktober 2025", "periode 1–30/10/2025", False),
        ("bantuan Rp15 juta hingga Rp35 juta", "bantuan Rp 15–35 juta", True),
        ("bantuan Rp15 juta hingga Rp35 juta", "bantuan Rp 15–40 juta", False),
        ("bantuan Rp15 juta hingga Rp35 juta", "bantuan Rp 10–35 juta", False),
        ("layanan sore pukul 15.00–17.00", "layanan sore jam 3–5 sore", True),
        ("layanan sore pukul 15.00–17.00", "layanan sore jam 3–6 sore", False),
        ("Kepala Dinas Komunikasi dan Informatika Kota Bogor hadir.", "Kadiskominfo Kota Bogor hadir.", True),
        ("Kepala Dinas Perindustrian dan Perdagangan Kabupaten Bantul hadir.", "Kadisperindag Bantul hadir.", True),
        ("Kepala Bagian Kesejahteraan Rakyat, Andi Malik, hadir.", "Kabag Kesra Andi Malik hadir.", True),
        ("Kepala Bagian Kesejahteraan Rakyat, Andi Malik, hadir.", "Kabag Kesra Andi Malak hadir.", False),
        ("Dinas Perhubungan Kota Kediri menutup jalan.", "Dishub Kota Kediri menutup jalan.", True),
        ("Direktur Jenderal Perhubungan Darat, Budi Santosa, meninjau.", "Dirjen Hubdat Budi Santosa meninjau.", True),
        ("Direktur Jenderal Perhubungan Darat, Budi Santosa, meninjau.", "Dirjen Hubla Budi Santosa meninjau.", False),
        ("Kepala BPKA, Teuku Rizal, hadir.", "Kaban BPKA Teuku Rizal hadir.", True),
        ("Sekda Hendri Saputra memimpin rapat.", "Sekda Hendra Saputra memimpin rapat.", False),
        ("Info di Instagram @humas.kota dan Facebook Humas Kota.", "Info di IG @humas.kota dan FB Humas Kota.", True),
        ("Info di Facebook Humas Kota.", "Info di IG Humas Kota.", False),
        ("Pembelian maksimal 2 paket per warga.", "Maks 2 paket per warga.", True),
        ("Pembelian maksimal 2 paket per warga.", "Maks 2 paket per warga, kata Marwan.", False),
    ],
)
def test_wording_classes_pass_and_inventions_are_caught(draft: str, post: str, ok: bool) -> None:
    assert check_facts(post, [draft]).ok is ok, check_facts(post, [draft]).invented
