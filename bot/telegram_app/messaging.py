"""Sending and editing HTML messages, with a plain-text resend when Telegram refuses the markup."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

from telegram import (
    Bot,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError

from bot.telegram_app.render import html_to_plain

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
#: Telegram shows "typing…" for about 5 s after each chat action.
TYPING_EVERY = 4.5


@dataclass
class Outcome:
    """A finished job: HTML messages (the first replaces the placeholder), buttons under the last."""

    messages: list[str]
    keyboard: InlineKeyboardMarkup | None = None


def is_parse_error(err: BadRequest) -> bool:
    return "can't parse entities" in err.message.lower() or "can't find end" in err.message.lower()


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    return ReplyParameters(message_id, allow_sending_without_reply=True) if message_id else None


async def send_html(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | None = None,
    reply_to: int | None = None,
) -> Message:
    """Send HTML; if Telegram cannot parse it, send the same text as plain text."""
    try:
        return await bot.send_message(
            chat_id, text, parse_mode=ParseMode.HTML, reply_markup=reply_markup,
            reply_parameters=_reply_to(reply_to), link_preview_options=NO_PREVIEW,
        )
    except BadRequest as err:
        if not is_parse_error(err):
            raise
        log.warning("HTML refused in chat %s (%s); resending as plain text", chat_id, err.message)
        return await bot.send_message(
            chat_id, html_to_plain(text), reply_markup=reply_markup,
            reply_parameters=_reply_to(reply_to), link_preview_options=NO_PREVIEW,
        )


async def edit_html(message: Message, text: str, *, reply_markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit a message into HTML; plain text if refused; an unchanged text is not an error."""
    try:
        await message.edit_text(
            text, parse_mode=ParseMode.HTML, reply_markup=reply_markup, link_preview_options=NO_PREVIEW
        )
    except BadRequest as err:
        if "not modified" in err.message.lower():
            return
        if not is_parse_error(err):
            raise
        log.warning("HTML refused in chat %s (%s); editing as plain text", message.chat_id, err.message)
        await message.edit_text(html_to_plain(text), reply_markup=reply_markup, link_preview_options=NO_PREVIEW)


async def deliver(bot: Bot, placeholder: Message, outcome: Outcome) -> None:
    """Edit the placeholder into the first message, send the rest, buttons under the last."""
    first, *rest = outcome.messages or ["✅ Selesai."]
    await edit_html(placeholder, first, reply_markup=None if rest else outcome.keyboard)
    for index, text in enumerate(rest):
        last = index == len(rest) - 1
        await send_html(bot, placeholder.chat_id, text, reply_markup=outcome.keyboard if last else None)


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block ends."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
