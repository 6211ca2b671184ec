"""A fake Telegram Bot API server on 127.0.0.1, for end-to-end tests of the real `Application`.

The bot is built with `base_url=f"{fake.url}/bot"` and `base_file_url=f"{fake.url}/file/bot"`, so
every request python-telegram-bot makes lands here. The server runs on the test's own event loop
(aiohttp), records every call, and answers with plausible Bot API objects.

Feeding the bot
    fake.push(update_dict)          queue an update for the next getUpdates (update_id filled in)
    await fake.deliver(update_dict) webhook mode: POST it to the URL given in setWebhook, with the
                                    secret token header, as Telegram does; returns the HTTP status
    text_message(...), photo_message(...), ...   build update dicts (see the helpers below)

Inspecting
    fake.calls                      every call: Call(method, params), in order
    await fake.wait_for(method, predicate=None, timeout=30, after=0)   the first matching call
    fake.chat_view(chat_id)         the bot's messages in that chat, as they read now (edits applied)
    fake.uploads(call)              the files a sendPhoto/sendDocument/sendMediaGroup call uploaded
    fake.webhook                    the last setWebhook parameters (None after deleteWebhook); while
                                    one is set, getUpdates answers 409 Conflict, as Telegram does

Failure injection
    fake.fail_next("sendMessage", 1, kind="parse")   400 "can't parse entities" for the next call(s)
    fake.fail_next("sendMessage", 1, kind="flood")   429 with retry_after=1
    fake.fail_next("sendMessage", 1, kind="drop")    close the connection without an answer (nothing done)
    fake.fail_next("getMe", 3, kind="unauthorized")      401 Unauthorized (kind="not_found": 404), as
                                    Telegram answers a revoked or mistyped token
    fake.fail_next("getUpdates", 1, kind="drop_after")   do the call (send the message, take the
                                    updates), then close the connection without an answer: the
                                    answer is lost on the way back
    fake.redeliver(update_id)       queue an update already delivered again (same update_id), as
                                    Telegram does when it believes the bot did not get it
    Call.fault                      the kind of failure injected into that call (None: answered)

Chat members
    fake.chat_admins[chat_id] = {user_id, ...}   getChatMember answers "administrator" for them, the
                                    owner for fake.chat_owners[chat_id], "member" for anyone else;
                                    getChatAdministrators lists owner and administrators

Files
    fake.add_file(file_id, content, file_path=None)  served by getFile + /file/bot<token>/<path>

Fixtures (this module is a plugin in tests/conftest.py's `pytest_plugins`: name them as parameters)
    fake_tg         a started fake Bot API server
    spy_engine      the offline engine behind a `SpyEngine`
    tg_settings, tg_service     settings pointed at `fake_tg`, and the service over the sample guidelines
    bot, webhook_bot            the real Application polling the fake, or behind its webhook
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web

BOT_ID = 777000111
BOT_USERNAME = "humas_test_bot"

_REGISTERED: Any = object()  # deliver(): use the secret token given in setWebhook
_JSON_KEYS = {
    "reply_markup", "entities", "caption_entities", "commands", "reply_parameters", "scope",
    "link_preview_options", "allowed_updates", "media", "options", "correct_option_ids",
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    fault: str | None = None

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value not in (None, "") else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", self.params.get("caption", "")))

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


@dataclass
class SentMessage:
    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    reply_markup: dict[str, Any] | None


class FakeTelegram:
    """The server; start with `await fake.start()`, stop with `await fake.stop()`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.url = ""
        self.files: dict[str, tuple[str, bytes]] = {}
        self.messages: dict[tuple[int, int], SentMessage] = {}
        self.webhook: dict[str, Any] | None = None
        self.chat_admins: dict[int, set[int]] = defaultdict(set)
        self.chat_owners: dict[int, int] = {}
        self._updates: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._pending: list[dict[str, Any]] = []
        self._sent: dict[int, dict[str, Any]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._failures: dict[str, list[str]] = defaultdict(list)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._stopping = asyncio.Event()

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- feeding ---------------------------------------------------------------------------
    def push(self, update: dict[str, Any]) -> int:
        """Queue an update; returns its update_id."""
        update = dict(update)
        update["update_id"] = next(self._update_ids)
        self._sent[update["update_id"]] = update
        self._updates.put_nowait(update)
        return update["update_id"]

    async def deliver(
        self,
        update: dict[str, Any],
        *,
        secret: str | None = _REGISTERED,
        url: str | None = None,
        timeout: float = 30.0,
    ) -> int:
        """POST an update to the bot's webhook, as Telegram does; returns the HTTP status.

        `url` and `secret` default to those of the last setWebhook; `secret=None` sends no
        secret header. Retries while nothing listens at the URL yet (up to `timeout`).
        """
        if url is None:
            assert self.webhook is not None, "no webhook set: setWebhook was not called"
            url = str(self.webhook["url"])
        if secret is _REGISTERED:
            secret = self.webhook.get("secret_token") if self.webhook else None
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        deadline = time.monotonic() + timeout
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
            while True:
                try:
                    async with session.post(url, json=update, headers=headers) as response:
                        await response.read()
                        return response.status
                except aiohttp.ClientConnectorError:  # not listening yet: nothing was sent
                    if time.monotonic() > deadline:
                        raise
                    await asyncio.sleep(0.05)

    def add_file(self, file_id: str, content: bytes, file_path: str | None = None) -> None:
        self.files[file_id] = (file_path or f"documents/{file_id}", content)

    def fail_next(self, method: str, times: int = 1, kind: str = "parse") -> None:
        """The next `times` calls of `method` fail: kind "parse", "flood", "drop", "drop_after",
        "unauthorized" or "not_found"."""
        assert kind in ("parse", "flood", "drop", "drop_after", "unauthorized", "not_found"), kind
        self._failures[method].extend([kind] * times)

    def redeliver(self, update_id: int) -> None:
        """Queue the update with this id once more (it must have been pushed before)."""
        self._updates.put_nowait(dict(self._sent[update_id]))

    # --- inspecting ------------------------------------------------------------------------
    @staticmethod
    def uploads(call: Call) -> list[bytes]:
        """The files a call uploaded, in order: an album's items (`attach://<name>`), else its one file."""
        files: dict[str, bytes] = call.get("_files") or {}
        media = call.get("media")
        if isinstance(media, list):
            names = [str(item.get("media", "")).removeprefix("attach://") for item in media]
            return [files[name] for name in names if name in files]
        return list(files.values())

    def calls_of(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (chat_id is None or c.chat_id == chat_id)]

    def chat_view(self, chat_id: int) -> list[SentMessage]:
        """The bot's messages in a chat, in order, as they read after edits."""
        return sorted((m for (c, _), m in self.messages.items() if c == chat_id), key=lambda m: m.message_id)

    def chat_texts(self, chat_id: int) -> list[str]:
        return [m.text for m in self.chat_view(chat_id)]

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        *,
        timeout: float = 30.0,
        after: int = 0,
    ) -> Call:
        """The first call (at index >= after) of `method` matching `predicate`; waits for it."""

        def find() -> Call | None:
            for call in self.calls[after:]:
                if call.method == method and (predicate is None or predicate(call)):
                    return call
            return None

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(find), timeout)
            except TimeoutError:
                seen = [(c.method, c.text[:80]) for c in self.calls[after:]]
                raise AssertionError(f"no {method} call matched within {timeout}s; calls: {seen}") from None
        found = find()
        assert found is not None
        return found

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 30.0) -> None:
        """Wait for a condition that may change outside the server (polls every 10 ms)."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout}s")
            await asyncio.sleep(0.01)

    # --- server ----------------------------------------------------------------------------
    async def _record(self, call: Call) -> None:
        self.calls.append(call)
        async with self._changed:
            self._changed.notify_all()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _read_params(request)
        call = Call(method, params)
        if method != "getUpdates":
            await self._record(call)
        elif self.webhook is not None:
            return _error(409, "Conflict: can't use getUpdates method while webhook is active; "
                               "use deleteWebhook to delete the webhook first")
        failures = self._failures.get(method)
        kind = failures.pop(0) if failures else None
        call.fault = kind
        if kind == "flood":
            return _error(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        if kind == "parse":
            return _error(400, "Bad Request: can't parse entities: unsupported start tag at byte offset 0")
        if kind == "drop":
            return _drop(request)
        if kind == "unauthorized":
            return _error(401, "Unauthorized")
        if kind == "not_found":
            return _error(404, "Not Found")
        handler = getattr(self, f"_m_{method}", None)
        result = await handler(params) if handler else True
        if kind == "drop_after":
            return _drop(request)
        return web.json_response({"ok": True, "result": result})

    async def _download(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        for file_path, content in self.files.values():
            if file_path == path:
                return web.Response(body=content)
        return web.Response(status=404)

    async def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID, "is_bot": True, "first_name": "Humas Test", "username": BOT_USERNAME,
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
        }

    async def _m_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = dict(params)
        return True

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    async def _m_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        hook = self.webhook or {}
        return {"url": str(hook.get("url", "")), "has_custom_certificate": False, "pending_update_count": 0}

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        self._pending = [u for u in self._pending if u["update_id"] >= offset]
        if not self._pending:
            getter = asyncio.ensure_future(self._updates.get())
            stopper = asyncio.ensure_future(self._stopping.wait())
            try:
                await asyncio.wait({getter, stopper}, timeout=max(timeout, 0.01), return_when=asyncio.FIRST_COMPLETED)
            finally:
                stopper.cancel()
                if getter.done() and not getter.cancelled():
                    self._pending.append(getter.result())  # never lose an update taken off the queue
                else:
                    getter.cancel()
            if not self._pending:
                return []
        while not self._updates.empty():
            self._pending.append(self._updates.get_nowait())
        return list(self._pending)

    def _bot_message(self, params: dict[str, Any], text_key: str = "text") -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message_id = next(self._message_ids)
        text = str(params.get(text_key, ""))
        self.messages[(chat_id, message_id)] = SentMessage(
            message_id, chat_id, text, params.get("parse_mode"), params.get("reply_markup")
        )
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": _chat(chat_id),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Humas Test", "username": BOT_USERNAME},
        }
        if text_key == "text":
            message["text"] = text
        elif text:
            message["caption"] = text
        if isinstance(params.get("reply_markup"), dict):
            message["reply_markup"] = params["reply_markup"]
        return message

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(params)

    async def _m_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._bot_message(params, "caption")

    async def _m_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._photo(self._bot_message(params, "caption"))

    async def _m_sendMediaGroup(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """One message per item of the album, as Telegram answers; captions are the items' own."""
        group = f"album{next(self._message_ids)}"
        sent = []
        for item in params.get("media") or []:
            message = self._bot_message({"chat_id": params["chat_id"], "caption": item.get("caption", "")}, "caption")
            message["media_group_id"] = group
            if item.get("type") == "photo":
                self._photo(message)
            else:
                mid = message["message_id"]
                message["document"] = {"file_id": f"d{mid}", "file_unique_id": f"ud{mid}"}
            sent.append(message)
        return sent

    async def _m_sendPoll(self, params: dict[str, Any]) -> dict[str, Any]:
        """A poll message as Bot API 9.6+ answers it (option persistent ids, allows_revoting, members_only;
        PTB >= 22.8 requires them, and sends `correct_option_ids` for `correct_option_id`)."""
        message = self._bot_message({"chat_id": params["chat_id"], "text": params.get("question", "")}, "poll")
        options = [o if isinstance(o, dict) else {"text": str(o)} for o in params.get("options") or []]
        mid = message["message_id"]
        message["poll"] = {
            "id": f"poll{mid}", "question": str(params.get("question", "")),
            "options": [{"text": o.get("text", ""), "voter_count": 0, "persistent_id": f"o{mid}-{i}"}
                        for i, o in enumerate(options)],
            "total_voter_count": 0, "is_closed": False,
            "is_anonymous": params.get("is_anonymous", True) in (True, "true"),
            "type": str(params.get("type") or "regular"), "allows_multiple_answers": False,
            "allows_revoting": False, "members_only": False,
        }
        correct = params.get("correct_option_ids")
        if correct is None and "correct_option_id" in params:
            correct = [params["correct_option_id"]]
        if correct:
            message["poll"]["correct_option_ids"] = [int(i) for i in correct]
        return message

    @staticmethod
    def correct_option(call: Call) -> int | None:
        """The correct option of a sendPoll call, whichever field the client used."""
        ids = call.get("correct_option_ids")
        if ids:
            return int(ids[0])
        single = call.get("correct_option_id")
        return None if single is None else int(single)

    @staticmethod
    def _photo(message: dict[str, Any]) -> dict[str, Any]:
        mid = message["message_id"]
        message["photo"] = [{"file_id": f"p{mid}", "file_unique_id": f"up{mid}", "width": 1080, "height": 1350}]
        return message

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        known = self.messages.get((chat_id, message_id))
        if known is None:
            return True
        known.text = str(params.get("text", ""))
        known.parse_mode = params.get("parse_mode")
        known.reply_markup = params.get("reply_markup")
        message = {
            "message_id": message_id, "date": int(time.time()), "chat": _chat(chat_id), "text": known.text,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Humas Test", "username": BOT_USERNAME},
        }
        return message

    def _member(self, chat_id: int, user_id: int) -> dict[str, Any]:
        who = user(user_id)
        if self.chat_owners.get(chat_id) == user_id:
            return {"status": "creator", "user": who, "is_anonymous": False}
        if user_id in self.chat_admins[chat_id]:
            rights = dict.fromkeys(
                ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                 "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
                 "can_post_stories", "can_edit_stories", "can_delete_stories"),
                False,
            )
            return {"status": "administrator", "user": who, **rights, "can_manage_chat": True}
        return {"status": "member", "user": who}

    async def _m_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._member(int(params["chat_id"]), int(params["user_id"]))

    async def _m_getChatAdministrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        chat_id = int(params["chat_id"])
        ids = ([self.chat_owners[chat_id]] if chat_id in self.chat_owners else []) + sorted(self.chat_admins[chat_id])
        return [self._member(chat_id, user_id) for user_id in ids]

    async def _m_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params["file_id"])
        file_path, content = self.files.get(file_id, (f"documents/{file_id}", b""))
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(content), "file_path": file_path}


async def _read_params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return dict(await request.json())
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            # an uploaded file (a photo, a document, an album's attach://name): its bytes, by field name
            params.setdefault("_files", {})[key] = value.file.read()
            continue
        if key in _JSON_KEYS:
            try:
                params[key] = json.loads(value)
                continue
            except ValueError:
                pass
        params[key] = value
    return params


def _drop(request: web.Request) -> web.Response:
    """Close the connection at once: the client gets no answer at all (a network failure)."""
    if request.transport is not None:
        request.transport.abort()
    return web.Response(status=500)  # never reaches the client


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _chat(chat_id: int) -> dict[str, Any]:
    if chat_id < 0:
        return {"id": chat_id, "type": "supergroup", "title": "Grup Humas"}
    return {"id": chat_id, "type": "private", "first_name": "Petugas"}


# --- update builders -------------------------------------------------------------------------
_ids = itertools.count(1)


def user(user_id: int, name: str = "Petugas") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "id"}


def _entities(text: str) -> list[dict[str, Any]]:
    """Bot-command and mention entities, as Telegram would send them (UTF-16 offsets)."""
    out: list[dict[str, Any]] = []
    pos = 0
    for word in text.split(" "):
        head = word.split("\n")[0]
        utf16 = len(text[:pos].encode("utf-16-le")) // 2
        if head.startswith("/") and pos == 0 and len(head) > 1:
            out.append({"type": "bot_command", "offset": 0, "length": len(head.encode("utf-16-le")) // 2})
        elif head.startswith("@") and len(head) > 1:
            out.append({"type": "mention", "offset": utf16, "length": len(head.encode("utf-16-le")) // 2})
        pos += len(word) + 1
    return out


def message(
    chat_id: int,
    user_id: int,
    text: str | None = None,
    *,
    reply_to: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A message dict (no update wrapper)."""
    msg: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": _chat(chat_id),
        "from": user(user_id),
    }
    if text is not None:
        msg["text"] = text
        entities = _entities(text)
        if entities:
            msg["entities"] = entities
    if reply_to is not None:
        msg["reply_to_message"] = reply_to
    msg.update(extra)
    return msg


def text_message(chat_id: int, user_id: int, text: str, **kw: Any) -> dict[str, Any]:
    return {"message": message(chat_id, user_id, text, **kw)}


def forwarded_message(chat_id: int, user_id: int, text: str, channel_title: str = "Pemkot X") -> dict[str, Any]:
    origin = {
        "type": "channel",
        "date": int(time.time()) - 3600,
        "chat": {"id": -1009999, "type": "channel", "title": channel_title},
        "message_id": 42,
    }
    return {"message": message(chat_id, user_id, text, forward_origin=origin)}


def photo_message(chat_id: int, user_id: int, caption: str) -> dict[str, Any]:
    photo = [
        {"file_id": "ph-small", "file_unique_id": "phs", "width": 90, "height": 90, "file_size": 1200},
        {"file_id": "ph-big", "file_unique_id": "phb", "width": 800, "height": 800, "file_size": 64000},
    ]
    extra: dict[str, Any] = {"photo": photo, "caption": caption}
    entities = _entities(caption)
    if entities:
        extra["caption_entities"] = entities
    return {"message": message(chat_id, user_id, None, **extra)}


def sticker_message(chat_id: int, user_id: int) -> dict[str, Any]:
    sticker = {
        "file_id": "st-1", "file_unique_id": "st1", "type": "regular", "width": 512, "height": 512,
        "is_animated": False, "is_video": False, "emoji": "👍",
    }
    return {"message": message(chat_id, user_id, None, sticker=sticker)}


def voice_message(chat_id: int, user_id: int) -> dict[str, Any]:
    voice = {"file_id": "vo-1", "file_unique_id": "vo1", "duration": 3}
    return {"message": message(chat_id, user_id, None, voice=voice)}


def location_message(chat_id: int, user_id: int) -> dict[str, Any]:
    return {"message": message(chat_id, user_id, None, location={"latitude": -6.2, "longitude": 106.8})}


def document_message(
    chat_id: int,
    user_id: int,
    file_id: str,
    file_name: str,
    size: int,
    *,
    caption: str | None = None,
    mime_type: str = "text/markdown",
) -> dict[str, Any]:
    doc = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name,
           "mime_type": mime_type, "file_size": size}
    extra: dict[str, Any] = {"document": doc}
    if caption:
        extra["caption"] = caption
        entities = _entities(caption)
        if entities:
            extra["caption_entities"] = entities
    return {"message": message(chat_id, user_id, None, **extra)}


def bot_message(chat_id: int, text: str, message_id: int | None = None) -> dict[str, Any]:
    """A message sent earlier by the bot (to reply to)."""
    return {
        "message_id": message_id or next(_ids),
        "date": int(time.time()),
        "chat": _chat(chat_id),
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Humas Test", "username": BOT_USERNAME},
        "text": text,
    }


def callback_query(chat_id: int, user_id: int, data: str, message_id: int = 1) -> dict[str, Any]:
    return {
        "callback_query": {
            "id": str(next(_ids)),
            "from": user(user_id),
            "chat_instance": f"ci{chat_id}",
            "data": data,
            "message": bot_message(chat_id, "Mau diapakan?", message_id),
        }
    }


# --- running the real Application against the fake -------------------------------------------
class BotHarness:
    """The real `Application` from `build_application`, polling the fake (manual lifecycle).

    `fake` None: the fake runs elsewhere (another process, as in benchmarks/load.py) and `send` is
    not available. `rate_limiter`: given to `build_application` (None: the production one).
    """

    def __init__(
        self, fake: FakeTelegram | None, settings: Any, service: Any, *, rate_limiter: Any = None
    ) -> None:
        self.fake = fake
        self.settings = settings
        self.service = service
        self.rate_limiter = rate_limiter
        self.app: Any = None

    def build(self) -> Any:
        from bot.telegram_app.application import build_application

        return build_application(self.settings, self.service, rate_limiter=self.rate_limiter)

    async def start(self) -> BotHarness:
        self.app = self.build()
        await self.app.initialize()
        await self.app.post_init(self.app)
        await self.app.start()
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1)
        return self

    async def stop(self) -> None:
        if self.app is None:
            return
        app, self.app = self.app, None
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)

    def send(self, update: dict[str, Any]) -> int:
        """Queue an update; returns the index in `fake.calls` to wait from."""
        assert self.fake is not None, "no fake Bot API in this process"
        mark = len(self.fake.calls)
        self.fake.push(update)
        return mark


class WebhookHarness(BotHarness):
    """The same Application in webhook mode: PTB's webhook server on 127.0.0.1 (manual lifecycle)."""

    SECRET = "rahasia-uji_123"

    def __init__(self, fake: FakeTelegram, settings: Any, service: Any, url_path: str = "tg/hook") -> None:
        super().__init__(fake, settings, service)
        self.port = free_port()
        self.url_path = url_path
        self.webhook_url = f"http://127.0.0.1:{self.port}/{url_path}"

    async def start(self) -> WebhookHarness:
        from telegram import Update

        self.app = self.build()
        await self.app.initialize()
        await self.app.post_init(self.app)
        await self.app.start()
        await self.app.updater.start_webhook(
            listen="127.0.0.1",
            port=self.port,
            url_path=self.url_path,
            webhook_url=self.webhook_url,
            secret_token=self.SECRET,
            allowed_updates=Update.ALL_TYPES,
        )
        return self

    async def post(self, update: dict[str, Any]) -> int:
        """Deliver an update through the webhook (must be accepted); returns the mark to wait from."""
        assert self.fake is not None, "no fake Bot API in this process"
        mark = len(self.fake.calls)
        status = await self.fake.deliver(update)
        assert status == 200, f"webhook answered {status}"
        return mark


# --- engines and fixtures for the bot tests --------------------------------------------------
ADMIN = 1001
USER = 1002
STRANGER = 6666
GROUP = -100500
PRIVATE_CHAT = USER


class SpyEngine:
    """Wraps an engine: counts calls, records requests, can be slow or return a set result.

    `slow_when(text)` marks drafts/comments containing `text` as slow: those calls block until
    `release` is set (or `delay` passes), so tests decide when the "model" answers.
    """

    def __init__(self, inner: Any, delay: float = 10.0) -> None:
        self.inner = inner
        self.name = inner.name
        self.can_suggest_audit = inner.can_suggest_audit
        self.calls: list[Any] = []
        self.delay = delay
        self.slow_markers: list[str] = []
        self.release = threading.Event()
        self.started = threading.Event()
        self.finished = threading.Event()
        self.rewrite_override: Callable[[Any], Any] | None = None
        self.fail_with: BaseException | None = None
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()

    def slow_when(self, marker: str) -> None:
        self.slow_markers.append(marker)

    def _maybe_wait(self, text: str) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        if any(marker in text for marker in self.slow_markers):
            with self._lock:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.started.set()
            self.release.wait(self.delay)
            with self._lock:
                self.in_flight -= 1
            self.finished.set()

    def rewrite(self, request: Any) -> Any:
        self.calls.append(request)
        self._maybe_wait(request.draft)
        if self.rewrite_override is not None:
            return self.rewrite_override(request)
        return self.inner.rewrite(request)

    def reply(self, request: Any) -> Any:
        self.calls.append(request)
        self._maybe_wait(request.comment)
        return self.inner.reply(request)

    def suggest_audit(self, *args: Any) -> Any:
        return self.inner.suggest_audit(*args)


def make_settings(fake: FakeTelegram, data_dir: Any, knowledge_dir: Any, **overrides: Any) -> Any:
    from bot.settings import Settings

    values: dict[str, Any] = {
        "data_dir": data_dir,
        "knowledge_dir": knowledge_dir,
        "embeddings": "hash",
        "telegram_bot_token": "123:TEST",
        "telegram_api_base_url": fake.url,
        "admin_ids": [ADMIN],
        "allowed_user_ids": [USER],
        "allowed_chat_ids": [GROUP],
    }
    values.update(overrides)
    return Settings(**values)


def make_service(settings: Any, engine: Any) -> Any:
    from bot.app import build_service
    from bot.retrieval.embeddings import HashEmbeddings

    service = build_service(settings, embedder=HashEmbeddings(), engine=engine)
    service.ingest()
    return service


@pytest.fixture
async def fake_tg() -> Any:
    """A started fake Bot API server."""
    fake = FakeTelegram()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def spy_engine() -> SpyEngine:
    """The offline engine behind a spy (call counts, slow markers)."""
    from bot.offline.engine import OfflineEngine

    engine = SpyEngine(OfflineEngine())
    yield engine
    engine.release.set()


@pytest.fixture
def tg_settings(fake_tg: FakeTelegram, tmp_path: Any, sample_knowledge: Any) -> Any:
    return make_settings(fake_tg, tmp_path / "data", sample_knowledge)


@pytest.fixture
def tg_service(tg_settings: Any, spy_engine: SpyEngine) -> Any:
    return make_service(tg_settings, spy_engine)


@pytest.fixture
async def bot(fake_tg: FakeTelegram, tg_settings: Any, tg_service: Any) -> Any:
    """The real Application, started and polling the fake."""
    harness = await BotHarness(fake_tg, tg_settings, tg_service).start()
    yield harness
    await harness.stop()


@pytest.fixture
async def webhook_bot(fake_tg: FakeTelegram, tg_settings: Any, tg_service: Any) -> Any:
    """The real Application, started in webhook mode (its webhook set on the fake)."""
    harness = await WebhookHarness(fake_tg, tg_settings, tg_service).start()
    yield harness
    await harness.stop()
