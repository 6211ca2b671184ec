"""The engine interface: the offline engine and the LLM engine both implement it.

An engine turns a request that already carries retrieved guidelines into a result.
Limits, the fact check and source listing are applied by the services around it,
so every engine is held to the same rules.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.core.models import ReplyRequest, ReplyResult, RewriteRequest, RewriteResult


@runtime_checkable
class Engine(Protocol):
    #: Shown to the user as `engine` ("offline", or the model name).
    name: str

    def rewrite(self, request: RewriteRequest) -> RewriteResult: ...

    def reply(self, request: ReplyRequest) -> ReplyResult: ...
