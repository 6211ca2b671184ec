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
from typing import TYPE_CHECKING, Protocol, TypeVar

from bot.core.audit import audit_text
from bot.core.classify import classify_comment
from bot.core.compose import fit_to_limit
from bot.core.engine import Engine
from bot.core.fact_check import verdict
from bot.core.inputs import clean_input
from bot.core.models import (
    AuditResult,
    FactCheck,
    Hit,
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
from bot.errors import BadInput, EngineBlocked, EngineUnavailable, KnowledgeMissing
from bot.retrieval.loaders import SUPPORTED_SUFFIXES, Limits, load_file
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.datatypes import DocInfo, IngestReport

log = logging.getLogger(__name__)
R = TypeVar("R", bound=RewriteResult | ReplyResult)

FALLBACK_NOTICE = "Model bahasa tidak dapat dihubungi ({reason}); jawaban ini dari mesin offline."
BLOCKED_NOTICE = "Jawaban model diblokir ({reason}); dipakai jawaban mesin offline."
W_FACTS_REWRITE = "Cek fakta: ada fakta yang tidak ada di draf: "
W_FACTS_REPLY = "Cek fakta: saran balasan memuat fakta yang tidak ada di sumber: "

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
    """What the service asks of the knowledge base (bot/retrieval/knowledge_base.py)."""

    def search(self, query: str, k: int | None = None, *, mode: SearchMode = "hybrid") -> list[Hit]: ...

    def search_fused(self, queries: Sequence[tuple[str, SearchMode]], k: int | None = None) -> list[Hit]: ...

    def ingest(self, paths: Sequence[Path] = (), *, prune: bool = False) -> IngestReport: ...

    def count(self) -> int: ...

    def documents(self) -> list[DocInfo]: ...


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

    def _produce(self, task: str, produce: Callable[[Engine], R]) -> R:
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
        result = self._produce("rewrite", lambda engine: engine.rewrite(request))
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
        check = rewrite_fact_check(request, posts, grounding(request.guidelines, result.grounded_on))
        warnings = list(result.warnings)
        if not check.ok:
            warnings.append(W_FACTS_REWRITE + ", ".join(check.invented))
        return result.model_copy(
            update={
                "posts": posts,
                "sources": result.sources or unique_sources(request.guidelines),
                "fact_check": check,
                "warnings": list(dict.fromkeys(warnings)),
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
        result = self._produce("reply", lambda engine: engine.reply(request))
        self._record("reply", user_id, result, started)
        check = reply_fact_check(request, result.suggestions, grounding(request.guidelines, result.grounded_on))
        warnings = list(result.warnings)
        if not check.ok:
            warnings.append(W_FACTS_REPLY + ", ".join(check.invented))
        return result.model_copy(
            update={
                "sources": result.sources or unique_sources(request.guidelines),
                "fact_check": check,
                "warnings": list(dict.fromkeys(warnings)),
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
        if not self.engine.can_suggest_audit:
            return result
        guidelines = self._guidelines(REWRITE_QUERY, draft)
        try:
            suggestions = self.engine.suggest_audit(draft, name, result.findings, guidelines)
        except EngineUnavailable as err:
            log.warning("engine %s unavailable for audit: %s", self.engine.name, err)
            return result
        return result.model_copy(
            update={"engine": self.engine.name, "suggestions": suggestions, "sources": unique_sources(guidelines)}
        )

    # --- knowledge -------------------------------------------------------------------
    def ingest(self, paths: Sequence[Path] = (), *, prune: bool = False) -> IngestReport:
        return self.knowledge.ingest(paths, prune=prune)

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
        """Refuse a guideline upload that the knowledge base could not take, before it is stored.

        `BadInput` naming `name`: a type that cannot be read, more than `max_upload_bytes` (the
        declared `size`, or the `downloaded` file's), or a `downloaded` file that is empty, broken
        or without text. Cheap without `downloaded` (call it before fetching the file); blocking with it.
        """
        limit = self.settings.max_upload_bytes
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise BadInput(f"Berkas '{name}' tidak didukung. Kirim berkas PDF, DOCX, MD atau TXT.")
        if downloaded is not None:
            size = downloaded.stat().st_size
        if size and size > limit:
            raise BadInput(
                f"Berkas '{name}' terlalu besar ({size / 1_000_000:.1f} MB; batas {limit / 1_000_000:.1f} MB)."
            )
        if downloaded is not None:
            load_file(name, max_bytes=limit, data=downloaded.read_bytes(), limits=Limits.of(self.settings))


def grounding(guidelines: Sequence[Hit], ids: Sequence[str] | None) -> list[Hit]:
    """The guideline chunks an engine drew on (`ids`, its `grounded_on`; None: all), in rank order."""
    if ids is None:
        return list(guidelines)
    wanted = set(ids)
    return [hit for hit in guidelines if hit.id in wanted]


def rewrite_fact_check(request: RewriteRequest, posts: Sequence[Post], chunks: Sequence[Hit]) -> FactCheck:
    """The verdict on a rewrite: its posts against the draft, the profile and `chunks`."""
    return verdict("\n\n".join(p.text for p in posts), [request.draft, *request.profile.fact_sources()], chunks)


def reply_fact_check(request: ReplyRequest, suggestions: Sequence[str], chunks: Sequence[Hit]) -> FactCheck:
    """The verdict on a reply: its suggestions against the comment, its context, the profile and `chunks`."""
    sources = [request.comment, request.context or "", *request.profile.fact_sources()]
    return verdict("\n\n".join(suggestions), sources, chunks)
