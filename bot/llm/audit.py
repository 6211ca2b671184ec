"""Optional: improvement suggestions from the model on top of the rule-based caption audit.

The rule-based audit (`bot.core.audit`) stays the source of the score and findings; this only
adds a few concrete suggestions. Same safeguards as the other tasks: personal data redacted,
instruction phrases neutralised, the caption only in the user turn, leaks blocked.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.models import Finding, Hit, PlatformName
from bot.errors import EngineBlocked, EngineUnavailable
from bot.llm import context as ctx
from bot.llm.client import INVALID_REASON, ModelClient
from bot.llm.conversation import Conversation
from bot.llm.guard import neutralise
from bot.llm.redact import strip_pii
from bot.llm.schemas import AuditOut, OutputInvalid, parse_audit, schema_hint


def suggest_improvements(
    client: ModelClient,
    turns: Conversation,
    caption: str,
    platform: PlatformName,
    findings: Sequence[Finding] = (),
    guidelines: Sequence[Hit] = (),
) -> list[str]:
    """Two to five suggestions; raises `EngineUnavailable` when the model cannot give them
    (`EngineBlocked` when its answer leaks)."""
    call = client.start()
    text = neutralise(turns.redact(caption, numbered=False).text).text
    listed = "\n".join(f"- [{f.severity}] {f.message}" for f in findings) or "(tidak ada temuan)"
    messages = [
        turns.system(
            "audit",
            institution="instansi pemerintah",
            platform=platform,
            findings=listed,
            guidelines=ctx.guidelines_text(guidelines, turns.settings.llm_context_chars),
            schema=schema_hint(AuditOut),
        ),
        turns.user("audit", caption=text),
    ]
    try:
        out, _ = client.structured(call, messages, AuditOut, parse_audit, turns.repair(AuditOut))
    except OutputInvalid as err:
        raise EngineUnavailable(INVALID_REASON, usage=call.usage) from err
    suggestions = [strip_pii(s)[0] for s in out.suggestions]
    if leak := turns.guard.find_leak("\n".join(suggestions)):
        raise EngineBlocked(leak, usage=call.usage)
    return suggestions
