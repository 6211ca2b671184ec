"""The masthead of an article or a broadcast script: who wrote it, when it was published or aired; and a press
release's closing "about" block.

A news portal's article carries a byline and a publication stamp under its headline ("Penulis: ... | Editor:
...", "Senin, 22 Februari 2027 | 15:42 WIB"); a radio script carries its slot ("Tayang: 5–10 April 2027, pukul
07.15 dan 17.15 WITA", "Durasi: ± 4 menit"). Their days and hours are not when anything happens for citizens,
and their names are not who says or does it. Every reader asks this module.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.reading.sheet import Clause, Fact

#: Labels that only a masthead writes: the writers and the publication or airing.
_LABEL = re.compile(
    r"(?im)^[ \t]*(?:penulis|editor|redaktur|reporter|pewarta|fotografer|foto|kontributor|"
    r"(?:jam|waktu|tanggal|jadwal|hari)?[ \t]*(?:tayang|siar|penayangan|penyiaran)|durasi|"
    r"(?:di)?(?:terbitkan|publikasikan|unggah|perbarui)|terbit|diposting)[ \t]*:[^\n]*")
#: Labels a masthead also writes, which only count beside one of the labels above ("Program: Warta Pagi").
_BESIDE = re.compile(r"(?im)^[ \t]*(?:stasiun|program|rubrik|kanal|frekuensi)[ \t]*:[^\n]*")
#: A publication stamp on a line of its own: a date, a bar, an hour ("Senin, 22 Februari 2027 | 15:42 WIB").
_STAMP = re.compile(
    r"(?im)^[ \t]*(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s*,?\s*)?\(?\d{1,2}[ /.-]"
    r"(?:\d{1,2}|[a-z]{3,9})[ /.-]\d{4}\)?[ \t]*\|[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:WIB|WITA|WIT))?[ \t]*$")

#: A broadcast's slot on a line of its own near the top ("LPP RRI Mamuju Pro 1 – Rabu, 2 September 2026, pukul
#: 10.00–11.00 WITA"): when the talk aired, not when anything happens.
_AIRED = re.compile(r"(?im)^[ \t]*[^\n]{0,60}\b(?:RRI|LPP|TVRI|RSPD|[Rr]adio|\d{2,3}[,.]\d[ \t]*FM|[Pp]odcast|"
                    r"[Ss]iaran\s+langsung|[Ll]ive\s+(?:IG|Instagram)|Instagram\s+Live)\b[^\n]{0,40}?"
                    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})[^\n]*$")
#: How far into a text a broadcast's slot is read as its masthead.
AIRED_CHARS = 400

#: An editor's note on a line of its own ("(transkrip rekaman, disunting seperlunya)", "[TRANSKRIP PESAN SUARA
#: ... Diketik ulang Pusdalops ...]", "(Humas RSUD ... – diperbarui 25 Januari 2027)"): how and when the text was
#: made, with its own stamp.
_EDITED = re.compile(r"(?im)^[ \t]*[(\[][^\n()\[\]]{0,60}\b(?:transkrip|disunting|disadur|diringkas|diketik\s+ulang|"
                     r"catatan\s+redaksi|naskah\s+(?:asli|lengkap)|diperbarui|dimutakhirkan|pembaruan\s+terakhir)\b"
                     r"[^\n()\[\]]{0,240}[)\]][ \t]*$")

#: Who wrote or issued the text, on a line of its own ("Disusun oleh Dinas Pendidikan ... | dibagikan melalui grup WA
#: komite sekolah"): a credit, no fact for citizens.
_CREDIT = re.compile(r"(?im)^[ \t]*(?:disusun|disiapkan|ditulis|dirilis|diterbitkan)\s+oleh\b[^\n]{0,200}$")

#: A press release's closing "about" block ("Tentang Kementerian Sosial" and the paragraph under it): what the
#: office is, no fact of the news. Only after the draft's first third.
_ABOUT = re.compile(r"(?m)^[ \t]*(?:Tentang|TENTANG|Sekilas|SEKILAS|Profil\s+[Ss]ingkat)[ \t]+[A-Z][^\n]{2,80}\n"
                    r"(?:[ \t]*\S[^\n]*(?:\n|$))+")


@lru_cache(maxsize=64)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the masthead lines of `text` (none when it has no masthead)."""
    own = [(m.start(), m.end()) for pattern in (_LABEL, _STAMP, _EDITED, _CREDIT) for m in pattern.finditer(text)]
    own += [(m.start(), m.end()) for m in _ABOUT.finditer(text) if m.start() > len(text) // 3]
    own += [(m.start(), m.end()) for m in _AIRED.finditer(text, 0, AIRED_CHARS)]
    if not own:
        return ()
    lines = {text.count("\n", 0, s) for s, _ in own}
    beside = [(m.start(), m.end()) for m in _BESIDE.finditer(text)
              if {text.count("\n", 0, m.start()) + d for d in (-2, -1, 1, 2)} & lines]
    return tuple(sorted(own + beside))


def in_masthead(text: str, offset: int) -> bool:
    """Whether `offset` lies in a masthead line of `text`."""
    return any(s <= offset < e for s, e in _spans(text))


def masthead_facts_aside(text: str, facts: list[Fact]) -> list[Fact]:
    """`facts` without those a masthead states (its days, hours, writers)."""
    spans = _spans(text)
    return [f for f in facts if not any(s <= f.start < e for s, e in spans)] if spans else facts


def masthead_quiet(text: str, clauses: list[Clause]) -> list[Clause]:
    """`clauses` with the masthead's set aside: they never lead, and no post line repeats them."""
    spans = _spans(text)
    return [replace(c, ceremonial=True, benefit=0.0) if any(s <= c.start < e for s, e in spans) else c
            for c in clauses] if spans else clauses
