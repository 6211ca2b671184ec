"""The what and the benefit of a draft, as spans.

The what is the thing the draft is about, named where the opening introduces it: the object of
the organiser's act ("Pemkab ... menggelar | Gerakan Pangan Murah (GPM)", "meresmikan | Mal
Pelayanan Publik (MPP) Kabupaten Kebumen", "memimpin | Rapat Koordinasi ..."), or the program
the draft names ("program | Cek Kesehatan Gratis (CKG)"). The benefit is the clause that gives
citizens the most (the lead).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.reading.dates import MONTH_NAMES
from bot.core.reading.sheet import Clause, Fact, Slot

#: A time is never the thing a lead is about ("Mei dan Juni 2025 | akan disalurkan ...": a clause cut inside a list).
_TIME_SUBJECT = re.compile(
    r"\b(?:" + "|".join(MONTH_NAMES) + r"|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b|\b\d{4}\b", re.I)

#: The organiser's act, or the word that names a program; the what follows it.
_INTRO = re.compile(
    r"\b(?:(?:kembali|akan|terus|resmi|telah)\s+)*(?:"
    # an announcement of a schedule or an opening names the thing after it ("mengumumkan jadwal | reses ...",
    # "membuka pendaftaran sekaligus sosialisasi | X")
    r"mengumumkan\s+(?:jadwal|agenda|pembukaan|dibukanya)(?:\s+pelaksanaan)?|"
    r"membuka\s+pendaftaran\s+(?:sekaligus|dan)\s+(?:sosialisasi|pelaksanaan)|"
    r"menggelar|menyelenggarakan|meluncurkan|meresmikan|mencanangkan|"

    # a call to sign up for a named programme ("open registration untuk | Papua Barat Youth Digital Camp 2025")
    r"(?:open\s+registration|pendaftaran|registrasi)\s+(?:untuk|for)(?=\s+[A-Z])|"
    r"menyalurkan|menggulirkan|melaksanakan|melakukan|memimpin|menerima|menetapkan|menerbitkan|mengeluarkan|"
    r"menyerahkan|membagikan|mendistribusikan|"
    r"membuka|memberlakukan|meraih|mengadakan|menjalankan|menghadirkan|"
    r"memberikan(?!\s+(?:arahan|sambutan|apresiasi|penghargaan|pengarahan|motivasi|dukungan|semangat|ucapan|masukan|"
    r"saran|tanggapan|pendapat|aspirasi|pemahaman|edukasi)\b))(?:\s+secara\s+(?:resmi|simbolis))?\s+|"
    r"\b(?:melalui|memanfaatkan)\s+(?=(?:program|layanan|pelayanan|aplikasi|fitur|gerakan)\b)|"
    r"\b(?=(?:program|gerakan|layanan|aplikasi)\s+(?!(?:ini|itu|tersebut)\b)[A-Z])|"
    # a notice: "Diberitahukan ... bahwa | penyaluran Bantuan Pangan ... akan dilaksanakan pada:"
    r"\bbahwa\s+(?=(?:pe\w{3,}an|kegiatan|layanan|program|vaksinasi|imunisasi)\b[^.;:\n]{3,120}?\s(?:akan\s+)?"
    r"(?:dilaksanakan|digelar|diselenggarakan|dibuka|berlangsung|diadakan)\b)",
    re.I,
)
_HANDS_OUT = re.compile(r"\b(?:menyerahkan|membagikan|mendistribusikan|menyalurkan)\b", re.I)
#: A count and its measure word before the thing handed out ("menyerahkan 25.000 batang | bibit kopi arabika").
_COUNTED = re.compile(r"(?:\d[\d.,]*|(?:(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
                      r"belas|puluh|ratus|ribu|juta)\b\s?)+)\s+(?:(?:batang|buah|unit|ekor|lembar|helai|ton|kg|kilogram|"
                      r"liter|karung|sak|butir)\s+)?(?=[a-z])", re.I)
#: Where the what ends: a clause boundary, a place, a day, a beneficiary.
_END = re.compile(
    r"[;:!?\n]|(?<!\d)[,.]|[,.](?!\d)|\s[–—-]\s|\s(?:yang|di|bagi|untuk|kepada|pada|sebagai|secara|dengan|mulai|sejak|guna|agar|supaya|"
    r"sehingga|sekaligus|bersama|tanpa|melalui|hingga|selama|serta|kembali|akan|telah|kini|dibuka|khusus|sebesar|"
    r"mencapai)\s|\s\(\d",
)
#: An object that is no thing of its own: a conjunction's second half, a count.
_NOT_A_THING = re.compile(r"(?:atau|dan|serta|lebih|sebanyak|sekitar|hampir|sejumlah|\d|satu|dua|tiga|empat|lima|enam|"
                          r"tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta)\b", re.I)
_NOW = re.compile(r"\s+(?:(?:minggu|pekan|bulan|tahun|hari|malam|sore|pagi|siang)\s+ini|hari\s+ini)$", re.I)
#: A bare head names no thing of its own ("membuka layanan | kepada masyarakat").
_GENERIC = re.compile(r"(?:program|gerakan|layanan|pelayanan|aplikasi|kegiatan|acara|keringanan|bantuan)(?:\s+gratis)?",
                      re.I)
_ANAPHORIC = re.compile(r"\s(?:ini|itu|tersebut)$", re.I)
_AND = re.compile(r"\s+serta\s+", re.I)
_PURPOSE = re.compile(r"\b(?:dalam\s+rangka|guna|demi|untuk)\s+$", re.I)
MAX_WORDS = 14
MIN_CHARS = 5
#: How many sentences of the opening may introduce the what.
OPENING_SENTENCES = 3


def _object(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase from `start`: up to a clause boundary, at most MAX_WORDS words."""
    if _NOT_A_THING.match(text, start, end):
        return None
    stop = _END.search(text, start, end)
    e = stop.start() if stop else end
    words = text[start:e].split()
    if len(words) > MAX_WORDS:
        e = start + len(" ".join(words[:MAX_WORDS]))
    if when := _NOW.search(text, start, e):
        e = when.start()  # "droping air bersih | minggu ini": the time is no part of the thing
    if _ANAPHORIC.search(text, start, e) or _GENERIC.fullmatch(text, start, e):
        return None  # "program tersebut" points back to a thing named elsewhere
    return (start, e) if e - start >= MIN_CHARS else None


def _what_at(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The what introduced in text[start:end] ("A serta B" gives both), or nothing. When the object
    holds another act ("memimpin rombongan ... melakukan kunjungan kerja"), the last act's object."""
    for m in _INTRO.finditer(text, start, end):
        if _PURPOSE.search(text, max(start, m.start() - 16), m.start()):
            continue  # "Dalam rangka memberikan pelayanan ...": a purpose, not the organiser's act
        counted = _COUNTED.match(text, m.end(), end) if _HANDS_OUT.search(m.group(0)) else None
        span = _object(text, counted.end() if counted else m.end(), end)
        if span is None:
            continue
        inner = [i for i in _INTRO.finditer(text, span[0], span[1]) if i.start() > span[0]]
        if inner:
            span = _object(text, inner[-1].end(), end) or span
        out = [span]
        more = _AND.match(text, span[1], end)
        second = _object(text, more.end(), end) if more else None
        return out + [second] if second else out
    return []


#: What an achievement report is about: the thing whose result it reports ("capaian | Universal Health
#: Coverage (UHC) sebesar ...") or the subject of a change ("Produksi padi Kabupaten Merauke | sepanjang
#: 2025 mencapai 412.600 ton", "prevalensi stunting Banyuwangi | turun dari 18,1 persen").
_RESULT = re.compile(r"\b(?:capaian|realisasi)\s+(?!(?:ini|itu|tersebut|tahun|sebesar|sepanjang|ter\w+|\d+)\b)",
                     re.I)
#: Words that open a clause, never a thing ("..., dan kini naik menjadi 100 persen").
_NOT_OPENING = re.compile(r"(?:dan|serta|kini|ini|itu|yang|sehingga|namun|lalu|kemudian|angka|hal|capaian|dalam|di|"
                          r"pada|untuk|bagi|menurut|berdasarkan|dengan)\b", re.I)
#: A subject with a verb in it is a clause, not a thing ("Dalam dialog itu pedagang mengeluhkan ...").
_HAS_VERB = re.compile(r"\b(?:me[mnr]?[a-z]{4,}|meng[a-z]{3,}|meny[a-z]{3,})\b")
#: Where the thing ends: a clause's end (never the comma or dot inside a number: "tercatat 3,41") or the words of
#: its result ("indeks SPBE Kota Batu | tercatat 3,41").
_RESULT_END = re.compile(r"[,.](?!\d)|[;:!?\n]|\s[–—-]\s|\s(?:sebesar|sepanjang|selama|per|pada|naik|turun|mencapai|"
                         r"tembus|tercatat|tahun|hingga|di|yang|dalam|kepada|bagi|untuk|dari)\b")
_CHANGE = re.compile(r"\s+(?:terus\s+)?(?:naik|turun|meningkat|menurun|mencapai|tembus|menembus)\s+"
                     r"(?:dari\s+|menjadi\s+|jadi\s+|hingga\s+)?(?:\d|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
                     r"sembilan|sepuluh|sebelas|seratus|seribu)\b)", re.I)
_CLAUSE_START = re.compile(r"(?:[–—]\s+|,\s+)(?=\S)")
_MEASURE = re.compile(r"(?:angka|tingkat|jumlah|nilai|persentase)\s+", re.I)
MAX_RESULT_WORDS = 8


def _result_what(text: str, start: int, end: int) -> tuple[int, int] | None:
    if m := _RESULT.search(text, start, end):
        stop = _RESULT_END.search(text, m.end(), end)
        e = stop.start() if stop else end
        if 1 <= len(text[m.end() : e].split()) <= MAX_RESULT_WORDS:
            return m.end(), e
    if change := _CHANGE.search(text, start, end):
        s = max([start, *(c.end() for c in _CLAUSE_START.finditer(text, start, change.start()))])
        s = (measure.end() if (measure := _MEASURE.match(text, s, change.start())) else s)
        stop = _RESULT_END.search(text, s, change.start())
        e = stop.start() if stop else change.start()
        if (text[s : s + 1].isalpha() and not _NOT_OPENING.match(text, s) and not _HAS_VERB.search(text, s, e)
                and 2 <= len(text[s:e].split()) <= MAX_RESULT_WORDS):
            return s, e
    return None


def find_what(text: str, sentences: Sequence[tuple[int, int]], title: str = "", headers: int = 0,
              achievement: bool = False) -> list[Fact]:
    """The what of the draft: the first thing the opening introduces (the headline and the `headers`
    lines above the body, a letterhead or a release number, are not read); in an achievement report,
    first the thing whose result it reports."""
    body = [s for s in sentences[headers:] if not (title and text[s[0] : s[1]] == title)
            and re.search(r"\w", text[s[0] : s[1]])]  # an emoji on its own line is no sentence of the opening
    for start, end in body[:OPENING_SENTENCES] if achievement else ():
        if span := _result_what(text, start, end):
            return [Fact(Slot.WHAT, text[span[0] : span[1]], *span)]
    for start, end in body[:OPENING_SENTENCES]:
        spans = _what_at(text, start, end)
        if spans:
            return [Fact(Slot.WHAT, text[s:e], s, e) for s, e in spans]
    return []


#: A thing named as the subject of its own staging ("Donor darah massal digelar Kamis–Sabtu ...", "Posyandu
#: Lansia bulan ini dilaksanakan Minggu Legi ...") or defined ("Perahu pustaka adalah layanan perpustakaan
#: keliling ...", "Program yang dimaksud adalah | Pos Bantuan Hukum (Posbakum) Keliling"), when no act introduces it.
_STAGED = re.compile(
    r"(?:^|(?<=[.!?,])\s+|\n)[^\w\n]{0,3}[ \t]*(?!(?:apabila|kalau|ketika|sebelum|setelah|sesudah|karena|meski|walau|"
    r"namun|tetapi|sehingga|sedangkan|sementara)\b)(?P<thing>(?-i:[A-Z])[\w\-]*(?:[ \t]+(?:\([\w\-]+\)|[\w\-]+)){0,5}?)"
    r"[ \t]+(?:(?:bulan|pekan|minggu|tahun)[ \t]+ini[ \t]+|(?:akan|kembali|juga)[ \t]+)*"
    r"(?:digelar|dilaksanakan|diselenggarakan|diadakan|dibuka[ \t]+(?=(?:pada|mulai|setiap|di|untuk)\b)|"
    r"adalah[ \t]+(?=(?:layanan|program|kegiatan|gerakan|inovasi|fasilitas|sarana)\b))"
    r"|\b(?:program|layanan|kegiatan)[ \t]+(?:yang[ \t]+)?dimaksud[ \t]+(?:adalah|yaitu|ialah)[ \t]+"
    r"(?P<named>(?-i:[A-Z])[^.,;:\n]{3,80}?)(?=[,.;:\n]|\s+(?:yang|hasil|untuk|bagi)\b)", re.I)
STAGED_SENTENCES = 8


def staged_what(text: str, sentences: Sequence[tuple[int, int]], headers: int = 0) -> list[Fact]:
    """The thing the opening sentences stage or define, when no organiser's act introduces it."""
    body = sentences[headers:][:STAGED_SENTENCES]
    if not body:
        return []
    for m in _STAGED.finditer(text, body[0][0], body[-1][1]):
        group = "thing" if m.group("thing") else "named"
        start, end = m.start(group), m.end(group)
        thing = text[start:end]
        if _NOT_SUBJECT.match(thing) or _ANAPHORIC.search(" " + thing) or _GENERIC.fullmatch(thing.split(" ")[0]) and (
                len(thing.split()) == 1 or _ANAPHORIC.search(thing)):
            continue
        if len(thing.split()) < 2 and group == "thing":
            continue
        return [Fact(Slot.WHAT, thing, start, end)]
    return []


#: A letter's subject line ("TENTANG" over "PENCEGAHAN DAN PENGENDALIAN ...", "Perihal: Program ..."): what it is about.
_SUBJECT_LINE = re.compile(r"^[ \t]*(?:TENTANG|Tentang|PERIHAL|Perihal|HAL|Hal)[ \t]*(?::[ \t]*|\n[ \t]*)"
                           r"(?P<what>[^\n:]{5,120}?)[ \t]*$", re.M)


def subject_line_what(text: str) -> list[Fact]:
    """The what a letter names in its subject line, when its opening introduces none."""
    m = _SUBJECT_LINE.search(text)
    return [Fact(Slot.WHAT, m.group("what"), m.start("what"), m.end("what"))] if m else []


#: A headline that is only a noun phrase ("Gerakan Pangan Murah Jelang Natal dan Tahun Baru", "INFO SAMSAT | Program
#: Keringanan Pajak ..."): its thing, when the body never introduces one. A label ("PENGUMUMAN", "UPDATE BANJIR
#: ...", "SIARAN PERS") names the genre, and a headline with a verb is a sentence, not a thing.
_TITLE_LABEL = re.compile(r"(?:info|informasi|update|pembaruan|pengumuman|peringatan|imbauan|himbauan|siaran|"
                          r"cek\s+fakta|hoaks|klarifikasi|berita|rilis|press|breaking|pemerintah|selamat|laporan)\b",
                          re.I)
#: "JADWAL X" is the schedule of X: the thing is X.
_SCHEDULE = re.compile(r"(?:jadwal|agenda)\s+", re.I)
_TITLE_VERB = re.compile(r"\b(?:me[mnr]?[a-z]{3,}|meng[a-z]{3,}|meny[a-z]{3,}|di[a-z]{3,}(?:kan|i)|digelar|dibuka|"
                         r"buka|gelar|hadir|turun|naik|capai|raih|salurkan|bagikan|minta|imbau|pastikan|sampaikan|"
                         r"paparkan|ikuti|tempati|hapus|rendam|umumkan|kembali|siap|resmi|jadi|tak|tidak|wajib|cukup|"
                         r"ajak|dapat|bisa|akan|sudah|telah|kini)\b", re.I)
_TITLE_NOISE = re.compile(r"^[^\w\[(]+|[^\w)]+$")
MAX_TITLE_WORDS = 12


def title_what(title: str, text: str) -> list[Fact]:
    """The headline's thing when the headline is a noun phrase and no label."""
    segment = title.split(" | ")[-1]
    at = text.find(segment)
    lead = _TITLE_NOISE.search(segment)
    start = lead.end() if lead and lead.start() == 0 else 0
    tail = _TITLE_NOISE.search(segment, start)
    end = tail.start() if tail and tail.end() == len(segment) else len(segment)
    if schedule := _SCHEDULE.match(segment, start):
        start = schedule.end()
    thing = segment[start:end]
    if opened := _TITLE_OPENS.search(thing):  # "Inspektorat Sambas Buka | Klinik Konsultasi Dana Desa"
        cut = _TITLE_OBJECT_END.search(thing, opened.end())
        start, end = start + opened.end(), start + (cut.start() if cut else len(thing))
        thing = segment[start:end]
    if (at < 0 or not 2 <= len(thing.split()) <= MAX_TITLE_WORDS or _TITLE_LABEL.match(thing)
            or _TITLE_VERB.search(thing) or re.search(r"[:!?\[\]\"“]", thing)):
        return []
    return [Fact(Slot.WHAT, thing, at + start, at + end)]


#: A headline whose verb opens or hands out a thing ("Pemkab X Buka Klinik ...", "Dinsos Salurkan Bantuan ..."): its
#: object, up to where, when or for whom, is the thing.
_TITLE_OPENS = re.compile(r"\b(?:Buka|Gelar|Luncurkan|Resmikan|Hadirkan|Salurkan|Bagikan|Adakan|Membuka|Menggelar|"
                          r"Meluncurkan|Menghadirkan)\s+(?=[A-Z])")
_TITLE_OBJECT_END = re.compile(r",|\s[–—-]\s|\s(?:di|untuk|bagi|ke|pada|selama|hingga|mulai|sejak|jelang|Jelang|"
                               r"Menjelang|Selama|Mulai|Hingga|Pekan|Hari|Tahun)\b")


#: Where a lead's own subject ends: its verb.
_VERB = re.compile(r"\s(?:di(?!nas\b|rektur)\w{3,}(?:kan|i)|digelar|dibuka|berlaku|tersedia|hadir|kembali|akan|"
                   r"telah|sudah|kini|dapat|bisa|me[mnr]?\w{3,}|meng\w{3,}|meny\w{3,}|ber\w{3,})\b", re.I)
#: A subject that is a person or a quantifier, never the thing itself ("Setiap pendonor mendapat ...").
_NOT_SUBJECT = re.compile(r"(?:setiap|seluruh|semua|para|warga|masyarakat|peserta|kami|kita|pemerintah|pemkab|"
                          r"pemkot|pemprov|dinas|badan|kementerian|bupati|wali|gubernur|kepala|di|ke|pada|untuk|bagi|dalam|"
                          r"selama|saat|jika|bila)\b", re.I)
_NEGATED = re.compile(r"\b(?:tidak|tak|bukan|belum|jangan)\b", re.I)
LEAD_SUBJECT_WORDS = 6


#: A lead that opens on a nominalised act or a service ("pendaftaran Kartu KUSUKA tanpa biaya",
#: "PEMBAGIAN BIBIT KOPI GRATIS"): the act and its object are the what.
_NOMINAL = re.compile(r"(?:pe(?:[mnr]|ng|ny)?\w{3,}an|layanan|program|gerakan|bantuan|operasi|vaksinasi|imunisasi|"
                      r"bus|kartu|beasiswa|subsidi)\b", re.I)
_NOMINAL_END = re.compile(r"\s(?:hanya|mulai|sudah|telah|akan|kini|resmi|dapat|bisa|di\w{3,}(?:kan|i))\b",
                          re.I)


def _nominal_what(lead: Clause) -> list[Fact]:
    if not _NOMINAL.match(lead.text) or _NEGATED.match(lead.text):
        return []
    stop = _NOMINAL_END.search(lead.text)
    span = _object(lead.text, 0, stop.start() if stop else len(lead.text))
    if span is None or len(lead.text[: span[1]].split()) < 2:
        return []
    return [Fact(Slot.WHAT, lead.text[: span[1]], lead.start, lead.start + span[1])]


#: An organiser's act in a lead, whose object is the thing ("Puskesmas Lakudo adakan | imunisasi polio tetes").
_ORGANISES = re.compile(r"\b(?:menggelar|menyelenggarakan|mengadakan|meluncurkan|adakan|gelar|luncurkan)\s+", re.I)


def what_of_lead(lead: Clause | None, names_act: bool = True) -> list[Fact]:
    """When the opening introduces nothing, the what is the thing the lead is about: its subject
    before the verb ("Operasi katarak gratis | akan dilaksanakan"), or the act a lead names
    ("pendaftaran Kartu KUSUKA | tanpa biaya") when `names_act` (not for a hoax or an achievement: there
    the lead is the truth or the result, not the thing reported)."""
    if lead is None:
        return []
    nominal = _nominal_what(lead) if names_act and not _NOT_SUBJECT.match(lead.text) else []
    if nominal:
        return nominal
    # an organiser's act the lead names ("Puskesmas Lakudo adakan | imunisasi polio tetes gratis ...")
    organised = _ORGANISES.search(lead.text) if names_act else None
    span = _object(lead.text, organised.end(), len(lead.text)) if organised else None
    if span is not None:
        return [Fact(Slot.WHAT, lead.text[span[0] : span[1]], lead.start + span[0], lead.start + span[1])]
    if _NOT_SUBJECT.match(lead.text):
        return []
    if not lead.text[:1].isupper():
        return []
    verb = _VERB.search(lead.text)
    if verb is None:
        return []
    end = lead.start + verb.start()
    span = _object(lead.text, 0, verb.start())
    words = lead.text[: verb.start()].split()
    if span is None or not 1 < len(words) <= LEAD_SUBJECT_WORDS or span[1] != verb.start() or _NEGATED.search(
            lead.text, 0, verb.start()) or words[-1].lower() == "yang":  # "Petani yang | membutuhkan": people
        return []
    if _TIME_SUBJECT.search(lead.text, 0, verb.start()):
        return []
    return [Fact(Slot.WHAT, lead.text[: verb.start()], lead.start, end)]


#: What citizens receive besides the lead: the object of a receiving verb ("Setiap penerima mendapat | bantuan
#: bahan bangunan senilai Rp20 juta per rumah"), or a cost the state bears ("seluruh biaya ... ditanggung negara").
_RECEIVE = re.compile(r"(?<!tidak\s)(?<!belum\s)\b(?:(?:mendapat(?:kan)?|memperoleh|menikmati|menerima)\s+(?:juga\s+)?"
                      r"(?!(?:kunjungan|penghargaan|apresiasi|arahan|sambutan|piagam|predikat|perhatian|giliran|laporan|"
                      r"pengaduan|aduan|pendaftaran|berkas|usulan|masukan|aspirasi|rombongan|tamu|audiensi)\b)|"
                      # what stands ready for them ("Di posko tersedia | makanan, air bersih dan tenda"), not a count
                      r"(?:tersedia|disediakan|disiapkan|menyediakan|menyiapkan|menyiagakan)\s+(?!(?:untuk|bagi|di|ke|pada|"
                      r"oleh|sebanyak|sekitar|lebih|hingga|mulai|se\w*|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                      r"sepuluh|daya|kuota|anggaran|dana|lokasi|tempat|titik|posko|jalur)\b|\d)|"
                      # what a service or an aid holds ("Layanannya meliputi | pemeriksaan ...", "berupa | sarung")
                      r"\b(?:layanan\w*|pelayanan|bantuan|fasilitas|bingkisan|paket|hadiah)\b[^.;:\n]{0,40}?"
                      r"\b(?:meliputi|berupa|terdiri\s+(?:atas|dari))\s+)", re.I)
#: The amount of an aid said as its size ("Besar bantuan Rp300.000 per bulan per KPM", "nilai santunan Rp2 juta"):
#: what each receiver gets, the whole clause.
_AID_AMOUNT = re.compile(r"\b(?:besar(?:an)?|nilai|jumlah|nominal)\s+(?:bantuan|santunan|insentif|hibah|uang\s+\w+)\b"
                         r"[^.;:\n]{0,20}?Rp\s?\d", re.I)
#: A received amount alone ("setiap KPM menerima | Rp900.000"): one word, and a benefit all the same.
_AMOUNT_ONLY = re.compile(r"Rp\s?\d[\d.,]*(?:\s*(?:ribu|juta))?", re.I)
_BORNE = re.compile(r"\b(?:biaya|ongkos)\b[^,;]{0,80}\bditanggung\s+(?:oleh\s+)?(?:panitia|negara|pemerintah|pemda|"
                    r"pemkab|pemkot|pemprov|APBD|APBN|dinas|BPJS)\b", re.I)
#: Relief for those a disruption hits ("menyiagakan empat unit mobil tangki air bersih gratis bagi pelanggan
#: terdampak"): what they receive, from the thing handed out (after the clause's verb) to whom it is for.
_RELIEF = re.compile(r"\b(?:gratis|cuma-cuma)\s+(?:bagi|untuk|kepada)\s+(?:[\w\-]+\s+){0,3}?(?:terdampak|pengungsi|"
                     r"korban)\b", re.I)
_RELIEF_VERB = re.compile(r"(?-i:\b(?:me\w+|di\w+kan|tersedia|disediakan))\s+")
#: A receiving verb denied, or said of whoever did ("tidak pernah menerima", "yang menerima pesan serupa"): no offer.
_NOT_GIVEN = re.compile(r"\b(?:(?:tidak|belum|tak|bukan|pernah)\s+(?:[\w\-]+\s+)?|yang\s+(?:sudah\s+|telah\s+)?)$",
                        re.I)
MAX_BENEFITS = 3


def find_benefit(lead: Clause | None, clauses: Sequence[Clause] = ()) -> list[Fact]:
    """The benefit: the lead, the clause that gives citizens the most, then what else citizens receive
    (a receiving verb's object, a cost the state bears) in other clauses of content."""
    if lead is None:
        return []
    out = [Fact(Slot.BENEFIT, lead.text, lead.start, lead.end)]
    for clause in clauses:
        if len(out) >= MAX_BENEFITS:
            break
        if clause.ceremonial or clause.start < lead.end and lead.start < clause.end:
            continue
        if (m := _RECEIVE.search(clause.text)) and not _NOT_GIVEN.search(clause.text, 0, m.start()):
            start, end = clause.start + m.end(), clause.end
        elif _BORNE.search(clause.text) or _AID_AMOUNT.search(clause.text):
            start, end = clause.start, clause.end
        elif relief := _RELIEF.search(clause.text):
            verbs = [v.end() for v in _RELIEF_VERB.finditer(clause.text, 0, relief.start())]
            start, end = clause.start + (verbs[-1] if verbs else 0), clause.start + relief.end()
            out.append(Fact(Slot.BENEFIT, clause.text[start - clause.start : end - clause.start], start, end))
            continue
        else:
            continue
        rest = clause.text[start - clause.start :]
        if _AMOUNT_ONLY.fullmatch(rest.strip()):  # who receives it goes with it ("setiap KPM menerima Rp900.000")
            start, rest = clause.start, clause.text
        if len(rest.split()) >= 2:
            out.append(Fact(Slot.BENEFIT, rest, start, end))
    return out
