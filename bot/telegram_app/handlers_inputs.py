"""Input as it comes from a phone: photos and image files without a caption (OCR), voice notes and
audio files (transcription), documents sent without /tambah (drafts).

Each is read into text in a worker thread, the text is shown to the officer, and the usual draft
buttons follow (rewrite per platform, reply suggestions, audit): the officer sees what was read
before anything is done with it. A PDF of scanned pages is offered to OCR with a button.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

from telegram import Document, Message, PhotoSize, Update
from telegram.ext import filters

from bot.core.attachments import (
    ScannedPdf,
    check_attachment,
    draft_from_document,
    draft_from_scanned_pdf,
)
from bot.core.draft_cut import cut_draft, left_out_notice
from bot.errors import BadInput
from bot.ocr import ReadImage, read_image, read_pages
from bot.telegram_app import keyboards, render_inputs, state
from bot.telegram_app.downloads import fetch
from bot.telegram_app.incoming import chat_of, message_of, query_of, user_of
from bot.telegram_app.messaging import Outcome, send_html
from bot.telegram_app.runtime import HumasContext
from bot.telegram_app.work import run_job

#: Image files read with OCR when sent as documents (besides any image/* MIME type).
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".gif")
#: Sound files transcribed when sent as documents (video containers are left to their MIME type).
AUDIO_FILE_SUFFIXES = (".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mpga")
#: A photo without a caption (with one, its caption is the draft).
UNCAPTIONED_PHOTO = filters.PHOTO & ~filters.CAPTION
#: Voice notes and audio files.
SOUND = filters.VOICE | filters.AUDIO
#: What a command does with the text read for it (None: offer the draft buttons).
Then = Callable[[str], Awaitable[None]] | None
EXPIRED_SCAN = "Tombol ini sudah kedaluwarsa. Kirim ulang PDF-nya."
WHAT_IMAGE, WHAT_AUDIO, WHAT_DOCUMENT = "Gambar", "Berkas suara", "Berkas"


def _seconds(duration: int | timedelta | None) -> float | None:
    """A voice note's length (PTB gives an int, or a timedelta under PTB_TIMEDELTA)."""
    if duration is None:
        return None
    return duration.total_seconds() if isinstance(duration, timedelta) else float(duration)


def _largest(photo: tuple[PhotoSize, ...]) -> PhotoSize:
    """The largest size Telegram offers of a photo (small text needs every pixel)."""
    return max(photo, key=lambda p: p.width * p.height)


def is_image(doc: Document) -> bool:
    """A document that is an image by its MIME type or its name."""
    mime = (doc.mime_type or "").lower()
    return mime.startswith("image/") or Path(doc.file_name or "").suffix.lower() in IMAGE_SUFFIXES


async def photo(update: Update, context: HumasContext) -> None:
    """A photo without a caption: read its text (OCR)."""
    await read_file_of(update, context, message_of(update))


async def document(update: Update, context: HumasContext) -> None:
    """A document sent without /tambah: an image is read with OCR, a sound file transcribed; DOCX, PDF,
    TXT and MD are drafts."""
    await read_file_of(update, context, message_of(update))


async def sound(update: Update, context: HumasContext) -> None:
    """A voice note or an audio file: transcribed by the configured server, then the buttons."""
    await read_file_of(update, context, message_of(update))


async def read_file_of(update: Update, context: HumasContext, message: Message, then: Then = None) -> bool:
    """Read the photo, image, sound or document that `message` carries (the update's own message, or
    the one a bare /tulis, /balas or /audit replies to); False when it carries none.

    Without `then`, the text read is shown with the draft buttons; with it (a command), the text is
    shown and `then(text)` runs the command on it right after."""
    if message.photo:
        chosen = _largest(message.photo)
        await _ocr(update, context, message, chosen.file_id, chosen.file_size, then)
    elif message.voice or message.audio:
        audio = message.voice or message.audio
        assert audio is not None
        mime = audio.mime_type or ("audio/ogg" if message.voice else None)
        filename = getattr(audio, "file_name", None) or ("voice.ogg" if message.voice else "audio")
        await _transcribe(update, context, message, audio.file_id, audio.file_size, _seconds(audio.duration),
                          mime, filename, then)
    elif message.document:
        await _document(update, context, message, message.document, then)
    else:
        return False
    return True


async def _document(update: Update, context: HumasContext, message: Message, doc: Document, then: Then) -> None:
    if is_image(doc):
        await _ocr(update, context, message, doc.file_id, doc.file_size, then)
        return
    if is_audio(doc):
        await _transcribe(update, context, message, doc.file_id, doc.file_size, None, doc.mime_type,
                          doc.file_name or "audio", then)
        return
    settings = context.settings
    name = check_attachment(doc.file_name, doc.file_size, doc.mime_type, settings)  # before any download
    file_id, declared = doc.file_id, doc.file_size
    read = Read(then)

    async def compute() -> Outcome:
        data = await fetch(context.bot, file_id, declared=declared, limit=settings.max_upload_bytes, what=WHAT_DOCUMENT)
        try:
            draft = await context.run_blocking(draft_from_document, name, data, settings)
        except ScannedPdf as scanned:
            key = state.remember(context.chat_state, {"task": "scan", "file_id": file_id, "name": name,
                                                      "size": declared})
            pages = min(scanned.pages, settings.ocr_max_pages)
            return Outcome(render_inputs.scanned_messages(str(scanned), pages), keyboards.scan_keyboard(key, pages))
        return read.outcome(context, draft.text, render_inputs.document_messages(draft, ask=then is None))

    await run_job(update, context, compute, reply_to=message.message_id)
    await read.follow()


async def scan(update: Update, context: HumasContext) -> None:
    """The "read the scanned PDF with OCR" button."""
    query = query_of(update)
    await query.answer()
    _, key, _ = keyboards.parse(query.data or "")
    entry = state.recall(context.chat_state, key)
    if entry is None or entry.get("task") != "scan":
        await send_html(context.bot, chat_of(update).id, EXPIRED_SCAN)
        return
    settings = context.settings
    file_id, name, declared = str(entry["file_id"]), str(entry["name"]), entry.get("size")

    async def compute() -> Outcome:
        data = await fetch(context.bot, file_id, declared=declared, limit=settings.max_upload_bytes, what=WHAT_DOCUMENT)
        reader = partial(read_pages, settings=settings)
        draft = await context.run_blocking(draft_from_scanned_pdf, name, data, settings, reader)
        return Read(None).outcome(context, draft.text, render_inputs.document_messages(draft))

    reply_to = query.message.message_id if query.message else None
    await run_job(update, context, compute, reply_to=reply_to)


def is_audio(doc: Document) -> bool:
    """A document that is a sound file (a recording shared as a file) by its MIME type or its name."""
    mime = (doc.mime_type or "").lower()
    return mime.startswith("audio/") or Path(doc.file_name or "").suffix.lower() in AUDIO_FILE_SUFFIXES


async def _transcribe(update: Update, context: HumasContext, message: Message, file_id: str,
                      declared: int | None, seconds: float | None, mime: str | None, filename: str,
                      then: Then) -> None:
    transcriber = context.runtime.transcriber
    # Not configured, too long, too big or not audio: told before anything is downloaded.
    transcriber.check(seconds=seconds, size=declared, mime=mime)
    user_id = str(user_of(update).id)
    limit = context.settings.transcribe_max_bytes
    read = Read(then)

    async def compute() -> Outcome:
        data = await fetch(context.bot, file_id, declared=declared, limit=limit, what=WHAT_AUDIO)
        transcript = await context.run_blocking(
            transcriber.transcribe, data, filename=filename, mime=mime, seconds=seconds, user_id=user_id
        )
        text, notice = _fitted(context, transcript.text)
        messages = render_inputs.transcript_messages(text, transcript.seconds, notice, ask=then is None)
        return read.outcome(context, text, messages)

    await run_job(update, context, compute, reply_to=message.message_id)
    await read.follow()


async def _ocr(update: Update, context: HumasContext, message: Message, file_id: str, declared: int | None,
               then: Then) -> None:
    settings = context.settings
    read = Read(then)

    async def compute() -> Outcome:
        data = await fetch(context.bot, file_id, declared=declared, limit=settings.max_image_bytes, what=WHAT_IMAGE)
        image: ReadImage = await context.run_blocking(read_image, data, settings)
        del data  # the image goes; only the text read from it stays
        text, notice = _fitted(context, image.text)
        return read.outcome(context, text, render_inputs.ocr_messages(image, text, notice, ask=then is None))

    await run_job(update, context, compute, reply_to=message.message_id)
    await read.follow()


class Read:
    """The text a job read, and what happens next: the draft buttons, or the command it was read for."""

    def __init__(self, then: Then) -> None:
        self.then = then
        self.text: str | None = None

    def outcome(self, context: HumasContext, text: str, messages: list[str]) -> Outcome:
        self.text = text
        if self.then is not None:
            return Outcome(messages)
        key = state.remember(context.chat_state, {"task": "draft", "text": text})
        return Outcome(messages, keyboards.draft_keyboard(key))

    async def follow(self) -> None:
        """Run the command on the text, once the reading job is over (the chat's slot is free again)."""
        if self.then is not None and self.text is not None:
            await self.then(self.text)


def _fitted(context: HumasContext, text: str) -> tuple[str, str | None]:
    """`text` within the input limit (cut at a boundary), and a notice of what was left out."""
    limit = context.settings.max_input_chars
    if not text.strip():
        raise BadInput("Tidak ada teks yang terbaca.")
    head = cut_draft(text, limit)
    return head, left_out_notice(text, head, limit)
