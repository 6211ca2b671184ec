"""Inline keyboards. callback_data is `<action>:<entry id>:<argument>` (well under 64 bytes);
the text itself stays in chat_data under the entry id (see state.remember)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

#: Actions on a draft (first keyboard).
REWRITE, REPLY, AUDIT = "rw", "rp", "au"
#: Variants of a result.
VARIANT = "vr"
AGAIN, FORMAL, CASUAL, SHORTER = "lagi", "formal", "santai", "singkat"

DRAFT_PATTERN = rf"^({REWRITE}|{REPLY}|{AUDIT}):"
VARIANT_PATTERN = rf"^{VARIANT}:"
#: Media from the draft behind a result: `md:<key>:<what>`, what = `card-<size>`, `files-<size>`,
#: `quiz` or `script` (sizes as bot.cards.slides.SIZES: feed, square, story).
MEDIA = "md"
CARD, FILES, QUIZ, SCRIPT = "card", "files", "quiz", "script"
MEDIA_PATTERN = rf"^{MEDIA}:"
#: The other sizes offered under an infographic, with their labels.
CARD_SIZES = {"square": "⬛ Persegi 1:1", "story": "📱 Story 9:16", "feed": "🖼 Feed 4:5"}


def _button(label: str, action: str, key: str, arg: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=f"{action}:{key}:{arg}")


def parse(data: str) -> tuple[str, str, str]:
    action, key, arg = (data.split(":", 2) + ["", ""])[:3]
    return action, key, arg


def draft_keyboard(key: str) -> InlineKeyboardMarkup:
    """What to do with a pasted or forwarded text."""
    return InlineKeyboardMarkup(
        [
            [_button("Instagram", REWRITE, key, "instagram"), _button("Facebook", REWRITE, key, "facebook"),
             _button("X", REWRITE, key, "x")],
            [_button("TikTok", REWRITE, key, "tiktok"), _button("WhatsApp", REWRITE, key, "whatsapp"),
             _button("Semua", REWRITE, key, "all")],
            [_button("💬 Saran balasan", REPLY, key), _button("🔍 Audit caption", AUDIT, key)],
        ]
    )


def rewrite_keyboard(key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [_button("🔄 Versi lain", VARIANT, key, AGAIN), _button("✂️ Lebih singkat", VARIANT, key, SHORTER)],
            [_button("👔 Lebih formal", VARIANT, key, FORMAL), _button("😊 Lebih santai", VARIANT, key, CASUAL)],
            [_button("🖼 Buat infografis", MEDIA, key, f"{CARD}-feed"), _button("❓ Buat kuis", MEDIA, key, QUIZ),
             _button("🎬 Naskah video", MEDIA, key, SCRIPT)],
        ]
    )


def card_keyboard(key: str, size: str) -> InlineKeyboardMarkup:
    """Under an infographic: the same slides as files, and the other sizes."""
    others = [_button(label, MEDIA, key, f"{CARD}-{name}") for name, label in CARD_SIZES.items() if name != size]
    return InlineKeyboardMarkup([[_button("📄 Kirim sebagai berkas", MEDIA, key, f"{FILES}-{size}")], others])


def reply_keyboard(key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [_button("🔄 Versi lain", VARIANT, key, AGAIN)],
            [_button("👔 Lebih formal", VARIANT, key, FORMAL), _button("😊 Lebih santai", VARIANT, key, CASUAL)],
        ]
    )


#: Replacing an uploaded document of the same name: `up:<key>:ganti` or `up:<key>:batal`.
UPLOAD = "up"
REPLACE, KEEP = "ganti", "batal"
UPLOAD_PATTERN = rf"^{UPLOAD}:"


def replace_keyboard(key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button("Ganti", UPLOAD, key, REPLACE), _button("Batal", UPLOAD, key, KEEP)]])


#: Reading a scanned PDF with OCR: `sc:<key>:`.
SCAN = "sc"
SCAN_PATTERN = rf"^{SCAN}:"


def scan_keyboard(key: str, pages: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(f"🔍 Baca {pages} halaman dengan OCR", SCAN, key)]])
