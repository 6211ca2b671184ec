"""A document sent without /tambah, taken as a draft: DOCX, PDF, TXT or Markdown, or a scanned PDF
read with OCR.

The text comes out through the knowledge base's loaders (`bot.retrieval.loaders`), with their
bounds and messages; what is new here is the cut: a draft longer than `max_input_chars` keeps its
first part, ended at a paragraph or a sentence, and the officer is told what was left out. OCR is
passed in (`read_pages`), so this module needs neither Tesseract nor Telegram.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.draft_cut import cut_draft, left_out_notice, number
from bot.core.inputs import has_words, normalize_text
from bot.errors import BadInput, ScannedPdf
from bot.retrieval.loaders import (
    SUPPORTED_SUFFIXES,
    Limits,
    check_size,
    clean_text,
    load_file,
    open_pdf,
    printable,
)
from bot.settings import Settings

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

__all__ = [
    "AttachedDraft",
    "ScannedPdf",
    "check_attachment",
    "draft_from_document",
    "draft_from_scanned_pdf",
    "pdf_page_images",
]

log = logging.getLogger(__name__)

#: The suffix a document gets from its MIME type when its name has none.
_MIME_SUFFIX = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
}
#: Pixels one page image may have before it is decoded (a 600 dpi A4 scan is 35 million): a PDF
#: that declares a bigger image (a decompression bomb) has that page skipped.
MAX_PAGE_PIXELS = 40_000_000
_TYPES_TAKEN = (
    "Kirim draf sebagai berkas DOCX, PDF, TXT atau MD, atau sebagai gambar (JPG/PNG, dibaca dengan OCR)."
)


@dataclass(frozen=True)
class AttachedDraft:
    """The draft read from an attached document.

    `text` is at most `max_input_chars` long (the document's first part, cut at a paragraph or a
    sentence); `total_chars` counts the whole document; `notice` (Indonesian) says what was left
    out, None when nothing was; `pages_read` is set for a PDF read with OCR."""

    name: str
    text: str
    total_chars: int
    kind: str  # "pdf" | "docx" | "txt" | "md" | "pdf-ocr"
    notice: str | None
    pages_read: int | None = None


def check_attachment(name: str | None, size: int | None, mime: str | None, settings: Settings) -> str:
    """The printable name of an attached document, checked before it is downloaded.

    A name without a suffix takes one from `mime`. `BadInput` for a type that cannot be a draft
    and for a declared `size` of nothing or over `max_upload_bytes`; the content is checked by
    `draft_from_document`."""
    safe = _safe_name(name)
    suffix = Path(safe).suffix.lower()
    if not suffix and mime:
        suffix = _MIME_SUFFIX.get(mime.split(";")[0].strip().lower(), "")
        safe = f"{safe}{suffix}"
    if suffix not in SUPPORTED_SUFFIXES:
        raise BadInput(f"Berkas '{safe}' tidak bisa dibaca sebagai draf. {_TYPES_TAKEN}")
    if size is not None:
        check_size(safe, size, settings.max_upload_bytes)
    return safe


def draft_from_document(name: str, data: bytes, settings: Settings) -> AttachedDraft:
    """The draft in the document `name` (its downloaded bytes `data`).

    `BadInput` (the loaders' messages) for an empty, oversized, broken, locked or binary file;
    `ScannedPdf` for a PDF whose pages are only images, its message offering OCR."""
    try:
        doc = load_file(name, max_bytes=settings.max_upload_bytes, data=data, limits=Limits.of(settings))
    except ScannedPdf as err:
        raise ScannedPdf(_scanned_message(printable(Path(name).name), err.pages, settings), pages=err.pages) from err
    return _draft(printable(Path(name).name), doc.text, doc.kind, settings)


def pdf_page_images(data: bytes, *, max_pages: int, name: str = "PDF") -> list[bytes]:
    """The images of the first `max_pages` pages of a scanned PDF, one per page, as PNG or JPEG.

    A page with several images gives its largest, a page without one is skipped, and so is a page
    whose image declares more than `MAX_PAGE_PIXELS` pixels (checked before it is decoded). A page
    the PDF shows turned is turned upright. `BadInput` naming `name` for a PDF that cannot be
    opened."""
    return _images_of(open_pdf(name, data, Limits()), max_pages, name)


def draft_from_scanned_pdf(
    name: str, data: bytes, settings: Settings, read_pages: Callable[[Sequence[bytes]], str]
) -> AttachedDraft:
    """The draft in a scanned PDF: the images of its first `ocr_max_pages` pages read by
    `read_pages` (OCR, page by page), then cut like any draft.

    The notice says how many pages of how many were read. `BadInput` for a PDF that cannot be
    opened, has no page image, or whose images hold no readable text; whatever `read_pages`
    raises (`FeatureUnavailable` without Tesseract) goes through."""
    shown = printable(Path(name).name)
    check_size(shown, len(data), settings.max_upload_bytes)
    reader = open_pdf(shown, data, Limits.of(settings))
    total_pages = len(reader.pages)
    images = _images_of(reader, settings.ocr_max_pages, shown)
    if not images:
        raise BadInput(f"PDF '{shown}' tidak memuat gambar halaman yang bisa dibaca dengan OCR.")
    text = read_pages(images)
    if not has_words(text):
        raise BadInput(
            f"Tidak ada teks yang terbaca dari PDF '{shown}'. Pastikan hasil pindaiannya jelas, "
            "atau kirim versi teksnya (DOCX atau PDF berteks)."
        )
    return _draft(
        shown, text, "pdf-ocr", settings, pages_read=len(images),
        pages_note=_pages_note(len(images), total_pages, settings.ocr_max_pages),
    )


def _pages_note(read: int, total: int, bound: int) -> str | None:
    """Indonesian: which pages of a scanned PDF OCR did not read, or None when it read them all."""
    if total > bound:
        rest = number(total) if total == bound + 1 else f"{number(bound + 1)}\u2013{number(total)}"
        return (
            f"Dibaca dengan OCR: {number(read)} dari {number(total)} halaman (paling banyak {number(bound)} "
            f"halaman pertama); halaman {rest} tidak dibaca. "
            "Kirim bagian lain sebagai pesan terpisah bila perlu diolah juga."
        )
    if read < total:
        return f"Dibaca dengan OCR: {number(read)} dari {number(total)} halaman; halaman lainnya tidak memuat gambar."
    return None


def _draft(
    name: str, text: str, kind: str, settings: Settings, *, pages_read: int | None = None, pages_note: str | None = None
) -> AttachedDraft:
    full = normalize_text(clean_text(text))  # what the service will measure against max_input_chars
    head = cut_draft(full, settings.max_input_chars)
    notes = [note for note in (pages_note, left_out_notice(full, head, settings.max_input_chars)) if note]
    return AttachedDraft(
        name=name,
        text=head,
        total_chars=len(full),
        kind=kind,
        notice=" ".join(notes) or None,
        pages_read=pages_read,
    )


def _scanned_message(name: str, pages: int, settings: Settings) -> str:
    read = min(pages, settings.ocr_max_pages)
    which = "semua halamannya" if read == pages else f"{number(read)} halaman pertamanya"
    return (
        f"PDF '{name}' tidak memuat teks: {number(pages)} halamannya berupa gambar (hasil pindaian). "
        f"HumasBot bisa membaca {which} dengan OCR (lebih lama, dan hasilnya perlu diperiksa), "
        "atau kirim versi teksnya (DOCX atau PDF berteks)."
    )


def _safe_name(raw: str | None) -> str:
    """The last part of `raw` as one printable line (no folders, no control characters)."""
    base = printable((raw or "").replace("\\", "/").rsplit("/", 1)[-1])
    base = "".join(ch if ch.isprintable() else "_" for ch in base).strip(" .")
    return base[-120:] or "dokumen"


def _images_of(reader: PdfReader, max_pages: int, name: str) -> list[bytes]:
    images: list[bytes] = []
    for index, page in enumerate(reader.pages[:max_pages], 1):
        try:
            image = _page_image(page)
        except Exception as err:  # one bad page should not lose the rest
            log.warning("%s: gambar halaman %d tidak terbaca (%s)", name, index, err)
            continue
        if image is not None:
            images.append(image)
    return images


def _page_image(page: PageObject) -> bytes | None:
    """The largest image on `page` as PNG or JPEG bytes, or None when it has none small enough."""
    best: tuple[int, str | list[str]] | None = None
    for key in page.images.keys():
        pixels = _declared_pixels(page, key)
        if pixels is not None and pixels > MAX_PAGE_PIXELS:
            log.warning("gambar halaman %s dilewati: %s piksel", key, number(pixels))
            continue
        if best is None or (pixels or 0) > best[0]:
            best = (pixels or 0, key)
    if best is None:
        return None
    found = page.images[best[1]]
    picture = found.image
    if picture is None:
        return None
    if picture.width * picture.height > MAX_PAGE_PIXELS:  # an inline image declares nothing first
        return None
    turn = int(page.get("/Rotate", 0) or 0) % 360
    if found.name.lower().endswith((".jpg", ".jpeg")) and not turn:
        return bytes(found.data)
    if turn:
        picture = picture.rotate(-turn, expand=True)
    out = io.BytesIO()
    if picture.mode not in ("1", "L", "LA", "P", "RGB", "RGBA"):
        picture = picture.convert("RGB")
    picture.save(out, format="PNG")
    return out.getvalue()


def _declared_pixels(page: PageObject, key: str | list[str]) -> int | None:
    """Width times height that an image XObject declares, read before anything is decoded; None
    for an inline image (decoded with the page's content, and small)."""
    path = [key] if isinstance(key, str) else list(key)
    holder: object = page
    try:
        for part in path:
            holder = holder["/Resources"]["/XObject"][part].get_object()  # type: ignore[index]
        return int(holder["/Width"]) * int(holder["/Height"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
