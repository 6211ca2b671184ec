"""The "where" of a draft: venues and whole place lists, as spans.

A place is a noun phrase after "di", "bertempat di", "ke", "yaitu", a list colon or a bullet, that
names a venue ("Gedung Olahraga Siranindi, Jalan Moh. Hatta"), an administrative area below the
region ("Kecamatan Babat"), a list of them ("Kelurahan Kesambi, Pekiringan, Kalijaga dan
Harjamukti", kept whole) or a kind of facility in an area ("posyandu di Kelurahan Kesambi",
"18 puskesmas di Kota Yogyakarta"). A bare region ("Kota Kendari", "Samarinda", "Sulawesi Tengah")
is not a "where": every draft is somewhere. A courtyard ("halaman Kantor ...") is where ceremonies
stand, not where citizens go.
"""

from __future__ import annotations

import re

from bot.core.reading.figures import headline_end

#: A weekday that starts a date ("Jumat (6/6)"), not one inside a name ("Puskesmas Balai Selasa").
_DAY = (r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu)"
        r"(?=\s*[(,–\-]?\s*\d|\s*[–\-]\s*[A-Z]|\s+(?:pagi|siang|sore|malam)\b)")
_VENUE_HEAD = (
    r"Pendopo|Pendapa|Lapangan|Alun-[Aa]lun|RSUD|RS|Rumah\s+Sakit|Puskesmas|Pustu|Posyandu|Polindes|Klinik|Balai|"
    r"Aula|Gedung|Kantor|GOR|Gelanggang|Stadion|Hotel|Ruang|Masjid|Musala|Gereja|Pura|Vihara|Klenteng|Terminal|"
    r"Stasiun|Bandara|Pelabuhan|Dermaga|Pasar|Mal|Taman|Posko|SDN?|SMPN?|SMAN?|SMKN?|MIN?|MTsN?|MAN?|Sekolah|"
    r"Kampus|Universitas|Perpustakaan|Museum|Graha|Plaza|Wisma|Sanggar|Jalan|Jl\.|Jln\.|Lorong|Gang|Samsat|"
    r"Gerai|Loket|Mall|Convention|Lantai|Ballroom|Rumah|Dinas|Sentra|Pantai|Bendungan|Waduk|Embung"
)
_AREA_HEAD = r"Kecamatan|Kelurahan|Desa|Nagari|Kampung|Dusun|Distrik|Gampong|Kec\.|Kel\.|Kabupaten|Kota|Kab\."
_LOW_FACILITY = (r"posyandu|puskesmas|kantor\s+(?:desa|kelurahan|kecamatan|camat|lurah|wali\s+nagari)|balai\s+desa|"
                 r"sekolah|masjid|gerai|loket|titik\s+pengungsian|posko|desa/kelurahan|kelurahan|kecamatan|desa")
_ABBR = r"(?:[A-Z]|Dr|Drs|Ir|H|Hj|Moh|Muh|Jl|Jln|St|Prof|KH)\."
_CAP = rf"(?:{_ABBR}|[A-Z][\w'’/\-]*|\d+[A-Za-z]?|No\.\s?\d+|\([A-Z][A-Za-z]+\))"
_NAME = rf"{_CAP}(?:\s+(?!{_DAY}\b){_CAP})*"
#: Lowercase words that may open or sit inside a place phrase ("ruang kerja Bupati", "eks gedung").
_LOW_LEAD = (r"(?:(?:ruang|kerja|rapat|eks|bekas|gedung|kawasan|lantai\s+\d+|trotoar|seluruh|semua|kantor|posko|induk|"
             r"aula|balai|lapangan|halaman|sejumlah|\d+|lokasi)\s+)*")
#: An official's title after a comma starts a name, not another place ("..., Camat Sukamaju Ibu Ratna").
_TITLE = (r"(?:Camat|Lurah|Bupati|Wakil|Wali|Walikota|Gubernur|Kepala|Ketua|Sekretaris|Sekda|Kapolres|Kapolsek|"
          r"Dandim|Danramil|Direktur|Menteri|Ibu|Bapak|Bpk|Pak|Bu|Kades|Plt|Pj)\b")
_ITEM = (rf"(?:{_LOW_LEAD}(?:{_VENUE_HEAD}|{_AREA_HEAD})\b\s*{_NAME}"
         rf"|(?!{_DAY}\b)(?!{_TITLE})[A-Z][\w'’\-]+(?:\s+(?!{_DAY}\b)[A-Z][\w'’\-]+)*)")
_TAIL = (rf"(?:,\s+(?!{_TITLE})(?:(?:{_VENUE_HEAD}|{_AREA_HEAD})\b\s*{_NAME}"
         rf"|(?!{_DAY}\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*[,.;]|\s+(?:pada|mulai)\b|\s*$)))")
_PLACE = re.compile(
    rf"(?:\b(?:di|bertempat\s+di|berlokasi\s+di|ke|menuju|yaitu|yakni|antara\s+lain|meliputi)\s+|^[-•*]\s*|:\s+)"
    rf"(?P<place>(?:{_LOW_LEAD}(?:{_LOW_FACILITY})\s+di\s+)?"
    rf"(?:{_LOW_LEAD}(?:{_VENUE_HEAD}|{_AREA_HEAD})\b\s*{_NAME}|\d+\s+(?:{_LOW_FACILITY})(?:\s+di\s+{_NAME})?)"
    rf"{_TAIL}*(?:(?:,\s+|,?\s+(?:dan|serta|atau)\s+)(?:sebagian\s+)?{_ITEM}{_TAIL}?)*)",
    re.M,
)
_LOW_PLACE = re.compile(
    rf"\b(?:di|ke)\s+(?P<place>(?:seluruh\s+|\d+\s+)?(?:{_LOW_FACILITY})\s+(?:di\s+)?(?:{_NAME}|masing-masing|setempat))"
    rf"|(?P<count>(?<![\d.,])\d+\s+(?:{_LOW_FACILITY})\s+di\s+(?=[A-Z]){_NAME})",
)
#: A channel to call or report to is a "how" or a "contact"; an office of one's own area to register at
#: ("kantor kelurahan masing-masing") is a "how".
_CHANNEL_BEFORE = re.compile(
    r"\b(?:narahubung|hubungi|menghubungi|lapor|melapor|laporkan|melaporkan|informasi)\b[^.]{0,25}$", re.I)
_REGISTER_BEFORE = re.compile(r"\b(?:mendaftar|daftar|mengajukan|diajukan)\b[^.]{0,25}$", re.I)
#: A region's bare name ("Samarinda", "Sulawesi Tengah"), never a venue's ("Taman Merdeka", "Pasar Baru").
_REGION_ONLY = re.compile(rf"^(?:Kota|Kabupaten|Kab\.|Provinsi)\s+{_NAME}$"
                          rf"|^(?!(?:{_VENUE_HEAD})\b)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?$")
_NOT_PLACE = re.compile(r"^(?:Kantor\s+Cabang|Dinas|Rumah\s+(?:ke|dari)|Jalan\s+(?:keluar|tengah))\b", re.I)
_TRAILING = re.compile(r"(?:[\s,]+(?:dan|serta|atau|di|se|yang|Kota|Kabupaten))+$|[\s,.;]+$")


def _clean(place: str) -> str:
    place = _TRAILING.sub("", place)
    if place.count("(") > place.count(")"):
        place = place[: place.rfind("(")].rstrip(" ,")
    return place


def find_places(text: str) -> list[tuple[int, int]]:
    """Spans of the draft's places, longest first where they overlap, in draft order."""
    found: list[tuple[int, int]] = []
    headline = headline_end(text)
    for pattern in (_PLACE, _LOW_PLACE):
        for m in pattern.finditer(text):
            group = "place" if m.group("place") else "count"
            value = _clean(m.group(group))
            start = m.start(group)
            before = text[max(0, start - 40) : start]
            if _CHANNEL_BEFORE.search(before) or (pattern is _LOW_PLACE and _REGISTER_BEFORE.search(before)):
                continue
            if start < headline:
                continue
            end = start + len(value)
            if not value or "\n" in value or _REGION_ONLY.match(value) or _NOT_PLACE.match(value):
                continue
            if value.lower().startswith("halaman"):
                continue
            found.append((start, end))
    found.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for start, end in found:
        key = text[start:end].lower()
        if (out and start < out[-1][1]) or key in seen or any(key in s for s in seen):
            continue
        seen.add(key)
        out.append((start, end))
    return out
