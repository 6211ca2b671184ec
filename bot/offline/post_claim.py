"""A clarification names the claim it corrects, with its label, before the fact (knowledge/12: "Judul
atau baris pertama: label dan fakta yang benar"). A clarification post whose lead only says the
fact ("Subsidi listrik ... tidak dicabut.") never tells the scrolling reader that the chain message
they saw is what is wrong; one that says the fact and then "Informasi tersebut tidak benar." reads as
if the fact were the rumour. When the draft names the claim (quoted in its headline or text, or
reported: "Beredar pesan ... yang menyebutkan bahwa <claim>"), the hook becomes the claim under the
draft's own label ("[HOAKS]" when the draft calls it a hoax, else "Cek fakta:"), then the draft's
verdict when it gives one right away, then "Faktanya: ..." and the fact. An official's quoted words
("Kami minta orang tua ...," tegasnya) are no claim, and a reported claim never leads
(bot/offline/post_lead.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.reading import Clause, DraftKind, FactSheet
from bot.core.reading.extract import sentence_spans
from bot.core.reading.lead_shape import has_verb
from bot.core.reading.rumour import MESSAGE_SAYS, rumour_and_truth
from bot.core.wording import capital, lower_first
from bot.offline.post_text import sentence_around

#: Words that give the verdict on a claim.
VERDICT = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|palsu|disinformasi|keliru|tidak\s+berdasar)\b", re.I)
_HOAX_WORD = re.compile(r"\b(?:hoaks|hoax)\b", re.I)
#: A quoted claim: four words or more between quotation marks.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{15,110})[\"”]")
#: Right after a closing quote: who said it ('," tegasnya', '" kata Kepala Dinas', '," pesan Kepala Dinas'): a quote,
#: no claim.
_SPOKEN = re.compile(r"^\s*,?\s*(?:\w+nya|kata|ujar|ucap|tutur|jelas|tegas|menurut|pesan|imbau|ungkap|terang|sebut|"
                     r"papar|ajak|pinta)\b", re.I)
#: A sentence that reports a rumour: "Beredar pesan berantai ...", "informasi yang beredar", "viral".
_REPORTED = re.compile(r"\b(?:beredar|berantai|viral|isu|desas-desus|kabar\s+burung)\b", re.I)
#: Where the reported claim begins: "... yang menyebutkan bahwa | <claim>", "... bahwa | <claim>"; what the
#: message asks ("tautan ... yang meminta | warga mengisi NIK"), not what an office asks ("Dinsos meminta ...").
_CLAIM_START = re.compile(r"\b(?:(?:menyebut(?:kan)?|mengatakan|menginformasikan|mengabarkan|mengklaim)\s+"
                          r"(?:bahwa\s+)?|bahwa\s+|yang\s+(?:meminta|mengajak|menawarkan|menjanjikan)\s+)", re.I)
#: Where it ends: the sentence's end, or the frame's own subject after a comma (", Perumda ... menyampaikan").
_CLAIM_END = re.compile(r"(?<!\d)[.!?](?!\d)|\n|,\s+(?-i:[A-Z])|\s+(?:kembali\s+)?(?:beredar|tersebar|viral)\b|"
                        # what the message asks after what it claims ("... pada Kamis malam | dan meminta warga ...")
                        r"\s+dan\s+(?:meminta|mengajak|menyuruh|mengimbau)\b")
#: A message named by what it is ("pesan suara berdurasi dua menit yang beredar"), and the words it spreads by.
_MESSAGE = re.compile(r"(?:pesan|unggahan|postingan|video|rekaman|kabar|informasi|narasi|selebaran|tautan|link)\b",
                      re.I)
_SPREADS = frozenset({"beredar", "tersebar", "viral", "kembali beredar", "kembali tersebar", "kembali viral"})
#: A connective that opens a verdict sentence ("Dengan demikian, pesan ... tidak benar").
_CONNECTIVE = re.compile(r"^(?:dengan\s+demikian|oleh\s+karena\s+itu|untuk\s+itu|jadi|maka)\s*,?\s*", re.I)
#: Longest claim a hook shows, and longest verdict said before the fact.
MAX_CLAIM = 170
MAX_VERDICT = 100
#: A fact that opens with a name of two capitalised words or more keeps its capital ("Kementerian Sosial ...").
_NAME_START = re.compile(r"^(?-i:[A-Z])\w*\s+(?-i:[A-Z][a-z])")
FACT_PREFIX = "Faktanya: "
#: A verdict on the message itself names it or points at it ("Surat tersebut palsu", "Informasi itu tidak benar");
#: "Nama Sekretaris Daerah bahkan ditulis keliru" is a detail of the forgery, no verdict to lead with.
_MESSAGE_WORD = (r"(?:pesan|unggahan|postingan|video|rekaman|kabar|informasi|narasi|selebaran|tautan|link|surat|berita|"
                 r"isu|klaim|foto|gambar)")
_OF_MESSAGE = re.compile(rf"^\W*(?:\w+\s+)?{_MESSAGE_WORD}\b|^\W*(?:itu|ini|hal\s+(?:itu|ini|tersebut))\b"
                         rf"|\b{_MESSAGE_WORD}\s+(?:itu|ini|tersebut|yang\s+beredar)\b", re.I)
#: "... bahkan ditulis keliru": a detail added to the case, no verdict on the message.
_ADDED = re.compile(r"\bbahkan\b", re.I)
#: The labels a claim hook opens with.
CLAIM_LABELS = ("[HOAKS]", "Cek fakta:")


def _sentence(sheet: FactSheet, index: int) -> str:
    """Sentence `index` of the draft whole, with any frame the clauses leave out ("Beredar pesan ... bahwa")."""
    clauses = [c for c in sheet.clauses if c.sentence == index]
    if not clauses:
        return ""
    return sentence_around(sheet.draft, clauses[0].start, clauses[-1].end).strip()


def reported(sheet: FactSheet, clause: Clause) -> bool:
    """Whether `clause` lies in a clarification's sentence that reports the rumour it corrects (and gives
    no verdict on it: "pesan yang beredar tersebut tidak benar" is the verdict)."""
    if sheet.kind != DraftKind.CLARIFICATION:
        return False
    return _rumour(_sentence(sheet, clause.sentence)) or clause.sentence in _told(sheet.draft)


@lru_cache(maxsize=64)
def _told(draft: str) -> frozenset[int]:
    """The sentences that go on retelling the rumour until its denial ("Isinya: ...", the message's own "Segera
    daftar sebelum kuota habis"): the reader's rumour (`rumour_and_truth`)."""
    return frozenset(rumour_and_truth(draft, sentence_spans(draft))[0])


def _rumour(text: str) -> bool:
    """A sentence that reports what a rumour says ("Beredar pesan ... yang menyebutkan bahwa ..."), not one
    that only mentions it ("Tangkapan layar yang beredar itu foto kardus lama") or judges it."""
    return bool(_REPORTED.search(text) and _CLAIM_START.search(text)) and not VERDICT.search(text)


def rumoured(sheet: FactSheet, start: int) -> bool:
    """Whether the draft's offset `start` lies in a clarification's rumour sentence: what the rumour says
    ("wajib membeli paket seragam ... Rp 850.000") is never a fact line or a context line of the post."""
    clause = sheet.clause_at(start)
    return clause is not None and reported(sheet, clause)


def _reported_claim(sheet: FactSheet) -> str:
    """The claim a rumour sentence reports, as written ("" when none does)."""
    for index in sorted({c.sentence for c in sheet.clauses}):
        text = _sentence(sheet, index)
        if not (_REPORTED.search(text) or MESSAGE_SAYS.match(text)) or not (start := _CLAIM_START.search(text)):
            continue
        end = _CLAIM_END.search(text, start.end())
        if end and _MESSAGE.match(text, start.end()) and end.group(0).strip() in _SPREADS:
            continue  # "menegaskan bahwa pesan suara ... yang | beredar ...": the message named, not what it says
        claim = _shortened(text[start.end() : end.start() if end else len(text)].strip(" .,:;"))
        if 4 <= len(claim.split()) and len(claim) <= MAX_CLAIM and not VERDICT.search(claim):
            return "\"" + claim.replace("\"", "'").replace("“", "'").replace("”", "'") + "\""
    return ""


def _shortened(claim: str) -> str:
    """A claim too long for a hook, cut at its last clause comma that keeps it within `MAX_CLAIM` ("... ditutup
    total selama empat bulan, motor dan pejalan kaki pun tidak boleh lewat | , dan elf ... berhenti ...")."""
    if len(claim) <= MAX_CLAIM:
        return claim
    cut = claim.rfind(", ", 0, MAX_CLAIM)
    return claim[:cut] if cut > 0 else claim


def told_rumour(sheet: FactSheet, index: int) -> str:
    """Sentence `index` whole with its frame ("Beredar pesan ... yang menyebut ...") when it reports a rumour,
    in any kind of draft: without the frame the claim reads as the office's own word. "" otherwise."""
    text = _sentence(sheet, index)
    if not _rumour(text):
        return ""
    verdict = _sentence(sheet, index + 1)  # "Kabar itu TIDAK BENAR." said right after it goes with it
    if not (VERDICT.search(verdict) and len(verdict) <= MAX_VERDICT):
        return text
    stop = "" if text.rstrip()[-1:] in ".!?" else "."  # a sentence's own stop may be cut with its span
    return f"{text.rstrip()}{stop} {verdict}"


def named_claim(sheet: FactSheet) -> str:
    """The claim a clarification quotes (headline first) or reports, as written; "" when it names none."""
    for text in (sheet.title, sheet.draft):
        for m in _QUOTED.finditer(text):
            claim = m.group(1).strip(" .,")
            spoken = _SPOKEN.match(text[m.end() : m.end() + 30])
            if len(claim.split()) >= 4 and not VERDICT.search(claim) and not spoken:
                return f"\"{claim}\""
    return _reported_claim(sheet)


def claim_first(sheet: FactSheet, hook: str, lead: str,
                context: tuple[str, ...]) -> tuple[str, str, tuple[str, ...]]:
    """The hook, lead and context of a clarification that names its claim: the claim, the draft's verdict
    (one of its first two context sentences, when one is a short verdict), then the fact; unchanged otherwise."""
    if sheet.kind != DraftKind.CLARIFICATION or any(VERDICT.search(t) for t in (hook, lead)):
        return hook, lead, context
    claim = named_claim(sheet)
    if not claim:
        return hook, lead, context
    label = "[HOAKS]" if _HOAX_WORD.search(sheet.draft) else "Cek fakta:"
    verdict = next((c for c in context[:2] if VERDICT.search(c) and len(c) <= MAX_VERDICT
                    and _OF_MESSAGE.search(c) and not _ADDED.search(c)),
                   "")
    # under "[HOAKS]" the draft's "Informasi tersebut tidak benar" says the label again: the fact follows the claim
    said = f"{capital(_CONNECTIVE.sub('', verdict))} " if verdict and label != "[HOAKS]" else ""
    rest = tuple(c for c in context if c != verdict)
    fact = lead if _NAME_START.match(lead) else lower_first(lead)
    return f"{label} {short_claim(claim)}", f"{said}{FACT_PREFIX}{fact}", rest


#: Longest claim the hook quotes whole: the label, the claim and the fact are read together in the first line
#: (knowledge/12, "Isi singkat: apa yang beredar (diringkas ...)").
MAX_HOOK_CLAIM = 85
#: Where a long claim's gist ends: a comma, or a clause of manner, reason, time or purpose after it.
_GIST_END = re.compile(r",|\s(?=(?:karena|dengan|sehingga|selama|mulai|sejak|pada|untuk|agar|supaya|lalu|kemudian|"
                       r"asalkan|cukup)\b)|"
                       # a second clause with its own subject or demand ("... tidak berlaku lagi | dan warga wajib ...")
                       r"\s(?=dan\s+(?:warga|masyarakat|semua|seluruh|para|setiap|akan|harus|wajib|diminta|meminta)\b)",
                       re.I)
MIN_GIST_WORDS = 4


def short_claim(quoted: str) -> str:
    """A quoted claim cut to its gist when it is too long for the first line ("listrik se-Kota Tarakan akan padam
    total selama tiga hari, 5 sampai 7 Desember ..." gives its first clause), with an ellipsis; whole otherwise."""
    claim = quoted.strip("\"")
    if len(claim) > 2 and claim[0] == claim[-1] == "'":  # a quote inside the draft's quote
        claim = claim[1:-1]
        quoted = f"\"{claim}\""
    if len(claim) <= MAX_HOOK_CLAIM:
        return quoted
    for m in _GIST_END.finditer(claim):
        gist = claim[: m.start()].rstrip(" ,")
        if (len(gist.split()) >= MIN_GIST_WORDS and len(gist) <= MAX_HOOK_CLAIM and gist.count("'") % 2 == 0
                and has_verb(gist)):  # "kelulusan PPPK Pemprov X" alone, cut before "dengan membayar", says nothing
            return f"\"{gist} …\""
    return quoted
