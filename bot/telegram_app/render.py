"""HTML for Telegram: results as messages, everything escaped, long output split safely.

A message is built from `Block`s: a piece of raw text and one style. Splitting happens on the
raw text (paragraph, then line, then sentence, then word boundaries) *before* escaping, and each
piece is wrapped in its own tags, so a split never falls inside an entity or an `&amp;`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.models import KIND_LABELS, AuditResult, ReplyResult, RewriteResult, Source
from bot.core.platforms import SPECS

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
#: Headroom under Telegram's limits (it counts UTF-16 units after parsing; we count before).
MARGIN = 96

SEVERITY_ICONS = {"high": "🔴", "medium": "🟠", "low": "🟡"}
OFFLINE_NOTICE = (
    "Mesin offline (tanpa model bahasa): hasil disusun dari aturan dan templat. Periksa sebelum diunggah."
)

_TAGS = {
    "b": ("<b>", "</b>"),
    "i": ("<i>", "</i>"),
    "pre": ("<pre>", "</pre>"),
    "code": ("<code>", "</code>"),
    "quote": ("<blockquote expandable>", "</blockquote>"),
}


@dataclass(frozen=True)
class Block:
    """Raw (unescaped) text and its style: "" (plain), "b", "i", "code", "pre" or "quote" (an
    expandable quotation: a long text read from a file folds away)."""

    text: str
    style: str = ""

    def html(self) -> str:
        open_tag, close_tag = _TAGS.get(self.style, ("", ""))
        return f"{open_tag}{esc(self.text)}{close_tag}"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def html_to_plain(text: str) -> str:
    """Our own HTML back to plain text (for the can't-parse-entities fallback)."""
    return html.unescape(re.sub(r"</?(?:b|i|u|s|pre|code|blockquote)(?:\s[^>]*)?>", "", text))


# --- splitting -----------------------------------------------------------------------------
#: Where to cut, best first: paragraphs, lines, after a sentence, between words. Only
#: whitespace is dropped at a cut, never a character of the text.
_SEPARATORS = (("\n\n", "\n\n"), ("\n", "\n"), (r"(?<=[.!?…]) ", " "), (" ", " "))


def split_raw(text: str, budget: int, overhead: int = 0) -> list[str]:
    """Cut raw text into pieces whose escaped form + overhead fits `budget` (UTF-16 units)."""

    def size(piece: str) -> int:
        return utf16_len(esc(piece)) + overhead

    if size(text) <= budget:
        return [text]
    for pattern, sep in _SEPARATORS:
        parts = re.split(pattern, text)
        if len(parts) == 1:
            continue
        pieces: list[str] = []
        current = ""
        for part in parts:
            candidate = part if not current else current + sep + part
            if size(candidate) <= budget:
                current = candidate
                continue
            if current:
                pieces.append(current)
            if size(part) <= budget:
                current = part
            else:
                *done, current = split_raw(part, budget, overhead)
                pieces.extend(done)
        if current:
            pieces.append(current)
        return [p for p in pieces if p.strip()] or [text[:1]]
    # No separator at all: hard cut, never inside a surrogate pair or an escape.
    pieces, current, used = [], "", overhead
    for ch in text:
        width = utf16_len(esc(ch))
        if current and used + width > budget:
            pieces.append(current)
            current, used = "", overhead
        current += ch
        used += width
    return [*pieces, current] if current else pieces


def pack(blocks: Iterable[Block], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks (one per line) into as few HTML messages as fit under `limit`."""
    budget = limit - MARGIN
    messages: list[str] = []
    current: list[str] = []
    used = 0
    for block in blocks:
        overhead = utf16_len(block.html()) - utf16_len(esc(block.text))
        for piece in split_raw(block.text, budget, overhead):
            rendered = Block(piece, block.style).html()
            size = utf16_len(rendered) + (1 if current else 0)
            if current and used + size > budget:
                messages.append("\n".join(current))
                current, used = [], 0
                size = utf16_len(rendered)
            current.append(rendered)
            used += size
    if current:
        messages.append("\n".join(current))
    return messages


# --- results -------------------------------------------------------------------------------
def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _sources(sources: list[Source]) -> Block:
    titles = list(dict.fromkeys(s.title or s.path for s in sources))
    return Block("Sumber: " + ("; ".join(titles) if titles else "tidak ada pedoman yang cocok"), "i")


def _warnings(warnings: list[str], engine: str) -> list[Block]:
    items = list(warnings)
    if engine == "offline" and not any("offline" in w.lower() for w in items):
        items.insert(0, OFFLINE_NOTICE)
    return [Block(f"⚠️ {w}") for w in items]


def rewrite_messages(result: RewriteResult) -> list[str]:
    """Each post its own message (post in a copyable block); warnings on the first, sources on the last."""
    messages: list[str] = []
    head = _warnings(result.warnings, result.engine)
    for index, post in enumerate(result.posts):
        spec = SPECS[post.platform]
        blocks = list(head) + [Block("")] if index == 0 and head else []
        blocks.append(Block(f"{spec.label} · {_number(post.char_count)}/{_number(post.limit)} karakter", "b"))
        blocks.append(Block(post.text, "pre"))
        if post.thread:
            count = len(post.thread)
            blocks.append(Block(f"🧵 Lanjutan utas ({count} balasan): kirim berurutan, masing-masing sebagai balasan "
                                "atas unggahan sebelumnya", "i"))
            blocks.extend(Block(reply, "pre") for reply in post.thread)
        if post.visual:
            blocks.append(Block(f"🖼 Saran visual: {post.visual}", "i"))
        if index == len(result.posts) - 1:
            blocks.append(_sources(result.sources))
        messages.extend(pack(blocks))
    if not result.posts:
        messages.extend(pack([*head, Block("Tidak ada unggahan yang dihasilkan."), _sources(result.sources)]))
    return messages


def reply_messages(result: ReplyResult) -> list[str]:
    """Kind and escalation on top, then each suggestion as its own message."""
    head = [Block(f"💬 Jenis komentar: {KIND_LABELS.get(result.kind, result.kind)}", "b")]
    if result.escalate:
        head.append(Block(f"🚩 Perlu eskalasi: {result.reason or 'teruskan ke pimpinan/unit terkait'}", "b"))
    elif result.reason:
        head.append(Block(f"Catatan: {result.reason}"))
    if result.recommendation:
        head.append(Block(f"💡 Rekomendasi: {result.recommendation}"))
    head.extend(_warnings(result.warnings, result.engine))
    if not result.suggestions:
        return pack([*head, _sources(result.sources)])
    messages = pack(head)
    for number, suggestion in enumerate(result.suggestions, 1):
        blocks = [Block(f"Saran balasan {number}", "b"), Block(suggestion, "pre")]
        if number == len(result.suggestions):
            blocks.append(_sources(result.sources))
        messages.extend(pack(blocks))
    return messages


def audit_messages(result: AuditResult) -> list[str]:
    blocks = [Block(f"🔍 Audit caption {SPECS[result.platform].label}: skor {result.score}/100", "b")]
    if not result.findings:
        blocks.append(Block("✅ Tidak ada temuan. Caption sudah berpusat pada warga."))
    for finding in result.findings:
        icon = SEVERITY_ICONS.get(finding.severity, "•")
        blocks.append(Block(f"{icon} {finding.message}"))
        if finding.source:
            blocks.append(Block(f"   Pedoman: {finding.source}", "i"))
    if result.suggestions:
        blocks.append(Block(f"💡 Saran perbaikan ({result.engine}):", "b"))
        blocks.extend(Block(f"• {s}") for s in result.suggestions)
    if result.sources:
        blocks.append(_sources(result.sources))
    blocks.extend(Block(f"⚠️ {w}") for w in result.warnings)
    return pack(blocks)


def list_messages(title: str, lines: list[str], style: str = "") -> list[str]:
    return pack([Block(title, "b"), *(Block(line, style) for line in lines)])
