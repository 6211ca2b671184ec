"""Post assembly shared by every engine: hashtags, blocks in priority order, and the
guarantee that a post fits its platform's hard limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.models import PlatformName
from bot.core.platforms import SPECS, post_length

ELLIPSIS = "…"
_TAG_LINE = re.compile(r"^(?:\s*#\w+)+\s*$")


#: Caps, in characters, on what an engine writes beside the posts and replies (shown as they are):
#: a few sentences an officer reads at a glance, never pages of them.
REASON_CHARS = 300
RECOMMENDATION_CHARS = 600
AUDIT_SUGGESTION_CHARS = 400
CTA_CHARS = 300
VISUAL_CHARS = 300
#: A suggested reply: well under the shortest comment limit (Instagram's 2,200).
REPLY_CHARS = 1000


def clip(text: str, limit: int) -> str:
    """`text` of at most `limit` characters, cut at a word boundary with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > len(cut) // 2:
        cut = cut[:space]
    cut = cut.rstrip(" ,;:-–—(\n")
    return cut + ELLIPSIS if cut else ELLIPSIS[:limit]


def normalize_hashtag(tag: str) -> str:
    """"#KotaBandung" from "kota bandung", "#KotaBandung" or "Kota-Bandung"; "" when nothing is left."""
    tag = tag.strip().lstrip("#")
    parts = re.split(r"[^\w]+|_", tag)
    if len(parts) == 1 and parts[0] and not parts[0].islower():
        body = parts[0]
    else:
        body = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return f"#{body}" if body else ""


def merge_hashtags(*groups: Iterable[str], cap: int) -> list[str]:
    """Hashtags in order, case-insensitively unique, at most `cap`."""
    out: list[str] = []
    seen: set[str] = set()
    for group in groups:
        for raw in group:
            tag = normalize_hashtag(raw)
            if tag and tag.lower() not in seen:
                seen.add(tag.lower())
                out.append(tag)
    return out[: max(cap, 0)]


def truncate_words(platform: PlatformName, text: str, limit: int) -> str:
    """`text` cut at a word boundary with "…" so its platform length is at most `limit`."""
    if post_length(platform, text) <= limit:
        return text
    if limit <= 0:
        return ""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if post_length(platform, text[:mid].rstrip() + ELLIPSIS) <= limit:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > lo // 2:
        cut = cut[:space]
    cut = cut.rstrip(" ,;:-–—\n")
    if not cut:
        return ELLIPSIS if post_length(platform, ELLIPSIS) <= limit else ""
    return cut + ELLIPSIS


def _strip_tags(text: str, hashtags: list[str]) -> str:
    """Drop trailing hashtag lines and the given tags at the end of `text`."""
    lines = text.rstrip().split("\n")
    while lines and _TAG_LINE.match(lines[-1]):
        lines.pop()
    body = "\n".join(lines).rstrip()
    for tag in sorted(hashtags, key=len, reverse=True):
        if tag and body.endswith(tag):
            body = body[: -len(tag)].rstrip()
    return body


def join_tags(platform: PlatformName, body: str, tags: list[str]) -> str:
    if not tags:
        return body
    sep = " " if platform == "x" and "\n" not in body.strip() else "\n\n"
    return f"{body}{sep}{' '.join(tags)}"


def fit_to_limit(platform: PlatformName, text: str, hashtags: list[str]) -> str:
    """Text plus as many of `hashtags` as fit, cut at a word boundary if the text alone is too long.

    `text` may already end with the hashtags; they are taken off and put back as room allows.
    """
    limit = SPECS[platform].limit
    tags = [t for t in (normalize_hashtag(h) for h in hashtags) if t]
    body = _strip_tags(text, tags) if tags else text.rstrip()
    for count in range(len(tags), -1, -1):
        candidate = join_tags(platform, body, tags[:count])
        if post_length(platform, candidate) <= limit:
            return candidate
    return truncate_words(platform, body, limit)


@dataclass
class Block:
    """A piece of a post; blocks with the lowest priority are dropped first when space runs out."""

    text: str
    priority: int


def assemble(
    platform: PlatformName, blocks: list[Block], hashtags: list[str], sep: str = "\n\n"
) -> tuple[str, list[str]]:
    """Join non-empty blocks; drop low-priority blocks, then hashtags, until the post fits.

    Returns the text and the hashtags it contains.
    """
    limit = SPECS[platform].limit
    live = [Block(b.text.strip(), b.priority) for b in blocks if b.text.strip()]
    tags = list(hashtags)
    shortened = False
    while True:
        body = sep.join(b.text for b in live)
        text = join_tags(platform, body, tags)
        length = post_length(platform, text)
        if length <= limit:
            return text, tags
        top = max((b.priority for b in live), default=0)
        droppable = [b for b in live if b.priority < top]
        if tags:
            tags = tags[:-1]
        elif droppable:
            live.remove(min(droppable, key=lambda b: (b.priority, -live.index(b))))
        elif live and not shortened:
            longest = max(live, key=lambda b: post_length(platform, b.text))
            room = limit - (length - post_length(platform, longest.text))
            longest.text = truncate_words(platform, longest.text, room)
            shortened = True
        else:
            return fit_to_limit(platform, body, []), []
