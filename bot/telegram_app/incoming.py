"""What the user gave us: the parts of an update, the input text of a message, and whether a
group message is for us."""

from __future__ import annotations

import re

from telegram import CallbackQuery, Chat, Message, MessageEntity, Update, User
from telegram.ext import filters

_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")


# --- the parts of an update ----------------------------------------------------------------
# `Update.effective_*` are Optional because an update may be of any kind; a handler is registered
# for kinds that have the part it reads (a CommandHandler's update has a message, a chat and a
# user; access.gate stops updates without a user). These say so once, for the type checker, and
# fail loudly (to the error handler) if a handler is ever registered for the wrong kind.


def message_of(update: Update) -> Message:
    if update.effective_message is None:
        raise LookupError(f"update {update.update_id} carries no message")
    return update.effective_message


def chat_of(update: Update) -> Chat:
    if update.effective_chat is None:
        raise LookupError(f"update {update.update_id} comes from no chat")
    return update.effective_chat


def user_of(update: Update) -> User:
    if update.effective_user is None:
        raise LookupError(f"update {update.update_id} comes from no user")
    return update.effective_user


def query_of(update: Update) -> CallbackQuery:
    if update.callback_query is None:
        raise LookupError(f"update {update.update_id} is no button press")
    return update.callback_query


# --- the text of a message -----------------------------------------------------------------


def content(message: Message | None) -> str:
    """The text or caption of a message ('' when it has neither)."""
    if message is None:
        return ""
    return message.text or message.caption or ""


def after_command(message: Message) -> str:
    """What follows the command (newlines kept); else the replied-to message's text or caption."""
    own = _COMMAND.sub("", content(message), count=1).strip()
    return own or content(message.reply_to_message).strip()


def without_mention(message: Message, username: str) -> str:
    """The text after `@username`; else the replied-to message's text (for a bare mention)."""
    text = content(message)
    mention = f"@{username}".lower()
    for entity, value in _mentions(message).items():
        if value.lower() == mention:
            start = _py_offset(text, entity.offset)
            end = start + len(value)
            own = (text[end:].strip() or text[:start].strip()).lstrip(":,").strip()
            return own or content(message.reply_to_message).strip()
    return text.strip()


def _py_offset(text: str, utf16_offset: int) -> int:
    """Telegram counts offsets in UTF-16 units; Python indexes code points."""
    units = 0
    for index, ch in enumerate(text):
        if units >= utf16_offset:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def mentions_bot(message: Message) -> bool:
    username = message.get_bot().username
    if not username:
        return False
    wanted = f"@{username}".lower()
    return any(v.lower() == wanted for v in _mentions(message).values())


def _mentions(message: Message) -> dict[MessageEntity, str]:
    """The @mentions of the text (or caption) and what they say. Like `parse_entities`, but a
    lone surrogate in the text (possible in the JSON of an update) does not raise."""
    raw = content(message).encode("utf-16-le", "surrogatepass")
    entities = message.entities or message.caption_entities or ()
    return {
        e: raw[e.offset * 2 : (e.offset + e.length) * 2].decode("utf-16-le", "surrogatepass")
        for e in entities
        if e.type == MessageEntity.MENTION
    }


def replies_to_bot(message: Message) -> bool:
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == message.get_bot().id)


class _AddressedToBot(filters.MessageFilter):
    """A group message that mentions the bot or replies to one of its messages."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        return mentions_bot(message) or replies_to_bot(message)


ADDRESSED = _AddressedToBot(name="AddressedToBot")
PRIVATE = filters.ChatType.PRIVATE
GROUPS = filters.ChatType.GROUPS
#: Content we cannot turn into text.
UNSUPPORTED = (
    filters.Sticker.ALL | filters.VIDEO | filters.VIDEO_NOTE
    | filters.ANIMATION | filters.LOCATION | filters.VENUE | filters.CONTACT | filters.POLL
    | filters.Dice.ALL | filters.GAME | filters.STORY
)
#: A draft: text that is not a command, or a photo (its caption is the draft).
DRAFT = (filters.TEXT & ~filters.COMMAND) | filters.PHOTO
CAPTION_COMMAND = filters.PHOTO & filters.CaptionRegex(r"^/(tulis|balas|audit)(@\w+)?(\s|$)")
