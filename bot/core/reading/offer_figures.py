"""Which counted things of an offer are figures: the record it reports, not the terms of the offer.

A figure is the result of a report ("1.284 rumah terdampak", "sepanjang 2025 tercatat 4.612 sertipikat"). An
event or a service draft counts many things that are its terms instead: what each one gets or may buy ("dua liter
minyak goreng", "bagasi sampai 20 kilogram per penumpang"), how many a day ("seratus lima puluh orang per
hari"), what to bring ("dua orang saksi", "dua lembar"), the shares of a quota ("afirmasi 20 persen"), a discount
("dipotong 50 persen": a share of a price is kept as a cost). Those are its benefit, quota, requirements or
cost, never its figures. In an offer a
count is a figure only where its sentence reports what has been done or stands (a past year, "tercatat",
"sudah", "tahun lalu") or what the government made ready for it (a stock, a total, means "disiapkan").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.reading.sheet import Fact, Slot

#: A sentence that reports a record: a past time or a recording word ("Tahun lalu ...", "Sejak Januari sudah ada",
#: "Pada 2024 lalu", "tercatat"); or (`_RECORD`) a reach, a change, the government's means and stock made ready
#: ("disiapkan 8 ton beras") or handed out.
_PAST = re.compile(
    r"\b(?:tercatat|mencatat|terdata|sudah|telah|baru|sejak|selama\s+ini|sepanjang|lalu|sebelumnya|data|"
    r"hingga\s+(?:akhir|kini|saat\s+ini|(?:bulan\s+)?(?:januari|februari|maret|april|mei|juni|juli|agustus|september|"
    r"oktober|november|desember))|per\s+akhir)\b", re.I)
_RECORD = re.compile(
    r"\b(?:mencapai|menjangkau|melayani|menangani|memeriksa|"
    r"disiapkan|menyiapkan|disediakan|menyediakan|tersedia|kapasitas|stok|total(?:nya)?|anggaran|senilai|sebanyak|diikuti|"
    r"menghadirkan|terdampak|merendam|dirancang|bertambah|berkurang|naik|turun|meningkat|menurun|menjadi|"
    r"(?:me|di)(?:nyalurkan|salurkan|mbagikan|bagikan|nyerahkan|serahkan|ndistribusikan|distribusikan))\b", re.I)


#: A rate after the count ("seratus lima puluh warga | per hari", "20 kilogram | per penumpang"): a term of the
#: offer, unless its sentence reports the past ("rata-rata 420 pasien per hari sepanjang 2025").
_RATE = re.compile(r"\s*(?:per|setiap|tiap)\s+\w", re.I)


#: A share of a price ("Tarif anak ... 50 persen dari tarif dewasa", "diskon pokok pajak 10 persen"): what citizens
#: pay, a cost of the offer.
_PRICE = re.compile(r"\b(?:tarif|biaya|harga|diskon|potongan|dipotong|denda|iuran|retribusi|pajak)\b", re.I)
_SHARE = re.compile(r"(?:persen|%)$", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in (". ", "\n", "! ", "? ")) + 1
    rights = [i for i in (text.find(mark, end) for mark in (". ", "\n", "! ", "? ")) if i >= 0]
    return text[left : min(rights, default=len(text))]


_CLAUSE_MARK = re.compile(r"[;:.!?\n]|,\s")
MAX_COST_WORDS = 14


def _price_share(text: str, figure: Fact) -> Fact:
    """The cost a share of a price states: its clause ("Tarif anak usia 2–12 tahun 50 persen dari tarif dewasa"),
    the share alone when the clause is long."""
    starts = [m.end() for m in _CLAUSE_MARK.finditer(text, max(0, figure.start - 200), figure.start)]
    start = starts[-1] if starts else figure.start
    stop = _CLAUSE_MARK.search(text, figure.end)
    end = stop.start() if stop else len(text)
    while start < figure.start and text[start].isspace():
        start += 1
    span = text[start:end].rstrip()
    if not _PRICE.search(span) or len(span.split()) > MAX_COST_WORDS:
        return replace(figure, slot=Slot.COST)
    return Fact(Slot.COST, span, start, start + len(span))


def offer_figures(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """`facts` without the figures of an offer that are its terms, not a record (see the module's docstring)."""
    out = []
    for f in facts:
        sentence = _sentence(text, f.start, f.end) if f.slot == Slot.FIGURES else ""
        if (f.slot != Slot.FIGURES or _PAST.search(sentence)
                or (_RECORD.search(sentence) and not _RATE.match(text, f.end))):
            out.append(f)
        elif _SHARE.search(f.text) and _PRICE.search(sentence):
            out.append(_price_share(text, f))
    return out
