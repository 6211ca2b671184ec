"""Where the bot keeps the state several processes must agree on: in-process, or in Redis.

Without `HUMASBOT_REDIS_URL` (one process): chat state in SQLite, the per-chat lock in memory,
and the update_ids taken in memory (`SeenUpdates`): an update Telegram delivers again (a webhook
retry after a lost 200, a getUpdates answer repeated) is dropped. With it (several webhook
processes behind one URL), `SharedState` adds:

* chat state through `RedisChatPersistence`, written back right after each update (a group
  `FLUSH_GROUP` handler) so that the next update, whichever process gets it, sees it;
* the per-chat lock and `/batal` through `RedisChatJobs`;
* a claim of every update_id (SET NX EX, handler group `CLAIM_GROUP`, before access checks):
  Telegram's retry of an update, or the same update delivered to two processes, is handled by
  the first process that claims it and dropped by the others. A process that dies while
  handling an update does not get it handled again (at most once).

Usage records go to Redis too (`bot.app.build_usage_log`).
"""

from __future__ import annotations

import logging
import os
import socket
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BasePersistence, TypeHandler

from bot import redis_client
from bot.settings import Settings
from bot.telegram_app.locks import ChatJobs
from bot.telegram_app.runtime import HumasApplication, HumasContext, UpdateClaims
from bot.telegram_app.state import SqliteChatPersistence

log = logging.getLogger(__name__)

CLAIM_GROUP = -2
FLUSH_GROUP = 100
#: How long an update_id stays claimed; Telegram gives up retrying long before.
UPDATE_TTL = 24 * 3600
#: How many recent update_ids one process remembers without Redis.
SEEN_MAX = 10_000


@dataclass
class SharedState:
    """The Redis connection of one bot process, and what uses it."""

    redis: Any
    owner: str

    async def claim_update(self, update_id: int) -> bool:
        """True for the first process to see `update_id`, False for every later delivery."""
        return bool(await self.redis.set(redis_client.key("update", update_id), self.owner, nx=True, ex=UPDATE_TTL))

    async def close(self) -> None:
        await self.redis.aclose()


class SeenUpdates:
    """The update_ids this process took (the latest `size`): the claim without Redis."""

    def __init__(self, size: int = SEEN_MAX) -> None:
        self.size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    async def claim_update(self, update_id: int) -> bool:
        """True the first time `update_id` is seen (no await inside: atomic on the event loop)."""
        if update_id in self._ids:
            return False
        self._ids[update_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True

    async def close(self) -> None:
        return None


def open_shared(settings: Settings) -> SharedState | None:
    """The shared state when `HUMASBOT_REDIS_URL` is set (checked reachable), else None."""
    if not settings.redis_url:
        return None
    redis_client.check(settings.redis_url)
    return SharedState(redis_client.async_client(settings.redis_url), f"{socket.gethostname()}:{os.getpid()}")


def make_persistence(settings: Settings, shared: SharedState | None) -> BasePersistence:
    if shared is None:
        return SqliteChatPersistence(settings.state_db)
    from bot.telegram_app.redis_persistence import RedisChatPersistence

    return RedisChatPersistence(shared.redis)


def make_jobs(shared: SharedState | None) -> ChatJobs:
    if shared is None:
        return ChatJobs()
    from bot.telegram_app.redis_locks import RedisChatJobs

    return RedisChatJobs(shared.redis)


def make_claims(shared: SharedState | None) -> UpdateClaims:
    """Who claims each update: Redis (and so every process), else this process's memory."""
    return shared if shared is not None else SeenUpdates()


def add_handlers(application: HumasApplication, shared: SharedState | None) -> None:
    """Claim each update first (the runtime's claims), write the chat's state back last (only with Redis)."""
    application.add_handler(TypeHandler(Update, claim), group=CLAIM_GROUP)
    if shared is not None:
        application.add_handler(TypeHandler(Update, flush), group=FLUSH_GROUP)


async def claim(update: Update, context: HumasContext) -> None:
    """Stop an update another process (or an earlier delivery) already took."""
    if not await context.runtime.claims.claim_update(update.update_id):
        log.info("update %s already handled elsewhere; dropped", update.update_id)
        raise ApplicationHandlerStop


async def flush(update: Update, context: HumasContext) -> None:
    """Write this chat's state to Redis now, not at the next persistence interval."""
    if update.effective_chat is not None:
        context.application.mark_data_for_update_persistence(chat_ids=update.effective_chat.id)
        await context.application.update_persistence()
