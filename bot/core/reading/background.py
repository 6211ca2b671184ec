"""Background paragraphs: the statistics a draft gives before its news.

Many drafts open with why a programme exists ("Pada tahun ajaran 2024/2025 tercatat sekitar 11.800 anak
tidak bersekolah", "Musim tanam tahun lalu ... 11.500 hektare puso") or put those figures under a
"Latar Belakang" heading. An editor reads them as context: the draft's kind and its quota are in the
paragraph that announces what is done now. A paragraph is background when it speaks of an earlier period
(last year, a year before the draft's latest year, a past school year) with a figure, and neither offers
anything nor claims a result (a report's own past figures are its news).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.reading.sheet import Clause

_I = re.I
#: A heading that announces background, on a line of its own ("Latar Belakang", "LATAR BELAKANG:").
_HEADING = re.compile(r"^[ \t]*(?:latar\s+belakang|kondisi\s+saat\s+ini|data\s+(?:dan\s+)?fakta)[ \t]*:?[ \t]*$",
                      _I | re.M)
#: An earlier period named in words.
#: (Not "pekan lalu": news tells last week's signing or quake as the occasion of what is done now.)
_PAST = re.compile(r"\b(?:tahun\s+(?:lalu|sebelumnya|kemarin)|musim\s+\w+\s+tahun\s+lalu|"
                   r"beberapa\s+tahun\s+(?:terakhir|belakangan))\b", _I)
#: A year (or a school year) named after a word that dates what is told ("Sepanjang 2025", "pada tahun 2024",
#: "tahun ajaran 2024/2025", "dibanding 2024"); a regulation's year ("PP Nomor 45 Tahun 2024") dates nothing.
_YEAR = re.compile(r"(?<!\d\s)\b(?:sepanjang|pada|selama|sejak|dibanding(?:kan)?|tahun|ajaran)\s+"
                   r"(?:tahun\s+)?(20\d\d)\b", _I)
_FIGURE = re.compile(r"\d")
#: What a paragraph offers or announces now: then it is news, not background.
_OFFERS = re.compile(r"\b(?:gratis|menggelar|digelar|membuka|dibuka|meluncurkan|diluncurkan|menyalurkan|disalurkan|"
                     r"membagikan|dibagikan|menyediakan|disediakan|mendaftar|pendaftaran|mengimbau|diimbau|"
                     r"diminta|dapat|bisa|akan|dihapus\w*|hapus(?:kan)?|bebaskan|putihkan|penghapusan|dibebaskan|membebaskan|menggratiskan|pemutihan|keringanan|"
                     r"berlaku|memberlakukan|kini|sekarang|"
                     r"tersedia|ditanggung|menyiapkan|disiapkan)\b", _I)
#: A result claimed: a report's past figures are its news.
_RESULT = re.compile(r"\b(?:capaian|prestasi|penghargaan|meraih|berhasil|menorehkan|predikat|realisasi)\b|"
                     r"\bdari\s+[\d.,]+[^.;]{0,60}?\bmenjadi\s+[\d.,]+", _I)
_YEARS = re.compile(r"\b(20\d\d)\b")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n[ \t]*\n", text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _earlier(paragraph: str, latest: int) -> bool:
    """The paragraph dates what it tells to an earlier period than the draft's latest year."""
    return bool(_PAST.search(paragraph)) or any(int(m.group(1)) < latest for m in _YEAR.finditer(paragraph))


def background_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text`'s background paragraphs (the heading's paragraph, or a paragraph of an
    earlier period's figures that offers nothing and claims no result)."""
    years = [int(y) for y in _YEARS.findall(text)]
    latest = max(years) if years else 0
    out: list[tuple[int, int]] = []
    headed = False
    for start, end in _paragraphs(text):
        paragraph = text[start:end].lstrip("\n")
        heading = _HEADING.match(paragraph)
        if heading or headed:  # the heading's paragraph is background, whatever it says
            out.append((start, end))
            headed = heading is not None and not paragraph[heading.end() :].strip()  # a heading alone: the next one
            continue
        if (_FIGURE.search(paragraph) and _earlier(paragraph, latest) and not _OFFERS.search(paragraph)
                and not _RESULT.search(paragraph)):
            out.append((start, end))
    return out


def background_aside(text: str, clauses: Sequence[Clause]) -> list[Clause]:
    """The clauses with those of background paragraphs weighing nothing: context never leads."""
    spans = background_spans(text)
    return [replace(c, benefit=0.0) if any(s <= c.start < e for s, e in spans) else c for c in clauses]
