"""The places of a post under what citizens do there.

A flood update names the districts under water and the halls to flee to; a service names where it
is held and where to register. One "📍 Di mana" line that strings them together reads as one list of
places to go, so each place is labelled by its sentence: a shelter ("mengungsi", "posko") is where
to flee, an affected area ("terendam", "terdampak", cases found) is where the trouble is, anything
else is where the thing takes place. A place where citizens act (apply for the relief, register, take
the aid: "mengisi formulir pengajuan di kantor kelurahan") is where to go, whatever else the sentence
says ("rumahnya rusak akibat banjir", "Posko BPBD"), unless its sentence is about fleeing. A closure
notice names the road closed ("penutupan", "ditutup"), the way round it ("Jalur alternatif:", "dialihkan
lewat ...") and where to park ("kantong parkir"). Where help
stands during an outage or a disaster (a water tanker, a public kitchen, a health post) is where to fetch it,
never the affected area its sentence also names ("selama gangguan, mobil tangki disiagakan di ..."). A place
another line already names ("Daftar di kantor Dinas Sosial") is not said twice. An achievement report names
no place to go: a count ("412 posyandu") is a figure and, where the report gives citizens something, the
official's visit ("saat meninjau ... di Desa X") is ceremony, so neither is a place line.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.gazetteer import place_names
from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.core.reading.time_roles import statement

SHELTER, AFFECTED, PLACE = "Tempat mengungsi", "Wilayah terdampak", "Di mana"
#: Where a warning asks residents to stay alert or keep away ("warga yang tinggal di X diminta waspada"): no
#: place to go, and not (yet) hit.
RISK = "Wilayah rawan"
_AT_RISK = re.compile(r"\b(?:waspada|kewaspadaan|rawan|berisiko|berpotensi|potensi|terancam|menjauhi|siaga|"
                      r"zona\s+(?:bahaya|merah))\b", re.I)
CLOSED, PARKING, HELP, DETOUR = "Ruas ditutup", "Tempat parkir", "Titik bantuan", "Jalur alternatif"
DROP_OFF = "Terima donasi"
_SHELTER = re.compile(r"\b(?:mengungsi|pengungsian|pengungsi|posko|evakuasi|shelter)\b", re.I)
#: A "posko" that serves a request ("Posko Aduan Siber", "posko pengaduan", "posko kesehatan"): a desk, no shelter.
_DESK = re.compile(r"\bposko\s+(?:\w+\s+)?(?:aduan|pengaduan|layanan|pelayanan|informasi|kesehatan|pemeriksaan|mudik|"
                   r"pendaftaran|konsultasi|bantuan\s+hukum|"
                   # a desk for a disease ("Posko DBD Kecamatan X", "posko rabies")
                   r"DBD|demam\s+berdarah|rabies|malaria|diare|campak|covid\S*|TBC|PMK)\b", re.I)
_FLEE = re.compile(r"\b(?:mengungsi|pengungsian|(?<!untuk\s)(?<!bagi\s)(?<!kepada\s)pengungsi|evakuasi|dievakuasi|"
                   r"shelter)\b", re.I)  # "makan untuk pengungsi gratis": help for those who fled, no shelter
#: An assembly point: where to flee in a danger, where to meet for a communal work day ("Titik kumpul: - RW 01-05
#: di halaman Kantor Lurah" of a kerja bakti) otherwise.
_GATHER = re.compile(r"\btitik\s+kumpul\b", re.I)
_DANGER = re.compile(r"\b(?:mengungsi|pengungsian|evakuasi|dievakuasi|bencana|tsunami|gempa|banjir|longsor|erupsi|"
                     r"letusan|kebakaran|siaga|awas)\b", re.I)
#: A road closed to traffic, and where to park instead: two places a closure notice names.
_CLOSED = re.compile(r"\b(?:penutupan|ditutup(?!\s+dengan\b)|tertutup)\b", re.I)  # "ditutup dengan doa": an end
_PARKING = re.compile(r"\b(?:parkir|kantong parkir|lahan parkir)\b", re.I)
#: Citizens doing something at the place: applying, registering, taking the aid, being served.
_ACT = re.compile(r"\b(?:pengajuan|mengajukan|ajukan|diajukan|permohonan|formulir|mendaftar|pendaftaran|daftar|"
                  r"mengambil|diambil|pengambilan|dilayani|mengurus|menanyakan|ditanyakan|silakan\s+datang|"
                  r"(?:di)?cetak\s+ulang|membayar|pembayaran)\b", re.I)
_AFFECTED = re.compile(r"\b(?:terendam|merendam|terdampak|tergenang|melanda|dilanda|diterjang|rusak|ambrol|"
                       r"longsor|kasus|ditemukan|korban|meluap|"
                       # a service stopped there ("aliran air akan terhenti total di wilayah: ...")
                       r"terhenti|padam|pemadaman|terganggu|gangguan|tidak\s+mengalir|aliran\s+kecil)\b", re.I)
#: Help that stands somewhere for citizens to fetch: a water tanker, a public kitchen, a health or aid post.
_HELP = re.compile(r"\b(?:(?:mobil|truk)\s+(?:tangki|air)|tangki\s+air|titik\s+tangki|air\s+bersih\s+gratis|"
                   r"dapur\s+umum|"
                   r"posko\s+(?:kesehatan|logistik|bantuan)|titik\s+(?:bantuan|distribusi|pengambilan)|"
                   # goods handed out there ("Masker medis dibagikan gratis di ... Puskesmas X")
                   r"(?:masker|sembako|logistik|air\s+bersih|makanan|obat)\s+(?:\w+\s+){0,2}?dibagikan)\b", re.I)
#: Where donors bring goods ("Bantuan dari masyarakat ... diterima di Posko Induk ..."): no shelter, no help to fetch.
_DROP_OFF = re.compile(r"\b(?:bantuan|donasi|sumbangan)\s+(?:[\w,]+\s+){0,8}?diterima\s+di\b", re.I)
#: A way round a closure: under a "Jalur alternatif:" heading, or right after "dialihkan ke" / "pengalihan ... lewat".
_DETOUR_HEAD = re.compile(r"\b(?:jalur|rute)\s+alternatif\b", re.I)
_DETOUR_BEFORE = re.compile(r"\b(?:dialihkan|pengalihan|alternatif|memutar|diarahkan)\b[^.;\n]{0,30}$", re.I)
#: A list heading that names the trouble ("Wilayah terdampak:"): its items stay the affected area.
_AFFECTED_HEADING = re.compile(r"\bterdampak\b", re.I)
#: Order of the lines: where to go first (X keeps the first; in an emergency the shelter, in a closure notice the
#: road closed), the trouble last.
_ORDER = (PLACE, CLOSED, DETOUR, SHELTER, HELP, PARKING, AFFECTED, RISK, DROP_OFF)


def _sentence(sheet: FactSheet, fact: Fact) -> str:
    """The fact's sentence, or the part of it between semicolons the fact stands in: a ";" parts two
    statements ("tim melakukan evakuasi ...; pompa dioperasikan di Jalan X": the road is no shelter)."""
    clause = sheet.clause_at(fact.start)
    if clause is None:
        return ""
    clauses = [c for c in sheet.clauses if c.sentence == clause.sentence]
    start, end = clauses[0].start, max(clauses[-1].end, fact.end)
    if ";" not in sheet.draft[start:end]:
        return " ".join(c.text for c in clauses)
    left = sheet.draft.rfind(";", start, fact.start) + 1 or start
    right = sheet.draft.find(";", fact.end, end)
    return sheet.draft[left : right if right >= 0 else end]


#: An item of a list: a bullet or a number opens its line.
_ITEM = re.compile(r"^\s*(?:[-•*▪–➡→►▶🔹🔸✅📍]\ufe0f?|\d{1,2}[.)])\s")


def _heading_line(line: str) -> bool:
    """A list's heading: it ends with a colon, or it is a short shouted line of a broadcast ("*TITIK PENGUNGSIAN
    SEMENTARA* 🏫", "*Wilayah yang diminta SIAGA:*"), emphasis and pictographs aside."""
    bare = "".join(ch for ch in line if unicodedata.category(ch) != "So" and ch not in "\ufe0f\u200d").strip(" *_\t")
    letters = [ch for ch in bare if ch.isalpha()]
    return bare.endswith(":") or (0 < len(bare) <= _HEADING_CHARS and bare[-1:] not in ".!?,;"
                                  and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters))


#: The longest line a shouted heading may be.
_HEADING_CHARS = 60


def heading(draft: str, offset: int) -> str:
    """The heading of the list the line at `offset` is an item of ("Lokasi pengungsian:" above "- SD Negeri 2
    Kutoharjo"), or ""."""
    start = draft.rfind("\n", 0, offset) + 1
    if not _ITEM.match(draft[start : start + 6]):
        return ""
    for line in reversed(draft[: max(0, start - 1)].split("\n")):
        if _heading_line(line):  # "📍 Titik kumpul:", "✅ Tenda ... sudah berdiri di:": a heading, bullet or not
            return line.strip()
        if not _ITEM.match(line):  # a short line right above the list, no sentence: "Titik pengungsian sementara"
            bare = line.strip(" *_\t")
            short = 2 <= len(bare.split()) and len(bare) <= _HEADING_CHARS and bare[-1:] not in ".!?,;"
            return bare if short else ""
    return ""


#: A document lost or damaged ("SPPT-nya hilang atau rusak", "KTP rusak"): a citizen's paper, no area hit.
_PAPER_DAMAGED = re.compile(r"\b(?:KTP|KK|SPPT|akta|kartu|dokumen|buku|sertifikat|sertipikat|ijazah|paspor|SIM|STNK|"
                            r"BPKB)"
                            r"\S*\s+(?:\w+\s+){0,3}?(?:hilang\s+atau\s+rusak|rusak(?:\s+atau\s+hilang)?)\b", re.I)


def role(sheet: FactSheet, fact: Fact) -> str:
    """What citizens do at the place `fact` names (one of the labels of `_ORDER`), read in its sentence and
    the heading of its list; a "posko" outside a warning is a service's desk, no shelter."""
    head = heading(sheet.draft, fact.start)
    start, _ = statement(sheet.draft, fact)  # a frame the reading cut ("membuka tiga lokasi pengungsian, yaitu")
    text = f"{head} {_sentence(sheet, fact)} {sheet.draft[start : fact.start]}"
    warning = sheet.kind in (DraftKind.EMERGENCY, DraftKind.APPEAL)
    flees = bool(_FLEE.search(text)) or bool(_GATHER.search(text)) and (
        sheet.kind == DraftKind.EMERGENCY or bool(_DANGER.search(sheet.draft)))
    if _DROP_OFF.search(text) and not flees:
        return DROP_OFF
    if _HELP.search(text) and not flees and not _AFFECTED_HEADING.search(head):
        return HELP
    if _DETOUR_HEAD.search(head) or _DETOUR_BEFORE.search(sheet.draft, max(0, fact.start - 45), fact.start):
        return DETOUR
    if _ACT.search(text) and not flees:
        return PLACE
    if _PARKING.search(text):
        return PARKING
    if _CLOSED.search(text) and not _SHELTER.search(text):
        return CLOSED
    if flees or warning and _SHELTER.search(_DESK.sub(" ", text)):
        return SHELTER
    if _CARE_VENUE.match(fact.text):  # "VAR bagi korban gigitan gratis di Puskesmas X": where the hurt go, no area hit
        return PLACE
    if _AFFECTED.search(_PAPER_DAMAGED.sub(" ", text)):
        return AFFECTED
    return RISK if warning and _AT_RISK.search(text) else PLACE


#: A place that treats or serves people: where citizens go, never an area a disaster or a disease hit.
_CARE_VENUE = re.compile(r"(?:Puskesmas|Pustu|Polindes|Poskesdes|Posyandu|RSUD|RSU|RS|Rumah\s+Sakit|Klinik|Apotek)\b")


Values = list[tuple[str, Fact]]
#: A place value that is a count ("412 posyandu", "11 kecamatan"): how many, not where.
_COUNT = re.compile(r"^\s*(?:di\s+)?\d[\d.,]*\s+\w")


#: A when that is a year alone ("sepanjang 2025"): the period of a report, no time to go anywhere.
_YEAR_ONLY = re.compile(r"^\D*\d{4}\D*$")


def _ceremonial(sheet: FactSheet, fact: Fact) -> bool:
    return any(c.ceremonial and c.start <= fact.start < c.end for c in sheet.clauses)


def _sentence_index(sheet: FactSheet, position: int) -> int | None:
    return next((c.sentence for c in sheet.clauses if c.start <= position < c.end), None)


def _scheduled(sheet: FactSheet, fact: Fact) -> bool:
    """A count of places said with a day or time ("pada 1 sampai 6 Februari di 24 puskesmas") is where
    citizens go, not a figure of the report."""
    here = _sentence_index(sheet, fact.start)
    return here is not None and any(
        f.slot == Slot.WHEN and not _YEAR_ONLY.match(f.text) and _sentence_index(sheet, f.start) == here
        for f in sheet.facts)


def place_groups(sheet: FactSheet, values: Values, said: str) -> list[tuple[str, Values]]:
    """(label, values) per role, in `_ORDER`; values a step says already ("Lapor ke Posko DBD ... lewat WhatsApp")
    are left out, even when no other place is left (the step's line names it), unless they are where to flee or to
    fetch help."""
    fresh = [(v, f) for v, f in values if v.lower() not in said.lower()] or [
        (v, f) for v, f in values if role(sheet, f) in (SHELTER, HELP)]  # where to flee or fetch help: always a line
    if sheet.kind == DraftKind.ACHIEVEMENT:
        fresh = [(v, f) for v, f in fresh  # an award with nothing for citizens says where it was given
                 if (not _COUNT.match(v) or _scheduled(sheet, f))
                 and not (sheet.citizen_benefit and _ceremonial(sheet, f))]
    groups: dict[str, Values] = {}
    for value, fact in fresh:
        groups.setdefault(role(sheet, fact), []).append((value, fact))
    first = SHELTER if sheet.kind == DraftKind.EMERGENCY else CLOSED  # where to flee; the road closed
    order = (first, *(label for label in _ORDER if label != first))
    return [(label, groups[label]) for label in order if label in groups]


#: A building named after the area it stands in ("Balai Desa Waleh" in Desa Waleh).
_BUILDING = frozenset({"balai", "kantor", "aula", "halaman", "gedung", "pendopo", "pendapa", "lapangan", "masjid",
                       "posko", "gor", "taman", "alun", "alun-alun", "pasar", "terminal", "ruang", "lantai"})


#: A part that names an area ("Desa Waleh", "Nagari Sungai Pisang"): said again after a building named after it.
_AREA = re.compile(r"^(?:Desa|Nagari|Kelurahan|Kampung|Gampong|Dusun|Kecamatan|Distrik|Negeri|Kalurahan|"
                   r"Kapanewon)\b", re.I)


def _repeats(part: str, words: set[str], other: set[str]) -> bool:
    """`part` (its `words`) names nothing `other` does not: the same place, the area of a building `other`
    names ("Kantor Wali Nagari Sungai Pisang" holds "Nagari Sungai Pisang")."""
    return words <= other and (other - words <= _BUILDING or bool(_AREA.match(part)))


def distinct_places(text: str) -> str:
    """A list of places without a part that only repeats another: "Balai Desa Waleh, Desa Waleh" and "Desa
    Lelilef, Balai Desa Lelilef" are the hall alone (its village said again); a part with a word of its own
    stays ("Kantor Desa Caracas, Sampora"; "SD Negeri 1, SD Negeri 1 Baru" are two schools)."""
    parts = text.split(", ")
    words = [{w.lower() for w in re.findall(r"[\w-]+", part)} for part in parts]
    kept = [part for i, part in enumerate(parts)
            if not words[i] or not any(j != i and _repeats(part, words[i], other) and (words[i] != other or j < i)
                                       for j, other in enumerate(words))]
    return ", ".join(kept)


#: Words that close a shortened list of places: no fact, only that the list goes on.
MORE_PLACES = "dan lokasi lain"


#: "dan" between two places ("Aula B dan Gedung C"), not inside a name ("Dinas Pemuda dan Olahraga").
_AND_PLACE = re.compile(r"^dan\s+|\s+dan\s+(?=(?:Terminal|Kantor|Balai|Aula|Gedung|Puskesmas|Pasar|Lapangan|Masjid|"
                        r"Gereja|SDN?|SMPN?|SMAN?|SMKN?|Kelurahan|Desa|Kecamatan|GOR|RSUD?|Posyandu|Halaman|Taman|"
                        r"Alun-alun|Stadion|Mal|Jalan|Pendopo|Pos|Posko|Polsek|Koramil|Kampung|Negeri|Dusun)\b)")


def first_places(text: str) -> tuple[str, ...]:
    """A list of places the draft wrote as one span ("Balai A, Aula B, Aula C dan Gedung D"), shortened
    to its first places and "dan lokasi lain", longest first (for X, beside a pointer to the rest)."""
    items = [part.strip() for item in text.split(",") for part in _AND_PLACE.split(item)]
    places: list[str] = []
    for item in (i for i in items if i):
        if places and tuple(item.lower().split()) in place_names():
            places[-1] += f", {item}"  # "Terminal Pulo Gebang, Jakarta Timur": the city of the place before
        else:
            places.append(item)
    if len(places) < 3:
        return ()
    return tuple(f"{', '.join(places[:n])}, {MORE_PLACES}" for n in range(len(places) - 1, 0, -1))


#: What the draft writes right after a place to say where in it or where it is: its floor ("lantai dua"),
#: its street ("Jalan Dewi Sartika No. 27", "(Jl. Siliwangi No. 84)"), a landmark beside it ("samping
#: Gereja ..."), its town ("di Purwokerto") or how many there are ("di 31 kecamatan"). Each part stops at
#: the next comma, full stop or line end; parts may follow one another ("lantai 2, Jalan ...").
_ADDRESS_PART = re.compile(
    r"(?:,\s*|\s+)(?:\((?:Jl\.|Jln\.|Jalan)\s[^()\n]{2,60}\)|(?:lantai|lt\.)\s+(?:\d+|[a-z]+)\b|"
    r"(?:Jl\.|Jln\.|Jalan)\s+[A-Z][^,.;\n()]{1,40}?(?:\s+(?:No\.|Nomor|Km)\s*\d+[A-Z]?(?:[,.]\d+)?(?:\s+[A-Z][a-z]+)?)?"
    r"(?<!\bNo)(?<!\bKm)(?=[,.;\n)]|\s+(?:di|dan)\b|$)|"
    r"(?:samping|depan|belakang|sebelah)\s+[A-Z][^,.;\n()]{2,40}?(?=[,.;\n]|$)|"
    r"di\s+(?:\d+\s+(?:kecamatan|kelurahan|desa|kabupaten|kota|puskesmas)(?:/(?:kota|kabupaten|kelurahan|desa))?|"
    r"(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)[A-Z][a-z]+(?=[,.;\n]|\s+(?:dengan|pada|mulai)\b)))")
#: How many parts an address may have ("lantai 2, Jalan Dewi Sartika No. 27": two).
ADDRESS_PARTS = 2


def with_address(draft: str, fact: Fact, value: str) -> str:
    """`value` of a place with the address the draft gives right after it, when it does and the value
    ends where the fact ends ("Mal Pelayanan Publik (MPP) Kota Bogor" + ", lantai 2, Jalan Dewi Sartika
    No. 27"): without it, citizens know the building but not where to find it."""
    if not value.rstrip(".").endswith(fact.text.rstrip(".").split()[-1] if fact.text.split() else " "):
        return value
    end, tail = fact.end, ""
    for _ in range(ADDRESS_PARTS):
        part = _ADDRESS_PART.match(draft, end)
        if part is None:
            break
        tail, end = tail + part.group(0), part.end()
    tail = tail.rstrip()
    return value + tail if tail and tail.strip(" ,").lower() not in value.lower() else value


#: Heads of the names a list repeats ("Desa Semuntai, Desa Lape, ... dan Desa Sungai Mawang").
_HEADS = ("Desa", "Kelurahan", "Kecamatan", "Puskesmas", "Posyandu", "Kantor", "Balai", "Kampung", "Negeri", "Dusun",
          "Samsat", "Pasar", "Lapangan", "SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "Kabupaten", "Kota", "Distrik")
_NAME = r"[A-Z0-9][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,3}"


def whole_names(draft: str, fact: Fact, value: str) -> str:
    """A value that ends on the first name of a list the draft goes on with ("... sasaran Desa Semuntai" +
    ", Desa Lape, Desa Penyeladi dan Desa Sungai Mawang"), with the rest of the list: the first name alone
    reads as the only one."""
    # a known head, or any capitalised word opening the last name when the list repeats it ("Halte Jodoh,
    # Halte Tanjung Uncang dan Halte Batu Aji"): the repeated head is what makes it a list
    last = (re.search(rf"\b({'|'.join(_HEADS)})\s+{_NAME}$", fact.text)
            or re.search(rf"\b([A-Z][a-z]{{2,}})\s+{_NAME}$", fact.text))
    if last is None or not value.endswith(fact.text.split()[-1]):
        return value
    joiner = r"(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)"
    more = re.match(rf"(?:{joiner}{last.group(1)}\s+{_NAME})+", draft[fact.end :])
    if more is None and last.group(1) in _HEADS:  # "Kelurahan Tubo" + ", Marikurubu dan Moya": one head for all
        more = _UNHEADED.match(draft, fact.end)
    return value + more.group(0) if more else value


#: The rest of a list of names under the first one's head, closed by "dan"/"serta" (", Marikurubu dan Moya").
_UNHEADED = re.compile(r"(?:,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})*,?\s+(?:dan|serta)\s+[A-Z][\w'-]*"
                       r"(?:\s+[A-Z][\w'-]*){0,2}(?=[\s,.;:)]|$)")
