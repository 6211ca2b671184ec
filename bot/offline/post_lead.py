"""The first line of a post: what citizens get, said by the office, whole enough to stand alone.

The sheet's lead is the clause that gives citizens the most. Two kinds of it make a poor first line:
- an opening quotation: a news article that opens with what a resident or an official said ("Anak
  saya tidak perlu bolos kerja lagi") gets its lead from inside the quote; the office's post says the
  service itself, so the lead is the clause that gives the most outside any quotation (none: the
  quote stays). A statement quoted further down (an official's verdict on a rumour) may lead;
- a referral frame: "Menindaklanjuti Surat Edaran Bupati ..." names the document, not what it says;
  the lead is then the best clause that is neither quoted nor a frame;
- a bare headline ("🐶 VAKSINASI RABIES GRATIS 🐶", "Vaksinasi gratis."): shouted, decorated, and
  saying nothing of whom it is for; bot/offline/post_plain.py says it plainly.
Nothing is added that the sheet does not hold, nor a value the fact check does not find in the draft.
"""

from __future__ import annotations

import re

from bot.core.reading import Clause, DraftKind, FactSheet, Slot
from bot.core.reading.datelines import strip_leading
from bot.core.reading.dates import display_when, draft_years
from bot.core.reading.lead import FRAME_OPENERS
from bot.core.reading.lead_trim import PRAISE_NOUN, PRAISE_TO, PRAISE_VERB, PRAISED_STEP
from bot.offline.post_claim import reported
from bot.offline.post_context import VERB
from bot.offline.post_fallback import main_way
from bot.offline.post_plain import THIN_WORDS, plain_lead
from bot.offline.post_schedule import sentence_of
from bot.offline.post_text import clean_span, sentence, words_of
from bot.offline.post_truth import truth_clause

#: A clause that only refers to what prompted the draft ("Menindaklanjuti Surat Edaran ...").
_FRAME = re.compile(rf"^\W*(?:{FRAME_OPENERS}|dalam\s+rangka)\b", re.I)
#: A letter's frame announcing what follows ("... menyampaikan hal berikut").
_FOLLOWS = re.compile(r"\b(?:sebagai|hal(?:-hal)?(?:\s+sebagai)?)\s+berikut\W*$", re.I)


def quoted(sheet: FactSheet, offset: int) -> bool:
    """Whether `offset` of the draft lies inside a quotation opened earlier in its paragraph."""
    before = sheet.draft[sheet.draft.rfind("\n", 0, offset) + 1 : offset]
    if "“" in before or "”" in before:
        return before.rfind("“") > before.rfind("”")
    return before.count('"') % 2 == 1


def quote_first(sheet: FactSheet, offset: int) -> bool:
    """Whether `offset` lies inside a quotation in the draft's opening paragraph: an article that opens
    with what someone said. A statement quoted further down (an official's verdict on a rumour,
    "Kami tegaskan, imunisasi tetap aman") may well lead; the opening quote is colour."""
    opening = len(sheet.draft) - len(sheet.draft.lstrip())
    end = sheet.draft.find("\n", opening)
    return offset < (end if end >= 0 else len(sheet.draft)) and quoted(sheet, offset)


def framed(text: str) -> bool:
    """Whether `text` only frames the draft: refers to what prompted it or announces what follows."""
    return bool(_FRAME.match(text) or _FOLLOWS.search(text))


def lead_clause(sheet: FactSheet) -> Clause | None:
    """The sheet's lead, or the best clause outside any quotation, frame and reported rumour when the lead
    is one (a clarification never leads with the claim it corrects, and leads with the fact it marks as
    true: bot/offline/post_truth.py)."""
    lead = sheet.lead
    if (truth := truth_clause(sheet)) is not None:  # a clarification leads with what it marks as true
        return truth
    plain = [c for c in sheet.clauses if not c.ceremonial and c.benefit > 0 and words_of(c.text) >= THIN_WORDS
             and not quoted(sheet, c.start) and not framed(c.text) and not reported(sheet, c)]
    if lead is None or not (quote_first(sheet, lead.start) or framed(lead.text) or reported(sheet, lead)):
        return main_way(sheet, lead, plain)  # a fallback for a few ("tetap membuka loket ...") is no lead
    return max(plain, key=lambda c: (c.benefit, -c.start)) if plain else lead


#: A clause that is a relative clause of what comes before it ("A, B dan C, yang | kini dapat dilalui ...").
_RELATIVE = re.compile(r"\byang\s*$")
#: A lead that is the object of a relative clause on a name ("Jambi Job Fair 2026 yang menghadirkan | ..."): the
#: name and its verb go first, or the lead says nothing of what offers it.
_NAMED_RELATIVE = re.compile(r"((?:[A-Z][\w'&-]*)(?:\s+(?:[A-Z][\w'&-]*|\d+)){0,6})\s+yang\s+(?:me|di|ber|ter)[a-z]{3,}"
                             r"\s*$")
#: The longest head a relative lead takes with it.
#: A body named right before "yang" and the active verb that opens the lead ("mengapresiasi langkah Pemerintah
#: Kabupaten Simalungun yang | membebaskan seluruh denda ..."): the lead's subject, cut off with the frame.
_DOER = (r"((?:Pemerintah|Pem(?:kab|kot|prov|da)|Dinas|Badan|Kementerian|Bupati|Wali\s+Kota|Gubernur|"
          r"Kantor|Rumah\s+Sakit|RSUD|Perumda|PDAM|Bapenda|Disdukcapil|Dinkes|Satlantas|BPJS|Pemko|Pemdes|"
          # a ministry or an office by its acronym ("langkah KKP yang | menanggung penuh premi ...")
          r"Kemen[a-z]+|(?-i:[A-Z]{2,6})\b)"
          r"(?:\s+(?:[A-Z][\w'&-]*|\d+)){0,5}"
          # two doers ("Kementerian ESDM dan PLN yang | menanggung ...")
          r"(?:\s+(?:dan|serta)\s+(?-i:[A-Z])[\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|\d+)){0,4})?)\s+yang\s+")
_NAMED_DOER = re.compile(_DOER[:-1] + "*$")
#: The doer a praise names before the praised act ("apresiasi atas langkah | Pemerintah Kabupaten X | yang ...").
_PRAISED_DOER = re.compile(rf"(?i:{PRAISE_NOUN}|{PRAISE_VERB})\s+(?i:{PRAISE_TO}\s+)?(?i:{PRAISED_STEP}\s+)?" + _DOER)
_ACTIVE = re.compile(r"^(?:melalui\s+[A-Z]\w*(?:\s+\d{4})?\s+)?(?:mem|men|meng|meny|me)[a-z]{3,}\b")
MAX_HEAD_WORDS = 25
MAX_FRAME_WORDS = 6
#: How far before a bare noun phrase its offerer may start ("Pemerintah Kota X melalui Dinas Y (Z) kembali menggelar").
OFFERER_CHARS = 120


#: Who offers it, cut off as a frame before a lead that is a bare noun phrase ("Bagi warga ..., Satlantas membuka
#: | SIM keliling di halaman Pasar ..."): a short subject and the verb of an offer, right after a comma or the
#: sentence's start.
_OFFERED_BY = re.compile(r"(?:^|(?<=[,.;:\n–—]))\s*((?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}\s+"
                         # through its office ("Pemerintah Kota X melalui Dinas Tenaga Kerja (Disnaker)")
                         r"(?:melalui\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,4}(?:\s+\((?-i:[A-Z])[\w.-]*\))?\s+)?"
                         r"(?:(?:kini|juga|kembali|telah|sudah|resmi)\s+)*(?:membuka|menyediakan|menghadirkan|menggelar|"
                         r"mengadakan|menyiapkan|meluncurkan|melayani|menetapkan|memberlakukan)\s+)$", re.I)
#: A predicate in the clause: it says something by itself and needs no subject.
_PREDICATE = re.compile(r"\b(?:(?!(?:menjelang|mengenai|menuju|melalui|menurut|terhadap|terkait|bersama|berdasarkan|"
                        r"selama)\b)(?:me|di|ber|ter)[a-z]{3,}|dapat|bisa|akan|wajib|cukup|buka|kini|tetap|ada|hadir|"
                        r"mulai|jalan|tutup|libur|berlaku|gratis)\b", re.I)


#: A season an offer is timed to ("menjelang tutup tahun", "jelang Lebaran"): no predicate of its clause.
_SEASON = re.compile(r"\b(?:menjelang|jelang)\s+(?:\w+\s+)?(?:tahun|bulan|ramadan|lebaran|natal|hari\s+raya|"
                     r"idul\s+\w+)\b", re.I)


#: An appeal's frame before the lead, in the active voice ("Bupati mengimbau seluruh masyarakat agar | ...") or
#: the passive ("Penumpang juga diimbau agar | ..."), with whom it asks when it names them before the conjunction.
_ASKED_BY = re.compile(r"\b(?P<verb>mengimbau|menghimbau|meminta|minta|mengajak|mengingatkan|berpesan|diimbau|dihimbau|"
                       r"diminta|diajak|diingatkan|diharapkan)\s+(?:kepada\s+)?(?P<who>[^,.;:\n\"“”]{0,60}?)\s*"
                       r"\b(?:agar|untuk|supaya)\s+$", re.I)
_PASSIVE = {"mengimbau": "diimbau", "menghimbau": "diimbau", "meminta": "diminta", "minta": "diminta",
            "mengajak": "diajak", "mengingatkan": "diingatkan", "berpesan": "diminta", "dihimbau": "diimbau"}
#: Who is asked, named inside the ask ("agar | penumpang tidak membeli ..."): a short subject before the ask's
#: negation, modal or first verb.
_ASKED_SUBJECT = re.compile(r"^(?P<who>(?:seluruh\s+|semua\s+|para\s+|setiap\s+)?[a-z]+(?:\s+[a-z]+){0,2}?)\s+"
                            r"(?=(?:tidak|tak|jangan|segera|selalu|tetap|senantiasa|lebih|dapat|bisa)\b)", re.I)
_SUBJECTS = re.compile(r"^(?:seluruh\s+|semua\s+|para\s+|setiap\s+)?(?:masyarakat|warga|penumpang|pengunjung|"
                       r"pengendara|pemudik|orang\s+tua|pelajar|siswa|petani|nelayan|pedagang|pelanggan|peserta|"
                       r"wisatawan|pengguna|pemilik|keluarga|ibu|calon)\b", re.I)


def asked(sheet: FactSheet, clause: Clause) -> str | None:
    """An ask torn from its appeal said whole, as a post says it: who is asked, the ask's passive verb and the
    act ("Bupati mengimbau masyarakat agar | tidak membakar lahan" -> "Masyarakat diimbau tidak membakar
    lahan"; "diimbau agar | penumpang tidak membeli tiket dari calo" -> "Penumpang diimbau tidak membeli
    ..."). Alone, "Tidak membeli tiket dari calo" reads as a report, its sense lost. None when no appeal frames
    the clause or nobody asked is named."""
    start = max(sheet.draft.rfind(mark, 0, clause.start) for mark in ".!?\n") + 1
    frame = _ASKED_BY.search(sheet.draft, max(start, clause.start - 160), clause.start)
    if frame is None or quoted(sheet, clause.start):
        return None
    verb = frame.group("verb").lower()
    passive = _PASSIVE.get(verb, verb)
    who, act = frame.group("who").strip(), clause.text
    if not who and (inside := _ASKED_SUBJECT.match(act)) and _SUBJECTS.match(inside.group("who")):
        who, act = inside.group("who"), act[inside.end() :]
    if not who and verb.startswith("di"):  # "Pengendara juga diimbau agar | ...": the subject stands before
        before = sheet.draft[start : frame.start()]
        if _SUBJECTS.match(before.strip()) and len(before.split()) <= MAX_FRAME_WORDS:
            return sheet.draft[start + len(before) - len(before.lstrip()) : clause.end]
    if not _SUBJECTS.match(who):
        return None
    return f"{who[:1].upper()}{who[1:]} {passive} {act}"


#: Fewest words of an ask that can lead an appeal.
MIN_ASK_WORDS = 6


def appeal_ask(sheet: FactSheet, clause: Clause) -> tuple[str, int] | None:
    """An appeal whose lead clause asks nothing ("bubuk larvasida ... dibagikan gratis") leads with the first thing
    it asks of citizens before that clause, said whole ("Setiap keluarga diimbau melakukan PSN 3M Plus minimal sekali
    seminggu"): an appeal that asks before it offers has the act for its news, the help beside it a line. None for
    other kinds, when the lead asks already, or when the draft offers first (a service that warns of touts)."""
    if sheet.kind != DraftKind.APPEAL or asked(sheet, clause) is not None or _ASKED_BY.search(
            sheet.draft, max(0, clause.start - 160), clause.start):
        return None
    for other in sheet.content():
        if other.start >= clause.start or quoted(sheet, other.start):  # an ask the draft says first
            continue
        ask = asked(sheet, other)
        if ask is not None and len(ask.split()) >= MIN_ASK_WORDS:
            return plain_lead(sheet, sentence(ask)), other.sentence
    for found in _ASK_ACT.finditer(sheet.draft, 0, clause.start):  # "Ia mengimbau setiap keluarga melakukan ..."
        who, act = found.group("who"), found.group("act")
        if _SUBJECTS.match(who) and not quoted(sheet, found.start()) and len(act.split()) >= MIN_ASK_WORDS - 2:
            index = sheet.sentence_of(found.start(), or_next=True)
            passive = _PASSIVE[found.group("verb").lower()]
            return plain_lead(sheet, f"{who[:1].upper()}{who[1:]} {passive} {act}."), -1 if index is None else index
    return None


#: An ask said with its act right after who is asked, with or without "agar" ("mengimbau setiap keluarga melakukan
#: ..."): the act a verb (me-, ber-) or a negation, up to a list's head (", yaitu") or the sentence's end.
_ASK_ACT = re.compile(r"\b(?P<verb>mengimbau|menghimbau|meminta|mengajak)\s+(?:kepada\s+)?"
                      r"(?P<who>[a-z][^,.;:\n\"“”]{2,40}?)\s+(?:agar\s+|untuk\s+|supaya\s+)?"
                      r"(?P<act>(?:me|ber)[a-z]+\s[^.;:\n\"“”]{8,160}?|tidak\s[^.;:\n\"“”]{8,160}?)"
                      r"(?=,\s*(?:yaitu|yakni|seperti|antara|di\s+antaranya)\b|[.;:\n]|$)", re.I)


#: An ask said as a bare imperative ("langsung bawa keluarga ke titik pengungsian", "jangan tunggu pagi").
_IMPERATIVE = re.compile(r"^(?:langsung|segera|jangan|silakan|harap|mohon)\s", re.I)
#: The condition it is asked under, said before it in its sentence ("kalau air sudah masuk rumah, ...").
_CONDITION = re.compile(r"^(?:kalau|jika|bila|apabila|begitu)\s", re.I)


def _conditioned(sheet: FactSheet, clause: Clause) -> int | None:
    """Where the condition of a bare imperative starts, when its sentence says one before it: "Langsung bawa
    keluarga ke titik pengungsian" alone asks everyone to leave now; the ask holds "kalau air sudah masuk rumah"."""
    if not _IMPERATIVE.match(clause.text) or quote_first(sheet, clause.start):
        return None
    before = [c for c in sheet.clauses if c.sentence == clause.sentence and c.end <= clause.start]
    start = next((c.start for c in before if _CONDITION.match(c.text)), None)
    if start is None or len(sheet.draft[start : clause.end].split()) > MAX_HEAD_WORDS:
        return None
    return start


def with_head(sheet: FactSheet, clause: Clause) -> tuple[str, int]:
    """The lead's text and start, with the head it qualifies when it is a relative clause: "kini dapat
    dilalui kendaraan roda empat" alone says nothing of what can be driven on, so the first line is the
    sentence up to the lead's end ("Ruas ... A, B dan C, yang kini dapat dilalui ..."). A bare noun phrase
    whose offer was cut as a frame gets its offerer back ("Satlantas membuka SIM keliling di ...")."""
    if (ask := asked(sheet, clause)) is not None:
        return ask, clause.start
    if (cond := _conditioned(sheet, clause)) is not None:
        return sheet.draft[cond : clause.end], cond
    start = min((c.start for c in sheet.clauses if c.sentence == clause.sentence), default=clause.start)
    opening = max(sheet.draft.rfind(mark, 0, start) for mark in ".!?\n") + 1  # what framing cut off ("Ruas ...")
    if len(sheet.draft[opening:start].split()) <= MAX_FRAME_WORDS:
        start = opening + len(sheet.draft[opening:start]) - len(sheet.draft[opening:start].lstrip())
    head = sheet.draft[start : clause.start]
    praised = _PRAISED_DOER.search(head)
    rest = sheet.draft[start + praised.end() : clause.end] if praised else ""
    if praised is None and (inside := _PRAISED_DOER.match(clause.text)) and _ACTIVE.match(clause.text[inside.end() :]):
        # the praise opens the clause itself ("apresiasi kepada Kementerian ESDM dan PLN yang | menanggung ...")
        return f"{inside.group(1)} {clause.text[inside.end() :]}", clause.start + inside.start(1)
    if praised and _ACTIVE.match(rest) and len(head[praised.end() :].split()) <= MAX_HEAD_WORDS \
            and not quoted(sheet, clause.start):
        # "apresiasi atas langkah Pemkab X yang | membebaskan ...", or "... yang menanggung penuh iuran ..., |
        # sehingga warga cukup membawa KTP": the praised act said by its doer, up to the lead's end
        return f"{praised.group(1)} {rest}", start + praised.start(1)
    if start < clause.start and _RELATIVE.search(head) and len(head.split()) <= MAX_HEAD_WORDS \
            and not quoted(sheet, clause.start) and '"' not in head:
        return sheet.draft[start : clause.end], start
    named = _NAMED_RELATIVE.search(head)  # "... menggelar | Jambi Job Fair 2026 yang menghadirkan | 38 perusahaan"
    if named and not quoted(sheet, clause.start) and '"' not in head:
        return sheet.draft[start + named.start(1) : clause.end], start + named.start(1)
    if (head_start := _subject_start(sheet, clause)) is not None:
        return sheet.draft[head_start : clause.end], head_start
    sent = _SENT_OBJECT.search(sheet.draft, opening, clause.start) if _NO_SUBJECT.match(clause.text) else None
    if sent and re.search(r"\byang\b", sheet.draft[sent.end() : clause.start]) and not quoted(sheet, clause.start):
        # "melepas tim Pelayanan ... Keliling dalam apel ..., yang ... | akan melayani warga di ...": the team serves
        return f"{sent.group('np')[:1].upper()}{sent.group('np')[1:]} {clause.text}", sent.start("np")
    doer = _NAMED_DOER.search(sheet.draft, opening, clause.start) if _ACTIVE.match(clause.text) else None
    if doer and not quoted(sheet, clause.start):  # "Pemerintah Kabupaten Simalungun membebaskan seluruh denda ..."
        return f"{doer.group(1)} {clause.text}", doer.start(1)
    offer = _OFFERED_BY.search(sheet.draft, max(0, clause.start - OFFERER_CHARS), clause.start)
    if offer and not _PREDICATE.search(_SEASON.sub("", clause.text)) and not quoted(sheet, clause.start):
        return sheet.draft[offer.start(1) : clause.end], offer.start(1)  # "Satlantas membuka | SIM keliling di ..."
    return clause.text, clause.start


#: What a ceremony sends off or opens ("melepas tim Pelayanan Administrasi Kependudukan Keliling | dalam apel ..."): the
#: subject of a relative clause after it that has none of its own ("yang ... akan melayani warga di ...").
_SENT_OBJECT = re.compile(r"\b(?:melepas|memberangkatkan|meluncurkan|meresmikan|membuka)\s+(?:secara\s+resmi\s+)?"
                          r"(?P<np>(?:tim|armada|rombongan|layanan|pelayanan|mobil|bus|kapal)\b[^,.;:\n]{3,80}?)"
                          r"(?=\s+(?:dalam|di|pada|ke|yang|untuk)\b|,)", re.I)
_NO_SUBJECT = re.compile(r"^(?:secara\s+[\w-]+\s+)?(?:akan|siap|segera|langsung|mulai)\s+[a-z]", re.I)
#: A clause that only says what follows from the one before ("..., sehingga warga tidak perlu ke Pontianak").
_CONSEQUENCE = re.compile(r"^(?:sehingga|agar|supaya|maka|dengan\s+begitu|dengan\s+demikian)\s", re.I)
#: A clause that opens with its passive verb, its subject left in the clause before ("ruas jalan ..., | ditutup total").
_SUBJECTLESS = re.compile(r"^(?:(?:cukup|hanya|bisa|dapat|akan|sudah|telah|tetap)\s+)?"
                          r"(?:di|ter)(?!(?:sini|sana|mana|antara|atas|bawah|dalam|luar)\b)[a-z]{3,}\b")


_SPEAKER = re.compile(r"^(?:kami|kita|saya|aku)\b", re.I)


def _subject_start(sheet: FactSheet, clause: Clause) -> int | None:
    """Where a lead clause that cannot stand alone gets what it is about, in its own sentence: a consequence
    takes the statement it follows from ("Poliklinik Jantung ... mulai melayani pasien, sehingga warga ...");
    a clause opening with its passive verb takes the sentence's content before it ("Mulai Senin ..., ruas
    jalan poros ..., ditutup total ..."). None when the clause stands alone or no plain head is there
    (ceremony between, a quotation, a head too long)."""
    inside_quote = quoted(sheet, clause.start)
    if inside_quote and not _SUBJECTLESS.match(clause.text):
        return None
    before = [c for c in sheet.clauses if c.sentence == clause.sentence and c.end <= clause.start]
    if inside_quote:  # the quotation's own head, said plainly ("Isinya beras ..., | cukup ditebus seharga ..."),
        before = [c for c in before if not _SPEAKER.match(c.text)]  # never its speaker ("Kami sediakan ...")
    if _CONSEQUENCE.match(clause.text):
        heads = [c for c in before if not c.ceremonial and words_of(c.text) >= THIN_WORDS and c.benefit > 0]
        head = heads[-1] if heads else None
    elif _SUBJECTLESS.match(clause.text):
        plain = [c for c in before if not c.ceremonial]
        head = plain[0] if plain and all(not c.ceremonial for c in before[before.index(plain[0]) :]) else None
    else:
        return None
    if head is None or '"' in sheet.draft[head.start : clause.start] \
            or len(sheet.draft[head.start : clause.start].split()) > MAX_HEAD_WORDS:
        return None
    return head.start



def readable(text: str) -> bool:
    """Enough words and a verb: a sentence a post can show on its own."""
    return words_of(text) >= 4 and bool(VERB.search(text))


#: The longest sentence that tells, whole, what a draft without a benefit reports.
TOLD_CHARS = 240


def what_happened(sheet: FactSheet) -> tuple[str, int] | None:
    """A draft that gives citizens nothing (a visit, a meeting): the sentence that names what happened, whole,
    with who did it, where and when ("Komisi II DPRD ... melakukan kunjungan kerja ke RSUD ..., Selasa
    (17/11/2026)"); its ceremony is the news. None when that sentence is a headline, too long or unreadable."""
    what = sheet.first(Slot.WHAT)
    if sheet.citizen_benefit or what is None or (index := sentence_of(sheet, what)) < (1 if sheet.title else 0):
        return None
    clauses = [c for c in sheet.clauses if c.sentence == index]
    text = clean_span(strip_leading(sheet.draft[clauses[0].start : clauses[-1].end].lstrip("📸📷🏛️ ")))
    text = display_when(text, draft_years(sheet.draft)) or text  # "Selasa, 17 November 2026"
    if len(text) > TOLD_CHARS or not readable(text) or framed(text) or quoted(sheet, clauses[0].start):
        return None
    return sentence(text), index
