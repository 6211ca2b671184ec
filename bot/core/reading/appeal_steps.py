"""What an appeal asks citizens to do, said as a list after the asking words ("mengimbau seluruh warga untuk:",
"Bupati meminta masyarakat agar:", "meminta warga:"): each item is a how, one act a line.

A list under such a line may name places instead of acts ("diminta segera mengungsi ke titik aman berikut:" then
"1. Balai Desa X", "2. SDN 2 Y"): when most of its items are places and nothing else, the list is where to go, and
each of its items is a where, never a how too (a post would show the same places under two labels)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.core.reading.sheet import Slot

#: The line that opens the list: an asking word, then a colon at the line's end.
_ASKING_HEADER = re.compile(r"^[^\n]*\b(?:mengimbau|imbau|diimbau|meminta|diminta|mengajak|diajak|menganjurkan|"
                            r"dianjurkan|menyarankan|disarankan|mengharapkan|diharapkan)\b[^\n]*:[ \t]*\n(?:[ \t]*\n)*",
                            re.I | re.M)
#: One item: its marker ("a.", "1.", "2)", "-", "•", an emoji), then the act.
_ITEM = re.compile(r"[ \t]*(?:[a-z][.)]|\d{1,2}[.)]|[-•*–]|[^\w\s]{1,2})[ \t]+([^\n]+)\n?")
#: A reason after a comma is why, not what to do ("..., karena fogging hanya dilakukan petugas").
_REASON = re.compile(r",\s+(?:karena|sebab|sehingga|mengingat)\b")
_TRIM = " \t;.,"


def appeal_steps(text: str, begin: int, places: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[Slot, int, int]]:
    """(slot, start, end) of each item of an asked-for list: a how for an act, a where for each item of a list of
    places (most of its items lie wholly inside one of `places`); a list right under the headline counts (the
    headline may be the asking line itself)."""
    for header in _ASKING_HEADER.finditer(text, text.rfind("\n", 0, begin) + 1):
        items = list(_items(text, header.end()))
        placed = sum(any(s <= start and end <= e for s, e in places) for start, end in items)
        slot = Slot.WHERE if items and 2 * placed > len(items) else Slot.HOW
        yield from ((slot, start, end) for start, end in items)


#: Any line that opens a list: a colon at its end.
_LIST_HEADER = re.compile(r"^[^\n]*(?::|⬇️?|👇)[ \t*_]*\n(?:[ \t]*\n)*", re.M)
#: An item that tells the reader what to do or not to do, whatever the header says ("Biar aman:", "Ketentuan:").
_DIRECTIVE = re.compile(r"(?:[\w\-]+\s+){0,2}?(?i:jangan|dilarang|tidak\s+boleh|tak\s+boleh|hindari|pastikan|gunakan|"
                        r"pakai|pilih|selalu|segera|hanya|wajib|harus|minta|mintalah|laporkan|simpan|matikan|tutup|bawa|jauhi|waspadai|"
                        r"periksa|cek|utamakan|ikuti|patuhi|(?!ikan\b|makan\b)[a-z]{3,}kan)\b")
#: A list's rules, not its steps ("Ketentuan balon tambat:", "Aturan pendakian:"): what citizens must meet.
_RULES = re.compile(r"\b(?:ketentuan|aturan|larangan|syarat)\b", re.I)
MIN_DIRECTIVES = 2
#: A list of what is offered ("✅ Layanan:" then "• cek tensi, gula darah ...", "• periksa mata + kacamata"):
#: what citizens get, never steps, whatever verb opens an item.
_OFFERED = re.compile(r"\b(?:layanan|pelayanan|fasilitas|dilayani|manfaat|didapat|diperoleh|dapat\s+apa|"
                      r"jenis\s+(?:layanan|pemeriksaan|bantuan)|pemeriksaan\s+yang)\b", re.I)


def directive_lists(text: str, begin: int, taken: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[Slot, int, int]]:
    """(slot, start, end) of each item of a list whose items mostly tell citizens what to do ("✅ Jangan pakai benang
    kawat", "2. tidak boleh membawa petasan"), its subject may come first ("pendaki tidak boleh membawa ..."),
    under any header the asking lists do not cover: a how each, or a
    requirement each under a header of rules. Items already read (`taken`) are left to their reading."""
    for header in _LIST_HEADER.finditer(text, text.rfind("\n", 0, begin) + 1):
        if _ASKING_HEADER.match(text, header.start()) or _OFFERED.search(text, header.start(), header.end()):
            continue
        items = list(_items(text, header.end()))
        directives = sum(bool(_DIRECTIVE.match(text, start)) for start, _ in items)
        if directives < MIN_DIRECTIVES or 2 * directives < len(items):
            continue
        slot = Slot.REQUIREMENTS if _RULES.search(text, header.start(), header.end()) else Slot.HOW
        yield from ((slot, s, e) for s, e in items if not any(a < e and s < b for a, b in taken))


def _items(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each item of the list that starts at `pos`, of two words or more."""
    while item := _ITEM.match(text, pos):
        start, end = item.span(1)
        reason = _REASON.search(text, start, end)
        end = reason.start() if reason else end
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if len(text[start:end].split()) >= 2:
            yield start, end
        pos = item.end()
