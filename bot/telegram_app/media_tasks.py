"""The media jobs behind the buttons under a rewrite: infographic cards, a quiz and poll, a video script.

Like tasks.py, each job runs whole in a worker thread (drawing the cards, reading the logo file,
rendering the messages); the event loop only sends, so other chats are answered meanwhile.
"""

from __future__ import annotations

from telegram import Update

from bot.cards.cards import make_cards
from bot.telegram_app import keyboards, render_media
from bot.telegram_app.approval_results import Item, card_items, submittable, whole
from bot.telegram_app.incoming import chat_of
from bot.telegram_app.logos import read_logo
from bot.telegram_app.messaging import Outcome
from bot.telegram_app.runtime import HumasContext
from bot.telegram_app.tasks import profile_of
from bot.telegram_app.work import run_job


async def infographic(
    update: Update,
    context: HumasContext,
    key: str,
    draft: str,
    *,
    size: str = "feed",
    as_documents: bool = False,
    reply_to: int | None = None,
) -> None:
    """The draft's cards at `size` in the chat's colours and logo: one album (or one picture), then
    the notes with the buttons for files and the other sizes (kept under `key`)."""
    settings = context.settings
    profile = profile_of(context)
    chat_id = chat_of(update).id

    def work() -> tuple[Outcome, list[Item]]:
        logo = read_logo(settings, chat_id)
        cards = make_cards(draft, profile, size, logo, max_chars=settings.max_input_chars)
        outcome = Outcome(
            render_media.card_messages(cards, as_documents=as_documents),
            keyboards.card_keyboard(key, size),
            pictures=render_media.card_pictures(cards),
            as_documents=as_documents,
        )
        return outcome, card_items(cards)

    await run_job(update, context, submittable(context, chat_id, work), reply_to=reply_to)


async def quiz(update: Update, context: HumasContext, draft: str, *, reply_to: int | None = None) -> None:
    """The quiz as a Telegram quiz poll and the feedback poll, then the Story sticker texts."""
    media = context.service.media
    user_id = str(update.effective_user.id) if update.effective_user else None

    def work() -> tuple[Outcome, list[Item]]:
        result = media.quiz(draft, user_id)
        messages = render_media.quiz_messages(result)
        return Outcome(messages, polls=render_media.quiz_polls(result)), whole("quiz", messages[1:] or messages)

    await run_job(update, context, submittable(context, chat_of(update).id, work), reply_to=reply_to)


async def script(update: Update, context: HumasContext, draft: str, *, reply_to: int | None = None) -> None:
    """A 15-30 second script for TikTok, Reels and Shorts, scene by scene."""
    media = context.service.media

    def work() -> tuple[Outcome, list[Item]]:
        messages = render_media.script_messages(media.script(draft))
        return Outcome(messages), whole("script", messages)

    await run_job(update, context, submittable(context, chat_of(update).id, work), reply_to=reply_to)
