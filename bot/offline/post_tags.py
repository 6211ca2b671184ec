"""Hashtags of an offline post: the profile's, one topic tag and one place tag, never a fragment.

The topic is a whole name or phrase of the draft: a programme's name ("Gerakan Pangan Murah" ->
#GerakanPanganMurah, or its acronym when the name is long) or a known public-service topic the
draft names ("cek kesehatan gratis", "banjir"). The place is a regency, city or province the draft
names, recognised through the gazetteer (bot/core/gazetteer.py), tagged with the draft's own words
(#Lamongan, #LombokTimur). A word is never cut out of a phrase ("#Center" from "call center").
"""

from __future__ import annotations

import re

from bot.core.gazetteer import place_names
from bot.core.reading import FactSheet, Slot
from bot.core.reading.key_facts import tag_word

#: Public-service topics, longest first within a theme; the tag is the phrase as the draft writes it.
TOPICS: tuple[str, ...] = (
    "cek kesehatan gratis", "pengobatan gratis", "khitanan massal", "nikah massal", "mudik gratis",
    "pangan murah", "pasar murah", "bank sampah", "air bersih", "pajak kendaraan", "sertifikat tanah",
    "mal pelayanan publik", "perekaman KTP", "KTP elektronik", "demam berdarah", "gelombang tinggi",
    "cuaca ekstrem", "kebakaran hutan", "karhutla", "vaksinasi", "imunisasi", "stunting", "beasiswa", "bansos",
    "hoaks", "banjir", "longsor", "rabies", "inflasi", "pemutihan", "DBD", "JKN", "PTSL", "UMKM", "PKL",
)
_HEADS = (r"Gerakan|Program|Pekan|Festival|Layanan|Bulan|Operasi|Gebyar|Pasar|Kampung|Lomba|Pelatihan|Bursa"
          r"|Sekolah|Posyandu|Gerai|Klinik|Rumah|Jambore|Karnaval|Pawai|Sapa")
_PROGRAMME = re.compile(
    rf"\b(?:{_HEADS})(?:\s+(?!(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Tahun)\b)[A-Z][a-z]+){{1,3}}"
    r"(?:\s+\(([A-Z][A-Za-z0-9\-]{1,10})\))?")
_REGION = re.compile(
    r"\b(?:Kabupaten|Kab\.|Kota|Provinsi|Pemkab|Pemkot|Pemprov)\s+((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,3})")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b")
#: Region words that are also everyday words or titles at the start of a sentence.
_NOT_PLACE = frozenset({"kota", "barat", "timur", "utara", "selatan", "tengah", "pusat", "baru"})


def _camel(phrase: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", phrase)
    return "".join(tag_word(w) for w in words)


def _content(sheet: FactSheet) -> str:
    return " ".join(c.text for c in sheet.content())


def topic_tag(sheet: FactSheet) -> str:
    """The programme the draft names, else the first known topic its lead or content names."""
    sources = [f.text for f in sheet.of(Slot.WHAT)] + [sheet.lead.text if sheet.lead else "", _content(sheet)]
    for source in sources:
        m = _PROGRAMME.search(source)
        if m:
            name = m.group(0)[: m.start(1) - m.start(0)].strip() if m.group(1) else m.group(0)
            if len(name.split()) <= 3:
                return _camel(name)
            if m.group(1):
                return m.group(1).replace("-", "")
    for source in sources[1:]:
        low = source.lower()
        found = [(low.find(t.lower()), t) for t in TOPICS if re.search(rf"\b{re.escape(t)}\b", source, re.I)]
        if found:
            at, topic = min(found)
            return _camel(source[at : at + len(topic)])
    return ""


def _known(words: list[str]) -> int:
    """How many leading words of `words` make a place the gazetteer knows (0 = none)."""
    names = place_names()
    for size in range(min(len(words), 4), 0, -1):
        if tuple(w.lower() for w in words[:size]) in names:
            return size
    return 0


def place_tag(sheet: FactSheet) -> str:
    """A regency, city or province the draft names: the first one named with its kind ("Kabupaten
    Lamongan", "Pemkot Medan"), else the first one named alone."""
    text = sheet.draft
    for m in _REGION.finditer(text):
        words = m.group(1).split()
        size = _known(words)
        if size:
            return _camel(" ".join(words[:size]))
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        size = _known(words)
        if size and not (size == 1 and words[0].lower() in _NOT_PLACE):
            return _camel(" ".join(words[:size]))
    return ""


def draft_tags(sheet: FactSheet) -> list[str]:
    """The topic tag and the place tag (either may be missing), without a repeat."""
    tags = [t for t in (topic_tag(sheet), place_tag(sheet)) if t]
    return list(dict.fromkeys(tags))
