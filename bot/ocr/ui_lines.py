"""Which lines read from a phone screenshot are the app's own words, not what a person wrote.

Data, not code: the buttons, counters, relative times and prompts of Instagram, Facebook,
TikTok, X, YouTube and WhatsApp, in Indonesian and English. A line is UI when every token is one
of these and at least one token is an anchor (an action, a count, a time, a prompt): "lalu min"
alone is a citizen's words, "2 jam yang lalu" is the app's.
"""

from __future__ import annotations

import re

#: Buttons and labels that end a comment on every platform (the reply / like row).
ACTIONS = frozenset({
    "balas", "reply", "suka", "like", "likes", "disukai", "tanggapi", "bagikan", "share", "kirim", "send",
    "laporkan", "report", "respond",
})
#: Labels that do not end a comment (shown above or inside it, or in the screen's frame).
LABELS = frozenset({
    "lihat", "see", "view", "terjemahan", "translation", "translate", "terjemahkan", "balasan", "replies",
    "lainnya", "more", "others", "sembunyikan", "hide", "tampilkan", "show", "membalas", "replying", "to",
    "tulis", "tambahkan", "add", "a", "an", "comment", "comments", "komentar", "diskusi", "pesan",
    "diedit", "edited", "disematkan", "pinned", "penulis", "author", "creator", "pembuat", "teratas",
    "top", "terbaru", "newest", "semua", "all", "baca", "selengkapnya", "read", "ketik", "type", "message",
    "tanggapan", "postingan", "post", "ikuti", "follow", "mengikuti", "following", "dan", "and", "orang",
    "people", "yang", "lalu", "ago", "baru", "saja", "just", "now", "kemarin", "yesterday", "hari", "ini",
    "today", "di", "pada", "at", "oleh", "by", "lte", "volte", "4g", "5g", "3g", "h+", "wifi", "anda", "you",
    "diteruskan", "forwarded", "berkali-kali", "many", "times", "admin", "pemilik", "owner", "kontributor",
    "contributor", "penggemar", "berat", "fan",
})
#: Labels that are also everyday words: a line of these alone is a person's words ("lalu di sini").
_COMMON = frozenset({
    "yang", "lalu", "di", "dan", "ini", "hari", "pada", "saja", "baru", "to", "a", "an", "and", "at", "by",
    "oleh", "orang", "anda", "you", "semua", "all", "more", "show", "top", "people", "post", "baca", "read",
    "lihat", "see", "view", "tulis", "pesan", "kemarin", "today", "now", "just", "ago", "type", "follow",
    "many", "times", "admin", "berat", "fan", "owner",
})
#: Units of relative times ("2j", "1 mnt", "3 hari", "5m", "1w").
_UNITS = r"(?:d|dtk|detik|s|sec|m|mnt|menit|min|mins|j|jam|h|hr|hrs|hari|mgg|minggu|w|wk|bln|bulan|mo|thn|tahun|y|yr)"
_RELATIVE = re.compile(rf"^\d{{1,3}}{_UNITS}$")
#: "1mnt" read as "lmnt", "4hari" as "Ahari": a digit misread as a letter before a unit no word ends with.
_RELATIVE_MISREAD = re.compile(r"^[\dliaostj|!]{1,2}(?:mnt|menit|jam|hari|mgg|dtk|detik|thn|bln)$")
_UNIT_ONLY = re.compile(rf"^{_UNITS}$")
_COUNT = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})*(?:[.,]\d)?(?:rb|k|jt|m|ribu|juta)?$")
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}(?:[ap]m)?$")
_DATE = re.compile(r"^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$")
_PERCENT = re.compile(r"^\d{1,3}%$")
_HANDLE = re.compile(r"^@[\w.]+$")
#: A WhatsApp group shows the phone number of a sender not in the contacts: "+62 812-3456-7890".
_PHONE_LINE = re.compile(r"^~?\s*\+\d{1,3}[\s-]?\d{2,4}(?:[\s-]?\d{3,4}){2,3}$")
_PROMPT = re.compile(r"^(?:tulis|tambahkan|add|ketik|type|balas|reply|kirim)\b.*(?:\.\.\.|…)$", re.IGNORECASE)
_WORD = re.compile(r"[^\w@%.:,/+-]")


def tokens(line: str) -> list[str]:
    return [t for t in (_WORD.sub("", raw).strip(".,:_").lower() for raw in line.split()) if t]


def is_symbol(raw: str) -> bool:
    """A token with no letter or digit: an icon read as text ("©", "♡", "·", "•", "|")."""
    return not any(ch.isalnum() for ch in raw)


def _kind(token: str) -> str | None:
    if token in ACTIONS:
        return "action"
    if any(p.match(token) for p in (_RELATIVE, _RELATIVE_MISREAD, _COUNT, _CLOCK, _DATE, _PERCENT)):
        return "anchor"
    if token in LABELS or _UNIT_ONLY.match(token) or _HANDLE.match(token):
        return "label"
    return None


def classify(line: str) -> str | None:
    """"action" (a reply/like row: ends a comment), "ui" (other app text) or None (a person's words)."""
    if _PROMPT.match(line.strip()) or _PHONE_LINE.match(line.strip()):
        return "ui"
    raw = line.split()
    if all(is_symbol(t) or len(t) == 1 and not t.isalnum() for t in raw):
        return "ui"
    kinds = [_kind(t) for t in tokens(line)]
    if not kinds or None in kinds:
        return None
    if "action" in kinds:
        return "action"
    if "anchor" in kinds:
        return "action" if all(k == "anchor" for k in kinds) else "ui"
    return "ui" if set(tokens(line)) - _COMMON else None


_TRAILING_TIME = re.compile(
    rf"(?:\s*[-·•:|]\s*|\s+)(?:\d{{1,3}}\s?{_UNITS}|\d{{1,2}}[-/]\d{{1,2}}|baru saja|just now|kemarin)"
    r"(?:\s+(?:yang\s+lalu|lalu|ago))?\s*$",
    re.IGNORECASE,
)


def split_name(line: str) -> tuple[str, bool]:
    """A name line without its relative time ("Maya S. 12 j" -> "Maya S."), and whether it had one.

    X shows "Name @handle · 2j": the handle after a display name is dropped too. A line whose
    words run on to a number ("Beredar pesan ... bayar 50 ribu") is cut there but not timed."""
    timed = _TRAILING_TIME.search(line) is not None
    stripped = _TRAILING_TIME.sub("", line).rstrip(" -·•:|")
    words = stripped.split()
    cut = next((i for i, w in enumerate(words) if i and (w[0].isdigit() or w in "-·•:|")), len(words))
    rest = " ".join(words[cut:])
    times = (_RELATIVE, _RELATIVE_MISREAD, _CLOCK, _DATE)
    timed = timed or any(p.match(t) for t in tokens(rest) for p in times)
    words = _name_words(words[:cut])
    if len(words) > 1 and _HANDLE.match(words[-1]) and not _HANDLE.match(words[0]):
        words = words[:-1]
    return " ".join(words).rstrip(" -·•:|").strip(), timed


_NAME_TOKEN = re.compile(r"^[\w.@'-]*\w[\w.@'-]*$")
_SCREEN_HANDLE = re.compile(r"^@?[a-z0-9]+(?:[._][a-z0-9]+)+\.?$|^@?[a-z]+\d+$")
#: A small time after a name read through its grey: "mnt" as "mot", "omnt", "hari" as "hai".
_TIME_MISREAD = re.compile(r"^[\dliaos]{0,2}(?:mnt|menit|jam|hari|mgg|dtk|detik|thn|bln|mot|hai)$")


def _name_words(words: list[str]) -> list[str]:
    """A name's words without what was read after it: a quote mark or "!2j" (a time misread), the
    words after a handle (a handle is one word), a time misread ("omnt")."""
    for i, word in enumerate(words):
        if i and not _NAME_TOKEN.match(word):
            words = words[:i]
            break
    handle = next((i for i, w in enumerate(words) if _SCREEN_HANDLE.match(w)), None)
    if handle is not None and handle < len(words) - 1 and not _HANDLE.match(words[handle + 1]):
        words = words[: handle + 1]
    while len(words) > 1 and _TIME_MISREAD.match(words[-1].lower()):
        words = words[:-1]
    return words
