"""Admin handlers: /tambah (add a guideline document) and /stats (usage, and spend against the caps)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
import time
from typing import Any, Protocol, runtime_checkable

from telegram import Document, Update
from telegram.error import TelegramError

from bot.core.uploads import UploadResult
from bot.errors import NotSaved
from bot.telegram_app import handlers_inputs, keyboards, render
from bot.telegram_app.handlers_budget import budget_text
from bot.telegram_app.incoming import chat_of, content, mentions_bot, message_of, query_of, replies_to_bot, user_of
from bot.telegram_app.messaging import Outcome, send_html
from bot.telegram_app.runtime import HumasContext, Runtime
from bot.telegram_app.work import BUSY, run_job
from bot.usage import GroupBy, UsageLog, UsageTotal, format_totals

log = logging.getLogger(__name__)

#: How long the admin who sent /tambah has to send the file, and an admin to confirm a replacement.
UPLOAD_WINDOW_S = 300.0
ADMINS_ONLY = "Maaf, hanya admin yang bisa memakai perintah ini."
SEND_FILE = (
    "Kirim berkas pedoman (PDF, DOCX, MD atau TXT) dalam {minutes} menit; saya akan menambahkannya ke basis "
    "pengetahuan. Hanya berkas dari Anda di chat ini yang diterima."
)
TOO_LATE = "Waktu mengirim berkas sudah lewat. Kirim /tambah lagi, lalu berkasnya."
ASK_REPLACE = (
    "Dokumen '{name}' sudah ada di chat ini. Ganti dengan berkas yang baru? "
    "Tombol berlaku {minutes} menit, hanya untuk admin."
)
REPLACING = "Mengganti dokumen '{name}'…"
NOT_REPLACED = "Dokumen '{name}' tidak diganti."
BUTTON_EXPIRED = "Tombol ini sudah kedaluwarsa. Kirim berkasnya lagi dengan /tambah."
#: chat_data keys: who may send the file of a two-step /tambah, and until when (epoch seconds);
#: the upload waiting for an admin's "Ganti" or "Batal".
AWAITING = "awaiting_upload"
UPLOAD_NOT_SAVED = (
    "Berkas {name} tidak tersimpan: folder unggahan tidak bisa ditulis ({reason}). "
    "Basis pengetahuan tidak berubah; minta admin server memeriksa folder data."
)
PENDING = "pending_upload"


@runtime_checkable
class UsageTotals(Protocol):
    """A usage log that can sum itself up (`UsageLog`, `RedisUsageLog`)."""

    def totals(self, group_by: GroupBy = "day") -> list[UsageTotal]: ...


def _minutes() -> int:
    return round(UPLOAD_WINDOW_S / 60)


async def tambah(update: Update, context: HumasContext) -> None:
    """/tambah: admins add a guideline document (sent next, or replied to)."""
    user = user_of(update)
    message = message_of(update)
    if not context.runtime.is_admin(user.id):
        await message.reply_text(ADMINS_ONLY)
        return
    replied = message.reply_to_message
    if replied and replied.document:
        await _offer(update, context, replied.document)
        return
    context.chat_state[AWAITING] = {"user": user.id, "until": time.time() + UPLOAD_WINDOW_S}
    await message.reply_text(SEND_FILE.format(minutes=_minutes()))


async def document(update: Update, context: HumasContext) -> None:
    """A document: a guideline when an admin sent it with /tambah (as its caption, or just before, in
    this chat and in time); else a draft or an image to read (handlers_inputs). In a group, other
    documents not addressed to the bot are left alone."""
    message = message_of(update)
    user = user_of(update)
    chat = chat_of(update)
    until = _awaited_until(context.chat_state, user.id)
    in_time = until is not None and until > time.time()
    if content(message).startswith("/tambah") or in_time:
        if not context.runtime.is_admin(user.id):
            await message.reply_text(ADMINS_ONLY)
            return
        if message.document is None:  # the handler's filter (filters.Document.ALL) lets only documents in
            raise LookupError(f"update {update.update_id} carries no document")
        if in_time:
            context.chat_state.pop(AWAITING, None)
        await _offer(update, context, message.document)
    elif until is not None:
        context.chat_state.pop(AWAITING, None)
        await message.reply_text(TOO_LATE)
    elif chat.type == chat.PRIVATE or mentions_bot(message) or replies_to_bot(message):
        await handlers_inputs.document(update, context)


def _awaited_until(chat_state: dict[str, Any], user_id: int) -> float | None:
    """Until when this chat waits for a file from `user_id` (after their /tambah); None: it does not."""
    awaiting = chat_state.get(AWAITING)
    if isinstance(awaiting, dict) and awaiting.get("user") == user_id:
        return float(awaiting.get("until", 0))
    return None


async def _offer(update: Update, context: HumasContext, doc: Document) -> None:
    """Add `doc`, or ask an admin first when it would replace this chat's document of the same name."""
    service = context.service
    message = message_of(update)
    name = service.uploads.safe_name(doc.file_name)
    service.check_upload(name, doc.file_size)  # type and declared size, before anything is fetched
    if service.uploads.exists(chat_of(update).id, name):
        key = secrets.token_urlsafe(6)
        context.chat_state[PENDING] = {
            "key": key, "file_id": doc.file_id, "name": name, "until": time.time() + UPLOAD_WINDOW_S,
        }
        await message.reply_text(
            ASK_REPLACE.format(name=name, minutes=_minutes()), reply_markup=keyboards.replace_keyboard(key)
        )
        return
    await _ingest(update, context, doc.file_id, name, replace=False, reply_to=message.message_id)


async def confirm_replace(update: Update, context: HumasContext) -> None:
    """The "Ganti" or "Batal" button under a same-name upload: an admin's answer, once, in time."""
    query = query_of(update)
    _, key, answer = keyboards.parse(query.data or "")
    if not context.runtime.is_admin(user_of(update).id):
        await query.answer(ADMINS_ONLY, show_alert=True)
        return
    pending = context.chat_state.get(PENDING)
    if not (isinstance(pending, dict) and pending.get("key") == key and float(pending.get("until", 0)) > time.time()):
        await query.answer(BUTTON_EXPIRED, show_alert=True)
        return
    if await context.runtime.jobs.busy(chat_of(update).id):  # the question stays: press again afterwards
        await query.answer(BUSY, show_alert=True)
        return
    context.chat_state.pop(PENDING, None)
    await query.answer()
    name = str(pending["name"])
    replace = answer == keyboards.REPLACE
    try:  # the buttons go; the answer stays readable
        await query.edit_message_text((REPLACING if replace else NOT_REPLACED).format(name=name))
    except TelegramError as err:
        log.info("could not edit the replace question: %s", err)
    if replace:
        reply_to = query.message.message_id if query.message else None
        await _ingest(update, context, str(pending["file_id"]), name, replace=True, reply_to=reply_to)


async def _ingest(
    update: Update, context: HumasContext, file_id: str, name: str, *, replace: bool, reply_to: int | None
) -> None:
    service = context.service
    owner = chat_of(update).id

    async def compute() -> Outcome:
        # Downloaded to a temporary path in the uploads folder, checked and indexed from there, and
        # moved into place only once the store took it: a bad or failed upload leaves nothing behind.
        incoming = service.uploads.incoming_path(name)  # NotSaved when the uploads folder cannot be written
        try:
            telegram_file = await context.bot.get_file(file_id)
            await telegram_file.download_to_drive(incoming)
        except BaseException as err:
            service.uploads.discard_incoming(incoming)
            if isinstance(err, OSError):
                raise NotSaved(UPLOAD_NOT_SAVED.format(name=name, reason=err.strerror or type(err).__name__)) from err
            raise
        # From here the service owns the file. /batal cancels this coroutine, not the thread: the
        # flag tells the ingest to stop at its next file or batch and undo what it wrote (shielded,
        # so the call runs even when cancelled before it started, and cleans up).
        stop = threading.Event()
        work = asyncio.ensure_future(
            context.run_blocking(service.uploads.add, incoming, owner, replace=replace, cancel=stop)
        )
        try:
            result = await asyncio.shield(work)
        except asyncio.CancelledError:
            stop.set()
            work.add_done_callback(_seen)
            raise
        return Outcome(render.pack([render.Block(line) for line in _result_lines(result)]))

    await run_job(update, context, compute, reply_to=reply_to)


def _result_lines(result: UploadResult) -> list[str]:
    report = result.report
    if result.status == "unchanged":
        lines = [f"✅ {result.name} sudah ada dengan isi yang sama; tidak ada yang berubah."]
    elif result.status == "replaced":
        lines = [
            f"✅ {result.name} diganti dengan versi baru: {report.added} potongan baru, "
            f"{report.removed} potongan lama dihapus."
        ]
    else:
        lines = [f"✅ {result.name} ditambahkan ke basis pengetahuan: {report.added} potongan."]
    lines.extend(f"⚠️ {error}" for error in report.errors)
    return lines


def _seen(task: asyncio.Future[Any]) -> None:
    """Mark the outcome of an upload whose job was cancelled as seen (it is undone, and was told)."""
    if not task.cancelled():
        task.exception()


async def stats(update: Update, context: HumasContext) -> None:
    """/stats: requests, tokens, cost and latency per day and per user (admins)."""
    if not context.runtime.is_admin(user_of(update).id):
        await message_of(update).reply_text(ADMINS_ONLY)
        return
    text = await context.run_blocking(usage_report, context.runtime)
    for message in render.pack([render.Block(text, "pre")]):
        await send_html(context.bot, chat_of(update).id, message)


def usage_report(rt: Runtime) -> str:
    """The usage tables as plain text (blocking: reads the usage log)."""
    log = rt.service.usage_log
    if not isinstance(log, UsageTotals):
        log = UsageLog(rt.settings.state_db)
    by_day = format_totals(log.totals(group_by="day"), "Per hari")
    by_user = format_totals(log.totals(group_by="user"), "Per pengguna")
    budget = budget_text(rt)
    return f"{by_day}\n\n{by_user}" + (f"\n\n{budget}" if budget else "")
