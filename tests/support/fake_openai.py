"""A fake OpenAI-compatible HTTP server on 127.0.0.1, for offline tests through the real clients.

openai 3.x talks over httpx2, so respx cannot intercept it: the tests run a real (tiny) server and
point `ChatOpenAI` / `OpenAIEmbeddings` / the CLI at it with `base_url`.

Endpoints
    POST /v1/chat/completions   answers from a queue of scripted answers (FIFO)
    POST /v1/embeddings         deterministic vectors (base64 float32 when asked, as the SDK does)
    POST /v1/audio/transcriptions   answers from its own queue of scripted transcripts (FIFO)
    GET  /v1/models             one model, `FakeOpenAI.model`

Scripting answers (each call to `add*` appends one answer; one answer serves one HTTP request,
so an answer that fails with 500 is consumed by the first attempt and the SDK's retry gets the
next one)::

    fake.add_json({"kind": "question", ...})            # content = json.dumps(obj), status 200
    fake.add_text("Halo")                                 # content = "Halo"
    fake.add_error(429, headers={"Retry-After": "0"})     # an error body with that status
    fake.add_text("lambat", delay=5)                      # answer after 5 s (a slow model)
    fake.add(Answer(body=lambda req: chat_completion("..."), delay=0.1))   # computed from the request
    fake.default = lambda req: chat_completion("...")     # used when the queue is empty
    fake.default_delay = 5                                # ... and how slow it is

When the queue is empty and no `default` is set the server answers 500 ("no scripted answer").

Misbehaving on purpose (faults; each one answer, like the others)::

    fake.add_reset()                  # headers and part of the body, then the socket is reset (RST)
    fake.add_hang(trickle=0.2)        # headers, then the body never completes: one byte every 0.2 s
                                      # (trickle=0: nothing more at all) until the client gives up
    fake.add_malformed()              # HTTP 200 whose body is not JSON (cut in the middle)
    fake.cycle(a, b, c)               # when the queue is empty, answer a, b, c, a, b, ... (before `default`)

Transcriptions (multipart form; their queue is apart from the chat answers')::

    fake.add_transcript("Halo warga", seconds=12.5)       # {"text": ..., "usage": {"type": "duration", ...}}
    fake.add_transcript("Halo", tokens=(120, 8))          # usage as tokens (gpt-4o-transcribe)
    fake.add_transcript_error(404, delay=0)               # an error body with that status
    fake.transcriptions     what each request carried: model, language, response_format, filename,
                            content_type, size (bytes of the file)

Inspecting what was sent
    fake.requests          every request body received (dicts), in order, all endpoints
    fake.chat_requests     only the chat-completion bodies
    fake.all_text()        every message content ever sent, joined: for "did X leave the machine?"
    fake.wait_for_requests(n, timeout=5)   block until n chat requests arrived (concurrency tests)

Fixtures (this module is a plugin in tests/conftest.py's `pytest_plugins`: name them as parameters)
    fake_openai      a started server (function scope), stopped after the test
    llm_settings     `Settings` pointed at the fake (base_url fake.url + "/v1", key
                     "sk-test-SECRET123", timeout 2 s, deadline 6 s, max_retries 2, data_dir=tmp_path,
                     embeddings="hash")
    make_llm_settings(fake, tmp_path, llm_timeout=0.5, ...)   the same with overrides

Example::

    from tests.support.fake_openai import make_llm_settings
    from tests.support.llm_answers import reply_answer   # canned valid answers: reply_answer(), rewrite_answer([...])

    def test_slow_model(fake_openai, tmp_path):
        settings = make_llm_settings(fake_openai, tmp_path, llm_timeout=0.5, llm_deadline=1, llm_max_retries=0)
        fake_openai.add_json(reply_answer(), delay=3)     # the service falls back to offline after ~1 s
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings

Body = dict[str, Any] | str | Callable[[dict[str, Any]], dict[str, Any]]

FAKE_MODEL = "fake-model-1"
FAKE_KEY = "sk-test-SECRET123"


def chat_completion(
    content: str | None,
    *,
    model: str = FAKE_MODEL,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    tool_calls: list[dict[str, Any]] | None = None,
    finish_reason: str = "stop",
) -> dict[str, Any]:
    """The JSON body of one non-streamed chat completion."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def tool_call_completion(name: str, arguments: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """A completion that calls the tool `name` (for `llm_structured_method="function_calling"`)."""
    call = {"id": "call_fake", "type": "function", "function": {"name": name, "arguments": json.dumps(arguments)}}
    return chat_completion(None, tool_calls=[call], finish_reason="tool_calls", **kwargs)


def fake_vector(text: str, dim: int = 16) -> list[float]:
    """A deterministic unit-ish vector for `text`."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return [(digest[i % len(digest)] - 128) / 128.0 for i in range(dim)]


class _Server(ThreadingHTTPServer):
    #: listen() backlog: the default 5 refuses connections when many clients connect at once
    #: (benchmarks/load.py sends 50 requests together).
    request_queue_size = 128


@dataclass
class Answer:
    """One scripted HTTP answer."""

    status: int = 200
    body: Body | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    fault: str | None = None  # None, "reset", "hang" or "malformed" (see the module docstring)
    trickle: float = 0.2  # "hang": seconds between body bytes (0: none)

    def render(self, request: dict[str, Any]) -> bytes:
        body = self.body(request) if callable(self.body) else self.body
        if body is None:
            body = {"error": {"message": f"fake error {self.status}", "type": "server_error", "code": None}}
        return body.encode("utf-8") if isinstance(body, str) else json.dumps(body).encode("utf-8")


class FakeOpenAI:
    """A threaded OpenAI-compatible server with scripted chat answers. See the module docstring."""

    def __init__(self, model: str = FAKE_MODEL) -> None:
        self.model = model
        self.queue: deque[Answer] = deque()
        self.default: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self.default_delay = 0.0
        self.schedule: list[Answer] = []
        self._schedule_at = 0
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.transcript_queue: deque[Answer] = deque()
        self.transcriptions: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as two writes: with Nagle's algorithm the body waited for the
            # client's delayed ACK (up to 40 ms on loopback), as no real model server makes anyone wait.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence
                return

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/models"):
                    body = {"object": "list", "data": [{"id": fake.model, "object": "model", "owned_by": "fake"}]}
                    self._send(200, json.dumps(body).encode(), {})
                else:
                    self._send(404, b'{"error": {"message": "not found"}}', {})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if self.path.endswith("/audio/transcriptions"):
                    self._transcribe(raw)
                    return
                try:
                    request = json.loads(raw or b"{}")
                except ValueError:
                    request = {"_raw": raw.decode("utf-8", "replace")}
                with fake._lock:
                    fake.requests.append(request)
                    fake.paths.append(self.path)
                    fake.headers.append(dict(self.headers))
                if self.path.endswith("/embeddings"):
                    self._send(200, json.dumps(fake._embeddings(request)).encode(), {})
                elif self.path.endswith("/chat/completions"):
                    answer = fake._next()
                    if answer.delay and fake._stopping.wait(answer.delay):
                        return
                    if answer.fault:
                        self._misbehave(answer, request)
                    else:
                        self._send(answer.status, answer.render(request), answer.headers)
                else:
                    self._send(404, b'{"error": {"message": "not found"}}', {})

            def _transcribe(self, raw: bytes) -> None:
                request = form_fields(self.headers.get("Content-Type", ""), raw)
                with fake._lock:
                    fake.transcriptions.append(request)
                    fake.requests.append(request)
                    fake.paths.append(self.path)
                    fake.headers.append(dict(self.headers))
                    answer = fake.transcript_queue.popleft() if fake.transcript_queue else None
                if answer is None:
                    answer = Answer(status=500, body={"error": {"message": "no scripted transcript"}})
                if answer.delay and fake._stopping.wait(answer.delay):
                    return
                self._send(answer.status, answer.render(request), answer.headers)

            def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

            def _misbehave(self, answer: Answer, request: dict[str, Any]) -> None:
                self.close_connection = True
                body = answer.render(request) if answer.body is not None else json.dumps(chat_completion("x")).encode()
                try:
                    if answer.fault == "malformed":
                        self._send(200, body[: max(1, len(body) // 2)] + b"\x00<html>", {})
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body) + 1_000_000))
                    self.end_headers()
                    if answer.fault == "reset":
                        self.wfile.write(body[: len(body) // 3])
                        self.wfile.flush()
                        # SO_LINGER 0: close() sends RST instead of FIN, a "connection reset by peer"
                        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        self.connection.close()
                        return
                    for i in itertools.count():  # "hang": the body never completes
                        if fake._stopping.wait(answer.trickle or 0.05):
                            return
                        if answer.trickle:
                            self.wfile.write(body[i % len(body) : i % len(body) + 1])
                            self.wfile.flush()
                except OSError:  # the client gave up
                    pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-openai", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- scripting -----------------------------------------------------------------
    def add(self, *answers: Answer) -> FakeOpenAI:
        with self._lock:
            self.queue.extend(answers)
        return self

    def add_json(self, obj: Any, *, delay: float = 0.0, **usage: Any) -> FakeOpenAI:
        """Answer with a completion whose content is `json.dumps(obj)`."""
        body = chat_completion(json.dumps(obj, ensure_ascii=False), model=self.model, **usage)
        return self.add(Answer(body=body, delay=delay))

    def add_text(self, text: str, *, delay: float = 0.0, **usage: Any) -> FakeOpenAI:
        return self.add(Answer(body=chat_completion(text, model=self.model, **usage), delay=delay))

    def add_error(self, status: int, *, headers: dict[str, str] | None = None, delay: float = 0.0) -> FakeOpenAI:
        return self.add(Answer(status=status, headers=headers or {}, delay=delay))

    def add_reset(self, **usage: Any) -> FakeOpenAI:
        """Send the headers and a third of a valid answer, then reset the connection."""
        return self.add(Answer(body=chat_completion("{}", model=self.model, **usage), fault="reset"))

    def add_hang(self, *, trickle: float = 0.2) -> FakeOpenAI:
        """Send the headers, then a body that never completes (a byte every `trickle` s, or none)."""
        return self.add(Answer(fault="hang", trickle=trickle))

    def add_malformed(self) -> FakeOpenAI:
        """HTTP 200 with a body that is not JSON."""
        return self.add(Answer(body=chat_completion("{}", model=self.model), fault="malformed"))

    def add_transcript(
        self,
        text: str,
        *,
        seconds: float | None = None,
        tokens: tuple[int, int] | None = None,
        delay: float = 0.0,
    ) -> FakeOpenAI:
        """Answer one transcription with `text`; `usage` as seconds (whisper-1) or (input, output)
        tokens (gpt-4o-transcribe) when given, else none (as many self-hosted servers)."""
        body: dict[str, Any] = {"text": text}
        if seconds is not None:
            body["usage"] = {"type": "duration", "seconds": seconds}
        elif tokens is not None:
            body["usage"] = {"type": "tokens", "input_tokens": tokens[0], "output_tokens": tokens[1],
                             "total_tokens": sum(tokens)}
        with self._lock:
            self.transcript_queue.append(Answer(body=body, delay=delay))
        return self

    def add_transcript_error(self, status: int, *, delay: float = 0.0) -> FakeOpenAI:
        with self._lock:
            self.transcript_queue.append(Answer(status=status, delay=delay))
        return self

    def cycle(self, *answers: Answer) -> FakeOpenAI:
        """Answer `answers` in turn, over and over, whenever the queue is empty (before `default`)."""
        with self._lock:
            self.schedule = list(answers)
            self._schedule_at = 0
        return self

    def _next(self) -> Answer:
        with self._lock:
            if self.queue:
                return self.queue.popleft()
            if self.schedule:
                answer = self.schedule[self._schedule_at % len(self.schedule)]
                self._schedule_at += 1
                return answer
        if self.default is not None:
            return Answer(body=self.default, delay=self.default_delay)
        return Answer(status=500, body={"error": {"message": "no scripted answer", "type": "server_error"}})

    def _embeddings(self, request: dict[str, Any]) -> dict[str, Any]:
        inputs = request.get("input", [])
        if isinstance(inputs, str) or (inputs and isinstance(inputs[0], int)):
            inputs = [inputs]
        data = []
        for i, item in enumerate(inputs):
            vector = fake_vector(json.dumps(item))
            if request.get("encoding_format") == "base64":
                encoded: Any = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
            else:
                encoded = vector
            data.append({"object": "embedding", "index": i, "embedding": encoded})
        return {
            "object": "list",
            "data": data,
            "model": request.get("model", "fake-embedding"),
            "usage": {"prompt_tokens": len(inputs), "total_tokens": len(inputs)},
        }

    # --- inspection ----------------------------------------------------------------
    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r for r, p in zip(self.requests, self.paths, strict=True) if p.endswith("/chat/completions")]

    def wait_for_requests(self, n: int, timeout: float = 5.0) -> bool:
        """Wait until at least `n` chat requests arrived; False on timeout."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if len(self.chat_requests) >= n:
                return True
            time.sleep(0.01)
        return len(self.chat_requests) >= n

    def all_text(self) -> str:
        """Every message content sent to the chat endpoint, joined by newlines."""
        parts: list[str] = []
        for request in self.chat_requests:
            for message in request.get("messages", []):
                content = message.get("content")
                if isinstance(content, str):
                    parts.append(content)
                elif isinstance(content, list):
                    parts.extend(str(block.get("text", "")) for block in content if isinstance(block, dict))
        return "\n".join(parts)


def form_fields(content_type: str, raw: bytes) -> dict[str, Any]:
    """The fields of a multipart/form-data body; the file as its filename, content type and size."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    fields: dict[str, Any] = {}
    parts = message.iter_parts() if message.is_multipart() else iter(())
    for part in parts:
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            fields.update(filename=filename, content_type=part.get_content_type(), size=len(data))
        elif isinstance(name, str):
            fields[name] = data.decode("utf-8")
    return fields


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A started fake OpenAI server; stopped after the test."""
    with FakeOpenAI() as fake:
        yield fake


def make_llm_settings(fake: FakeOpenAI, data_dir: Path, **overrides: Any) -> Settings:
    """Settings pointed at `fake`, with small timeouts. Keyword overrides use field names."""
    values: dict[str, Any] = {
        "openai_base_url": fake.url + "/v1",
        "openai_api_key": FAKE_KEY,
        "openai_model": fake.model,
        "llm_timeout": 2.0,
        "llm_deadline": 6.0,
        "llm_max_retries": 2,
        "data_dir": data_dir,
        "embeddings": "hash",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def llm_settings(fake_openai: FakeOpenAI, tmp_path: Path) -> Settings:
    """Settings pointed at the `fake_openai` server (see the module docstring)."""
    return make_llm_settings(fake_openai, tmp_path)
