"""Handlers for the work itself: drafts, /tulis /balas /audit, the buttons, /batal."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.core.inputs import Task as TaskName
from bot.core.inputs import clean_for, clean_for_any
from bot.core.models import Tone
from bot.telegram_app import handlers_inputs, keyboards, state, tasks
from bot.telegram_app.incoming import after_command, chat_of, content, message_of, query_of, without_mention
from bot.telegram_app.messaging import send_html
from bot.telegram_app.runtime import HumasContext
from bot.telegram_app.work import BUSY

ASK = "Mau diapakan teks ini?"
EXPIRED = "Data sudah kedaluwarsa, kirim ulang teksnya."
NO_TEXT = (
    "Tulis teksnya setelah perintah, misalnya <code>/tulis Draf rilis…</code>, "
    "atau balas (reply) pesan berisi draf dengan perintah itu."
)
TONES: dict[str, Tone] = {keyboards.FORMAL: "formal", keyboards.CASUAL: "casual"}
#: A task run on a command's text (tasks.rewrite, tasks.reply, tasks.audit).
Task = Callable[..., Awaitable[None]]


def _checked(context: HumasContext, text: str, task: TaskName | None) -> str:
    """The text, cleaned by the core's own check for `task` (None: a task chosen later); BadInput (empty,
    symbols only, too long) before any work is queued, so the bot refuses exactly what the service would."""
    limit = context.settings.max_input_chars
    return clean_for_any(text, max_chars=limit) if task is None else clean_for(task, text, max_chars=limit)


async def draft(update: Update, context: HumasContext) -> None:
    """A pasted, forwarded or captioned text without a command: ask what to do with it."""
    message = message_of(update)
    chat = chat_of(update)
    if chat.type == chat.PRIVATE:
        text = content(message)
    else:
        text = without_mention(message, context.bot.username)
    if message.photo and not text.strip():  # in a group, a photo whose caption is only the mention
        await handlers_inputs.photo(update, context)
        return
    if await context.runtime.jobs.busy(chat.id):
        await message.reply_text(BUSY)
        return
    key = state.remember(context.chat_state, {"task": "draft", "text": _checked(context, text, None)})
    await message.reply_text(ASK, reply_markup=keyboards.draft_keyboard(key))


async def tulis(update: Update, context: HumasContext) -> None:
    """/tulis [teks]: rewrite for the profile's platforms."""
    await _command(update, context, tasks.rewrite, "rewrite")


async def balas(update: Update, context: HumasContext) -> None:
    """/balas [komentar]: suggest replies to a citizen's comment."""
    await _command(update, context, tasks.reply, "reply")


async def audit(update: Update, context: HumasContext) -> None:
    """/audit [caption]: check a caption against the guidelines."""
    await _command(update, context, tasks.audit, "audit")


async def _command(update: Update, context: HumasContext, task: Task, name: TaskName) -> None:
    """Run `task` on the command's text; a bare command on a photo, a screenshot, a voice note or a
    file (its own, or the message it replies to) reads that first, then runs on what was read."""
    message = message_of(update)
    reply_to = message.message_id

    async def run(text: str) -> None:
        await task(update, context, _checked(context, text, name), reply_to=reply_to)

    text = after_command(message)
    if text:
        await run(text)
        return
    for source in (message, message.reply_to_message):
        if source is not None and await handlers_inputs.read_file_of(update, context, source, then=run):
            return
    await send_html(context.bot, chat_of(update).id, NO_TEXT)


async def caption_command(update: Update, context: HumasContext) -> None:
    """A photo whose caption starts with /tulis, /balas or /audit."""
    command = content(message_of(update)).split()[0].split("@")[0].lstrip("/")
    await {"tulis": tulis, "balas": balas, "audit": audit}[command](update, context)


async def draft_action(update: Update, context: HumasContext) -> None:
    """A button of the draft keyboard: rewrite for a platform, suggest replies, or audit."""
    query = query_of(update)
    await query.answer()
    action, key, arg = keyboards.parse(query.data or "")
    entry = state.recall(context.chat_state, key)
    if entry is None:
        await send_html(context.bot, chat_of(update).id, EXPIRED)
        return
    reply_to = query.message.message_id if query.message else None
    if action == keyboards.REWRITE:
        await tasks.rewrite(update, context, entry["text"], platforms=[arg], reply_to=reply_to)
    elif action == keyboards.REPLY:
        await tasks.reply(update, context, entry["text"], reply_to=reply_to)
    else:
        await tasks.audit(update, context, entry["text"], reply_to=reply_to)


async def variant(update: Update, context: HumasContext) -> None:
    """A button under a result: another version, more formal, more casual, or shorter."""
    query = query_of(update)
    await query.answer()
    _, key, arg = keyboards.parse(query.data or "")
    entry = state.recall(context.chat_state, key)
    if entry is None:
        await send_html(context.bot, chat_of(update).id, EXPIRED)
        return
    tone = TONES.get(arg, entry.get("tone"))
    reply_to = query.message.message_id if query.message else None
    if entry["task"] == "reply":
        await tasks.reply(update, context, entry["text"], tone=tone, reply_to=reply_to)
        return
    brief = entry.get("brief", False) or arg == keyboards.SHORTER
    variant = entry.get("variant", 0) + (1 if arg == keyboards.AGAIN else 0)
    await tasks.rewrite(
        update,
        context,
        entry["text"],
        platforms=entry.get("platforms"),
        tone=tone,
        brief=brief,
        variant=variant,
        reply_to=reply_to,
    )


async def batal(update: Update, context: HumasContext) -> None:
    """/batal: cancel this chat's running request."""
    message = message_of(update)
    if await context.runtime.jobs.cancel(chat_of(update).id):
        await message.reply_text("Permintaan dibatalkan.")
    else:
        await message.reply_text("Tidak ada permintaan yang sedang berjalan.")
