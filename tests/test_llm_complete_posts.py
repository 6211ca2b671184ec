"""Complete posts, as a capable model writes them, pass the LLM engine's checks without a
regeneration and without a warning: the fact lock and the key-fact check do not cry wolf at reworded
dates, times, amounts, acronyms and derived names (tests/data/llm_complete_posts.yaml, TUNE drafts)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from benchmarks import quality_metrics as qm
from bot.core.models import RewriteRequest
from bot.llm.engine import LLMEngine
from bot.settings import Settings
from tests.support.fact_drafts import answer
from tests.support.fake_openai import FakeOpenAI
from tests.support.llm_answers import PROFILE

POSTS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "llm_complete_posts.yaml").read_text(encoding="utf-8")
)
BODIES = {d.id: d.body for d in qm.load_drafts()}


def _case(item: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=item["known_alarm"], strict=True)] if item.get("known_alarm") else []
    return pytest.param(item, id=item["draft_id"], marks=marks)


def test_posts_come_from_tune_drafts_only() -> None:
    tune = set(json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))["drafts"]["tune"])
    assert len(POSTS) >= 8 and {item["draft_id"] for item in POSTS} <= tune


@pytest.mark.parametrize("item", [_case(item) for item in POSTS])
def test_a_complete_post_is_kept_as_written(
    item: dict[str, Any], fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    fake_openai.add_json(answer({"instagram": item["post"]}))
    fake_openai.add_json(answer({"instagram": item["post"]}))
    request = RewriteRequest(
        draft=BODIES[item["draft_id"]], platforms=["instagram"], tone="friendly", profile=PROFILE, user_id="1"
    )
    result = LLMEngine.from_settings(llm_settings).rewrite(request)
    assert len(fake_openai.chat_requests) == 1, fake_openai.chat_requests[-1]["messages"][-1]["content"][:400]
    assert not any(w.startswith(("Cek fakta", "Model tidak")) for w in result.warnings), result.warnings
