"""Calls to the Bot API that survive a flaky network: flood control plus retries of lost connections.

`RetryingRateLimiter` is PTB's `AIORateLimiter` (waits out a 429's `retry_after`, paces calls per
chat and overall) that also repeats a call whose connection failed: refused, reset, closed without
an answer, or timed out (`NetworkError`, `TimedOut`; not `BadRequest`, which PTB derives from
`NetworkError` but which is Telegram's answer). Every call of every handler goes through it, so
handlers need no retry code. getUpdates never passes through a rate limiter: PTB's polling loop
retries it itself (with the same offset, so no update is lost or fetched twice).

"typing…" (sendChatAction) bypasses both: see `UNPACED`.

A retried call may have reached Telegram the first time (the answer was lost, not the request):
an edit then repeats harmlessly ("message is not modified"), a send may show twice. A repeated
message is better than an officer left without an answer.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

from bot.logsafe import redact

log = logging.getLogger(__name__)

#: Repeats of a call whose connection failed, and the pause before each (seconds).
NETWORK_RETRIES = (0.3, 1.0)
#: Calls that skip the pacing and the retries: "typing…" is not a message (Telegram's ~30/s limit
#: counts messages), it is worthless once late, and queued with the messages it would delay them.
#: Its caller ignores failures (a 429 included): the next one follows within seconds.
UNPACED = frozenset({"sendChatAction"})


class RetryingRateLimiter(AIORateLimiter):
    """`AIORateLimiter` that also retries calls lost to the network (see the module docstring)."""

    async def process_request(
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if endpoint in UNPACED:
            return await callback(*args, **kwargs)
        for pause in (*NETWORK_RETRIES, None):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as err:  # TimedOut too
                if pause is None:
                    raise
                log.warning("Bot API %s failed (%s); retrying in %.1f s", endpoint, redact(str(err)), pause)
                await asyncio.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover
