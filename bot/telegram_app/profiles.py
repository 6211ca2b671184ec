"""The institution profile of a chat: read from and written to `chat_data["profile"]`.

`/profil nama ...`, `akun ...`, `tagar ...`, `platform ...`, `nada ...`, `reset`. What a value
may say is the core's rule (`bot.core.profile_rules`); the profile itself is the core's `Profile`.
"""

from __future__ import annotations

from typing import Any

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

USAGE = (
    "Atur profil dengan:\n"
    "/profil nama Dinas Kesehatan Kota X\n"
    "/profil akun @dinkes\n"
    "/profil tagar #SehatBersama #KotaX\n"
    "/profil platform instagram,x\n"
    "/profil nada formal | ramah | santai\n"
    "/profil reset"
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
    ]
