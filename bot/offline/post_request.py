"""Two readings of who speaks in a draft, for a post: a request whose frame was cut as ceremony, said as
the request it is ("Ia berpesan agar | warga berbelanja secukupnya" -> "Warga diminta berbelanja
secukupnya"), and the post's source: who said it, not who represented whom at a ribbon-cutting nor who
is on an attendance list.
"""

from __future__ import annotations

import re

from bot.core.reading import Fact, FactSheet, Slot
from bot.core.wording import capital
from bot.offline.post_text import clean_span

#: A request to citizens, and its passive: "meminta warga ..." -> "warga diminta ...".
_PASSIVE = {"meminta": "diminta", "berpesan": "diminta", "mengimbau": "diimbau", "mengajak": "diajak",
            "mengingatkan": "diingatkan untuk", "menghimbau": "diimbau"}
_REQUEST = re.compile(rf"\b({'|'.join(_PASSIVE)})(?:\s+(?:agar|supaya|kepada|untuk))?\s*$", re.I)
_ADDRESSEE = re.compile(r"(?:(?:agar|supaya|untuk|kepada)\s+)?((?:seluruh\s+|para\s+)?(?:warga|masyarakat|orang tua|"
                        r"pengendara|nelayan|pedagang|peserta|pemohon|mahasiswa|pelajar|siswa|pelanggan|pendaftar|"
                        r"pengunjung|penumpang|wajib pajak|petani|pelaku usaha)\b)\s+(?:agar\s+|untuk\s+|supaya\s+)?",
                        re.I)
#: The whole frame of a request right before the clause: the verb, whom it asks and the link ("mengingatkan
#: warga agar |").
_FRAMED_ASK = re.compile(rf"\b({'|'.join(_PASSIVE)})\s+((?:seluruh\s+|para\s+)?(?:warga|masyarakat|orang tua|"
                         r"pengendara|nelayan|pedagang|peserta|pemohon|pelanggan|pengunjung|penumpang|wajib pajak|"
                         r"petani|pelaku usaha))\s+(?:agar|supaya|untuk)\s*$", re.I)
#: A request said by the person just named ("Ia meminta mahasiswa ..."): shown alone, "Ia" is nobody.
_OWN_REQUEST = re.compile(rf"^(?:ia|dia|beliau|pihaknya)\s+({'|'.join(_PASSIVE)})\s+", re.I)


def requested(sheet: FactSheet, index: int, text: str) -> str:
    """Content whose request frame was cut as ceremony ("Ia berpesan agar | warga berbelanja
    secukupnya") read as the request it is: "Warga diminta berbelanja secukupnya"."""
    own = _OWN_REQUEST.match(text)  # "Ia meminta mahasiswa tidak ..." -> "Mahasiswa diminta tidak ..."
    if own and (asked := _ADDRESSEE.match(text, own.end())):
        return f"{capital(asked.group(1))} {_PASSIVE[own.group(1).lower()]} {text[asked.end() :]}"
    first = next((c for c in sheet.clauses if c.sentence == index and not c.ceremonial), None)
    m = _ADDRESSEE.match(text)
    if first is not None and not m and (framed := _FRAMED_ASK.search(
            re.split(r"[.!?\n]", sheet.draft[max(0, first.start - 120) : first.start])[-1])):
        # "Ia mengingatkan warga agar | tidak menggunakan jasa calo" -> "Warga diingatkan untuk tidak ..."
        verb = _PASSIVE[framed.group(1).lower()]
        joined = verb if verb.endswith(" untuk") else f"{verb} untuk"
        return f"{capital(framed.group(2))} {joined} {text[0].lower()}{text[1:]}"
    if first is None or not m:
        return text
    before = sheet.draft[max(0, first.start - 120) : first.start]
    before = re.split(r"[.!?\n]", before)[-1]
    if not (frame := _REQUEST.search(before)):
        return text
    verb = _PASSIVE[frame.group(1).lower()]
    return f"{m.group(1)} {verb} {text[m.end() :]}"


#: An attendance list ("Hadir Dewan Pengawas ..., Direktur Utama ..."): who came, not who says it.
_PRESENT = re.compile(r"(?:^|[.!?\n]\s*)(?:turut\s+)?(?:hadir|dihadiri)\b[^.!?\n]*$", re.I)


def source(sheet: FactSheet) -> str:
    """Who said it: the first attribution outside an attendance list and the ceremony (who represented
    whom at a ribbon-cutting is no source), else the first one."""
    ceremonial = [c for c in sheet.clauses if c.ceremonial]

    def rank(fact: Fact) -> tuple[bool, bool]:
        present = bool(_PRESENT.search(sheet.draft[max(0, fact.start - 200) : fact.start]))
        return present, any(c.start <= fact.start < c.end for c in ceremonial)
    return next((clean_span(f.value) for f in sorted(sheet.of(Slot.ATTRIBUTION), key=rank)), "")
