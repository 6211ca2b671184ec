"""Domain exceptions. Each carries an Indonesian message meant for the user.

The edges (CLI, Telegram) turn them into messages; the core never prints.
"""

from __future__ import annotations


class HumasError(Exception):
    """Base class: `str(err)` is a user-facing Indonesian message."""


class BadInput(HumasError):
    """The text or file given cannot be processed (empty, binary, too long, unsupported)."""


class EngineUnavailable(HumasError):
    """The language model could not be reached or did not answer usefully."""


class StoreError(HumasError):
    """The knowledge store could not be opened or written."""
