"""The aiohttp client under the bot's Bot API calls (bot/telegram_app/transport.py).

Everything else about it runs in the end-to-end Telegram tests; here: what goes over the wire
(form fields, markup, files) and how a dead or silent server turns into PTB's errors.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.telegram_app.application import build_application
from bot.telegram_app.transport import AiohttpRequest
from tests.support.fake_telegram import FakeTelegram

TOKEN = "123:TRANSPORT"


async def start_app(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def bot_api(**methods: Any) -> web.Application:
    """A tiny Bot API server: getMe plus the given handlers."""

    async def get_me(request: web.Request) -> web.Response:
        me = {"id": 123, "is_bot": True, "first_name": "HumasBot", "username": "humasbot"}
        return web.json_response({"ok": True, "result": me})

    app = web.Application()
    app.router.add_post(f"/bot{TOKEN}/getMe", get_me)
    for name, handler in methods.items():
        app.router.add_post(f"/bot{TOKEN}/{name}", handler)
    return app


def message_json(text: str = "") -> dict[str, Any]:
    return {"message_id": 7, "date": 0, "chat": {"id": 1, "type": "private"}, "text": text}


async def test_the_application_talks_through_aiohttp(tg_settings) -> None:
    app = build_application(tg_settings, service=None)  # type: ignore[arg-type]
    assert isinstance(app.bot.request, AiohttpRequest)


async def test_messages_arrive_with_their_markup_and_special_characters() -> None:
    fake = FakeTelegram()
    await fake.start()
    bot = Bot(TOKEN, base_url=f"{fake.url}/bot", request=AiohttpRequest(4))
    try:
        await bot.initialize()
        text = "<b>Info</b> &amp; 5 < 6 · zero\u200bwidth · emoji 🙂 · RTL \u202e"
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Versi lain", callback_data="rw:abc:1")]])
        sent = await bot.send_message(42, text, parse_mode="HTML", reply_markup=keyboard)
        assert sent.chat_id == 42
        call = await fake.wait_for("sendMessage")
        assert call.text == text
        assert call["parse_mode"] == "HTML"
        markup = call["reply_markup"]
        markup = json.loads(markup) if isinstance(markup, str) else markup
        assert markup["inline_keyboard"][0][0]["callback_data"] == "rw:abc:1"
    finally:
        await bot.shutdown()
        await fake.stop()


async def test_files_go_as_multipart() -> None:
    seen: dict[str, Any] = {}

    async def send_document(request: web.Request) -> web.Response:
        form = await request.post()
        upload = form["document"]
        seen.update(chat_id=form["chat_id"], name=upload.filename, body=upload.file.read())  # type: ignore[union-attr]
        return web.json_response({"ok": True, "result": message_json()})

    runner, url = await start_app(bot_api(sendDocument=send_document))
    bot = Bot(TOKEN, base_url=f"{url}/bot", request=AiohttpRequest(2))
    try:
        await bot.initialize()
        await bot.send_document(5, document=b"isi panduan", filename="panduan.txt")
        assert seen == {"chat_id": "5", "name": "panduan.txt", "body": b"isi panduan"}
    finally:
        await bot.shutdown()
        await runner.cleanup()


async def test_telegram_errors_keep_their_meaning() -> None:
    async def refuse(request: web.Request) -> web.Response:
        body = {"ok": False, "error_code": 400, "description": "Bad Request: can't parse entities"}
        return web.json_response(body, status=400)

    runner, url = await start_app(bot_api(sendMessage=refuse))
    bot = Bot(TOKEN, base_url=f"{url}/bot", request=AiohttpRequest(2))
    try:
        await bot.initialize()
        with pytest.raises(BadRequest, match="(?i)can.t parse entities"):
            await bot.send_message(1, "<b>")
    finally:
        await bot.shutdown()
        await runner.cleanup()


async def test_a_silent_server_times_out() -> None:
    release = asyncio.Event()

    async def hang(request: web.Request) -> web.Response:
        await release.wait()
        return web.json_response({"ok": True, "result": True})

    runner, url = await start_app(bot_api(sendChatAction=hang))
    request = AiohttpRequest(2, read_timeout=0.3)
    await request.initialize()
    try:
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await request.post(f"{url}/bot{TOKEN}/sendChatAction")
        assert time.monotonic() - started < 3
    finally:
        release.set()
        await request.shutdown()
        await runner.cleanup()


async def test_a_dead_server_is_a_network_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest(2)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
        assert not isinstance(caught.value, BadRequest)
    finally:
        await request.shutdown()


async def test_used_before_initialize_or_after_shutdown() -> None:
    request = AiohttpRequest(1)
    with pytest.raises(RuntimeError):
        await request.do_request("http://127.0.0.1:9/x", "POST")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # twice is harmless
    with pytest.raises(RuntimeError):
        await request.do_request("http://127.0.0.1:9/x", "POST")
