"""Spending caps: the cap syntax, the guard's reserve/settle/alerts, both stores (SQLite, Redis)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.budget_caps import Cap, parse_cap
from bot.budget_sqlite import SqliteBudgetStore
from bot.core.budget import BudgetGuard, usage_spend
from bot.core.budget_store import OFFICE, Charge, Counter, Spend
from bot.core.models import ReplyResult, Usage
from bot.errors import ConfigError
from bot.settings import Settings, load_settings

NOON = datetime(2026, 12, 1, 12, 0)


class Clock:
    def __init__(self, now: datetime = NOON) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", "redis"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """Builds stores over one shared state: SQLite file, or Redis (skipped without redis-server)."""
    made: list[Any] = []
    if request.param == "sqlite":
        def make() -> Any:
            made.append(SqliteBudgetStore(tmp_path / "state.sqlite3"))
            return made[-1]
    else:
        from bot.budget_redis import RedisBudgetStore

        url = request.getfixturevalue("redis_url")

        def make() -> Any:
            made.append(RedisBudgetStore(url))
            return made[-1]
    yield make
    for store in made:
        store.close()


def settings(tmp_path: Path, **values: Any) -> Settings:
    base: dict[str, Any] = {"data_dir": tmp_path, "embeddings": "hash", "budget_reserve_tokens": 100,
                            "price_prompt_per_1m": 1.0, "price_completion_per_1m": 2.0}
    return Settings(**{**base, **values})


def answer(tokens: int, engine: str = "model") -> ReplyResult:
    usage = Usage(model="m", prompt_tokens=tokens // 2, completion_tokens=tokens - tokens // 2, calls=1)
    return ReplyResult(engine=engine, kind="question", escalate=False, reason="r", suggestions=["s"], usage=usage)


def offline() -> ReplyResult:
    return ReplyResult(engine="offline", kind="question", escalate=False, reason="r", suggestions=["o"])


# --- the syntax -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("200000", Cap(200000, "token")), ("200.000", Cap(200000, "token")), ("200_000 token", Cap(200000, "token")),
        ("200rb", Cap(200000, "token")), ("1,5jt", Cap(1500000, "token")), ("50k", Cap(50000, "token")),
        ("5usd", Cap(5.0, "usd")), ("2,5 USD", Cap(2.5, "usd")), ("$0.75", Cap(0.75, "usd")),
        ("", None), ("tanpa", None), (None, None),
    ],
)
def test_cap_syntax(text: str | None, cap: Cap | None) -> None:
    assert parse_cap(text) == cap
    if cap is not None:
        assert parse_cap(cap.spec) == cap


@pytest.mark.parametrize("text", ["lima", "2.5", "-3", "0", "0usd", "5 eur", "1.2.3usd", "10**9"])
def test_bad_caps_are_refused_in_indonesian(text: str) -> None:
    with pytest.raises(ValueError, match="bukan batas yang dikenal"):
        parse_cap(text)


def test_caps_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMASBOT_BUDGET_USER_DAILY", "200rb")
    monkeypatch.setenv("HUMASBOT_BUDGET_MONTHLY", "5usd")
    loaded = load_settings(data_dir=tmp_path)
    assert loaded.budget_user_daily == Cap(200000, "token") and loaded.budget_monthly == Cap(5.0, "usd")
    monkeypatch.setenv("HUMASBOT_BUDGET_MONTHLY", "lima juta rupiah")
    with pytest.raises(ConfigError, match="HUMASBOT_BUDGET_MONTHLY"):
        load_settings(data_dir=tmp_path)
    monkeypatch.delenv("HUMASBOT_BUDGET_USER_DAILY")
    monkeypatch.delenv("HUMASBOT_BUDGET_MONTHLY")
    assert load_settings(data_dir=tmp_path).budget_user_daily is None


def test_cost_in_nano_usd(tmp_path: Path) -> None:
    spend = usage_spend(Usage(prompt_tokens=1000, completion_tokens=500), settings(tmp_path))
    assert spend == Spend(1500, round((1000 * 1.0 + 500 * 2.0) / 1e6 * 1e9))


# --- the stores -------------------------------------------------------------------------------
def test_store_reserves_within_limits_only(make_store: Any) -> None:
    store = make_store()
    day, month = Counter("2026-12-01", "user:7"), Counter("2026-12", OFFICE)
    charges = [Charge(day, "token", 250), Charge(month)]
    assert store.reserve(charges, Spend(100, 5)) is None
    assert store.reserve(charges, Spend(100, 5)) is None
    assert store.reserve(charges, Spend(100, 5)) == 0  # 300 > 250: nothing added
    assert store.spent("2026-12-01") == {"user:7": Spend(200, 10)}
    assert store.spent("2026-12") == {OFFICE: Spend(200, 10)}
    # a cap below one estimate still lets one request through an empty counter
    assert store.reserve([Charge(Counter("2026-12-02", "user:7"), "token", 50)], Spend(100, 5)) is None
    assert store.settle([day, month], Spend(-500, -3)) == [Spend(0, 7), Spend(0, 7)]  # never below zero
    store.reset(["2026-12-01"])
    assert store.spent("2026-12-01") == {}


def test_store_alerts_once_and_hands_them_out_once(make_store: Any) -> None:
    a, b = make_store(), make_store()
    counter = Counter("2026-12", OFFICE)
    assert a.raise_alert(counter, 80, "satu") is True
    assert b.raise_alert(counter, 80, "dua") is False
    assert b.raise_alert(counter, 100, "tiga") is True
    assert b.take_alerts() == ["satu", "tiga"]
    assert a.take_alerts() == []
    a.forget_alerts(["2026-12"])
    assert a.raise_alert(counter, 80, "lagi") is True


# --- the guard ----------------------------------------------------------------------------------
def test_80_percent_alert_once_then_offline_with_notice_at_100(tmp_path: Path, make_store: Any) -> None:
    guard = BudgetGuard(settings(tmp_path, budget_user_daily="1000"), make_store(), Clock())
    for _ in range(3):
        assert guard.within("7", lambda: answer(200), offline).engine == "model"
    assert guard.take_alerts(force=True) == []  # 600 of 1000
    guard.within("7", lambda: answer(250), offline)  # 850: 85 %
    alerts = guard.take_alerts(force=True)
    assert len(alerts) == 1 and "85% dari batas harian" in alerts[0] and "pengguna 7" in alerts[0]
    guard.within("7", lambda: answer(50), offline)  # 900: still over 80 %, no second alert
    assert guard.take_alerts(force=True) == []
    # 900 + a reservation of 100 fits; its real 120 takes the counter over the cap
    assert guard.within("7", lambda: answer(120), offline).engine == "model"
    refused = guard.within("7", lambda: answer(10), offline)
    assert refused.engine == "offline"
    assert refused.warnings[0].startswith("Batas pemakaian model harian Anda (1.000 token) sudah tercapai")
    (full,) = guard.take_alerts(force=True)
    assert full.startswith("⛔") and "102%" in full and "mesin offline" in full
    guard.within("7", lambda: answer(10), offline)
    assert guard.take_alerts(force=True) == []  # 100 % told once
    # another user is not capped by user 7's day
    assert guard.within("8", lambda: answer(10), offline).engine == "model"


def test_office_month_cap_in_usd_and_day_rollover(tmp_path: Path, make_store: Any) -> None:
    clock = Clock()
    # a reservation (100 tokens: 75 prompt, 25 completion) is 0.000125 USD; each answer costs 0.00015 USD
    guard = BudgetGuard(settings(tmp_path, budget_monthly="0.0005usd"), make_store(), clock)
    served = [guard.within(str(user), lambda: answer(100), offline).engine for user in range(6)]
    assert served == ["model"] * 3 + ["offline"] * 3  # 0.00045 spent: one more reservation does not fit
    refused = guard.within("9", lambda: answer(100), offline)
    assert "bulanan kantor (0,0005 USD)" in refused.warnings[0]
    clock.now = NOON + timedelta(days=1)  # a new day, the same month: still full
    assert guard.within("9", lambda: answer(100), offline).engine == "offline"
    clock.now = datetime(2027, 1, 1, 8)  # a new month
    assert guard.within("9", lambda: answer(100), offline).engine == "model"


def test_admins_raise_and_reset_and_it_survives_a_restart(tmp_path: Path, make_store: Any) -> None:
    config = settings(tmp_path, budget_user_daily="300")
    guard = BudgetGuard(config, make_store(), Clock())
    for _ in range(3):
        guard.within("7", lambda: answer(100), offline)
    assert guard.within("7", lambda: answer(100), offline).engine == "offline"
    guard.take_alerts(force=True)

    raised = guard.set_cap("user_daily", parse_cap("1000"))
    assert raised.cap == Cap(1000, "token") and raised.source == "admin"
    assert guard.within("7", lambda: answer(100), offline).engine == "model"
    guard.within("7", lambda: answer(400), offline)  # 800 of the new 1000: told again
    assert any("80% dari batas harian: 800 token dari 1.000 token" in a for a in guard.take_alerts(force=True))

    restarted = BudgetGuard(config, make_store(), Clock())  # a new process, the same state store
    assert restarted.caps()["user_daily"].cap == Cap(1000, "token")
    assert restarted.report().users["7"].tokens == 800
    restarted.reset()
    assert restarted.report().users == {} and restarted.report().office == Spend()
    restarted.set_cap("user_daily", None)  # no cap at all
    assert restarted.caps()["user_daily"].cap is None
    restarted.set_cap("user_daily", None, default=True)  # back to the environment's
    assert restarted.caps()["user_daily"] == guard.caps()["user_daily"]
    assert guard.caps()["user_daily"].cap == Cap(300, "token") and guard.caps()["user_daily"].source == "env"


def test_a_failed_call_releases_its_reservation_and_a_broken_store_costs_no_answer(tmp_path: Path) -> None:
    guard = BudgetGuard(settings(tmp_path, budget_user_daily="150"), SqliteBudgetStore(tmp_path / "s.db"), Clock())

    def boom() -> ReplyResult:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        guard.within("7", boom, offline)
    assert guard.report().users["7"].tokens == 0
    (tmp_path / "s.db").unlink()
    (tmp_path / "s.db").mkdir()  # the store cannot open its file any more
    fresh = BudgetGuard(guard.settings, SqliteBudgetStore(tmp_path / "s.db"), Clock())
    assert fresh.within("7", lambda: answer(100), offline).engine == "model"


def test_report_shows_spend_against_caps(tmp_path: Path, make_store: Any) -> None:
    guard = BudgetGuard(settings(tmp_path, budget_user_daily="1000", budget_monthly="1usd"), make_store(), Clock())
    guard.within("7", lambda: answer(500), offline)
    guard.within("8", lambda: answer(100), offline)
    report = guard.report()
    text = report.text()
    assert "Batas harian per pengguna: 1.000 token (HUMASBOT_BUDGET_USER_DAILY)" in text
    assert "Kantor bulan ini (2026-12): 600 token" in text
    assert "  7: 500 token" in text and "50% dari batas" in text
    data = report.as_dict()
    assert data["caps"]["monthly"] == {"cap": "1usd", "source": "env"}
    assert [u["user"] for u in data["users"]] == ["7", "8"] and data["users"][0]["percent"] == 50
    assert data["office"]["tokens"] == 600


def test_cli_stats_shows_spend_against_the_caps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    from bot.app import build_budget
    from bot.cli import main

    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HUMASBOT_BUDGET_MONTHLY", "100rb")
    monkeypatch.setenv("HUMASBOT_EMBEDDINGS", "hash")
    guard = build_budget(load_settings())
    guard.within("7", lambda: answer(25_000), offline)
    data = json.loads(CliRunner().invoke(main, ["stats", "--json"], catch_exceptions=False).stdout)
    assert data["budget"]["caps"]["monthly"] == {"cap": "100000", "source": "env"}
    assert data["budget"]["office"]["tokens"] == 25_000 and data["budget"]["office"]["percent"] == 25
    assert data["budget"]["users"][0]["user"] == "7"
    text = CliRunner().invoke(main, ["stats"], catch_exceptions=False).stdout
    assert "Batas bulanan kantor: 100.000 token (HUMASBOT_BUDGET_MONTHLY)" in text and "25% dari batas" in text


def test_alerts_raised_elsewhere_are_looked_up_once_a_minute(tmp_path: Path, make_store: Any) -> None:
    config = settings(tmp_path, budget_user_daily="100")
    cli = BudgetGuard(config, make_store(), Clock())
    bot = BudgetGuard(config, make_store(), Clock())  # another process, the bot
    cli.within("7", lambda: answer(90), offline)
    assert cli.alerts_due() and not bot.alerts_due()  # the bot raised nothing itself, and just started
    bot._last_look -= 61
    (alert,) = bot.take_alerts()
    assert "90% dari batas harian" in alert
    assert cli.take_alerts(force=True) == []  # handed out once


class _Wording:
    """An engine that words quiz questions and suggests audit fixes, counting its model calls."""

    name = "model"
    can_suggest_audit = True

    def __init__(self) -> None:
        self.calls = 0

    def reword_quiz(self, draft: str, quiz_set: Any) -> Any:
        self.calls += 1
        worded = quiz_set.quiz.model_copy(update={"question": "Tebak, berapa biayanya?"})
        return quiz_set.model_copy(update={"quiz": worded})

    def suggest_audit(self, *args: Any) -> list[str]:
        self.calls += 1
        return ["Awali dengan manfaat bagi warga."]


class _NoGuidelines:
    def search_fused(self, queries: Any, k: int | None = None) -> list[Any]:
        return []


QUIZ_DRAFT = (
    "Puskesmas Sungai Tabuk membuka cek gula darah gratis pada Selasa (9/6/2026) pukul 08.00 WIB. "
    "Warga cukup membawa KTP."
)


def test_model_calls_without_reported_usage_are_capped_too(tmp_path: Path) -> None:
    """Audit suggestions and a quiz question's wording are model calls: each is charged the estimate
    before the call, and over the cap the model is not called (the offline result stands)."""
    from bot.core.media import Media
    from bot.core.quiz import make_quiz_set
    from bot.core.services import HumasService
    from bot.offline.engine import OfflineEngine

    cfg = settings(tmp_path, budget_user_daily="250")
    guard = BudgetGuard(cfg, SqliteBudgetStore(tmp_path / "state.sqlite3"))
    engine = _Wording()
    media = Media(engine, guard)
    assert media.quiz(QUIZ_DRAFT, "7").quiz.question == "Tebak, berapa biayanya?"  # 100 of 250
    service = HumasService(cfg, _NoGuidelines(), engine, OfflineEngine(), budget=guard)  # type: ignore[arg-type]
    assert service.audit("Bupati menghadiri rapat.", user_id="7").suggestions  # 200 of 250
    assert engine.calls == 2
    over = service.audit("Bupati menghadiri rapat.", user_id="7")
    assert not over.suggestions and "Batas pemakaian model harian" in over.warnings[0]
    assert media.quiz(QUIZ_DRAFT, "7") == make_quiz_set(QUIZ_DRAFT)
    assert engine.calls == 2  # neither call reached the model
    assert service.audit("Bupati menghadiri rapat.", user_id="8").suggestions  # another user's day is free
