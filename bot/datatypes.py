"""Data types that retrieval and the core both use: hits, search modes, document info, ingest reports.

This module imports nothing of the project, so `bot.retrieval` can use these types without an
arrow up to `bot.core` (tests/test_layers.py keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel

#: How the knowledge base ranks: BM25 and vectors fused, or one of them alone.
SearchMode = Literal["hybrid", "lexical", "dense"]


class Source(BaseModel):
    """A guideline document an answer drew on."""

    title: str
    path: str


class Hit(BaseModel):
    """One retrieved knowledge chunk."""

    id: str
    title: str
    path: str
    text: str
    score: float = 0.0
    #: The document's front-matter `topic` ("" when it declares none).
    topic: str = ""

    def source(self) -> Source:
        return Source(title=self.title, path=self.path)


@dataclass
class IngestReport:
    files: int = 0  # supported files looked at
    new: int = 0  # files indexed for the first time
    updated: int = 0  # files whose content changed
    unchanged: int = 0  # files left as they were
    added: int = 0  # chunks embedded and stored
    removed: int = 0  # chunks deleted (stale parts of changed files, pruned sources)
    skipped: list[str] = field(default_factory=list)  # unsupported files found in folders
    errors: list[str] = field(default_factory=list)  # unreadable files found in folders

    def summary_id(self) -> str:
        """One Indonesian line for the user."""
        parts = [
            f"{self.files} berkas diperiksa ({self.new} baru, {self.updated} berubah, "
            f"{self.unchanged} tetap)",
            f"{self.added} potongan ditambahkan",
            f"{self.removed} potongan dihapus",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} berkas dilewati (format tidak didukung)")
        if self.errors:
            parts.append(f"{len(self.errors)} berkas gagal dibaca")
        return "Basis pengetahuan diperbarui: " + "; ".join(parts) + "."


@dataclass
class DocInfo:
    title: str
    path: str
    chunks: int
    source: str = ""


