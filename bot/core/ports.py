"""What the core service asks of the world around it: the knowledge base and the usage log.

Protocols, so that the service and its tests depend on these shapes, not on the classes in
bot/retrieval and bot/usage.py that implement them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from bot.core.models import Usage
from bot.datatypes import DocInfo, Hit, IngestReport, SearchMode


class Retriever(Protocol):
    """What the service asks of the knowledge base (bot/retrieval/knowledge_base.py)."""

    def search(self, query: str, k: int | None = None, *, mode: SearchMode = "hybrid") -> list[Hit]: ...

    def search_fused(self, queries: Sequence[tuple[str, SearchMode]], k: int | None = None) -> list[Hit]: ...

    def ingest(
        self,
        paths: Sequence[Path] = (),
        *,
        include_default: bool = True,
        prune: bool = False,
        stored_as: Mapping[Path, Path] | None = None,
        cancel: threading.Event | None = None,
    ) -> IngestReport: ...

    def forget(self, paths: Sequence[Path]) -> int: ...

    def count(self) -> int: ...

    def documents(self) -> list[DocInfo]: ...


class UsageRecorder(Protocol):
    """Where each request's engine, tokens, cost and latency are written (see bot/usage.py). The
    cost (USD) is estimated from the tokens unless given (audio is priced by the minute)."""

    def record(
        self,
        *,
        task: str,
        user_id: str | None,
        engine: str,
        usage: Usage | None,
        latency_ms: float,
        cost: float | None = None,
    ) -> None: ...
