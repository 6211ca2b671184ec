"""The fact lock on the round-10 posts (tests/data/quality/good_posts_round10.yaml), written from extra
drafts no earlier set used, measured unseen first (3 of 24 falsely flagged, every planted invention
caught): bare hours made times by the zone after them ("tiap Sabtu 8–12 WIB"), a common acronym
whose meaning the draft writes only in part ("BBM" for "bahan bakar"), and a name of three parts each
the draft's own ("WA Pengaduan" + "BPN" + "Banggai")."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts
from tests.support.good_posts import assert_lock_holds, post_ids

POSTS = qm.load_good_posts(qm.DATA / "good_posts_round10.yaml")
BODIES = tune_and_extra_bodies()


def test_round10_posts_come_from_extra_drafts_only() -> None:
    assert len(POSTS) >= 20
    assert {p.draft_id for p in POSTS} <= set(BODIES)


@pytest.mark.parametrize("post", POSTS, ids=post_ids(POSTS))
def test_round10_good_post_passes_and_its_planted_invention_is_caught(post: qm.GoodPost) -> None:
    assert_lock_holds(post, BODIES[post.draft_id], None)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("tiap Sabtu 8–12 WIB", {"date:day-sabtu", "time:08:00", "time:12:00", "name:wib"}),
        ("mulai 7 WITA", {"time:07:00", "name:wita"}),
        ("buka 8.30-15 WIT", {"time:08:30", "time:15:00", "name:wit"}),
        ("8–12 orang", {"number:8", "number:12"}),  # no zone: a count
    ],
)
def test_bare_hours_before_a_time_zone_are_times(text: str, keys: set[str]) -> None:
    assert {f.key for f in extract_facts(text)} == keys


def test_a_zoned_time_checks_against_the_drafts_time() -> None:
    draft = "Layanan dibuka setiap Sabtu pukul 08.00–12.00 WIB di MPP."
    assert check_facts("Buka tiap Sabtu 8–12 WIB di MPP.", [draft]).ok
    assert not check_facts("Buka tiap Sabtu 8–13 WIB di MPP.", [draft]).ok


@pytest.mark.parametrize(
    ("draft", "post", "ok"),
    [
        ("Rujukan gratis, termasuk bahan bakar dan awak kapal.", "Gratis, termasuk BBM.", True),
        ("Harga bahan bakar minyak naik.", "Harga BBM naik.", True),
        ("Rujukan gratis, termasuk awak kapal.", "Gratis, termasuk BBM.", False),
    ],
)
def test_a_common_acronym_needs_two_thirds_of_its_meaning_in_the_draft(draft: str, post: str, ok: bool) -> None:
    assert check_facts(post, [draft]).ok is ok


PTSL = ("Pungutan di luar ketentuan dapat dilaporkan melalui WhatsApp Pengaduan 0852-4100-8876. Kantor "
        "Pertanahan Kabupaten Banggai menegaskan pengukuran tanpa dipungut biaya oleh BPN.")


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("WA Pengaduan BPN Banggai", True),
        ("WA Pengaduan BPN Luwuk", False),  # a region the draft never names
        ("WA Pengaduan ATR Banggai", False),  # an office the draft never names
        ("WA Layanan BPN Banggai", False),  # a channel the draft never names
    ],
)
def test_a_name_of_three_parts_each_from_the_draft(name: str, ok: bool) -> None:
    assert check_facts(f"Lapor lewat {name} 0852-4100-8876.", [PTSL]).ok is ok
