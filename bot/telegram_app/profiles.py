"""The institution profile of a chat: read from and written to `chat_data["profile"]`.

`/profil nama ...`, `akun ...`, `tagar ...`, `platform ...`, `nada ...`, `warna ...`, `reset`. What a
value may say is the core's rule (`bot.core.profile_rules`); the profile itself is the core's `Profile`.
Card colours are checked with the cards' own palette (`bot.cards.palette`): a text colour a little
short of WCAG AA is corrected with a note, one below 3:1 (WCAG's floor even for large text) is refused.
"""

from __future__ import annotations

from typing import Any

from bot.cards.palette import AA, DEFAULT, contrast, palette_for, parse_hex, to_hex
from bot.core import profile_rules
from bot.core.inputs import normalize_text
from bot.core.models import Profile, Tone
from bot.core.platforms import SPECS, parse_platforms
from bot.errors import BadInput

TONE_LABELS: dict[str, str] = {"formal": "formal", "friendly": "ramah", "casual": "santai"}
TONE_WORDS: dict[str, Tone] = {
    "formal": "formal", "resmi": "formal",
    "ramah": "friendly", "friendly": "friendly", "netral": "friendly",
    "santai": "casual", "casual": "casual", "kasual": "casual",
}
FIELDS = {"nama": "name", "akun": "handle", "tagar": "hashtags", "platform": "platforms", "nada": "tone"}
LABELS = {"name": "nama instansi", "handle": "akun", "hashtags": "tagar", "platforms": "platform", "tone": "nada"}
COLOURS = "warna"
#: A text colour below this contrast on the card's background is refused rather than corrected.
REFUSE_BELOW = 3.0

USAGE = (
    "Atur profil dengan:\n"
    "/profil nama Dinas Kesehatan Kota X\n"
    "/profil akun @dinkes\n"
    "/profil tagar #SehatBersama #KotaX\n"
    "/profil platform instagram,x\n"
    "/profil nada formal | ramah | santai\n"
    "/profil warna #0B4F8A #F2A900 [#1B1F24] (utama, aksen, teks kartu)\n"
    "/profil reset"
)
COLOUR_USAGE = (
    "Tulis dua atau tiga kode warna heksadesimal: utama, aksen, dan (boleh) teks. "
    "Contoh: /profil warna #0B4F8A #F2A900 #1B1F24"
)
UNREADABLE = (
    "Warna teks {colour} di atas latar putih kartu hanya berkontras {ratio:.2f}:1, hampir tidak terbaca "
    "(minimal {aa}:1, WCAG AA). Warna tidak disimpan; pilih warna teks yang jauh lebih gelap."
)


def get_profile(chat_data: dict[str, Any], default: Profile) -> Profile:
    """The chat's profile: its own values over the instance defaults."""
    stored = chat_data.get("profile") or {}
    return default.model_copy(update={k: v for k, v in stored.items() if k in Profile.model_fields})


def set_field(chat_data: dict[str, Any], word: str, value: str) -> str:
    """Set one field from `/profil <word> <value>`; returns the field name. BadInput on bad values."""
    field = FIELDS.get(word.lower())
    if field is None:
        shown = _one_line(word)
        shown = shown if len(shown) <= 30 else shown[:29] + "…"
        raise BadInput(f"Bagian profil '{shown}' tidak dikenal.\n\n{USAGE}")
    value = _one_line(value)
    stored: dict[str, Any] = dict(chat_data.get("profile") or {})
    if field == "name":
        stored["name"] = profile_rules.check_name(value)
    elif field == "handle":
        stored["handle"] = profile_rules.check_handle(value)
    elif field == "hashtags":
        stored["hashtags"] = profile_rules.check_hashtags(value)
    elif field == "platforms":
        try:
            stored["platforms"] = parse_platforms(value.replace(" ", ",") or "all")
        except ValueError as err:
            raise BadInput(
                f"Platform '{err}' tidak dikenal. Pilih dari: instagram, facebook, x, tiktok, whatsapp, atau semua."
            ) from err
    else:
        tone = TONE_WORDS.get(value.lower())
        if tone is None:
            raise BadInput("Nada tidak dikenal. Pilih: formal, ramah, atau santai.")
        stored["tone"] = tone
    Profile.model_validate(stored)
    chat_data["profile"] = stored
    return field


def set_colours(chat_data: dict[str, Any], value: str) -> list[str]:
    """`/profil warna <utama> <aksen> [teks]`: store the card colours; returns the notes (Indonesian) on
    what was corrected. BadInput for a malformed colour or an unreadable text colour."""
    words = _one_line(value).replace(",", " ").split()
    if not 2 <= len(words) <= 3:
        raise BadInput(COLOUR_USAGE)
    primary, accent, *rest = (to_hex(parse_hex(word)) for word in words)
    text = rest[0] if rest else None
    if text is not None and (ratio := contrast(text, DEFAULT.background)) < REFUSE_BELOW:
        raise BadInput(UNREADABLE.format(colour=text, ratio=ratio, aa=AA))
    chosen = Profile(card_primary=primary, card_accent=accent, card_text=text)
    palette, notes = palette_for(chosen)
    stored: dict[str, Any] = dict(chat_data.get("profile") or {})
    stored.update(card_primary=primary, card_accent=accent)
    if text is None:
        stored.pop("card_text", None)
    else:
        stored["card_text"] = palette.text  # corrected once here, not again on every card
    Profile.model_validate(stored)
    chat_data["profile"] = stored
    return notes


def _one_line(text: str) -> str:
    """Without invisible or control characters, lone surrogates and line breaks: a profile value
    goes into every post and is stored as JSON."""
    return " ".join(normalize_text(text).split())


def reset(chat_data: dict[str, Any]) -> None:
    chat_data.pop("profile", None)


def describe(profile: Profile) -> list[tuple[str, str]]:
    """(label, value) rows for showing a profile."""
    return [
        ("Nama instansi", profile.name or "(belum diatur)"),
        ("Akun", profile.handle or "(belum diatur)"),
        ("Tagar bawaan", " ".join(profile.hashtags) or "(tidak ada)"),
        ("Platform bawaan", ", ".join(SPECS[p].label for p in profile.platforms)),
        ("Nada", TONE_LABELS.get(profile.tone, profile.tone)),
        ("Warna kartu", _colours(profile)),
    ]


def _colours(profile: Profile) -> str:
    chosen = (profile.card_primary, profile.card_accent, profile.card_text)
    shown = (value or default for value, default in zip(chosen, (DEFAULT.primary, DEFAULT.accent, DEFAULT.text),
                                                       strict=True))
    text = "utama {}, aksen {}, teks {}".format(*shown)
    return text if any(chosen) else f"{text} (bawaan)"
