"""Platform rules: hard character limits, hashtag habits, how length is counted.

Figures as reported in 2025 (see knowledge/06-platform-batas-dan-kebiasaan.md). Two are
our own ceilings, not platform rules: no WhatsApp Channels limit was found, so posts are
kept within 4,096 characters (a message that still reads on a phone); Facebook has no
official hashtag cap, so we suggest at most 3.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.models import PLATFORMS, PlatformName
from bot.errors import BadInput


@dataclass(frozen=True)
class PlatformSpec:
    name: PlatformName
    label: str
    limit: int
    max_hashtags: int
    #: Characters visible before "more"; the lead must fit in it.
    visible: int
    #: Target length for a good post, well under the hard limit.
    target: int


SPECS: dict[PlatformName, PlatformSpec] = {
    "instagram": PlatformSpec("instagram", "Instagram", 2200, 5, 125, 900),
    "facebook": PlatformSpec("facebook", "Facebook", 63206, 3, 250, 1200),
    "x": PlatformSpec("x", "X", 280, 2, 280, 280),
    "tiktok": PlatformSpec("tiktok", "TikTok", 2200, 5, 100, 600),
    "whatsapp": PlatformSpec("whatsapp", "Saluran WhatsApp", 4096, 2, 200, 900),
}

_URL = re.compile(r"https?://\S+|www\.\S+")


#: The characters X counts twice (emoji, CJK): all but U+0000-10FF, 2000-200D, 2010-201F, 2032-2037.
_X_HEAVY = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")


def _x_plain_length(text: str) -> int:
    return len(text) if text.isascii() else len(text) + len(_X_HEAVY.findall(text))


def x_weighted_length(text: str) -> int:
    """Length as X counts it: most Latin characters 1, emoji/CJK 2, any URL 23."""
    total = 0
    pos = 0
    for match in _URL.finditer(text):
        total += _x_plain_length(text[pos : match.start()]) + 23
        pos = match.end()
    total += _x_plain_length(text[pos:])
    return total


def post_length(platform: PlatformName, text: str) -> int:
    """The length the platform itself would count for `text`."""
    if platform == "x":
        return x_weighted_length(text)
    return len(text)


def fits(platform: PlatformName, text: str) -> bool:
    return post_length(platform, text) <= SPECS[platform].limit


#: What an officer may type for each platform: its name, or a common other name.
_NAMES: dict[str, PlatformName] = {**{name: name for name in PLATFORMS}, "twitter": "x", "wa": "whatsapp"}
_ALL_WORDS = frozenset({"all", "semua"})
_SEPARATORS = re.compile(r"[,\s]+")


def parse_platforms(value: str | Sequence[str] | None) -> list[PlatformName]:
    """Platform names, in the order given, from "all", "instagram,x", "instagram x" or a sequence of
    such strings (a repeated CLI option). None, nothing but separators, or "all"/"semua" among the
    names means every platform. An unknown name raises ValueError carrying that name."""
    if value is None:
        return list(PLATFORMS)
    items = [value] if isinstance(value, str) else list(value)
    out: list[PlatformName] = []
    every = False
    for word in (w.lower() for item in items for w in _SEPARATORS.split(item) if w):
        if word in _ALL_WORDS:
            every = True
        elif word not in _NAMES:
            raise ValueError(word)
        elif _NAMES[word] not in out:
            out.append(_NAMES[word])
    return list(PLATFORMS) if every or not out else out


def require_platforms(value: str | Sequence[str] | None) -> list[PlatformName]:
    """`parse_platforms`, with an unknown name as `BadInput` in Indonesian (for the edges and the service)."""
    try:
        return parse_platforms(value)
    except ValueError as err:
        raise BadInput(f"Platform '{err}' tidak dikenal. Pilih: {', '.join(PLATFORMS)}, atau all.") from err
