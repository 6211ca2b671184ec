"""Admin handlers: /tambah (add a guideline document) and /stats (usage)."""

from __future__ import annotations

import contextlib
import re
import secrets
from pathlib import Path
from typing import Protocol, runtime_checkable

from telegram import Document, Update

from bot.errors import NotSaved
from bot.telegram_app import render
from bot.telegram_app.incoming import chat_of, content, message_of, user_of
from bot.telegram_app.messaging import Outcome, send_html
from bot.telegram_app.runtime import HumasContext, Runtime
from bot.telegram_app.work import run_job
from bot.usage import GroupBy, UsageLog, UsageTotal, format_totals

ADMINS_ONLY = "Maaf, hanya admin yang bisa memakai perintah ini."
SEND_FILE = "Kirim berkas pedoman (PDF, DOCX, MD atau TXT) sekarang; saya akan menambahkannya ke basis pengetahuan."
NOT_FOR_DRAFTS = (
    "Berkas tidak dibaca sebagai draf. Salin teksnya ke pesan, atau (admin) kirim berkas dengan caption "
    "/tambah untuk menambah pedoman."
)
AWAITING = "awaiting_upload"
UPLOAD_NOT_SAVED = (
    "Berkas {name} tidak tersimpan: folder unggahan tidak bisa ditulis ({reason}). "
    "Basis pengetahuan tidak berubah; minta admin server memeriksa folder data."
)


@runtime_checkable
class UsageTotals(Protocol):
    """A usage log that can sum itself up (`UsageLog`, `RedisUsageLog`)."""

    def totals(self, group_by: GroupBy = "day") -> list[UsageTotal]: ...


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^\w.\- ]+", "_", Path(name).name).strip(" .") or "dokumen"
    return stem[-120:]


async def tambah(update: Update, context: HumasContext) -> None:
    """/tambah: admins add a guideline document (sent next, or replied to)."""
    user = user_of(update)
    message = message_of(update)
    if not context.runtime.is_admin(user.id):
        await message.reply_text(ADMINS_ONLY)
        return
    replied = message.reply_to_message
    if replied and replied.document:
        await _ingest(update, context, replied.document)
        return
    context.chat_state[AWAITING] = user.id
    await message.reply_text(SEND_FILE)


async def document(update: Update, context: HumasContext) -> None:
    """A document: ingested when an admin sent it with /tambah (caption, or just before)."""
    message = message_of(update)
    user = user_of(update)
    wanted = content(message).startswith("/tambah") or context.chat_state.get(AWAITING) == user.id
    if not wanted:
        await message.reply_text(NOT_FOR_DRAFTS)
        return
    if not context.runtime.is_admin(user.id):
        await message.reply_text(ADMINS_ONLY)
        return
    if message.document is None:  # the handler's filter (filters.Document.ALL) lets only documents in
        raise LookupError(f"update {update.update_id} carries no document")
    context.chat_state.pop(AWAITING, None)
    await _ingest(update, context, message.document)


async def _ingest(update: Update, context: HumasContext, doc: Document) -> None:
    service = context.service
    name = _safe_name(doc.file_name or "dokumen")
    service.check_upload(name, doc.file_size)  # type and declared size, before anything is fetched
    target = context.settings.uploads_dir / name

    async def compute() -> Outcome:
        # Downloaded under a hidden name and checked before it takes the target's place: a bad
        # upload never replaces a good guideline of the same name, and is not left behind.
        incoming = target.with_name(f".{secrets.token_hex(4)}-{name}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            telegram_file = await doc.get_file()
            await telegram_file.download_to_drive(incoming)
            await context.run_blocking(service.check_upload, name, downloaded=incoming)
            incoming.replace(target)
        except OSError as err:  # the uploads folder cannot be written: nothing was added
            raise NotSaved(UPLOAD_NOT_SAVED.format(name=name, reason=err.strerror or type(err).__name__)) from err
        finally:
            with contextlib.suppress(OSError):
                incoming.unlink(missing_ok=True)
        report = await context.run_blocking(service.ingest, [target])
        lines = [f"✅ {name} masuk basis pengetahuan: {report.added} potongan ditambahkan."]
        if report.added == 0:
            lines.append("Isinya sudah ada sebelumnya, tidak ada potongan baru.")
        lines.extend(f"⚠️ {error}" for error in report.errors)
        return Outcome(render.pack([render.Block(line) for line in lines]))

    await run_job(update, context, compute, reply_to=message_of(update).message_id)


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
    return f"{by_day}\n\n{by_user}"
