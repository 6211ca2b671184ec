"""RetryingRateLimiter (bot/telegram_app/network.py): pacing, retries, and what skips both."""

from __future__ import annotations

import time
from typing import Any

import pytest
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.telegram_app import network
from bot.telegram_app.network import RetryingRateLimiter


class Endpoint:
    """A Bot API method stand-in that fails the first `failures` calls."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error or NetworkError("connection reset")
        self.calls = 0

    async def __call__(self, *args: Any, **kwargs: Any) -> bool:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return True


async def call(limiter: RetryingRateLimiter, endpoint: str, fn: Endpoint, chat_id: int = 1) -> Any:
    return await limiter.process_request(fn, (), {}, endpoint, {"chat_id": chat_id}, None)


@pytest.fixture(autouse=True)
def no_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(network, "NETWORK_RETRIES", (0.0, 0.0))


async def test_lost_connections_are_retried_then_given_up() -> None:
    limiter = RetryingRateLimiter()
    flaky = Endpoint(failures=2, error=TimedOut())
    assert await call(limiter, "sendMessage", flaky) is True
    assert flaky.calls == 3
    dead = Endpoint(failures=99)
    with pytest.raises(NetworkError):
        await call(limiter, "sendMessage", dead)
    assert dead.calls == 3


async def test_telegram_refusals_are_not_retried() -> None:
    refused = Endpoint(failures=99, error=BadRequest("Can't parse entities"))
    with pytest.raises(BadRequest):
        await call(RetryingRateLimiter(), "sendMessage", refused)
    assert refused.calls == 1


async def test_typing_skips_the_queue_and_the_retries() -> None:
    limiter = RetryingRateLimiter(overall_max_rate=1, overall_time_period=1)
    await call(limiter, "sendMessage", Endpoint(), chat_id=1)  # the budget of this second is spent

    started = time.monotonic()
    typing = Endpoint(failures=1)
    with pytest.raises(NetworkError):
        await call(limiter, "sendChatAction", typing, chat_id=2)
    assert typing.calls == 1
    assert await call(limiter, "sendChatAction", typing, chat_id=3) is True
    assert time.monotonic() - started < 0.2

    await call(limiter, "sendMessage", Endpoint(), chat_id=4)  # a message waits its turn
    assert time.monotonic() - started > 0.5
