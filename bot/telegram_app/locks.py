"""One request per chat at a time, and `/batal` to cancel the running one.

Each chat holds at most one `Job`. A handler claims the chat's slot before it starts any work;
a second request while the slot is taken is told to wait. The model call itself runs in a thread
(it cannot be interrupted), so cancelling means cancelling the asyncio task that awaits it: the
chat is free again at once, and the result, if it arrives later, is dropped.

The methods are coroutines so that `bot.telegram_app.redis_locks.RedisChatJobs` (several processes,
one lock per chat in Redis) can stand in for this in-process version.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

#: Returned by `ChatJobs.run` when the job was cancelled.
CANCELLED: Any = object()


@dataclass
class Job:
    chat_id: int
    task: asyncio.Task[Any] | None = None
    cancelled: bool = False


class ChatJobs:
    """The running job of each chat. Lives in the application's runtime, never in persistence."""

    def __init__(self) -> None:
        self._jobs: dict[int, Job] = {}

    async def busy(self, chat_id: int) -> bool:
        return chat_id in self._jobs

    async def claim(self, chat_id: int) -> Job | None:
        """Take the chat's slot, or None when a job already runs there (no await inside: atomic)."""
        if chat_id in self._jobs:
            return None
        job = Job(chat_id)
        self._jobs[chat_id] = job
        return job

    async def release(self, job: Job) -> None:
        if self._jobs.get(job.chat_id) is job:
            del self._jobs[job.chat_id]

    async def cancel(self, chat_id: int) -> bool:
        """Cancel the chat's running job; False when nothing runs."""
        job = self._jobs.get(chat_id)
        if job is None or job.cancelled or (job.task is not None and job.task.done()):
            return False  # nothing running, or the result is already being delivered
        job.cancelled = True
        if job.task is not None:
            job.task.cancel()
        return True

    async def run(self, job: Job, coro: Coroutine[Any, Any, Any]) -> Any:
        """Run `coro` as the job's task; its result, or CANCELLED after `cancel()`."""
        if job.cancelled:
            coro.close()
            return CANCELLED
        job.task = asyncio.ensure_future(coro)
        try:
            await asyncio.wait({job.task})
        except asyncio.CancelledError:  # the handler itself is cancelled (shutdown)
            job.task.cancel()
            raise
        if job.task.cancelled():
            return CANCELLED
        return job.task.result()
