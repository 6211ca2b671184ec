"""What the spending caps ask of the state store: atomic counters, cap overrides, once-only alerts.

The protocol the SQLite store (`bot/budget_sqlite.py`) and the Redis store (`bot/budget_redis.py`)
implement, and the small values they exchange with `bot/core/budget.py`. A counter is a period
("2026-12-01" for a day, "2026-12" for a month) and a scope ("office", or "user:<id>"); it holds
tokens and nano-USD (`bot.budget_caps`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.budget_caps import Unit

CapName = Literal["user_daily", "monthly"]
OFFICE = "office"


@dataclass(frozen=True)
class Spend:
    """What was spent (or is reserved): tokens and estimated cost in nano-USD."""

    tokens: int = 0
    nano_usd: int = 0

    def of(self, unit: Unit) -> int:
        return self.tokens if unit == "token" else self.nano_usd

    def __sub__(self, other: Spend) -> Spend:
        return Spend(self.tokens - other.tokens, self.nano_usd - other.nano_usd)


@dataclass(frozen=True)
class Counter:
    period: str
    scope: str


@dataclass(frozen=True)
class Charge:
    """A counter a request is charged to, and the limit it must stay within (`unit` None: no cap)."""

    counter: Counter
    unit: Unit | None = None
    limit: int = 0


class BudgetStore(Protocol):
    """Atomic across threads and processes: a reservation checks and adds in one step."""

    def reserve(self, charges: Sequence[Charge], amount: Spend) -> int | None:
        """Add `amount` to every charge's counter when each capped one stays within its limit
        (counted + min(amount, limit) <= limit); then None. Otherwise nothing is added and the
        index of the first charge that refused is returned."""
        ...

    def settle(self, counters: Sequence[Counter], delta: Spend) -> list[Spend]:
        """Add `delta` (may be negative; a counter never goes below zero); the new totals."""
        ...

    def spent(self, period: str) -> dict[str, Spend]:
        """Every scope's counter of `period`."""
        ...

    def reset(self, periods: Sequence[str]) -> None:
        """Zero every counter of `periods` and forget their alerts (they may be raised again)."""
        ...

    def overrides(self) -> dict[str, str]:
        """Caps set by admins, by `CapName`: a cap's spec, or "tanpa" for none."""
        ...

    def set_override(self, name: CapName, spec: str | None) -> None:
        """Store an admin's cap (`spec`), or drop it (None: the environment's value again)."""
        ...

    def raise_alert(self, counter: Counter, level: int, text: str) -> bool:
        """Queue `text` for the admins the first time `level` is reached on `counter`; True then."""
        ...

    def forget_alerts(self, periods: Sequence[str]) -> None:
        """Let the alerts of `periods` be raised again (after a cap changed)."""
        ...

    def take_alerts(self) -> list[str]:
        """The queued alert texts, oldest first, each handed out once (across processes)."""
        ...
