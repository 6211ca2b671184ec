"""Who may use the bot. Checked first (handler group -1): an unknown user costs nothing."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.settings import Settings
from bot.telegram_app.incoming import mentions_bot, replies_to_bot
from bot.telegram_app.runtime import HumasContext

log = logging.getLogger(__name__)

REFUSAL = (
    "Maaf, bot ini hanya untuk petugas humas yang terdaftar. "
    "Minta admin menambahkan ID Telegram Anda: {user_id}."
)


def is_allowed(settings: Settings, user_id: int, chat_id: int | None, private: bool) -> bool:
    if user_id in settings.admin_ids or settings.open_mode:
        return True
    if user_id in settings.allowed_user_ids:
        return True
    return not private and chat_id is not None and chat_id in settings.allowed_chat_ids


def _addressed(update: Update) -> bool:
    """Whether the update asks the bot something (so a refusal is not spam in a group)."""
    message = update.effective_message
    if update.callback_query or update.effective_chat is None or update.effective_chat.type == "private":
        return True
    if message is None:
        return False
    return bool(message.text and message.text.startswith("/")) or mentions_bot(message) or replies_to_bot(message)


async def gate(update: Update, context: HumasContext) -> None:
    """Stop every update from a user who is not allowed, before any other handler runs."""
    user = update.effective_user
    chat = update.effective_chat
    if user is not None and is_allowed(
        context.settings, user.id, chat.id if chat else None, chat is None or chat.type == "private"
    ):
        return
    if user is not None:
        log.info("refused user %s in chat %s", user.id, chat.id if chat else None)
        text = REFUSAL.format(user_id=user.id)
        if update.callback_query:
            await update.callback_query.answer(text, show_alert=True)
        elif update.effective_message and _addressed(update):
            await update.effective_message.reply_text(text)
    raise ApplicationHandlerStop
