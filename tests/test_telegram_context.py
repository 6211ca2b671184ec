"""How `build_application` wires the bot: the request and rate limiter it is given, the typed
context every handler gets (`HumasContext`, `BotData`, bot/telegram_app/runtime.py), and the
guards that name a missing part of an update (bot/telegram_app/incoming.py)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from telegram import Update
from telegram.ext import BaseRateLimiter

from bot.telegram_app.application import build_application
from bot.telegram_app.incoming import chat_of, message_of, query_of, user_of
from bot.telegram_app.locks import ChatJobs
from bot.telegram_app.network import RetryingRateLimiter
from bot.telegram_app.runtime import BotData, HumasContext, Runtime
from bot.telegram_app.shared_state import SeenUpdates
from bot.telegram_app.transport import AiohttpRequest
from tests.support.fake_telegram import USER, BotHarness, callback_query, text_message


class RecordingLimiter(BaseRateLimiter[int]):
    """Passes every call through, noting its Bot API method."""

    def __init__(self) -> None:
        self.endpoints: list[str] = []

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self, callback: Any, args: Any, kwargs: Any, endpoint: str, data: Any, rate_limit_args: Any
    ) -> Any:
        self.endpoints.append(endpoint)
        return await callback(*args, **kwargs)


def test_production_request_and_limiter_by_default(tg_settings, tg_service) -> None:
    app = build_application(tg_settings, tg_service)
    assert isinstance(app.bot.request, AiohttpRequest)
    assert type(app.bot.rate_limiter) is RetryingRateLimiter


def test_the_given_request_and_limiter_are_the_ones_used(tg_settings, tg_service) -> None:
    request, limiter = AiohttpRequest(2), RecordingLimiter()
    app = build_application(tg_settings, tg_service, request=request, rate_limiter=limiter)
    assert app.bot.request is request
    assert app.bot.rate_limiter is limiter


async def test_every_bot_api_call_goes_through_the_given_limiter(fake_tg, tg_settings, tg_service) -> None:
    limiter = RecordingLimiter()
    harness = await BotHarness(fake_tg, tg_settings, tg_service, rate_limiter=limiter).start()
    try:
        mark = harness.send(text_message(USER, USER, "/start"))
        await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER, after=mark)
    finally:
        await harness.stop()
    assert "setMyCommands" in limiter.endpoints and "sendMessage" in limiter.endpoints


def test_handlers_get_a_typed_context_with_the_runtime(tg_settings, tg_service) -> None:
    app = build_application(tg_settings, tg_service)
    assert app.context_types.context is HumasContext
    assert isinstance(app.bot_data, BotData)
    rt = app.bot_data.runtime
    assert rt.service is tg_service and rt.settings is tg_settings
    assert isinstance(rt.claims, SeenUpdates)  # no Redis configured

    update = Update.de_json({"update_id": 1, **text_message(USER, USER, "/start")}, app.bot)
    context = HumasContext.from_update(update, app)
    assert context.runtime is rt and context.service is tg_service and context.settings is tg_settings
    context.chat_state["profile"] = {"name": "Dinas Uji"}
    assert app.chat_data[USER]["profile"] == {"name": "Dinas Uji"}


def test_a_context_of_no_chat_has_no_chat_state(tg_settings, tg_service) -> None:
    app = build_application(tg_settings, tg_service)
    context = HumasContext.from_error(None, RuntimeError("x"), app)
    assert context.runtime is app.bot_data.runtime
    with pytest.raises(LookupError, match="no chat"):
        context.chat_state  # noqa: B018 - the property is the test


def test_bot_data_without_a_runtime_says_how_to_get_one() -> None:
    with pytest.raises(RuntimeError, match="build_application"):
        BotData().runtime  # noqa: B018 - the property is the test


async def test_blocking_calls_run_in_the_runtime_pool_and_close_lets_go(tg_settings, tg_service) -> None:
    class Claims(SeenUpdates):
        closed = False

        async def close(self) -> None:
            self.closed = True

    claims = Claims()
    rt = Runtime(settings=tg_settings, service=tg_service, jobs=ChatJobs(), claims=claims)
    name = await rt.run_blocking(lambda: threading.current_thread().name)
    assert name.startswith("humasbot")
    await rt.close()
    assert claims.closed
    with pytest.raises(RuntimeError):  # the pool takes no more work
        await rt.run_blocking(lambda: None)


def test_missing_parts_of_an_update_are_named(tg_settings, tg_service) -> None:
    app = build_application(tg_settings, tg_service)
    message = Update.de_json({"update_id": 5, **text_message(USER, USER, "/start")}, app.bot)
    assert message_of(message).text == "/start" and chat_of(message).id == USER and user_of(message).id == USER
    with pytest.raises(LookupError, match="update 5 is no button press"):
        query_of(message)

    empty = Update(update_id=6)
    for guard, what in ((message_of, "no message"), (chat_of, "no chat"), (user_of, "no user")):
        with pytest.raises(LookupError, match=f"update 6 .*{what}"):
            guard(empty)
    press = Update.de_json({"update_id": 7, **callback_query(USER, USER, "rw:abc:x")}, app.bot)
    assert query_of(press).data == "rw:abc:x"
