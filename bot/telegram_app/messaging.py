"""Sending and editing HTML messages, with a plain-text resend when Telegram refuses the markup."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Literal, cast

from telegram import (
    Bot,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    LinkPreviewOptions,
    Message,
    Poll,
    ReplyParameters,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError

from bot.telegram_app.render import html_to_plain

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
#: Telegram's limits: a caption, and the items of one album (`sendMediaGroup`).
CAPTION_LIMIT = 1024
ALBUM_MAX = 10
#: A quiz's correct option index as python-telegram-bot types it (Bot API 9.6: `correct_option_ids`).
OptionIndexes = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
#: Telegram shows "typing…" for about 5 s after each chat action.
TYPING_EVERY = 4.5


@dataclass(frozen=True)
class Picture:
    """An image to send: a PNG's bytes, its file name, its caption (plain text)."""

    filename: str
    data: bytes
    caption: str = ""


@dataclass(frozen=True)
class PollSpec:
    """A poll as `sendPoll` takes it: "quiz" (with its correct option and explanation) or "regular"."""

    question: str
    options: list[str]
    kind: str = "regular"
    correct_option_id: int | None = None
    explanation: str | None = None


@dataclass
class Outcome:
    """A finished job: HTML messages (the first replaces the placeholder), buttons under the last.

    `pictures` (an album, or one picture) and `polls` go out after the first message, before the rest;
    `as_documents` sends the pictures as files (uncompressed, for posting)."""

    messages: list[str]
    keyboard: InlineKeyboardMarkup | None = None
    pictures: list[Picture] = field(default_factory=list)
    as_documents: bool = False
    polls: list[PollSpec] = field(default_factory=list)


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
    """Edit the placeholder into the first message, send the pictures and polls, then the rest of the
    messages, buttons under the last."""
    first, *rest = outcome.messages or ["✅ Selesai."]
    await edit_html(placeholder, first, reply_markup=None if rest else outcome.keyboard)
    if outcome.pictures:
        await send_pictures(bot, placeholder.chat_id, outcome.pictures, as_documents=outcome.as_documents)
    for poll in outcome.polls:
        await send_poll(bot, placeholder.chat_id, poll)
    for index, text in enumerate(rest):
        last = index == len(rest) - 1
        await send_html(bot, placeholder.chat_id, text, reply_markup=outcome.keyboard if last else None)


async def send_pictures(bot: Bot, chat_id: int, pictures: list[Picture], *, as_documents: bool = False) -> None:
    """One picture as a photo (or a file), several as one album (`sendMediaGroup`, 2-10 items each)."""
    def item(picture: Picture) -> InputMediaDocument | InputMediaPhoto:
        kind = InputMediaDocument if as_documents else InputMediaPhoto
        return kind(picture.data, caption=picture.caption[:CAPTION_LIMIT] or None, filename=picture.filename)

    if len(pictures) == 1:
        only = pictures[0]
        caption = only.caption[:CAPTION_LIMIT] or None
        if as_documents:
            await bot.send_document(chat_id, only.data, filename=only.filename, caption=caption)
        else:
            await bot.send_photo(chat_id, only.data, filename=only.filename, caption=caption)
        return
    for start in range(0, len(pictures), ALBUM_MAX):
        part = pictures[start : start + ALBUM_MAX]
        if len(part) == 1:
            await send_pictures(bot, chat_id, part, as_documents=as_documents)
        else:
            await bot.send_media_group(chat_id, [item(p) for p in part])


async def send_poll(bot: Bot, chat_id: int, poll: PollSpec) -> None:
    """A quiz or a regular poll, anonymous so that it can be forwarded to a channel as it is."""
    if poll.kind == "quiz":
        correct = [cast(OptionIndexes, poll.correct_option_id)]
        await bot.send_poll(
            chat_id, poll.question, poll.options, type=Poll.QUIZ, correct_option_ids=correct,
            explanation=poll.explanation or None, is_anonymous=True,
        )
    else:
        await bot.send_poll(chat_id, poll.question, poll.options, type=Poll.REGULAR, is_anonymous=True)


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
