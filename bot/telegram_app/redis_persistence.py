"""Chat state (profiles, texts behind buttons) in Redis, for several bot processes at once.

The same PTB persistence role as `SqliteChatPersistence`, so handlers keep using
`context.chat_data`. Each chat is one Redis hash `humasbot:chat:<id>`, one JSON value per
top-level key of chat_data ("profile", "entries", ...).

Processes stay in step by merging per key, never by overwriting whole chats:

* `refresh_chat_data` (PTB calls it before every update of the chat) reads the hash and takes
  every key this process has not changed since it last read or wrote it; local changes not
  yet written are kept;
* `update_chat_data` writes only the keys that changed here, and deletes the ones removed.

So a profile set through process A is seen by process B on B's next update of that chat,
and a button text remembered by A does not undo a profile change made by B. Two processes
changing the *same* key of the same chat at the same moment: the last write wins.
Nothing is loaded at start (`get_chat_data` is empty): chats are read when they are used.
"""

from __future__ import annotations

import json
from typing import Any

from bot.redis_client import key
from bot.telegram_app.state import ChatDataPersistence

Fields = dict[str, str]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class RedisChatPersistence(ChatDataPersistence):
    """chat_data only, in Redis (an async client); user_data, bot_data, callback data are not stored."""

    def __init__(self, redis: Any, update_interval: float = 10) -> None:
        super().__init__(update_interval=update_interval)
        self.redis = redis
        #: What this process last read from or wrote to Redis, per chat: {key: JSON}.
        self._synced: dict[int, Fields] = {}

    @staticmethod
    def _key(chat_id: int) -> str:
        return key("chat", chat_id)

    async def get_chat_data(self) -> dict[int, dict[str, Any]]:
        return {}

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[str, Any]) -> None:
        remote: Fields = await self.redis.hgetall(self._key(chat_id))
        base = self._synced.get(chat_id, {})
        for name in set(remote) | set(base) | set(chat_data):
            local = _dump(chat_data[name]) if name in chat_data else None
            if local != base.get(name):
                continue  # changed here and not written yet: keep it
            if name in remote:
                chat_data[name] = json.loads(remote[name])
            else:
                chat_data.pop(name, None)
        self._synced[chat_id] = dict(remote)

    async def update_chat_data(self, chat_id: int, data: dict[str, Any]) -> None:
        base = self._synced.get(chat_id, {})
        local = {name: _dump(value) for name, value in data.items()}
        changed = {name: value for name, value in local.items() if base.get(name) != value}
        removed = [name for name in base if name not in local]
        if not changed and not removed:
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            if changed:
                pipe.hset(self._key(chat_id), mapping=changed)
            if removed:
                pipe.hdel(self._key(chat_id), *removed)
            await pipe.execute()
        synced = {name: value for name, value in base.items() if name not in removed}
        synced.update(changed)
        self._synced[chat_id] = synced

    async def drop_chat_data(self, chat_id: int) -> None:
        await self.redis.delete(self._key(chat_id))
        self._synced.pop(chat_id, None)
