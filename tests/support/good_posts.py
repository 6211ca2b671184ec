"""The fact lock's check on one good post of a hand-written set (tests/data/quality/good_posts_*.yaml):
the post passes (or fails only on the names a test knows of) and its planted invention is caught."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from benchmarks import quality_metrics as qm
from bot.core.fact_check import check_facts


def post_ids(posts: list[qm.GoodPost]) -> list[str]:
    return [f"{p.draft_id}-{i}" for i, p in enumerate(posts)]


def assert_lock_holds(post: qm.GoodPost, body: str, known: list[str] | None = None) -> None:
    good = check_facts(post.post, [body])
    assert good.invented == (known or []), good.invented
    assert not check_facts(post.corrupted, [body]).ok, post.plant


def cases(name: str, source: str, posts: list[str]) -> list[Any]:
    """One test case per post, each with `source` as the draft, named `name-1`, `name-2` ..."""
    return [pytest.param(post, source, id=f"{name}-{i}") for i, post in enumerate(posts, 1)]


def pairs(name: str, items: list[tuple[str, str]]) -> list[Any]:
    """One test case per (post, source) pair, named `name-1`, `name-2` ..."""
    return [pytest.param(post, source, id=f"{name}-{i}") for i, (post, source) in enumerate(items, 1)]


LockTest = Callable[..., None]


def lock_tests(posts: list[qm.GoodPost], bodies: dict[str, str], passes: list[Any], caught: list[Any], *,
               remaining: frozenset[str] = frozenset(),
               unseen_plants: frozenset[str] = frozenset()) -> tuple[LockTest, LockTest, LockTest]:
    """The three tests a round's fact-lock file runs on its data: each good post passes (or fails only on the
    names in `remaining`) and its plant is caught (unless the plant is in `unseen_plants`, which no check of
    single facts sees); each wording in `passes` passes; each invention in `caught` is caught. A file binds
    them to its own test names, so the cases keep their ids."""

    @pytest.mark.parametrize("post", posts, ids=post_ids(posts))
    def good_post(post: qm.GoodPost) -> None:
        body = bodies[post.draft_id]
        assert set(check_facts(post.post, [body]).invented) <= remaining
        assert check_facts(post.corrupted, [body]).ok == (post.plant[1] in unseen_plants), post.plant

    @pytest.mark.parametrize(("post", "source"), passes)
    def wording_passes(post: str, source: str) -> None:
        assert check_facts(post, [source]).invented == []

    @pytest.mark.parametrize(("post", "source"), caught)
    def invention_caught(post: str, source: str) -> None:
        assert check_facts(post, [source]).invented != []

    return good_post, wording_passes, invention_caught
