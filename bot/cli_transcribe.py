"""`humasbot transcribe AUDIO`: a voice note or recording to text on the configured transcription
server (`bot/llm/transcribe.py`), for officers at a PC. The limits are checked before the file is
read; usage and cost go to the usage log and the spending caps like the bot's."""

from __future__ import annotations

import mimetypes
import os
import stat
from pathlib import Path
from typing import Any

import click

from bot.cli_input import emit, user_errors
from bot.errors import BadInput
from bot.llm.transcribe import AUDIO_SUFFIXES, NOT_AUDIO, Transcriber, Transcript


def audio_type(path: Path) -> str:
    """The file's MIME type from its name; refuses a name that is not one of audio."""
    suffix = path.suffix.lower().lstrip(".")
    guessed = mimetypes.guess_type(path.name)[0]
    if suffix in AUDIO_SUFFIXES:
        return guessed if guessed and guessed.split("/")[0] in ("audio", "video") else f"audio/{suffix}"
    raise BadInput(NOT_AUDIO.format(kind=guessed or (f"berkas .{suffix}" if suffix else "berkas tanpa akhiran")))


def read_audio(path: Path, transcriber: Transcriber) -> tuple[bytes, str]:
    """The file's bytes and type, after the checks that need no reading (kind, type, size)."""
    try:
        info = os.stat(path)
    except FileNotFoundError as err:
        raise BadInput(f"Berkas '{path}' tidak ditemukan.") from err
    except OSError as err:
        raise BadInput(f"Berkas '{path}' tidak bisa dibaca ({err.strerror}).") from err
    if not stat.S_ISREG(info.st_mode):
        raise BadInput(f"'{path}' bukan berkas biasa.")
    mime = audio_type(path)
    transcriber.check(seconds=None, size=info.st_size, mime=mime)
    limit = transcriber.settings.transcribe_max_bytes
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as err:
        raise BadInput(f"Berkas '{path}' tidak bisa dibaca ({err.strerror}).") from err
    return data, mime


def payload(transcript: Transcript) -> dict[str, Any]:
    return {
        "text": transcript.text,
        "seconds": transcript.seconds,
        "model": transcript.usage.model,
        "prompt_tokens": transcript.usage.prompt_tokens,
        "completion_tokens": transcript.usage.completion_tokens,
        "cost_usd": round(transcript.cost, 6),
    }


def render(transcript: Transcript) -> str:
    facts = [f"model {transcript.usage.model}"]
    if transcript.seconds is not None:
        facts.append(f"{transcript.seconds:.0f} detik")
    facts.append(f"perkiraan biaya {transcript.cost:.4f} USD".replace(".", ","))
    return f"{transcript.text}\n\n({', '.join(facts)})"


@click.command(name="transcribe")
@click.argument("audio", type=click.Path(path_type=Path), metavar="AUDIO")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@click.pass_obj
@user_errors
def transcribe(obj: Any, audio: Path, as_json: bool) -> None:
    """Transkripsi pesan suara atau rekaman (ogg, mp3, m4a, wav, ...) lewat server transkripsi."""
    from bot.app import build_budget, build_usage_log

    settings = obj.settings
    transcriber = Transcriber(settings, usage_log=build_usage_log(settings), budget=build_budget(settings))
    transcriber.check(seconds=None, size=None)  # configured at all, before looking at the file
    data, mime = read_audio(audio, transcriber)
    transcript = transcriber.transcribe(data, filename=audio.name, mime=mime, seconds=None, user_id=None)
    emit(as_json, payload(transcript), render(transcript))
