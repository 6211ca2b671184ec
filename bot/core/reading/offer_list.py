"""What a draft lists as its offer, one bullet per item, under a line that says so.

A broadcast or a poster names its services in a list ("Yang bisa dilayani:" then "✅ akta kelahiran ...",
"✅ KIA ...", "✅ rekam KTP-el ..."; "✅ Layanan:" then "• cek tensi ..."). No clause's wording weighs
a bare item ("konsultasi dokter Puskesmas Cigadung"), so a post led by one of them dropped the rest: each
item is a benefit of its own, from the draft's words up to the end of its first sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.reading.sheet import Fact, Slot

_I = re.I
#: The line that introduces the list: what can be had or done, ending with a colon and nothing after it.
_INTRO = re.compile(
    r"(?im)^(?![^\n:]*\b(?:jadwal|lokasi|tempat|waktu|syarat|berkas)\b)[^\n:]{0,40}?\b(?:yang\s+(?:bisa|dapat|akan)\s+(?:dilayani|diurus|didapat(?:kan)?|diperoleh|diterima)|"
    r"(?:jenis\s+|macam\s+)?(?:layanan|pelayanan|pemeriksaan|fasilitas|manfaat|bantuan)(?:nya)?"
    r"(?:\s+yang\s+(?:tersedia|diberikan|disediakan|bisa\s+didapat\w*))?(?:\s+(?:meliputi|berupa|mencakup|antara\s+lain))?"
    r")[ \t*_]*:[ \t*_]*$")
#: A list item's mark at the start of its line: a bullet, a check, a number or a letter.
_ITEM = re.compile(r"[ \t]*(?:[•·▪▫◦‣\-–*✅✔☑➡►🔹🔸◾◽]\ufe0f?|\d{1,2}[.)]|[a-z][.)])[ \t]*", _I)
#: Where an item's own words end: its first sentence, or a remark in brackets that runs on.
_ITEM_END = re.compile(r"(?<=[a-z0-9)])[.!](?=\s)|\s*;|[ \t]*$", _I)
MAX_ITEMS = 8
MIN_ITEMS = 2
MAX_WORDS = 16


def listed_offers(text: str) -> list[Fact]:
    """The items of each offer list, as benefit facts; none when a list has fewer than `MIN_ITEMS` items."""
    return list(_listed_offers(text))


@lru_cache(maxsize=64)
def _listed_offers(text: str) -> tuple[Fact, ...]:
    out: list[Fact] = []
    for intro in _INTRO.finditer(text):
        items: list[Fact] = []
        cursor = intro.end() + 1
        while cursor < len(text) and len(items) < MAX_ITEMS:
            line_end = text.find("\n", cursor)
            line_end = len(text) if line_end < 0 else line_end
            mark = _ITEM.match(text, cursor, line_end)
            if mark is None or mark.end() >= line_end:
                break
            start = mark.end()
            end_match = _ITEM_END.search(text, start, line_end)
            end = end_match.start() if end_match else line_end
            span = text[start:end].rstrip(" ,:.")
            if span and len(span.split()) <= MAX_WORDS:
                items.append(Fact(Slot.BENEFIT, span, start, start + len(span), role="listed"))
            cursor = line_end + 1
        if len(items) >= MIN_ITEMS:
            out.extend(items)
    return tuple(out)
