"""The first line of a post: what citizens get, said by the office, whole enough to stand alone.

The sheet's lead is the clause that gives citizens the most. Two kinds of it make a poor first line:
- an opening quotation: a news article that opens with what a resident or an official said ("Anak
  saya tidak perlu bolos kerja lagi") gets its lead from inside the quote; the office's post says the
  service itself, so the lead is the clause that gives the most outside any quotation (none: the
  quote stays). A statement quoted further down (an official's verdict on a rumour) may lead;
- a referral frame: "Menindaklanjuti Surat Edaran Bupati ..." names the document, not what it says;
  the lead is then the best clause that is neither quoted nor a frame;
- a bare headline ("🐶 VAKSINASI RABIES GRATIS 🐶", "Vaksinasi gratis."): shouted, decorated, and
  saying nothing of whom it is for. It is written in normal case without the decoration, and a short
  one names who may come (the sheet's who), else where (the first place).
Nothing is added that the sheet does not hold, nor a value the fact check does not find in the draft.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core import lexicon
from bot.core.fact_check import check_facts
from bot.core.lexicon_data import KNOWN_ACRONYMS
from bot.core.name_forms import roman_value
from bot.core.reading import Clause, DraftKind, FactSheet, Slot
from bot.core.reading.datelines import strip_leading
from bot.core.reading.dates import display_when, draft_years
from bot.core.reading.key_check import key_facts
from bot.core.reading.lead import CONNECTIVE, FRAME_OPENERS
from bot.core.reading.lead_trim import PRAISE_NOUN, PRAISE_TO, PRAISE_VERB, PRAISED_STEP
from bot.offline.post_another import for_another
from bot.offline.post_claim import reported
from bot.offline.post_context import VERB
from bot.offline.post_fallback import main_way
from bot.offline.post_schedule import sentence_of
from bot.offline.post_text import clean_span, sentence, unpointed, words_of
from bot.offline.post_truth import truth_clause
from bot.offline.spoken_lead import written

#: A lead of this many words or fewer says too little alone.
THIN_WORDS = 4
#: A lead this share of whose letters are capitals is shouted.
SHOUTED = 0.8
#: A clause that only refers to what prompted the draft ("Menindaklanjuti Surat Edaran ...").
_FRAME = re.compile(rf"^\W*(?:{FRAME_OPENERS}|dalam\s+rangka)\b", re.I)
#: A letter's frame announcing what follows ("... menyampaikan hal berikut").
_FOLLOWS = re.compile(r"\b(?:sebagai|hal(?:-hal)?(?:\s+sebagai)?)\s+berikut\W*$", re.I)
#: Three shouted words in a row or more (an acronym alone is no shout).
#: One shouted word inside a sentence ("... di wilayah berikut TERHENTI"): said in normal case unless an acronym.
_SHOUTED_WORD = re.compile(r"\b[A-Z]{4,}\b")
_SHOUTED_RUN = re.compile(r"\b[A-Z]{3,}(?:,?\s+(?:[A-Z]{2,}|\d+))*(?:,?\s+[A-Z]{2,}){2,}\b")
def _pictograph(ch: str) -> bool:
    """An emoji or a pictograph; an arrow ("Terminal Batu Layang ⇄ Bundaran Digulis") joins a route's ends."""
    return unicodedata.category(ch) == "So" and not ("\u2190" <= ch <= "\u21ff" or "\u27f0" <= ch <= "\u27ff")


def _undecorated(text: str) -> str:
    """`text` without emoji and pictographs ("🐶", "💉", "✨"); "&", "+", arrows and other signs stay."""
    kept = [" " if _pictograph(ch) or ch in "\ufe0f\u200d" else ch for ch in text]
    return " ".join("".join(kept).split())


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
          r"(?:\s+(?:[A-Z][\w'&-]*|\d+)){0,5})\s+yang\s+")
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


def with_head(sheet: FactSheet, clause: Clause) -> tuple[str, int]:
    """The lead's text and start, with the head it qualifies when it is a relative clause: "kini dapat
    dilalui kendaraan roda empat" alone says nothing of what can be driven on, so the first line is the
    sentence up to the lead's end ("Ruas ... A, B dan C, yang kini dapat dilalui ..."). A bare noun phrase
    whose offer was cut as a frame gets its offerer back ("Satlantas membuka SIM keliling di ...")."""
    if (ask := asked(sheet, clause)) is not None:
        return ask, clause.start
    start = min((c.start for c in sheet.clauses if c.sentence == clause.sentence), default=clause.start)
    opening = max(sheet.draft.rfind(mark, 0, start) for mark in ".!?\n") + 1  # what framing cut off ("Ruas ...")
    if len(sheet.draft[opening:start].split()) <= MAX_FRAME_WORDS:
        start = opening + len(sheet.draft[opening:start]) - len(sheet.draft[opening:start].lstrip())
    head = sheet.draft[start : clause.start]
    praised = _PRAISED_DOER.search(head)
    rest = sheet.draft[start + praised.end() : clause.end] if praised else ""
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


def _shouted(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) / len(letters) >= SHOUTED


def _normal_case(text: str, acronyms: set[str], draft: str) -> str:
    """Shouted words in normal case: an acronym stays, a name keeps the capital the draft gives it
    elsewhere ("VAKSINASI DI DESA MAS" -> "vaksinasi di Desa Mas" when the draft writes "Desa Mas")."""
    out = []
    for word in text.split():
        bare = word.strip(".,!?:;()")
        if bare in acronyms:
            out.append(word)
        elif "-" in bare and bare.split("-")[0] in acronyms:  # "KTP-EL" is "KTP-el", "PBB-P2" stays
            parts = bare.split("-")
            out.append(word.replace(bare, "-".join(p if p in acronyms or any(ch.isdigit() for ch in p) else p.lower()
                                                   for p in parts)))
        elif bare and re.search(rf"(?<=[\w,;)] ){re.escape(bare.capitalize())}\b", draft):  # mid-sentence: a name
            out.append(word.replace(bare, bare.capitalize()))
        elif bare.isalpha() and (roman_value(bare.lower()) or not lexicon.is_ordinary_word(bare.lower())):
            out.append(word)  # "BBNKB II": no word to lower-case, an acronym the draft never spells out
        else:
            out.append(word.lower())
    return " ".join(out)


def _first_sentence(text: str) -> str:
    """`text` up to a pictograph that ends a caption's sentence ("... tetap jalan kok 🚛💨 Tapi ada ..."):
    without its full stop, the next sentence would run on after the emoji is dropped."""
    for i, ch in enumerate(text):
        if not _pictograph(ch) or len(text[:i].split()) < 4:
            continue
        j = i
        while j < len(text) and (_pictograph(text[j]) or text[j] in " \ufe0f\u200d"):
            j += 1
        if text[j : j + 1].isupper():
            return text[:i]
    return text


#: The words that introduced a list the lead was cut from ("... terhenti total di wilayah:", "... di wilayah
#: berikut:" then the areas): a post's sentence cannot end on them, one or several.
_DANGLING = re.compile(r"(?:\s+(?:di\s+(?:wilayah|daerah|kawasan|lokasi)|di|pada|ke|yaitu|yakni|sebagai\s+berikut|"
                       r"berikut(?:\s+ini)?|antara\s+lain|meliputi|di\s+antaranya|dengan\s+(?:jadwal|rincian|lokasi|ketentuan)|"
                       r"sesuai\s+jadwal\s+(?:sebagai\s+)?berikut))+\s*:?\s*$", re.I)


#: An item's place in the draft's sequence, said first ("Pertama, vaksinasi ..."): a post has no sequence of its own.
_ORDINAL = re.compile(r"^(?:pertama|kedua|ketiga|keempat|kelima|terakhir|selanjutnya|kemudian|berikutnya|"
                      r"sementara\s+itu|adapun)\s*,\s*", re.I)


def plain_lead(sheet: FactSheet, lead: str) -> str:
    """`lead` without decoration, shouting or an opening connective, and (when thin) naming who may come or
    where."""
    lead = written(lead)  # "begini, Festival X kita laksanakan ..." -> "Festival X digelar ..."
    bare = _ORDINAL.sub("", CONNECTIVE.sub("", lead))  # "Untuk itu, ...", "Pertama, ...": nothing to point back to
    if bare != lead and words_of(bare) > THIN_WORDS:
        lead = bare[:1].upper() + bare[1:]
    text = _undecorated(_first_sentence(lead)).strip(" .")
    if not text or text == lead.strip(" ."):
        text = lead.rstrip(".")
    acronyms = set(KNOWN_ACRONYMS) | {a for a, _ in sheet.acronyms}
    shouted = _shouted(text)
    if shouted:
        text = _normal_case(text, acronyms, sheet.draft)
    else:  # a shouted run inside a sentence: "... ngadakke PEMBAGIAN BIBIT KOPI GRATIS!!"
        run = _SHOUTED_RUN.search(text)
        while run and not all(w.strip(".,!?") in acronyms for w in run.group(0).split()):
            text = text[: run.start()] + _normal_case(run.group(0), acronyms, sheet.draft) + text[run.end() :]
            shouted = True
            run = _SHOUTED_RUN.search(text)
        text = _SHOUTED_WORD.sub(lambda m: _normal_case(m.group(0), acronyms, sheet.draft), text)  # "... TERHENTI"
    text = _named(sheet, _DANGLING.sub("", text.rstrip("!.").strip()).rstrip(" ,;:"))  # "disiapkan, yakni"
    cut = unpointed(text)  # "... yang dimulai hari itu juga di sekolah tersebut": which day?
    text = cut if words_of(cut) > THIN_WORDS else text
    if words_of(text) <= THIN_WORDS:
        text = _fuller(sheet, text)
    if not shouted and text == lead.rstrip("."):
        return lead
    return text[:1].upper() + text[1:] + "."


#: A lead whose subject names no service: "Semua layanan dan obat diberikan tanpa biaya", "Kegiatan ini gratis".
_GENERIC_SUBJECT = re.compile(r"^(?:(?:semua|seluruh)\s+)?(?:layanan|pelayanan|kegiatan|program|acara|bantuan)"
                              r"(?:\s+(?:dan|serta)\s+\w+)?(?:\s+(?:ini|tersebut|itu))?\s+(?:di|ter|ber|dapat|bisa|"
                              r"gratis|tanpa|tidak)", re.I)


def _named(sheet: FactSheet, text: str) -> str:
    """A lead whose subject names nothing ("Semua layanan ... tanpa biaya"), opened with what the draft offers
    ("Puskesmas keliling air: semua layanan ..."): shown alone, it does not say which service is free."""
    what = sheet.first(Slot.WHAT)
    if what is None or not _GENERIC_SUBJECT.match(text):
        return text
    name = clean_span(what.value).rstrip(".")
    if not name or name.lower() in text.lower() or not check_facts(name, [sheet.draft]).ok:
        return text
    return f"{name[:1].upper()}{name[1:]}: {text[:1].lower()}{text[1:]}"


#: The longest place a thin lead is completed with.
_PLACE_IN_LEAD = 80


def _fuller(sheet: FactSheet, text: str) -> str:
    """A thin lead with whom it is for, else where it is, from the sheet ("... untuk lansia")."""
    for slot, joiner in ((Slot.WHO, "untuk"), (Slot.WHERE, "di")):
        if slot == Slot.WHO and sheet.kind in (DraftKind.EMERGENCY, DraftKind.APPEAL):
            continue  # a warning's people are whom it addresses, never whom the warning is "for"
        facts = key_facts(sheet, slot)
        if slot == Slot.WHO:  # whom another offer is for is not the lead's ("juga dibuka perekaman KTP untuk ...")
            facts = [f for f in facts if not for_another(sheet, f, text)]
        if facts:
            value = clean_span(facts[0].value)
            if slot == Slot.WHERE and (len(facts) > 1 or len(value) > _PLACE_IN_LEAD):
                break  # one place of several would mislead, a list is too long to lead: the where line names them
            if value and value.lower() not in text.lower() and check_facts(value, [sheet.draft]).ok:
                common = slot == Slot.WHO and value[:1].isupper() and value[1:2].islower() and not re.match(
                    r"\S+\s+[A-Z]", value)
                return f"{text} {joiner} {value[:1].lower() + value[1:] if common else value}"
    return text


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
