"""Spending caps in Telegram: `/anggaran` for admins, and the caps' alerts delivered to them.

The core (`bot/core/budget.py`) queues an alert in the state store the first time a user's day or
the office's month reaches 80 % and 100 % of its cap; `deliver_alerts`, a late handler, hands the
queued ones to every admin after an update (at once when this process raised one, else at most
once a minute: another process or the CLI may have).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from bot.budget_caps import parse_cap
from bot.core.budget import BudgetGuard
from bot.core.budget_store import CapName
from bot.telegram_app import render
from bot.telegram_app.incoming import chat_of, message_of, user_of
from bot.telegram_app.messaging import send_html
from bot.telegram_app.runtime import HumasContext, Runtime

log = logging.getLogger(__name__)

#: After every other late handler (state.announce_after_update runs in group 200).
ALERT_GROUP = 210
ADMINS_ONLY = "Maaf, hanya admin yang bisa memakai perintah ini."
KINDS: dict[str, CapName] = {"harian": "user_daily", "bulanan": "monthly"}
DEFAULT_WORDS = frozenset({"bawaan", "default"})
USAGE = (
    "Cara pakai /anggaran:\n"
    "/anggaran — lihat batas dan pemakaian\n"
    "/anggaran harian <batas> — batas per pengguna per hari\n"
    "/anggaran bulanan <batas> — batas kantor per bulan\n"
    "/anggaran reset — nolkan pemakaian hari ini dan bulan ini\n"
    "Batas: jumlah token (200000, 200rb, 1,5jt) atau perkiraan biaya (5usd); "
    "'tanpa' untuk tanpa batas, 'bawaan' untuk nilai dari pengaturan server."
)
NO_BUDGET = "Batas pemakaian tidak tersedia di bot ini."
SET = "✅ Batas {what} sekarang: {cap}."
RESET = "✅ Pemakaian hari ini dan bulan ini dinolkan; model dipakai lagi sampai batas tercapai."
WHAT = {"user_daily": "harian per pengguna", "monthly": "bulanan kantor"}


async def anggaran(update: Update, context: HumasContext) -> None:
    """/anggaran [harian|bulanan <batas>|reset]: the caps and the spend against them (admins)."""
    message = message_of(update)
    if not context.runtime.is_admin(user_of(update).id):
        await message.reply_text(ADMINS_ONLY)
        return
    guard = context.service.budget
    if guard is None:
        await message.reply_text(NO_BUDGET)
        return
    words = [w.lower() for w in context.args or []]
    if words == ["reset"]:
        await context.run_blocking(guard.reset)
        text = RESET
    elif len(words) >= 2 and words[0] in KINDS:
        name, spec = KINDS[words[0]], " ".join(words[1:])
        try:
            cap = None if spec in DEFAULT_WORDS else parse_cap(spec)
        except ValueError as err:
            await message.reply_text(f"{str(err)[:1].upper()}{str(err)[1:]}.\n\n{USAGE}")
            return
        state = await context.run_blocking(guard.set_cap, name, cap, default=spec in DEFAULT_WORDS)
        shown = state.cap.text() if state.cap else "tanpa batas"
        text = SET.format(what=WHAT[name], cap=shown + (" (dari pengaturan server)" if state.source == "env" else ""))
    elif words:
        await message.reply_text(USAGE)
        return
    else:
        text = ""
    report = await context.run_blocking(lambda: guard.report().text())
    blocks = ([render.Block(text)] if text else []) + [render.Block(report, "pre")]
    for part in render.pack(blocks):
        await send_html(context.bot, chat_of(update).id, part)


def budget_text(rt: Runtime) -> str:
    """The caps and the spend against them as plain text, for /stats (blocking: reads the store)."""
    guard: BudgetGuard | None = rt.service.budget
    return guard.report().text() if guard is not None else ""


async def deliver_alerts(update: object, context: HumasContext) -> None:
    """A late handler: hand the queued cap alerts to every admin."""
    guard = context.service.budget
    if guard is None or not guard.alerts_due():
        return
    try:
        texts = await context.run_blocking(guard.take_alerts)
    except Exception:  # the store may be down: the alerts stay queued for the next look
        log.exception("budget: could not read the alerts")
        return
    for text in texts:
        for admin in context.settings.admin_ids:
            try:
                await context.bot.send_message(admin, text)
            except TelegramError as err:  # an admin who never opened the bot cannot be written to
                log.warning("could not tell admin %s about a spending cap: %s", admin, err)
