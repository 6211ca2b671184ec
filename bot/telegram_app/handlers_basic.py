"""Handlers for everything around the work: /start, /profil, /sumber, odd content, errors."""

from __future__ import annotations

import copy
import html
import logging

from telegram import Update

from bot.errors import HumasError, NotSaved
from bot.logsafe import redact
from bot.telegram_app import access, profiles, render, state
from bot.telegram_app.incoming import chat_of, content, message_of, query_of
from bot.telegram_app.logos import has_logo
from bot.telegram_app.messaging import send_html
from bot.telegram_app.runtime import HumasContext
from bot.telegram_app.tasks import profile_of
from bot.telegram_app.work import APOLOGY, already_reported

log = logging.getLogger(__name__)

WELCOME = (
    "👋 Halo! Saya <b>HumasBot</b>, asisten humas instansi pemerintah.\n"
    "Saya menulis ulang draf rilis menjadi unggahan media sosial yang mudah dipahami warga, "
    "menyarankan balasan untuk komentar warga, dan memeriksa caption.\n\n"
    "<b>Cara pakai</b>\n"
    "1. Kirim atau teruskan draf atau komentar: teks, foto dengan caption, tangkapan layar (dibaca "
    "dengan OCR), pesan suara, atau berkas DOCX/PDF/TXT.\n"
    "2. Pilih tombolnya: tulis ulang per platform, saran balasan, atau audit caption.\n"
    "3. Ketuk kotak hasil untuk menyalin, lalu unggah.\n"
    "4. Di bawah hasil tulis ulang: 🖼 infografis (album PNG siap unggah, dengan teks alternatif), "
    "❓ kuis dan jajak pendapat Telegram (siap diteruskan ke kanal), 🎬 naskah video pendek.\n\n"
    "Atur nama instansi, akun, tagar dan warna kartu dengan /profil; admin mengatur logo dengan /logo. "
    "Perintah langsung: /tulis, /balas, /audit. Daftar pedoman: /sumber. Batalkan proses: /batal."
)
OFFLINE = (
    "\n\nℹ️ Saat ini saya berjalan <b>tanpa model bahasa</b> (mesin offline): hasilnya disusun dari "
    "aturan dan templat pedoman. Tetap periksa sebelum diunggah."
)
UNSUPPORTED = (
    "Maaf, saya belum bisa membaca stiker, video, lokasi, kontak, atau jajak pendapat. Kirim draf rilis "
    "atau komentar warga sebagai teks, foto atau tangkapan layar, pesan suara, atau berkas DOCX/PDF/TXT/MD."
)
UNKNOWN_COMMAND = "Perintah tidak dikenal. Ketik /start untuk melihat cara pakai."
NOT_SAVED = (
    "⚠️ Profil TIDAK tersimpan ({reason}): {what} dibatalkan, profil tetap seperti sebelumnya. "
    "Coba lagi nanti atau hubungi admin."
)
LOGO_SET = "ada (dipakai di infografis; /logo hapus untuk menghapus)"
LOGO_UNSET = "belum ada (admin: kirim gambar dengan caption /logo)"
STALE_BUTTON = "Tombol ini sudah tidak berlaku. Kirim ulang teksnya untuk mendapat tombol baru."


async def start(update: Update, context: HumasContext) -> None:
    """/start and /bantuan: what the bot does and how to use it."""
    text = WELCOME
    if context.service.engine_name == "offline":
        text += OFFLINE
    await send_html(context.bot, chat_of(update).id, text)


async def profil(update: Update, context: HumasContext) -> None:
    """/profil: show the chat's institution profile; `/profil <bagian> <nilai>` sets one part.

    A change is confirmed only once it is in the store; when the write fails it is undone and
    the user is told it was not kept.
    """
    words = context.args or []
    chat_id = chat_of(update).id
    notes: list[str] = []
    if words:
        refusal = await access.profile_refusal(update, context)
        if refusal is not None:
            await message_of(update).reply_text(refusal)
            return
        before = copy.deepcopy(context.chat_state.get("profile"))
        text = content(message_of(update)).split(None, 2)
        value = text[2] if len(text) > 2 else ""
        if words[0].lower() == "reset":
            profiles.reset(context.chat_state)
            title, what = "Profil dikembalikan ke bawaan.", "pengembalian ke bawaan"
        elif words[0].lower() == profiles.COLOURS:
            notes = profiles.set_colours(context.chat_state, value)
            title, what = "✅ Warna kartu disimpan.", "perubahan warna kartu"
        else:
            field = profiles.set_field(context.chat_state, words[0], value)
            title, what = "✅ Profil disimpan.", f"perubahan {profiles.LABELS[field]}"
        try:
            await state.save_chat(context.application, chat_id)
        except NotSaved as err:
            if before is None:
                context.chat_state.pop("profile", None)
            else:
                context.chat_state["profile"] = before
            await send_html(context.bot, chat_id, html.escape(NOT_SAVED.format(what=what, reason=err), quote=False))
            return
    else:
        title = "Profil instansi di obrolan ini"
    rows = [f"{label}: {value}" for label, value in profiles.describe(profile_of(context))]
    rows.append("Logo: " + (LOGO_SET if has_logo(context.settings, chat_id) else LOGO_UNSET))
    blocks = [render.Block(title, "b"), *(render.Block(row) for row in rows)]
    blocks += [render.Block(f"ℹ️ {note}") for note in notes]
    if not words:
        blocks.append(render.Block(""))
        blocks.append(render.Block(profiles.USAGE, "i"))
    for message in render.pack(blocks):
        await send_html(context.bot, chat_id, message)


async def sumber(update: Update, context: HumasContext) -> None:
    """/sumber: list the guideline documents in the knowledge base."""
    docs = await context.run_blocking(context.service.documents)
    if not docs:
        await message_of(update).reply_text("Basis pengetahuan masih kosong.")
        return
    lines = [f"• {d.title or d.path} ({d.chunks} potongan)" for d in docs]
    for message in render.list_messages(f"📚 {len(docs)} dokumen pedoman", lines):
        await send_html(context.bot, chat_of(update).id, message)


async def unsupported(update: Update, context: HumasContext) -> None:
    """Stickers, voice, video, locations and the like: say what we can read."""
    await message_of(update).reply_text(UNSUPPORTED)


async def unknown_command(update: Update, context: HumasContext) -> None:
    """A command we do not have (private chats only)."""
    await message_of(update).reply_text(UNKNOWN_COMMAND)


async def stale_button(update: Update, context: HumasContext) -> None:
    """A button press no other handler takes (an old keyboard, malformed data): say so."""
    await query_of(update).answer(STALE_BUTTON)
    if update.effective_chat is not None:
        await send_html(context.bot, update.effective_chat.id, html.escape(STALE_BUTTON, quote=False))


async def on_error(update: object, context: HumasContext) -> None:
    """The one error handler: domain errors become their message, anything else an apology."""
    err = context.error
    chat_id = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(err, HumasError):
        log.info("update %s: %s", update_id, err)
        if chat_id is not None:
            await send_html(context.bot, chat_id, "⚠️ " + html.escape(redact(str(err)), quote=False))
        return
    log.error("update %s failed", update_id, exc_info=err)
    if chat_id is not None and not already_reported(err):
        await context.bot.send_message(chat_id, APOLOGY)
