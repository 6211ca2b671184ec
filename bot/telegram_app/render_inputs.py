"""HTML for what was read from a file: the text shown back to the officer before the buttons."""

from __future__ import annotations

from bot.core.attachments import AttachedDraft
from bot.core.draft_cut import cut_draft, number
from bot.ocr import ReadImage
from bot.telegram_app.render import Block, pack

#: Characters of a long text shown back (folded); the whole text is what the buttons work on.
PREVIEW_CHARS = 2500
PREVIEW_NOTE = "Ditampilkan {shown} karakter pertama; tombol di bawah memakai seluruh {total} karakter."

ASK = "Mau diapakan teks ini?"
COMMENT_HEAD = "🔎 Tangkapan layar komentar terbaca"
DOCUMENT_HEAD = "🔎 Dokumen terbaca dari gambar"
TEXT_HEAD = "🔎 Teks terbaca dari gambar"
NAME_KEPT = "Nama pengomentar ({name}) hanya ditampilkan di sini; tidak ikut dikirim ke model bahasa."
OTHER_LINES = "Baris lain di gambar (tidak ikut diolah):"
CHECK = "Periksa dulu hasil bacaannya: huruf bisa salah terbaca."
HEARD = "Periksa dulu transkripnya: kata bisa salah dengar."


def _pixels(width: int, height: int) -> str:
    return f"{width}×{height}"


def _preview(text: str) -> list[Block]:
    """The text as a folded quotation: whole when short, else its head and a note."""
    if len(text) <= PREVIEW_CHARS:
        return [Block(text, "quote")]
    head = cut_draft(text, PREVIEW_CHARS)
    note = PREVIEW_NOTE.format(shown=number(len(head)), total=number(len(text)))
    return [Block(head + " …", "quote"), Block(note, "i")]


def ocr_messages(read: ReadImage, text: str, notice: str | None, *, ask: bool = True) -> list[str]:
    """What the OCR read: its kind, the commenter's name kept apart, the text, notes, the question."""
    head = {"comment": COMMENT_HEAD, "document": DOCUMENT_HEAD}.get(read.kind, TEXT_HEAD)
    took = f"{read.seconds:.1f}".replace(".", ",")
    blocks = [Block(f"{head} ({_pixels(read.width, read.height)}, {took} detik):", "b")]
    if read.kind == "comment" and read.commenter:
        blocks.append(Block(NAME_KEPT.format(name=read.commenter), "i"))
    blocks.extend(_preview(text))
    others = [line for line in read.lines if line != read.commenter and line not in text]
    if read.kind == "comment" and others:
        blocks.extend([Block(OTHER_LINES, "i"), *_preview("\n".join(others))])
    notes = [*read.notes, *([notice] if notice else []), CHECK]
    blocks.extend(Block(f"ℹ️ {note}") for note in notes)
    return pack([*blocks, Block(ASK, "b")] if ask else blocks)


def transcript_messages(text: str, seconds: float | None, notice: str | None, *, ask: bool = True) -> list[str]:
    length = f" ({round(seconds)} detik)" if seconds else ""
    blocks = [Block(f"🎙 Transkrip pesan suara{length}:", "b"), *_preview(text)]
    if notice:
        blocks.append(Block(f"ℹ️ {notice}"))
    blocks.append(Block(f"ℹ️ {HEARD}"))
    return pack([*blocks, Block(ASK, "b")] if ask else blocks)


def document_messages(draft: AttachedDraft, *, ask: bool = True) -> list[str]:
    pages = f", {draft.pages_read} halaman dibaca dengan OCR" if draft.pages_read else ""
    blocks = [Block(f"📄 Draf dari {draft.name} ({number(len(draft.text))} karakter{pages}):", "b"),
              *_preview(draft.text)]
    if draft.notice:
        blocks.append(Block(f"ℹ️ {draft.notice}"))
    return pack([*blocks, Block(ASK, "b")] if ask else blocks)


def scanned_messages(reason: str, pages: int) -> list[str]:
    offer = (f"Tekan tombol di bawah untuk membaca {pages} halaman pertama dengan OCR "
             "(butuh beberapa detik per halaman).")
    return pack([Block(f"⚠️ {reason}"), Block(offer)])
