"""End to end through the fake Bot API: the caps at 80 % and 100 %, /anggaran (show, raise, reset),
persistence across a restart, and /stats showing spend against the caps."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.core.models import ReplyRequest, ReplyResult, RewriteRequest, RewriteResult, Usage
from bot.offline.engine import OfflineEngine
from tests.support.fake_telegram import (
    ADMIN,
    USER,
    BotHarness,
    FakeTelegram,
    make_service,
    make_settings,
    text_message,
)

COMMENT = "Min, vaksinnya hari apa ya? Perlu bawa KTP nggak?"
MODEL = "model-uji"


class MeteredEngine:
    """The offline engine's answers under a model's name, each costing `tokens` (a metered model)."""

    can_suggest_audit = False

    def __init__(self, tokens: int) -> None:
        self.name = MODEL
        self.tokens = tokens
        self.calls = 0
        self.inner = OfflineEngine()

    def _usage(self) -> Usage:
        self.calls += 1
        return Usage(model=MODEL, prompt_tokens=self.tokens - 100, completion_tokens=100, calls=1)

    def rewrite(self, request: RewriteRequest) -> RewriteResult:
        return self.inner.rewrite(request).model_copy(update={"engine": MODEL, "usage": self._usage()})

    def reply(self, request: ReplyRequest) -> ReplyResult:
        return self.inner.reply(request).model_copy(update={"engine": MODEL, "usage": self._usage()})

    def suggest_audit(self, *args: Any) -> list[str]:
        return []


@pytest.fixture
def budget_settings(fake_tg: FakeTelegram, tmp_path: Path, sample_knowledge: Any) -> Any:
    return make_settings(fake_tg, tmp_path / "data", sample_knowledge, budget_user_daily="1000",
                         budget_reserve_tokens=100)


@pytest.fixture
def engine() -> MeteredEngine:
    return MeteredEngine(tokens=300)


@pytest.fixture
async def capped_bot(fake_tg: FakeTelegram, budget_settings: Any, engine: MeteredEngine) -> Any:
    harness = await BotHarness(fake_tg, budget_settings, make_service(budget_settings, engine)).start()
    yield harness
    await harness.stop()


async def balas(bot: BotHarness, fake: FakeTelegram) -> Any:
    mark = bot.send(text_message(USER, USER, f"/balas {COMMENT}"))
    head = await fake.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark)
    await fake.wait_for("sendMessage", lambda c: "Sumber:" in c.text, after=mark)  # the last message
    jobs = bot.app.bot_data.runtime.jobs
    for _ in range(100):  # and the chat's slot is free again
        if not await jobs.busy(USER):
            break
        await asyncio.sleep(0.02)
    return head


async def admin_says(bot: BotHarness, fake: FakeTelegram, text: str, expect: str) -> Any:
    mark = bot.send(text_message(ADMIN, ADMIN, text))
    return await fake.wait_for("sendMessage", lambda c: c.chat_id == ADMIN and expect in c.text, after=mark)


def alerts(fake: FakeTelegram) -> list[str]:
    return [t for t in fake.chat_texts(ADMIN) if "dari batas harian" in t and "Pemakaian model pengguna" in t]


async def test_caps_cross_80_and_100_then_admins_reset_and_raise(
    capped_bot: BotHarness, fake_tg: FakeTelegram, budget_settings: Any, engine: MeteredEngine
) -> None:
    for _ in range(2):
        await balas(capped_bot, fake_tg)
    assert alerts(fake_tg) == []  # 600 of 1000
    await balas(capped_bot, fake_tg)  # 900: the admins are told, once
    await fake_tg.wait_until(lambda: len(alerts(fake_tg)) == 1)
    (warning,) = alerts(fake_tg)
    assert warning.startswith("⚠️") and f"pengguna {USER}" in warning and "90% dari batas harian" in warning
    assert "900 token dari 1.000 token" in warning and "/anggaran" in warning

    await balas(capped_bot, fake_tg)  # 900 + a reservation of 100 fits; 1200 spent: full
    await fake_tg.wait_until(lambda: len(alerts(fake_tg)) == 2)
    assert alerts(fake_tg)[1].startswith("⛔") and "mesin offline" in alerts(fake_tg)[1]

    calls = engine.calls
    head = await balas(capped_bot, fake_tg)  # over the cap: the offline engine, with the notice
    assert engine.calls == calls
    assert "Batas pemakaian model harian Anda (1.000 token) sudah tercapai" in head.text
    assert len(alerts(fake_tg)) == 2  # nothing more for the admins

    shown = await admin_says(capped_bot, fake_tg, "/anggaran", "Anggaran pemakaian model")
    assert "1.000 token (HUMASBOT_BUDGET_USER_DAILY)" in shown.text and f"{USER}: 1.200 token" in shown.text
    assert "120% dari batas" in shown.text

    await admin_says(capped_bot, fake_tg, "/anggaran reset", "dinolkan")
    head = await balas(capped_bot, fake_tg)
    assert engine.calls == calls + 1 and "Batas pemakaian" not in head.text

    raised = await admin_says(capped_bot, fake_tg, "/anggaran harian 5rb", "Batas harian per pengguna sekarang")
    assert "5.000 token" in raised.text and "(diatur admin)" in raised.text
    stats = await admin_says(capped_bot, fake_tg, "/stats", "Per hari")
    assert "Anggaran pemakaian model" in stats.text
    assert f"{USER}: 300 token" in stats.text and "6% dari batas" in stats.text

    # a restart keeps the admin's cap and today's spend
    await capped_bot.stop()
    again = await BotHarness(fake_tg, budget_settings, make_service(budget_settings, engine)).start()
    try:
        shown = await admin_says(again, fake_tg, "/anggaran", "Anggaran pemakaian model")
        assert "5.000 token (diatur admin)" in shown.text and f"{USER}: 300 token" in shown.text
        back = await admin_says(again, fake_tg, "/anggaran harian bawaan", "sekarang")
        assert "1.000 token (dari pengaturan server)" in back.text
    finally:
        await again.stop()


async def test_anggaran_is_for_admins_and_bad_caps_get_a_clear_answer(
    capped_bot: BotHarness, fake_tg: FakeTelegram
) -> None:
    mark = capped_bot.send(text_message(USER, USER, "/anggaran reset"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "hanya admin" in c.text, after=mark)
    bad = await admin_says(capped_bot, fake_tg, "/anggaran harian lima", "bukan batas yang dikenal")
    assert "Cara pakai /anggaran" in bad.text
    await admin_says(capped_bot, fake_tg, "/anggaran mingguan 5", "Cara pakai /anggaran")
    monthly = await admin_says(capped_bot, fake_tg, "/anggaran bulanan 2,5usd", "sekarang")
    assert "Batas bulanan kantor sekarang: 2,5 USD" in monthly.text
    none = await admin_says(capped_bot, fake_tg, "/anggaran bulanan tanpa", "sekarang")
    assert "tanpa batas" in none.text
