"""The spending caps' store in Redis, shared by every bot process behind one webhook (and the CLI).

Implements `bot.core.budget_store.BudgetStore`. A period's counters are one hash
(`humasbot:budget:spend:<period>`, fields `<scope>|t` tokens and `<scope>|n` nano-USD); a
reservation is one Lua script (check every capped counter, then add to all), so it is atomic
across processes; settling is another (add, never below zero). Admins' caps are a hash, alerts
already raised a hash per period (HSETNX: once), the alerts waiting for the admins a list.
Counters and flags expire 100 days after their last write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.core.budget_store import CapName, Charge, Counter, Spend
from bot.redis_client import key, sync_client

CAPS = key("budget", "caps")
OUTBOX = key("budget", "alerts")
KEEP_S = 100 * 86400

#: KEYS: one hash per charge. ARGV: tokens, nano-USD, keep seconds, then per charge: scope,
#: unit ("t", "n", or "" for no cap), limit. Returns 0 when reserved, else the refusing charge (1-based).
_RESERVE = """
local amount = {t = tonumber(ARGV[1]), n = tonumber(ARGV[2])}
for i = 1, #KEYS do
  local scope, unit, limit = ARGV[3 * i + 1], ARGV[3 * i + 2], tonumber(ARGV[3 * i + 3])
  if unit ~= '' then
    local counted = tonumber(redis.call('HGET', KEYS[i], scope .. '|' .. unit) or '0')
    if counted + math.min(amount[unit], limit) > limit then return i end
  end
end
for i = 1, #KEYS do
  local scope = ARGV[3 * i + 1]
  redis.call('HINCRBY', KEYS[i], scope .. '|t', amount.t)
  redis.call('HINCRBY', KEYS[i], scope .. '|n', amount.n)
  redis.call('EXPIRE', KEYS[i], ARGV[3])
end
return 0
"""
#: KEYS: one hash per counter. ARGV: tokens, nano-USD, keep seconds, then the scopes. Returns the
#: new totals, [tokens, nano, tokens, nano, ...]; a counter never goes below zero.
_SETTLE = """
local out = {}
for i = 1, #KEYS do
  local scope = ARGV[3 + i]
  for j, unit in ipairs({'t', 'n'}) do
    local value = redis.call('HINCRBY', KEYS[i], scope .. '|' .. unit, ARGV[j])
    if value < 0 then redis.call('HSET', KEYS[i], scope .. '|' .. unit, 0); value = 0 end
    table.insert(out, value)
  end
  redis.call('EXPIRE', KEYS[i], ARGV[3])
end
return out
"""


def _spend_key(period: str) -> str:
    return key("budget", "spend", period)


def _alerted_key(period: str) -> str:
    return key("budget", "alerted", period)


class RedisBudgetStore:
    """`RedisBudgetStore(url)`: the blocking client (the core runs in worker threads)."""

    def __init__(self, url: str) -> None:
        self.redis = sync_client(url)
        self._reserve = self.redis.register_script(_RESERVE)
        self._settle = self.redis.register_script(_SETTLE)

    def close(self) -> None:
        self.redis.close()

    def reserve(self, charges: Sequence[Charge], amount: Spend) -> int | None:
        args: list[Any] = [amount.tokens, amount.nano_usd, KEEP_S]
        for charge in charges:
            unit = "" if charge.unit is None else ("t" if charge.unit == "token" else "n")
            args += [charge.counter.scope, unit, charge.limit]
        refused = int(self._reserve(keys=[_spend_key(c.counter.period) for c in charges], args=args))
        return None if refused == 0 else refused - 1

    def settle(self, counters: Sequence[Counter], delta: Spend) -> list[Spend]:
        args: list[Any] = [delta.tokens, delta.nano_usd, KEEP_S, *(c.scope for c in counters)]
        out = [int(v) for v in self._settle(keys=[_spend_key(c.period) for c in counters], args=args)]
        return [Spend(out[2 * i], out[2 * i + 1]) for i in range(len(counters))]

    def spent(self, period: str) -> dict[str, Spend]:
        fields: dict[str, str] = self.redis.hgetall(_spend_key(period))
        totals: dict[str, list[int]] = {}
        for name, value in fields.items():
            scope, _, unit = name.rpartition("|")
            totals.setdefault(scope, [0, 0])[0 if unit == "t" else 1] = int(value)
        return {scope: Spend(t, n) for scope, (t, n) in totals.items()}

    def reset(self, periods: Sequence[str]) -> None:
        self.redis.delete(*(_spend_key(p) for p in periods), *(_alerted_key(p) for p in periods))

    def overrides(self) -> dict[str, str]:
        return dict(self.redis.hgetall(CAPS))

    def set_override(self, name: CapName, spec: str | None) -> None:
        if spec is None:
            self.redis.hdel(CAPS, name)
        else:
            self.redis.hset(CAPS, name, spec)

    def raise_alert(self, counter: Counter, level: int, text: str) -> bool:
        flags = _alerted_key(counter.period)
        if not self.redis.hsetnx(flags, f"{counter.scope}|{level}", 1):
            return False
        pipe = self.redis.pipeline(transaction=True)
        pipe.expire(flags, KEEP_S)
        pipe.rpush(OUTBOX, text)
        pipe.execute()
        return True

    def forget_alerts(self, periods: Sequence[str]) -> None:
        self.redis.delete(*(_alerted_key(p) for p in periods))

    def take_alerts(self) -> list[str]:
        pipe = self.redis.pipeline(transaction=True)
        pipe.lrange(OUTBOX, 0, -1)
        pipe.delete(OUTBOX)
        texts, _ = pipe.execute()
        return list(texts)
