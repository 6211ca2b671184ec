"""The shape of a lead clause: whether it says something happens, and whether it keeps its object.

A lead is a clause in which something happens for citizens: a thing is sold, opened, handed out, asked of
them. Two shapes look like such a clause and are not one:

- a label that announces a list ("Imbauan lain kepada masyarakat:", "Dua layanan bagi pemilik hewan:"): no
  verb, a colon, then the lines that say what is offered or asked. The label gives nothing; its lines do.
- an offer counted, not named ("membuka dua layanan bagi pemilik hewan"): the items named after it lead.

(A programme's name with no verb, "Gerakan Pangan Murah (GPM) menjelang Natal", was tried as no lead in round 20l
and dropped: the annotated leads name the programme as often as they name what is sold under it.)

And a clause cut at a comma can lose what its verb acts on: "Masyarakat dilarang menyembelih, | menjual, |
membeli ... maupun mengonsumsi daging ternak yang sakit" splits into clauses whose first holds the ban and
whose last holds its object. The lead runs on through such a list of verbs to the object.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.reading.sheet import Clause

_I = re.I
#: Words that look like verbs by their prefix but join nouns (a time, a way, a topic).
_NOT_VERBS = r"(?:menjelang|menuju|mengenai|melalui|menurut|terhadap|terkait|tersebut|bersama|berikut|beserta|" \
             r"berbagai|beberapa|termasuk|terutama|terdekat)"
#: A verb by its prefix (me-, di-, ber-, ter-) or a common bare predicate ("buka", "ada", "hadir", "gratis").
_VERB = re.compile(rf"\b(?!{_NOT_VERBS}\b)(?:me|di|ber|ter)[a-z]{{4,}}|\b(?:buka|tutup|ada|hadir|tersedia|bisa|dapat|"
                   r"boleh|jangan|wajib|harus|akan|sudah|telah|kini|jual|bayar|datang|ikut|daftar|bawa|gunakan|"
                   r"pakai|lapor|main|tetap|gratis|cukup|mulai|naik|turun|lewat|hubungi|segera|hindari|pastikan)\b", _I)


def has_verb(text: str) -> bool:
    """Whether `text` has a word that says something happens (by its prefix or a common bare predicate). A
    capitalised word after the first is a name ("Disdukcapil", "Dinkes", "Terminal"), not a verb."""
    first = re.search(r"\w", text)
    return any(m.start() == (first.start() if first else 0) or not text[m.start()].isupper()
               for m in _VERB.finditer(text))


def announces_list(draft: str, clause: Clause, sentence_start: int) -> bool:
    """A verbless label (its sentence has no verb up to it) right before a colon and a new line: it announces
    the lines that follow."""
    after = draft[clause.end : clause.end + 6]
    return bool(re.match(r"\s*:[ \t]*\r?\n", after)) and not has_verb(draft[sentence_start : clause.end])


#: Things counted, not named ("membuka dua layanan bagi pemilik hewan", "tiga program unggulan"): the clause announces
#: items the draft names one by one after it ("Pertama, vaksinasi rabies gratis ...").
_COUNTED = re.compile(r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah|berbagai|"
                      r"(?<![\d.,])\d{1,2})\s+(?:macam\s+|jenis\s+|buah\s+)?(?:layanan|program|kegiatan|agenda|"
                      r"fasilitas|kemudahan|kebijakan|langkah|hal|inovasi|terobosan)\b(?!-)"
                      # named right away ("dua layanan, yaitu ...")
                      r"(?!\s*[,:]?\s+(?:yaitu|yakni|berupa|antara\s+lain|seperti)\b)", _I)


def counts_unnamed(clause: str) -> bool:
    """A clause that counts what it offers without naming it (see `_COUNTED`)."""
    return _COUNTED.search(clause) is not None


#: A clause that is only a verb or a verb and its adverbs, in a comma list of verbs that ends with a joined one
#: ("menjual", "membeli", "maupun mengonsumsi daging ...").
_LISTED_VERB = re.compile(rf"^\W*(?:(?:dan|atau|maupun|serta)\s+)?(?!{_NOT_VERBS}\b)(?:me|di|ber|ter)[a-z]{{4,}}\b", _I)
#: The list's last verb, joined ("maupun mengonsumsi daging ..."), or a verb with words after it: the object.
_JOINED = re.compile(r"\b(?:dan|atau|maupun|serta)\s+(?:me|di|ber|ter)[a-z]{3,}\b", _I)
OBJECT_WORDS = 3
#: A clause that ends on a verb with nothing after it: its object is further on.
_ENDS_ON_VERB = re.compile(rf"\b(?!{_NOT_VERBS}\b)(?:me|di)[a-z]{{3,}}\W*$", _I)
MAX_LISTED = 8
#: What may stand between two listed clauses: commas and verbs too short to be clauses of their own.
_VERB_GAP = re.compile(rf"^[\s,]*(?:(?!{_NOT_VERBS}\b)(?:me|di|ber|ter)[a-z]{{4,}}[\s,]+)*$", _I)


def with_object(draft: str, lead: Clause | None, clauses: Sequence[Clause]) -> Clause | None:
    """`lead` run on through a comma list of verbs to the object they share (see the module's docstring)."""
    if lead is None or not _ENDS_ON_VERB.search(lead.text):
        return lead
    following = [c for c in clauses if c.sentence == lead.sentence and c.start >= lead.end]
    following.sort(key=lambda c: c.start)
    end = None
    for c in following[:MAX_LISTED]:
        gap = draft[lead.end if end is None else end : c.start]
        if not _VERB_GAP.match(gap) or not _LISTED_VERB.match(c.text):
            return lead
        end = c.end
        if _JOINED.search(c.text) or len(c.text.split()) >= OBJECT_WORDS:
            return replace(lead, text=draft[lead.start : end], end=end)
    return lead


#: An office's notice of what follows ("Pemerintah Nagari X memberitahukan bahwa | penyaluran BLT-DD ..."): what
#: citizens get is what it notifies. (Round 20l also cut an organising act, "Sudin X membuka pendaftaran |
#: pelatihan kerja gratis": the lead read right, but the shorter lead left X's first post no clean cut, so it was
#: dropped.)
_ORGANISER_HEAD = re.compile(
    # an office named, no citizens as the subject, no negation or ban before the verb
    r"^\W*(?!(?:para\s+|seluruh\s+)?(?:warga|masyarakat|peserta|pemilik|orang\s+tua)\b)"
    r"(?:(?!(?:tidak|tak|belum|bukan|dilarang|jangan|selain|juga|untuk)\b)[\w().,'&/-]+\s+){1,16}?"
    r"(?:memberitahukan|menginformasikan|mengumumkan)(?:\s+kepada(?:\s+\w+){1,3}?)?\s+bahwa\s+", _I)
#: The fewest words the object keeps.
MIN_OBJECT_WORDS = 3


def without_organiser(lead: Clause | None) -> Clause | None:
    """`lead` from what its office's notice says (see `_ORGANISER_HEAD`), when enough of it is left."""
    head = _ORGANISER_HEAD.match(lead.text) if lead is not None else None
    if lead is None or head is None or len(lead.text[head.end() :].split()) < MIN_OBJECT_WORDS:
        return lead
    return replace(lead, text=lead.text[head.end() :], start=lead.start + head.end())


#: Words that say nothing of what is free ("GRATIS tdk ada pungutan"): a cost with no thing named.
_COST_ONLY = re.compile(r"\b(?:gratis|free|tidak|tdk|tak|ga|gak|ada|tanpa|dipungut|pungutan|biaya|bayar|dikenakan|"
                        r"apa\s*pun|sepeser|pun|alias|semua(?:nya)?|seluruh(?:nya)?|juga|tetap|sama\s+sekali|cuma-cuma|"
                        r"secara)\b", _I)


def bare_cost(clause: str) -> bool:
    """A clause that only says something is free or costs nothing, without naming it: the thing is
    named elsewhere, and that clause leads."""
    return not re.search(r"\w{2,}", _COST_ONLY.sub(" ", clause))


#: A count of something said for one group only ("45 lowongan khusus penyandang disabilitas").
_COUNT_FOR = re.compile(r"^\W*(\d[\d.]*)\s+(\w+)\b[^,;]*?\b(?:khusus|hanya\s+untuk|khusus\s+untuk)\b", _I)
_COUNT = re.compile(r"^\W*(\d[\d.]*)\s+(\w+)\b", _I)
#: What a part of the whole keeps of its weight.
PART_FACTOR = 0.5


def _count(text: str) -> int:
    return int(text.replace(".", ""))


def parts_after_whole(clauses: list[Clause]) -> list[Clause]:
    """A count for one group ("45 lowongan khusus penyandang disabilitas") weighs half where another clause
    counts more of the same thing for all ("1.150 lowongan kerja"): the part is not the news, the whole is."""
    wholes = [(m.group(2).lower(), _count(m.group(1))) for c in clauses if (m := _COUNT.match(c.text))
              and not _COUNT_FOR.match(c.text)]
    out = []
    for c in clauses:
        part = _COUNT_FOR.match(c.text)
        if part and any(noun == part.group(2).lower() and n > _count(part.group(1)) for noun, n in wholes):
            c = replace(c, benefit=round(c.benefit * PART_FACTOR, 2))
        out.append(c)
    return out


#: Stalls offered to sellers at an event ("Kami siapkan enam puluh stan, tidak ada sewa, gratis, diutamakan UMKM ..."):
#: an offer to the traders, not to the citizens who come.
_SELLERS = re.compile(r"\b(?:stan|stand|lapak|booth|tenant|gerai\s+UMKM|sewa\s+(?:stan|lapak|tempat))\b", _I)
_SELLER_NEWS = re.compile(r"\b(?:stan|stand|lapak|booth|tenant|UMKM|pelaku\s+usaha|pedagang|pelapak)\b", _I)
SELLERS_PENALTY = 3.0


def for_sellers(sentence: str, opening: str) -> bool:
    """Whether a sentence offers stalls to sellers where the draft's opening (its title and first sentence) is not
    about sellers: a side offer of an event."""
    return bool(_SELLERS.search(sentence)) and not _SELLER_NEWS.search(opening)
