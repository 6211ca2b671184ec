"""A reply of the offline engine to a comment under a draft, held to the fact check, for the answer tests."""

from __future__ import annotations

from bot.core.final_checks import reply_fact_check
from bot.core.models import ReplyRequest, ReplyResult
from bot.offline.engine import OfflineEngine


def checked_reply(comment: str, context: str) -> ReplyResult:
    """The offline reply to `comment` with `context` as the draft; it must pass the fact check."""
    request = ReplyRequest(comment=comment, context=context, guidelines=[])
    result = OfflineEngine().reply(request)
    check = reply_fact_check(request, result.suggestions, [])
    assert check.ok, check.invented
    return result
