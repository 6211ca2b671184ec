"""Read one knowledge file (.md, .txt, .pdf, .docx) into plain text.

Every failure a user can cause (wrong type, empty, too big, broken, no text, expanding past
`Limits`) becomes `BadInput` with an Indonesian message that names the file; a PDF whose pages are
only images (a scan) raises its subclass `ScannedPdf`, so that a caller can offer OCR. Nothing here
touches the store.
"""

from __future__ import annotations

import io
import logging
import os
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import BadInput, ScannedPdf
from bot.settings import Settings

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".md", ".txt", ".pdf", ".docx")
DEFAULT_MAX_BYTES: int = Settings.model_fields["max_upload_bytes"].default

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_MANY_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")  # zero-width space, word joiner, stray BOM
_SURROGATE = re.compile("[\ud800-\udfff]")  # not encodable as UTF-8: the store refuses them
#: Front matter kept per file: keys, characters per value, nesting depth, characters per key.
_META_KEYS, _META_CHARS, _META_DEPTH, _META_KEY_CHARS = 50, 500, 8, 100
#: Key prefixes the store reserves (Chroma: `$` operators, `#` internal fields, `chroma:` keys).
_RESERVED_KEY_PREFIX = re.compile(r"^(?:[\s$#]|chroma:)+", re.IGNORECASE)
#: Parts in one DOCX, and the size below which a part's compression ratio is not checked.
_ZIP_ENTRIES, _RATIO_FLOOR = 5000, 1_000_000


@dataclass(frozen=True)
class Limits:
    """What one file may expand to once opened (see the `max_*` settings)."""

    unpacked_bytes: int = Settings.model_fields["max_unpacked_bytes"].default
    zip_ratio: int = Settings.model_fields["max_zip_ratio"].default
    pdf_pages: int = Settings.model_fields["max_pdf_pages"].default
    chars: int = Settings.model_fields["max_file_chars"].default

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(settings.max_unpacked_bytes, settings.max_zip_ratio, settings.max_pdf_pages, settings.max_file_chars)


@dataclass
class LoadedDoc:
    """The text of one file plus what we know about it."""

    title: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    kind: str = "txt"  # "md" | "txt" | "pdf" | "docx"


def load_file(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None, limits: Limits | None = None
) -> LoadedDoc:
    """Load `path` (or `data`, its already-read bytes) into a `LoadedDoc`.

    Raises `BadInput` for an unsupported, empty, oversized, broken or text-less file, and for one
    that would expand past `limits` (checked before extraction where the format tells, else as
    the text comes out)."""
    path = Path(path)
    limits = limits or Limits()
    name = printable(path.name)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise BadInput(
            f"Berkas '{name}' tidak didukung. Gunakan berkas {', '.join(SUPPORTED_SUFFIXES)}."
        )
    if data is None:
        data = read_bytes(path, max_bytes=max_bytes)
    check_size(name, len(data), max_bytes)

    stem = printable(path.stem)
    if suffix == ".md":
        doc = _load_markdown(name, stem, _decode_text(name, data, limits))
    elif suffix == ".txt":
        doc = LoadedDoc(title=stem, text=_decode_text(name, data, limits), kind="txt")
    elif suffix == ".pdf":
        doc = _load_pdf(name, stem, data, limits)
    else:
        doc = _load_docx(name, stem, data, limits)

    doc.text = clean_text(doc.text)
    if not any(ch.isalnum() for ch in doc.text):  # empty, blank, or only symbols and invisible characters
        raise BadInput(f"Berkas '{name}' tidak berisi teks yang bisa dibaca.")
    doc.title = " ".join(clean_text(doc.title).split()) or stem
    return doc


def printable(name: str) -> str:
    """`name` as text that can be printed, sent and stored: a file name that is not valid UTF-8
    (its bytes kept as surrogates by `os.fsdecode`) gets U+FFFD for each undecodable byte."""
    try:
        return os.fsencode(name).decode("utf-8", errors="replace")
    except UnicodeError:  # a lone surrogate that did not come from a file name's bytes
        return _SURROGATE.sub("\ufffd", name)


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file after checking that it exists and is not too big."""
    name = printable(path.name)
    try:
        if not path.is_file():
            raise BadInput(f"Berkas '{name}' tidak ditemukan.")
        size = path.stat().st_size
        check_size(name, size, max_bytes)
        return path.read_bytes()
    except OSError as err:
        raise BadInput(f"Berkas '{name}' tidak bisa dibaca ({err.strerror or err}).") from err


def check_size(name: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise BadInput(f"Berkas '{name}' kosong (0 byte).")
    if size > max_bytes:
        raise BadInput(
            f"Berkas '{name}' terlalu besar ({_mb(size)}); batasnya {_mb(max_bytes)}."
        )


def clean_text(text: str) -> str:
    """Normalise line ends, drop control characters, collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _CONTROL.sub("", _SURROGATE.sub("", _INVISIBLE.sub("", text)))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _MANY_BLANKS.sub("\n\n", text).strip()


# --- text and markdown -------------------------------------------------------------


def check_chars(name: str, count: int, limits: Limits) -> None:
    """Refuse a file whose text runs past `limits.chars` (called as the text comes out)."""
    if count > limits.chars:
        raise BadInput(
            f"Berkas '{name}' berisi terlalu banyak teks (lebih dari {limits.chars:,} karakter); "
            "pecah menjadi beberapa berkas."
        )


def _decode_text(name: str, data: bytes, limits: Limits) -> str:
    text = _decode(name, data)
    check_chars(name, len(text), limits)
    return text


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise BadInput(f"Berkas '{name}' bukan berkas teks (berisi data biner).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(20, len(text) // 10):
        raise BadInput(f"Berkas '{name}' bukan teks UTF-8 yang bisa dibaca.")
    log.warning("%s: %d karakter tidak valid UTF-8 diganti", name, bad)
    return text


def _load_markdown(name: str, stem: str, raw: str) -> LoadedDoc:
    import frontmatter

    meta: dict[str, Any] = {}
    body = raw
    try:
        meta, body = frontmatter.parse(raw)  # not `loads`: its Post(**metadata) refuses keys that are not str
    except Exception as err:  # malformed YAML: keep the text, drop the block
        log.warning("%s: front matter tidak valid (%s); diabaikan", name, err)
        body = _FRONT_MATTER.sub("", raw, count=1)
    metadata: dict[str, str] = {}
    for k, v in list(meta.items())[:_META_KEYS]:
        key, value = _meta_key(k), _one_line(_meta_str(v))
        if key and value:
            metadata.setdefault(key, value)
    title = metadata.get("title", "")
    if not title:
        match = _H1.search(body)
        title = match.group(1).strip() if match else stem
    return LoadedDoc(title=title, text=body, metadata=metadata, kind="md")


def _meta_key(key: Any) -> str:
    """A front-matter key as the store takes it: text (a YAML key may be a number, a date, None),
    one short line, valid UTF-8, without a prefix the store reserves (`$`, `#`, `chroma:`).
    "" when nothing is left (the entry is dropped)."""
    text = _one_line(key if isinstance(key, str) else _meta_str(key))
    return _RESERVED_KEY_PREFIX.sub("", text)[:_META_KEY_CHARS].strip()


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", _SURROGATE.sub("", _INVISIBLE.sub("", text))).split())


def _meta_str(value: Any, budget: list[int] | None = None, depth: int = 0) -> str:
    """A front-matter value as one short line. Nested values share a budget of `_META_CHARS`
    characters, so aliased YAML (a "billion laughs" block) or a self-referencing list is cut
    short instead of being expanded without end."""
    budget = [_META_CHARS] if budget is None else budget
    if value is None or budget[0] <= 0 or depth > _META_DEPTH:
        return ""
    if isinstance(value, (list, tuple, set, dict)):
        items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
        parts: list[str] = []
        for key, item in items:
            if budget[0] <= 0:
                break
            text = _meta_str(item, budget, depth + 1)
            if key is not None:
                parts.append(f"{key}: {text}")
            elif text:
                parts.append(text)
        return ", ".join(parts)
    text = value.isoformat() if isinstance(value, (date, datetime)) else str(value).strip()
    text = text[: budget[0]]
    budget[0] -= len(text)
    return text


# --- pdf -----------------------------------------------------------------------------


def open_pdf(name: str, data: bytes, limits: Limits) -> PdfReader:
    """A reader over the PDF `data`, decrypted when it opens without a password.

    `BadInput` naming `name` for bytes that are not a PDF, a PDF locked with a password, one that
    declares more than `limits.pdf_pages` pages, or one too broken to open."""
    if b"%PDF-" not in data[:1024]:
        raise BadInput(f"Berkas '{name}' bukan PDF yang valid.")
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = bool(reader.decrypt(""))  # PasswordType.NOT_DECRYPTED is 0
            except Exception:
                ok = False
            if not ok:
                raise BadInput(f"PDF '{name}' dikunci kata sandi; buka kuncinya lalu kirim ulang.")
        _check_pages(name, len(reader.pages), limits)
    except BadInput:
        raise
    except Exception as err:
        raise BadInput(f"Berkas '{name}' rusak atau bukan PDF yang bisa dibaca.") from err
    return reader


def _load_pdf(name: str, stem: str, data: bytes, limits: Limits) -> LoadedDoc:
    reader = open_pdf(name, data, limits)
    try:
        pages: list[str] = []
        chars = 0
        for number, page in enumerate(reader.pages, 1):
            _check_pages(name, number, limits)  # the page count a file declares may be false
            try:
                text = page.extract_text() or ""
            except Exception as err:  # one bad page should not lose the rest
                log.warning("%s: satu halaman gagal dibaca (%s)", name, err)
                continue
            chars += len(text)
            check_chars(name, chars, limits)
            pages.append(text)
        title = ""
        try:
            info = reader.metadata
            title = str(info.get("/Title") or "").strip() if info is not None else ""
        except Exception:
            title = ""
        text = "\n\n".join(p.strip() for p in pages if p.strip())
        scanned = not text.strip() and any(_has_images(page) for page in reader.pages)
    except BadInput:
        raise
    except Exception as err:
        raise BadInput(f"Berkas '{name}' rusak atau bukan PDF yang bisa dibaca.") from err
    if not text.strip():
        message = f"PDF '{name}' tidak memuat teks (mungkin hasil pindaian/gambar); kirim versi teksnya."
        if scanned:
            raise ScannedPdf(message, pages=len(reader.pages))
        raise BadInput(message)
    if not _usable_title(title):
        title = stem
    return LoadedDoc(title=title, text=text, kind="pdf")


def _has_images(page: PageObject) -> bool:
    """Whether `page` shows an image (read from its resources: nothing is decoded)."""
    try:
        return len(page.images) > 0
    except Exception:  # broken resources: no image to offer
        return False


def _check_pages(name: str, count: int, limits: Limits) -> None:
    if count > limits.pdf_pages:
        raise BadInput(
            f"PDF '{name}' terlalu banyak halaman (lebih dari {limits.pdf_pages:,}); pecah menjadi beberapa berkas."
        )


def _usable_title(title: str) -> bool:
    low = title.lower()
    return bool(title) and len(title) <= 200 and low not in {"untitled", "(anonymous)", "anonymous"}


# --- docx ----------------------------------------------------------------------------


def _load_docx(name: str, stem: str, data: bytes, limits: Limits) -> LoadedDoc:
    if not data.startswith(b"PK"):
        raise BadInput(f"Berkas '{name}' bukan dokumen Word (.docx) yang valid.")
    _check_zip(name, data, limits)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        parts: list[str] = []
        chars = 0
        for block in document.iter_inner_content():
            parts.append(_table_text(block) if isinstance(block, Table) else block.text)
            chars += len(parts[-1])
            check_chars(name, chars, limits)
        title = (document.core_properties.title or "").strip()
    except BadInput:
        raise
    except Exception as err:
        raise BadInput(f"Berkas '{name}' rusak atau bukan dokumen Word (.docx).") from err
    text = "\n\n".join(p.strip() for p in parts if p and p.strip())
    if not _usable_title(title):
        title = stem
    return LoadedDoc(title=title, text=text, kind="docx")


def _check_zip(name: str, data: bytes, limits: Limits) -> None:
    """Refuse a DOCX that would expand past `limits` (a zip bomb) from its zip directory alone,
    before any part is decompressed. The declared sizes can be trusted: `zipfile` stops reading a
    part at its declared size and then fails on the checksum."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as err:
        raise BadInput(f"Berkas '{name}' rusak atau bukan dokumen Word (.docx).") from err
    if len(parts) > _ZIP_ENTRIES:
        raise BadInput(f"Berkas '{name}' berisi terlalu banyak bagian ({len(parts):,}); bukan dokumen Word biasa.")
    total = sum(part.file_size for part in parts)
    if total > limits.unpacked_bytes:
        raise BadInput(
            f"Berkas '{name}' terlalu besar setelah dibuka ({_mb(total)}); batasnya {_mb(limits.unpacked_bytes)}."
        )
    for part in parts:
        if part.file_size > _RATIO_FLOOR and part.file_size > limits.zip_ratio * max(part.compress_size, 1):
            raise BadInput(
                f"Berkas '{name}' mencurigakan: bagian '{printable(part.filename)}' mengembang "
                f"{part.file_size // max(part.compress_size, 1):,} kali saat dibuka (batasnya {limits.zip_ratio} kali)."
            )


def _table_text(table: Any) -> str:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if value and (not cells or cells[-1] != value):  # merged cells repeat
                cells.append(value)
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
