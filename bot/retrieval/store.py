"""The Chroma vector store (embedded by default, HTTP server on request).

Chroma's default embedding function (an ONNX model it would download) must never run:
the collection is created through `langchain_chroma.Chroma`, which passes no Chroma-side
embedding function, and every vector is computed by our embedder and given explicitly.
chromadb is imported lazily, on first use.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from langchain_core.embeddings import Embeddings

from bot.errors import StoreError
from bot.retrieval.embeddings import collection_name, model_id_of
from bot.settings import Settings

log = logging.getLogger(__name__)

_PAGE = 2000
#: Metadata key prefixes Chroma refuses or reserves: `$` (filter operators), `#` (its own fields), `chroma:`.
_RESERVED_PREFIXES = ("$", "#", "chroma:")
#: Records per write when Chroma does not say how many it takes.
_FALLBACK_BATCH = 1000
T = TypeVar("T")


class StoreRefused(StoreError):
    """The store refused what was written (the records' content), while it is up: the records
    at fault can be left out and the rest written."""


def record_problem(cid: str, text: str, metadata: dict[str, Any]) -> str | None:
    """Why Chroma would refuse this record, in Indonesian, or None when it takes it.

    Checked per file before any write, so that one file the store cannot take is named and left
    out instead of failing the write of a batch that spans files. The rules are Chroma's: UTF-8
    text, a non-empty metadata dict of str keys (not empty, no reserved prefix) to str, int, float
    or bool values."""
    for what, value in (("id", cid), ("teks", text)):
        if not _utf8(value):
            return f"{what} potongan bukan teks UTF-8 yang valid"
    if not metadata:
        return "metadata kosong"
    for key, value in metadata.items():
        if not isinstance(key, str) or not key.strip() or key.lower().startswith(_RESERVED_PREFIXES) or not _utf8(key):
            return f"kunci metadata {key!r} tidak diterima penyimpanan"
        if not isinstance(value, (str, int, float, bool)) or (isinstance(value, str) and not _utf8(value)):
            return f"nilai metadata '{key}' ({type(value).__name__}) tidak diterima penyimpanan"
    return None


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _refusal(err: Exception) -> bool:
    """True for a write Chroma refused for its content (validation), not for being down or slow."""
    if isinstance(err, (ValueError, TypeError)):
        return True
    try:
        from chromadb.errors import InvalidArgumentError
    except ImportError:  # pragma: no cover - broken installation
        return False
    return isinstance(err, InvalidArgumentError)


@dataclass
class Record:
    id: str
    text: str
    metadata: dict[str, Any]


@dataclass
class DenseHit:
    id: str
    text: str
    metadata: dict[str, Any]
    similarity: float


class ChunkStore:
    """A thin wrapper over one Chroma collection, named after the embedding model."""

    def __init__(self, settings: Settings, embedder: Embeddings):
        self.settings = settings
        self.embedder = embedder
        self.name = collection_name(settings.collection, model_id_of(embedder))
        self._vectorstore: Any = None
        self._lock = threading.Lock()
        self._max_batch: int | None = None

    # --- opening -------------------------------------------------------------------

    @property
    def vectorstore(self) -> Any:
        """The `langchain_chroma.Chroma` vector store (opened on first access)."""
        if self._vectorstore is None:
            with self._lock:
                if self._vectorstore is None:
                    self._vectorstore = self._open()
        return self._vectorstore

    @property
    def collection(self) -> Any:
        return self.vectorstore._collection

    def _open(self) -> Any:
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        try:
            import chromadb
            from chromadb.config import Settings as ChromaSettings
            from langchain_chroma import Chroma
        except ImportError as err:  # pragma: no cover - broken installation
            raise StoreError(f"Pustaka penyimpanan (chromadb) tidak terpasang: {err}") from err

        s = self.settings
        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        http = s.chroma_mode == "http"
        target = f"server Chroma {s.chroma_host}:{s.chroma_port}" if http else f"folder {s.chroma_dir}"
        try:
            if http:
                client = chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port, settings=chroma_settings)
            else:
                s.chroma_dir.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(s.chroma_dir), settings=chroma_settings)
            store = Chroma(
                collection_name=self.name,
                embedding_function=self.embedder,
                client=client,
                collection_metadata={"hnsw:space": "cosine"},
            )
        except Exception as err:
            raise StoreError(f"Basis pengetahuan tidak bisa dibuka ({target}): {err}") from err
        log.debug("Chroma collection %s opened (%s)", self.name, target)
        return store

    # --- reading -------------------------------------------------------------------

    def count(self) -> int:
        return self._call("menghitung isi", lambda: int(self.collection.count()))

    def records(self, *, with_text: bool = True, where: dict[str, Any] | None = None) -> Iterator[Record]:
        """Every stored chunk (paged), optionally filtered by metadata."""
        include = ["metadatas", "documents"] if with_text else ["metadatas"]
        offset = 0
        while True:
            page = self._call(
                "membaca isi",
                partial(self.collection.get, where=where, include=include, limit=_PAGE, offset=offset),
            )
            ids = page.get("ids") or []
            docs = page.get("documents") or [""] * len(ids)
            metas = page.get("metadatas") or [{}] * len(ids)
            for i, cid in enumerate(ids):
                yield Record(cid, docs[i] or "", dict(metas[i] or {}))
            if len(ids) < _PAGE:
                return
            offset += len(ids)

    def query(self, vector: Sequence[float], n: int, *, with_content: bool = True) -> list[DenseHit]:
        """The `n` nearest chunks by cosine similarity, best first.

        `with_content=False` leaves text and metadata empty (for a caller that holds them already):
        at 10k chunks that halves the query (3.1 -> 1.6 ms)."""
        if n <= 0:
            return []
        include = ["documents", "metadatas", "distances"] if with_content else ["distances"]
        res = self._call(
            "mencari",
            lambda: self.collection.query(query_embeddings=[list(vector)], n_results=n, include=include),
        )
        ids = (res.get("ids") or [[]])[0]
        docs = (res.get("documents") or [[None] * len(ids)])[0]
        metas = (res.get("metadatas") or [[None] * len(ids)])[0]
        dists = (res.get("distances") or [[]])[0]
        return [
            DenseHit(cid, docs[i] or "", dict(metas[i] or {}), 1.0 - float(dists[i]))
            for i, cid in enumerate(ids)
        ]

    # --- writing -------------------------------------------------------------------

    def upsert(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
        embeddings: Sequence[Sequence[float]],
    ) -> None:
        """Add or replace chunks, in as few calls as Chroma allows (`max_batch_size` records each)."""
        for start, end in self._batches(len(ids)):
            self._call("menyimpan", partial(
                self.collection.upsert,
                ids=list(ids[start:end]),
                documents=list(texts[start:end]),
                metadatas=[dict(m) for m in metadatas[start:end]],
                embeddings=[list(v) for v in embeddings[start:end]],
            ))

    def update_metadata(self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        for start, end in self._batches(len(ids)):
            self._call("memperbarui", partial(
                self.collection.update, ids=list(ids[start:end]), metadatas=[dict(m) for m in metadatas[start:end]]
            ))

    def delete(self, ids: Sequence[str]) -> None:
        for start, end in self._batches(len(ids)):
            self._call("menghapus", partial(self.collection.delete, ids=list(ids[start:end])))

    # --- helpers -------------------------------------------------------------------

    def max_batch_size(self) -> int:
        """The most records Chroma takes in one write (its `max_batch_size`: 5461 embedded; a server
        says so in its pre-flight answer), asked once. A value that is unknown or not positive (an
        older server answers -1) falls back to `_FALLBACK_BATCH`: a non-positive step would make
        `_batches` yield nothing and the write would silently store nothing."""
        if self._max_batch is None:
            size = 0
            try:
                size = int(self.collection._client.get_max_batch_size())
            except Exception as err:  # noqa: BLE001 - optional information; the fallback is safe
                log.debug("Chroma max_batch_size unknown: %s", err)
            self._max_batch = size if size > 0 else _FALLBACK_BATCH
        return self._max_batch

    def _batches(self, n: int) -> Iterator[tuple[int, int]]:
        size = self.max_batch_size() if n else 1
        for start in range(0, n, size):
            yield start, min(n, start + size)

    def _call(self, action: str, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except StoreError:
            raise
        except Exception as err:
            kind = StoreRefused if _refusal(err) else StoreError
            raise kind(f"Gagal {action} basis pengetahuan: {err}") from err
