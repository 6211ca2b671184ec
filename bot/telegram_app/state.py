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
import json
import secrets
import sqlite3
import time
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

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
    """chat_data only (JSON per chat); user_data, bot_data, callback data are not stored."""

    def __init__(self, path: Path, update_interval: float = 10) -> None:
        super().__init__(update_interval=update_interval)
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=15)
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} "
            "(chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL, updated_at REAL NOT NULL)"
        )
        return conn

    def _load(self) -> dict[int, dict[str, Any]]:
        conn = self._connect()
        try:
            rows = conn.execute(f"SELECT chat_id, data FROM {TABLE}").fetchall()
        finally:
            conn.close()
        return {int(chat_id): json.loads(data) for chat_id, data in rows}

    def _write(self, chat_id: int, data: dict[str, Any] | None) -> None:
        conn = self._connect()
        try:
            with conn:
                if data is None:
                    conn.execute(f"DELETE FROM {TABLE} WHERE chat_id = ?", (chat_id,))
                else:
                    conn.execute(
                        f"INSERT INTO {TABLE} (chat_id, data, updated_at) VALUES (?, ?, ?) "
                        "ON CONFLICT(chat_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                        (chat_id, json.dumps(data, ensure_ascii=False), time.time()),
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
