"""Optional: improvement suggestions from the model on top of the rule-based caption audit.

The rule-based audit (`bot.core.audit`) stays the source of the score and findings; this only
adds a few concrete suggestions. Same safeguards as the other tasks: personal data redacted,
instruction phrases neutralised, the caption only in the user turn, leaks blocked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from langchain_core.messages import HumanMessage

from bot.core.models import Finding, Hit, PlatformName
from bot.errors import EngineUnavailable
from bot.llm import context as ctx
from bot.llm.guard import neutralise
from bot.llm.redact import strip_pii
from bot.llm.schemas import AuditOut, OutputInvalid, parse_audit, schema_hint

if TYPE_CHECKING:
    from bot.llm.engine import LLMEngine


def suggest_improvements(
    engine: LLMEngine,
    caption: str,
    platform: PlatformName,
    findings: Sequence[Finding] = (),
    guidelines: Sequence[Hit] = (),
) -> list[str]:
    """Two to five suggestions; raises `EngineUnavailable` when the model cannot give them."""
    call = engine.client.start()
    text = neutralise(engine._redact(caption, numbered=False).text).text
    listed = "\n".join(f"- [{f.severity}] {f.message}" for f in findings) or "(tidak ada temuan)"
    messages = [
        engine._system(
            "audit",
            institution="instansi pemerintah",
            platform=platform,
            findings=listed,
            guidelines=ctx.guidelines_text(guidelines, engine.settings.llm_context_chars),
            schema=schema_hint(AuditOut),
        ),
        HumanMessage(engine.prompts.get("audit").render_user(caption=text)),
    ]
    try:
        out, _ = engine.client.structured(call, messages, AuditOut, parse_audit, engine._repair(AuditOut))
    except OutputInvalid as err:
        raise EngineUnavailable("keluaran model tidak valid") from err
    suggestions = [strip_pii(s)[0] for s in out.suggestions]
    if engine.guard.find_leak("\n".join(suggestions)):
        raise EngineUnavailable("keluaran model memuat instruksi sistem")
    return suggestions
