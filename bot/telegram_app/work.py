"""Running one request of a chat: the slot, the placeholder, "typing…", cancel, the result.

Handlers describe *what* to compute (an awaitable returning an `Outcome`); `run_job` does the
rest the same way for every task, so handlers stay one job each.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Message, Update
from telegram.error import TelegramError

from bot.errors import HumasError
from bot.logsafe import redact
from bot.telegram_app.incoming import chat_of
from bot.telegram_app.locks import CANCELLED
from bot.telegram_app.messaging import Outcome, deliver, edit_html, send_html, typing
from bot.telegram_app.runtime import HumasContext

PLACEHOLDER = "⏳ Sedang memproses…"
BUSY = "⏳ Masih memproses permintaan sebelumnya, ketik /batal untuk membatalkan."
CANCELLED_TEXT = "❌ Dibatalkan."
APOLOGY = "Maaf, terjadi kesalahan saat memproses permintaan ini. Silakan coba lagi sebentar lagi."
#: Added to an exception's notes once the user has been told; the error handler then only logs it.
REPORTED = "humasbot: user already told"


async def run_job(
    update: Update,
    context: HumasContext,
    compute: Callable[[], Coroutine[Any, Any, Outcome]],
    *,
    reply_to: int | None = None,
) -> None:
    """Run `compute` as the chat's one job, showing progress and the result in the chat."""
    chat_id = chat_of(update).id
    jobs = context.runtime.jobs
    job = await jobs.claim(chat_id)
    if job is None:
        await send_html(context.bot, chat_id, html.escape(BUSY, quote=False), reply_to=reply_to)
        return
    placeholder = None
    # The work starts now; the placeholder goes out meanwhile (under Telegram's flood limits it may
    # wait its turn, and the model call need not wait with it).
    running = asyncio.ensure_future(jobs.run(job, compute()))
    try:
        placeholder = await send_html(context.bot, chat_id, PLACEHOLDER, reply_to=reply_to)
        async with typing(context.bot, chat_id):
            outcome: Any = await running
        if outcome is CANCELLED:
            await edit_html(placeholder, CANCELLED_TEXT)
        else:
            await deliver(context.bot, placeholder, outcome)
    except HumasError as err:
        text = "⚠️ " + html.escape(redact(str(err)), quote=False)
        if placeholder is None:
            await send_html(context.bot, chat_id, text, reply_to=reply_to)
        else:
            await edit_html(placeholder, text)
    except Exception as err:
        if placeholder is not None and await _told(placeholder):
            err.add_note(REPORTED)
        raise
    finally:
        if not running.done():  # the placeholder could not be sent: the job goes with it
            running.cancel()
        running.add_done_callback(_consume)
        await jobs.release(job)


def _consume(task: asyncio.Future[Any]) -> None:
    """Mark a dropped job's outcome as seen (no "exception was never retrieved" warning)."""
    if not task.cancelled():
        task.exception()


async def _told(placeholder: Message) -> bool:
    """Turn the placeholder into the apology; False if even that fails."""
    try:
        await placeholder.edit_text(APOLOGY)
    except TelegramError:
        return False
    return True


def already_reported(err: BaseException | None) -> bool:
    return err is not None and REPORTED in getattr(err, "__notes__", ())
