"""Domain exceptions. Each carries an Indonesian message meant for the user.

The edges (CLI, Telegram) turn them into messages; the core never prints.
"""

from __future__ import annotations

from typing import Any


class HumasError(Exception):
    """Base class: `str(err)` is a user-facing Indonesian message."""


class BadInput(HumasError):
    """The text or file given cannot be processed (empty, binary, too long, unsupported)."""


class EngineUnavailable(HumasError):
    """The language model could not be reached or did not answer usefully.

    `usage` (a `bot.core.models.Usage`, or None) holds the tokens the failed request spent
    anyway, so that the fallback's usage record still counts them."""

    def __init__(self, *args: object, usage: Any = None) -> None:
        super().__init__(*args)
        self.usage = usage


class StoreError(HumasError):
    """The knowledge store could not be opened or written."""


class MissingFiles(HumasError):
    """A folder or file HumasBot needs is not there (a broken install or a wrong setting)."""


class KnowledgeMissing(MissingFiles):
    """The knowledge folder is missing or holds no supported file.

    Ingesting it would store nothing and every answer would go without guidelines, so this is an
    error that names the folder, not an empty report."""
