"""The knowledge base facade: ingest files, search them (hybrid BM25 + vectors).

Writing is idempotent and converges after a crash:

* chunk ids are `source#position:content-hash`, so re-adding a chunk is an upsert of the
  same id and the same vector;
* a file counts as unchanged only when *all* its stored chunks carry the current file hash
  and chunker settings and together cover positions 0..n-1;
* for a changed file the new chunks are stored first (only ids not already stored are
  embedded), then kept chunks get fresh metadata, then stale chunks are deleted.

The missing chunks of all changed files are embedded and written in batches that span files
(`_EMBED_BATCH` chunks, one embedder call and one Chroma upsert each), not file by file: the
knowledge files are ~11 chunks each, and per-file calls meant small embedder batches and a store
round trip per file. A file is finished (kept chunks' metadata, then stale chunks' deletion) as
soon as the batch holding its last new chunk is stored; the files one batch finishes share one
update and one delete. So the order above still holds for every file.

A process killed at any point leaves either a partial set of new chunks (not "complete",
so the next ingest finishes it without re-embedding what is there) or new plus stale
chunks (mixed file hashes, so the next ingest deletes the stale ones). Each chunk ends up
stored exactly once. A kill loses at most the batch being embedded.

A cancelled ingest (`cancel`, checked before each file and each batch) stops where a kill would,
and converges the same way.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from bot.datatypes import DocInfo, Hit, IngestReport, SearchMode
from bot.errors import BadInput, Busy
from bot.retrieval.chunking import chunk_document, chunker_signature, display_path, file_hash, index_text, source_key
from bot.retrieval.collect import collect
from bot.retrieval.embeddings import make_embedder
from bot.retrieval.hybrid import Candidate, HybridRetriever, rrf_fuse
from bot.retrieval.lexical import BM25Index
from bot.retrieval.loaders import Limits, load_file, printable, read_bytes
from bot.retrieval.store import ChunkStore, Record
from bot.retrieval.writer import ChunkWriter, Plan, check_cancel, check_storable, is_current
from bot.settings import Settings

log = logging.getLogger(__name__)

#: How long a search snapshot is trusted before the store's chunk count is asked again (what
#: notices another process's ingest). Asking on every search cost a Chroma call per ranker, which
#: under 50 concurrent chats was the largest single item of the bot's own CPU time.
SNAPSHOT_TRUST_S = 1.0
#: How long an ingest waits for another one to finish before it gives up (`Busy`): a chat's upload
#: behind another chat's large one is told to retry instead of hanging.
LOCK_WAIT_S = 5.0
BUSY = "Sedang memuat dokumen lain ke basis pengetahuan, coba lagi sebentar lagi."
#: Search results kept per snapshot (dropped whenever the snapshot is rebuilt).
_RESULT_CACHE = 256


@dataclass
class _Snapshot:
    """What search reads: every chunk plus a BM25 index over them (immutable), and the results of
    searches already made on it (a rewrite's fixed task query, a draft asked again by a button)."""

    records: dict[str, Record]
    bm25: BM25Index
    checked: float = 0.0  # time.monotonic() when the store's count last matched
    results: dict[tuple[str, int, str], list[Hit]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.records)


class KnowledgeBase:
    """Ingest and search the knowledge files. Opens nothing until first use; thread-safe."""

    def __init__(self, settings: Settings, embedder: Embeddings | None = None):
        self.settings = settings
        self._embedder = embedder
        self._store: ChunkStore | None = None
        self._snapshot: _Snapshot | None = None
        self._write_lock = threading.Lock()  # one ingest at a time
        self._index_lock = threading.RLock()  # opening and snapshot rebuilds
        self._retriever: HybridRetriever | None = None
        self._ingesting = False

    # --- lazy parts ----------------------------------------------------------------

    @property
    def embedder(self) -> Embeddings:
        with self._index_lock:
            if self._embedder is None:
                self._embedder = make_embedder(self.settings)
            return self._embedder

    @property
    def store(self) -> ChunkStore:
        with self._index_lock:
            if self._store is None:
                self._store = ChunkStore(self.settings, self.embedder)
            return self._store

    # --- ingest --------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[Path] = (),
        *,
        include_default: bool = True,
        prune: bool = False,
        stored_as: Mapping[Path, Path] | None = None,
        cancel: threading.Event | None = None,
    ) -> IngestReport:
        """Index the knowledge folder (when `include_default`) plus `paths` (files or
        folders). An explicitly given file that is unsupported or unreadable raises
        `BadInput` before anything is written; bad files found in folders (unreadable, past the
        `max_*` bounds, a name that is not UTF-8, chunks the store would refuse or did refuse, a
        link leading out of the folder) are named in `report.errors` and left out, every other
        file is ingested. A missing knowledge folder, or an empty one with nothing else given, or a
        given folder without supported files raises `KnowledgeMissing`, also before anything is written.

        `stored_as` maps a given file to the path it is indexed under (an upload read from its
        temporary path, moved into place once stored). `cancel` set stops the work before the
        next file or batch (`Cancelled`); `Busy` when another ingest holds the store too long."""
        aliases = stored_as or {}
        report = IngestReport()
        refused: set[str] = set()  # source keys of what links out of a folder lead to
        targets = collect(self.settings, paths, include_default, report, refused)
        report.files = len(targets)
        signature = chunker_signature(self.settings)
        with self._locked():
            self._ingesting = True
            try:
                writer = ChunkWriter(self.store, self.embedder, self.settings)
                state = writer.state()
                plans: list[Plan] = []
                for path, explicit in targets.values():
                    check_cancel(cancel)
                    final = aliases.get(path, path)
                    key = source_key(final, self.settings)
                    stored = state.get(key, {})
                    try:
                        shown = display_path(final, self.settings)
                        if printable(key) != key:
                            raise BadInput(f"Nama berkas '{shown}' bukan teks UTF-8 yang valid; ganti namanya.")
                        data = read_bytes(path, max_bytes=self.settings.max_upload_bytes)
                        fhash = file_hash(data)
                        if is_current(stored, fhash, signature):
                            report.unchanged += 1
                            continue
                        doc = load_file(
                            path, max_bytes=self.settings.max_upload_bytes, data=data, limits=Limits.of(self.settings)
                        )
                        chunks = chunk_document(doc, key=key, path=shown, fhash=fhash, settings=self.settings)
                        check_storable(shown, chunks)
                    except BadInput as err:
                        if explicit:
                            raise
                        report.errors.append(str(err))
                        continue
                    plans.append(Plan(chunks, stored))
                writer.write(plans, report, cancel)
                if prune:
                    seen = {source_key(aliases.get(p, p), self.settings) for p, _ in targets.values()}
                    writer.prune(state, seen, report, refused)
            finally:
                self._ingesting = False
                self._invalidate()
        log.info(report.summary_id())
        return report

    def forget(self, paths: Sequence[Path]) -> int:
        """Delete the stored chunks of `paths` (files taken out of the knowledge); how many."""
        keys = {source_key(path, self.settings) for path in paths}
        with self._locked():
            ids = [rec.id for rec in self.store.records(with_text=False) if rec.metadata.get("source") in keys]
            if ids:
                self.store.delete(ids)
            self._invalidate()
        return len(ids)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """The one ingest at a time, waited for at most `LOCK_WAIT_S`."""
        if not self._write_lock.acquire(timeout=LOCK_WAIT_S):
            raise Busy(BUSY)
        try:
            yield
        finally:
            self._write_lock.release()
    # --- search --------------------------------------------------------------------

    def search(self, query: str, k: int | None = None, *, mode: SearchMode = "hybrid") -> list[Hit]:
        """The `k` best chunks (default `settings.top_k`); [] on an empty store.

        `mode` "lexical" or "dense" uses one ranker only (for diagnostics and evaluation)."""
        k = self.settings.top_k if k is None else k
        snap = self._current()
        key = (query, k, mode)
        cached = snap.results.get(key)
        if cached is not None:
            return [hit.model_copy() for hit in cached]
        if mode == "hybrid":
            retriever = self.as_retriever(k)
        else:
            lexical = self._lexical if mode == "lexical" else _no_candidates
            dense = self._dense if mode == "dense" else _no_candidates
            retriever = HybridRetriever(lexical=lexical, dense=dense, k=k)
        docs = retriever.retrieve(query, k)
        hits = [
            Hit(
                id=str(d.metadata["id"]),
                title=str(d.metadata.get("title", "")),
                path=str(d.metadata.get("path", "")),
                text=d.page_content,
                score=float(d.metadata.get("score", 0.0)),
                topic=str(d.metadata.get("topic") or ""),
            )
            for d in docs
        ]
        if len(snap.results) < _RESULT_CACHE and not any(d.metadata.get("dense_skipped") for d in docs):
            snap.results[key] = [hit.model_copy() for hit in hits]
        return hits

    def search_fused(self, queries: Sequence[tuple[str, SearchMode]], k: int | None = None) -> list[Hit]:
        """The `k` best chunks for several `(query, mode)` searches at once, their rankings fused by
        reciprocal rank fusion (the same `rrf_fuse` as BM25 with vectors); `score` is the fused score.

        Each query is one `search`, cached as such: a fixed task query costs nothing after its first use."""
        k = self.settings.top_k if k is None else k
        rankings = [self.search(query, k, mode=mode) for query, mode in queries]
        pool: dict[str, Hit] = {}
        for ranking in rankings:
            for hit in ranking:
                pool.setdefault(hit.id, hit)
        fused = rrf_fuse([[hit.id for hit in ranking] for ranking in rankings])
        return [pool[cid].model_copy(update={"score": score}) for cid, score in fused[:k]]

    def as_retriever(self, k: int | None = None) -> HybridRetriever:
        """A langchain retriever over this knowledge base (`.invoke(query)` -> Documents)."""
        k = self.settings.top_k if k is None else k
        cached = self._retriever
        if cached is not None and cached.k == k:
            return cached
        retriever = HybridRetriever(lexical=self._lexical, dense=self._dense, k=k)
        if k == self.settings.top_k:
            self._retriever = retriever
        return retriever

    def _lexical(self, query: str, n: int) -> list[Candidate]:
        snap = self._current()
        out = []
        for cid, score in snap.bm25.search(query, n):
            rec = snap.records[cid]
            out.append(Candidate(cid, rec.text, rec.metadata, score))
        return out

    def _dense(self, query: str, n: int) -> list[Candidate]:
        snap = self._current()
        if snap.count == 0:
            return []
        vector = self.embedder.embed_query(query)
        # Text and metadata come from the snapshot, unless the store holds chunks it does not
        # (written by another process since): then from the store, as they are now.
        n = min(n, snap.count)
        hits = self.store.query(vector, n, with_content=False)
        if any(h.id not in snap.records for h in hits):
            return [Candidate(h.id, h.text, h.metadata, h.similarity) for h in self.store.query(vector, n)]
        records = [snap.records[h.id] for h in hits]
        return [Candidate(h.id, rec.text, rec.metadata, h.similarity) for h, rec in zip(hits, records, strict=True)]

    def _current(self, *, fresh: bool = False) -> _Snapshot:
        """The search snapshot, rebuilt when this or another process changed the store
        (detected by the chunk count, asked at most every `SNAPSHOT_TRUST_S` seconds unless
        `fresh`). While this instance is ingesting, searches keep the previous snapshot instead
        of rebuilding it after every batch."""
        with self._index_lock:
            snap = self._snapshot
            now = time.monotonic()
            if snap is not None and (self._ingesting or (not fresh and now - snap.checked < SNAPSHOT_TRUST_S)):
                return snap
            if snap is not None and self.store.count() == snap.count:
                snap.checked = now
                return snap
            records = {rec.id: rec for rec in self.store.records(with_text=True)}
            ids = list(records)
            texts = [index_text(records[i].text, records[i].metadata) for i in ids]
            self._snapshot = _Snapshot(records=records, bm25=BM25Index(ids, texts), checked=now)
            return self._snapshot

    def _invalidate(self) -> None:
        with self._index_lock:
            self._snapshot = None

    # --- listing -------------------------------------------------------------------

    def documents(self) -> list[DocInfo]:
        """One entry per stored source, sorted by path."""
        docs: dict[str, DocInfo] = {}
        for rec in self._current(fresh=True).records.values():
            key = str(rec.metadata.get("source", ""))
            info = docs.get(key)
            if info is None:
                info = docs[key] = DocInfo(
                    title=str(rec.metadata.get("title", "")), path=str(rec.metadata.get("path", "")), chunks=0,
                    source=key,
                )
            info.chunks += 1
        return sorted(docs.values(), key=lambda d: d.path)

    def count(self) -> int:
        """Number of stored chunks."""
        return self.store.count()

def _no_candidates(query: str, n: int) -> list[Candidate]:
    return []
