"""Prompt files (Indonesian) in `settings.prompts_dir`, rendered with `string.Template`.

A prompt file may hold two parts: the system part, then the user turn after the marker line
`<!-- user -->` (`USER_MARKER`). The marker is what separates our instructions from the turn that
carries the officer's text: the system part is sent as the system message and is what the leak
guard protects (`system_text`), whatever its headings say; a file without the marker is all system
part. Other HTML comments (`<!-- ... -->`) are notes for editors and are dropped. Placeholders are
`$name`; user data (a draft, a comment) may contain `$` safely because values are never re-parsed.
A file missing from a custom prompts folder falls back to the bundled one.
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


def split_prompt(text: str) -> tuple[str, str | None]:
    """The system part and the user part (None without the marker) of a prompt file, editor notes dropped."""
    system, sep, user = text.partition(USER_MARKER)
    return _COMMENT.sub("", system).strip(), (_COMMENT.sub("", user).strip() if sep else None)


def parse_prompt(name: str, text: str) -> Prompt:
    system, user = split_prompt(text)
    return Prompt(
        name=name,
        system=Template(system + "\n"),
        user=Template(user + "\n") if user is not None else None,
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

    def system_text(self, name: str) -> str:
        """The system part of the file as written, placeholders unfilled: what the leak guard
        protects. Everything above the user marker, so renaming a heading changes nothing."""
        return self.get(name).system.template.strip()
