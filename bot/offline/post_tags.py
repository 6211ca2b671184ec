"""Hashtags of an offline post: the profile's, one topic tag and one place tag, never a fragment.

The topic is a whole name or phrase of the draft: a programme's name ("Gerakan Pangan Murah" ->
#GerakanPanganMurah, or its acronym when the name is long; read within one clause, never across a
sentence end into "Selain itu") or a known public-service topic the post is about ("cek kesehatan
gratis", "banjir"): named by the lead, the title, the opening sentence or what is offered, or by two
sentences of the content at least, never by one passing mention (a requirement "KTP elektronik" on a fishers' card, a
risk "banjir" an insurance covers). The place is a regency, city or province the draft
names, recognised through the gazetteer (bot/core/gazetteer.py), tagged with the draft's own words
(#Lamongan, #LombokTimur). A word is never cut out of a phrase ("#Center" from "call center").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from bot.core.gazetteer import place_names
from bot.core.reading import DraftKind, FactSheet, Slot
from bot.core.reading.datelines import capital_place
from bot.core.reading.key_facts import tag_word

#: Public-service topics, longest first within a theme; the tag is the phrase as the draft writes it.
TOPICS: tuple[str, ...] = (
    "cek kesehatan gratis", "pengobatan gratis", "khitanan massal", "nikah massal", "mudik gratis",
    "pangan murah", "pasar murah", "bank sampah", "air bersih", "pajak kendaraan", "sertifikat tanah",
    "mal pelayanan publik", "perekaman KTP", "KTP elektronik", "demam berdarah", "gelombang tinggi",
    "cuaca ekstrem", "kebakaran hutan", "karhutla", "vaksinasi", "imunisasi", "stunting", "beasiswa", "bansos",
    "hoaks", "banjir", "longsor", "rabies", "inflasi", "pemutihan", "DBD", "JKN", "PTSL", "UMKM", "PKL",
)
#: Any known topic, the longest first where two start at the same word ("KTP elektronik" over "KTP").
_TOPIC = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(TOPICS, key=len, reverse=True)) + r")\b", re.I)
_HOAX = re.compile(r"\bhoaks\b", re.I)
_HEADS = (r"Gerakan|Program|Pekan|Festival|Layanan|Bulan|Operasi|Gebyar|Pasar|Kampung|Lomba|Pelatihan|Bursa"
          r"|Sekolah|Posyandu|Gerai|Klinik|Rumah|Jambore|Karnaval|Pawai|Sapa")
_PROGRAMME = re.compile(
    rf"\b(?:{_HEADS})(?:\s+(?!(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Tahun)\b)[A-Z][a-z]+){{1,3}}"
    r"(?:\s+\(([A-Z][A-Za-z0-9\-]{1,10})\))?")
_REGION = re.compile(
    r"\b(?:Kabupaten|Kab\.|Kota|Provinsi|Pemkab|Pemkot|Pemprov)\s+((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,3})")
#: Capitalised words that open a sentence or clause, never part of a programme's name.
_NOT_NAME = frozenset({"selain", "sementara", "sedangkan", "namun", "untuk", "dengan", "dalam", "karena", "adapun",
                       "bagi", "pada", "sejak", "setelah", "sebelum", "sebanyak", "hal", "ini", "itu", "tersebut",
                       "yang", "dan", "serta", "atau", "di", "ke", "dari", "oleh", "kata", "ujar", "jelas"})
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")
#: A word in capitals, as a letterhead writes names.
_SHOUT = re.compile(r"\b[A-Z]{3,}\b")
#: A hashtag of the draft in camel case, as regions are tagged ("#Cimahi", "#EnrekangSehat").
_OWN_TAG = re.compile(r"(?<![\w#])#([A-Z][a-z]+(?:[A-Z][a-z]+){0,2})\b")
#: Region words that are also everyday words or titles at the start of a sentence.
_NOT_PLACE = frozenset({"kota", "barat", "timur", "utara", "selatan", "tengah", "pusat", "baru"})


def _camel(phrase: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", phrase)
    return "".join(tag_word(w) for w in words)


def _name(match: re.Match[str]) -> tuple[str, str]:
    """A programme match as (name, acronym), its name cut before a word that opens a clause."""
    words = match.group(0)[: match.start(1) - match.start(0)].split() if match.group(1) else match.group(0).split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _NOT_NAME), len(words))
    acronym = match.group(1) or "" if cut == len(words) else ""
    return " ".join(words[:cut]), acronym


def _programme(source: str) -> str:
    """The first programme name `source` gives: up to three words, or the acronym of a longer one."""
    for m in _PROGRAMME.finditer(source):
        name, acronym = _name(m)
        if 2 <= len(name.split()) <= 3:
            return name
        if acronym:
            return acronym.replace("-", "")
    return ""


def _topic(source: str) -> str:
    """The first known topic `source` names, as it writes it ("" when none)."""
    m = _TOPIC.search(source)
    return m.group(0) if m else ""


def _opening(sheet: FactSheet) -> str:
    """The draft's first sentence of content (a dateline alone, "Samarinda", is none)."""
    for index in sorted({c.sentence for c in sheet.content()}):
        text = " ".join(c.text for c in sheet.content() if c.sentence == index)
        if len(text.split()) >= 4:
            return text
    return ""


def _recurring(sheet: FactSheet, find: Callable[[str], str]) -> str:
    """What `find` finds in two sentences of the content at least (the first found in the draft),
    leaving out clauses that carry a requirement or a contact."""
    asked = [f for f in sheet.facts if f.slot in (Slot.REQUIREMENTS, Slot.CONTACT)]
    sentences: dict[str, set[int]] = {}
    order: list[str] = []
    for clause in sheet.content():
        if any(f.start >= clause.start and f.end <= clause.end for f in asked):
            continue
        for found in _all(find, clause.text):
            key = found.lower()
            if key not in sentences:
                order.append(found)
            sentences.setdefault(key, set()).add(clause.sentence)
    return next((f for f in order if len(sentences[f.lower()]) >= 2), "")


def _all(find: Callable[[str], str], text: str) -> list[str]:
    out: list[str] = []
    while found := find(text):
        out.append(found)
        at = text.lower().find(found.lower())
        if at < 0:
            break
        text = text[at + len(found) :]
    return out


def topic_tag(sheet: FactSheet) -> str:
    """The programme the draft names, else the known topic the post is about (see the module note)."""
    main = [f.text for f in sheet.of(Slot.WHAT)] + [sheet.lead.text if sheet.lead else "", sheet.title,
                                                     _opening(sheet)]
    for asked in (f.text for f in sheet.facts if f.slot in (Slot.REQUIREMENTS, Slot.CONTACT)):
        main = [source.replace(asked, " ") for source in main]  # "dengan menunjukkan kartu JKN": a document, no topic
    if sheet.kind == DraftKind.CLARIFICATION and (hoax := _HOAX.search(sheet.draft)):
        return _camel(hoax.group(0))  # a clarification is about the rumour, whatever it touched
    for source in main:
        if name := _programme(source):
            return _camel(name)
    for source in main:
        if topic := _topic(source):
            return _camel(topic)
    # Content alone names the topic only when it comes back: two sentences name it.
    for find in (_programme, _topic):
        if found := _recurring(sheet, find):
            return _camel(found)
    return ""


def _known(words: list[str]) -> int:
    """How many leading words of `words` make a place the gazetteer knows (0 = none)."""
    names = place_names()
    for size in range(min(len(words), 4), 0, -1):
        if tuple(w.lower() for w in words[:size]) in names:
            return size
    return 1 if words and words[0].lower() in _joined_names() else 0  # "Tanjungbalai" for "Tanjung Balai"


@lru_cache(maxsize=1)
def _joined_names() -> frozenset[str]:
    """The gazetteer's names of two words or more written as one ("tanjungbalai", "pangkalpinang")."""
    return frozenset("".join(name) for name in place_names() if len(name) > 1)


def _part_of_place(words: list[str]) -> bool:
    """Words after a place that name a part of it ("Jayapura Selatan"), not another name ("Kaur Keuangan")."""
    return all(w.lower() in _NOT_PLACE for w in words)


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
#: A road or a route named for the towns it joins ("Jl. Raya Solo–Purwodadi", "ruas Sausapor–Fef").
_ROAD = re.compile(r"\b(?:Jl\.?|Jln\.?|Jalan|ruas|Ruas)\s+(?:Raya\s+)?$")
_ROUTE = re.compile(r"\s*[–—-]\s*[A-Z]")
#: Share of capitalised words that makes a line a headline in title case ("Ribuan Siswa SD di Jombang Dapat ...").
TITLE_SHARE = 0.7


def _title_line(text: str, offset: int) -> bool:
    line = text[text.rfind("\n", 0, offset) + 1 : (text.find("\n", offset) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[^\W\d_]+", line)
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= TITLE_SHARE * len(words)


def place_tag(sheet: FactSheet) -> str:
    """A regency, city or province the draft names: one its own hashtags name, else the first one named with its
    kind ("Kabupaten Lamongan", "Pemkot Medan"), else its dateline ("SINTANG – ..."), else the first one named alone (a
    city the news only mentions, "tidak perlu lagi ke Pontianak", is no tag when a dateline names the place; a
    place name that opens a longer capitalised name, "Kaur Keuangan", is none)."""
    text = sheet.draft
    # the draft's own hashtag that is a region ("#Cimahi" under a visit of another regency's council)
    own = [re.findall(r"[A-Z][a-z]+", tag) for tag in _OWN_TAG.findall(text)]
    for words in own:
        if _known(words) == len(words):
            return _camel(" ".join(words))
    for words in own:  # "#EnrekangSehat": a slogan opened by the region's name
        if (size := _known(words)) and words[0].lower() not in _NOT_PLACE:
            return _camel(" ".join(words[:size]))
    # a letterhead in capitals ("PEMERINTAH KABUPATEN HALMAHERA TENGAH") names the region too
    for source in (text, _SHOUT.sub(lambda w: w.group(0).capitalize(), text)):
        for m in _REGION.finditer(source):
            words = m.group(1).split()
            size = _known(words)
            if size:
                return _camel(" ".join(words[:size]))
    if dateline := capital_place(text):  # "SINTANG – ...": where the news is from
        words = [w.capitalize() for w in dateline]
        if size := _known(words):
            return _camel(" ".join(words[:size]))
    for m in _CAPITALISED.finditer(text):
        if _ROAD.search(text, max(0, m.start() - 16), m.start()) or _ROUTE.match(text, m.end()):
            continue  # "Jl. Raya Solo–Purwodadi" names a road, not where the news is
        if text[m.start() - 1 : m.start()] == "-" or text[m.end() : m.end() + 1] == "-":
            continue  # "Desa Bone-Bone" is a village, not Kabupaten Bone
        words = m.group(0).split()
        size = _known(words)
        if size == 1 and len(words) == 1 and _SENTENCE_OPENING.search(text, max(0, m.start() - 3), m.start()) \
                and _LOWER_NEXT.match(text, m.end()):
            continue  # "Puncak pasang diperkirakan ...": a common word opening a sentence, no Kabupaten Puncak
        if size and not (size == 1 and words[0].lower() in _NOT_PLACE) and (
                size == len(words) or _part_of_place(words[size:]) or _title_line(text, m.start())):
            return _camel(" ".join(words[:size]))  # "Kaur Keuangan" is a village officer, not Kabupaten Kaur
    return ""


def draft_tags(sheet: FactSheet) -> list[str]:
    """The topic tag and the place tag (either may be missing), without a repeat."""
    tags = [t for t in (topic_tag(sheet), place_tag(sheet)) if t]
    return list(dict.fromkeys(tags))
