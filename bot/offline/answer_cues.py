"""How plainly a sentence of a draft carries a fact of a slot: the cues an answer is found by (a date for
"when", "gratis" or a price for "cost", a place for "where", a channel for "how"); `bot/offline/answer_find.py`
weighs them with the question's words and the fact sheet."""

from __future__ import annotations

import re

from bot.core.fact_scan import scan_facts
from bot.core.reading.datelines import is_alone
from bot.core.reading.dates import MONTH_NAMES
from bot.core.reading.key_facts import FREE, place, requirement
from bot.offline.ages import has_age_rule
from bot.offline.answer_pairs import DOMICILE

WEEKDAY = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
MONTH_NAME = "(?:" + "|".join(MONTH_NAMES) + ")"
_MONTH = re.compile(rf"\b(?:hingga|sampai|mulai|sejak|akhir|awal|pertengahan)\s+(?:bulan\s+)?{MONTH_NAME}\b")
_WHEN_CUE = re.compile(rf"\b(?:pukul|jam|setiap|tiap|{WEEKDAY}|hingga|sampai|mulai|sejak|akhir|awal|pekan)\b", re.I)
#: How long a service takes, said without a date ("langsung jadi di hari yang sama").
_COUNT = r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|empat belas)"
SAME_DAY = re.compile(rf"\b(?:hari yang sama|hari itu juga|langsung jadi|selesai dalam|"
                       rf"{_COUNT} (?:hari|menit|jam) kerja|"
                       rf"{_COUNT} (?:hari|minggu|pekan|bulan) kemudian)\b", re.I)
#: A schedule said as a rotation ("pada hari ganjil", "dua hari sekali", "selang sehari"): the days it runs.
ROTATION = re.compile(rf"\bhari (?:ganjil|genap)\b|\b{_COUNT} hari sekali\b|\bselang (?:sehari|satu hari)\b", re.I)
#: Hours said without a clock time: round the clock, every day, holidays.
ROUND_CLOCK = re.compile(r"\b(?:24 jam|setiap hari|tiap hari|hari libur|tanggal merah|hari besar)\b", re.I)
DEADLINE_CUE = re.compile(r"\b(?:paling lambat|batas|ditutup|sebelum|terakhir|selambat)", re.I)
#: What happens to those who miss the deadline ("tidak akan dinilai", "dianggap mengundurkan diri").
LATE_RESULT = re.compile(r"\b(?:tidak (?:akan )?(?:dinilai|diproses|dilayani|diterima|dilayani lagi)|"
                          r"dianggap (?:mengundurkan diri|gugur|batal|hangus)|gugur|hangus|dibatalkan|"
                          r"didiskualifikasi)\b",
                          re.I)
LATE_ASKED = re.compile(r"\b(?:sudah lewat|lewat|kelewat|terlambat|telat|ketinggalan|tidak sempat)\b")
_VALID_UNTIL = re.compile(r"\bberlaku\s+(?:hingga|sampai|selama)\b", re.I)
#: The period will not be extended, or the old rule returns after it: what a late citizen faces.
NO_EXTENSION = re.compile(r"\btidak (?:akan )?(?:di)?perpanjang\b|\bsetelah\b[^.]{0,40}\bkembali berlaku\b", re.I)
AFTER_DATE = re.compile(r"\b(?:setelah|sesudah|lewat)\s+(?:tanggal\s+)?\d", re.I)
_TARGET_CUE = re.compile(r"\b(?:target\w*|ditargetkan|rampung|diharapkan selesai|selesai pada|dipatok)\b", re.I)
#: Costs borne by someone else ("seluruh biaya ... ditanggung panitia", "tanpa mengeluarkan uang").
COVERED = re.compile(r"\b(?:ditanggung|dibebaskan dari biaya|tanpa mengeluarkan (?:uang|biaya)|tanpa biaya)\b", re.I)
_COST_CUE = re.compile(r"\b(?:biaya|harga|tarif|bayar|membayar|seharga|sewa|retribusi|iuran|dipungut|rp)", re.I)
WHERE_CUE = re.compile(r"\b(?:di|ke)\s+(?:[A-Z]|kantor|kelurahan|kecamatan|balai|gedung|taman|puskesmas|posko|"
                       r"posyandu|lapangan|aula|masjid|terminal|pasar|sekolah|desa|rumah sakit|halaman|jalan|"
                       r"ruang|hotel|stadion|alun-alun|halte|dermaga|pelabuhan|stasiun|bandara|loket)|"
                       r"\b(?:bertempat|berlokasi|lokasi|posko|pengungsian|titik)\b")
#: A named building or street, said without "di" (a list line, a caption: "📍 Gedung X", "Jl. Y No. 8").
_PLACE_NAME = re.compile(r"(?<!Kepala )(?<!Kepala UPT )\b(?:Jl\.|Jalan|Gedung|Balai|Kantor|Aula|Masjid|Puskesmas|"
                         r"Pasar|Alun-alun|Halaman|Lapangan|Terminal|Stadion|GOR|Posko)\s+[A-Z]")
_HOW_CUE = re.compile(r"\b(?:daftar|mendaftar|pendaftaran|melalui|lewat|aplikasi|laman|situs|daring|online|"
                      r"melapor\w*|lapor\w*|menghubungi|mendatangi|datang|mengajukan|mengunduh|unduh|antrean|"
                      r"loket|tautan|fitur|mengirim|kirim|cukup|mengecek|cek|diwakil\w*|kuasa|mengantar|diantar|"
                      r"tatap muka|hadir sendiri|wajib hadir|dibuatkan|dilayani)\b", re.I)
_REQ_CUE = re.compile(r"\b(?:syarat|persyaratan|membawa|bawa|dibawa|menunjukkan|melampirkan|disertakan|"
                      r"dilampirkan|menyertakan|wajib|harus|cukup|perlu|diunggah|mengunggah|unggah)\b", re.I)
REQ_LIST = re.compile(r"\b(?:dibawa|bawa|disiapkan|syarat\w*|persyaratan|dokumen\w*|berkas)\s*:|"
                      r"\b(?:dokumen|berkas|syarat|persyaratan)\s+yang\s+(?:perlu|harus|wajib)\s+(?:di\w+|dibawa)\b",
                      re.I)
DOCUMENT = re.compile(r"\b(?:KTP|KK|Kartu Keluarga|dokumen|berkas|NIK|terdaftar|fotokopi|surat)\b", re.I)
WHO_CUE = re.compile(r"\b(?:usia|umur|berusia|berumur|lansia|anak|warga|khusus|bagi|diperuntukkan|peserta|"
                     r"sasaran|terbuka untuk|kelompok|siswa|siswi|pelajar|ibu hamil|balita|penduduk|ber-KTP|"
                     r"berdomisili|minimal|paling sedikit|sekurang-kurangnya)\b", re.I)
#: A rule with a number a candidate must meet.
_THRESHOLD = re.compile(r"\b(?:minimal|maksimal|paling (?:sedikit|banyak|rendah|tinggi)|sekurang-kurangnya)\s+"
                        r"(?:\w+\s+)?(?:Rp\s?)?\d", re.I)
#: A rule that leaves someone out: when it shares the asker's words, it answers "can I take part?".
EXCLUDES = re.compile(r"\b(?:tidak (?:dapat|bisa|boleh) (?:mengikuti|ikut|mendaftar)|tidak termasuk|kecuali|"
                       r"tidak diperkenankan|tidak diizinkan|bukan kelompok|"
                       r"tidak sedang (?:menderita|mengidap|sakit|hamil|menempuh|menerima|mendapat\w*|kuliah|bekerja)|"
                       r"tidak (?:lagi|akan) (?:mendapat\w*|menerima|berhak)|tidak bisa diterima ganda|"
                       r"sebaiknya (?:menunggu|ditunda|tidak)|tidak dianjurkan|dilarang)\b", re.I)
#: "What do we get?" and the sentence that says what is given.
GET_ASKED = re.compile(r"\b(?:dapat|dapet|dapatnya|terima|menerima|dikasih|diberi) (?:apa|berapa)\b")
GET = re.compile(r"\b(?:menerima|memperoleh|mendapat\w*|diberi\w*|bingkisan|berupa)\b", re.I)
#: "How long?": answered only by a duration or a period with its end, not by a start date.
DURATION_ASKED = re.compile(rf"\bberapa (?:lama|hari|minggu|pekan|bulan)\b(?!\s+(?:sebelum\w*|{WEEKDAY}|ini|depan)\b)")
#: "When is it ready?": a result or document asked for, answered by how long it takes, about that very thing.
READY_ASKED = re.compile(r"\b(?:kapan|berapa lama) (?:jadi|keluar|terbit|bisa diambil|diambil)\b|"
                          r"\bjadi (?:hari itu|hari ini|hari yang sama|berapa hari)\b|"
                          r"\b(?:langsung jadi|hari itu juga)\b")
DURATION = re.compile(r"\bselama\b|\b(?:hingga|sampai(?: dengan)?|s\.?d\.?)\s+(?:\w+,?\s+)?\d{1,2}(?=[\s/])|"
                       r"\d\s*[–-]\s*\d{1,2}\s+[A-Z]|"
                       r"\b(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh) "
                       r"(?:hari|minggu|pekan|bulan|menit)\b", re.I)
#: How long a piece of work or a step lasts ("berlangsung sekitar 90 hari kalender", "direnovasi selama sekitar
#: empat bulan", "Prosesnya sekitar sepuluh menit"): it answers "berapa lama?" and "kelar kapan?".
LASTS = re.compile(rf"\b(?:selama|berlangsung|memakan waktu|sekitar|kurang lebih|kira-kira)\s+(?:sekitar\s+)?"
                   rf"{_COUNT}\s+(?:hari|minggu|pekan|bulan|menit|jam)\b", re.I)
#: Opening hours: a time range ("pukul 09.00 sampai 15.00", "08.00–12.00").
HOURS = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:[–-]|sampai|hingga|s\.?d\.?)\s*(?:pukul\s+)?\d{1,2}[.:]\d{2}\b", re.I)
REPORTING = re.compile(r"\b(?:pengaduan|aduan|lapor\w*|melapor\w*)\b", re.I)
#: Signing up: a date beside it is the citizens' deadline.
SIGN_UP = re.compile(r"\b(?:daftar|mendaftar\w*|pendaftaran|diajukan|mengajukan)\b", re.I)
#: A day counted back from the visit ("sejak H-3").
DAYS_BEFORE = re.compile(r"\bH-\d+\b")
_WHO_ONLY = re.compile(r"\b(?:siapa pun (?:boleh|bisa|dapat)|"
                       r"hanya (?:diberikan|untuk|bagi|berlaku|bisa|dapat)|khusus (?:untuk|bagi)|diperuntukkan|"
                       r"prioritas\w*|diprioritaskan|diutamakan|diberikan kepada|ditujukan (?:bagi|untuk|kepada)|"
                       r"(?:dapat|bisa|boleh) mengikuti|tidak termasuk|"
                       r"terbuka (?:untuk|bagi)|sasaran(?:nya)?|menyasar|berhak|penerima(?:nya)? adalah)\b", re.I)
_FIGURE_CUE = re.compile(r"\b(?:persen|ruas|kilometer|km|meter|unit|rumah|orang|ton)\b|%", re.I)
_QUOTA_CUE = re.compile(r"\b(?:maksimal|dibatasi|kuota\w*|terbatas|paling banyak|per orang|per KK|per keluarga|"
                        r"hanya boleh|setiap orang|satu paket|kursi)\b|\btersedia\s+[\d.]+\s+\w+|"
                        r"\b\d+ \w+(?: \w+)? per (?:hari|malam|sesi|pekan|minggu|lokasi)\b|"
                        # a limit per person served ("20 kilogram per penumpang"), or the number a programme takes
                        # ("bagi 1.200 mahasiswa", "menyasar 1.500 anak")
                        r"\bper (?:penumpang|pemohon|peserta|akseptor|pendaftar|penerima|kepala keluarga)\b|"
                        r"\b(?:bagi|untuk|menyasar|sebanyak)\s+[\d.]+\s+(?:orang|peserta|anak|mahasiswa|siswa|"
                        r"pelajar|warga|keluarga|rumah tangga|nelayan|petani|penerima|pemohon|pasangan)\b", re.I)
_CONTACT_CUE = re.compile(r"\b(?:nomor|call center|command center|hotline|telepon|WhatsApp|WA|hubungi|"
                          r"menghubungi|layanan)\b", re.I)
CLAIM_CUE = re.compile(r"\b(?:tidak benar|hoaks|keliru|tidak ada|bukan|palsu|penipuan|tidak pernah|dipastikan|"
                       r"memastikan|aman|masih berlaku|tidak (?:mengeluarkan|memungut|membuka))\b", re.I)
#: A day of the month written in words ("tiga puluh Desember", "tujuh belas Agustus"), as press drafts may write it.
_DIGIT_WORD = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
DAY_IN_WORDS = rf"(?:{_DIGIT_WORD}(?:\s+(?:belas|puluh(?:\s+{_DIGIT_WORD})?))?|sepuluh|sebelas)"
#: A period that ends on a calendar date ("1 Mei sampai dengan 31 Juli 2026").
PERIOD_END = re.compile(rf"\b(?:hingga|sampai(?: dengan)?|s/d|s\.d\.?)\s+(?:\d{{1,2}}|{DAY_IN_WORDS})\s+{MONTH_NAME}\b",
                        re.I)
#: The most time a step takes ("paling lama 5 hari kerja", "dalam 3 hari").
WITHIN = re.compile(r"\b(?:paling lama|maksimal|dalam waktu|dalam)\s+(?:\d+|satu|dua|tiga|empat|lima|tujuh|sepuluh)\s+"
                     r"(?:hari|minggu|pekan|bulan|jam)\b", re.I)
SAID = re.compile(r"\b(?:ujar|kata|tutur|jelas|ungkap|terang|tegas)nya\b", re.I)
SPEECH_FRAME = re.compile(r"\b(?:sambutan\w*|mengapresiasi|menilai|berharap)\b", re.I)

UNTIL = re.compile(r"\b(?:hingga|sampai(?: dengan)?|s/d|s\.d\.?|berakhir|ditutup|paling lambat)\s+(?:\w+,?\s+){0,2}?"
                   rf"(?:\(?\d|tanggal|akhir|{DAY_IN_WORDS}\s+{MONTH_NAME}\b)", re.I)


def cue(slot: str, sentence: str) -> float:
    """How plainly `sentence` carries a fact of `slot` (0 = not at all)."""
    kinds = {loc.fact.kind for loc in scan_facts(sentence)}
    dated = bool(kinds & {"date", "time"}) and not is_alone(sentence)
    if slot == "when":
        if dated:
            return 2.0
        if ROUND_CLOCK.search(sentence):
            return 2.0  # a holiday or "24 jam" is a day and an hour, said in words
        if SAME_DAY.search(sentence):
            return 1.0
        if ROTATION.search(sentence) and not dated:
            return 2.0  # a rotation said in words ("pada hari genap", "selang sehari"): the days it runs, as a date
        if DAYS_BEFORE.search(sentence):
            return 1.5
        if _MONTH.search(sentence):
            return 1.5
        return 0.5 if _WHEN_CUE.search(sentence) and re.search(WEEKDAY, sentence, re.I) else 0.0
    if slot == "deadline":
        if LATE_RESULT.search(sentence) and (DEADLINE_CUE.search(sentence) or AFTER_DATE.search(sentence)
                                              or re.search(r"\bsetelah\b", sentence, re.I)):
            return 2.0  # what happens after the deadline ("setelah batas waktu tidak akan dinilai")
        if NO_EXTENSION.search(sentence):
            return 2.0  # "Program ini tidak akan diperpanjang", "setelah ... denda kembali berlaku"
        if _VALID_UNTIL.search(sentence):
            return 2.0  # "berlaku hingga 30 hari setelah ...": a validity, dated or not
        return (2.0 if DEADLINE_CUE.search(sentence) else 0.5) if dated else 0.0
    if slot == "target":
        return 2.0 if _TARGET_CUE.search(sentence) else 0.0
    if slot == "cost":
        if FREE.search(sentence) or COVERED.search(sentence):
            return 2.5
        return 2.0 if "money" in kinds else 1.0 if _COST_CUE.search(sentence) else 0.0
    if slot == "where":
        return 2.0 if place([sentence]) else 1.5 if _PLACE_NAME.search(sentence) else \
            1.0 if WHERE_CUE.search(sentence) else 0.0
    if slot == "how":
        return 1.0 + len(_HOW_CUE.findall(sentence)) * 0.3 if _HOW_CUE.search(sentence) else 0.0
    if slot == "requirements":
        if REQ_LIST.search(sentence):
            return 2.5  # "Yang perlu dibawa: ...", "Persyaratan: ..."
        if requirement(sentence):
            return 2.0
        cued, document = bool(_REQ_CUE.search(sentence)), bool(DOCUMENT.search(sentence))
        return 1.8 if cued and document else 1.0 if cued else 0.5 if document else 0.0
    if slot == "contact":
        phone = any(loc.fact.kind == "number" and len(re.sub(r"\D", "", loc.fact.raw)) >= 9
                    for loc in scan_facts(sentence))
        return 2.0 if phone else 1.0 if _CONTACT_CUE.search(sentence) and re.search(r"\d{3}", sentence) else 0.0
    if slot == "who":
        if has_age_rule(sentence):
            return 3.0
        if DOMICILE.search(sentence):
            return 2.0  # "ber-KTP Kota X", "bawa KTP Pangkalpinang": a rule on residence
        if _THRESHOLD.search(sentence) or EXCLUDES.search(sentence):
            return 2.0  # "IPK minimal 3,00", "yang sedang demam sebaiknya menunggu": a rule a candidate must meet
        return 2.0 if _WHO_ONLY.search(sentence) else 1.0 if WHO_CUE.search(sentence) else 0.0
    if slot == "quota":
        return 2.0 if _QUOTA_CUE.search(sentence) else 0.0
    if slot == "figures":
        return 2.0 if kinds & {"number", "percent"} and _FIGURE_CUE.search(sentence) else 0.0
    if slot == "claim":
        return 2.0 if CLAIM_CUE.search(sentence) else 0.0
    if slot == "what":
        return 0.5
    return 0.0


#: The end of a period asked ("sampai kapan bergilir?", "kapan berakhirnya?"), and an end said by a sentence.
#: The hour a thing ends asked ("selesainye jam berape?", "sampai jam berapa bukanya?", "jam berapa tutup?").
_END_HOUR = (r"\b(?:sampai|hingga|selesai|tutup|berakhir|bubar|pulang)\w* (?:\w+ )?jam berapa\b|"
             r"\bjam berapa (?:\w+ )?(?:selesai|tutup|berakhir|bubar)\w*\b")
_END_ASKED = re.compile(r"\b(?:sampai|hingga) kapan\b|\bkapan (?:\w+ )?(?:berakhir|selesai|berhenti|normal)\w*\b|"
                        + _END_HOUR)
_END_SAID = re.compile(r"\b(?:sampai|hingga|s\.d\.?|s/d|berakhir|selesai|ditutup|berhenti|akhir)\b|"
                       r"\d\s*[–-]\s*\d", re.I)
#: What the reply names when the end asked is not said.
END_UNSAID = "sampai kapan berlakunya"
#: ... and when the end asked is an hour.
END_HOUR_UNSAID = "jam selesainya"


def end_label(asked: str) -> str:
    """What the reply names as not said for an end asked (normalised question): its hour, or its date."""
    return END_HOUR_UNSAID if re.search(_END_HOUR, asked) else END_UNSAID


def end_unsaid(asked: str, sentence: str) -> bool:
    """Whether a "sampai kapan" question (normalised) is met by a sentence that gives only a start ("mulai Senin
    (9/2/2026), distribusi ... bergilir"): the end is not said, and the start is no answer to it."""
    return bool(_END_ASKED.search(asked)) and not _END_SAID.search(sentence)
