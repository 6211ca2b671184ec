"""What the handlers share at run time: settings, the core service, the thread pool, the chat jobs.

It lives in `application.bot_data` (bot_data is not persisted) so handlers reach it through
`context`, never through module globals.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from telegram.ext import CallbackContext

from bot.settings import Settings
from bot.telegram_app.locks import ChatJobs

if TYPE_CHECKING:
    from bot.core.services import HumasService

T = TypeVar("T")

RUNTIME_KEY = "humasbot.runtime"

#: The core is synchronous and a model call may block for seconds: enough threads that
#: 50 busy chats never queue behind each other.
WORKERS = 64


@dataclass
class Runtime:
    settings: Settings
    service: HumasService
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="humasbot")
    )
    jobs: ChatJobs = field(default_factory=ChatJobs)

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_ids


def runtime(context: CallbackContext[Any, Any, Any, Any]) -> Runtime:
    return context.bot_data[RUNTIME_KEY]


async def call(context: CallbackContext[Any, Any, Any, Any], fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Run a blocking core call in the bot's thread pool and await its result."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(runtime(context).executor, functools.partial(fn, *args, **kwargs))
