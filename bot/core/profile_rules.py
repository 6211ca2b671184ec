"""What an institution profile may say: the account handle, the hashtags and the name.

A profile goes into every post the officer publishes, so a value set by mischief (a gambling tag,
an illegal-loan handle) would be published under the government's name. The rules are the core's:
any edge that sets a profile (Telegram's /profil today) calls these and shows the `BadInput`.
"""

from __future__ import annotations

import re

from bot.errors import BadInput

MAX_NAME = 120
MAX_HASHTAGS = 10
MAX_HASHTAG = 50
#: An account name as Instagram, X and TikTok allow it: 5-32 letters, digits, dots or underscores.
HANDLE = re.compile(r"@[A-Za-z0-9_.]{5,32}")
HASHTAG = re.compile(rf"#\w{{1,{MAX_HASHTAG}}}")
#: Gambling and illegal-loan promotion, searched in the value without spaces or punctuation and in
#: its digits-as-letters readings (t0g3l -> togel). "slot" alone is kept for "slot vaksin": only the
#: gambling forms (#Slot88, #SlotGacor, a bare #Slot) are refused.
_FORBIDDEN = re.compile(
    r"judi(?!si)|togel|gacor|[ck]asino|poker|jackpot|maxwin|sbobet|taruhan|betting|pinjol|"
    r"pinjaman(online|cepat|kilat|tanpajaminan)|slot(\d|online|gacor|judi|resmi|$)"
)
#: Digits read as letters; 1 is read both as i and as l.
_LEET = (str.maketrans("013457", "oieast"), str.maketrans("013457", "oleast"))


def forbidden(value: str) -> bool:
    """Whether `value` promotes gambling or illegal online loans (in any case, spacing, or digits for letters)."""
    compact = re.sub(r"[\W_]+", "", value.lower())
    return any(_FORBIDDEN.search(form) for form in (compact, *(compact.translate(t) for t in _LEET)))


def _refuse_forbidden(value: str, what: str) -> None:
    if forbidden(value):
        raise BadInput(
            f"{what} '{value}' ditolak: profil instansi tidak boleh memuat judi, slot, togel, kasino "
            "atau pinjaman online."
        )


def check_name(value: str) -> str:
    """The institution's name, at most `MAX_NAME` characters."""
    if not value:
        raise BadInput("Tulis nama instansinya, misalnya: /profil nama Dinas Kesehatan Kota X")
    if len(value) > MAX_NAME:
        raise BadInput(f"Nama instansi terlalu panjang: paling banyak {MAX_NAME} karakter.")
    _refuse_forbidden(value, "Nama")
    return value


def check_handle(value: str) -> str:
    """`@name` (5-32 of letters, digits, '.', '_'); '' or '-' clears it."""
    if value in ("", "-"):
        return ""
    handle = "@" + value.removeprefix("@")
    if not HANDLE.fullmatch(handle):
        shown = value if len(value) <= 40 else value[:39] + "…"
        raise BadInput(
            f"Nama akun '{shown}' tidak sah: @ lalu 5-32 huruf, angka, titik atau garis bawah, "
            "misalnya @dinkes_kotax."
        )
    _refuse_forbidden(handle, "Nama akun")
    return handle


def check_hashtags(value: str) -> list[str]:
    """Up to `MAX_HASHTAGS` distinct `#tags` (spaces or commas between); '', '-', 'hapus', 'kosong' clear them."""
    if value.lower() in ("", "-", "hapus", "kosong"):
        return []
    tags: list[str] = []
    for part in value.replace(",", " ").split():
        tag = "#" + part.lstrip("#")
        if not HASHTAG.fullmatch(tag):
            shown = part if len(part) <= 40 else part[:39] + "…"
            raise BadInput(
                f"Tagar '{shown}' tidak sah: huruf, angka atau garis bawah saja, paling banyak {MAX_HASHTAG} "
                "karakter, misalnya #KotaSehat."
            )
        _refuse_forbidden(tag, "Tagar")
        if tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_HASHTAGS:
        raise BadInput(f"Terlalu banyak tagar: paling banyak {MAX_HASHTAGS}.")
    return tags
