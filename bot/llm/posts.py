"""Turning the model's rewrite answer into posts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.core.compose import join_tags, merge_hashtags
from bot.core.models import Post
from bot.core.platforms import SPECS, post_length
from bot.llm.redact import restore
from bot.llm.schemas import RewriteOut

_TAG_LINE = re.compile(r"^\s*(?:#\w+\s*)+$")


def without_tag_lines(text: str) -> str:
    """The post body without trailing hashtag-only lines (the model was asked to put tags apart)."""
    lines = text.rstrip().split("\n")
    while len(lines) > 1 and _TAG_LINE.match(lines[-1]):
        lines.pop()
    return "\n".join(lines).rstrip()


def build_posts(out: RewriteOut, profile_tags: Iterable[str], mapping: dict[str, str]) -> list[Post]:
    """Posts ready to paste: contacts restored, the institution's hashtags first, tags joined as
    the offline engine joins them, lengths counted as each platform counts them."""
    profile_tags = list(profile_tags)
    posts = []
    for item in out.posts:
        spec = SPECS[item.platform]
        tags = merge_hashtags(profile_tags, item.hashtags, cap=spec.max_hashtags)
        body = without_tag_lines(restore(item.text.strip(), mapping))
        text = join_tags(item.platform, body, tags)
        posts.append(
            Post(
                platform=item.platform,
                text=text,
                hashtags=tags,
                call_to_action=restore(item.call_to_action.strip(), mapping),
                visual=item.visual.strip(),
                char_count=post_length(item.platform, text),
                limit=spec.limit,
                thread=[restore(reply, mapping) for reply in item.thread],
            )
        )
    return posts


def posts_text(posts: Sequence[Post], *, extras: bool = False) -> str:
    """The texts that get fact-checked (and, with extras, leak-checked)."""
    parts = [p.checked_text for p in posts]
    if extras:
        parts += [p.call_to_action for p in posts] + [p.visual for p in posts]
    return "\n\n".join(parts)

