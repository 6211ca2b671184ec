"""Documents made in a test: DOCX (python-docx), PDFs with a text layer (reportlab), and scans: a PDF
whose pages are only pictures of printed text (drawn with Pillow), as a scanner makes them."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont


def docx_bytes(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def text_pdf(lines: Sequence[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    y = 800
    for line in lines:
        pdf.drawString(50, y, line)
        y -= 16
    pdf.save()
    return out.getvalue()


def text_image(lines: Sequence[str], size: tuple[int, int] = (1240, 700)) -> Image.Image:
    """A page of printed text as a picture (what a scanner gives), black on white."""
    picture = Image.new("L", size, 255)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=34)
    for row, line in enumerate(lines):
        draw.text((60, 60 + row * 56), line, fill=0, font=font)
    return picture


def scanned_pdf(pages: Sequence[Image.Image | None], *, extra_small_image: bool = False) -> bytes:
    """A PDF whose pages are only images (None: a blank page): no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for picture in pages:
        if picture is not None:
            pdf.drawImage(ImageReader(picture), 0, height - picture.height * 0.48, width, picture.height * 0.48)
            if extra_small_image:  # a stamp or a logo beside the scan
                pdf.drawImage(ImageReader(Image.new("RGB", (40, 40), (200, 0, 0))), 500, 40, 40, 40)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
