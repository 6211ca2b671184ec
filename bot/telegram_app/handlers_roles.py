"""/antrian (what waits for an approver), /peran (admins: approvers of a group) and /arsip (admins:
the archive as a CSV file).

Telegram gives a bot no way to turn an @username into a user id. `/peran setuju` therefore takes
a numeric id, a reply to the person's message, a mention picked from the member list (which
carries the user), or an @username the bot has seen writing in that group (`remember_names`
keeps them per chat).
"""

from __future__ import annotations

import html
from datetime import datetime

from telegram import Message, MessageEntity, Update
from telegram.ext import CommandHandler, TypeHandler, filters

from bot.errors import BadInput
from bot.telegram_app import render
from bot.telegram_app import render_approval as view
from bot.telegram_app.incoming import chat_of, message_of, user_of
from bot.telegram_app.messaging import send_html
from bot.telegram_app.runtime import HumasApplication, HumasContext
from bot.workflow import export
from bot.workflow.models import EVERY_CHAT, Person

#: chat_data key: usernames seen in a group and their ids (for `/peran setuju @user`).
NAMES = "usernames"
MAX_NAMES = 500
#: After the handlers of group 0, before the late ones.
NAMES_GROUP = 50
ADMINS_ONLY = "Maaf, hanya admin yang bisa memakai perintah ini."
PERAN_USAGE = (
    "Cara pakai: <code>/peran</code> (daftar), <code>/peran setuju @user</code> atau <code>/peran setuju "
    "&lt;id&gt;</code>, <code>/peran hapus @user</code>. Di grup berlaku untuk grup itu; di chat pribadi "
    "untuk semua obrolan. Bisa juga membalas (reply) pesan orangnya dengan <code>/peran setuju</code>."
)
UNKNOWN_NAME = (
    "Saya belum mengenal {name} di obrolan ini (Telegram tidak memberi ID dari @username). Minta dia "
    "mengirim pesan di grup ini dulu, balas (reply) pesannya dengan /peran setuju, atau tulis ID-nya."
)
EMPTY_QUEUE = "Tidak ada ajuan yang menunggu persetujuan Anda."
ARCHIVE_SENT = "📄 Arsip persetujuan dikirim ke chat pribadi Anda."
ARCHIVE_USAGE = "Cara pakai: /arsip [dari] [sampai], tanggal 2026-12-01 atau 01/12/2026."


async def antrian(update: Update, context: HumasContext) -> None:
    """/antrian: the requests waiting for this approver, the longest waiting first, with their age."""
    waiting = await context.run_blocking(context.desk.queue, user_of(update).id)
    chat_id = chat_of(update).id
    if not waiting:
        await send_html(context.bot, chat_id, html.escape(EMPTY_QUEUE, quote=False))
        return
    title = f"⏳ {len(waiting)} ajuan menunggu persetujuan (terlama dulu)"
    for text in render.list_messages(title, view.queue_lines(waiting)):
        await send_html(context.bot, chat_id, text)


async def peran(update: Update, context: HumasContext) -> None:
    """/peran [setuju|hapus <siapa>]: an admin grants or revokes an approver here; without words, the list."""
    desk = context.desk
    admin = user_of(update)
    message = message_of(update)
    if not await context.run_blocking(desk.is_admin, admin.id):
        await message.reply_text(ADMINS_ONLY)
        return
    chat = chat_of(update)
    scope = EVERY_CHAT if chat.type == chat.PRIVATE else chat.id
    words = (context.args or [])
    action = words[0].lower() if words else ""
    if action not in ("setuju", "hapus"):
        if action:
            await send_html(context.bot, chat.id, PERAN_USAGE)
            return
        await send_html(context.bot, chat.id, await _roles_text(context, scope))
        return
    who = _target(message, words[1:], context.chat_state)
    me = Person(id=admin.id, name=admin.full_name)
    where = "di semua obrolan" if scope == EVERY_CHAT else "di grup ini"
    if action == "setuju":
        await context.run_blocking(desk.grant, me, "approver", who, scope)
        done = f"✅ {who.label} ({who.id}) sekarang penyetuju {where}."
    elif await context.run_blocking(desk.revoke, me, "approver", who, scope):
        done = f"✅ {who.label} ({who.id}) bukan lagi penyetuju {where}."
    else:
        done = f"{who.label} ({who.id}) memang bukan penyetuju yang diberikan lewat /peran di sini."
    await send_html(context.bot, chat.id, html.escape(done, quote=False))


async def _roles_text(context: HumasContext, scope: int) -> str:
    desk = context.desk
    grants = await context.run_blocking(desk.grants_in, scope)
    lines = [f"• {g.user.label} ({g.user.id}): {'penyetuju' if g.role == 'approver' else 'admin'}"
             f"{' di semua obrolan' if g.chat_id == EVERY_CHAT else ''}" for g in grants]
    lines += [f"• {i}: penyetuju (HUMASBOT_APPROVER_IDS)" for i in sorted(desk.approver_ids)]
    if not lines:
        lines = ["Belum ada penyetuju: ajuan dikirim ke admin."]
    return "\n".join(render.list_messages("Peran persetujuan", lines)[:1]) + "\n\n" + PERAN_USAGE


def _target(message: Message, words: list[str], chat_state: dict[str, object]) -> Person:
    """Who `/peran setuju|hapus` is about (see the module docstring); BadInput when unclear."""
    replied = message.reply_to_message
    if not words and replied is not None and replied.from_user is not None and not replied.from_user.is_bot:
        return Person(id=replied.from_user.id, name=replied.from_user.full_name)
    for entity in message.entities:
        if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None:
            return Person(id=entity.user.id, name=entity.user.full_name)
    if not words:
        raise BadInput(html.unescape(PERAN_USAGE.replace("<code>", "").replace("</code>", "")))
    word = words[0]
    if word.lstrip("-").isdigit():
        return Person(id=int(word))
    name = word.lstrip("@").lower()
    known = chat_state.get(NAMES)
    if isinstance(known, dict) and name in known:
        return Person(id=int(known[name]), name=f"@{name}")
    raise BadInput(UNKNOWN_NAME.format(name=word if word.startswith("@") else f"@{word}"))


async def arsip(update: Update, context: HumasContext) -> None:
    """/arsip [dari] [sampai]: the archive as CSV (UTF-8 with BOM), sent to the admin's private chat."""
    desk = context.desk
    admin = user_of(update)
    if not await context.run_blocking(desk.is_admin, admin.id):
        await message_of(update).reply_text(ADMINS_ONLY)
        return
    words = context.args or []
    if len(words) > 2:
        raise BadInput(ARCHIVE_USAGE)
    since = export.parse_day(words[0], "awal") if words else None
    until = export.parse_day(words[1], "akhir") if len(words) > 1 else None
    low, high = export.day_bounds(since, until, desk.tz)
    events = await context.run_blocking(desk.archive, low, high)
    data = await context.run_blocking(export.to_csv, events, desk.tz)
    stamp = datetime.now(desk.tz).strftime("%Y%m%d-%H%M")
    caption = f"Arsip persetujuan: {len(events)} peristiwa."
    await context.bot.send_document(admin.id, data, filename=f"arsip-persetujuan-{stamp}.csv", caption=caption)
    chat = chat_of(update)
    if chat.id != admin.id:
        await message_of(update).reply_text(ARCHIVE_SENT)


async def remember_names(update: Update, context: HumasContext) -> None:
    """Keep the @username and id of whoever writes in a group, for `/peran setuju @user`."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or chat.type == chat.PRIVATE or not user.username or context.chat_data is None:
        return
    names = context.chat_data.setdefault(NAMES, {})
    name = user.username.lower()
    if names.get(name) != user.id:
        names.pop(name, None)
        while len(names) >= MAX_NAMES:
            del names[next(iter(names))]
        names[name] = user.id


def add_handlers(application: HumasApplication) -> None:
    fresh = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("antrian", antrian, filters=fresh))
    application.add_handler(CommandHandler("peran", peran, filters=fresh))
    application.add_handler(CommandHandler("arsip", arsip, filters=fresh))
    application.add_handler(TypeHandler(Update, remember_names), group=NAMES_GROUP)
