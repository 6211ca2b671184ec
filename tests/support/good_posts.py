"""The fact lock's check on one good post of a hand-written set (tests/data/quality/good_posts_*.yaml):
the post passes (or fails only on the names a test knows of) and its planted invention is caught."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from bot.core.fact_check import check_facts


def post_ids(posts: list[qm.GoodPost]) -> list[str]:
    return [f"{p.draft_id}-{i}" for i, p in enumerate(posts)]


def assert_lock_holds(post: qm.GoodPost, body: str, known: list[str] | None = None) -> None:
    good = check_facts(post.post, [body])
    assert good.invented == (known or []), good.invented
    assert not check_facts(post.corrupted, [body]).ok, post.plant
