"""`humasbot ocr`: read a screenshot or a photo of text offline (Tesseract), as the bot does."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import click

from bot.cli_input import emit, user_errors
from bot.errors import BadInput
from bot.ocr import read_image


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, refused before reading when it is not a regular file or is over `limit`."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise BadInput(f"'{path}' bukan berkas gambar biasa.")
        if info.st_size > limit:
            raise BadInput(f"Gambar terlalu besar ({info.st_size / 1_000_000:.1f} MB); "
                           f"batasnya {limit / 1_000_000:g} MB.")
        with path.open("rb") as stream:
            return stream.read(limit + 1)
    except FileNotFoundError as err:
        raise BadInput(f"Berkas '{path}' tidak ditemukan.") from err
    except OSError as err:
        raise BadInput(f"Berkas '{path}' tidak bisa dibaca ({err.strerror}).") from err


@click.command()
@click.argument("image", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@click.pass_obj
@user_errors
def ocr(obj: Any, image: Path, as_json: bool) -> None:
    """Baca teks dari tangkapan layar komentar atau foto rilis (offline, Tesseract)."""
    settings = obj.settings
    result = read_image(read_bytes(image, settings.max_image_bytes), settings)
    payload = {"kind": result.kind, "text": result.text, "commenter": result.commenter,
               "lines": list(result.lines), "dark": result.dark, "seconds": result.seconds,
               "notes": list(result.notes)}
    label = {"comment": "Komentar", "document": "Dokumen", "text": "Teks"}[result.kind]
    head = f"{label}" + (f" dari {result.commenter}" if result.commenter else "") + ":"
    lines = [head, result.text] + [f"Catatan: {note}" for note in result.notes]
    emit(as_json, payload, "\n".join(lines))
