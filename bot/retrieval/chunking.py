"""Split a loaded document into chunks with stable ids and metadata.

Markdown is split on headings first (the heading stays in the chunk), then by size;
txt/pdf/docx only by size. A chunk id is `f"{source_key}#{position}:{sha256(text)[:16]}"`:
the same file content and settings always give the same ids, so writes are idempotent.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import BadInput
from bot.retrieval.loaders import LoadedDoc, printable
from bot.settings import Settings

#: Bump when the splitting rules change: stored chunks of an older chunker are re-made.
CHUNKER_VERSION = "1"
KNOWLEDGE_PREFIX = "knowledge/"

_HEADINGS = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
_RESERVED = {
    "source", "path", "title", "section", "position", "content_hash", "file_hash",
    "n_chunks", "chunker", "kind", "id", "score",
}


@dataclass
class Chunk:
    id: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)


# --- source keys -------------------------------------------------------------------


def source_key(path: Path, settings: Settings) -> str:
    """`knowledge/<relative posix path>` for a file under the knowledge folder,
    else the absolute posix path."""
    resolved = Path(path).resolve()
    try:
        rel = resolved.relative_to(Path(settings.knowledge_dir).resolve())
        return KNOWLEDGE_PREFIX + rel.as_posix()
    except ValueError:
        return resolved.as_posix()


def resolve_source(key: str, settings: Settings) -> Path:
    """The file a source key stands for (the inverse of `source_key`)."""
    if key.startswith(KNOWLEDGE_PREFIX):
        return Path(settings.knowledge_dir) / key[len(KNOWLEDGE_PREFIX) :]
    return Path(key)


def display_path(path: Path, settings: Settings) -> str:
    """The path shown to users: `knowledge/...`, a path under the data folder
    (`uploads/...`), or the absolute path for anything else; printable even when the file
    name is not valid UTF-8."""
    key = source_key(path, settings)
    if key.startswith(KNOWLEDGE_PREFIX):
        return printable(key)
    resolved = Path(path).resolve()
    try:
        return printable(resolved.relative_to(Path(settings.data_dir).resolve()).as_posix())
    except ValueError:
        return printable(resolved.as_posix())


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chunker_signature(settings: Settings) -> str:
    return f"v{CHUNKER_VERSION}/{settings.chunk_size}/{settings.chunk_overlap}"


def chunk_id(key: str, position: int, text: str) -> str:
    return f"{key}#{position}:{content_hash(text)}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --- splitting ---------------------------------------------------------------------


def split_markdown(text: str, chunk_size: int, chunk_overlap: int) -> list[tuple[str, str]]:
    """`(section, text)` pairs: split on headings, then by size.

    A piece cut from the middle of a long section starts with that section's heading
    line again, so every chunk says what it is about.
    """
    from langchain_text_splitters import MarkdownHeaderTextSplitter

    header_splitter = MarkdownHeaderTextSplitter(_HEADINGS, strip_headers=False)
    sized = _size_splitter(chunk_size, chunk_overlap)
    out: list[tuple[str, str]] = []
    for doc in header_splitter.split_text(text):
        # the splitter marks blank lines as "  \n"; restore paragraph breaks for the sizer
        body = doc.page_content.replace("  \n", "\n\n").strip()
        if not body:
            continue
        levels = [(marker, doc.metadata[name]) for marker, name in _HEADINGS if doc.metadata.get(name)]
        section = " > ".join(value for _, value in levels)
        heading = f"{levels[-1][0]} {levels[-1][1]}" if levels else ""
        for i, piece in enumerate(sized.split_text(body)):
            piece = piece.strip()
            if not piece:
                continue
            if i > 0 and heading and not piece.startswith(heading):
                piece = f"{heading}\n{piece}"
            out.append((section, piece))
    return out


def split_plain(text: str, chunk_size: int, chunk_overlap: int) -> list[tuple[str, str]]:
    return [("", p.strip()) for p in _size_splitter(chunk_size, chunk_overlap).split_text(text) if p.strip()]


def _size_splitter(chunk_size: int, chunk_overlap: int):
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=min(chunk_overlap, chunk_size // 2),
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        keep_separator="end",
    )


def chunk_document(
    doc: LoadedDoc,
    *,
    key: str,
    path: str,
    fhash: str,
    settings: Settings,
) -> list[Chunk]:
    """All chunks of `doc`, positions 0..n-1, with ids and metadata.

    `BadInput` naming `path` for more than `settings.max_file_chunks` chunks: one file must not
    hold the embedder (and every other file's ingest) for long."""
    if doc.kind == "md":
        pieces = split_markdown(doc.text, settings.chunk_size, settings.chunk_overlap)
    else:
        pieces = split_plain(doc.text, settings.chunk_size, settings.chunk_overlap)
    if len(pieces) > settings.max_file_chunks:
        raise BadInput(
            f"Berkas '{path}' terlalu panjang: {len(pieces):,} potongan, batasnya {settings.max_file_chunks:,}; "
            "pecah menjadi beberapa berkas."
        )
    extra = {k: v for k, v in doc.metadata.items() if k not in _RESERVED and v}
    signature = chunker_signature(settings)
    chunks: list[Chunk] = []
    for position, (section, text) in enumerate(pieces):
        meta: dict[str, Any] = dict(extra)
        meta.update(
            source=key,
            path=path,
            title=doc.title,
            section=section,
            position=position,
            content_hash=content_hash(text),
            file_hash=fhash,
            n_chunks=len(pieces),
            chunker=signature,
            kind=doc.kind,
        )
        chunks.append(Chunk(id=chunk_id(key, position, text), text=text, metadata=meta))
    return chunks


def index_text(text: str, metadata: dict[str, Any]) -> str:
    """What gets embedded and BM25-indexed: the chunk plus its document title, so a
    chunk deep in a document still matches queries about the document's subject."""
    title = str(metadata.get("title") or "").strip()
    section = str(metadata.get("section") or "")
    start = text[:400].lower()
    parts: list[str] = []
    for part in [title, *section.split(" > ")]:
        part = part.strip()
        if part and part.lower() not in start and part not in parts:
            parts.append(part)
    return f"{' > '.join(parts)}\n{text}" if parts else text
