"""Reading the command line's input and reporting its errors, shared by every command module.

`read_source` checks a file's kind and size before reading and never reads more than its bound;
`user_errors` turns domain errors into exit status 2 with their Indonesian message.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable
from functools import wraps
from typing import IO, Any, NoReturn, ParamSpec, TypeVar

import click

from bot.cli_usage import show_error
from bot.errors import BadInput, HumasError

P = ParamSpec("P")
R = TypeVar("R")


def emit(as_json: bool, payload: dict[str, Any], text: str) -> None:
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(text)


def fail(message: str, as_json: bool = False) -> NoReturn:
    """Report a user error in Indonesian and exit 2."""
    show_error(message, as_json)
    sys.exit(2)


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn domain errors into exit status 2 with their Indonesian message."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        as_json = bool(kwargs.get("as_json", False))
        try:
            return func(*args, **kwargs)
        except HumasError as err:
            fail(str(err), as_json)
        except UnicodeDecodeError:
            fail("Berkas bukan teks UTF-8. Simpan ulang sebagai teks UTF-8.", as_json)

    return wrapper


#: Bytes read for a text of at most `max_input_chars` characters: UTF-8 takes up to 4 a character,
#: and room is left for what the text check removes (indentation, line ends, invisible characters).
BYTES_PER_CHAR = 16
NOT_REGULAR = ("'{name}' bukan berkas biasa (perangkat, FIFO atau soket). Simpan teksnya ke berkas, "
               "atau kirim lewat masukan standar dengan '-'.")


def read_source(source: str, max_chars: int) -> str:
    """Read input text: '-' is standard input, anything else a regular file.

    The kind and size are checked before reading, and at most `max_chars * BYTES_PER_CHAR` bytes
    (and one more, to know it was more) are ever read: a device, a FIFO, a huge file or endless
    input is refused at once, never held in memory or waited on.
    """
    limit = max_chars * BYTES_PER_CHAR
    if source == "-":
        return _decode(_read_bounded(sys.stdin.buffer, limit, max_chars, "Masukan standar"), "masukan standar")
    try:
        mode = os.stat(source).st_mode
        if not stat.S_ISREG(mode):  # before opening: opening a FIFO would wait for a writer
            _refuse_kind(source, mode)
        # O_NONBLOCK: should it have become a FIFO since, opening it does not wait for a writer
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as err:
        raise BadInput(f"Berkas '{source}' tidak ditemukan.") from err
    except OSError as err:
        raise BadInput(f"Berkas '{source}' tidak bisa dibaca ({err.strerror}).") from err
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            _refuse_kind(source, info.st_mode)
        if info.st_size > limit:
            raise BadInput(_too_big(f"Berkas '{source}'", limit, max_chars))
        data = _read_bounded(stream, limit, max_chars, f"Berkas '{source}'")
    return _decode(data, source)


def _refuse_kind(name: str, mode: int) -> NoReturn:
    if stat.S_ISDIR(mode):
        raise BadInput(f"'{name}' adalah folder, bukan berkas teks.")
    raise BadInput(NOT_REGULAR.format(name=name))


def _read_bounded(stream: IO[bytes], limit: int, max_chars: int, what: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BadInput(_too_big(what, limit, max_chars))
    return data


def _too_big(what: str, limit: int, max_chars: int) -> str:
    return (f"{what} terlalu besar (lebih dari {limit:,} bita; batas teks {max_chars:,} karakter). "
            "Potong menjadi bagian yang lebih pendek.").replace(",", ".")


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise BadInput(f"'{name}' berisi data biner, bukan teks. Kirim teks biasa (UTF-8).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(f"'{name}' bukan teks UTF-8 yang sah. Simpan ulang sebagai UTF-8.") from err
