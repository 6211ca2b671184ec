"""Who may use the bot, and who may change a group's profile.

Access is checked first (handler group -1): an unknown user costs nothing. A stranger is refused
at most once per period in a chat, silently after that (`throttle.Refusals`): forty /start from
one stranger in a group would otherwise spend Telegram's per-group budget, and the officer's
answers would wait behind the refusals. A command addressed to another bot (`/start@other_bot`)
is not ours and gets nothing.
"""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import ChatMember, Message, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.settings import Settings
from bot.telegram_app.incoming import chat_of, mentions_bot, replies_to_bot, user_of
from bot.telegram_app.runtime import HumasContext

log = logging.getLogger(__name__)

REFUSAL = (
    "Maaf, bot ini hanya untuk petugas humas yang terdaftar. "
    "Minta admin menambahkan ID Telegram Anda: {user_id}."
)
PROFILE_ADMINS_ONLY = (
    "Maaf, profil grup ini hanya bisa diubah oleh admin grup atau admin HumasBot. "
    "Anda tetap bisa melihatnya dengan /profil."
)
ADMIN_CHECK_FAILED = (
    "Maaf, saya belum bisa memeriksa apakah Anda admin grup ini (Telegram tidak menjawab). "
    "Tidak ada yang diubah; coba lagi sebentar lagi."
)
_COMMAND_TARGET = re.compile(r"^/[A-Za-z0-9_]+@([A-Za-z0-9_]+)")


def is_allowed(settings: Settings, user_id: int, chat_id: int | None, private: bool) -> bool:
    if user_id in settings.admin_ids or settings.open_mode:
        return True
    if user_id in settings.allowed_user_ids or user_id in settings.approver_ids:
        return True
    return not private and chat_id is not None and chat_id in settings.allowed_chat_ids


def for_another_bot(message: Message) -> bool:
    """A command addressed by name to a bot that is not this one (`/start@other_bot`)."""
    found = _COMMAND_TARGET.match(message.text or message.caption or "")
    own = message.get_bot().username
    return found is not None and (not own or found.group(1).lower() != own.lower())


def _addressed(update: Update) -> bool:
    """Whether the update asks this bot something (so a refusal is not spam in a group)."""
    message = update.effective_message
    if update.callback_query:
        return True
    if message is None or update.effective_chat is None:
        return False
    if update.effective_chat.type == "private":
        return True
    return bool(message.text and message.text.startswith("/")) or mentions_bot(message) or replies_to_bot(message)


async def gate(update: Update, context: HumasContext) -> None:
    """Stop every update from a user who is not allowed, and every command for another bot,
    before any other handler runs."""
    user = update.effective_user
    chat = update.effective_chat
    if update.effective_message is not None and for_another_bot(update.effective_message):
        raise ApplicationHandlerStop
    if user is not None and is_allowed(
        context.settings, user.id, chat.id if chat else None, chat is None or chat.type == "private"
    ):
        return
    desk = context.runtime.desk
    if user is not None and desk is not None and (chat is None or chat.type == "private" or update.callback_query):
        # an approver granted with /peran decides in their own chat (or by a button) without being staff
        if await asyncio.to_thread(desk.has_role, user.id):
            return
    if user is not None:
        text = REFUSAL.format(user_id=user.id)
        if update.callback_query:  # a button press waits for its answer; no chat message is sent
            await update.callback_query.answer(text, show_alert=True)
        elif update.effective_message and chat is not None and _addressed(update):
            if context.runtime.refusals.should_tell(chat.id, user.id):
                log.info("refused user %s in chat %s", user.id, chat.id)
                await update.effective_message.reply_text(text)
    raise ApplicationHandlerStop


async def profile_refusal(update: Update, context: HumasContext) -> str | None:
    """None when the user may change this chat's profile, else why not (Indonesian).

    In a private chat, its user may; in a group, HumasBot's admins and the group's Telegram
    administrators (asked through getChatMember). Reading a profile stays open to everyone allowed.
    """
    chat = chat_of(update)
    if chat.type == "private" or context.runtime.is_admin(user_of(update).id):
        return None
    return await _group_admin_refusal(update, context, PROFILE_ADMINS_ONLY)


async def admin_refusal(update: Update, context: HumasContext, refusal: str) -> str | None:
    """None when the user administers this chat (HumasBot's admins anywhere, a group's Telegram
    administrators in their group), else `refusal` (or why it could not be checked)."""
    chat = chat_of(update)
    if context.runtime.is_admin(user_of(update).id):
        return None
    if chat.type == "private":
        return refusal
    return await _group_admin_refusal(update, context, refusal)


async def _group_admin_refusal(update: Update, context: HumasContext, refusal: str) -> str | None:
    chat = chat_of(update)
    user = user_of(update)
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as err:
        log.warning("could not ask whether user %s administers chat %s: %s", user.id, chat.id, err)
        return ADMIN_CHECK_FAILED
    if member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR):
        return None
    log.info("user %s is no admin of chat %s", user.id, chat.id)
    return refusal
