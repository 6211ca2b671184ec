"""The media buttons under a rewrite (`md:<key>:<what>`): infographic, quiz, video script."""

from __future__ import annotations

import html

from telegram import Update

from bot.cards.slides import SIZES
from bot.telegram_app import keyboards, media_tasks, state
from bot.telegram_app.incoming import chat_of, query_of
from bot.telegram_app.messaging import send_html
from bot.telegram_app.runtime import HumasContext

MEDIA_EXPIRED = (
    "Tombol ini sudah kedaluwarsa: draf di baliknya tidak tersimpan lagi. "
    "Kirim ulang drafnya, tulis ulang, lalu pilih infografis, kuis, atau naskah video."
)


async def media(update: Update, context: HumasContext) -> None:
    """A media button: cards at a size (as photos or files), the quiz and poll, or the video script."""
    query = query_of(update)
    _, key, what = keyboards.parse(query.data or "")
    kind, _, size = what.partition("-")
    entry = state.recall(context.chat_state, key)
    known = kind in (keyboards.QUIZ, keyboards.SCRIPT) or (kind in (keyboards.CARD, keyboards.FILES) and size in SIZES)
    if entry is None or not known:
        await query.answer(MEDIA_EXPIRED)
        await send_html(context.bot, chat_of(update).id, html.escape(MEDIA_EXPIRED, quote=False))
        return
    await query.answer()
    draft = str(entry["text"])
    reply_to = query.message.message_id if query.message else None
    if kind == keyboards.QUIZ:
        await media_tasks.quiz(update, context, draft, reply_to=reply_to)
    elif kind == keyboards.SCRIPT:
        await media_tasks.script(update, context, draft, reply_to=reply_to)
    else:
        await media_tasks.infographic(
            update, context, key, draft, size=size, as_documents=kind == keyboards.FILES, reply_to=reply_to
        )
