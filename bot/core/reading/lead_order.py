"""What leads among clauses already weighed, whatever their weights say (lead.py's `weigh` ends with these).

A works or outage notice leads with the service that stops, above the help offered meanwhile; an emergency
leads with getting to safety ("langsung bawa keluarga ke titik pengungsian"), above the help at the shelter; an
appeal that lists its asks after an intro ("... mengimbau:", "..., sebagai berikut:") leads with its first ask,
not with the intro, which says only that asks follow.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.reading.sheet import Clause, DraftKind

_I = re.I


#: A service citizens rely on stopping ("aliran air akan terhenti total", "listrik padam", "layanan KTP dihentikan
#: sementara"): the news of a works or outage notice, before any help offered meanwhile (a free water tanker).
_DISRUPTION = re.compile(
    r"\b(?:(?:peng)?aliran\s+(?:air|listrik)|air\s+(?:bersih|PDAM|ledeng|minum)|(?:pasokan|suplai|pasok)\s+(?:air|listrik|gas)|"
    r"distribusi\s+air|"
    r"listrik|layanan|pelayanan)\b[^.;:]{0,80}?(?<!tidak\s)(?<!tak\s)(?<!tidak\sakan\s)\b(?:akan\s+)?"
    r"(?:terhenti|mati|padam|dipadamkan|dihentikan|terganggu|tidak\s+mengalir|berhenti)\b"
    # the same, said as a noun after the verb that brings it ("memerlukan penghentian sementara aliran air bersih");
    # a heading's noun ("Pemberitahuan Pemadaman Listrik") names the notice, not what stops
    r"|\b(?:memerlukan|menyebabkan|mengakibatkan|berdampak\s+pada|akan\s+ada|terjadi|dilakukan)\s+"
    r"(?:penghentian|pemadaman|pemutusan)\s+(?:sementara\s+)?(?:aliran|pasokan|distribusi|pengaliran|layanan|"
    r"pelayanan|listrik|air)\b", _I)
#: A road or a bridge closed to traffic ("Jembatan X ... ditutup untuk kendaraan roda empat"), its subject in the
#: clause or cut away before it: the news of a works notice (not of a disaster's update or a festival's, where
#: the closure is one fact among the help and the programme).
_ROAD_CLOSED = re.compile(
    r"(?:\b(?:jalan|jembatan|ruas|jalur|akses|penyeberangan)\b[^.;:]{0,80}?|^\W*(?:akan\s+)?)"
    r"(?<!tidak\s)(?<!tak\s)(?<!yang\s)\bditutup\s+(?:total|sementara|untuk\s+(?:kendaraan|lalu\s+lintas|umum|semua))\b",
    _I)
ROAD_KINDS = frozenset({DraftKind.SERVICE, DraftKind.APPEAL})


#: A break that comes back every week ("Khusus hari Jumat, ...", "setiap Minggu ..."): part of a timetable.
_WEEKLY = re.compile(r"\b(?:khusus|setiap|tiap)\s+(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|"
                     r"minggu)\b", _I)


def disruption_first(clauses: list[Clause], kind: DraftKind, told: frozenset[int] = frozenset(),
                     sentences: tuple[str, ...] = ()) -> list[Clause]:
    """The first clause that stops a service citizens rely on leads, above what is offered meanwhile; never one of
    the sentences `told` (a rumour the draft denies: "beredar pesan ... jalan akan ditutup total")."""
    for i, c in enumerate(clauses):
        if c.ceremonial or c.sentence in told:
            continue
        if _WEEKLY.search(c.text) or (c.sentence < len(sentences) and _WEEKLY.search(sentences[c.sentence])):
            continue  # "Khusus hari Jumat, layanan dihentikan sementara pukul 11.30 ...": a weekly break, no outage
        if _DISRUPTION.search(c.text) or kind in ROAD_KINDS and _ROAD_CLOSED.search(c.text):
            top = max(x.benefit for x in clauses) + 0.1
            out = list(clauses)
            out[i] = replace(c, benefit=round(max(top, c.benefit), 2))
            return out
    return clauses


#: An ask to get to safety ("segera mengungsi", "langsung bawa keluarga ke titik pengungsian", "naik ke tempat
#: yang lebih tinggi"): in an emergency what saves lives comes before the help on offer (free meals at the shelter).
_TO_SAFETY = re.compile(
    r"\b(?:mengungsi|menyelamatkan\s+diri|evakuasi\s+mandiri|ke\s+(?:(?:titik|tempat|lokasi|posko)\s+(?:pengungsian|"
    r"evakuasi|aman|kumpul)|tempat\s+(?:yang\s+)?(?:lebih\s+)?(?:tinggi|aman)))\b", _I)
#: Who did it, not who is asked ("34 KK mengungsi", "warga sudah mengungsi"): a figure of the emergency.
_DONE = re.compile(r"\b(?:telah|sudah|terpaksa|yang)\s+(?:\w+\s+)?(?:mengungsi|dievakuasi)|"
                   r"\d+\s+(?:KK|jiwa|warga|orang)\b", _I)


#: Help on offer to those who get to safety: free meals, a public kitchen, aid handed out.
_HELP = re.compile(r"\b(?:gratis|cuma-cuma|tanpa\s+biaya|dapur\s+umum|bantuan|logistik|sembako|makan(?:an)?)\b", _I)


def safety_first(clauses: list[Clause], kind: DraftKind) -> list[Clause]:
    """In an emergency, the first weighed ask to get to safety outweighs the help offered to those who do (a
    warning of what is coming, or the alert status, may still lead above both)."""
    if kind != DraftKind.EMERGENCY:
        return clauses
    helps = [x.benefit for x in clauses if not x.ceremonial and _HELP.search(x.text) and not _TO_SAFETY.search(x.text)]
    for i, c in enumerate(clauses):
        if helps and not c.ceremonial and c.benefit > 0 and _TO_SAFETY.search(c.text) and not _DONE.search(c.text):
            out = list(clauses)
            out[i] = replace(c, benefit=round(max(max(helps) + 0.1, c.benefit), 2))
            return out
    return clauses


#: An intro that announces what the draft asks, then lists it ("Diskominfo mengimbau:", "Warga diminta:").
_ASKS_WORD = re.compile(r"\b(?:mengimbau|diimbau|imbauan|meminta|diminta|mengajak|mengingatkan|tips|langkah)\b", _I)
_ASKS_INTRO = re.compile(_ASKS_WORD.pattern + r"[^:\n]{0,60}$", _I)
ASKING_KINDS = frozenset({DraftKind.APPEAL})
#: A clause of a listed ask that frames or qualifies it, not the ask.
_ASK_FRAME = re.compile(r"^\W*(?:untuk\s+sementara|sementara\s+itu|sampai|hingga|terutama|khususnya|bila|apabila|jika|"
                        r"kalau|saat|ketika|selama)\b", _I)
#: The words that close an intro before its list ("sebagai berikut", "yaitu").
_AS_FOLLOWS = re.compile(r"^\W*(?:sebagai\s+berikut|yaitu|yakni|antara\s+lain|di\s+antaranya)\W*$", _I)
#: A clause that is itself an ask ("masyarakat untuk tidak membuka lahan", "Jangan bagikan kode OTP").
_ASK = re.compile(r"^\W*(?:jangan|tidak|hindari|segera|pastikan|waspadai|aktifkan|laporkan|gunakan)\b|"
                  r"\b(?:untuk|agar|supaya)\s+(?:tidak|tak|segera|menghindari|selalu)\b|\bdiminta\b", _I)


def asks_listed(draft: str, clauses: list[Clause], floor: float) -> list[Clause]:
    """An appeal that lists its asks after an intro ("... mengimbau:" then one line per ask) has told the reader
    what its news is: its first ask leads (one stated before the list, or else the list's first line), and the
    intro, which says only that there are asks, gives nothing."""
    for i, c in enumerate(clauses[:-1]):
        after = draft[c.end : c.end + 4]
        nxt = clauses[i + 1]
        # "... kami sampaikan imbauan kepada seluruh warga ..., | sebagai berikut:": the intro is the clause before
        intro = clauses[i - 1] if _AS_FOLLOWS.match(c.text) and i > 0 else c
        announced = _ASKS_INTRO.search(intro.text) if intro is c else _ASKS_WORD.search(intro.text)
        if (not c.ceremonial and after.lstrip(" ").startswith(":") and announced
                and "\n" in draft[c.end : nxt.start] and not nxt.ceremonial):
            top = max(x.benefit for x in clauses) + 0.1
            out = list(clauses)
            out[i] = replace(c, benefit=0.0)
            if intro is not c:
                out[i - 1] = replace(intro, benefit=0.0)
            asked = [j for j, x in enumerate(clauses[:i]) if x.benefit >= floor and _ASK.search(x.text)
                     and x is not intro]
            # else the list's first line, at its first clause that is no frame ("Untuk sementara waktu, | warga
            # diminta ...") nor a qualifier ("Selalu tidur menggunakan kelambu, | terutama bagi ibu hamil")
            line = [j for j, x in enumerate(clauses) if x.sentence == nxt.sentence and not x.ceremonial
                    and not _ASK_FRAME.match(x.text)]
            first = asked[0] if asked else line[0] if line else i + 1
            out[first] = replace(out[first], benefit=round(max(top, out[first].benefit), 2))
            return out
    return clauses
