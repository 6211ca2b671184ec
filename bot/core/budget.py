"""Spending caps: per user per day and per office per month, checked before every model call.

`HumasService._produce` asks `reserve(user_id)` before it calls the model. The reservation adds an
estimate (`HUMASBOT_BUDGET_RESERVE_TOKENS`, priced 3/4 prompt and 1/4 completion) to the user's
day counter and the office's month counter in one atomic step of the store, and only when each
capped counter stays within its cap; `settle` then replaces the estimate by the real usage. So a
burst of parallel requests sees the requests in flight: the spend can exceed a cap only by what the
requests already admitted spend beyond their estimate (none, when the estimate is at least a
request's real usage). A refused request is answered by the offline engine with `Ticket.notice`.

The first time a counter reaches 80 % and 100 % of its cap in a period, an Indonesian alert is
queued in the store; the Telegram layer hands them to the admins (`take_alerts`), whichever
process (or the CLI) raised them. Caps come from the settings; admins override them (`set_cap`),
persisted in the store. A store that fails never costs an answer: the request goes on uncapped
and the failure is logged.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from bot.budget_caps import NANO, Cap, parse_cap, tokens_text, usd_text
from bot.core.budget_store import OFFICE, BudgetStore, CapName, Charge, Counter, Spend
from bot.core.models import ReplyResult, RewriteResult, Usage
from bot.settings import Settings

log = logging.getLogger(__name__)
R = TypeVar("R", bound=RewriteResult | ReplyResult)

#: The share of a cap at which the admins are told, and the level at which answers go offline.
WARN_AT = 80
FULL_AT = 100
#: How often a process looks for alerts another process (or the CLI) queued, in seconds.
ALERT_POLL_S = 60.0
NO_CAP = "tanpa"
ENV_NAMES: dict[CapName, str] = {"user_daily": "HUMASBOT_BUDGET_USER_DAILY", "monthly": "HUMASBOT_BUDGET_MONTHLY"}

NOTICE_USER = (
    "Batas pemakaian model harian Anda ({cap}) sudah tercapai; jawaban ini dari mesin offline. "
    "Model dipakai lagi besok, atau setelah admin menaikkan batas (/anggaran)."
)
NOTICE_OFFICE = (
    "Batas pemakaian model bulanan kantor ({cap}) sudah tercapai; jawaban ini dari mesin offline. "
    "Model dipakai lagi bulan depan, atau setelah admin menaikkan batas (/anggaran)."
)
ALERT_USER = (
    "{icon} Pemakaian model pengguna {user} hari ini ({day}) sudah {pct}% dari batas harian: {spent} dari {cap}."
)
ALERT_OFFICE = "{icon} Pemakaian model kantor bulan ini ({month}) sudah {pct}% dari batas bulanan: {spent} dari {cap}."
ALERT_FULL = " Permintaan berikutnya dijawab mesin offline."
ALERT_HOW = (
    " Naikkan dengan /anggaran harian <batas> atau /anggaran bulanan <batas>, atau nolkan dengan /anggaran reset."
)


def usage_spend(usage: Usage | None, settings: Settings) -> Spend:
    """Tokens and estimated cost (nano-USD) of `usage` at the configured prices per 1M tokens."""
    if usage is None:
        return Spend()
    nano = usage.prompt_tokens * settings.price_prompt_per_1m * 1000 + (
        usage.completion_tokens * settings.price_completion_per_1m * 1000)
    return Spend(usage.prompt_tokens + usage.completion_tokens, round(nano))


def priced_spend(cost: float, tokens: int, settings: Settings) -> Spend:
    """A call priced otherwise than by chat tokens (audio, by the minute): its cost in USD, and
    what it weighs against a token cap. A token cap cannot price seconds, so a call whose server
    reports no tokens (whisper-1 reports seconds) counts the tokens its cost would buy at the
    prompt price: at USD 0.006 a minute and USD 0.15 per 1M prompt tokens, a minute of audio
    weighs 40,000 tokens. Reported tokens count as they are."""
    price = settings.price_prompt_per_1m
    if tokens <= 0 and price > 0:
        tokens = math.ceil(cost / price * 1_000_000)
    return Spend(max(0, tokens), round(max(0.0, cost) * NANO))


def user_scope(user_id: str | None) -> str:
    return f"user:{user_id if user_id is not None else '-'}"


@dataclass
class Ticket:
    """A reservation (settle it after the call), or a refusal (`notice` says why; `cap_name` and
    `cap` are the cap that refused, for callers that word their own refusal)."""

    charges: list[Charge] = field(default_factory=list)
    reserved: Spend = field(default_factory=Spend)
    notice: str | None = None
    cap_name: CapName | None = None
    cap: Cap | None = None

    @property
    def refused(self) -> bool:
        return self.notice is not None


@dataclass(frozen=True)
class CapState:
    """A cap in force and where it comes from ("env", "admin")."""

    cap: Cap | None
    source: str


class BudgetGuard:
    """The caps' policy over a `BudgetStore`. `now` (local time) is for tests."""

    def __init__(self, settings: Settings, store: BudgetStore, now: Callable[[], datetime] = datetime.now) -> None:
        self.settings = settings
        self.store = store
        self.now = now
        self._alerted = threading.Event()  # this process queued an alert since the last look
        self._last_look = time.monotonic()

    # --- caps ----------------------------------------------------------------------------
    def caps(self) -> dict[CapName, CapState]:
        """The caps in force: an admin's (`/anggaran`), else the environment's."""
        overrides = self.store.overrides()
        defaults: dict[CapName, Cap | None] = {
            "user_daily": self.settings.budget_user_daily, "monthly": self.settings.budget_monthly}
        return {name: CapState(parse_cap(overrides[name]), "admin") if name in overrides
                else CapState(default, "env") for name, default in defaults.items()}

    def set_cap(self, name: CapName, cap: Cap | None, *, default: bool = False) -> CapState:
        """An admin's cap (`cap` None: no cap), or back to the environment's (`default`). The alerts
        of the current period may be raised again against the new cap."""
        self.store.set_override(name, None if default else (cap.spec if cap else NO_CAP))
        now = self.now()
        self.store.forget_alerts([_day(now) if name == "user_daily" else _month(now)])
        return self.caps()[name]

    def reset(self) -> None:
        """Zero today's counters (every user) and this month's (the office)."""
        now = self.now()
        self.store.reset([_day(now), _month(now)])

    # --- the check before a model call ---------------------------------------------------
    def estimate(self) -> Spend:
        tokens = self.settings.budget_reserve_tokens
        prompt = math.ceil(tokens * 3 / 4)
        return usage_spend(Usage(prompt_tokens=prompt, completion_tokens=tokens - prompt), self.settings)

    def within(self, user_id: str | None, model: Callable[[], R], offline: Callable[[], R]) -> R:
        """`model()` when the user's and the office's caps allow it (its real usage settled after,
        whatever happens), else `offline()` with the notice first among its warnings."""
        ticket = self.reserve(user_id)
        if ticket.notice is not None:
            log.info("user %s over a spending cap: the offline engine answers", user_id)
            result = offline()
            result.warnings.insert(0, ticket.notice)
            return result
        try:
            result = model()
        except BaseException:
            self.settle(ticket, None)
            raise
        self.settle(ticket, result.usage)
        return result

    def admit(self, user_id: str | None) -> str | None:
        """For a model call whose usage is not reported back (audit suggestions, a quiz question's
        wording): reserve the estimate and keep it as the charge. The notice when over a cap (then the
        caller does without the model), else None."""
        ticket = self.reserve(user_id)
        if ticket.notice is not None:
            return ticket.notice
        tokens = self.settings.budget_reserve_tokens
        prompt = math.ceil(tokens * 3 / 4)
        self.settle(ticket, Usage(prompt_tokens=prompt, completion_tokens=tokens - prompt))
        return None

    def reserve(self, user_id: str | None, amount: Spend | None = None) -> Ticket:
        """Reserve `amount` (default: the estimate of a chat request) on the user's day and the
        office's month, or refuse (over a cap)."""
        try:
            now = self.now()
            caps = {name: state.cap for name, state in self.caps().items()}
            charges = [_charge(Counter(_day(now), user_scope(user_id)), caps["user_daily"]),
                       _charge(Counter(_month(now), OFFICE), caps["monthly"])]
            amount = amount if amount is not None else self.estimate()
            refused = self.store.reserve(charges, amount)
        except Exception:
            log.exception("budget: could not reserve; the request goes on uncapped")
            return Ticket()
        if refused is None:
            return Ticket(charges, amount)
        cap = caps["user_daily"] if refused == 0 else caps["monthly"]
        assert cap is not None  # only a capped charge refuses
        spent = self._spent(charges[refused])
        self._alert(charges[refused], FULL_AT, spent, cap)
        return Ticket(notice=(NOTICE_USER if refused == 0 else NOTICE_OFFICE).format(cap=cap.text()),
                      cap_name="user_daily" if refused == 0 else "monthly", cap=cap)

    def settle(self, ticket: Ticket, usage: Usage | None, *, spend: Spend | None = None) -> None:
        """Replace the ticket's estimate by the real usage (or `spend`, for a call not priced by
        its tokens: `priced_spend`); alert at 80 % and 100 % of a cap."""
        if ticket.refused or not ticket.charges:
            return
        real = spend if spend is not None else usage_spend(usage, self.settings)
        try:
            totals = self.store.settle([c.counter for c in ticket.charges], real - ticket.reserved)
            caps = self.caps() if any(charge.unit for charge in ticket.charges) else {}
            for charge, total in zip(ticket.charges, totals, strict=True):
                if charge.unit is None:
                    continue
                cap = caps["user_daily" if charge.counter.scope != OFFICE else "monthly"].cap
                pct = _share(total, cap)
                if cap is not None and pct is not None and pct >= WARN_AT:
                    self._alert(charge, FULL_AT if pct >= FULL_AT else WARN_AT, total, cap)
        except Exception:
            log.exception("budget: could not settle a request's usage")

    def _spent(self, charge: Charge) -> Spend:
        return self.store.spent(charge.counter.period).get(charge.counter.scope, Spend())

    def _alert(self, charge: Charge, level: int, spent: Spend, cap: Cap) -> None:
        pct = _share(spent, cap)
        shown = spent.tokens if cap.unit == "token" else spent.nano_usd
        values: dict[str, Any] = {
            "icon": "⛔" if level == FULL_AT else "⚠️", "pct": pct, "cap": cap.text(),
            "spent": f"{tokens_text(shown)} token" if cap.unit == "token" else usd_text(shown),
        }
        if charge.counter.scope == OFFICE:
            text = ALERT_OFFICE.format(month=charge.counter.period, **values)
        else:
            text = ALERT_USER.format(user=charge.counter.scope.removeprefix("user:"), day=charge.counter.period,
                                     **values)
        text += (ALERT_FULL if level == FULL_AT else "") + ALERT_HOW
        if self.store.raise_alert(charge.counter, level, text):
            log.info("budget alert: %s", text)
            self._alerted.set()

    # --- for the admins ------------------------------------------------------------------
    def alerts_due(self) -> bool:
        """Whether to look for alerts now (no I/O): this process raised one, or a minute went by
        since the last look (another process, or the CLI, may have)."""
        return self._alerted.is_set() or time.monotonic() - self._last_look > ALERT_POLL_S

    def take_alerts(self, force: bool = False) -> list[str]:
        """The alerts not yet handed out, when they are due (`alerts_due`) or `force`d."""
        if not (force or self.alerts_due()):
            return []
        self._alerted.clear()
        self._last_look = time.monotonic()
        return self.store.take_alerts()

    def report(self) -> BudgetReport:
        now = self.now()
        day, month = _day(now), _month(now)
        caps = self.caps()
        daily, monthly = caps["user_daily"], caps["monthly"]
        office = self.store.spent(month).get(OFFICE, Spend())
        users = {scope.removeprefix("user:"): spent for scope, spent in self.store.spent(day).items()
                 if scope.startswith("user:")}
        return BudgetReport(day=day, month=month, user_daily=daily, monthly=monthly, office=office, users=users)


@dataclass(frozen=True)
class BudgetReport:
    """Spend against the caps: the office this month, each user today."""

    day: str
    month: str
    user_daily: CapState
    monthly: CapState
    office: Spend
    users: dict[str, Spend]

    def as_dict(self) -> dict[str, Any]:
        def one(spent: Spend, cap: Cap | None) -> dict[str, Any]:
            return {"tokens": spent.tokens, "usd": round(spent.nano_usd / 1e9, 6), "percent": _share(spent, cap)}

        return {
            "caps": {name: {"cap": state.cap.spec if state.cap else None, "source": state.source}
                     for name, state in (("user_daily", self.user_daily), ("monthly", self.monthly))},
            "office": {"month": self.month, **one(self.office, self.monthly.cap)},
            "users": [{"user": user, "day": self.day, **one(spent, self.user_daily.cap)}
                      for user, spent in sorted(self.users.items(), key=lambda kv: -kv[1].tokens)],
        }

    def text(self) -> str:
        """Plain text in Indonesian (monospace)."""
        lines = ["Anggaran pemakaian model",
                 f"Batas harian per pengguna: {_cap_text(self.user_daily, 'user_daily')}",
                 f"Batas bulanan kantor: {_cap_text(self.monthly, 'monthly')}",
                 f"Kantor bulan ini ({self.month}): {_spend_text(self.office, self.monthly.cap)}",
                 f"Per pengguna hari ini ({self.day}):"]
        ranked = sorted(self.users.items(), key=lambda kv: -kv[1].tokens)
        lines += [f"  {user}: {_spend_text(spent, self.user_daily.cap)}" for user, spent in ranked]
        if not ranked:
            lines.append("  belum ada pemakaian model.")
        return "\n".join(lines)


def _cap_text(state: CapState, name: CapName) -> str:
    shown = state.cap.text() if state.cap else "tanpa batas"
    return shown + (" (diatur admin)" if state.source == "admin" else f" ({ENV_NAMES[name]})")


def _spend_text(spent: Spend, cap: Cap | None) -> str:
    text = f"{tokens_text(spent.tokens)} token · {usd_text(spent.nano_usd)}"
    share = _share(spent, cap)
    return text if share is None else f"{text} · {share}% dari batas"


def _share(spent: Spend, cap: Cap | None) -> int | None:
    return None if cap is None else math.floor(100 * spent.of(cap.unit) / max(cap.limit, 1))


def _charge(counter: Counter, cap: Cap | None) -> Charge:
    return Charge(counter) if cap is None else Charge(counter, cap.unit, cap.limit)


def _day(now: datetime) -> str:
    return now.date().isoformat()


def _month(now: datetime) -> str:
    return now.strftime("%Y-%m")
