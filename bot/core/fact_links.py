"""Links in a text, as a reader could follow them: with a scheme (web, and the ones apps open), "www." or a
bare host whose last label is a real top-level domain. Used by the fact scan (`bot/core/fact_scan.py`): a link
is a fact a post must not invent."""

from __future__ import annotations

import re
from functools import cache

from publicsuffixlist import PublicSuffixList

from bot.core.lexicon_data import DEGREES

_I = re.IGNORECASE
#: A link with a scheme: web, and the ones apps open (tg://, whatsapp://, intent://). Links start
#: after anything but a letter, a digit or "+.-" (an underscore may be markdown emphasis).
_SCHEMED = re.compile(r"(?<![^\W_]|[+.-])[a-z][a-z\d+.-]{0,30}://[^\s<>\"'`]+", _I)
_WWW = re.compile(r"(?<![^\W_]|[.-])www\.[^\s<>\"'`]+", _I)
_LABEL = r"[^\W_](?:[\w-]{0,62}[^\W_])?"
#: A bare host ("t.me/humas", "linktr.ee", "KOTA.GO.ID"): a link when its last label is a
#: top-level domain of the public suffix list (`_is_link`).
_HOST = re.compile(rf"(?<![^\W_]|[.-])((?:{_LABEL}\.)+{_LABEL})(:\d{{1,5}})?([/?#][^\s<>\"'`]*)?")
_WEB_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", _I)
_LINK_END = ".,;:!?)]}*_'\"…"
_DEGREE = re.compile("(?:" + "|".join(DEGREES) + ")")


def find_links(work: str, opaque: str) -> list[tuple[int, int, str, str]]:
    """Every link of `work` as (start, end of the match, the link as written, its key without scheme and
    "www."), in the order found. A match with `opaque` in it (text already read as another fact) is none."""
    found: list[tuple[int, int, str, str]] = []

    def take(m: re.Match[str]) -> None:
        nonlocal work
        raw = m.group(0).rstrip(_LINK_END)
        found.append((m.start(), m.end(), raw, _WEB_PREFIX.sub("", raw.lower()).rstrip("/")))
        work = work[: m.start()] + opaque * (m.end() - m.start()) + work[m.end():]

    for pattern in (_SCHEMED, _WWW):
        for m in list(pattern.finditer(work)):
            if opaque not in m.group(0):
                take(m)
    for m in list(_HOST.finditer(work)):
        if opaque not in m.group(0) and _is_link(m.group(1), bare=not (m.group(2) or m.group(3))):
            take(m)
    return found


def _is_link(host: str, *, bare: bool) -> bool:
    """`host` ends in a top-level domain; a `bare` one (no port, no path) not shaped like a
    sentence run on or a degree."""
    tld = host.rsplit(".", 1)[1]
    # "word.Word" is a sentence run on without a space ("selesai.Info"), a degree ("S.Ag", "M.Si")
    # or an abbreviation before a name ("Kab.Bogor"): nobody writes a bare domain like that.
    if bare and ((tld[:1].isupper() and tld[1:].islower()) or _DEGREE.fullmatch(host)):
        return False
    return _public_suffixes().privatesuffix(host.lower(), accept_unknown=False) is not None


@cache
def _public_suffixes() -> PublicSuffixList:
    """The public suffix list the package ships (no download); parsed once, on first use (~50 ms)."""
    return PublicSuffixList()
