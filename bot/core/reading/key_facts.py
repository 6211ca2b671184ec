"""Key facts copied verbatim from a draft: when, where, cost, requirements, the event's
name and topic hashtags. The offline engine builds its labelled lines (Kapan, Di mana,
Biaya, Syarat) and hashtags with these helpers; every value is a span of the draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.core import lexicon
from bot.core.fact_scan import Located, scan_facts
from bot.core.lexicon_data import (
    FUNCTION_WORDS,
    IMPACT_WORDS,
    KNOWN_ACRONYMS,
    NAME_STOP,
)

_WHEN_GAP = re.compile(
    r"[\s,()–—\-]*(?:(?:pukul|jam|s\.\s?d\.?|s/d|sampai(?: dengan)?|hingga|dan|serta|&|mulai|sejak|setiap|tiap|pada"
    # "tetap", "buka" between a day range and its hours ("Senin–Jumat tetap 07.30–15.00"); Javanese market days
    r"|tanggal|hari|tetap|juga|buka|WIB|WITA|WIT|Legi|Pahing|Pon|Wage|Kliwon)[\s,()–—\-]*){0,3}", re.I)
#: Hours said for every day after a list of days ("..., Jumat (5/3), setiap hari mulai pukul 08.00"): the hours of
#: all the days, no part of the last one.
_EVERY_DAY_AFTER = re.compile(r"\)?\s*,\s*(?:setiap|tiap)\s+hari\b", re.I)
_WHEN_PREFIX = re.compile(
    r"\b(?:mulai|dimulai(?:\s+pada)?|sejak|hingga|sampai|paling lambat|setiap|tiap|selama|sebelum|sesudah|setelah"
    r"|batas|(?:ditargetkan\s+)?selesai(?:\s+pada)?)\s+(?:hari\s+|tanggal\s+)?$", re.I)
_PREFIX_WORDING = ((re.compile(r"^dimulai(?:\s+pada)?\b", re.I), "mulai"),
                   (re.compile(r"^ditargetkan\s+selesai(?:\s+pada)?\b", re.I), "target selesai"),
                   (re.compile(r"^selesai\s+pada\b", re.I), "selesai"))
_DAY_IN_NAME = re.compile(r"\s+(?!(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
                          r"Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Legi|Pahing|Pon|Wage|Kliwon)\b)[A-Z][a-z]")
#: A weekday right after a place's head is a word of its name ("Pasar Minggu", "Jalan Sabtu Indah", "Kampung Rabu"),
#: never the day of the schedule.
_HEAD_BEFORE_DAY = re.compile(r"(?:\b(?:Pasar|Jalan|Gang|Lorong|Kampung|Kelurahan|Desa|Dusun|Nagari|Gampong|Terminal|"
                              r"Stasiun|Halte|Simpang|Posyandu|Puskesmas|Kebon|Kebun|Rawa|Tanah)|\bJln?\.|\bKel\.)"
                              r"[ \t]+$")
_CAPWORD = r"(?:[A-Z][\w'’\-]*\.?|No\.\s?\d+\w*|Nomor\s\d+\w*|\d+[A-Za-z]?|RT\.?\s?\d+|RW\.?\s?\d+)"
_ADDRESS_TAIL = (rf"(?:,?\s*(?:dan\s+)?(?:Jl\.|Jalan|Kec\.|Kecamatan|Kel\.|Kelurahan|Kota|Kabupaten|Kab\.|Desa)"
                 rf"(?:\s+{_CAPWORD}){{1,6}})*")
_PLACE_CAP = re.compile(
    rf"\b(?:di|bertempat di|berlokasi di|lokasi(?:nya)?\s*:?)\s+((?:(?:Jl\.|Jln\.|Jalan)\s+)?[A-Z][\w'’\-]*\.?"
    rf"(?:\s+{_CAPWORD}){{0,8}}{_ADDRESS_TAIL})")
_PLACE_FROM = re.compile(
    rf"\bdari\s+((?:Terminal|Stasiun|Bandara|Pelabuhan|Gedung|Kantor|Lapangan)(?:\s+{_CAPWORD}){{1,6}})")
_PLACE_LOW = re.compile(
    r"\bdi\s+((?:kantor|balai|aula|puskesmas|sekolah|kelurahan|kecamatan|desa|masjid|posyandu|lapangan|taman|gedung|"
    r"pasar|terminal|stasiun|loket|gerai|bantaran|kawasan|halaman|lingkungan)\b"
    r"(?:\s+(?!(?:pada|mulai|setiap|oleh|untuk|dengan|dan|hingga|sampai|yang|"
    r"atau|secara|selama|sebagai|tanpa)\b|(?-i:(?:di|me[mny]?|ber|ter)[a-z]{3,})\b)[\w\-]+){0,3}" + _ADDRESS_TAIL + ")")
_PLACE_COUNT = re.compile(
    r"\bdi\s+(?:seluruh\s+|semua\s+)?(\d+\s+[a-z]+(?:\s+se-[\w\-]+(?:\s+[A-Z][\w\-]*){0,3}|(?:\s+[A-Z][\w\-]*){1,3})?)")
_PLACE_ITEM = (r"(?:(?:kantor|gerai|loket|minimarket|swalayan|toko|aplikasi|bank|puskesmas|klinik|apotek|kelurahan|"
               r"kecamatan|balai|posko|terminal|stasiun|pasar|gedung|sekolah|masjid|taman|lapangan|rumah|mal|desa|"
               r"situs|laman)\b|(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)[A-Z][\w\-]+)"
               r"(?:\s+[A-Za-z][\w\-]*){0,3}?")
_PLACE_LIST = re.compile(rf"((?:,\s+{_PLACE_ITEM})*,?\s+(?:atau|dan)\s+{_PLACE_ITEM})"
                         r"(?=\s+(?:dengan|untuk|pada|mulai|setiap|secara|sesuai)\b|\s*[,.;]|\s*$)")
_VENUE = re.compile(
    r"^(?:Jl\.|Jln\.|Jalan|Gedung|Taman|Balai|Aula|Kantor|Puskesmas|RSUD|Rumah|Lapangan|Masjid|Kecamatan|"
    r"Kelurahan|Alun|GOR|Mal|Pasar|Stadion|Pendopo|Hotel|Gelanggang|Terminal|Stasiun|Sekolah|SD|SMP|SMA|SMK|"
    r"Perpustakaan|Museum|Plaza|Posyandu|Kampus|Universitas|Graha|Pusat)\b")
_NOT_PLACE = frozenset({"instagram", "facebook", "tiktok", "whatsapp", "youtube", "twitter", "x", "aplikasi", "laman"})
FREE = re.compile(
    r"\b(?:gratis+|tidak dipungut biaya|tanpa dipungut biaya|tanpa biaya|tidak dikenakan biaya|bebas biaya|"
    r"tidak berbayar|(?<!masa\s)bebas\s+(?:sewa|retribusi|tiket(?:\s+masuk)?|iuran|ongkos))\b", re.I)
_PER_UNIT = re.compile(r"\s*(?:per|/)\s*(?:orang|peserta|anak|bulan|tahun|unit|kemasan|liter|kilogram|kg|paket|"
                       r"lembar|buah|kali|hari|malam)\b", re.I)
_NEW_CLAUSE = re.compile(r",?\s+(?:dan|serta|sedangkan)\s+(?:setiap|tiap|para|bagi|anak|warga|peserta|pemohon)\b"
                         r"|,\s+(?:sedangkan|namun|tetapi)\b|,?\s+serta\s+(?:melakukan|mengisi|mendaftar)\b", re.I)
_PROGRAM = re.compile(r"\b(?:Program|Gerakan|Layanan|Festival|Bursa|Pekan|Bulan|Operasi|Pelatihan|Lomba|Pameran)"
                      r"((?:\s+[A-Z][a-z]+){1,3})")
_COST_WORDS = re.compile(r"\b(?:biaya|harga|tarif|bayar|membayar|seharga|dijual|retribusi|iuran|per orang|"
                         r"per peserta|tiket|ongkos)\b", re.I)
_REQ_VERB = re.compile(r"\b(?:(?:cukup|wajib|harus|hanya perlu|perlu)\s+)?(?:dengan\s+)?(?:membawa|bawa|menunjukkan|"
                       rf"melampirkan)\s+{lexicon.IN_CLAUSE}{{3,}}", re.I)
_REQ_LIST = re.compile(r"\b(?:syarat(?:nya)?|persyaratan|dokumen(?: yang)? (?:disiapkan|diperlukan|dibawa|"
                       r"dilampirkan))(?:\s+(?:adalah|meliputi|yaitu|berupa))?\s*:?\s+"
                       rf"({lexicon.IN_CLAUSE}{{3,}})", re.I)
_TAG_STOP = frozenset({
    "pekerjaan", "bentuk", "apresiasi", "keadaan", "informasi", "kegiatan", "program", "pelaksanaan", "juknis",
    "tahun", "sebesar", "sekitar", "sebanyak", "melalui", "berdasarkan", "selama", "sebagai", "layanan", "salah",
    "satu", "penambahan", "operasi", "launching", "acara", "pemerintah", "daerah", "peserta", "pelayanan", "mulai",
    "laman", "aplikasi", "tinggal", "taman", "kelas", "sasaran", "seluruh", "tersebut", "lengkap", "lewat",
    "bantaran", "sementara", "persen", "maksimal", "orang", "kurang", "sebelum", "sesudah", "setelah",
    "antre", "sekali", "hanya", "masing", "paling", "lambat", "pembayaran", "jalan", "kerja",
    "ingin",
})


def _when_locs(sentence: str, locs: Sequence[Located] | None = None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for loc in scan_facts(sentence) if locs is None else locs:
        if loc.fact.kind not in ("date", "time"):
            continue
        if loc.fact.key.startswith("date:day-") and (_DAY_IN_NAME.match(sentence[loc.end :])
                                                     or _HEAD_BEFORE_DAY.search(sentence, 0, loc.start)):
            continue
        if spans and loc.start < spans[-1][1]:
            continue
        spans.append((loc.start, loc.end))
    return spans


def when_runs(sentence: str, locs: Sequence[Located] | None = None) -> list[tuple[int, int]]:
    """Start/end of each run of day, date and time expressions in `sentence`; `locs`, when given,
    are the facts of `sentence` already scanned (offsets into `sentence`), so a caller that scanned
    the whole draft once need not scan each sentence again."""
    runs: list[tuple[int, int]] = []
    for start, end in _when_locs(sentence, locs):
        gap = sentence[runs[-1][1] : start] if runs else ""
        if runs and _WHEN_GAP.fullmatch(gap) and not _EVERY_DAY_AFTER.match(gap):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    out = []
    for start, end in runs:
        tail = re.match(r"\s*(?:WIB|WITA|WIT)\b", sentence[end:])
        out.append((start, end + (tail.end() if tail else 0)))
    return out


def _balanced(value: str) -> str:
    value = value.strip(" ,;")
    if value.count("(") > value.count(")"):
        value = value.replace("(", "", value.count("(") - value.count(")"))
    elif value.count(")") > value.count("("):
        value = value[::-1].replace(")", "", value.count(")") - value.count("("))[::-1]
    return re.sub(r"\s{2,}", " ", value).strip(" ,;")


def when_value(sentence: str) -> str:
    """The when-phrases of `sentence` ("Setiap Sabtu pukul 08.00–12.00 WIB; mulai 7 Maret 2026")."""
    parts = []
    for start, end in when_runs(sentence)[:3]:
        prefix = _WHEN_PREFIX.search(sentence[max(0, start - 30) : start])
        lead_in = prefix.group(0) if prefix else ""
        for pattern, wording in _PREFIX_WORDING:
            lead_in = pattern.sub(wording, lead_in)
        parts.append(_balanced(lead_in + sentence[start:end]))
    return lexicon.capitalize_first("; ".join(p for p in parts if p))


def place(sentences: Iterable[str]) -> str:
    """The best "where" phrase in the sentences (earlier sentences and venues preferred)."""
    best: tuple[int, str] | None = None
    for rank, sentence in enumerate(sentences):
        found = [(3, m) for m in _PLACE_CAP.finditer(sentence)]
        found += [(3, m) for m in _PLACE_FROM.finditer(sentence)]
        found += [(2, m) for m in _PLACE_LOW.finditer(sentence)]
        found += [(2, m) for m in _PLACE_COUNT.finditer(sentence)]
        for bonus, m in found:
            value = re.sub(r"(?:\s+(?:dan|di|ke|de|bin|lantai))+$", "", m.group(1).rstrip(" ,.")).strip()
            more = _PLACE_LIST.match(sentence, m.start(1) + len(value))
            value += more.group(1) if more else ""
            words = lexicon.words(value)
            if not words or words[0].lower() in _NOT_PLACE or words[0].lower() in (
                "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"
            ):
                continue
            if bonus == 3 and not _VENUE.match(value) and len(words) == 1 and lexicon.is_ordinary_word(words[0]):
                continue
            score = (bonus if bonus == 2 or _VENUE.match(value) else 0) - rank
            if best is None or score > best[0]:
                best = (score, value)
    return lexicon.capitalize_first(best[1]) if best else ""


def cost(sentences: Iterable[str]) -> tuple[str, str]:
    """("Biaya" or "Harga", value): "Gratis", "Tidak dipungut biaya" or an amount copied with its unit."""
    items = list(sentences)
    for sentence in items:
        m = FREE.search(sentence)
        if m:
            return "Biaya", lexicon.capitalize_first(m.group(0).lower())
    for sentence in items:
        for loc in scan_facts(sentence):
            if loc.fact.kind == "money" and _COST_WORDS.search(sentence):
                tail = _PER_UNIT.match(sentence[loc.end :])
                label = "Harga" if re.search(r"\b(?:harga|dijual|seharga)\b", sentence, re.I) else "Biaya"
                return label, sentence[loc.start : loc.end + (tail.end() if tail else 0)].strip()
    return "Biaya", ""


def requirement(sentence: str) -> str:
    """What to bring or prepare, copied from the sentence ("Cukup membawa KTP asli")."""
    listed = _REQ_LIST.search(sentence)
    verb = _REQ_VERB.search(sentence)
    if listed:
        value = listed.group(1)
    elif verb:
        value = re.sub(r"^dengan\s+", "", verb.group(0), flags=re.I)
    else:
        return ""
    value = _NEW_CLAUSE.split(value)[0]
    return lexicon.capitalize_first(value.strip(" ,"))


_EVENT_VERB = re.compile(
    r"\b(?:menghadiri|membuka|meresmikan|meluncurkan|menggelar|menyelenggarakan|mengadakan|mengikuti|"
    r"meninjau|menyerahkan|membagikan|memimpin)\s+", re.I)
_EVENT_STOP = re.compile(
    r"\s+(?:di|pada|yang|bertempat|berlokasi|bersama|didampingi|dalam|untuk|sebagai|selama|mulai|kepada|antara"
    r"|tentang)\b|[,.;:!?(]")
_EVENT_NOUN = re.compile(r"^(?:(?:secara resmi|sekaligus|acara|kegiatan|pembukaan|peresmian|peluncuran|launching)\s+)+",
                         re.I)

_CEREMONY_NOUN = re.compile(
    r"^(?:penyerahan|penandatanganan|rapat|apel|kunjungan|audiensi|pencanangan|peninjauan|peletakan|upacara|"
    r"pelantikan|silaturahmi|sosialisasi|pertemuan|seminar|lokakarya|workshop|bimtek|rakor|evaluasi)\b", re.I)


def event_phrase(sentence: str) -> str:
    """"Pelatihan barista gratis" out of "... menghadiri pembukaan Pelatihan barista gratis di ..."."""
    verb = _EVENT_VERB.search(sentence)
    if not verb:
        return ""
    rest = sentence[verb.end() :]
    stop = _EVENT_STOP.search(rest)
    phrase = _EVENT_NOUN.sub("", rest[: stop.start()] if stop else rest).strip()
    if (not 6 <= len(phrase) <= 100 or len(lexicon.words(phrase)) < 2 or lexicon.is_ceremonial(phrase)
            or _CEREMONY_NOUN.match(phrase)):
        return ""
    return lexicon.capitalize_first(phrase)


def _is_topic_word(word: str) -> bool:
    low = word.lower()
    return (len(low) >= 5 and word.islower() and low not in _TAG_STOP and low not in IMPACT_WORDS
            and low not in FUNCTION_WORDS and not re.match(r"^(?:me|di|ber|ter|se|ke)", low))


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?\b")
_SUBJECT_VENUE = re.compile(
    r"\b(?:Jalan|Perpustakaan|Gedung|Taman|Pasar|Stadion|Museum|Terminal|Rumah Pompa|Mal|Alun-Alun|Balai|Gelanggang)"
    r"(?:\s+[A-Z][a-z]+){1,3}")
_HAZARDS = ("banjir", "longsor", "genangan", "kebakaran", "gempa", "tsunami", "kekeringan", "erupsi", "puting beliung")


#: Longest all-capitals word a hashtag keeps in capitals without knowing it is an acronym (DBD, UMKM).
ACRONYM_CHARS = 4


def tag_word(word: str) -> str:
    """A word as a hashtag writes it: capitalised; an acronym stays in capitals, but a word the draft
    shouts in capitals ("BANJIR", "GRATIS") is written in normal case ("Banjir")."""
    if word.isupper() and word not in KNOWN_ACRONYMS and (
            len(word) > ACRONYM_CHARS or len(word) >= 3 and lexicon.is_ordinary_word(word)):  # "CEK" is "Cek"
        return word[:1] + word[1:].lower()
    return word[:1].upper() + word[1:]


def _camel(words: list[str]) -> str:
    return "".join(tag_word(w) for w in words)


def _acronym_tag(source: str) -> str:
    for acronym in _ACRONYM.findall(source):
        if "-" in acronym or (len(acronym) >= 3 and acronym not in KNOWN_ACRONYMS):
            return acronym.replace("-", "")
    return ""


_LOW_PROGRAM = re.compile(r"\b(gerakan|pekan|bulan|festival|lomba|pelatihan|pasar)((?:\s+[a-z]{3,}){1,2})")


def _lead_tag(lead: str, alert: bool) -> str:
    """A programme the lead names ("gerakan bersih sungai"), a place it is about ("Jalan Ahmad
    Yani") or, for warnings, the hazards it names."""
    program = _LOW_PROGRAM.search(lead)
    if program:
        words = [program.group(1)]
        for word in program.group(2).split():
            if word in FUNCTION_WORDS or re.match(r"^(?:me|di)[a-z]{3,}", word):
                break
            words.append(word)
        if len(words) >= 2:
            return _camel(words)
    if alert:
        hazards = [h for h in _HAZARDS if re.search(rf"\b{h}\b", lead, re.I)]
        if hazards:
            return _camel(" ".join(hazards[:2]).split())
    venue = _SUBJECT_VENUE.search(lead)
    if venue and venue.start() <= 40:
        words = venue.group(0).replace("-", " ").split()
        cut = next((i for i, w in enumerate(words) if w.lower() in ("kota", "kabupaten", "provinsi")), len(words))
        if cut >= 2:
            return _camel(words[:cut])
    return ""


def topic_tags(text: str, title: str, lead: str, plain: str = "", event: str = "", alert: bool = False) -> list[str]:
    """CamelCase hashtags built only from words of the draft: the place, then the topic.

    `text` is the whole draft, `title` the event phrase, `lead` the lead sentence, `plain`
    the draft without its ceremonial sentences (the topic is never taken from the ceremony),
    `event` the programme's name ("Pekan Vaksinasi Keluarga") and `alert` marks a warning.
    """
    tags: list[str] = []
    for m in re.finditer(r"\b(Kota|Kabupaten|Provinsi)\s+([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?", text):
        second = m.group(3) if m.group(3) and m.group(3).lower() not in NAME_STOP else ""
        tags.append(m.group(1) + m.group(2) + second)
        break
    event_words = re.findall(r"[A-Za-z][\w]*", event)
    if 2 <= len(event_words) <= 3:
        return tags + [_camel(event_words)]
    for source in (event, title, lead):
        acronym = _acronym_tag(source)
        if acronym:
            return tags + [acronym]
    words = [w for w in re.findall(r"[A-Za-z][a-z]+", title) if w.lower() not in _TAG_STOP][:3]
    if len(words) >= 2:
        return tags + [_camel(words)]
    if len(event_words) > 3:
        return tags + [_camel(event_words[:3])]
    program = _PROGRAM.search(text)
    if program:
        return tags + [program.group(1).replace(" ", "")]
    subject = _lead_tag(lead, alert)
    if subject:
        return tags + [subject]
    lead_words = lexicon.words(re.sub(r"\S+\.\S+", " ", lead))
    for word, nxt in zip(lead_words, lead_words[1:], strict=False):
        if _is_topic_word(word) and (_is_topic_word(nxt) or (lexicon.is_acronym(nxt) and len(nxt) <= 5)):
            return tags + [word.capitalize() + nxt[:1].upper() + nxt[1:]]
    first = next((w for w in lead_words if _is_topic_word(w)), "")
    for m in re.finditer(rf"\b{re.escape(first)}\s+([a-z]{{4,}})\b", plain if first else ""):
        if _is_topic_word(m.group(1)):
            return tags + [first.capitalize() + m.group(1).capitalize()]
    content = [w for w in re.findall(r"\b[a-z]{5,}\b", plain or text) if _is_topic_word(w)]
    frequent = [w for w in content if content.count(w) >= 2]
    if frequent:
        return tags + [max(frequent, key=lambda w: (content.count(w), -content.index(w))).capitalize()]
    if first:
        return tags + [first.capitalize()]
    return tags
