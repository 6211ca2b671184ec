"""Usage records in Redis, so `/stats` and `humasbot stats` count every bot process.

The same interface as `bot.usage.UsageLog` (`record`, `totals`, `prune`). One JSON row per
request, appended to a list per day (`humasbot:usage:<YYYY-MM-DD>`); the days are indexed in
a sorted set (`humasbot:usage:days`). Totals read the lists of the days asked for, so reports
over long periods read every row of them: prune old days (`prune`) on busy installations.
The blocking client is used: `record` runs in the bot's worker threads.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from bot.core.models import Usage
from bot.redis_client import key, sync_client
from bot.usage import NO_USER, GroupBy, UsageTotal, estimate_cost, summarize

DAYS = key("usage", "days")


def _day_key(day: str) -> str:
    return key("usage", day)


class RedisUsageLog:
    """`RedisUsageLog(url, price_prompt_per_1m=..., price_completion_per_1m=...)`."""

    def __init__(self, url: str, price_prompt_per_1m: float = 0.15, price_completion_per_1m: float = 0.60) -> None:
        self.redis = sync_client(url)
        self.price_prompt_per_1m = price_prompt_per_1m
        self.price_completion_per_1m = price_completion_per_1m

    def record(
        self,
        *,
        task: str,
        user_id: str | None,
        engine: str,
        usage: Usage | None,
        latency_ms: float,
        cost: float | None = None,
        now: datetime | None = None,
    ) -> None:
        """One row; `cost` (USD) as given, else estimated from the tokens (as `UsageLog.record`)."""
        now = now or datetime.now()
        usage = usage or Usage()
        day = now.date()
        row = {
            "ts": now.timestamp(),
            "task": task,
            "user_id": str(user_id) if user_id is not None else NO_USER,
            "engine": engine,
            "model": usage.model,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "calls": usage.calls,
            "cost": cost if cost is not None else estimate_cost(
                usage, self.price_prompt_per_1m, self.price_completion_per_1m),
            "latency_ms": float(latency_ms),
        }
        pipe = self.redis.pipeline(transaction=True)
        pipe.rpush(_day_key(day.isoformat()), json.dumps(row, ensure_ascii=False))
        pipe.zadd(DAYS, {day.isoformat(): day.toordinal()})
        pipe.execute()

    def _days(self, first: date | None) -> list[str]:
        low: Any = first.toordinal() if first else "-inf"
        return list(self.redis.zrangebyscore(DAYS, low, "+inf"))

    def totals(self, group_by: GroupBy = "day", days: int | None = None, today: date | None = None) -> list[UsageTotal]:
        if group_by not in ("day", "user"):
            raise ValueError(group_by)
        first = None
        if days is not None:
            first = (today or date.today()) - timedelta(days=max(days, 1) - 1)
        rows = []
        for day in self._days(first):
            for raw in self.redis.lrange(_day_key(day), 0, -1):
                r = json.loads(raw)
                group = day if group_by == "day" else r["user_id"]
                rows.append((group, r["prompt_tokens"], r["completion_tokens"], r["cost"], r["latency_ms"]))
        return summarize(rows, group_by)

    def prune(self, older_than_days: int) -> int:
        """Delete whole days older than `older_than_days`; returns how many rows."""
        cutoff = date.today() - timedelta(days=older_than_days)
        old = list(self.redis.zrangebyscore(DAYS, "-inf", f"({cutoff.toordinal()}"))
        removed = 0
        for day in old:
            removed += int(self.redis.llen(_day_key(day)))
            pipe = self.redis.pipeline(transaction=True)
            pipe.delete(_day_key(day))
            pipe.zrem(DAYS, day)
            pipe.execute()
        return removed
