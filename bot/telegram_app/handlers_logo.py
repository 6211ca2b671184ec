"""The chat's logo for its infographics: `/logo` with an image (as its caption, or replying to one),
`/logo hapus`. Only admins (access.admin_refusal) may change it.

The declared size is checked before anything is fetched (Telegram lets a bot download at most
20 MB; the logo itself may be 2 MB), the bytes are checked by `load_logo` in a worker thread (a
real PNG, JPEG or WebP, within the size limits, transparency kept) and stored atomically
(`logos.save_logo`). A photo loses its transparency on the way (Telegram recompresses it as JPEG):
the reply says to send a PNG as a file for that.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import filters

from bot.cards.logo import MAX_LOGO_BYTES, MAX_LOGO_SIDE, load_logo
from bot.errors import BadInput
from bot.telegram_app import access
from bot.telegram_app.downloads import TELEGRAM_DOWNLOAD_MAX
from bot.telegram_app.incoming import chat_of, message_of
from bot.telegram_app.logos import remove_logo, save_logo
from bot.telegram_app.runtime import HumasContext

#: An image (a file or a photo) whose caption is /logo.
LOGO_CAPTION = (filters.Document.ALL | filters.PHOTO) & filters.CaptionRegex(r"^/logo(@\w+)?(\s|$)")

LOGO_ADMINS_ONLY = "Maaf, logo instansi hanya bisa diatur oleh admin HumasBot atau admin grup ini."
HOW = (
    "Kirim logo instansi sebagai berkas (PNG berlatar transparan, JPG, atau WebP; maks. 2 MB, sisi maks. "
    "2000 piksel) dengan caption /logo, atau balas gambar logonya dengan /logo. Hapus logo: /logo hapus."
)
NOT_AN_IMAGE = "Berkas itu bukan gambar. Kirim logo sebagai PNG (sebaiknya berlatar transparan), JPG, atau WebP."
BEYOND_TELEGRAM = (
    "Berkas ini {size:.1f} MB; bot Telegram hanya bisa mengunduh berkas sampai 20 MB, dan logo dibatasi 2 MB. "
    "Perkecil gambarnya lalu kirim lagi."
)
TOO_BIG = "Logo terlalu besar ({size:.1f} MB); batasnya 2 MB. Perkecil gambarnya lalu kirim lagi."
SAVED = "✅ Logo disimpan. Infografis berikutnya di obrolan ini memakai logo ini."
PHOTO_NOTE = (
    " Logo dikirim sebagai foto, jadi latar transparannya hilang; untuk menjaganya kirim PNG sebagai berkas "
    "dengan caption /logo."
)
REMOVED = "Logo dihapus. Infografis berikutnya tanpa logo."
NO_LOGO = "Obrolan ini belum punya logo."


async def logo(update: Update, context: HumasContext) -> None:
    """/logo: set the logo from the replied-to image, `/logo hapus` removes it, else how to send one."""
    message = message_of(update)
    refusal = await access.admin_refusal(update, context, LOGO_ADMINS_ONLY)
    if refusal is not None:
        await message.reply_text(refusal)
        return
    words = context.args or []
    if words and words[0].lower() == "hapus":
        removed = await context.run_blocking(remove_logo, context.settings, chat_of(update).id)
        await message.reply_text(REMOVED if removed else NO_LOGO)
        return
    replied = message.reply_to_message
    if replied is not None and (replied.document or replied.photo):
        await _store(update, context, replied)
        return
    await message.reply_text(HOW)


async def logo_upload(update: Update, context: HumasContext) -> None:
    """An image (a file or a photo) sent with the caption /logo."""
    refusal = await access.admin_refusal(update, context, LOGO_ADMINS_ONLY)
    if refusal is not None:
        await message_of(update).reply_text(refusal)
        return
    await _store(update, context, message_of(update))


def _file_of(source: Message) -> tuple[str, int | None]:
    """The file id and declared size of the image in `source`; BadInput when it has none or is too big."""
    if source.document is not None:
        mime = source.document.mime_type or ""
        if mime and not mime.startswith("image/"):
            raise BadInput(NOT_AN_IMAGE)
        return source.document.file_id, source.document.file_size
    if source.photo:
        # Telegram offers each photo at several sizes: the largest within the logo's limits.
        fitting = [p for p in source.photo
                   if max(p.width, p.height) <= MAX_LOGO_SIDE and (p.file_size or 0) <= MAX_LOGO_BYTES]
        chosen = max(fitting, key=lambda p: p.width * p.height) if fitting else source.photo[-1]
        return chosen.file_id, chosen.file_size
    raise BadInput(NOT_AN_IMAGE)


def _check_size(size: int | None) -> None:
    if size is None:
        return
    if size > TELEGRAM_DOWNLOAD_MAX:
        raise BadInput(BEYOND_TELEGRAM.format(size=size / 1_000_000))
    if size > MAX_LOGO_BYTES:
        raise BadInput(TOO_BIG.format(size=size / 1_000_000))


async def _store(update: Update, context: HumasContext, source: Message) -> None:
    """Fetch, check and store the image of `source` as the chat's logo."""
    file_id, size = _file_of(source)
    _check_size(size)  # before anything is fetched
    telegram_file = await context.bot.get_file(file_id)
    _check_size(telegram_file.file_size)
    data = bytes(await telegram_file.download_as_bytearray())
    png = await context.run_blocking(load_logo, data)  # BadInput: not an image, too big, too small
    await context.run_blocking(save_logo, context.settings, chat_of(update).id, png)
    await message_of(update).reply_text(SAVED + (PHOTO_NOTE if source.document is None else ""))
