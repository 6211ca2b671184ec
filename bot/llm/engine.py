"""The language-model engine: rewrite and reply through any OpenAI-compatible chat model.

Per request: personal data is redacted and instruction phrases neutralised before anything is
sent; the draft or comment travels only in the user turn between delimiters (a draft with its fact
sheet, bot/llm/fact_sheet.py); the answer is parsed into a schema (one repair turn), fact-locked
against its sources and, for a rewrite, held to the sheet's key facts (one regeneration naming the
inventions and the missing when, where, cost or how; a key fact still missing is a warning), and
posts over their platform's hard limit are shortened once. The engine only
produces: an answer that leaks the system prompt or a secret, or relays an injected announcement,
raises `EngineBlocked`; any other failure to get a usable first answer raises `EngineUnavailable`.
Both carry the warnings gathered so far and the tokens spent; the service falls back to the
offline engine, and gives the one fact-check verdict against the guideline chunks this engine
reports it drew on (`grounded_on`: what fitted `llm_context_chars`, and for a rewrite, was cited).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from langchain_core.messages import BaseMessage
from pydantic import BaseModel

from bot.core.classify import classify_comment
from bot.core.fact_check import verdict as fact_check
from bot.core.final_checks import gap_count, key_fact_gaps, key_facts_warnings
from bot.core.models import (
    Finding,
    Hit,
    PlatformName,
    Post,
    ReplyRequest,
    ReplyResult,
    RewriteRequest,
    RewriteResult,
    unique_sources,
)
from bot.core.platforms import SPECS, post_length
from bot.core.quiz_models import QuizSet
from bot.core.reading import read_draft
from bot.errors import EngineBlocked, EngineUnavailable
from bot.llm import context as ctx
from bot.llm.audit import suggest_improvements
from bot.llm.client import INVALID_REASON, Call, ModelClient
from bot.llm.conversation import Conversation
from bot.llm.fact_sheet import NONE, missing_text, sheet_block
from bot.llm.guard import echoes, neutralise
from bot.llm.posts import build_posts, posts_text
from bot.llm.prompts import PromptLoader
from bot.llm.quiz import reword_quiz
from bot.llm.redact import Redacted, describe, pii_values, strip_pii
from bot.llm.schemas import (
    OutputInvalid,
    ReplyOut,
    RewriteOut,
    parse_reply,
    parse_rewrite,
    schema_hint,
)

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R", RewriteRequest, ReplyRequest)

W_PII_DRAFT = (
    "Data pribadi di draf ({what}) disamarkan sebelum dikirim ke model; kontak dikembalikan di unggahan, NIK tidak."
)
W_PII_COMMENT = (
    "Komentar memuat data pribadi ({what}); data itu disamarkan sebelum dikirim ke model "
    "dan tidak diulang di saran balasan."
)
W_INJECTION = (
    "{what} memuat kalimat yang tampak seperti perintah ke bot (prompt injection); "
    "kalimat itu diabaikan dan diperlakukan sebagai data."
)
W_PII_OUTPUT = "Saran balasan dari model memuat data pribadi; data itu sudah disamarkan. Periksa sebelum dikirim."
W_ECHO = "Saran balasan yang mengulang pengumuman dari komentar dibuang."
W_FACTS_KEPT = "Model tidak berhasil menulis ulang tanpa fakta karangan ({reason})."
W_SHORTEN = "Model tidak berhasil memendekkan unggahan ({reason})."


class LLMEngine:
    """Engine backed by a chat model; `name` is the model name."""

    can_suggest_audit = True

    def __init__(self, client: ModelClient, settings: Settings, prompts: PromptLoader | None = None) -> None:
        self.client = client
        self.settings = settings
        self.name = client.model_name
        self.turns = Conversation(settings, prompts)

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMEngine:
        """Build the chat client once; no request is made here."""
        return cls(ModelClient.from_settings(settings), settings)

    def reword_quiz(self, draft: str, quiz_set: QuizSet) -> QuizSet:
        """The quiz question in the model's words when they pass every check (`bot.llm.quiz`)."""
        return reword_quiz(self.client, self.turns, draft, quiz_set)

    # --- shared helpers ----------------------------------------------------------------
    def _within_budget(self, request: R) -> R:
        """Only the guideline chunks that fit `llm_context_chars` are sent, cited and shown as sources."""
        kept = ctx.fit_guidelines(request.guidelines, self.settings.llm_context_chars)
        return request if len(kept) == len(request.guidelines) else request.model_copy(update={"guidelines": kept})

    def _first(
        self,
        call: Call,
        messages: list[BaseMessage],
        schema: type[BaseModel],
        parse: Callable[[Any], T],
        warnings: list[str],
    ) -> tuple[T, str]:
        """The first usable answer (one repair turn); still invalid: `EngineUnavailable` with `warnings`."""
        try:
            return self.client.structured(call, messages, schema, parse, self.turns.repair(schema))
        except OutputInvalid as err:
            log.warning("model %s: output still invalid after repair: %s", self.name, err)
            raise EngineUnavailable(INVALID_REASON, usage=call.usage, warnings=warnings) from err

    def _regenerate(
        self,
        call: Call,
        messages: list[BaseMessage],
        schema: type[BaseModel],
        parse: Callable[[Any], T],
        raw: str,
        inventions: list[str],
        missing: str = NONE,
    ) -> tuple[T, str]:
        """The one regeneration turn: it names the inventions to drop and (a rewrite) the key facts to add."""
        turn = self.turns.follow_up(
            "regenerate_facts",
            inventions=self.turns.safe(", ".join(inventions)) if inventions else NONE,
            missing=missing,
            output=self.turns.safe(raw[:6000]),
        )
        return self.client.structured(call, [*messages, turn], schema, parse, self.turns.repair(schema))

    # --- rewrite -----------------------------------------------------------------------
    def rewrite(self, request: RewriteRequest) -> RewriteResult:
        request = self._within_budget(request)
        call = self.client.start()
        warnings: list[str] = []
        red = self.turns.redact(request.draft, numbered=True)
        if red.found:
            warnings.append(W_PII_DRAFT.format(what=describe(red.counts)))
        neu = neutralise(red.text)
        if neu.found:
            warnings.append(W_INJECTION.format(what="Draf"))
        names = list(request.platforms)
        profile = ctx.profile_values(request.profile)
        sheet = read_draft(request.draft)

        def scrub(text: str) -> str:
            return neutralise(self.turns.redact_like(text, red)).text

        messages: list[BaseMessage] = [
            self.turns.system(
                "rewrite",
                platforms=", ".join(names),
                tone=ctx.tone_text(request.tone),
                variation=ctx.variation_text(request.brief, request.variant),
                platform_rules=ctx.platform_rules(names),
                guidelines=ctx.guidelines_text(request.guidelines, self.settings.llm_context_chars),
                schema=schema_hint(RewriteOut),
                **profile,
            ),
            self.turns.user(
                "rewrite", platforms=", ".join(names), draft=neu.text, fact_sheet=sheet_block(sheet, scrub)
            ),
        ]

        def parse(data: Any) -> RewriteOut:
            return parse_rewrite(data, names)

        out, raw = self._first(call, messages, RewriteOut, parse, warnings)
        posts = self._posts(out, request, red.mapping)
        if leak := self.turns.guard.find_leak(posts_text(posts, extras=True)):
            raise self._blocked("rewrite", leak, warnings, call)
        # The fact lock and the key-fact check: an answer naming facts in no source, or leaving out the
        # when, where, cost or how of the sheet, is regenerated once, naming both (the fact-check verdict
        # is the service's; a key fact still missing becomes a warning).
        check = fact_check(posts_text(posts), self._rewrite_sources(request, out))
        gaps = key_fact_gaps(sheet, posts)
        if not check.ok or gaps:
            try:
                out2, raw2 = self._regenerate(
                    call, messages, RewriteOut, parse, raw, check.invented, missing_text(gaps, scrub)
                )
                posts2 = self._posts(out2, request, red.mapping)
                check2 = fact_check(posts_text(posts2), self._rewrite_sources(request, out2))
                gaps2 = key_fact_gaps(sheet, posts2)
                if (len(check2.invented), gap_count(gaps2)) <= (len(check.invented), gap_count(gaps)):
                    out, raw, posts = out2, raw2, posts2
            except (OutputInvalid, EngineUnavailable) as err:
                if not check.ok:
                    warnings.append(W_FACTS_KEPT.format(reason=_reason(err)))
        posts = self._shorten(call, messages, request, posts, raw, red.mapping, warnings)
        if leak := self.turns.guard.find_leak(posts_text(posts, extras=True)):
            raise self._blocked("rewrite", leak, warnings, call)
        warnings += key_facts_warnings(key_fact_gaps(sheet, posts))
        cited = ctx.cited(request.guidelines, out.guideline_ids)
        return RewriteResult(
            engine=self.name,
            posts=posts,
            sources=unique_sources(cited),
            warnings=warnings,
            grounded_on=[h.id for h in cited],
            usage=call.usage,
        )

    def _blocked(self, task: str, reason: str, warnings: list[str], call: Call) -> EngineBlocked:
        log.warning("model %s: %s blocked: %s", self.name, task, reason)
        return EngineBlocked(reason, usage=call.usage, warnings=warnings)

    def _rewrite_sources(self, request: RewriteRequest, out: RewriteOut) -> list[str]:
        """What the fact lock holds a rewrite to: the draft, the profile, the guidelines it cited."""
        cited = ctx.cited(request.guidelines, out.guideline_ids)
        return [request.draft, *request.profile.fact_sources(), *(h.text for h in cited)]

    def _posts(self, out: RewriteOut, request: RewriteRequest, mapping: dict[str, str]) -> list[Post]:
        return build_posts(out, request.profile.hashtags, mapping)

    def _shorten(
        self,
        call: Call,
        messages: list[BaseMessage],
        request: RewriteRequest,
        posts: list[Post],
        raw: str,
        mapping: dict[str, str],
        warnings: list[str],
    ) -> list[Post]:
        """Ask the model once to shorten the posts over their hard limit."""
        over = [p for p in posts if post_length(p.platform, p.text) > SPECS[p.platform].limit]
        if not over:
            return posts
        lines = "\n".join(
            f"- {p.platform}: {post_length(p.platform, p.text)} karakter, batas {SPECS[p.platform].limit}" for p in over
        )
        turn = self.turns.follow_up("shorten", overlimit=lines, output=self.turns.safe(raw[:8000]))
        names = [p.platform for p in over]
        try:
            out, _ = self.client.structured(
                call, [*messages, turn], RewriteOut, lambda d: parse_rewrite(d, names), self.turns.repair(RewriteOut)
            )
        except (OutputInvalid, EngineUnavailable) as err:
            warnings.append(W_SHORTEN.format(reason=_reason(err)))
            return posts
        shorter = {p.platform: p for p in self._posts(out, request, mapping)}
        return [
            shorter[p.platform] if p.platform in shorter and shorter[p.platform].char_count < p.char_count else p
            for p in posts
        ]

    def suggest_audit(
        self, caption: str, platform: PlatformName, findings: Sequence[Finding] = (), guidelines: Sequence[Hit] = ()
    ) -> list[str]:
        """Model suggestions on top of the rule-based audit (see bot/llm/audit.py)."""
        return suggest_improvements(self.client, self.turns, caption, platform, findings, guidelines)

    # --- reply -------------------------------------------------------------------------
    def reply(self, request: ReplyRequest) -> ReplyResult:
        request = self._within_budget(request)
        call = self.client.start()
        warnings: list[str] = []
        red = self.turns.redact(request.comment, numbered=False)
        red_ctx = self.turns.redact(request.context or "", numbered=False)
        if red.found or red_ctx.found:
            warnings.append(W_PII_COMMENT.format(what=describe(red.counts + red_ctx.counts)))
        neu, neu_ctx = neutralise(red.text), neutralise(red_ctx.text)
        if neu.found or neu_ctx.found:
            warnings.append(W_INJECTION.format(what="Komentar"))
        context = request.context or ""
        context_block = self._context_block(context, neu_ctx.text, red_ctx) if neu_ctx.text.strip() else ""
        messages: list[BaseMessage] = [
            self.turns.system(
                "reply",
                tone=ctx.tone_text(request.tone),
                hint_kind=request.hint_kind or "other",
                guidelines=ctx.guidelines_text(request.guidelines, self.settings.llm_context_chars),
                schema=schema_hint(ReplyOut),
                **ctx.profile_values(request.profile),
            ),
            self.turns.user("reply", context_block=context_block, comment=neu.text),
        ]

        def parse(data: Any) -> ReplyOut:
            return parse_reply(data, request.hint_kind)

        out, raw = self._first(call, messages, ReplyOut, parse, warnings)
        public = [*request.profile.fact_sources(), *(h.text for h in request.guidelines)]
        sources = [request.comment, request.context or "", *public]
        allow = pii_values(public)
        out = self._clean_reply(out, allow, neu.payloads + neu_ctx.payloads, warnings)
        if reason := self._reply_blocked(out):
            raise self._blocked("reply", reason, _without_echo(warnings), call)
        check = fact_check("\n\n".join(out.suggestions), sources)
        if not check.ok:
            try:
                out2, _ = self._regenerate(call, messages, ReplyOut, parse, raw, check.invented)
                out2 = self._clean_reply(out2, allow, neu.payloads + neu_ctx.payloads, [])
                check2 = fact_check("\n\n".join(out2.suggestions), sources)
                if out2.suggestions and len(check2.invented) <= len(check.invented):
                    out = out2
            except (OutputInvalid, EngineUnavailable) as err:
                warnings.append(W_FACTS_KEPT.format(reason=_reason(err)))

        if reason := self._reply_blocked(out):
            raise self._blocked("reply", reason, _without_echo(warnings), call)
        if neu.found or neu_ctx.found or neu.payloads or neu_ctx.payloads:
            out = self._steady(out, request.comment)
        return ReplyResult(
            engine=self.name,
            kind=out.kind,
            escalate=out.escalate,
            reason=out.reason.strip(),
            suggestions=out.suggestions,
            recommendation=out.recommendation.strip() or None,
            sources=unique_sources(request.guidelines),
            warnings=warnings,
            grounded_on=[h.id for h in request.guidelines],
            usage=call.usage,
        )

    def _context_block(self, context: str, sent: str, redacted: Redacted) -> str:
        """The context draft as sent (`sent`: redacted, neutralised), then its fact sheet, scrubbed alike."""
        sheet = sheet_block(read_draft(context), lambda text: neutralise(self.turns.redact_like(text, redacted)).text)
        return f"\n<<<KONTEKS\n{sent}\nKONTEKS>>>\n\n<<<LEMBAR FAKTA KONTEKS\n{sheet}\nLEMBAR FAKTA KONTEKS>>>\n"

    def _reply_blocked(self, out: ReplyOut) -> str | None:
        if not out.suggestions:
            return "saran balasan mengulang pengumuman dari komentar"
        return self.turns.guard.find_leak("\n".join([*out.suggestions, out.reason, out.recommendation]))

    @staticmethod
    def _clean_reply(out: ReplyOut, allow: set[str], payloads: list[str], warnings: list[str]) -> ReplyOut:
        """Strip personal data from the suggestions; drop the ones that relay an injected announcement."""
        cleaned: list[str] = []
        stripped = 0
        for suggestion in out.suggestions:
            text, n = strip_pii(suggestion, allow)
            stripped += n
            if payloads and echoes(text, payloads):
                if W_ECHO not in warnings:
                    warnings.append(W_ECHO)
                continue
            cleaned.append(text)
        if stripped:
            warnings.append(W_PII_OUTPUT)
        recommendation, _ = strip_pii(out.recommendation, allow)
        reason, _ = strip_pii(out.reason, allow)
        if payloads and echoes(recommendation, payloads):
            recommendation = ""
        if payloads and echoes(reason, payloads):
            reason = ""
        return out.model_copy(update={"suggestions": cleaned, "recommendation": recommendation, "reason": reason})

    @staticmethod
    def _steady(out: ReplyOut, comment: str) -> ReplyOut:
        """A comment that gives the bot orders may have steered the model's judgement: the rule
        classifier's escalation stands, and such a comment is never taken for praise."""
        rules = classify_comment(comment)
        kind = rules.kind if out.kind == "praise" and rules.kind != "praise" else out.kind
        escalate = out.escalate or rules.escalate
        if (kind, escalate) == (out.kind, out.escalate):
            return out
        return out.model_copy(update={"kind": kind, "escalate": escalate, "reason": rules.reason})


def _without_echo(warnings: list[str]) -> list[str]:
    """The warnings still true of the offline answer that replaces a blocked reply."""
    return [w for w in warnings if w != W_ECHO]


def _reason(err: Exception) -> str:
    return str(err) if isinstance(err, EngineUnavailable) else "keluaran model tidak valid"

