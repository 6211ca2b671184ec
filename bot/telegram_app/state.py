"""Per-chat state that survives a restart: the institution profile and the texts behind buttons.

Stored as one JSON row per chat in SQLite (`settings.state_db`, the data folder's state file),
through a small PTB persistence class, so handlers just use `context.chat_data`.

Why SQLite rather than PTB's PicklePersistence: PicklePersistence rewrites its whole file in place
(`open("wb")`), so a crash mid-write loses every chat's profile at once; here each chat is one
upsert in a transaction. JSON rows can be read and fixed by hand, loading them runs no unpickling,
and the bot shares the data folder's one state file with the usage log.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Application, BasePersistence, PersistenceInput

from bot import state_file
from bot.errors import NotSaved
from bot.telegram_app.runtime import BotData, HumasContext
from bot.usage import UsageLog

log = logging.getLogger(__name__)

#: The Application as handlers see it (`context.application`: its context type is left open).
AnyApplication = Application[Any, Any, Any, Any, BotData, Any]

TABLE = "telegram_chat_data"
#: How many texts (drafts, results' parameters) a chat keeps for its buttons.
MAX_ENTRIES = 50
#: How long a button's text stays usable.
ENTRY_TTL = 14 * 24 * 3600


class ChatDataPersistence(BasePersistence[dict[str, Any], dict[str, Any], dict[str, Any]]):
    """Stores chat_data only; user_data, bot_data, callback data and conversations are not kept."""

    def __init__(self, update_interval: float = 10) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False, callback_data=False),
            update_interval=update_interval,
        )

    async def get_user_data(self) -> dict[int, dict[str, Any]]:
        return {}

    async def get_bot_data(self) -> dict[str, Any]:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict[Any, Any]:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        return None

    async def update_user_data(self, user_id: int, data: dict[str, Any]) -> None:
        return None

    async def update_bot_data(self, data: dict[str, Any]) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict[str, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict[str, Any]) -> None:
        return None

    async def flush(self) -> None:
        return None


class SqliteChatPersistence(ChatDataPersistence):
    """chat_data only (JSON per chat); user_data, bot_data, callback data are not stored.

    A state file found broken (at start or on a write) is moved aside (`bot.state_file`) and a new
    one is written from what this process holds: every chat it loaded or wrote since, so a file
    broken while the bot runs loses nothing. `recovered` lists the moves not yet told to admins.
    """

    def __init__(self, path: Path, update_interval: float = 10) -> None:
        super().__init__(update_interval=update_interval)
        self.path = Path(path)
        self.recovered: list[state_file.Recovered] = []
        #: Every chat's row as last loaded or written (JSON): what a new file is written from.
        self._rows: dict[int, str] = {}
        self._rows_lock = threading.Lock()
        #: The file the rows were last loaded from or written to (`_file_id`).
        self._known_file: tuple[int, int] | None = None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=15)
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} "
            "(chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL, updated_at REAL NOT NULL)"
        )
        return conn

    def _recover(self) -> None:
        """Move a broken file aside (unless another user of the file already did)."""
        found = state_file.recover(self.path)
        if found is not None:
            self.recovered.append(found)

    def _load(self) -> dict[int, dict[str, Any]]:
        self._recover()
        conn = self._connect()
        try:
            rows = conn.execute(f"SELECT chat_id, data FROM {TABLE}").fetchall()
        finally:
            conn.close()
        loaded: dict[int, dict[str, Any]] = {}
        for chat_id, data in rows:
            try:
                value = json.loads(data)
            except ValueError:
                log.error("chat %s: stored state is not JSON; that chat starts empty", chat_id)
                continue
            if isinstance(value, dict):
                loaded[int(chat_id)] = value
                self._rows[int(chat_id)] = data
        self._known_file = self._file_id()
        return loaded

    def _write(self, chat_id: int, data: dict[str, Any] | None) -> None:
        row = None if data is None else json.dumps(data, ensure_ascii=False)
        with self._rows_lock:
            rows: dict[int, str | None] = {chat_id: row}
            if self._file_id() != self._known_file:  # a new file (moved aside by the usage log, say)
                rows = {**self._rows, **rows}
            try:
                self._store(rows)
            except sqlite3.DatabaseError as err:
                if not state_file.is_broken(err):
                    raise
                self._recover()
                self._store({**self._rows, chat_id: row})  # the new file: every chat this process holds
            self._known_file = self._file_id()
            if row is None:
                self._rows.pop(chat_id, None)
            else:
                self._rows[chat_id] = row

    def _file_id(self) -> tuple[int, int] | None:
        """Which file is at `path` now (device, inode): tells a replaced file from the one written before."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return stat.st_dev, stat.st_ino

    def _store(self, rows: dict[int, str | None]) -> None:
        """Upsert (or, for None, delete) rows in one transaction."""
        conn = self._connect()
        try:
            with conn:
                for chat_id, row in rows.items():
                    if row is None:
                        conn.execute(f"DELETE FROM {TABLE} WHERE chat_id = ?", (chat_id,))
                    else:
                        conn.execute(
                            f"INSERT INTO {TABLE} (chat_id, data, updated_at) VALUES (?, ?, ?) "
                            "ON CONFLICT(chat_id) DO UPDATE SET data = excluded.data, "
                            "updated_at = excluded.updated_at",
                            (chat_id, row, time.time()),
                        )
        finally:
            conn.close()

    async def get_chat_data(self) -> dict[int, dict[str, Any]]:
        return await asyncio.to_thread(self._load)

    async def update_chat_data(self, chat_id: int, data: dict[str, Any]) -> None:
        await asyncio.to_thread(self._write, chat_id, data)

    async def drop_chat_data(self, chat_id: int) -> None:
        await asyncio.to_thread(self._write, chat_id, None)

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[str, Any]) -> None:
        return None


async def save_chat(application: AnyApplication, chat_id: int) -> None:
    """Write this chat's data to the store now, not at PTB's next interval; `NotSaved` when it fails.

    PTB's own `update_persistence` hands write errors to the error handler and returns, so a
    handler that confirms a save must write through the persistence itself.
    """
    persistence = application.persistence
    if persistence is None:
        return
    try:
        await persistence.update_chat_data(chat_id, copy.deepcopy(application.chat_data[chat_id]))
    except Exception as err:  # whatever the store (SQLite, Redis) raised, the data is not kept
        log.error("chat %s: state could not be written", chat_id, exc_info=err)
        raise NotSaved("penyimpanan bot gagal ditulis") from err


async def announce_recoveries(application: AnyApplication) -> None:
    """Tell the admins (and the log) once about every broken state file moved aside since the last call."""
    found: list[state_file.Recovered] = []
    persistence = application.persistence
    if isinstance(persistence, SqliteChatPersistence):
        found += persistence.recovered
        persistence.recovered.clear()
    usage = application.bot_data.runtime.service.usage_log
    if isinstance(usage, UsageLog):
        found += usage.recovered
        usage.recovered.clear()
    for recovered in {r.moved_to: r for r in found}.values():
        log.info("telling admins: %s", recovered.notice())
        for admin in application.bot_data.runtime.settings.admin_ids:
            try:
                await application.bot.send_message(admin, recovered.notice())
            except TelegramError as err:  # an admin who never opened the bot cannot be written to
                log.warning("could not tell admin %s about %s: %s", admin, recovered.moved_to, err)


async def announce_after_update(update: object, context: HumasContext) -> None:
    """A late handler: a state file found broken while handling an update is told about at once."""
    await announce_recoveries(context.application)


# --- texts behind buttons ----------------------------------------------------------------
def remember(chat_data: dict[str, Any], entry: dict[str, Any]) -> str:
    """Keep `entry` (a text and how to process it) under a short id for callback_data."""
    entries: dict[str, Any] = chat_data.setdefault("entries", {})
    now = time.time()
    for key in [k for k, v in entries.items() if now - v.get("at", 0) > ENTRY_TTL]:
        del entries[key]
    while len(entries) >= MAX_ENTRIES:
        del entries[next(iter(entries))]
    key = secrets.token_urlsafe(6)
    entries[key] = {**entry, "at": now}
    return key


def recall(chat_data: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The entry kept under `key`, or None when it expired or was never there."""
    entry = chat_data.get("entries", {}).get(key)
    if entry is None or time.time() - entry.get("at", 0) > ENTRY_TTL:
        return None
    return entry
