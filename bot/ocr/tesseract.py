"""The Tesseract binary: is it there with the language data, and reading one image with it.

pytesseract runs `tesseract` as a subprocess with its module-level `environ`. Tesseract's OpenMP
threads fight each other on a small machine: a 1080x2400 screenshot took ~3.2 s with the default
threads on 2 cores and ~0.38 s with `OMP_THREAD_LIMIT=1`. So the subprocess sees the process
environment with `OMP_THREAD_LIMIT=1` added when the user did not set it (a live overlay: a later
change of `os.environ` still shows), and this process's own OpenMP users are left alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import ChainMap
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pytesseract
from PIL import Image

from bot.errors import BadInput, FeatureUnavailable
from bot.settings import Settings

INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-ind"
_THREADS = {"OMP_THREAD_LIMIT": "1"}
pytesseract.pytesseract.environ = ChainMap(os.environ, _THREADS)


@dataclass(frozen=True)
class OcrStatus:
    available: bool            # binary found and the language data of settings.ocr_lang present
    version: str | None
    languages: list[str]
    detail: str                # Indonesian: what is there, or how to install it


def _command() -> str:
    return str(pytesseract.pytesseract.tesseract_cmd)


@lru_cache(maxsize=8)
def _probe(command: str) -> tuple[str | None, tuple[str, ...]]:
    """Version and languages of the binary at `command` (None when it cannot be run)."""
    path = shutil.which(command)
    if path is None:
        return None, ()
    try:
        version = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10, check=False)
        langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None, ()
    first = (version.stdout or version.stderr).strip().splitlines()
    name = first[0].removeprefix("tesseract ").strip() if first else "?"
    found = tuple(line.strip() for line in langs.stdout.splitlines()[1:] if line.strip())
    return name, found


def ocr_status(settings: Settings) -> OcrStatus:
    """Whether images can be read: the binary and every language of `settings.ocr_lang`."""
    version, languages = _probe(_command())
    if version is None:
        return OcrStatus(False, None, [], f"Tesseract tidak terpasang. Pasang dengan: {INSTALL}")
    wanted = [lang for lang in settings.ocr_lang.split("+") if lang]
    missing = [lang for lang in wanted if lang not in languages]
    if missing:
        detail = (f"Tesseract {version} terpasang, tetapi data bahasa {', '.join(missing)} tidak ada. "
                  f"Pasang dengan: {INSTALL}" + (" tesseract-ocr-eng" if "eng" in missing else ""))
        return OcrStatus(False, version, list(languages), detail)
    return OcrStatus(True, version, list(languages), f"Tesseract {version}, bahasa {', '.join(wanted)}")


def require(settings: Settings) -> None:
    """Raise FeatureUnavailable (with the apt command) unless Tesseract can read `settings.ocr_lang`."""
    status = ocr_status(settings)
    if not status.available:
        raise FeatureUnavailable(f"Membaca teks dari gambar belum bisa: {status.detail}")


def words(image: Image.Image, settings: Settings, psm: int = 3, timeout: float | None = None) -> dict[str, list[Any]]:
    """Tesseract's word table (`image_to_data`): text, confidence and box of every word."""
    image.format = "BMP"  # pytesseract writes its temp file in the image's format: BMP is the quickest
    try:
        data: dict[str, list[Any]] = pytesseract.image_to_data(
            image, lang=settings.ocr_lang, config=f"--psm {psm}",
            timeout=timeout or settings.ocr_timeout, output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractNotFoundError as err:
        _probe.cache_clear()
        raise FeatureUnavailable(f"Membaca teks dari gambar belum bisa: Tesseract tidak ditemukan. "
                                 f"Pasang dengan: {INSTALL}") from err
    except RuntimeError as err:  # pytesseract's timeout (TesseractError is a RuntimeError too)
        if "timeout" in str(err).lower():
            raise BadInput(f"Membaca gambar melebihi batas waktu ({settings.ocr_timeout:g} detik). "
                           "Kirim gambar yang lebih kecil atau potong bagian teksnya saja.") from err
        raise BadInput("Tesseract gagal membaca gambar ini. Coba kirim ulang sebagai foto biasa (JPG/PNG).") from err
    return data
