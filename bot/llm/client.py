"""Calls to the chat model: a hard deadline, error mapping, structured output with one repair.

`ModelClient` wraps one `ChatOpenAI` (built once per engine). The SDK retries 429/5xx itself
with backoff (`max_retries`), each attempt bounded by `llm_timeout`; on top of that every user
request gets a `Call` with a total deadline (`llm_deadline`) shared by the first answer, the
repair, the fact regeneration and the shortening. Each model call runs in a daemon thread so the
deadline holds even while the SDK is still retrying. Every failure becomes `EngineUnavailable`
with a short Indonesian reason and the tokens spent so far: the service then falls back to the
offline engine (and still records those tokens).

The answer is parsed here, not by LangChain's structured-output parser: that parser's repair of
broken JSON is quadratic in the answer's length (a 2 MB answer kept a core busy for minutes, in a
thread the deadline cannot stop). An answer longer than `MAX_OUTPUT_CHARS` is refused unparsed.
"""

from __future__ import annotations

import contextvars
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel

from bot.core.models import Usage
from bot.errors import EngineUnavailable
from bot.llm.schemas import OutputInvalid, extract_json, json_schema

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

    from bot.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
Method = Literal["json_schema", "function_calling", "json_mode"]

DEADLINE_REASON = "model tidak menjawab dalam batas waktu"
INVALID_REASON = "keluaran model tidak valid"
TOO_LONG_REASON = "jawaban model terlalu panjang"
#: Far above any real answer (five posts at their platforms' limits), far below what hurts.
MAX_OUTPUT_CHARS = 200_000


@dataclass
class Call:
    """The state of one user request: its deadline and the tokens spent so far."""

    model: str
    deadline: float
    usage: Usage = field(default_factory=Usage)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def add_usage(self, message: AIMessage | None) -> None:
        self.usage.calls += 1
        meta = getattr(message, "usage_metadata", None) or {}
        self.usage.prompt_tokens += _tokens(meta.get("input_tokens"))
        self.usage.completion_tokens += _tokens(meta.get("output_tokens"))


def _tokens(value: Any) -> int:
    """A token count as reported by the server; a server reporting nonsense (negative) counts 0."""
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


@dataclass
class Answer:
    """One model answer: the JSON found in it (or None) and its raw text (for repair prompts)."""

    data: Any
    text: str
    error: str | None


def unavailable_reason(err: BaseException) -> str:
    """A short Indonesian reason for an exception raised by the OpenAI SDK or LangChain."""
    import openai

    if isinstance(err, openai.LengthFinishReasonError):
        return "jawaban model terpotong karena batas token"
    if isinstance(err, openai.ContentFilterFinishReasonError):
        return "jawaban model diblokir filter konten penyedia"
    if isinstance(err, openai.APITimeoutError):
        return DEADLINE_REASON
    if isinstance(err, openai.APIConnectionError):
        return "server model tidak dapat dihubungi; periksa OPENAI_BASE_URL"
    if isinstance(err, openai.RateLimitError):
        return "batas permintaan atau kuota model habis (HTTP 429)"
    if isinstance(err, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return "kunci API ditolak server model; periksa OPENAI_API_KEY"
    if isinstance(err, openai.NotFoundError):
        return "model atau alamat server tidak ditemukan (HTTP 404); periksa OPENAI_MODEL dan OPENAI_BASE_URL"
    if isinstance(err, openai.BadRequestError):
        return (
            "permintaan ditolak server model (HTTP 400); bila server tidak mendukung json_schema, "
            "atur HUMASBOT_LLM_STRUCTURED_METHOD=json_mode"
        )
    if isinstance(err, openai.APIStatusError):
        return f"server model bermasalah (HTTP {err.status_code})"
    if isinstance(err, openai.APIError):
        return "galat dari server model"
    if isinstance(err, ValueError):  # the SDK could not decode the HTTP body
        return "jawaban server model rusak (bukan JSON)"
    return "galat tak terduga saat memanggil model"


def build_chat_model(settings: Settings) -> BaseChatModel:
    """`ChatOpenAI` for OpenAI or any OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio)."""
    from langchain_openai import ChatOpenAI

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
    return ChatOpenAI(
        model=settings.openai_model,
        api_key=key,
        base_url=settings.openai_base_url,
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
    )


class ModelClient:
    """Structured calls to one chat model under a per-request deadline."""

    def __init__(
        self, llm: BaseChatModel, *, model_name: str, method: Method = "json_schema", deadline: float = 60.0
    ) -> None:
        self.llm = llm
        self.model_name = model_name
        self.method = method
        self.deadline = deadline
        self._chains: dict[type[BaseModel], Runnable] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> ModelClient:
        return cls(
            build_chat_model(settings),
            model_name=settings.openai_model,
            method=settings.llm_structured_method,
            deadline=settings.llm_deadline,
        )

    def start(self) -> Call:
        """A new request: the deadline starts now."""
        return Call(
            model=self.model_name, deadline=time.monotonic() + self.deadline, usage=Usage(model=self.model_name)
        )

    def _chain(self, schema: type[BaseModel]) -> Runnable:
        with self._lock:
            if schema not in self._chains:
                self._chains[schema] = _raw_only(
                    self.llm.with_structured_output(json_schema(schema), method=self.method, include_raw=True)
                )
            return self._chains[schema]

    def _run(self, call: Call, fn: Callable[[], T]) -> T:
        """Run `fn` in a daemon thread and wait at most until the request's deadline."""
        remaining = call.remaining()
        if remaining <= 0:
            raise EngineUnavailable(DEADLINE_REASON, usage=call.usage)
        box: dict[str, Any] = {}
        done = threading.Event()

        def target() -> None:
            try:
                box["value"] = fn()
            except BaseException as err:  # noqa: BLE001 - handed to the caller's thread
                box["error"] = err
            finally:
                done.set()

        ctx = contextvars.copy_context()
        threading.Thread(target=ctx.run, args=(target,), name="humasbot-llm", daemon=True).start()
        if not done.wait(remaining):
            log.warning("model %s: deadline passed", self.model_name)
            raise EngineUnavailable(DEADLINE_REASON, usage=call.usage)
        if "error" in box:
            err = box["error"]
            if isinstance(err, EngineUnavailable):
                if err.usage is None:
                    err.usage = call.usage
                raise err
            reason = unavailable_reason(err)
            log.warning("model %s failed: %s (%s)", self.model_name, reason, type(err).__name__)
            raise EngineUnavailable(reason, usage=call.usage) from err
        return box["value"]

    def ask(self, call: Call, messages: list[BaseMessage], schema: type[BaseModel]) -> Answer:
        """One structured call; never raises on bad output (see `Answer.error`), but an answer
        longer than `MAX_OUTPUT_CHARS` raises `EngineUnavailable`."""

        def fn() -> Answer:
            out = self._chain(schema).invoke(messages)
            raw = out.get("raw") if isinstance(out, dict) else None
            call.add_usage(raw if isinstance(raw, AIMessage) else None)
            text = _raw_text(raw)
            if len(text) > MAX_OUTPUT_CHARS:
                log.warning("model %s: answer of %d characters refused", self.model_name, len(text))
                raise EngineUnavailable(TOO_LONG_REASON, usage=call.usage)
            parsed = out.get("parsed") if isinstance(out, dict) else None
            if parsed is not None:
                return Answer(parsed, text, None)
            try:
                return Answer(extract_json(text), text, None)
            except OutputInvalid as err:
                return Answer(None, text, str(err))

        return self._run(call, fn)

    def structured(
        self,
        call: Call,
        messages: list[BaseMessage],
        schema: type[BaseModel],
        parse: Callable[[Any], T],
        repair: Callable[[str, str], str],
    ) -> tuple[T, str]:
        """Ask, validate with `parse`; one repair turn if invalid. Returns (value, raw text).

        Raises `OutputInvalid` when the repaired answer is still invalid, `EngineUnavailable` when
        the model cannot be reached or the deadline passed.
        """
        answer = self.ask(call, messages, schema)
        try:
            return self._validate(answer, parse), answer.text
        except OutputInvalid as err:
            log.info("model %s: invalid output, one repair attempt", self.model_name)
            repair_turn = HumanMessage(repair(str(err), answer.text[:6000]))
        answer = self.ask(call, [*messages, repair_turn], schema)
        return self._validate(answer, parse), answer.text

    @staticmethod
    def _validate(answer: Answer, parse: Callable[[Any], T]) -> T:
        if answer.error is not None:
            raise OutputInvalid(answer.error)
        return parse(answer.data)


def _raw_only(chain: Runnable) -> Runnable:
    """The model step of a `with_structured_output(include_raw=True)` chain, without LangChain's
    parser (see the module docstring): `{"raw": AIMessage}`. Any other shape is kept whole."""
    from langchain_core.runnables import RunnableParallel, RunnableSequence

    if isinstance(chain, RunnableSequence) and isinstance(chain.first, RunnableParallel):
        if set(chain.first.steps__) == {"raw"}:
            return chain.first
    return chain


def _raw_text(message: Any) -> str:
    """The answer's text, or its tool-call arguments (function calling)."""
    if not isinstance(message, AIMessage):
        return ""
    if message.tool_calls:
        return json.dumps(message.tool_calls[0].get("args", {}), ensure_ascii=False)
    if message.invalid_tool_calls:
        return str(message.invalid_tool_calls[0].get("args") or "")
    content = message.content
    if isinstance(content, list):
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")
