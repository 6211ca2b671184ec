"""Personal data redaction: NIK, phone numbers, e-mail addresses and street addresses.

Applied to every text a user sends before it leaves the machine for a language model.
Two modes:

* plain (`numbered=False`): each item becomes `[NIK]`, `[TELEPON]`, `[EMAIL]` or `[ALAMAT]`;
  nothing is restored (comments: suggested replies never repeat a citizen's data).
* numbered (`numbered=True`): `[TELEPON_1]`, `[EMAIL_2]`, ... so that public contact details in a
  press draft (a hotline, an office address) can be put back into the post locally with
  `restore()`. NIK is never numbered nor restored.

Nothing here logs the values it finds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = ("NIK", "EMAIL", "TELEPON", "ALAMAT")
RESTORABLE = frozenset({"TELEPON", "EMAIL", "ALAMAT"})

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# 16 digits, optionally grouped (3201 0123 4567 0001, 32.01.01.230590.0001).
_NIK = re.compile(r"(?<![\w+])\d(?:[ .-]?\d){15}(?![\w])")
# Mobile numbers: 08.., +628.., 628.., with spaces, dots or dashes between groups.
_MOBILE = re.compile(r"(?<![\w+])(?:\+\s?62|62|0)[\s.-]?\(?8\d{1,3}\)?(?:[\s.-]?\d{2,5}){1,4}(?![\w])")
# Landlines with an area code: (021) 345 6789, 021-3456789, +62 21 3456 789.
_LANDLINE = re.compile(
    r"(?<![\w+])(?:\(0\d{1,3}\)\s?|0\d{1,3}[\s.-]|\+\s?62[\s.-]?\d{1,3}[\s.-])\d{3,4}[\s.-]?\d{3,5}(?![\w])"
)
_ADDRESS_NUM = (
    r"(?:(?:no|nomor|nmr)\.?\s*\d+[a-z]?(?:/\d+)?"
    r"|(?:rt|rw)\.?\s*\d{1,3}(?:\s*/\s*(?:rw\.?\s*)?\d{1,3})?"
    r"|blok\s+[a-z]?\d*[a-z]?\d*|kav\.?\s*\d+|gg\.?\s+\w+|gang\s+\w+|km\.?\s*\d+(?:[.,]\d+)?)"
)
_ADDRESS = re.compile(
    r"\b(?:jl|jln|jalan)\.?\s+"
    r"(?:(?!(?:no|nomor|nmr|rt|rw|blok|kav|gg|gang|km)\b)[\w'.-]+\s+){0,4}?"
    r"(?:(?!(?:no|nomor|nmr|rt|rw|blok|kav|gg|gang|km)\b)[\w'.-]+)"
    r"(?:\s*,?\s*" + _ADDRESS_NUM + r")+"
    r"|\b(?:jl|jln|jalan)\.?\s+(?:(?-i:[A-Z])[\w'.-]*\s+){1,4}\d{1,4}[a-z]?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int
    value: str


@dataclass
class Redacted:
    """The redacted text and what was taken out of it (kept in memory only)."""

    text: str
    mapping: dict[str, str] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def found(self) -> bool:
        return bool(self.counts)


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def find_pii(text: str) -> list[Match]:
    """Personal data in `text`, left to right, without overlaps (first kind listed wins)."""
    candidates: list[Match] = []
    for kind, pattern in (
        ("EMAIL", _EMAIL), ("NIK", _NIK), ("ALAMAT", _ADDRESS), ("TELEPON", _MOBILE), ("TELEPON", _LANDLINE)
    ):
        for m in pattern.finditer(text):
            value = m.group(0).rstrip(" .,-")
            if kind == "NIK" and _digits(value) != 16:
                continue
            if kind == "TELEPON" and not 9 <= _digits(value) <= 15:
                continue
            candidates.append(Match(kind, m.start(), m.start() + len(value), value))
    priority = {"EMAIL": 0, "NIK": 1, "ALAMAT": 2, "TELEPON": 3}
    candidates.sort(key=lambda c: (c.start, priority[c.kind], -(c.end - c.start)))
    chosen: list[Match] = []
    for cand in candidates:
        if chosen and cand.start < chosen[-1].end:
            prev = chosen[-1]
            if priority[cand.kind] < priority[prev.kind] and cand.end >= prev.end:
                chosen[-1] = cand
            continue
        chosen.append(cand)
    return chosen


def redact(text: str, *, numbered: bool = False) -> Redacted:
    """Replace personal data by placeholders. See the module docstring for the two modes."""
    matches = find_pii(text)
    if not matches:
        return Redacted(text)
    out: list[str] = []
    mapping: dict[str, str] = {}
    by_value: dict[tuple[str, str], str] = {}
    counts: Counter[str] = Counter()
    pos = 0
    for m in matches:
        counts[m.kind] += 1
        if numbered and m.kind in RESTORABLE:
            key = (m.kind, m.value)
            if key not in by_value:
                n = sum(1 for k in by_value if k[0] == m.kind) + 1
                by_value[key] = f"[{m.kind}_{n}]"
                mapping[by_value[key]] = m.value
            placeholder = by_value[key]
        else:
            placeholder = f"[{m.kind}]"
        out.append(text[pos : m.start])
        out.append(placeholder)
        pos = m.end
    out.append(text[pos:])
    return Redacted("".join(out), mapping, counts)


def redact_like(text: str, mapping: dict[str, str]) -> str:
    """`text`, a piece of an already redacted text (a fact of its draft), with the same placeholders:
    the numbered ones of `mapping` for the values it holds (longest first), plain ones for any other
    personal data, so that the model sees one contact under one name."""
    for placeholder, value in sorted(mapping.items(), key=lambda item: -len(item[1])):
        text = text.replace(value, placeholder)
    return redact(text).text


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put numbered placeholders back (only those in `mapping`; `[NIK]` never)."""
    for placeholder, value in mapping.items():
        text = text.replace(placeholder, value)
    return text


_LEFTOVER = re.compile(r"\[(?:TELEPON|EMAIL|ALAMAT)_\d+\]")


def strip_pii(text: str, allow: Iterable[str] = ()) -> tuple[str, int]:
    """Replace personal data in model output by placeholders, except values listed in `allow`
    (public contacts found in the guidelines or the profile). Returns the text and how many
    items were replaced."""
    allowed = {_normal(v) for v in allow}
    out: list[str] = []
    pos = 0
    replaced = 0
    for m in find_pii(text):
        if _normal(m.value) in allowed:
            continue
        out.append(text[pos : m.start])
        out.append(f"[{m.kind}]")
        pos = m.end
        replaced += 1
    out.append(text[pos:])
    result = "".join(out)
    result = _LEFTOVER.sub(lambda m: m.group(0).split("_")[0] + "]", result)
    return result, replaced


def pii_values(texts: Iterable[str]) -> set[str]:
    """Every personal-data-looking value in `texts` (used to allow-list public contacts)."""
    return {m.value for text in texts if text for m in find_pii(text)}


def _normal(value: str) -> str:
    return re.sub(r"[\s.()-]", "", value.lower())


def describe(counts: Counter[str]) -> str:
    """Indonesian summary such as "1 NIK, 2 nomor telepon"."""
    names = {"NIK": "NIK", "EMAIL": "alamat e-mail", "TELEPON": "nomor telepon", "ALAMAT": "alamat jalan"}
    return ", ".join(f"{counts[k]} {names[k]}" for k in KINDS if counts.get(k))
