"""What citizens are asked to do, said in running text or in a quote (issue 11, round 20f): the act after an asking
word ("Warga diminta tidak membakar sampah", "disarankan membuka keran beberapa menit", "kami minta tetap di
pengungsian sampai air surut") and an imperative that opens a sentence or follows a comma ("Jangan kembali ke rumah
pada malam hari", "..., segera menuju titik kumpul"). Each is a how, one act a clause, read where the other finders
read none: an appeal or a warning puts its key facts there.

Acts asked of officials ("Camat diminta mendata ...") are no how for citizens, nor are a wrongdoer's ("penipu
meminta korban ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core import lexicon
from bot.core.reading.sheet import DraftKind, Fact, Slot
from bot.core.reading.spans import span_fact

#: The asking word, then the act (an "untuk" / "agar" between them is left out).
_ASK = re.compile(r"\b(?:diminta|diimbau|disarankan|dianjurkan|diharapkan|dipersilakan|silakan|(?:kami|saya)\s+minta)"
                  r"\s+(?:untuk\s+|agar\s+|supaya\s+)?(?=[a-z])", re.I)
#: An imperative: "jangan" or "segera" + a verb, at a sentence's start, after a quote mark or after a comma.
_IMPERATIVE = re.compile(r"(?:^|(?<=[.!?\"“:]\s)|(?<=[\"“])|(?<=,\s)|(?<=,\sdan\s))(?:[Jj]angan|[Ss]egera)\s+(?=[a-z])",
                         re.M)
#: Where an act ends: the clause's end (`_CLAUSE`), a colon or a quote, a reason or a concession after it, or the
#: speech tag.
_END = re.compile(r"[:\"”]|,\s+(?:dan\s+)?(?:jangan|segera|karena|sebab|sehingga|agar|supaya|walaupun|walau|"
                  r"meskipun|meski|kata|ujar|tegas|jelas|terutama|demi|yang|apalagi|lalu|kemudian)\b"
                  r"|\s+(?:karena|sebab|sehingga|agar|supaya|walaupun|meskipun|demi)\b", re.I)
#: A clause from an act's start: a dot inside a token or after an abbreviation ("(Jl. Pahlawan)") goes on.
_CLAUSE = re.compile(r"(?:" + lexicon.IN_CLAUSE + r")*")
#: Who is asked, when it is an office or an official: their task, not the citizens'.
_OFFICIAL_SUBJECT = re.compile(r"\b(?:camat|lurah|kades|kepala|dinas|OPD|petugas|jajaran|ASN|perangkat|sekolah|"
                               r"panitia|pemerintah|instansi|pihak|operator|penyedia|pengelola|kontraktor|"
                               r"penipu|pelaku|oknum)\b[^.,;]{0,40}$", re.I)
#: Who is asked, named after the asking word ("Saya minta Dinas Ketahanan Pangan tidak berhenti di Camba", "kami minta
#: kontraktor bekerja cepat"): an office's or an official's task, not the citizens'.
_OFFICIAL_OBJECT = re.compile(r"(?:para\s+|seluruh\s+|semua\s+|pak\s+|bu\s+)?(?:camat|lurah|kades|kepala|dinas|OPD|"
                              r"petugas|jajaran|ASN|perangkat|panitia|pemerintah|instansi|pihak|operator|penyedia|"
                              r"pengelola|kontraktor|rekanan|pelaksana|satpol|bappe\w*|badan|bidang|sekretaris|"
                              r"direktur|kadis|sekda|Dishub|Dinkes|Disdik|Disdukcapil|BPBD|PDAM)\b", re.I)
#: Words after "jangan"/"segera" that say no act ("jangan sampai", "segera setelah"): an exhortation ("jangan ada
#: lagi alasan ...") or a comfort ("jangan takut kalau anaknya agak hangat ...").
_NOT_AN_ACT = re.compile(r"(?:sampai|khawatir|takut|panik|cemas|resah|bingung|kaget|ragu|setelah|sesudah|dilakukan|"
                         r"diperbaiki|ditangani|disalurkan|ada|"
                         # "jangan hanya datang, foto-foto, lalu pulang": a nudge to do more, no act of its own
                         r"hanya|cuma|sekadar|sekedar)\b", re.I)
#: Asked to wait or bear with it ("diminta menunggu tahap berikutnya", "diharapkan bersabar"): no act to take; waiting
#: at a place is one ("diminta menunggu di halte bertanda stiker biru").
_WAIT = re.compile(r"(?:menunggu|bersabar|maklum|memaklumi)\b(?!\s+(?:di|ke)\b)", re.I)
MIN_WORDS, MAX_WORDS = 3, 22
#: Drafts whose asked acts are for citizens; a meeting's or a report's are tasks of offices.
_FOR_CITIZENS = frozenset({DraftKind.APPEAL, DraftKind.EMERGENCY, DraftKind.CLARIFICATION, DraftKind.SERVICE,
                           DraftKind.EVENT})
#: Facts an act must not overlap: what the other finders read already.
_READ = frozenset({Slot.HOW, Slot.REQUIREMENTS, Slot.COST, Slot.WHO, Slot.BENEFIT, Slot.WHAT, Slot.CONTACT,
                   Slot.DEADLINE, Slot.QUOTA})


def _quoted(text: str, at: int) -> bool:
    """`at` lies inside a quote of its paragraph."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    return paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")


#: A condition on someone else's wrongdoing before the imperative ("Kalau ada oknum yang meminta uang ..., | jangan
#: dilayani dan segera laporkan"): what to do if it happens, no way to take part in an offer.
_IF_SOMEONE = re.compile(r"(?:^|[.!?\"“]\s*)(?:[Kk]alau|[Jj]ika|[Bb]ila|[Aa]pabila|[Ss]eandainya)\s+(?:ada\s+)?"
                         r"(?:oknum|pihak|orang|yang|petugas)\b[^.!?\n]*,\s*(?:dan\s+)?$")


#: An ask to pass the news on ("saya minta betul-betul diteruskan ke warga"): addressed to the audience that will
#: tell citizens (heads of villages at a meeting), no act of citizens.
_PASS_ON = re.compile(r"\W*(?:\S+\s+)?(?:di)?(?:teruskan|sampaikan|sebarkan|sebarluaskan|sosialisasikan|informasikan|"
                      r"umumkan)\s+(?:lagi\s+)?(?:ke|kepada)\s+(?:seluruh\s+|para\s+)?(?:warga|masyarakat|jemaah|jamaah)\b",
                      re.I)


def _acts(text: str, begin: int, emergency: bool, offer: bool = False) -> Iterator[tuple[int, int]]:
    # an emergency's own asking sentence ("Nelayan ... diminta tidak melaut ...") leads its post whole, as context;
    # what a quote asks is read
    starts = [m.end() for m in _ASK.finditer(text, begin)
              if not _WAIT.match(text, m.end())
              and not _OFFICIAL_SUBJECT.search(text, max(0, m.start() - 60), m.start())
              and not _OFFICIAL_OBJECT.match(text, m.end())
              and (not emergency or _quoted(text, m.start()))]
    starts += [m.start() for m in _IMPERATIVE.finditer(text, begin) if not _NOT_AN_ACT.match(text, m.end())
               and not (offer and _IF_SOMEONE.search(text, max(begin, m.start() - 160), m.start()))
               # "..., lalu dikeringkan di tempat teduh, | jangan dijemur ...": how to care for what is given
               and not ((offer or _quoted(text, m.start())) and m.group(0).lower().startswith("jangan")
                        and text[max(0, m.start() - 2) : m.start()] == ", ")]
    for start in sorted(set(starts)):
        clause = _CLAUSE.match(text, start)
        limit = clause.end() if clause else len(text)
        stop = _END.search(text, start, limit)
        end = stop.start() if stop else limit
        while end > start and text[end - 1] in " ,":
            end -= 1
        if MIN_WORDS <= len(text[start:end].split()) <= MAX_WORDS and not _PASS_ON.match(text, start, end):
            yield start, end


def asked_acts(text: str, begin: int, facts: list[Fact], kind: DraftKind) -> list[Fact]:
    """The how facts of the acts citizens are asked to do that no fact of `facts` reads yet."""
    if kind not in _FOR_CITIZENS:
        return []
    read = [(f.start, f.end) for f in facts if f.slot in _READ]
    out: list[Fact] = []
    for start, end in _acts(text, begin, kind == DraftKind.EMERGENCY, kind in (DraftKind.SERVICE, DraftKind.EVENT)):
        if any(s < end and start < e for s, e in read):
            continue
        out.append(span_fact(Slot.HOW, text, start, end))
        read.append((start, end))
    return out
