"""The core services: rewrite, reply, audit, search, ingest.

This is the one entry point the edges (CLI, Telegram) call. It validates input,
retrieves guidelines, asks the configured engine, falls back to the offline engine
when the model cannot answer, and runs the shared checks (limits, facts) on every
result whatever engine produced it. It knows nothing of Telegram.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bot.core.audit import audit_text
from bot.core.classify import classify_comment
from bot.core.compose import fit_to_limit
from bot.core.engine import Engine
from bot.core.fact_check import check_facts
from bot.core.inputs import clean_input
from bot.core.models import (
    AuditResult,
    Hit,
    PlatformName,
    Post,
    Profile,
    ReplyRequest,
    ReplyResult,
    RewriteRequest,
    RewriteResult,
    SearchMode,
    Tone,
    Usage,
    unique_sources,
)
from bot.core.platforms import SPECS, parse_platforms, post_length, require_platforms
from bot.errors import BadInput, EngineUnavailable, KnowledgeMissing
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.datatypes import DocInfo, IngestReport

log = logging.getLogger(__name__)

FALLBACK_NOTICE = "Model bahasa tidak dapat dihubungi ({reason}); jawaban ini dari mesin offline."

# Retrieval queries that pull the guidelines each task needs, on top of the user's own text.
#: How much of an officer's text is searched (the opening of a draft says what it is about).
QUERY_CHARS = 600
REWRITE_QUERY = "menulis caption media sosial yang berdampak bagi warga, bahasa lugas, ajakan dan tagar"
REPLY_QUERIES: dict[str, str] = {
    "question": "menjawab pertanyaan warga di kolom komentar dengan cepat dan jujur",
    "complaint": "menanggapi keluhan warga dan kanal pengaduan resmi SP4N-LAPOR!",
    "hoax": "klarifikasi hoaks dan disinformasi di media sosial",
    "praise": "membalas pujian dan apresiasi warga",
    "abuse": "menghadapi komentar kasar: sembunyikan, abaikan atau laporkan, jangan berdebat",
    "spam": "komentar spam promosi judi online: sembunyikan atau laporkan",
    "political": "netralitas ASN dan komentar politik di akun pemerintah, eskalasi",
    "personal_data": "data pribadi di komentar: pindahkan ke pesan pribadi",
    "other": "membalas komentar warga dengan responsif bukan reaktif",
}


class Retriever(Protocol):
    def search(self, query: str, k: int | None = None, *, mode: SearchMode = "hybrid") -> list[Hit]: ...


class UsageRecorder(Protocol):
    """Where each request's engine, tokens and latency are written (see bot/usage.py)."""

    def record(
        self, *, task: str, user_id: str | None, engine: str, usage: Usage | None, latency_ms: float
    ) -> None: ...


class HumasService:
    """Rewrite, reply and audit, grounded by the knowledge base."""

    def __init__(
        self,
        settings: Settings,
        knowledge: Retriever,
        engine: Engine,
        offline: Engine,
        usage_log: UsageRecorder | None = None,
    ) -> None:
        self.settings = settings
        self.knowledge = knowledge
        self.engine = engine
        self.offline = offline
        self.usage_log = usage_log

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
        )

    # --- retrieval -------------------------------------------------------------------
    def search(self, query: str, k: int | None = None) -> list[Hit]:
        query = clean_input(query, max_chars=self.settings.max_input_chars, what="Kueri")
        return self.knowledge.search(query, k or self.settings.top_k)

    def warm_up(self) -> None:
        """Search every task query once, so that no officer's request pays for embedding one."""
        for query in dict.fromkeys((REWRITE_QUERY, *REPLY_QUERIES.values())):
            try:
                self.knowledge.search(query, self.settings.top_k)
            except Exception:  # an empty or broken store shows up again, and is reported, on use
                log.warning("warm-up search failed", exc_info=True)
                return

    def _guidelines(self, task_query: str, text: str) -> list[Hit]:
        """The guidelines for a task on an officer's text: top_k in all, best first, one chunk once.

        Two rankings are merged. The task's own query (fixed per task and comment kind) is searched
        hybrid, BM25 + vectors; its result is cached until the knowledge changes, so it costs nothing
        per request. The officer's text (a draft, a comment) is searched with BM25 only: its content
        words are what it shares with a guideline, and embedding a draft as an E5 *query* would cost
        30-150 ms of both cores before every model call (docs/benchmarks.md, section 4, item 9).
        """
        merged: dict[str, Hit] = {}
        for query, mode in ((task_query, "hybrid"), (text[:QUERY_CHARS], "lexical")):
            try:
                hits = self.knowledge.search(query, self.settings.top_k, mode=mode)
            except Exception:  # retrieval must never block an answer
                log.exception("retrieval failed")
                hits = []
            for rank, hit in enumerate(hits):
                score = 1.0 / (60 + rank)
                if hit.id in merged:
                    merged[hit.id].score += score
                else:
                    merged[hit.id] = hit.model_copy(update={"score": score})
        ranked = sorted(merged.values(), key=lambda h: h.score, reverse=True)
        return ranked[: self.settings.top_k]

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
        draft = clean_input(draft, max_chars=self.settings.max_input_chars, what="Draf")
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
        try:
            result = self.engine.rewrite(request)
        except EngineUnavailable as err:
            log.warning("engine %s unavailable for rewrite: %s", self.engine.name, err)
            result = self.offline.rewrite(request)
            result.warnings.insert(0, FALLBACK_NOTICE.format(reason=err))
            result.usage = result.usage or err.usage  # tokens the failed attempts spent
        self._record("rewrite", user_id, result, started)
        return self._finish_rewrite(request, result)

    def _finish_rewrite(self, request: RewriteRequest, result: RewriteResult) -> RewriteResult:
        """Hold every engine to the same limits and the same fact check."""
        posts: list[Post] = []
        for post in result.posts:
            text = post.text
            if post_length(post.platform, text) > SPECS[post.platform].limit:
                text = fit_to_limit(post.platform, text, post.hashtags)
                result.warnings.append(f"Unggahan {SPECS[post.platform].label} dipendekkan agar muat batas karakter.")
            posts.append(
                post.model_copy(
                    update={
                        "text": text,
                        "char_count": post_length(post.platform, text),
                        "limit": SPECS[post.platform].limit,
                    }
                )
            )
        sources_text = [request.draft, *_profile_texts(request.profile), *(h.text for h in request.guidelines)]
        check = check_facts("\n\n".join(p.text for p in posts), sources_text)
        warnings = list(dict.fromkeys(result.warnings))
        if not check.ok:
            warnings.append("Cek fakta: ada fakta yang tidak ada di draf: " + ", ".join(check.invented))
            warnings = list(dict.fromkeys(warnings))  # the engine may have said it already
        return result.model_copy(
            update={
                "posts": posts,
                "sources": result.sources or unique_sources(request.guidelines),
                "fact_check": check,
                "warnings": warnings,
            }
        )

    # --- reply -----------------------------------------------------------------------
    def reply(
        self,
        comment: str,
        context: str | None = None,
        tone: Tone | None = None,
        profile: Profile | None = None,
        user_id: str | None = None,
    ) -> ReplyResult:
        comment = clean_input(comment, max_chars=self.settings.max_input_chars, what="Komentar")
        if context is not None:
            context = clean_input(context, max_chars=self.settings.max_input_chars, what="Konteks")
        profile = profile or self.default_profile()
        hint = classify_comment(comment)
        request = ReplyRequest(
            comment=comment,
            context=context,
            tone=tone or profile.tone,
            profile=profile,
            guidelines=self._guidelines(REPLY_QUERIES.get(hint.kind, REPLY_QUERIES["other"]), comment),
            hint_kind=hint.kind,
            user_id=user_id,
        )
        started = time.perf_counter()
        try:
            result = self.engine.reply(request)
        except EngineUnavailable as err:
            log.warning("engine %s unavailable for reply: %s", self.engine.name, err)
            result = self.offline.reply(request)
            result.warnings.insert(0, FALLBACK_NOTICE.format(reason=err))
            result.usage = result.usage or err.usage  # tokens the failed attempts spent
        self._record("reply", user_id, result, started)
        sources_text = [comment, context or "", *_profile_texts(profile), *(h.text for h in request.guidelines)]
        check = check_facts("\n\n".join(result.suggestions), sources_text)
        warnings = list(dict.fromkeys(result.warnings))
        if not check.ok:
            warnings.append("Cek fakta: saran balasan memuat fakta yang tidak ada di sumber: " + ", ".join(check.invented))
            warnings = list(dict.fromkeys(warnings))  # the engine may have said it already
        return result.model_copy(
            update={
                "sources": result.sources or unique_sources(request.guidelines),
                "fact_check": check,
                "warnings": warnings,
            }
        )

    # --- audit -----------------------------------------------------------------------
    def audit(self, draft: str, platform: str = "instagram") -> AuditResult:
        draft = clean_input(draft, max_chars=self.settings.max_input_chars, what="Caption")
        try:
            (name,) = parse_platforms(platform)
        except ValueError as err:
            raise BadInput(
                f"Platform '{platform}' tidak dikenal. Pilih satu: instagram, facebook, x, tiktok, whatsapp."
            ) from err
        result = audit_text(draft, name)
        suggest = getattr(self.engine, "suggest_audit", None)
        if suggest is None:
            return result
        guidelines = self._guidelines(REWRITE_QUERY, draft)
        try:
            suggestions = suggest(draft, name, result.findings, guidelines)
        except EngineUnavailable as err:
            log.warning("engine %s unavailable for audit: %s", self.engine.name, err)
            return result
        return result.model_copy(
            update={"engine": self.engine.name, "suggestions": suggestions, "sources": unique_sources(guidelines)}
        )

    # --- knowledge -------------------------------------------------------------------
    def ingest(self, paths: Sequence[Path] = (), *, prune: bool = False) -> IngestReport:
        return self.knowledge.ingest(paths, prune=prune)  # type: ignore[attr-defined]

    def ensure_knowledge(self) -> IngestReport | None:
        """Ingest the knowledge folder when the store is empty (a newcomer's first run).

        `KnowledgeMissing` when that leaves the store empty: answers without guidelines would be
        the only sign of it otherwise."""
        if self.knowledge.count() == 0:  # type: ignore[attr-defined]
            report = self.ingest()  # raises KnowledgeMissing for a missing or empty folder
            if self.knowledge.count() == 0:  # type: ignore[attr-defined]
                problems = "; ".join(report.errors[:3]) or "tidak ada potongan yang tersimpan"
                raise KnowledgeMissing(
                    f"Basis pengetahuan masih kosong sesudah memuat '{self.settings.knowledge_dir}': {problems}."
                )
            return report
        return None

    def documents(self) -> list[DocInfo]:
        return self.knowledge.documents()  # type: ignore[attr-defined]


def _profile_texts(profile: Profile) -> list[str]:
    return [profile.name, profile.handle, " ".join(profile.hashtags)]


def platform_label(name: PlatformName) -> str:
    return SPECS[name].label
