"""Domain exceptions. Each carries an Indonesian message meant for the user.

The edges (CLI, Telegram) turn them into messages; the core never prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class HumasError(Exception):
    """Base class: `str(err)` is a user-facing Indonesian message."""


class BadInput(HumasError):
    """The text or file given cannot be processed (empty, binary, too long, unsupported)."""


class ScannedPdf(BadInput):
    """A PDF without a text layer whose pages are images (a scan): its text can only be read with
    OCR. `pages` is how many pages it has."""

    def __init__(self, message: str, *, pages: int) -> None:
        super().__init__(message)
        self.pages = pages


class EngineUnavailable(HumasError):
    """The language model could not be reached or did not answer usefully; `str(err)` is the reason.

    The service answers with the offline engine instead. `usage` (a `bot.core.models.Usage`, or
    None) holds the tokens the failed request spent anyway, so that the fallback's usage record
    still counts them; `warnings` are what the officer must still be told on the fallback's answer
    (personal data redacted from the draft, an injection neutralised)."""

    def __init__(self, *args: object, usage: Any = None, warnings: Iterable[str] = ()) -> None:
        super().__init__(*args)
        self.usage = usage
        self.warnings = list(warnings)


class EngineBlocked(EngineUnavailable):
    """The model answered, but the answer may not be shown: it leaks the system prompt or a
    secret, or relays an announcement injected into the comment. `str(err)` is why."""


class ConfigError(HumasError):
    """A setting is malformed, or what it names refuses or cannot be reached when the bot starts."""


class StoreError(HumasError):
    """The knowledge store could not be opened or written."""


class MissingFiles(HumasError):
    """A folder or file HumasBot needs is not there (a broken install or a wrong setting)."""


class KnowledgeMissing(MissingFiles):
    """The knowledge folder is missing or holds no supported file.

    Ingesting it would store nothing and every answer would go without guidelines, so this is an
    error that names the folder, not an empty report."""


class NotSaved(HumasError):
    """A write to the bot's own storage failed: what the user asked to keep was not kept.

    Raised instead of a confirmation, so that no edge ever reports a save that did not happen."""


class Cancelled(HumasError):
    """The officer cancelled the work (/batal) while it ran; what it had written is undone."""


class Busy(HumasError):
    """The work needs something another request holds (the knowledge base's one ingest at a time)."""


class FeatureUnavailable(HumasError):
    """A feature needs something this installation lacks (Tesseract and its Indonesian data, a
    transcription server); `str(err)` says in Indonesian how to enable it. Everything else works."""
