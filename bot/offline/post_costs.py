"""A cost line that says what each amount is the price of.

"Biaya: Gratis; Rp85.000" leaves the reader asking what is free and for whom Rp85.000 is; "Biaya: Rp52.000"
under a ferry timetable names one fare of four; "Biaya: Gratis" under a water outage or an achievement report
reads as the price of something nobody sells. So:
- a line that mixes free and paid gives each value with the draft's words that say what it is the price of,
  from the start of its sentence (or its last comma) to the amount and its unit ("pasien BPJS Kesehatan yang
  membawa rujukan ... tidak dikenakan biaya; pasien umum membayar tarif jasa pelayanan Rp85.000 sekali
  konsultasi");
- a bare amount gets the same words ("penumpang dewasa Rp52.000") and the rest of the inline price list
  the draft goes on with (", anak-anak Rp33.000, ... dan mobil pribadi beserta sopir Rp612.000");
- a bare free value ("Gratis") of a draft that offers no service of its own (an outage, a warning, an
  achievement) or beside a table of fares says what is free ("Perumda menyiagakan mobil tangki air bersih
  gratis", "Barang bawaan gratis sampai 40 kg per penumpang") where the draft's sentence says it briefly;
- one free value says "free" once ("GRATIS, tidak ada biaya" -> "GRATIS").
The words are the draft's own; a phrase longer than `MAX_WORDS` is not taken and the value stays as it was.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.reading import DraftKind, Fact, FactSheet
from bot.core.reading.cost import payer_of
from bot.core.reading.datelines import strip_leading
from bot.core.reading.key_facts import FREE
from bot.offline.post_action import outage

#: Most words of the phrase that says what an amount is the price of.
MAX_WORDS = 16
#: Fewest words that say something more than the amount ("tetap gratis" says nothing of what).
MIN_WORDS = 3
#: A second way of saying free right after the first ("GRATIS, tidak ada biaya"; "gratis tanpa pungutan").
_FREE_AGAIN = re.compile(r"[,;]?\s*(?:tidak\s+ada|tdk\s+ada|tanpa|tidak\s+dipungut|bebas)\s+(?:biaya|pungutan)"
                         r"(?:\s+(?:apa\s*pun|sepeser\s+pun|sama\s+sekali))?\s*$", re.I)
#: Where the phrase before an amount starts at the latest: a sentence's, a quotation's, a bracket's or a list
#: line's start ("Rp4.500" or "No. 7" ends no sentence: a full stop ends one only before a space).
_SENTENCE_END = re.compile(r"(?<!\bNo)(?<!\bJl)(?<!\bJln)(?<!\bKel)(?<!\bKec)(?<!\bdr)(?<!\bDr)[.!?](?=\s)|"
                           r"[\n\"“”;()]|:(?=\s)")
#: Words that join a phrase to what went before ("Adapun pasien umum ...", "yaitu penumpang dewasa ...") or
#: report it ("menegaskan pemeriksaan ... tidak dipungut biaya").
_JOINING = frozenset({"adapun", "sedangkan", "sementara", "namun", "dan", "serta", "yaitu", "yakni", "sebab",
                      "karena", "bahkan", "juga", "menegaskan", "mengatakan", "menjelaskan", "menyebutkan",
                      "menyampaikan", "bahwa", "ia", "dia", "lalu", "kemudian", "selanjutnya", "lantas"})
#: What the draft writes right after an amount to say what it counts ("sekali konsultasi", "per bulan").
_UNIT = re.compile(r"\s+(?:(?:per|sekali|setiap|tiap|untuk\s+satu)\s+[a-z]+(?:\s+[a-z]+)?|"
                   r"sampai\s+\d+\s*[a-z]+(?:\s+per\s+[a-z]+)?)(?=[\s,.;]|$)", re.I)
#: The rest of an inline price list after an amount: ", anak-anak Rp33.000, ... dan mobil pribadi Rp612.000".
_MORE_PRICES = re.compile(r"(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)[A-Za-z][^\n,.;:]{0,50}?"
                          r"Rp\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?:\s*(?:ribu|juta))?(?:\s+per\s+[a-z]+)?")
_ADDRESS = re.compile(r"\b(?:No|Nomor|Jl|Jln|Jalan)\.?\s+(?:\d|[A-Z])")
_BARE_AMOUNT = re.compile(r"Rp\s?[\d.,]+(?:\s*(?:ribu|juta))?|(?:[a-z]+\s+){1,6}(?:ribu|juta)\s+rupiah", re.I)
#: A free value that names nothing ("Gratis", "tidak dipungut biaya sepeser pun").
_BARE_FREE = re.compile(rf"(?:tetap\s+|semua(?:nya)?\s+)?(?:{FREE.pattern})(?:\s+(?:apa\s*pun|sepeser\s+pun))?", re.I)
#: Kinds that sell nothing of their own: what is free there is some help beside the news.
_NO_OFFER = frozenset({DraftKind.EMERGENCY, DraftKind.APPEAL, DraftKind.ACHIEVEMENT})


def _money(text: str) -> bool:
    return any(found.fact.kind == "money" for found in scan_facts(text))


def once_free(value: str) -> str:
    """"GRATIS, tidak ada biaya" -> "GRATIS": one free value says it once ("" stays "")."""
    rest = _FREE_AGAIN.sub("", value).rstrip(" ,;")
    return rest if FREE.search(rest) else value


def said_with(sheet: FactSheet, fact: Fact) -> str:
    """The draft's words from the fact's sentence start (or the comma right before it, when a phrase of words
    follows the comma: an intro or an attribution ends there, a list's item does not) to the fact and the
    unit right after it; "" when that is too long, says nothing more or starts inside a number."""
    draft = sheet.draft
    if "\n" in fact.text:  # a price under its list's header ("Mulai 1 Maret 2027 tarifnya:"): the sheet's wording
        return ""
    start = max((m.end() for m in _SENTENCE_END.finditer(draft, max(0, fact.start - 300), fact.start)), default=0)
    comma = draft.rfind(",", start, fact.start)  # "Selama gangguan, Perumda menyiagakan ...": from the comma
    part = draft[comma + 1 : fact.start].split() if comma >= 0 else []
    if len(part) >= MIN_WORDS - 1 and re.match(r"^[A-Za-z]{3,}", part[0]):  # not inside a list ("..., semuanya")
        start = comma + 1
    unit = _UNIT.match(draft, fact.end)
    text = re.sub(r"^[^\w]+", "", draft[start : unit.end() if unit else fact.end].strip())
    words = strip_leading(text).split()  # "JEMBER – Dinas ...": the dateline is no part of what is free
    while words and words[0].lower().strip(",") in _JOINING:
        words = words[1:]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not re.match(r"^[A-Za-z]", words[0]):
        return ""
    text = " ".join(words)
    if _ADDRESS.search(draft, start, fact.start):  # "Jalan Pembangunan No. 7, tanpa biaya": an address is no thing
        return ""
    return lexicon.fix_spelling(text[:1].upper() + text[1:])


#: Words that end the noun phrase a free word closes, read backwards: a preposition, a clause's joiner, a verb
#: by its prefix ("tersedia", "dibagikan", "menyiapkan"), a number.
_NP_STOP = re.compile(r"^(?:di|ke|dari|untuk|bagi|oleh|pada|dengan|dalam|serta|sedangkan|namun|yang|juga|akan|dapat|"
                     r"ulang|kembali|lagi|"
                      r"bisa|telah|sudah|tetap|semua|semuanya|ini|itu|adalah|yaitu|yakni|berupa|"
                      r"(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{4,}|\d[\d.,]*|\W+)$", re.I)
#: Most words of such a noun phrase.
MAX_NP = 8


def free_thing(sheet: FactSheet, fact: Fact) -> str:
    """The noun phrase a free word closes, with it ("Masker gratis", "pemeriksaan kesehatan dan obat-obatan
    gratis"): what is free, when the sentence is too long or too short for `said_with`; "" when no noun stands
    right before the free word ("tetap gratis", "... dibagikan gratis")."""
    draft = sheet.draft
    start = max((m.end() for m in _SENTENCE_END.finditer(draft, max(0, fact.start - 300), fact.start)), default=0)
    words = list(re.finditer(r"\S+", draft[start : fact.start]))
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        if word.group(0).endswith((",", ".", ";", ":")) or _NP_STOP.match(word.group(0)) or len(taken) >= MAX_NP:
            break
        taken.append(word)
    if not taken or taken[-1].group(0).lower() in ("dan", "atau"):
        return ""
    text = draft[start + taken[-1].start() : fact.end]
    return text[:1].upper() + text[1:]


def _with_list(sheet: FactSheet, fact: Fact, value: str) -> str:
    more = _MORE_PRICES.match(sheet.draft, fact.end)
    whole = re.match(rf"(?:{_MORE_PRICES.pattern})+", sheet.draft[fact.end :]) if more else None
    return value + whole.group(0) if whole else value


def _with_payer(fact: Fact, value: str) -> str:
    """A price someone else pays keeps its payer when said in its own words ("Biaya operasi ... Rp7 juta")."""
    payer = payer_of(fact)
    return f"{value}, {payer}" if payer and payer not in value else value


def cost_values(sheet: FactSheet, values: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """The cost line's values, each saying what it is the price of (see the module's docstring)."""
    values = [(once_free(v), f) for v, f in values]
    free = [(v, f) for v, f in values if FREE.search(v)]
    paid = [(v, f) for v, f in values if not FREE.search(v) and _money(v)]
    # what citizens still pay, in words ("cukup bayar pokoknya saja"): a bare "Gratis" beside it misleads too
    still_paid = [(v, f) for v, f in values if not FREE.search(v) and not _money(v)]
    out: list[tuple[str, Fact]] = []
    if free and (paid or still_paid):
        out = [(_with_payer(f, resolved(sheet, f, once_free(said_with(sheet, f))) or v), f) for v, f in values]
    elif free and (sheet.kind in _NO_OFFER or outage(sheet) or any(t.kind == "prices" for t in sheet.tables)):
        # "Gratis" alone beside an outage, a warning or a table of fares the post shows: what is free
        out = [((once_free(said_with(sheet, f)) or free_thing(sheet, f) or v)
                if _BARE_FREE.fullmatch(v.strip()) else v, f) for v, f in values]
    elif paid:  # a bare amount ("Rp52.000") with what it is the fare of, and the rest of its list
        out = [(_with_list(sheet, f, said) if _BARE_AMOUNT.fullmatch(v.strip()) and (said := said_with(sheet, f))
                else v, f) for v, f in values]
    else:
        return values
    kept: list[tuple[str, Fact]] = []
    for value, fact in out:  # two facts of one sentence ("gratis ... tidak dipungut biaya") give one phrase
        if not any(value.lower() in other.lower() for other, _ in kept):
            kept = [(o, f) for o, f in kept if o.lower() not in value.lower()] + [(value, fact)]
    return _joined(kept)


#: A phrase that opens by pointing back ("Layanan ini dikenakan biaya ..."): its noun and the pointer.
_POINTING = re.compile(r"^([A-Z]?[a-z]+)\s+(?:ini|tersebut)\b\s*")
#: The first noun phrase of a sentence, after an ordinal or a connective: up to a preposition or a stop.
_SUBJECT = re.compile(r"\W*(?:(?:pertama|kedua|ketiga|selain\s+itu|kemudian|selanjutnya)\s*,\s*)?"
                      r"([a-z][\w-]*(?:\s+(?!pada|di|untuk|bagi|mulai|dengan|yang|oleh|akan|dapat)[a-z][\w-]*){0,4})"
                      r"(?=\s+(?:pada|di|untuk|bagi|mulai|dengan|yang|oleh|akan|dapat)\b|\s*[,.])", re.I)


def resolved(sheet: FactSheet, fact: Fact, value: str) -> str:
    """`value` that opens by pointing back ("Layanan ini ...") with what it points at: the first noun phrase of the
    sentence before ("Kedua, sterilisasi kucing dan anjing pada Minggu ..." gives "Sterilisasi kucing dan anjing
    dikenakan biaya ..."); `value` unchanged when there is none."""
    pointing = _POINTING.match(value)
    if pointing is None:
        return value
    ends = [m.end() for m in _SENTENCE_END.finditer(sheet.draft, max(0, fact.start - 600), fact.start)]
    if len(ends) < 2:
        return value
    subject = _SUBJECT.match(sheet.draft, ends[-2], ends[-1])
    if subject is None:
        return value
    return subject.group(1)[:1].upper() + subject.group(1)[1:] + " " + value[pointing.end() :]


#: Fewest words two values must share, one's end the other's start, to be one phrase said twice.
MIN_OVERLAP = 3


def _joined(values: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """Values where one ends with the words the next starts with ("..., yakni Rp150.000 per ekor untuk kucing" and
    "Rp150.000 per ekor untuk kucing dan Rp250.000 ...") joined into one: the shared words said once."""
    out: list[tuple[str, Fact]] = []
    for value, fact in values:
        if out:
            last = out[-1][0]
            words, head = last.split(), value.split()
            shared = next((n for n in range(min(len(words), len(head)), MIN_OVERLAP - 1, -1)
                           if [w.lower() for w in words[-n:]] == [w.lower() for w in head[:n]]), 0)
            if shared:
                out[-1] = (f"{last} {' '.join(head[shared:])}".rstrip(), out[-1][1])
                continue
        out.append((value, fact))
    return out
