"""One request per chat across several bot processes: a Redis lock with expiry per chat.

`RedisChatJobs` is `ChatJobs` (same methods, same `run`) plus a Redis key per running job:

* `claim` takes `humasbot:lock:<chat>` with SET NX PX and a random token; the process that
  gets it runs the job, every other process answers "busy" (`busy` checks the key too);
* while the job runs, the holder renews the key every `TICK` seconds (`TTL` is the expiry);
  if the process dies, the lock frees itself after at most `TTL` seconds;
* `/batal` in the process that runs the job cancels it at once, as before; in another
  process it sets `humasbot:cancel:<chat>` to the holder's token, and the holder cancels its
  job at its next renewal (within `TICK` seconds);
* `release` deletes the lock (and a cancel flag) only if they still carry the job's token.

Limits: a `/batal` that arrives while the holder is already delivering its result is answered
"Permintaan dibatalkan." but the result still arrives; a holder stalled for longer than `TTL`
loses its lock, and a new request may then run beside the old one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from bot.redis_client import key
from bot.telegram_app.locks import ChatJobs, Job

log = logging.getLogger(__name__)

#: Seconds a lock lives without renewal (a crashed holder frees the chat after this).
TTL = 30.0
#: Seconds between renewals and looks at the cancel flag.
TICK = 0.5

# KEYS[1] lock, KEYS[2] cancel flag; ARGV[1] token, ARGV[2] ttl in ms.
_RENEW = """
if redis.call('get', KEYS[1]) ~= ARGV[1] then return -1 end
redis.call('pexpire', KEYS[1], ARGV[2])
if redis.call('get', KEYS[2]) == ARGV[1] then return 1 end
return 0
"""
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('del', KEYS[1]) end
if redis.call('get', KEYS[2]) == ARGV[1] then redis.call('del', KEYS[2]) end
return 1
"""
_CANCEL = """
local token = redis.call('get', KEYS[1])
if not token then return 0 end
redis.call('set', KEYS[2], token, 'PX', ARGV[1])
return 1
"""


@dataclass
class SharedJob(Job):
    token: str = ""


class RedisChatJobs(ChatJobs):
    """The running job of each chat, locked in Redis so that other processes see it."""

    def __init__(self, redis: Any, *, ttl: float = TTL, tick: float = TICK) -> None:
        super().__init__()
        self.redis = redis
        self.ttl_ms = int(ttl * 1000)
        self.tick = tick
        self._renew = redis.register_script(_RENEW)
        self._release = redis.register_script(_RELEASE)
        self._cancel = redis.register_script(_CANCEL)

    @staticmethod
    def _keys(chat_id: int) -> list[str]:
        return [key("lock", chat_id), key("cancel", chat_id)]

    async def busy(self, chat_id: int) -> bool:
        return await super().busy(chat_id) or bool(await self.redis.exists(key("lock", chat_id)))

    async def claim(self, chat_id: int) -> Job | None:
        if chat_id in self._jobs:
            return None
        job = SharedJob(chat_id, token=secrets.token_hex(16))
        self._jobs[chat_id] = job  # taken here first: a second claim in this process waits for nothing
        try:
            taken = await self.redis.set(key("lock", chat_id), job.token, nx=True, px=self.ttl_ms)
        except BaseException:
            await super().release(job)
            raise
        if not taken:
            await super().release(job)
            return None
        return job

    async def release(self, job: Job) -> None:
        await super().release(job)
        if isinstance(job, SharedJob):
            await self._release(keys=self._keys(job.chat_id), args=[job.token])

    async def cancel(self, chat_id: int) -> bool:
        if chat_id in self._jobs:  # running here
            return await super().cancel(chat_id)
        return bool(await self._cancel(keys=self._keys(chat_id), args=[self.ttl_ms]))

    async def run(self, job: Job, coro: Coroutine[Any, Any, Any]) -> Any:
        if not isinstance(job, SharedJob):
            return await super().run(job, coro)
        watcher = asyncio.create_task(self._watch(job))
        try:
            return await super().run(job, coro)
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    async def _watch(self, job: SharedJob) -> None:
        """Renew the lock; cancel the job when another process asked for it."""
        while True:
            await asyncio.sleep(self.tick)
            try:
                state = await self._renew(keys=self._keys(job.chat_id), args=[job.token, self.ttl_ms])
            except Exception as err:  # Redis away for a moment: the lock lives on until TTL
                log.warning("could not renew the lock of chat %s: %s", job.chat_id, err)
                continue
            if state == 1:
                await super().cancel(job.chat_id)
                return
            if state == -1:
                log.warning("chat %s: lock expired while its job was still running", job.chat_id)
                return
