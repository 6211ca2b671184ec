"""What the handlers share at run time, and the typed `context` through which they reach it.

`Runtime` holds the settings, the core service, the thread pool, the chat jobs and the update
claims. It lives in `application.bot_data`, a `BotData` (bot_data is not persisted). PTB builds
the `context` of every handler as a `HumasContext` (`CONTEXT_TYPES`, given to the
`ApplicationBuilder`), so handlers write `context.service`, `context.settings`,
`context.chat_state` and `await context.run_blocking(fn, ...)`: typed, with no lookup by key and
no module globals. PTB's own example of the pattern: `contexttypesbot.py`.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.settings import Settings
from bot.telegram_app.locks import ChatJobs
from bot.telegram_app.throttle import Refusals

if TYPE_CHECKING:
    from bot.core.services import HumasService
    from bot.llm.transcribe import Transcriber
    from bot.workflow.desk import ApprovalDesk

T = TypeVar("T")

#: The core is synchronous and a model call may block for seconds: enough threads that
#: 50 busy chats never queue behind each other.
WORKERS = 64


class UpdateClaims(Protocol):
    """Which updates this process may handle (`shared_state`: in memory, or in Redis)."""

    async def claim_update(self, update_id: int) -> bool:
        """True the first time `update_id` is claimed, False for every later delivery."""
        ...

    async def close(self) -> None:
        """Let go of what the claims hold (a Redis connection)."""
        ...


@dataclass
class Runtime:
    settings: Settings
    service: HumasService
    jobs: ChatJobs
    claims: UpdateClaims
    #: The approval flow (bot/workflow), built once like the service; None only in tests of other parts.
    desk: ApprovalDesk | None = None
    #: Which strangers were told no lately (access.gate tells each once per period and chat).
    refusals: Refusals = field(default_factory=Refusals)
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="humasbot")
    )

    @functools.cached_property
    def transcriber(self) -> Transcriber:
        """Voice notes to text, built on first use (it reports when no server is configured); its
        calls are logged and capped like the chat model's."""
        from bot.llm.transcribe import Transcriber

        return Transcriber(self.settings, usage_log=self.service.usage_log, budget=self.service.budget)

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_ids

    async def run_blocking(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a blocking core call in the thread pool and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def close(self) -> None:
        """Let go of the worker threads (a model call still running finishes on its own) and the claims."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        await self.claims.close()


class BotData:
    """`application.bot_data`: the `Runtime`, set once by `build_application` before the bot starts."""

    __slots__ = ("_runtime",)

    def __init__(self) -> None:
        self._runtime: Runtime | None = None

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            raise RuntimeError("bot_data has no Runtime: build the Application with build_application()")
        return self._runtime

    @runtime.setter
    def runtime(self, runtime: Runtime) -> None:
        self._runtime = runtime


class HumasContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    """The `context` of every handler: PTB's `CallbackContext` plus the bot's runtime, typed."""

    @property
    def runtime(self) -> Runtime:
        return self.bot_data.runtime

    @property
    def service(self) -> HumasService:
        return self.runtime.service

    @property
    def settings(self) -> Settings:
        return self.runtime.settings

    @property
    def desk(self) -> ApprovalDesk:
        if self.runtime.desk is None:
            raise RuntimeError("the Runtime has no ApprovalDesk: build the Application with build_application()")
        return self.runtime.desk

    @property
    def chat_state(self) -> dict[str, Any]:
        """This chat's `chat_data` (profile, texts behind buttons), for handlers of updates from a chat."""
        if self.chat_data is None:
            raise LookupError("this update comes from no chat: it has no chat_data")
        return self.chat_data

    async def run_blocking(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a blocking core call in the bot's thread pool and await its result."""
        return await self.runtime.run_blocking(fn, *args, **kwargs)


CONTEXT_TYPES = ContextTypes(context=HumasContext, bot_data=BotData)
#: The Application as `build_application` makes it (its bot, context and bot_data types).
HumasApplication = Application[ExtBot[Any], HumasContext, dict[Any, Any], dict[Any, Any], BotData, Any]
