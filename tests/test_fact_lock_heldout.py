"""The held-out good posts (tests/data/quality/good_posts_heldout.yaml) are sound evaluation data:
written from the TEST drafts of split.json only, two per draft that gives citizens something and one
for a draft that gives nothing, each with one planted invention that really changes the post.

This file checks the data only. How the fact check fares on it (false alarms, planted inventions
caught) is a measurement the benchmark reports; it is never asserted here, so nobody tunes on it."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from benchmarks import quality_metrics as qm

HELDOUT_POSTS_FILE = qm.DATA / "good_posts_heldout.yaml"
POSTS = qm.load_good_posts(HELDOUT_POSTS_FILE)
SPLIT = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
DRAFTS = {d.id: d for d in qm.load_drafts()}


def test_heldout_posts_come_from_test_drafts_only() -> None:
    test_ids = set(SPLIT["drafts"]["test"])
    assert 25 <= len(POSTS) <= 30
    assert {p.draft_id for p in POSTS} <= test_ids
    assert not {p.draft_id for p in POSTS} & set(SPLIT["drafts"]["tune"])


def test_every_test_draft_has_its_posts() -> None:
    counts = Counter(p.draft_id for p in POSTS)
    for draft_id in SPLIT["drafts"]["test"]:
        expected = 2 if DRAFTS[draft_id].citizen_benefit else 1
        assert counts[draft_id] == expected, draft_id


def test_heldout_posts_do_not_overlap_the_tune_posts() -> None:
    tune_posts = {p.post for p in qm.load_good_posts()}
    assert not tune_posts & {p.post for p in POSTS}


@pytest.mark.parametrize("post", POSTS, ids=[f"{p.draft_id}-{i}" for i, p in enumerate(POSTS)])
def test_each_plant_is_one_real_change_of_its_post(post: qm.GoodPost) -> None:
    original, invented = post.plant
    assert original in post.post and original != invented
    assert post.corrupted != post.post
    assert post.corrupted.count(invented) == post.post.count(invented) + 1


def test_fact_lock_runs_on_the_heldout_posts() -> None:
    bodies = {draft_id: d.body for draft_id, d in DRAFTS.items()}
    lock = qm.fact_lock(POSTS, bodies)
    assert lock["posts"] == len(POSTS)
    assert 0 <= lock["false_alarms"] <= lock["posts"] and 0 <= lock["caught"] <= lock["posts"]
    assert len(lock["alarm_examples"]) == lock["false_alarms"]
    assert len(lock["missed"]) == lock["posts"] - lock["caught"]
