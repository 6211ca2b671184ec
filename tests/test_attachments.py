"""Attached documents taken as drafts (issue 14): DOCX, PDF, TXT and Markdown through the knowledge
base's loaders, long ones cut at a boundary with a notice, scanned PDFs offered to OCR and read page
by page, and bad files refused with an Indonesian message before or after the download.

Every file is made here: DOCX with python-docx, PDFs with reportlab (a scan is an image of text drawn
with Pillow, with no text layer), encryption with pypdf.
"""

from __future__ import annotations

import io
import random
import shutil
from collections.abc import Sequence

import pytest
from PIL import Image

from bot.core import attachments
from bot.core.attachments import (
    AttachedDraft,
    ScannedPdf,
    check_attachment,
    draft_from_document,
    draft_from_scanned_pdf,
    pdf_page_images,
)
from bot.core.inputs import clean_input
from bot.errors import BadInput, FeatureUnavailable
from bot.retrieval import loaders
from bot.settings import Settings
from tests.support.bad_input_corpus import docx_bomb
from tests.support.documents import docx_bytes as _docx
from tests.support.documents import scanned_pdf as _scanned_pdf
from tests.support.documents import text_image as _text_image
from tests.support.documents import text_pdf as _text_pdf

PARAGRAPH_WORDS = ["warga", "layanan", "jadwal", "posko", "vaksinasi", "kelurahan", "gratis", "pendaftaran", "klinik"]


def _paragraphs(count: int, seed: int = 3) -> list[str]:
    """`count` paragraphs of three or four sentences each, numbered so that a test can tell them apart."""
    rng = random.Random(seed)
    out = []
    for index in range(1, count + 1):
        sentences = [
            f"Paragraf {index} kalimat {k} menyebut " + " ".join(rng.choice(PARAGRAPH_WORDS) for _ in range(12)) + "."
            for k in range(1, rng.randint(3, 4) + 1)
        ]
        out.append(" ".join(sentences))
    return out


def _encrypted(data: bytes, password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password="pemilik", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- the check before download ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["rilis.docx", "RILIS.PDF", "catatan.txt", "draf.md"])
def test_supported_documents_pass_the_check(settings: Settings, name: str) -> None:
    assert check_attachment(name, 12_000, None, settings) == name


@pytest.mark.parametrize("name", ["rilis.doc", "foto.jpg", "data.xlsx", "arsip.zip", "rilis"])
def test_unsupported_type_is_refused_before_download_naming_what_is_taken(settings: Settings, name: str) -> None:
    with pytest.raises(BadInput) as err:
        check_attachment(name, 1000, "application/octet-stream", settings)
    message = str(err.value)
    assert name in message
    for kind in ("DOCX", "PDF", "TXT", "MD", "OCR"):
        assert kind in message


def test_oversize_is_refused_before_download_naming_the_limit(settings: Settings) -> None:
    limited = settings.model_copy(update={"max_upload_bytes": 2_000_000})
    with pytest.raises(BadInput, match=r"terlalu besar \(2\.5 MB\); batasnya 2\.0 MB"):
        check_attachment("rilis.pdf", 2_500_000, "application/pdf", limited)
    assert check_attachment("rilis.pdf", None, "application/pdf", limited) == "rilis.pdf"  # size unknown: checked later


def test_name_without_suffix_takes_it_from_the_mime_type(settings: Settings) -> None:
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert check_attachment("Siaran Pers", 5000, mime, settings) == "Siaran Pers.docx"
    assert check_attachment(None, 5000, "text/plain; charset=utf-8", settings) == "dokumen.txt"


def test_name_loses_folders_and_control_characters(settings: Settings) -> None:
    assert check_attachment("../../etc/rilis\x07.md", 10, None, settings) == "rilis_.md"
    assert check_attachment("C:\\Users\\humas\\rilis.txt", 10, None, settings) == "rilis.txt"


# --- documents as drafts ------------------------------------------------------------------------


def test_docx_becomes_a_draft_with_its_table(settings: Settings) -> None:
    data = _docx(
        ["Vaksinasi gratis dibuka di Puskesmas Sukajadi pada Sabtu (14/6).", "Warga cukup membawa KTP."],
        table=[["Hari", "Tempat"], ["Sabtu", "Puskesmas Sukajadi"]],
    )
    draft = draft_from_document("rilis.docx", data, settings)
    assert draft == AttachedDraft(
        name="rilis.docx",
        text=(
            "Vaksinasi gratis dibuka di Puskesmas Sukajadi pada Sabtu (14/6).\n\nWarga cukup membawa KTP.\n\n"
            "Hari | Tempat\nSabtu | Puskesmas Sukajadi"
        ),
        total_chars=len(draft.text),
        kind="docx",
        notice=None,
        pages_read=None,
    )


def test_pdf_with_text_becomes_a_draft(settings: Settings) -> None:
    data = _text_pdf(["Pendaftaran beasiswa dibuka hingga 30 Juni 2026.", "Daftar lewat kantor kelurahan."])
    draft = draft_from_document("beasiswa.pdf", data, settings)
    assert draft.kind == "pdf" and draft.notice is None
    assert "Pendaftaran beasiswa dibuka hingga 30 Juni 2026." in draft.text
    assert "Daftar lewat kantor kelurahan." in draft.text


def test_markdown_draft_is_its_body_without_front_matter(settings: Settings) -> None:
    data = b"---\ntitle: Rilis\npenulis: Humas\n---\n# Pasar Murah\n\nPasar murah digelar di alun-alun.\n"
    draft = draft_from_document("rilis.md", data, settings)
    assert draft.kind == "md"
    assert draft.text == "# Pasar Murah\n\nPasar murah digelar di alun-alun."


def test_short_text_file_is_still_a_draft(settings: Settings) -> None:
    """A .txt holding one citizen comment is taken as it is: the officer chooses what to do with it."""
    draft = draft_from_document("komentar.txt", b"Kapan jalan di RT 03 diperbaiki?\n", settings)
    assert (draft.text, draft.kind, draft.notice) == ("Kapan jalan di RT 03 diperbaiki?", "txt", None)


def test_long_docx_keeps_its_first_part_up_to_the_limit_with_a_notice(settings: Settings) -> None:
    paragraphs = _paragraphs(45)
    full = "\n\n".join(paragraphs)
    assert 20_000 <= len(full) <= 22_000
    draft = draft_from_document("panjang.docx", _docx(paragraphs), settings)

    assert draft.total_chars == len(full)
    assert 0.75 * settings.max_input_chars <= len(draft.text) <= settings.max_input_chars
    assert full.startswith(draft.text)
    assert draft.text.endswith(".") and full[len(draft.text) : len(draft.text) + 2] == "\n\n"  # a paragraph's end
    assert clean_input(draft.text, max_chars=settings.max_input_chars) == draft.text  # the service takes it whole

    rest = full[len(draft.text) :].strip()
    left_paragraphs = len(rest.split("\n\n"))
    notice = draft.notice or ""
    assert f"{len(rest):,} karakter".replace(",", ".") in notice
    assert f"{left_paragraphs} paragraf" in notice
    assert f"sekitar {round(len(rest) / 3000)} halaman" in notice
    assert " ".join(rest.split()[:8]) in notice  # where the left-out part starts
    assert "kirim bagian lain sebagai pesan terpisah" in notice.lower()


def test_long_text_without_paragraphs_is_cut_at_a_sentence(settings: Settings) -> None:
    text = " ".join(_paragraphs(80))  # one paragraph
    draft = draft_from_document("satu-paragraf.txt", text.encode(), settings)
    assert len(draft.text) <= settings.max_input_chars
    assert draft.text.endswith(".") and text[len(draft.text)] == " "
    assert len(draft.text) >= settings.max_input_chars // 2


def test_long_text_without_sentences_is_cut_between_words(settings: Settings) -> None:
    text = " ".join(random.Random(5).choice(PARAGRAPH_WORDS) for _ in range(3000))
    draft = draft_from_document("tanpa-titik.txt", text.encode(), settings)
    assert len(draft.text) <= settings.max_input_chars
    assert text[len(draft.text)] == " " and draft.text.split()[-1] in PARAGRAPH_WORDS
    assert draft.notice is not None


def test_abbreviation_at_the_limit_is_not_taken_for_a_sentence_end() -> None:
    from bot.core.draft_cut import cut_draft

    text = "Layanan buka setiap hari kerja " * 4 + "Kantor pindah. Alamat barunya di Jl. Merdeka nomor 5."
    assert cut_draft(text, text.index("Jl.") + 3) == text[: text.index("Kantor pindah.") + len("Kantor pindah.")]
    assert cut_draft(text, len(text)) == text


# --- bad files ----------------------------------------------------------------------------------


def test_encrypted_pdf_is_refused(settings: Settings) -> None:
    data = _encrypted(_text_pdf(["Rahasia."]), password="rahasia")
    with pytest.raises(BadInput, match="dikunci kata sandi") as err:
        draft_from_document("kunci.pdf", data, settings)
    assert not isinstance(err.value, ScannedPdf)


def test_pdf_locked_only_for_editing_opens(settings: Settings) -> None:
    data = _encrypted(_text_pdf(["Posko banjir dibuka di GOR."]), password="")
    assert "Posko banjir dibuka di GOR." in draft_from_document("izin.pdf", data, settings).text


def test_corrupt_docx_and_pdf_are_refused(settings: Settings) -> None:
    good = _docx(["Isi dokumen."])
    with pytest.raises(BadInput, match="rusak atau bukan dokumen Word"):
        draft_from_document("rusak.docx", good[: len(good) // 2], settings)
    with pytest.raises(BadInput, match="bukan dokumen Word"):
        draft_from_document("palsu.docx", b"bukan zip sama sekali", settings)
    pdf = _text_pdf(["Isi dokumen."])
    with pytest.raises(BadInput, match="PDF"):
        draft_from_document("rusak.pdf", pdf[:200], settings)


def test_docx_zip_bomb_is_refused(settings: Settings) -> None:
    with pytest.raises(BadInput, match="terlalu besar setelah dibuka|mengembang"):
        draft_from_document("bom.docx", docx_bomb(settings.max_unpacked_bytes + 1_000_000), settings)


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("kosong.txt", b"", "kosong"),
        ("spasi.md", b"  \n\n \t\n", "tidak berisi teks"),
        ("biner.txt", b"\x00\x01\x02" * 100, "data biner"),
        ("kosong.docx", None, "tidak berisi teks"),
    ],
)
def test_empty_and_binary_files_are_refused(settings: Settings, name: str, data: bytes | None, match: str) -> None:
    with pytest.raises(BadInput, match=match):
        draft_from_document(name, _docx([]) if data is None else data, settings)


def test_download_bigger_than_declared_is_refused(settings: Settings) -> None:
    limited = settings.model_copy(update={"max_upload_bytes": 1000})
    with pytest.raises(BadInput, match="terlalu besar"):
        draft_from_document("besar.txt", b"kata " * 400, limited)


# --- scanned PDFs ------------------------------------------------------------------------------

PAGE_LINES = [
    ["PENGUMUMAN", "Vaksinasi gratis dibuka di", "Puskesmas Sukajadi hari Sabtu."],
    ["Pendaftaran lewat kantor", "kelurahan sampai 30 Juni 2026."],
    ["Bawa KTP dan kartu keluarga."],
]


def test_pdf_without_text_layer_is_a_scanned_pdf_offering_ocr(settings: Settings) -> None:
    data = _scanned_pdf([_text_image(lines) for lines in PAGE_LINES])
    with pytest.raises(ScannedPdf) as err:
        draft_from_document("pindaian.pdf", data, settings)
    assert err.value.pages == 3
    assert isinstance(err.value, BadInput)
    assert "pindaian.pdf" in str(err.value) and "OCR" in str(err.value) and "3 halaman" in str(err.value)


def test_scanned_pdf_over_the_page_bound_says_which_pages_ocr_reads(settings: Settings) -> None:
    data = _scanned_pdf([_text_image(["Halaman"])] * 7)
    with pytest.raises(ScannedPdf, match=f"{settings.ocr_max_pages} halaman pertamanya") as err:
        draft_from_document("tebal.pdf", data, settings)
    assert err.value.pages == 7


def test_pdf_without_text_or_images_is_not_offered_to_ocr(settings: Settings) -> None:
    with pytest.raises(BadInput, match="tidak memuat teks") as err:
        draft_from_document("kosong.pdf", _scanned_pdf([None, None]), settings)
    assert not isinstance(err.value, ScannedPdf)


def test_knowledge_base_keeps_its_message_for_a_scan(settings: Settings) -> None:
    data = _scanned_pdf([_text_image(PAGE_LINES[0])])
    with pytest.raises(ScannedPdf, match="kirim versi teksnya"):
        loaders.load_file("pindaian.pdf", data=data)


def test_page_images_are_the_largest_image_of_each_page(settings: Settings) -> None:
    pages = [_text_image(lines) for lines in PAGE_LINES]
    data = _scanned_pdf([pages[0], None, pages[1], pages[2]], extra_small_image=True)
    images = pdf_page_images(data, max_pages=3)
    assert len(images) == 2  # the blank second page is skipped, the fourth is past max_pages
    for image, page in zip(images, pages, strict=False):
        opened = Image.open(io.BytesIO(image))
        assert opened.format in ("PNG", "JPEG")
        assert opened.size == page.size
        assert _mean_difference(opened, page) < 8


def test_jpeg_scan_comes_out_as_the_jpeg_the_pdf_holds() -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    jpeg = io.BytesIO()
    _text_image(PAGE_LINES[0]).convert("RGB").save(jpeg, format="JPEG", quality=90)
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 400, 500, 280)
    pdf.save()
    (image,) = pdf_page_images(out.getvalue(), max_pages=1)
    opened = Image.open(io.BytesIO(image))
    assert opened.format == "JPEG" and opened.size == (1240, 700)
    assert _mean_difference(opened, _text_image(PAGE_LINES[0])) < 8


def test_a_turned_page_is_turned_upright(settings: Settings) -> None:
    from pypdf import PdfReader, PdfWriter

    page = _text_image(PAGE_LINES[0])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_scanned_pdf([page]))))
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    (image,) = pdf_page_images(out.getvalue(), max_pages=1)
    assert Image.open(io.BytesIO(image)).size == (page.height, page.width)


def test_page_image_declaring_too_many_pixels_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _scanned_pdf([_text_image(PAGE_LINES[0]), Image.new("L", (1600, 1600), 255)])
    monkeypatch.setattr(attachments, "MAX_PAGE_PIXELS", 1_000_000)  # 1240x700 passes, 1600x1600 does not
    images = pdf_page_images(data, max_pages=5)
    assert [Image.open(io.BytesIO(image)).size for image in images] == [(1240, 700)]


def test_scanned_pdf_is_read_page_by_page_with_the_pages_bound(settings: Settings) -> None:
    bounded = settings.model_copy(update={"ocr_max_pages": 2})
    data = _scanned_pdf([_text_image(lines) for lines in PAGE_LINES])
    seen: list[int] = []

    def read_pages(images: Sequence[bytes]) -> str:
        seen.append(len(images))
        return "\n\n".join(f"Halaman {i} terbaca dengan   jelas." for i in range(1, len(images) + 1))

    draft = draft_from_scanned_pdf("pindaian.pdf", data, bounded, read_pages)
    assert seen == [2]
    assert draft.kind == "pdf-ocr" and draft.pages_read == 2
    assert draft.text == "Halaman 1 terbaca dengan jelas.\n\nHalaman 2 terbaca dengan jelas."
    assert draft.notice is not None and "2 dari 3 halaman" in draft.notice and "halaman 3 tidak dibaca" in draft.notice
    assert "kirim bagian lain sebagai pesan terpisah" in draft.notice.lower()


def test_scanned_pdf_page_without_an_image_is_counted_as_not_read(settings: Settings) -> None:
    data = _scanned_pdf([_text_image(PAGE_LINES[0]), None, _text_image(PAGE_LINES[1])])
    draft = draft_from_scanned_pdf("pindaian.pdf", data, settings, lambda images: f"{len(images)} halaman terbaca.")
    assert draft.text == "2 halaman terbaca."
    assert draft.notice == "Dibaca dengan OCR: 2 dari 3 halaman; halaman lainnya tidak memuat gambar."


def test_scanned_pdf_read_whole_has_no_notice(settings: Settings) -> None:
    data = _scanned_pdf([_text_image(lines) for lines in PAGE_LINES])
    draft = draft_from_scanned_pdf("pindaian.pdf", data, settings, lambda images: "Teks terbaca.")
    assert (draft.pages_read, draft.notice) == (3, None)


def test_long_ocr_text_is_cut_like_any_draft(settings: Settings) -> None:
    data = _scanned_pdf([_text_image(PAGE_LINES[0])])
    long_text = "\n\n".join(_paragraphs(100))
    draft = draft_from_scanned_pdf("pindaian.pdf", data, settings, lambda images: long_text)
    assert len(draft.text) <= settings.max_input_chars and long_text.startswith(draft.text)
    assert draft.total_chars == len(long_text)
    assert draft.notice is not None and "Tidak ikut dibaca" in draft.notice


def test_scanned_pdf_with_nothing_read_or_no_images_is_refused(settings: Settings) -> None:
    data = _scanned_pdf([_text_image(PAGE_LINES[0])])
    with pytest.raises(BadInput, match="Tidak ada teks yang terbaca"):
        draft_from_scanned_pdf("buram.pdf", data, settings, lambda images: " \n ")
    with pytest.raises(BadInput, match="tidak memuat gambar halaman"):
        draft_from_scanned_pdf("kosong.pdf", _scanned_pdf([None]), settings, lambda images: "x")


def test_ocr_unavailable_goes_through(settings: Settings) -> None:
    def no_tesseract(images: Sequence[bytes]) -> str:
        raise FeatureUnavailable("Tesseract belum terpasang: sudo apt-get install tesseract-ocr tesseract-ocr-ind")

    with pytest.raises(FeatureUnavailable):
        draft_from_scanned_pdf("pindaian.pdf", _scanned_pdf([_text_image(PAGE_LINES[0])]), settings, no_tesseract)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_scanned_pdf_read_with_real_ocr(settings: Settings) -> None:
    import pytesseract

    def read_pages(images: Sequence[bytes]) -> str:
        return "\n\n".join(pytesseract.image_to_string(Image.open(io.BytesIO(image)), lang="ind") for image in images)

    data = _scanned_pdf([_text_image(lines) for lines in PAGE_LINES])
    draft = draft_from_scanned_pdf("pindaian.pdf", data, settings, read_pages)
    words = " ".join(draft.text.split())
    for phrase in ("Vaksinasi gratis", "Puskesmas Sukajadi", "30 Juni 2026", "Bawa KTP"):
        assert phrase in words


def _mean_difference(a: Image.Image, b: Image.Image) -> float:
    from PIL import ImageChops, ImageStat

    return float(ImageStat.Stat(ImageChops.difference(a.convert("L"), b.convert("L"))).mean[0])
