"""The offline engine: rewrites and replies without a language model.

It writes posts from the fact sheet (`read_draft`, bot/core/reading): the lead is what citizens
get, the facts are labelled lines copied from the draft, each platform gets its own shape
(bot/offline/post_render.py). Every fact in a post is a span of the draft, so the service's fact
check passes by construction, and so does the key-fact check. Templates only add words that carry
no facts (greetings, labels, calls to action).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.models import (
    Finding,
    Hit,
    PlatformName,
    ReplyRequest,
    ReplyResult,
    RewriteRequest,
    RewriteResult,
    unique_sources,
)
from bot.core.reading import read_draft
from bot.offline.post_plan import plan_post
from bot.offline.post_render import Style, render_post
from bot.offline.post_tags import draft_tags
from bot.offline.post_warnings import OFFLINE_WARNING, rewrite_warnings
from bot.offline.reply import build_reply

__all__ = ["OFFLINE_WARNING", "OfflineEngine", "Style", "render_post"]


class OfflineEngine:
    """Deterministic engine: writes posts from the fact sheet and answers comments from templates."""

    name = "offline"
    can_suggest_audit = False

    def rewrite(self, request: RewriteRequest) -> RewriteResult:
        sheet = read_draft(request.draft)
        plan = plan_post(sheet)
        style = Style(tone=request.tone, brief=request.brief, variant=request.variant)
        tags = draft_tags(sheet)
        posts = [render_post(p, plan, style, request.profile, tags) for p in request.platforms]
        return RewriteResult(
            engine=self.name,
            posts=posts,
            sources=unique_sources(request.guidelines),
            warnings=rewrite_warnings(plan, posts, list(request.platforms)),
        )

    def reply(self, request: ReplyRequest) -> ReplyResult:
        return build_reply(request, engine=self.name)

    def suggest_audit(
        self, caption: str, platform: PlatformName, findings: Sequence[Finding] = (), guidelines: Sequence[Hit] = ()
    ) -> list[str]:
        """No suggestions without a model: the rule-based audit is the whole answer."""
        return []
