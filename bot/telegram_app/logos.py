"""Each chat's logo for its infographics: one PNG in the data folder, `logos/<chat id>.png`.

The bytes stored are what `bot.cards.logo.load_logo` returned (checked, PNG, transparency kept).
A write goes to a temporary file in the same folder and is moved into place with `os.replace`, so
a crash leaves the old logo or the new one, never half a file. Blocking: call through `run_blocking`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from bot.errors import NotSaved
from bot.settings import Settings

FOLDER = "logos"
NOT_SAVED = "Logo tidak tersimpan: folder data tidak bisa ditulis ({reason}). Minta admin server memeriksanya."


def logo_path(settings: Settings, chat_id: int) -> Path:
    return settings.data_dir / FOLDER / f"{chat_id}.png"


def read_logo(settings: Settings, chat_id: int) -> bytes | None:
    """The chat's stored logo, or None when it has none (or it cannot be read)."""
    try:
        return logo_path(settings, chat_id).read_bytes() or None
    except OSError:
        return None


def has_logo(settings: Settings, chat_id: int) -> bool:
    return logo_path(settings, chat_id).is_file()


def save_logo(settings: Settings, chat_id: int, png: bytes) -> Path:
    """Store `png` as the chat's logo, atomically; `NotSaved` when the folder cannot be written."""
    path = logo_path(settings, chat_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{chat_id}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(png)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as err:
        raise NotSaved(NOT_SAVED.format(reason=err.strerror or type(err).__name__)) from err
    return path


def remove_logo(settings: Settings, chat_id: int) -> bool:
    """Delete the chat's logo; False when it had none."""
    try:
        logo_path(settings, chat_id).unlink()
    except FileNotFoundError:
        return False
    except OSError as err:
        raise NotSaved(NOT_SAVED.format(reason=err.strerror or type(err).__name__)) from err
    return True
