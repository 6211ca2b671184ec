"""50 concurrent chats against the fake model through the real client: the caps hold under a burst.

Every request reserves `budget_reserve_tokens` atomically before its model call and settles its
real usage after. The bound: the spend exceeds a cap by at most what the admitted requests spent
beyond their reservation (none when the reservation covers a request's real usage).
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_service
from bot.core.budget import NOTICE_OFFICE
from bot.core.models import ReplyResult
from bot.retrieval.embeddings import HashEmbeddings
from tests.support.fake_openai import FakeOpenAI, chat_completion, make_llm_settings
from tests.support.llm_answers import DRAFT, reply_answer

COMMENT = "Min, perekaman KTP-el keliling hari apa ya? Bayar nggak?"
CHATS = 50
#: Tokens of one model answer of the fake (prompt + completion).
PER_CALL = 150


def burst(fake: FakeOpenAI, tmp_path: Path, **caps: Any) -> tuple[list[ReplyResult], Any]:
    """50 replies at once, one per user, each model answer slow enough that all are in flight together."""
    fake.default = lambda request: chat_completion(json.dumps(reply_answer()), prompt_tokens=100, completion_tokens=50)
    fake.default_delay = 0.5
    settings = make_llm_settings(fake, tmp_path, llm_deadline=20.0, llm_timeout=10.0, **caps)
    service = build_service(settings, embedder=HashEmbeddings())
    start = threading.Barrier(CHATS)

    def one(i: int) -> ReplyResult:
        start.wait()
        return service.reply(COMMENT, context=DRAFT, user_id=f"u{i}")  # facts supported: one call

    with ThreadPoolExecutor(CHATS) as pool:
        results = list(pool.map(one, range(CHATS)))
    assert service.budget is not None
    return results, service.budget.report()


@pytest.mark.parametrize("shared", [False, True], ids=["sqlite", "redis"])
def test_a_reservation_that_covers_a_request_never_lets_the_burst_overshoot(
    fake_openai: FakeOpenAI, tmp_path: Path, request: pytest.FixtureRequest, shared: bool
) -> None:
    redis = {"redis_url": request.getfixturevalue("redis_url")} if shared else {}
    results, report = burst(fake_openai, tmp_path, budget_monthly="1500", budget_reserve_tokens=PER_CALL, **redis)
    model = [r for r in results if r.engine == fake_openai.model]
    offline = [r for r in results if r.engine == "offline"]
    assert len(model) + len(offline) == CHATS
    assert all(r.usage is not None and r.usage.calls == 1 for r in model)  # each answer is one call of 150 tokens
    assert len(model) == 1500 // PER_CALL  # exactly what fits, although all 50 arrived together
    assert report.office.tokens == len(model) * PER_CALL <= 1500
    notice = NOTICE_OFFICE.format(cap="1.500 token")
    assert all(r.warnings[0] == notice for r in offline)
    assert len(fake_openai.chat_requests) == len(model)  # the refused ones never reached the model


@pytest.mark.parametrize("reserve", [50, 100])
def test_an_underestimate_overshoots_by_at_most_the_requests_in_flight(
    fake_openai: FakeOpenAI, tmp_path: Path, reserve: int
) -> None:
    results, report = burst(fake_openai, tmp_path, budget_monthly="1500", budget_reserve_tokens=reserve)
    admitted = sum(r.engine == fake_openai.model for r in results)
    assert 0 < admitted <= 1500 // reserve  # every admission counted the reservations in flight
    assert report.office.tokens == admitted * PER_CALL
    overshoot = report.office.tokens - 1500
    assert overshoot <= admitted * (PER_CALL - reserve)
    assert sum(r.engine == "offline" for r in results) == CHATS - admitted
