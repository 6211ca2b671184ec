"""Post assembly shared by every engine: hashtags, blocks in priority order, and the
guarantee that a post fits its platform's hard limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core import lexicon
from bot.core.facts import scan_facts
from bot.core.lexicon_data import FUNCTION_WORDS, IMPACT_WORDS, KNOWN_ACRONYMS, NAME_STOP
from bot.core.models import PlatformName
from bot.core.platforms import SPECS, post_length

ELLIPSIS = "…"
_TAG_LINE = re.compile(r"^(?:\s*#\w+)+\s*$")


def normalize_hashtag(tag: str) -> str:
    """"#KotaBandung" from "kota bandung", "#KotaBandung" or "Kota-Bandung"; "" when nothing is left."""
    tag = tag.strip().lstrip("#")
    parts = re.split(r"[^\w]+|_", tag)
    if len(parts) == 1 and parts[0] and not parts[0].islower():
        body = parts[0]
    else:
        body = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return f"#{body}" if body else ""


def merge_hashtags(*groups: Iterable[str], cap: int) -> list[str]:
    """Hashtags in order, case-insensitively unique, at most `cap`."""
    out: list[str] = []
    seen: set[str] = set()
    for group in groups:
        for raw in group:
            tag = normalize_hashtag(raw)
            if tag and tag.lower() not in seen:
                seen.add(tag.lower())
                out.append(tag)
    return out[: max(cap, 0)]


def truncate_words(platform: PlatformName, text: str, limit: int) -> str:
    """`text` cut at a word boundary with "…" so its platform length is at most `limit`."""
    if post_length(platform, text) <= limit:
        return text
    if limit <= 0:
        return ""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if post_length(platform, text[:mid].rstrip() + ELLIPSIS) <= limit:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > lo // 2:
        cut = cut[:space]
    cut = cut.rstrip(" ,;:-–—\n")
    if not cut:
        return ELLIPSIS if post_length(platform, ELLIPSIS) <= limit else ""
    return cut + ELLIPSIS


def _strip_tags(text: str, hashtags: list[str]) -> str:
    """Drop trailing hashtag lines and the given tags at the end of `text`."""
    lines = text.rstrip().split("\n")
    while lines and _TAG_LINE.match(lines[-1]):
        lines.pop()
    body = "\n".join(lines).rstrip()
    for tag in sorted(hashtags, key=len, reverse=True):
        if tag and body.endswith(tag):
            body = body[: -len(tag)].rstrip()
    return body


def join_tags(platform: PlatformName, body: str, tags: list[str]) -> str:
    if not tags:
        return body
    sep = " " if platform == "x" and "\n" not in body.strip() else "\n\n"
    return f"{body}{sep}{' '.join(tags)}"


def fit_to_limit(platform: PlatformName, text: str, hashtags: list[str]) -> str:
    """Text plus as many of `hashtags` as fit, cut at a word boundary if the text alone is too long.

    `text` may already end with the hashtags; they are taken off and put back as room allows.
    """
    limit = SPECS[platform].limit
    tags = [t for t in (normalize_hashtag(h) for h in hashtags) if t]
    body = _strip_tags(text, tags) if tags else text.rstrip()
    for count in range(len(tags), -1, -1):
        candidate = join_tags(platform, body, tags[:count])
        if post_length(platform, candidate) <= limit:
            return candidate
    return truncate_words(platform, body, limit)


@dataclass
class Block:
    """A piece of a post; blocks with the lowest priority are dropped first when space runs out."""

    text: str
    priority: int


def assemble(
    platform: PlatformName, blocks: list[Block], hashtags: list[str], sep: str = "\n\n"
) -> tuple[str, list[str]]:
    """Join non-empty blocks; drop low-priority blocks, then hashtags, until the post fits.

    Returns the text and the hashtags it contains.
    """
    limit = SPECS[platform].limit
    live = [Block(b.text.strip(), b.priority) for b in blocks if b.text.strip()]
    tags = list(hashtags)
    shortened = False
    while True:
        body = sep.join(b.text for b in live)
        text = join_tags(platform, body, tags)
        length = post_length(platform, text)
        if length <= limit:
            return text, tags
        top = max((b.priority for b in live), default=0)
        droppable = [b for b in live if b.priority < top]
        if tags:
            tags = tags[:-1]
        elif droppable:
            live.remove(min(droppable, key=lambda b: (b.priority, -live.index(b))))
        elif live and not shortened:
            longest = max(live, key=lambda b: post_length(platform, b.text))
            room = limit - (length - post_length(platform, longest.text))
            longest.text = truncate_words(platform, longest.text, room)
            shortened = True
        else:
            return fit_to_limit(platform, body, []), []


# --- key facts, copied verbatim from a draft ------------------------------------------------
# Helpers any engine can use to build labelled lines (Kapan, Di mana, Biaya, Syarat).

_WHEN_GAP = re.compile(
    r"[\s,()–—\-]*(?:(?:pukul|jam|s\.\s?d\.?|s/d|sampai(?: dengan)?|hingga|dan|serta|mulai|sejak|setiap|tiap|pada"
    r"|WIB|WITA|WIT)[\s,()–—\-]*){0,3}", re.I)
_WHEN_PREFIX = re.compile(
    r"\b(?:mulai|sejak|hingga|sampai|paling lambat|setiap|tiap|selama|sebelum|sesudah|setelah|batas)\s+"
    r"(?:hari\s+|tanggal\s+)?$", re.I)
_DAY_IN_NAME = re.compile(r"\s+(?!(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
                          r"Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)[A-Z][a-z]")
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
    r"atau|secara|selama|sebagai|tanpa)\b)[\w\-]+){0,3}" + _ADDRESS_TAIL + ")")
_PLACE_COUNT = re.compile(
    r"\bdi\s+(?:seluruh\s+|semua\s+)?(\d+\s+[a-z]+(?:\s+se-[\w\-]+(?:\s+[A-Z][\w\-]*){0,3}|(?:\s+[A-Z][\w\-]*){1,3})?)")
_VENUE = re.compile(
    r"^(?:Jl\.|Jln\.|Jalan|Gedung|Taman|Balai|Aula|Kantor|Puskesmas|RSUD|Rumah|Lapangan|Masjid|Kecamatan|"
    r"Kelurahan|Alun|GOR|Mal|Pasar|Stadion|Pendopo|Hotel|Gelanggang|Terminal|Stasiun|Sekolah|SD|SMP|SMA|SMK|"
    r"Perpustakaan|Museum|Plaza|Posyandu|Kampus|Universitas|Graha|Pusat)\b")
_NOT_PLACE = frozenset({"instagram", "facebook", "tiktok", "whatsapp", "youtube", "twitter", "x", "aplikasi", "laman"})
_FREE = re.compile(
    r"\b(?:gratis|tidak dipungut biaya|tanpa dipungut biaya|tanpa biaya|tidak dikenakan biaya|bebas biaya|"
    r"tidak berbayar)\b", re.I)
_PER_UNIT = re.compile(r"\s*(?:per|/)\s*(?:orang|peserta|anak|bulan|tahun|unit|kemasan|liter|kilogram|kg|paket|"
                       r"lembar|buah|kali|hari|malam)\b", re.I)
_NEW_CLAUSE = re.compile(r",?\s+(?:dan|serta|sedangkan)\s+(?:setiap|tiap|para|bagi|anak|warga|peserta|pemohon)\b"
                         r"|,\s+(?:sedangkan|namun|tetapi)\b", re.I)
_PROGRAM = re.compile(r"\b(?:Program|Gerakan|Layanan|Festival|Bursa|Pekan|Bulan|Operasi|Pelatihan|Lomba|Pameran)"
                      r"((?:\s+[A-Z][a-z]+){1,3})")
_COST_WORDS = re.compile(r"\b(?:biaya|harga|tarif|bayar|membayar|seharga|dijual|retribusi|iuran|per orang|"
                         r"per peserta|tiket|ongkos)\b", re.I)
_REQ_VERB = re.compile(r"\b(?:(?:cukup|wajib|harus|hanya perlu|perlu)\s+)?(?:dengan\s+)?(?:membawa|bawa|menunjukkan|"
                       r"melampirkan)\s+[^.;!?\n]{3,}", re.I)
_REQ_LIST = re.compile(r"\b(?:syarat(?:nya)?|persyaratan|dokumen(?: yang)? (?:disiapkan|diperlukan|dibawa|"
                       r"dilampirkan))(?:\s+(?:adalah|meliputi|yaitu|berupa))?\s*:?\s+([^.;!?\n]{3,})", re.I)
_TAG_STOP = frozenset({
    "pekerjaan", "bentuk", "apresiasi", "keadaan", "informasi", "kegiatan", "program", "pelaksanaan", "juknis",
    "tahun", "sebesar", "sekitar", "sebanyak", "melalui", "berdasarkan", "selama", "sebagai", "layanan", "salah",
    "satu", "penambahan", "operasi", "launching", "acara", "pemerintah", "daerah", "peserta", "pelayanan", "mulai",
    "laman", "aplikasi", "tinggal", "taman", "kelas", "sasaran", "seluruh", "tersebut", "lengkap", "lewat",
    "bantaran", "sementara", "selama", "persen", "maksimal", "orang", "kurang", "sebelum", "sesudah", "setelah",
    "antre", "sekali", "hanya", "masing", "paling", "lambat",
})


def _when_locs(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for loc in scan_facts(sentence):
        if loc.fact.kind not in ("date", "time"):
            continue
        if loc.fact.key.startswith("date:day-") and _DAY_IN_NAME.match(sentence[loc.end :]):
            continue
        if spans and loc.start < spans[-1][1]:
            continue
        spans.append((loc.start, loc.end))
    return spans


def when_runs(sentence: str) -> list[tuple[int, int]]:
    """Start/end of each run of day, date and time expressions in `sentence`."""
    runs: list[tuple[int, int]] = []
    for start, end in _when_locs(sentence):
        if runs and _WHEN_GAP.fullmatch(sentence[runs[-1][1] : start]):
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
        parts.append(_balanced((prefix.group(0) if prefix else "") + sentence[start:end]))
    return lexicon.capitalize_first("; ".join(p for p in parts if p))


def place(sentences: Iterable[str]) -> str:
    """The best "where" phrase in the sentences (earlier sentences and venues preferred)."""
    best: tuple[int, str] | None = None
    for rank, sentence in enumerate(sentences):
        found = [(3, m.group(1)) for m in _PLACE_CAP.finditer(sentence)]
        found += [(3, m.group(1)) for m in _PLACE_FROM.finditer(sentence)]
        found += [(2, m.group(1)) for m in _PLACE_LOW.finditer(sentence)]
        found += [(2, m.group(1)) for m in _PLACE_COUNT.finditer(sentence)]
        for bonus, raw in found:
            value = re.sub(r"(?:\s+(?:dan|di|ke|de|bin|lantai))+$", "", raw.rstrip(" ,.")).strip()
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
        m = _FREE.search(sentence)
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


def topic_tags(text: str, title: str, lead: str, plain: str = "") -> list[str]:
    """CamelCase hashtags built only from words of the draft: the place, then the topic.

    `text` is the whole draft, `title` the event name, `lead` the lead sentence and `plain`
    the draft without its ceremonial sentences (the topic is never taken from the ceremony).
    """
    tags: list[str] = []
    for m in re.finditer(r"\b(Kota|Kabupaten|Provinsi)\s+([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?", text):
        second = m.group(3) if m.group(3) and m.group(3).lower() not in NAME_STOP else ""
        tags.append(m.group(1) + m.group(2) + second)
        break
    for source in (title, lead):
        acronyms = [a for a in re.findall(r"\b[A-Z][A-Z0-9]{2,5}\b", source) if a not in KNOWN_ACRONYMS]
        if acronyms:
            return tags + [acronyms[0]]
    words = [w for w in re.findall(r"[A-Za-z][a-z]+", title) if w.lower() not in _TAG_STOP][:3]
    if len(words) >= 2:
        return tags + ["".join(w[:1].upper() + w[1:] for w in words)]
    program = _PROGRAM.search(text)
    if program:
        return tags + [program.group(1).replace(" ", "")]
    lead_words = lexicon.words(re.sub(r"\S+\.\S+", " ", lead))
    for word, nxt in zip(lead_words, lead_words[1:]):
        if _is_topic_word(word) and (_is_topic_word(nxt) or (lexicon.is_acronym(nxt) and len(nxt) <= 5)):
            return tags + [word.capitalize() + nxt[:1].upper() + nxt[1:]]
    content = [w for w in re.findall(r"\b[a-z]{5,}\b", plain or text) if _is_topic_word(w)]
    frequent = [w for w in content if content.count(w) >= 2]
    if frequent:
        return tags + [max(frequent, key=lambda w: (content.count(w), -content.index(w))).capitalize()]
    first = next((w for w in lead_words if _is_topic_word(w)), "")
    if first:
        return tags + [first.capitalize()]
    return tags
