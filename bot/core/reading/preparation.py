"""What participants must do to get ready, beside the papers they bring: fasting, eating or sleeping first,
what to wear, who comes along, what to bring that is no document ("Peserta diminta membawa KTP, berpuasa
sekurang-kurangnya delapan jam sebelum pemeriksaan, serta membawa obat yang sedang rutin diminum").

A preparation is an item of a directive ("diminta", "wajib", "harus", "perlu", "dianjurkan", "mohon") whose verb
acts on the participant's own body, clothes, company or belongings; a verb of coming ("tiba", "datang") counts only
with its time before the service ("paling lambat satu jam sebelum keberangkatan").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.reading.sheet import Fact, Slot
from bot.core.reading.spans import span_fact

#: A directive; "tidak perlu membawa ..." says what is not needed.
_DIRECTIVE = re.compile(r"(?<!tidak\s)(?<!tak\s)(?<!tanpa\s)\b(?:diminta|wajib|harus|perlu|diharapkan|dianjurkan|"
                        r"disarankan|diwajibkan|mohon)\s+", re.I)
#: The participant's own preparation: body (fasting, food, sleep), clothes, company, belongings.
_PREP_VERB = re.compile(
    r"(?:(?:tidak|tak|jangan|sudah|tetap|cukup)\s+)?(?:berpuasa|puasa|makan|minum|sarapan|mengonsumsi|tidur|"
    r"beristirahat|mengenakan|memakai|pakai|berpakaian|didampingi|membawa|bawa|diikat|dikandangkan)\b", re.I)
_COMING = re.compile(r"(?:tiba|hadir|datang|berada)\b[^.;\n]{0,60}?\b(?:sebelum|lebih\s+awal|paling\s+lambat)\b",
                     re.I)
_SENTENCE_END = re.compile(r"[!?;\n\"”]|\.(?=\s|$)")
_ITEM_SEP = re.compile(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+(?=(?:tidak|tak|jangan|sudah|tetap|harus|"
                       r"wajib|ber|me|di|pakai|bawa)\w*)", re.I)
#: Where an item's own words end: its reason or purpose, an aside.
_ITEM_END = re.compile(r"\s+(?:agar|supaya|karena|sehingga|untuk\s+(?:me|di)\w+)\b|\s+\(", re.I)
#: Taking something somewhere is a way to take part ("membawa hewannya ke titik vaksinasi"), no preparation.
_TAKEN_TO = re.compile(r"\b(?:membawa|bawa)\b[^,]*\s(?:ke|menuju)\s", re.I)
#: A "may" is no rule ("minum air putih diperbolehkan").
_ALLOWED = re.compile(r"\b(?:diperbolehkan|boleh|dibolehkan)\b", re.I)


def find_preparations(text: str, begin: int) -> Iterator[Fact]:
    """Each preparation item of each directive from `begin`, up to the first item that is none ("diminta segera
    mengungsi ... dan membawa kayu": the river carries the wood)."""
    for cue in _DIRECTIVE.finditer(text, begin):
        stop = _SENTENCE_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        pos = cue.end()
        for sep in [*_ITEM_SEP.finditer(text, pos, end), None]:
            item_end = sep.start() if sep else end
            cut = _ITEM_END.search(text, pos, item_end)
            stop_at = cut.start() if cut else item_end
            item = text[pos:stop_at]
            if not (len(item.split()) >= 2 and (_PREP_VERB.match(item) or _COMING.match(item))):
                break
            if not _ALLOWED.search(item) and not _TAKEN_TO.match(item):
                yield span_fact(Slot.REQUIREMENTS, text, pos, stop_at)
            if sep is None:
                break
            pos = sep.end()
