"""Fetching a file a user sent, into memory, within a size limit checked before and after.

Nothing is written to disk: a screenshot or a voice note is read from memory and let go once read
(issue 14: "the image is not kept after it is read").
"""

from __future__ import annotations

from telegram import Bot

from bot.errors import BadInput

#: The Bot API's limit on files a bot may download (getFile).
TELEGRAM_DOWNLOAD_MAX = 20 * 1024 * 1024
BEYOND_TELEGRAM = (
    "Berkas ini {size} MB; bot Telegram hanya bisa mengunduh berkas sampai 20 MB. "
    "Perkecil atau potong berkasnya, lalu kirim lagi."
)
TOO_BIG = "{what} terlalu besar ({size} MB); batasnya {limit} MB. Perkecil berkasnya, lalu kirim lagi."


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


def check_size(size: int | None, limit: int, what: str) -> None:
    """BadInput when a file's size (declared or real) is past Telegram's download limit or `limit`."""
    if size is None:
        return
    if size > TELEGRAM_DOWNLOAD_MAX:
        raise BadInput(BEYOND_TELEGRAM.format(size=_mb(size)))
    if size > limit:
        raise BadInput(TOO_BIG.format(what=what, size=_mb(size), limit=_mb(limit)))


async def fetch(bot: Bot, file_id: str, *, declared: int | None, limit: int, what: str) -> bytes:
    """The file's bytes; the size is checked before the download (declared by the message, then by
    getFile) and after it (what actually came)."""
    check_size(declared, limit, what)
    telegram_file = await bot.get_file(file_id)
    check_size(telegram_file.file_size, limit, what)
    data = bytes(await telegram_file.download_as_bytearray())
    check_size(len(data), limit, what)
    if not data:
        raise BadInput(f"{what} kosong (0 byte). Kirim ulang berkasnya.")
    return data
