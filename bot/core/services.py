"""The core services: rewrite, reply, audit, search, ingest.

This is the one entry point the edges (CLI, Telegram) call. It validates input,
retrieves guidelines, asks the configured engine, falls back to the offline engine
when the model cannot answer or its answer is blocked (in one place, `_produce`), and
runs the final checks on every result whatever engine produced it: platform limits, and
the one fact-check verdict, against what the engine was given. Engines only produce.
It knows nothing of Telegram.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot.core.audit import audit_text
from bot.core.budget import BudgetGuard
from bot.core.classify import Classification
from bot.core.compose import (
    AUDIT_SUGGESTION_CHARS,
    REASON_CHARS,
    RECOMMENDATION_CHARS,
    REPLY_CHARS,
    clip,
)
from bot.core.engine import Engine
from bot.core.final_checks import (
    W_FACTS_REPLY,
    Notes,
    finish_rewrite,
    grounding,
    reply_fact_check,
)
from bot.core.guideline_queries import (
    QUERY_CHARS,
    REPLY_POOL,
    REPLY_QUERIES,
    REPLY_TEMPLATE_QUERIES,
    REWRITE_QUERY,
    reply_topics,
)
from bot.core.inputs import clean_for, clean_input
from bot.core.media import Media
from bot.core.models import (
    AuditResult,
    Hit,
    Profile,
    ReplyRequest,
    ReplyResult,
    RewriteRequest,
    RewriteResult,
    SearchMode,
    Tone,
    unique_sources,
)
from bot.core.platforms import parse_platforms, require_platforms
from bot.core.ports import Retriever, UsageRecorder
from bot.core.triage import CommentTriage
from bot.core.uploads import Uploads
from bot.errors import BadInput, EngineBlocked, EngineUnavailable, KnowledgeMissing
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.datatypes import DocInfo, IngestReport

log = logging.getLogger(__name__)
R = TypeVar("R", bound=RewriteResult | ReplyResult)

FALLBACK_NOTICE = "Model bahasa tidak dapat dihubungi ({reason}); jawaban ini dari mesin offline."
BLOCKED_NOTICE = "Jawaban model diblokir ({reason}); dipakai jawaban mesin offline."



class HumasService:
    """Rewrite, reply and audit, grounded by the knowledge base."""

    def __init__(
        self,
        settings: Settings,
        knowledge: Retriever,
        engine: Engine,
        offline: Engine,
        usage_log: UsageRecorder | None = None,
        triage: CommentTriage | None = None,
        budget: BudgetGuard | None = None,
    ) -> None:
        self.settings = settings
        #: The spending caps, checked before every model call (`_produce`).
        self.budget = budget
        #: The one triage of a comment (kind, escalation, reason) both engines start from.
        self.triage = triage or CommentTriage(None)
        self.knowledge = knowledge
        self.engine = engine
        self.offline = offline
        self.usage_log = usage_log
        self.uploads = Uploads(settings, knowledge)
        #: Quizzes, polls and video scripts of a draft.
        self.media = Media(engine, budget)

    def _record(self, task: str, user_id: str | None, result: RewriteResult | ReplyResult, started: float) -> None:
        if self.usage_log is None:
            return
        try:
            self.usage_log.record(
                task=task,
                user_id=user_id,
                engine=result.engine,
                usage=result.usage,
                latency_ms=(time.perf_counter() - started) * 1000,
            )
        except Exception:  # usage accounting must never cost the user an answer
            log.exception("could not record usage")

    @property
    def engine_name(self) -> str:
        return self.engine.name

    def default_profile(self) -> Profile:
        s = self.settings
        return Profile(
            name=s.institution_name,
            handle=s.institution_handle,
            hashtags=list(s.default_hashtags),
            tone=s.default_tone,
            card_primary=s.card_primary or None,
            card_accent=s.card_accent or None,
            card_text=s.card_text or None,
        )

    # --- retrieval -------------------------------------------------------------------
    def search(self, query: str, k: int | None = None) -> list[Hit]:
        query = clean_input(query, max_chars=self.settings.max_input_chars, what="Kueri")
        return self.knowledge.search(query, k or self.settings.top_k)

    def warm_up(self) -> None:
        """Search every task query once, so that no officer's request pays for embedding one."""
        for query, k in [(REWRITE_QUERY, self.settings.top_k)] + [
            (q, max(REPLY_POOL, self.settings.top_k)) for q in dict.fromkeys(REPLY_QUERIES.values())
        ]:
            try:
                self.knowledge.search(query, k)
            except Exception:  # an empty or broken store shows up again, and is reported, on use
                log.warning("warm-up search failed", exc_info=True)
                return

    def _guidelines(self, task_query: str, text: str) -> list[Hit]:
        """The guidelines for a task on an officer's text: top_k in all, best first, one chunk once.

        Two rankings are fused (by the knowledge base's reciprocal rank fusion). The task's own
        query (fixed per task and comment kind) is searched hybrid, BM25 + vectors; its result is
        cached until the knowledge changes, so it costs nothing per request. The officer's text (a
        draft, a comment) is searched with BM25 only: its content words are what it shares with a
        guideline, and embedding a draft as an E5 *query* would cost 30-150 ms of both cores before
        every model call (docs/benchmarks.md, section 4, item 9).
        """
        queries: list[tuple[str, SearchMode]] = [(task_query, "hybrid"), (text[:QUERY_CHARS], "lexical")]
        try:
            return self.knowledge.search_fused(queries, self.settings.top_k)
        except Exception:  # retrieval must never block an answer
            log.exception("retrieval failed")
            return []

    def _reply_guidelines(self, kind: str, comment: str, escalate: bool | None = None) -> list[Hit]:
        """The guidelines for a reply to a comment of `kind`: top_k chunks of the kind's own topics
        (`reply_topics`: the escalation guideline only when `escalate` is not False): the best chunk of
        each topic in the declared order (templates and general rules first), then the rest, ranked by
        reciprocal rank fusion as in `_guidelines` (the kind's task query and its template query first,
        the comment's words as a second signal). A chunk of another topic is dropped however many words
        it shares with the comment: fewer sources, or none, rather than a wrong one.

        A knowledge base that declares no topic at all (no front matter) cannot be judged this way:
        its chunks are ranked as `_guidelines` ranks them."""
        topics = reply_topics(kind, escalate)
        wanted = set(topics)
        queries: list[tuple[str, SearchMode]] = [
            (REPLY_QUERIES.get(kind, REPLY_QUERIES["other"]), "hybrid"),
            (REPLY_TEMPLATE_QUERIES.get(kind, REPLY_TEMPLATE_QUERIES["other"]), "lexical"),
            (comment[:QUERY_CHARS], "lexical"),
        ]
        try:
            pool = self.knowledge.search_fused(queries, max(REPLY_POOL, self.settings.top_k))
        except Exception:  # retrieval must never block an answer
            log.exception("retrieval failed")
            return []
        if not any(hit.topic for hit in pool):
            return pool[: self.settings.top_k]
        fitting = [hit for hit in pool if hit.topic in wanted]
        # the best chunk of each of the kind's topics first (the template and rules, then the kind's
        # own procedure), then the rest of them by rank
        first = [next(hit for hit in fitting if hit.topic == topic) for topic in topics
                 if any(hit.topic == topic for hit in fitting)]
        return [*first, *(hit for hit in fitting if hit not in first)][: self.settings.top_k]

    def _produce(self, task: str, produce: Callable[[Engine], R], user_id: str | None) -> R:
        """The engine's result within the spending caps (`BudgetGuard.within`: the model call first
        reserves its estimate; over a cap, the offline engine answers, with a notice)."""
        if self.budget is None or self.engine.name == self.offline.name:
            return self._fallback(task, produce)
        return self.budget.within(user_id, lambda: self._fallback(task, produce), lambda: produce(self.offline))

    def _fallback(self, task: str, produce: Callable[[Engine], R]) -> R:
        """The engine's result, or the offline engine's when it is unavailable or its answer is
        blocked: the one place of fallback. The officer is told why, keeps the warnings the engine
        gathered (personal data, injection), and the tokens the failed attempt spent are counted."""
        try:
            return produce(self.engine)
        except EngineUnavailable as failure:
            blocked = isinstance(failure, EngineBlocked)
            state = "blocked" if blocked else "unavailable"
            log.warning("engine %s: %s %s: %s", self.engine.name, task, state, failure)
            result = produce(self.offline)
            notice = (BLOCKED_NOTICE if blocked else FALLBACK_NOTICE).format(reason=str(failure))
            result.warnings[:0] = [notice, *failure.warnings]
            result.usage = result.usage or failure.usage
            return result

    # --- rewrite ---------------------------------------------------------------------
    def rewrite(
        self,
        draft: str,
        platforms: Sequence[str] | str | None = None,
        tone: Tone | None = None,
        profile: Profile | None = None,
        user_id: str | None = None,
        *,
        brief: bool = False,
        variant: int = 0,
    ) -> RewriteResult:
        """One post per platform; `brief` asks for a short version, `variant` for another wording."""
        draft = clean_for("rewrite", draft, max_chars=self.settings.max_input_chars)
        profile = profile or self.default_profile()
        names = require_platforms(platforms if platforms is not None else list(profile.platforms))
        request = RewriteRequest(
            draft=draft,
            platforms=names,
            tone=tone or profile.tone,
            profile=profile,
            guidelines=self._guidelines(REWRITE_QUERY, draft),
            user_id=user_id,
            brief=brief,
            variant=variant,
        )
        started = time.perf_counter()
        result = self._produce("rewrite", lambda engine: engine.rewrite(request), user_id)
        self._record("rewrite", user_id, result, started)
        return finish_rewrite(request, result)

    # --- reply -----------------------------------------------------------------------
    def classify_comment(self, comment: str) -> Classification:
        """The triage of a comment: sure rules, then the classifier trained on labelled comments
        (when an embedder is wired in), else the rule classifier."""
        return self.triage.classify(comment)

    def reply(
        self,
        comment: str,
        context: str | None = None,
        tone: Tone | None = None,
        profile: Profile | None = None,
        user_id: str | None = None,
    ) -> ReplyResult:
        comment = clean_for("reply", comment, max_chars=self.settings.max_input_chars)
        if context is not None:
            context = clean_input(context, max_chars=self.settings.max_input_chars, what="Konteks")
        profile = profile or self.default_profile()
        hint = self.classify_comment(comment)
        request = ReplyRequest(
            comment=comment,
            context=context,
            tone=tone or profile.tone,
            profile=profile,
            guidelines=self._reply_guidelines(hint.kind, comment, hint.escalate),
            hint_kind=hint.kind,
            hint_escalate=hint.escalate,
            hint_reason=hint.reason,
            user_id=user_id,
        )
        started = time.perf_counter()
        result = self._produce("reply", lambda engine: engine.reply(request), user_id)
        self._record("reply", user_id, result, started)
        chunks = grounding(request.guidelines, result.grounded_on)
        suggestions = [clip(s, REPLY_CHARS) for s in result.suggestions]
        check = reply_fact_check(request, suggestions, chunks)
        notes = Notes([request.comment, request.context or "", *request.profile.fact_sources(),
                       *(hit.text for hit in chunks)])
        reason = notes.tidy(result.reason, REASON_CHARS)
        recommendation = notes.tidy(result.recommendation or "", RECOMMENDATION_CHARS) or None
        warnings = [*result.warnings, *notes.warnings()]
        if not check.ok:
            warnings.append(W_FACTS_REPLY + ", ".join(check.invented))
        return result.model_copy(
            update={
                "suggestions": suggestions,
                "reason": reason,
                "recommendation": recommendation,
                "sources": result.sources or unique_sources(request.guidelines),
                "fact_check": check,
                "warnings": list(dict.fromkeys(warnings)),
            }
        )

    # --- audit -----------------------------------------------------------------------
    def audit(self, draft: str, platform: str = "instagram", *, user_id: str | None = None) -> AuditResult:
        draft = clean_for("audit", draft, max_chars=self.settings.max_input_chars)
        try:
            (name,) = parse_platforms(platform)
        except ValueError as err:
            raise BadInput(
                f"Platform '{platform}' tidak dikenal. Pilih satu: instagram, facebook, x, tiktok, whatsapp."
            ) from err
        result = audit_text(draft, name)
        if not self.engine.can_suggest_audit:
            return result
        if self.budget is not None and (notice := self.budget.admit(user_id)) is not None:
            return result.model_copy(update={"warnings": [notice, *result.warnings]})
        guidelines = self._guidelines(REWRITE_QUERY, draft)
        try:
            suggestions = self.engine.suggest_audit(draft, name, result.findings, guidelines)
        except EngineUnavailable as err:
            log.warning("engine %s unavailable for audit: %s", self.engine.name, err)
            return result
        notes = Notes([draft, *(hit.text for hit in guidelines)])
        tidy = [text for text in (notes.tidy(s, AUDIT_SUGGESTION_CHARS) for s in suggestions) if text]
        return result.model_copy(
            update={
                "engine": self.engine.name,
                "suggestions": tidy,
                "sources": unique_sources(guidelines),
                "warnings": [*result.warnings, *notes.warnings()],
            }
        )

    # --- knowledge -------------------------------------------------------------------
    def ingest(self, paths: Sequence[Path] = (), *, prune: bool = False) -> IngestReport:
        """The knowledge folder, the uploaded guidelines and `paths`: a store rebuilt from nothing
        gets back everything officers uploaded, not only the shipped guidelines."""
        uploads = [self.settings.uploads_dir] if self.uploads.has_files() else []
        return self.knowledge.ingest([*uploads, *paths], prune=prune)

    def ensure_knowledge(self) -> IngestReport | None:
        """Ingest the knowledge folder when the store is empty (a newcomer's first run).

        `KnowledgeMissing` when that leaves the store empty: answers without guidelines would be
        the only sign of it otherwise."""
        if self.knowledge.count() == 0:
            report = self.ingest()  # raises KnowledgeMissing for a missing or empty folder
            if self.knowledge.count() == 0:
                problems = "; ".join(report.errors[:3]) or "tidak ada potongan yang tersimpan"
                raise KnowledgeMissing(
                    f"Basis pengetahuan masih kosong sesudah memuat '{self.settings.knowledge_dir}': {problems}."
                )
            return report
        return None

    def documents(self) -> list[DocInfo]:
        return self.knowledge.documents()

    # --- uploads ---------------------------------------------------------------------
    def check_upload(self, name: str, size: int | None = None, *, downloaded: Path | None = None) -> None:
        """Refuse a guideline upload the knowledge base could not take (see `Uploads.check`)."""
        self.uploads.check(name, size, downloaded=downloaded)

