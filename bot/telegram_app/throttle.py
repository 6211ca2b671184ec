"""How often a stranger is told no: at most once per period per chat, then silence.

Forty /start from one stranger in a group would otherwise spend Telegram's per-group message
budget on refusals, and the officer's answers would wait behind them.
"""

from __future__ import annotations

import time
from collections import OrderedDict

#: A stranger is told once per this many seconds per chat.
REFUSAL_PERIOD_S = 600.0
#: How many (chat, user) refusals are remembered; the oldest are forgotten first.
REFUSALS_KEPT = 10_000


class Refusals:
    """When each (chat, user) was last refused: a bounded, time-ordered memory (oldest first)."""

    def __init__(self, period: float = REFUSAL_PERIOD_S, size: int = REFUSALS_KEPT) -> None:
        self.period = period
        self.size = size
        self._last: OrderedDict[tuple[int, int], float] = OrderedDict()

    def should_tell(self, chat_id: int, user_id: int, now: float | None = None) -> bool:
        """True (and remembered) when this user was not refused in this chat within the period."""
        now = time.monotonic() if now is None else now
        while self._last and now - next(iter(self._last.values())) >= self.period:
            self._last.popitem(last=False)
        key = (chat_id, user_id)
        if key in self._last:
            return False
        self._last[key] = now
        if len(self._last) > self.size:
            self._last.popitem(last=False)
        return True
