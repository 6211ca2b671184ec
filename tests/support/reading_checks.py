"""Small readers the officer-read and reading tests share: a slot's texts, the offline Instagram post, one marked
line."""

from __future__ import annotations

from bot.core.models import RewriteRequest
from bot.core.reading import FactSheet, Slot, read_draft
from bot.offline.engine import OfflineEngine


def slot_texts(draft: str, slot: Slot) -> list[str]:
    """The texts the reader files under one slot of the draft's fact sheet."""
    return [fact.text for fact in read_draft(draft).of(slot)]


def facts_of(sheet: FactSheet, slot: Slot) -> list[str]:
    """The texts a fact sheet files under one slot."""
    return [fact.text for fact in sheet.of(slot)]


def instagram_post(draft: str) -> str:
    """The offline engine's Instagram post of the draft (no profile, no footer)."""
    return OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].text


def marked_line(post: str, mark: str) -> str:
    """The post's first line starting with the mark (an emoji label), or '' when it has none."""
    return next((line for line in post.splitlines() if line.startswith(mark)), "")


def marked_block(post: str, mark: str) -> str:
    """The post's first line starting with the mark and the list rows ("▪️ ...") right under it, or ''."""
    lines = post.splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith(mark)), None)
    if at is None:
        return ""
    rows = [line for line in lines[at + 1 :] if line.startswith("▪️")]
    return "\n".join([lines[at], *rows])
