"""Answer a citizen's question from the context draft, slot by slot, without a language model.

`question_slots` reads what a comment asks (when, cost, who, where, how, requirements,
contact, deadline, quota, figures) in everyday online Indonesian (slang, abbreviations,
typos). `answer_question` looks for each slot in the draft: the sentence that carries that
kind of fact (a date for "kapan", "gratis" or a price for "bayar", a place for "di mana"),
preferring the one that shares the question's own words and the value the offline reading
(`analyze_draft`) labelled. The answer opens in plain words ("Gratis, Kak.") and quotes the
draft's sentence, so every number, date and name is the draft's own. A slot the draft does
not answer is said to be missing, with where to ask; an unrelated sentence is never quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core import lexicon, number_words
from bot.core.fact_check import scan_facts
from bot.core.models import Tone
from bot.core.reading.key_facts import FREE, place, requirement
from bot.offline.analysis import analyze_draft

#: Slang and abbreviations of online comments, normalised before the slot rules run.
_SLANG = {
    "brp": "berapa", "brapa": "berapa", "jm": "jam", "dmn": "dimana", "dmana": "dimana", "dimn": "dimana",
    "gmn": "gimana", "gmana": "gimana", "gmna": "gimana", "kpn": "kapan", "kapn": "kapan", "tgl": "tanggal",
    "sampe": "sampai", "ampe": "sampai", "smp": "sampai", "kmn": "kemana", "kmana": "kemana", "telp": "telepon",
    "telpon": "telepon", "tlp": "telepon", "ditelpon": "ditelepon", "no": "nomor", "nmr": "nomor",
    "byr": "bayar", "gratiss": "gratis", "syaratnya": "syarat", "taun": "tahun", "thn": "tahun", "th": "tahun",
    "bln": "bulan", "umurnya": "umur", "usianya": "usia", "caranya": "cara", "lokasinya": "lokasi",
    "daptar": "daftar", "dftr": "daftar", "daftarnya": "daftar", "alamatnya": "alamat", "ngungsi": "mengungsi",
    "bs": "bisa", "bsa": "bisa", "ikutan": "ikut", "lapornya": "lapor", "nomornya": "nomor", "biayanya": "biaya",
    "bayarnya": "bayar", "jamnya": "jam", "harganya": "harga", "linknya": "link", "hubungin": "hubungi",
    "ngungsinya": "mengungsi", "ngantri": "antri", "ngantre": "antri",
    "mengungsinya": "mengungsi", "downloadnya": "download", "antriannya": "antrian",
}

_SLOT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("figures", re.compile(r"\bberapa\s+(?:persen|ruas|km|kilometer|meter|orang|banyak|jumlah|unit|rumah|ton)\b|"
                           r"\bsetinggi apa\b|\bturun jadi berapa\b|%")),
    ("deadline", re.compile(r"\b(?:batas|paling (?:lambat|telat)|terakhir|tutupnya|ditutup|deadline)\b|"
                            r"\bsampai kapan\s+(?:bisa\s+)?(?:daftar|ajukan|mengajukan|mendaftar|diajukan)\b")),
    ("quota", re.compile(r"\b(?:dibatasi|kuota|maksimal|maks|jatah|paling banyak)\b")),
    ("contact", re.compile(r"\b(?:nomor|hubungi|kontak|telepon|ditelepon|call ?center|hotline|wa|whatsapp)\b")),
    ("requirements", re.compile(r"\b(?:bawa apa|membawa apa|syarat|persyaratan|dokumen|berkas|pakai ktp|"
                                r"perlu ktp|harus bawa|wajib bawa|ktp|kk|nik)\b")),
    ("how", re.compile(r"\b(?:cara|gimana|bagaimana|daftar|mendaftar|lapor|melapor|link|tautan|online|daring|"
                       r"aplikasi|antri|antrian|antrean|download|unduh|ajukan|mengajukan|dicek|cek|minta|"
                       r"(?:dari|lewat|pakai|pake) (?:hp|rumah))\b")),
    ("where", re.compile(r"\b(?:di ?mana|ke ?mana|lokasi|alamat|tempat(?:nya)?|mana aja|mana saja|posko|"
                         r"pengungsian|mengungsi)\b|\b\w+ mana\b|^di \w+ (?:ada|buka)\b")),
    ("when", re.compile(r"\b(?:kapan|jam berapa|jam\b|tanggal|hari apa|pukul|sampai kapan|buka|tutup|berlaku|"
                        r"besok|minggu depan|senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b")),
    ("who", re.compile(r"\b(?:umur|usia|lansia|anak(?=.*\b(?:bisa|boleh|ikut)\b)|bisa ikut|boleh ikut|siapa|"
                       r"warga luar|perorangan|bisa dapat|bisa dapet|boleh|berhak)\b|\b\d+\s*(?:tahun|bulan)\b")),
    ("cost", re.compile(r"\b(?:bayar|biaya|gratis|harga|tarif|sewa|ongkos|dipungut|pungutan|berapa)\b")),
)
#: A question that names the channel ("daftar/lapor ... di mana") asks how, not where.
_HOW_WHERE = re.compile(r"\b(?:daftar|lapor|melapor|ajukan|mengajukan|download|unduh|cek)\w*\b.*\b(?:di ?mana|"
                        r"ke ?mana)\b|\b(?:di ?mana|ke ?mana)\b.*\b(?:daftar|lapor|melapor)\w*\b")
#: Words that name the slot, not the topic: they do not count as shared words.
_SLOT_WORDS = frozenset({
    "kapan", "jam", "berapa", "tanggal", "hari", "buka", "tutup", "bayar", "biaya", "gratis", "harga", "umur",
    "usia", "ikut", "boleh", "bisa", "dimana", "kemana", "mana", "lokasi", "alamat", "cara", "gimana",
    "link", "bawa", "syarat", "nomor", "hubungi", "telepon", "apa", "apakah", "min", "admin", "kak", "kakak",
    "pak", "bu", "bang", "mau", "tanya", "dong", "ya", "yaa", "nih", "sih", "tidak", "gak", "ga", "gk", "nggak",
    "ngga", "ndak", "nda", "kah", "tolong", "info", "mohon", "saya", "sy", "kami", "ada", "yang", "yg", "di", "ke",
    "dari", "untuk", "itu", "ini", "dan", "atau", "sudah", "udh", "belum", "blm", "kok", "aja", "saja", "juga",
    "jg", "sampai", "perlu", "harus", "kalo", "kalau", "klo", "trs", "terus", "lagi", "dulu", "dlu", "pake",
})

_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
_MONTH = re.compile(r"\b(?:hingga|sampai|mulai|sejak|akhir|awal|pertengahan)\s+(?:bulan\s+)?(?:Januari|Februari|"
                    r"Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b")
_WHEN_CUE = re.compile(rf"\b(?:pukul|jam|setiap|tiap|{_WEEKDAY}|hingga|sampai|mulai|sejak|akhir|awal|pekan)\b", re.I)
_DEADLINE_CUE = re.compile(r"\b(?:paling lambat|batas|ditutup|sebelum|terakhir|selambat)", re.I)
_COST_CUE = re.compile(r"\b(?:biaya|harga|tarif|bayar|membayar|seharga|sewa|retribusi|iuran|dipungut|rp)", re.I)
_WHERE_CUE = re.compile(r"\b(?:di|ke)\s+(?:[A-Z]|kantor|kelurahan|kecamatan|balai|gedung|taman|puskesmas|posko|"
                        r"posyandu|lapangan|aula|masjid|terminal|pasar|sekolah|desa|rumah sakit|halaman|jalan|"
                        r"ruang|hotel|stadion|alun-alun)|"
                        r"\b(?:bertempat|berlokasi|lokasi|posko|pengungsian|titik)\b")
_HOW_CUE = re.compile(r"\b(?:daftar|mendaftar|pendaftaran|melalui|lewat|aplikasi|laman|situs|daring|online|"
                      r"melapor\w*|lapor\w*|menghubungi|mendatangi|datang|mengajukan|mengunduh|unduh|antrean|"
                      r"loket|tautan|fitur|mengirim|kirim|cukup)\b", re.I)
_REQ_CUE = re.compile(r"\b(?:syarat|persyaratan|membawa|bawa|menunjukkan|melampirkan|KTP|KK|Kartu Keluarga|"
                      r"dokumen|berkas|NIK|terdaftar)\b", re.I)
_WHO_CUE = re.compile(r"\b(?:usia|umur|berusia|berumur|lansia|anak|warga|khusus|bagi|diperuntukkan|peserta|"
                      r"sasaran|terbuka untuk|kelompok|siswa|siswi|pelajar|ibu hamil|balita|penduduk|ber-KTP)\b", re.I)
_FIGURE_CUE = re.compile(r"\b(?:persen|ruas|kilometer|km|meter|unit|rumah|orang|ton)\b|%", re.I)
_QUOTA_CUE = re.compile(r"\b(?:maksimal|dibatasi|kuota|paling banyak|per orang|per KK|per keluarga|"
                        r"setiap orang|satu paket)\b", re.I)
_CONTACT_CUE = re.compile(r"\b(?:nomor|call center|hotline|telepon|WhatsApp|WA|hubungi|menghubungi)\b", re.I)

#: Ages a draft writes in words; their values are read by bot.core.number_words.
_NUMBER_WORDS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                 "sebelas", "dua belas", "lima belas", "delapan belas", "enam puluh", "tujuh puluh")
_NUM = r"(\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(tahun|bulan)"
_RANGE = re.compile(rf"\b(?:usia|umur|berusia|berumur)\s+{_NUM}\s*(?:{_UNIT}\s*)?(?:sampai|hingga|s\.?d\.?|-|–)\s*"
                    rf"{_NUM}\s*{_UNIT}", re.I)
_MIN_AGE = re.compile(rf"\b(?:usia|umur|berusia|berumur)\s+(?:minimal|paling sedikit|di atas|sekurang-kurangnya)\s+"
                      rf"{_NUM}\s*{_UNIT}|\b{_NUM}\s*{_UNIT}\s+ke atas\b", re.I)
_MAX_AGE = re.compile(rf"\b(?:usia|umur|berusia|berumur)\s+(?:maksimal|paling tinggi|di bawah|paling banyak)\s+"
                      rf"{_NUM}\s*{_UNIT}", re.I)
_ASKED_AGE = re.compile(r"\b(\d{1,3})\s*(tahun|bulan)\b")


def _number(token: str) -> int:
    if token.isdigit():
        return int(token)
    words = token.lower().split()
    value, end = number_words.read_number(words, 0)
    return int(value) if end == len(words) else -1


def _months(value: int, unit: str) -> int:
    return value * 12 if unit.lower().startswith("tahun") else value


LABELS: dict[str, str] = {
    "when": "waktunya", "deadline": "batas waktunya", "cost": "biayanya", "who": "siapa yang boleh ikut",
    "where": "lokasinya", "how": "caranya", "requirements": "syaratnya", "contact": "nomor yang bisa dihubungi",
    "quota": "batasannya", "figures": "angkanya",
}
#: Where the offline reading's labelled values fit a slot (a sentence carrying one is preferred).
_DETAIL_OF = {"when": "Kapan", "deadline": "Kapan", "where": "Di mana", "cost": "Biaya", "how": "Cara ikut",
              "requirements": "Syarat", "contact": "Info"}
ADDRESS: dict[Tone, str] = {"formal": "Bapak/Ibu", "friendly": "Kak", "casual": "Kak"}


def normalise(question: str) -> str:
    """The question lower-cased with the usual slang spelled out ("jm brp" -> "jam berapa")."""
    text = question.lower().replace("’", "'")
    text = re.sub(r"(\d)\s*(th|thn|taun|tahun|bln|bulan)\b", r"\1 \2", text)
    return " ".join(_SLANG.get(token, token) for token in re.findall(r"[\w'%]+", text))


def question_slots(question: str) -> list[str]:
    """What `question` asks, in the order the comment asks it (at most three slots)."""
    text = normalise(question)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for slot, pattern in _SLOT_RULES:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if slot == "cost" and match.group(0) == "berapa" and found:
                continue
            if slot == "who" and match.group(0) in ("boleh", "bisa dapat", "bisa dapet") and found:
                continue
            if slot == "how" and match.group(0) in ("daftar", "mendaftar") and any(s == "deadline" for _, s in found):
                continue
            if slot == "where" and _HOW_WHERE.search(text) and any(s == "how" for _, s in found):
                continue
            if slot == "when" and match.group(0) in ("buka", "tutup", "berlaku", "besok", "sabtu", "minggu",
                                                     "jam") and any(s in ("when", "deadline") for _, s in found):
                continue
            if slot == "when" and match.group(0) in ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
                                                     "besok") and found:
                continue
            taken.append(match.span())
            if all(s != slot for _, s in found):
                found.append((match.start(), slot))
    if any(s == "deadline" for _, s in found):
        found = [(i, s) for i, s in found if s != "when"]
    return [slot for _, slot in sorted(found)][:3]


def _stems(text: str) -> set[str]:
    return {lexicon.stem(w) for w in normalise(text).split() if len(w) > 2 and w not in _SLOT_WORDS}


def _cue(slot: str, sentence: str) -> float:
    kinds = {loc.fact.kind for loc in scan_facts(sentence)}
    dated = bool(kinds & {"date", "time"})
    if slot == "when":
        if dated:
            return 2.0
        if _MONTH.search(sentence):
            return 1.5
        return 0.5 if _WHEN_CUE.search(sentence) and re.search(_WEEKDAY, sentence, re.I) else 0.0
    if slot == "deadline":
        return (2.0 if _DEADLINE_CUE.search(sentence) else 0.5) if dated else 0.0
    if slot == "cost":
        return 2.5 if FREE.search(sentence) else 2.0 if "money" in kinds else 1.0 if _COST_CUE.search(sentence) else 0.0
    if slot == "where":
        return 2.0 if place([sentence]) else 1.0 if _WHERE_CUE.search(sentence) else 0.0
    if slot == "how":
        return 1.0 + len(_HOW_CUE.findall(sentence)) * 0.3 if _HOW_CUE.search(sentence) else 0.0
    if slot == "requirements":
        return 2.0 if requirement(sentence) else 1.0 if _REQ_CUE.search(sentence) else 0.0
    if slot == "contact":
        phone = any(loc.fact.kind == "number" and len(re.sub(r"\D", "", loc.fact.raw)) >= 9
                    for loc in scan_facts(sentence))
        return 2.0 if phone else 1.0 if _CONTACT_CUE.search(sentence) and re.search(r"\d{3}", sentence) else 0.0
    if slot == "who":
        ranged = _RANGE.search(sentence) or _MIN_AGE.search(sentence)
        return 3.0 if ranged else 1.0 if _WHO_CUE.search(sentence) else 0.0
    if slot == "quota":
        return 2.0 if _QUOTA_CUE.search(sentence) else 0.0
    if slot == "figures":
        return 2.0 if kinds & {"number", "percent"} and _FIGURE_CUE.search(sentence) else 0.0
    return 0.0


@dataclass
class Found:
    slot: str
    sentence: str


_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")


def _sentences(context: str) -> list[str]:
    """The draft's sentences (long ones cut at clauses); a list after "...:" stays one with its items."""
    out: list[str] = []
    intro: str | None = None
    for raw in lexicon.split_sentences(lexicon.clean_markup(context)):
        bullet = bool(_BULLET.match(raw))
        sentence = _BULLET.sub("", raw)
        sentence = re.sub(r"^[#>\s\"“”]+", "", sentence).strip()
        if sentence.count('"') % 2 or sentence.count("“") != sentence.count("”"):
            sentence = sentence.replace('"', "").replace("“", "").replace("”", "")
        if not sentence or not lexicon.words(sentence):
            continue
        if bullet and intro is not None and out:
            out[-1] = f"{out[-1]}{' ' if out[-1].endswith(':') else '; '}{sentence.rstrip('.;')}"
            continue
        intro = sentence if sentence.endswith(":") else None
        out.extend(_chunks(sentence) if len(sentence) > LONG_SENTENCE else [sentence])
    return out


LONG_SENTENCE = 240
_CLAUSE_BREAK = re.compile(r"(?<=[;:])\s+|,\s+(?=(?:di antaranya|antara lain|yakni|yaitu|sementara|sedangkan|serta|"
                           r"dan|sehingga|namun|tetapi|dengan|mulai|bertempat|pada|hingga)\b)")


def _chunks(sentence: str) -> list[str]:
    """A long sentence cut at clause boundaries into verbatim pieces of at most LONG_SENTENCE characters."""
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(sentence) if p and p.strip()]
    out: list[str] = []
    for piece in pieces:
        if out and len(out[-1]) + len(piece) + 2 <= LONG_SENTENCE:
            joined = sentence[sentence.find(out[-1]):sentence.find(piece) + len(piece)]
            out[-1] = joined if joined.startswith(out[-1]) else out[-1]
            if out[-1] is not joined:
                out.append(piece)
        else:
            out.append(piece)
    return [p for p in out if lexicon.words(p)]


def find_slot(slot: str, question: str, sentences: list[str], details: dict[str, str]) -> str | None:
    """The draft's sentence that answers `slot` of `question`, or None when the draft does not say."""
    wanted = _stems(question)
    detail = details.get(_DETAIL_OF.get(slot, ""), "") if slot != "cost" else (
        details.get("Biaya") or details.get("Harga") or "")
    best: tuple[float, str] | None = None
    for index, sentence in enumerate(sentences):
        cue = _cue(slot, sentence)
        if cue <= 0:
            continue
        words = lexicon.words(sentence)
        shared = wanted & {lexicon.stem(w.lower()) for w in words}
        named = shared & {lexicon.stem(w.lower()) for w in words[1:] if w[:1].isupper()} \
            if slot in ("where", "how", "contact") else set()
        score = cue + 1.5 * len(shared) + 1.0 * len(named) - 0.002 * len(sentence) - 0.01 * index
        if detail and detail.lower().rstrip(".…") in sentence.lower():
            score += 1.0
        if lexicon.is_ceremonial(sentence) or _SPEECH_FRAME.search(sentence):
            score -= 1.0
        score += _unit_bonus(slot, question, sentence)
        if best is None or score > best[0]:
            best = (score, sentence)
    return best[1] if best else None


_SAID = re.compile(r"\b(?:ujar|kata|tutur|jelas|ungkap|terang|tegas)nya\b", re.I)
_SPEECH_FRAME = re.compile(r"\b(?:sambutan\w*|mengapresiasi|menilai|berharap)\b", re.I)


def _unit_bonus(slot: str, question: str, sentence: str) -> float:
    """Prefer the fact the question names: a calendar date for "tanggal", an hour for "jam", percent for "persen"."""
    asked = normalise(question)
    kinds = [loc.fact.kind for loc in scan_facts(sentence)]
    bonus = 0.0
    if slot in ("when", "deadline"):
        if re.search(r"\b(?:tanggal|sampai kapan|kapan)\b", asked) and "date" in kinds:
            bonus += 0.5
        if re.search(r"\btanggal\b", asked) and "date" not in kinds:
            bonus -= 1.0
        said = _SAID.search(sentence)
        timed = [loc.start for loc in scan_facts(sentence) if loc.fact.kind in ("date", "time")]
        if said and timed and min(timed) > said.start():
            bonus -= 1.5  # only the dateline of a quote ("..., ujarnya di Samarinda, Rabu (3/12)")
        if re.search(r"\b(?:jam|pukul)\b", asked) and "time" in kinds:
            bonus += 1.5
    if slot == "figures":
        for unit in ("persen", "ruas", "meter", "km", "unit", "rumah", "orang"):
            if unit in asked.split():
                bonus += 2.0 if re.search(rf"\b{unit}\b", sentence, re.I) else -2.0
        bonus += 0.3 * min(kinds.count("percent") + kinds.count("number"), 3)
    if slot == "how" and re.search(r"\b(?:dimana|di mana|kemana|ke mana)\b", asked) and (
            place([sentence]) or _WHERE_CUE.search(sentence)):
        bonus += 1.0
    return bonus


def _age_verdict(question: str, sentence: str) -> bool | None:
    """Whether the age the question states is inside the draft's range (None when either is missing)."""
    asked = _ASKED_AGE.search(normalise(question))
    if not asked:
        return None
    age = _months(int(asked.group(1)), asked.group(2))
    if match := _RANGE.search(sentence):
        low, high, unit = _number(match.group(1)), _number(match.group(3)), match.group(4)
        low_unit = match.group(2) or unit
        if low < 0 or high < 0:
            return None
        return _months(low, low_unit) <= age <= _months(high, unit)
    if match := _MIN_AGE.search(sentence):
        value, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        return _number(value) >= 0 and age >= _months(_number(value), unit) if "di atas" not in match.group(0) \
            else age > _months(_number(value), unit)
    if match := _MAX_AGE.search(sentence):
        return age <= _months(_number(match.group(1)), match.group(2))
    return None


def _opener(slot: str, question: str, sentence: str, tone: Tone) -> str:
    you = ADDRESS[tone]
    if slot == "cost" and FREE.search(sentence):
        return f"Gratis, {you}." if tone != "formal" else "Layanan ini tidak dipungut biaya, Bapak/Ibu."
    if slot == "who":
        verdict = _age_verdict(question, sentence)
        if verdict is True:
            return f"Usia tersebut masih masuk ketentuan, {you}."
        if verdict is False:
            return f"Mohon maaf, usia tersebut di luar ketentuan, {you}."
    label = LABELS[slot]
    return lexicon.capitalize_first(f"{label}:") if tone != "casual" else lexicon.capitalize_first(f"soal {label}:")


def _where_to_ask(details: dict[str, str], tone: Tone) -> str:
    contact = details.get("Info", "").split(" / ")[0]
    if contact:
        return (f"silakan tanyakan langsung ke {contact}" if tone == "formal"
                else f"bisa ditanyakan langsung ke {contact} ya")
    return "silakan tanyakan langsung ke penyelenggara" if tone == "formal" else "bisa ditanyakan langsung ke " \
        "penyelenggara atau lewat pesan langsung (DM) ya"


def answer_question(question: str, context: str, tone: Tone) -> tuple[list[str], list[str]] | None:
    """Suggestions and warnings answering `question` from `context`, or None when it asks no known slot."""
    slots = question_slots(question)
    if not slots or not context.strip():
        return None
    sentences = _sentences(context)
    details = analyze_draft(context).details
    lines: list[str] = []
    missing: list[str] = []
    quoted: set[str] = set()
    for slot in slots:
        sentence = find_slot(slot, question, sentences, details)
        if sentence is None:
            missing.append(slot)
            continue
        opener = _opener(slot, question, sentence, tone)
        if sentence not in quoted:
            end = "" if sentence[-1:] in ".!?…" else "."  # the next words must not read as a name
            lines.append(f"{opener} “{sentence}”{end}")
        elif not opener.endswith(":"):
            lines.append(opener)
        quoted.add(sentence)
    you = ADDRESS[tone]
    warnings: list[str] = []
    if missing:
        names = ", ".join(LABELS[s] for s in missing)
        lines.append(f"Soal {names}, info resminya belum menyebutkan; {_where_to_ask(details, tone)}.")
        warnings.append(f"Draf konteks tidak menyebut {names}; lengkapi bila tahu jawabannya.")
    body = " ".join(lines)
    greet = {"formal": "Terima kasih atas pertanyaannya.", "friendly": f"Halo, {you}!", "casual": "Halo!"}[tone]
    close = {"formal": "Jika masih ada yang belum jelas, silakan bertanya kembali.",
             "friendly": "Kalau masih ada yang kurang jelas, tanya lagi di sini ya.",
             "casual": "Kalau masih bingung, tanya lagi aja ya."}[tone]
    return [f"{greet} {body}", f"{body} {close}"], warnings
