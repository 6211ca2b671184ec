"""Prompt files (Indonesian) in `settings.prompts_dir`, rendered with `string.Template`.

A prompt file may hold two parts: the system part, then the user turn after a line
`<!-- user -->`. Other HTML comments (`<!-- ... -->`) are notes for editors and are dropped.
Placeholders are `$name`; user data (a draft, a comment) may contain `$` safely because values are
never re-parsed. A file missing from a custom prompts folder falls back to the bundled one.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from string import Template

from bot.settings import DEFAULT_PROMPTS_DIR

USER_MARKER = "<!-- user -->"
_COMMENT = re.compile(r"<!--.*?-->\s*", re.DOTALL)


@dataclass(frozen=True)
class Prompt:
    """One prompt file: the system part and (optionally) the user-turn template."""

    name: str
    system: Template
    user: Template | None

    def render_system(self, **values: object) -> str:
        return self.system.substitute(values).strip()

    def render_user(self, **values: object) -> str:
        if self.user is None:
            raise KeyError(f"prompt {self.name} has no user part")
        return self.user.substitute(values).strip()


def parse_prompt(name: str, text: str) -> Prompt:
    system, sep, user = text.partition(USER_MARKER)
    return Prompt(
        name=name,
        system=Template(_COMMENT.sub("", system).strip() + "\n"),
        user=Template(_COMMENT.sub("", user).strip() + "\n") if sep else None,
    )


class PromptLoader:
    """Reads prompt files lazily, once each (thread-safe)."""

    def __init__(self, prompts_dir: Path | None = None) -> None:
        self.prompts_dir = Path(prompts_dir) if prompts_dir else DEFAULT_PROMPTS_DIR
        self._cache: dict[str, Prompt] = {}
        self._lock = threading.Lock()

    def path(self, name: str) -> Path:
        candidate = self.prompts_dir / f"{name}.md"
        if candidate.is_file():
            return candidate
        return DEFAULT_PROMPTS_DIR / f"{name}.md"

    def get(self, name: str) -> Prompt:
        with self._lock:
            if name not in self._cache:
                self._cache[name] = parse_prompt(name, self.path(name).read_text(encoding="utf-8"))
            return self._cache[name]

    def raw(self, name: str) -> str:
        """The file's text without editor comments (for the leak guard)."""
        return _COMMENT.sub("", self.path(name).read_text(encoding="utf-8")).replace(USER_MARKER, "")
