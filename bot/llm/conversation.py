"""What every model task shares: its turns, redaction, and the leak guard.

The rewrite and reply engine (bot/llm/engine.py) and the audit suggestions (bot/llm/audit.py) both
build their messages here, so that each gets the same persona, the same canary, the same personal
data handling and the same guard, and neither reaches into the other.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from bot.llm.guard import LeakGuard
from bot.llm.prompts import PromptLoader
from bot.llm.redact import Redacted, redact, redact_like
from bot.llm.schemas import schema_hint

if TYPE_CHECKING:
    from bot.settings import Settings

#: Prompts whose system part the leak guard protects (the audit prompt's advice may well be echoed).
PROTECTED_PROMPTS = ("persona", "rewrite", "reply")


class Conversation:
    """Turns for one model: the system turn (persona + task), the user turn, follow-up turns
    (repair, regeneration, shortening), and the guard over what the model answers."""

    def __init__(self, settings: Settings, prompts: PromptLoader | None = None) -> None:
        self.settings = settings
        self.prompts = prompts or PromptLoader(settings.prompts_dir)
        #: Written into the persona; an answer that holds it leaks the system turn.
        self.canary = "HB-" + secrets.token_hex(4)
        self._guard: LeakGuard | None = None

    @property
    def guard(self) -> LeakGuard:
        """Blocks answers holding the canary, a configured secret, or text of the prompts' system
        parts (everything above each file's user marker, see bot/llm/prompts.py)."""
        if self._guard is None:
            s = self.settings
            keys = [v.get_secret_value() for v in (s.openai_api_key, s.telegram_bot_token, s.webhook_secret) if v]
            protected = [self.prompts.system_text(name) for name in PROTECTED_PROMPTS]
            self._guard = LeakGuard(protected, keys, self.canary)
        return self._guard

    def system(self, task: str, **values: Any) -> SystemMessage:
        """The persona, then the task's system part; `values` must name the institution."""
        persona = self.prompts.get("persona").render_system(institution=values["institution"], canary=self.canary)
        return SystemMessage(persona + "\n\n" + self.prompts.get(task).render_system(**values))

    def user(self, task: str, **values: Any) -> HumanMessage:
        """The task's user turn: the officer's (redacted, neutralised) text between delimiters."""
        return HumanMessage(self.prompts.get(task).render_user(**values))

    def follow_up(self, name: str, **values: Any) -> HumanMessage:
        """A turn of ours after the model's answer (regenerate without inventions, shorten)."""
        return HumanMessage(self.prompts.get(name).render_system(**values))

    def repair(self, schema: type[BaseModel]) -> Callable[[str, str], str]:
        """The repair turn's text for an answer that did not parse (see `ModelClient.structured`)."""
        prompt = self.prompts.get("repair")
        hint = schema_hint(schema)
        return lambda error, output: prompt.render_system(error=error, output=self.safe(output), schema=hint)

    def redact(self, text: str, *, numbered: bool) -> Redacted:
        """User data with personal data replaced (unless redaction is switched off)."""
        return redact(text, numbered=numbered) if self.settings.pii_redaction else Redacted(text)

    def redact_like(self, text: str, redacted: Redacted) -> str:
        """A piece of `redacted`'s original text under the same placeholders (see `redact_like`)."""
        return redact_like(text, redacted.mapping) if self.settings.pii_redaction else text

    def safe(self, output: str) -> str:
        """Model output quoted back to the model: personal data it may have produced stays here."""
        return redact(output).text if self.settings.pii_redaction else output
