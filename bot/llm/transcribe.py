"""Voice notes to text on an OpenAI-compatible `/v1/audio/transcriptions` (OpenAI, or a
self-hosted server that serves Whisper models).

`Transcriber.check` refuses, before anything is downloaded, what cannot be transcribed: no server
configured (`FeatureUnavailable`, saying how to enable it), audio too long or too big, a file that
is not audio (`BadInput`). `Transcriber.transcribe` sends the file with the official `openai` SDK
(each attempt bounded by `HUMASBOT_TRANSCRIBE_TIMEOUT`; the SDK retries connection errors, 429
and 5xx `HUMASBOT_LLM_MAX_RETRIES` times) and maps every failure to an Indonesian reason.

The answer is asked as `json`, the one format every such server gives (gpt-4o-transcribe accepts
no other). Its `usage` is the audio's seconds (whisper-1) or tokens (gpt-4o-transcribe), or absent
(many self-hosted servers). The cost is the audio's minutes at `HUMASBOT_PRICE_TRANSCRIBE_PER_MINUTE`
when the duration is known (from the caller, Telegram's voice note, or from the server), else the
reported tokens at the chat prices, else nothing. It is recorded in the usage log (task
"transcribe") and counted by the spending caps, which are checked first (`bot.core.budget.priced_spend`
says what a minute weighs against a token cap). The key is never logged; the URL only masked.
"""

from __future__ import annotations

import logging
import math
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.budget_caps import NANO
from bot.core.budget import BudgetGuard, Ticket, priced_spend
from bot.core.budget_store import Spend
from bot.core.models import Usage
from bot.core.ports import UsageRecorder
from bot.errors import BadInput, EngineUnavailable, FeatureUnavailable
from bot.logsafe import mask_url
from bot.settings import Settings

if TYPE_CHECKING:
    from openai import OpenAI

log = logging.getLogger(__name__)

TASK = "transcribe"
#: The engine named in the usage log's rows.
ENGINE = "transcribe"
#: What OpenAI's endpoint takes (and Whisper servers with it); "video/*" covers mp4 and webm clips.
AUDIO_SUFFIXES = ("flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "opus", "wav", "webm")
_OTHER_AUDIO_TYPES = frozenset({"application/ogg", "video/mp4", "video/mpeg", "video/webm", "video/ogg"})
MB = 1_000_000

NOT_CONFIGURED = (
    "Transkripsi pesan suara belum diaktifkan. Admin dapat mengaktifkannya dengan mengatur "
    "HUMASBOT_TRANSCRIBE_MODEL (mis. whisper-1) beserta OPENAI_API_KEY untuk OpenAI, atau "
    "HUMASBOT_TRANSCRIBE_BASE_URL untuk server sendiri yang melayani /v1/audio/transcriptions. "
    "Sementara itu, ketik isi pesan suara sebagai teks."
)
TOO_LONG = "Pesan suara terlalu panjang ({minutes} menit); batasnya {limit} menit. Kirim rekaman yang lebih pendek."
TOO_BIG = "Berkas audio terlalu besar ({size} MB); batasnya {limit} MB. Kirim rekaman yang lebih pendek."
NOT_AUDIO = (
    "Berkas ini bukan audio ({kind}). Kirim pesan suara atau berkas audio "
    "(" + ", ".join(AUDIO_SUFFIXES) + ")."
)
EMPTY_FILE = "Berkas audio kosong. Kirim ulang pesan suaranya."
NO_SPEECH = (
    "Tidak ada ucapan yang terdengar dalam pesan suara ini. Rekam ulang di tempat yang lebih tenang, atau ketik isinya."
)
FAILED = "Pesan suara tidak dapat ditranskripsi: {reason}."
OVER_CAP = {
    "user_daily": "Batas pemakaian model harian Anda ({cap}) sudah tercapai, jadi pesan suara tidak ditranskripsi. "
    "Ketik isinya sebagai teks, atau coba lagi besok atau setelah admin menaikkan batas (/anggaran).",
    "monthly": "Batas pemakaian model bulanan kantor ({cap}) sudah tercapai, jadi pesan suara tidak ditranskripsi. "
    "Ketik isinya sebagai teks, atau coba lagi bulan depan atau setelah admin menaikkan batas (/anggaran).",
}


@dataclass(frozen=True)
class Transcript:
    """What was said: the cleaned text, the audio's duration when known, what it cost (USD)."""

    text: str
    seconds: float | None
    usage: Usage
    cost: float


class Transcriber:
    """Speech to text with the settings' transcription model; see the module docstring."""

    def __init__(
        self, settings: Settings, *, usage_log: UsageRecorder | None = None, budget: BudgetGuard | None = None
    ) -> None:
        self.settings = settings
        self.usage_log = usage_log
        self.budget = budget
        self.model = settings.transcribe_model.strip()
        self._client: OpenAI | None = None

    @property
    def configured(self) -> bool:
        return self.settings.transcribe_configured

    @property
    def where(self) -> str:
        """The server, as it may be shown: its masked URL, or "OpenAI"."""
        url = self.settings.transcribe_url
        return mask_url(url) if url else "OpenAI"

    def check(self, *, seconds: float | None, size: int | None, mime: str | None = None) -> None:
        """Refuse before download: not configured (`FeatureUnavailable`), too long, too big, not audio (`BadInput`)."""
        if not self.configured:
            raise FeatureUnavailable(NOT_CONFIGURED)
        limit_s = self.settings.transcribe_max_seconds
        if seconds is not None and seconds > limit_s:
            raise BadInput(TOO_LONG.format(minutes=_minutes(seconds), limit=_minutes(limit_s)))
        limit_b = self.settings.transcribe_max_bytes
        if size is not None and size > limit_b:
            raise BadInput(TOO_BIG.format(size=_megabytes(size), limit=_megabytes(limit_b)))
        if mime is not None and not is_audio_type(mime):
            raise BadInput(NOT_AUDIO.format(kind=mime.strip()[:60] or "jenis tidak dikenal"))

    def transcribe(
        self, data: bytes, *, filename: str, mime: str | None, seconds: float | None, user_id: str | None
    ) -> Transcript:
        """The transcript of `data` (blocking: call it off the event loop). Raises `FeatureUnavailable`,
        `BadInput` (limits, no speech, a file the server refuses) or `EngineUnavailable` (server down,
        model not served, key refused, timeout, a spending cap reached: no request made then)."""
        self.check(seconds=seconds, size=len(data), mime=mime)
        if not data:
            raise BadInput(EMPTY_FILE)
        ticket = self._reserve(user_id, seconds)
        started = time.perf_counter()
        try:
            answer = self._request(data, filename, mime)
        except BaseException:
            if self.budget is not None and ticket is not None:
                self.budget.settle(ticket, None)
            raise
        text, reported_s, usage = _read_answer(answer, self.model)
        known_s = seconds if seconds is not None else reported_s
        cost = self._cost(known_s, usage)
        if self.budget is not None and ticket is not None:
            self.budget.settle(ticket, usage, spend=priced_spend(cost, usage.prompt_tokens + usage.completion_tokens,
                                                                 self.settings))
        self._record(user_id, usage, cost, started)
        if not text:
            raise BadInput(NO_SPEECH)
        return Transcript(text=text, seconds=known_s, usage=usage, cost=cost)

    # --- steps ---------------------------------------------------------------------
    def _reserve(self, user_id: str | None, seconds: float | None) -> Ticket | None:
        """Reserve the call's cost on the caps (its duration's price when known, else a chat
        request's estimate); `EngineUnavailable` with an Indonesian refusal when over a cap."""
        if self.budget is None:
            return None
        amount: Spend | None = None
        if seconds is not None:
            amount = priced_spend(self._cost(seconds, Usage()), 0, self.settings)
        ticket = self.budget.reserve(user_id, amount)
        if ticket.refused:
            log.info("user %s over a spending cap: voice note not transcribed", user_id)
            cap = ticket.cap.text() if ticket.cap is not None else ""
            raise EngineUnavailable(OVER_CAP[ticket.cap_name or "user_daily"].format(cap=cap))
        return ticket

    def _openai(self) -> OpenAI:
        if self._client is None:
            from openai import OpenAI

            key = self.settings.transcribe_key
            self._client = OpenAI(
                api_key=key.get_secret_value() if key else "not-needed",
                base_url=self.settings.transcribe_url,
                timeout=self.settings.transcribe_timeout,
                max_retries=self.settings.llm_max_retries,
            )
        return self._client

    def _request(self, data: bytes, filename: str, mime: str | None) -> Any:
        import openai

        language = self.settings.transcribe_language.strip()
        file = (filename or "audio.ogg", data, mime or "application/octet-stream")
        try:
            return self._openai().audio.transcriptions.create(
                model=self.model, file=file, response_format="json", language=language or openai.omit
            )
        except openai.OpenAIError as err:
            reason = self._reason(err)
            log.warning("transcription by %s at %s failed: %s (%s)", self.model, self.where, reason,
                        type(err).__name__)
            if isinstance(err, openai.APIStatusError) and err.status_code in (400, 413, 415, 422):
                raise BadInput(reason) from err
            raise EngineUnavailable(FAILED.format(reason=reason)) from err

    def _reason(self, err: BaseException) -> str:
        """A short Indonesian reason for an error of the `openai` SDK."""
        import openai

        if isinstance(err, openai.APITimeoutError):
            return (f"server transkripsi tidak menjawab dalam {self.settings.transcribe_timeout:g} detik; "
                    "coba lagi atau kirim rekaman yang lebih pendek")
        if isinstance(err, openai.APIConnectionError):
            return f"server transkripsi ({self.where}) tidak dapat dihubungi; periksa HUMASBOT_TRANSCRIBE_BASE_URL"
        if isinstance(err, (openai.AuthenticationError, openai.PermissionDeniedError)):
            return "kunci API ditolak server transkripsi; periksa HUMASBOT_TRANSCRIBE_API_KEY atau OPENAI_API_KEY"
        if isinstance(err, openai.NotFoundError):
            return (f"model {self.model} atau alamat /audio/transcriptions tidak dilayani {self.where} (HTTP 404); "
                    "periksa HUMASBOT_TRANSCRIBE_MODEL dan HUMASBOT_TRANSCRIBE_BASE_URL")
        if isinstance(err, openai.RateLimitError):
            return "batas permintaan atau kuota server transkripsi habis (HTTP 429); coba lagi nanti"
        if isinstance(err, openai.APIStatusError):
            if err.status_code == 413:
                return "Berkas audio terlalu besar bagi server transkripsi (HTTP 413). Kirim rekaman yang lebih pendek."
            if err.status_code in (400, 415, 422):
                return (f"Server transkripsi menolak berkas audio ini (HTTP {err.status_code}): formatnya tidak "
                        "didukung atau berkasnya rusak. Kirim ulang sebagai pesan suara atau berkas "
                        + ", ".join(AUDIO_SUFFIXES[:5]) + ".")
            return f"server transkripsi bermasalah (HTTP {err.status_code})"
        return "jawaban server transkripsi rusak atau tidak terduga"

    def _cost(self, seconds: float | None, usage: Usage) -> float:
        """USD: the minutes at the per-minute price, else reported tokens at the chat prices."""
        s = self.settings
        if seconds is not None:
            return max(0.0, seconds) / 60 * s.price_transcribe_per_minute
        return (usage.prompt_tokens * s.price_prompt_per_1m + usage.completion_tokens * s.price_completion_per_1m) / 1e6

    def _record(self, user_id: str | None, usage: Usage, cost: float, started: float) -> None:
        if self.usage_log is None:
            return
        try:
            self.usage_log.record(task=TASK, user_id=user_id, engine=ENGINE, usage=usage,
                                  latency_ms=(time.perf_counter() - started) * 1000, cost=round(cost * NANO) / NANO)
        except Exception:  # usage accounting must never cost the user a transcript
            log.exception("could not record transcription usage")


def is_audio_type(mime: str) -> bool:
    """Whether a MIME type is audio the endpoint takes (any audio/*, and ogg, mp4, webm containers)."""
    kind = mime.split(";", 1)[0].strip().lower()
    return kind.startswith("audio/") or kind in _OTHER_AUDIO_TYPES


def clean_text(text: str) -> str:
    """The transcript with its spaces tidied: runs of blanks as one, blank lines at most one."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _read_answer(answer: Any, model: str) -> tuple[str, float | None, Usage]:
    """(cleaned text, seconds reported, usage) from the SDK's `Transcription` (or a plain string,
    which some servers send for `json` all the same)."""
    if isinstance(answer, str):
        return clean_text(answer), None, Usage(model=model, calls=1)
    text = clean_text(str(getattr(answer, "text", "") or ""))
    seconds: float | None = _number(getattr(answer, "duration", None))
    usage = Usage(model=model, calls=1)
    reported = getattr(answer, "usage", None)
    kind = getattr(reported, "type", None)
    if kind == "duration":
        seconds = _number(getattr(reported, "seconds", None)) or seconds
    elif kind == "tokens":
        usage.prompt_tokens = int(_number(getattr(reported, "input_tokens", 0)) or 0)
        usage.completion_tokens = int(_number(getattr(reported, "output_tokens", 0)) or 0)
    return text, seconds, usage


def _number(value: Any) -> float | None:
    """A non-negative finite number the server reported, else None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}".replace(".", ",").removesuffix(",0")


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",").removesuffix(",0")
