"""The engine interface: the offline engine and the LLM engine both implement it.

An engine only produces: it turns a request that already carries retrieved guidelines into a
result, and says on it which guideline chunks it drew on (`grounded_on`). Everything else is the
service's (bot/core/services.py), so every engine is held to the same rules: the fact-check
verdict, platform limits, source listing, and the fallback to the offline engine when an engine
raises `EngineUnavailable` (or `EngineBlocked`, for an answer that may not be shown), whose
`warnings` and `usage` the service carries over to the fallback's answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from bot.core.models import (
    Finding,
    Hit,
    PlatformName,
    ReplyRequest,
    ReplyResult,
    RewriteRequest,
    RewriteResult,
)


@runtime_checkable
class Engine(Protocol):
    #: Shown to the user as `engine` ("offline", or the model name).
    name: str
    #: Whether `suggest_audit` adds suggestions to the rule-based caption audit; when False the
    #: service does not call it (nor retrieve guidelines for it).
    can_suggest_audit: bool

    def rewrite(self, request: RewriteRequest) -> RewriteResult: ...

    def reply(self, request: ReplyRequest) -> ReplyResult: ...

    def suggest_audit(
        self, caption: str, platform: PlatformName, findings: Sequence[Finding], guidelines: Sequence[Hit]
    ) -> list[str]: ...
