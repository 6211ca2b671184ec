"""Admin handlers: /tambah (add a guideline document) and /stats (usage)."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from telegram import Document, Update
from telegram.ext import ContextTypes

from bot.errors import BadInput
from bot.retrieval.loaders import SUPPORTED_SUFFIXES, load_file
from bot.telegram_app import render
from bot.telegram_app.incoming import content
from bot.telegram_app.messaging import Outcome, send_html
from bot.telegram_app.runtime import Runtime, call, runtime
from bot.telegram_app.work import run_job

ADMINS_ONLY = "Maaf, hanya admin yang bisa memakai perintah ini."
SEND_FILE = "Kirim berkas pedoman (PDF, DOCX, MD atau TXT) sekarang; saya akan menambahkannya ke basis pengetahuan."
NOT_FOR_DRAFTS = (
    "Berkas tidak dibaca sebagai draf. Salin teksnya ke pesan, atau (admin) kirim berkas dengan caption "
    "/tambah untuk menambah pedoman."
)
AWAITING = "awaiting_upload"


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^\w.\- ]+", "_", Path(name).name).strip(" .") or "dokumen"
    return stem[-120:]


async def tambah(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/tambah: admins add a guideline document (sent next, or replied to)."""
    user = update.effective_user
    if not runtime(context).is_admin(user.id):
        await update.effective_message.reply_text(ADMINS_ONLY)
        return
    replied = update.effective_message.reply_to_message
    if replied and replied.document:
        await _ingest(update, context, replied.document)
        return
    context.chat_data[AWAITING] = user.id
    await update.effective_message.reply_text(SEND_FILE)


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A document: ingested when an admin sent it with /tambah (caption, or just before)."""
    message = update.effective_message
    user = update.effective_user
    wanted = content(message).startswith("/tambah") or context.chat_data.get(AWAITING) == user.id
    if not wanted:
        await message.reply_text(NOT_FOR_DRAFTS)
        return
    if not runtime(context).is_admin(user.id):
        await message.reply_text(ADMINS_ONLY)
        return
    context.chat_data.pop(AWAITING, None)
    await _ingest(update, context, message.document)


async def _ingest(update: Update, context: ContextTypes.DEFAULT_TYPE, doc: Document) -> None:
    rt = runtime(context)
    name = _safe_name(doc.file_name or "dokumen")
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise BadInput(f"Berkas '{name}' tidak didukung. Kirim berkas PDF, DOCX, MD atau TXT.")
    limit = rt.settings.max_upload_bytes
    if doc.file_size and doc.file_size > limit:
        raise BadInput(
            f"Berkas '{name}' terlalu besar ({doc.file_size / 1_000_000:.1f} MB; batas {limit / 1_000_000:.1f} MB)."
        )
    target = rt.settings.uploads_dir / name

    async def compute() -> Outcome:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Downloaded under a hidden name and read once before it takes the target's place: a bad
        # upload never replaces a good guideline of the same name, and is not left behind.
        incoming = target.with_name(f".{secrets.token_hex(4)}-{name}")
        try:
            telegram_file = await doc.get_file()
            await telegram_file.download_to_drive(incoming)
            if incoming.stat().st_size > limit:
                raise BadInput(f"Berkas '{name}' terlalu besar (batas {limit / 1_000_000:.1f} MB).")
            await call(context, _check_upload, incoming, target, limit)
            incoming.replace(target)
        finally:
            incoming.unlink(missing_ok=True)
        report = await call(context, rt.service.ingest, [target])
        lines = [f"✅ {name} masuk basis pengetahuan: {report.added} potongan ditambahkan."]
        if report.added == 0:
            lines.append("Isinya sudah ada sebelumnya, tidak ada potongan baru.")
        lines.extend(f"⚠️ {error}" for error in report.errors)
        return Outcome(render.pack([render.Block(line) for line in lines]))

    await run_job(update, context, compute, reply_to=update.effective_message.message_id)


def _check_upload(incoming: Path, target: Path, limit: int) -> None:
    """BadInput (named after `target`) when the downloaded file is empty, broken or has no text."""
    load_file(target, max_bytes=limit, data=incoming.read_bytes())


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: requests, tokens, cost and latency per day and per user (admins)."""
    rt = runtime(context)
    if not rt.is_admin(update.effective_user.id):
        await update.effective_message.reply_text(ADMINS_ONLY)
        return
    text = await call(context, usage_report, rt)
    for message in render.pack([render.Block(text, "pre")]):
        await send_html(context.bot, update.effective_chat.id, message)


def usage_report(rt: Runtime) -> str:
    """The usage tables as plain text (blocking: reads the usage log)."""
    from bot.usage import UsageLog, format_totals

    log = rt.service.usage_log
    if not hasattr(log, "totals"):
        log = UsageLog(rt.settings.state_db)
    by_day = format_totals(log.totals(group_by="day"), "Per hari")
    by_user = format_totals(log.totals(group_by="user"), "Per pengguna")
    return f"{by_day}\n\n{by_user}"

