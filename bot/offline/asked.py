"""What a citizen's comment asks, read in everyday online Indonesian (slang, abbreviations, typos).

`question_slots` names the fact-sheet slots a comment asks about (when, cost, who, where, how,
requirements, contact, deadline, target, quota, figures, what, claim), in the order it asks them;
`asked_age` reads an age the comment states ("anak sy 8 th") in months, for a check against the
draft's range. `asks` says whether a comment asks anything at all (a question mark, a question word,
a "... gak?" tail), so that a question the triage filed under another kind is still answered.
"""

from __future__ import annotations

import re

from bot.offline.asked_slang import spoken
from bot.offline.asked_words import (
    COUNTED,
    INTENTS,
    LATE_CHECK,
    MEDICAL,
    PROVIDED,
    WORKS_DONE,
    regional_phrases,
    split_run_together,
)

#: "smp" before a time is "sampai" (until); elsewhere it is the junior high school.
_SMP_UNTIL = re.compile(r"\bsmp\b(?=\s+(?:jam|pukul|tgl|tanggal|kapan|hari|bulan|akhir|selesai|sore|siang|malam|pagi|"
                        r"besok|minggu|senin|selasa|rabu|kamis|jumat|sabtu|\d))")

#: The asker's own hours said as a statement ("sy kerja sampe jam 5"): it asks when the service is open.
OWN_HOURS = (r"\b(?:kerja|sekolah|kuliah|shift|jualan|dagang|masuk)\b(?:\s+\w+){0,5}?\s+"
             r"(?:sampai|hingga|beres|selesai|pulang)\s+(?:jam|pukul)\s+\d|"
             r"\bpulang (?:kerja|sekolah|kuliah) (?:jam|pukul)\s+\d")

_SLOT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    *INTENTS,
    ("what", re.compile(r"\b(?:termasuk|sudah termasuk|include)\b|"  # "cek kolesterol termasuk?"
                        # "gagal panen dapet brp?", "dpt nya brp?"
                        r"\b(?:dapat|dapet|dapatnya|terima|menerima|dikasih|cair)(?:\s*nya)?\s+berapa\b")),
    ("claim", re.compile(r"\b(?:benar (?:gak|ga|nggak|tidak|enggak)|benarkah|apa benar|apa iya|hoaks|"
                         r"emang iya)\b")),
    ("target", re.compile(r"\b(?:target|rampung|selesai (?:kapan|tahun|bulan))\b|\bkapan selesai\b|" + WORKS_DONE)),
    ("quota", re.compile(r"\b(?:sehari|per hari|tiap hari|setiap hari)\b.{0,20}"
                         r"\bberapa (?:orang|pemohon|pasien|peserta)\b|"
                         r"\bberapa (?:orang|pemohon|pasien|peserta)\b.{0,12}\b(?:sehari|per hari|tiap hari)\b")),
    ("figures", re.compile(r"(?<!harus )(?<!wajib )\bberapa\s+"
                           r"(?:persen|ruas|km|kilometer|meter|orang|banyak|jumlah|unit|rumah|ton)\b|"
                           r"(?<!harus )(?<!wajib )(?<!beli )(?<!ambil )\bberapa\s+"
                           r"(?:desa|kelurahan|titik|jamban|sekolah|"
                           r"warga|keluarga|kk|hektare|hektar|ha|kasus|siswa|peserta|penerima|km)\b|"
                           r"\bsetinggi apa\b|\bturun jadi berapa\b|%|" + COUNTED)),
    ("deadline", re.compile(LATE_CHECK + r"|\b(?:batas|paling (?:lambat|telat)|terakhir|tutupnya(?! jam\b)|ditutup|"
                            r"deadline)\b|"
                            r"\bsampai kapan\s+(?:bisa\s+)?(?:daftar|ajukan|mengajukan|mendaftar|diajukan)\b|"
                            r"\b(?:daftar|mendaftar|pendaftaran)\w*\s+(?:\w+\s+)?sampai kapan\b|"
                            r"\b(?:sudah lewat|kelewat|terlambat|telat|ketinggalan|masih berlaku)\b|"
                            r"\b(?:lalu|kemarin)\b(?=.{0,40}\bmasih bisa\b(?! (?:dipakai|digunakan|dipake)))")),
    ("quota", re.compile(r"\b(?:dibatasi|kuota|maksimal|maks|jatah|paling banyak|borong|beli banyak)\b|"
                         r"\b(?:boleh|bisa)\s+(?:(?:beli|ambil|bawa|tukar|dapat|dapet)\s+)?berapa\b(?!\s+(?:hari|jam|lama|umur|usia))|"
                         r"\bberapa\s+(?:paket|jerigen|jeriken|kg|kilo|liter|karung|bungkus|lembar|kupon)\b|"
                         r"\b(?:beli|ambil|tukar|dapat|dapet)\s+(?:[a-z]+\s+)?\d+\s*(?:paket|jerigen|kg|kilo|liter|karung|bungkus|"
                         r"lembar|kupon|botol|sak)\b|"
                         r"\b(?:boleh|bisa)\s+(?:kirim|mengirim|upload|unggah|ajukan|mengajukan)\s+(?:\d+|dua|tiga|lebih)\b")),
    ("contact", re.compile(r"\bnomor\b(?!\s+(?:antri\w*|antre\w*|urut|induk|rekening|kursi|peserta|pendaftaran))|"
                           # the office's own accounts ("ig resmi pemkot apa?", "akun fb resminya")
                           r"\b(?:ig|instagram|fb|facebook|tiktok|twitter|akun|medsos)\s+(?:\w+\s+)?(?:resmi|official)|"
                           r"\b(?:hubungi|kontak|telepon|ditelepon|call ?center|hotline|wa|whatsapp)\b|"
                           # whom to ask or tell ("mau tanya ke mana?", "konfirmasi ke siapa")
                           r"\b(?:tanya|nanya|bertanya|menanyakan|konfirmasi)\s+(?:ke ?mana|ke siapa|siapa)\b")),
    ("requirements", re.compile(r"\b(?:bawa apa|membawa apa|dibawa apa|yang dibawa|syarat|persyaratan|dokumen|berkas|"
                                r"(?:perlu|mesti|musti) (?:bawa|membawa)|"
                                r"pakai ktp|"
                                r"perlu ktp|harus bawa|wajib bawa|ktp|kk|nik)\b|\b(?:harus|wajib)(?= berapa\b)|"
                                r"(?<!bayar )(?<!beli )(?<!kalau )(?<!kalo )(?<!klo )"
                                r"\b(?:pakai|lampirkan|melampirkan|upload|unggah)\s+"
                                r"(?!apa\b|aja\b|saja\b|hp\b|aplikasi\b)[a-z]{3,}|"
                                r"(?<!masih )\b(?:boleh|bisa) (?:pakai|kirim|mengirim|upload|unggah|diwakilkan|"
                                r"diwakili|"
                                r"diikutkan|dikirim)\b|"
                                r"\batas nama (?!sendiri\b)\w+")),  # paying or collecting for someone else
    ("how", re.compile(r"\b(?:cara|gimana|bagaimana|lewat (?:mana|apa)|melalui (?:mana|apa)|via apa|"
                       r"daftar|mendaftar|lapor|melapor|link|tautan|online|daring|"
                       r"aplikasi|antri|antrian|antrean|download|unduh|ajukan|mengajukan|dicek|"
                       r"cek" + MEDICAL + r"|minta|"
                       r"pakai apa|bayar (?:dari|lewat|pakai|via|di) \w+|"
                       r"(?:gak|ga|nggak|tidak|enggak) punya (?:hp|ponsel|smartphone|android|aplikasi|internet|kuota)|"
                       r"(?:dari|lewat|pakai) (?:hp|rumah)|"
                       r"(?:harus|perlu|wajib) (?:datang )?ke (?:kantor|loket|gerai))\b")),
    ("where", re.compile(r"\b(?:lantai|gedung|ruang(?:an)?|loket|pintu|blok|sebelah|bagian)\s+(?:berapa|mana|apa)\b|"
                         r"\b(?:dekat|samping|seberang|depan|belakang)\s+(?:apa|mana)\b|\bpatokan\w*\b|"
                         r"\b(?:di ?mana|ke ?mana|lokasi|alamat|tempat(?:nya)?|mana aja|mana saja|posko|"
                         r"pengungsian|mengungsi)\b|\b\w+ mana\b|^di \w+ (?:ada|buka)\b|"
                         r"\b(?:tinggal|rumah|domisili)(?: saya)? di\b")),
    ("when", re.compile(r"\bberapa (?:lama|hari|jam|menit|minggu|pekan|bulan)\b|" + OWN_HOURS + "|"
                        r"(?<!makan )\b(?:pagi|siang|sore|malam)\b|"
                        r"\bjadi (?:hari itu|hari ini|hari yang sama)\b|\b(?:langsung jadi|hari itu juga)\b|"
                        r"\b(?:kapan|jam berapa|jam\b|tanggal|hari apa|pukul|sampai kapan|buka|tutup|berlaku|"
                        r"besok|minggu depan|senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b")),
    ("who", re.compile(r"\b(?:umur|usia|lansia|anak(?=.*\b(?:bisa|boleh|ikut)\b)|bisa ikut|boleh ikut|siapa|lulusan|"
                       r"(?:juga|masih) (?:bisa|boleh)(?! (?:dipakai|digunakan|dipake|berlaku))|"
                       r"warga luar|perorangan|bisa dapat|bisa dapet|boleh|berhak|berat badan|tinggi badan)\b|"
                       r"\b(?:bisa|boleh)(?= (?:daftar|mendaftar)\b\s*(?:gak|ga|nggak|tidak|enggak|kah|ya|\?|$))|"
                       r"\b(?:umur|usia|anak\w*|bayi|balita|adik|ibu|bapak|nenek|kakek|simbah|mbah|ortu)\s+"
                       r"(?:\w+\s+){0,2}?\d+\s*(?:tahun|bulan)\b|\b(?:baru|masih|sudah)\s+\d+\s*(?:tahun|bulan)\b|"
                       r"\b\d+\s*(?:tahun|bulan)\s+(?!lalu\b|kemarin\b)(?:\w+\s+){0,1}?(?:bisa|boleh|ikut|masih)\b")),
    ("cost", re.compile(r"\b(?:bayar|dibayar|membayar|biaya|harga|tarif|sewa|ongkos|dipungut|pungutan|berapa|"
                        r"retribusi|iuran)\b|"
                        r"\blebih (?:murah|mahal)\b|\b(?:cicil|dicicil|mencicil|angsur|diangsur|mengangsur)\b|"
                        r"\b\d+(?:[.,]\d+)?\s*(?:rb|ribu|jt|juta)\b|"
                        r"\bgratis\b(?!\s+(?:nya|hari|jam|kapan|dimana|di|sampai|buka|untuk|buat)\b)"
                        # "mudik gratis itu dibuka kapan", "vaksin gratis yg ...": the programme's name, not its cost
                        r"(?!\s+(?:itu|ini|yang|yg|sing|nu|tu|tuh|nitu|kuwi|iku|tersebut)\b"
                        r"(?!\s+(?:bener|beneran|benar|betul|asli|resmi)\b))")),
    ("what", re.compile(r"\b(?:apa itu|maksudnya apa|maksudnya|ngaruhnya apa|pengaruhnya apa|manfaatnya apa|"
                        r"apa (?:manfaat|guna|tujuan|untung|pengaruh|ngaruh)(?:nya)?|(?:tujuan|guna|untung)nya apa|"
                        r"buat apa|untuk apa|berarti|jadi (?:gak|ga|nggak|tidak) (?:usah|perlu)|"
                        r"(?:dapat|dapet|terima|menerima|dikasih|diberi) apa|"
                        r"(?:dapat|dapet|dikasih)(?=(?:\s+\w+){1,3}\s+(?:gak|ga|nggak|tidak|enggak)\b))\b|"
                        r"\b\w+ (?:dapat|dapet|dikasih)$")),  # "makan siang dapet?": whether it is given
)
#: A question that names the channel ("daftar/lapor ... di mana") asks how, not where; a medical check named
#: ("cek kesehatan di mana") is the service, and asks its place.
_HOW_WHERE = re.compile(r"\b(?:daftar|lapor|melapor|ajukan|mengajukan|download|unduh|"
                        rf"cek{MEDICAL}|dapat|dapet|minta|"
                        r"berobat|periksa|urus|bikin|(?:di)?ambil(?=.*\b(?:antri\w*|antre\w*|nomor|formulir|tiket|"
                        r"kupon|link)\b)|(?<=antrian )(?:di)?ambil)\w*\b.*\b(?:di ?mana|"
                        r"ke ?mana)\b|\b(?:di ?mana|ke ?mana)\b.*\b(?:daftar|lapor|melapor)\w*\b")
#: Where the asker lives, said as their case ("tinggal di Kaur"), and a real question of place.
#: Where something is announced or posted is a place, whatever verb comes before ("yg dapat diumumkan dimana").
_POSTED = re.compile(r"\b(?:diumumkan|pengumuman\w*|ditempel|dipasang)\b")
_OWN_PLACE = re.compile(r"\b(?:tinggal|rumah|domisili)(?: saya)? di\b")
#: A document asked about as the thing made, not as one to bring ("ktp nya jadi hari itu juga?").
_PRODUCT_READY = re.compile(r"\b(?:ktp|kk|kia|akta|sim|paspor|sertifikat)\s+(?:nya\s+)?"
                            r"(?:(?:langsung|bisa|sudah|cepat)\s+)?(?:jadi|selesai|dicetak|terbit|keluar)\b")
_PLACE_SAID = re.compile(r"\bdi (?:posko|pengungsian|lokasi|tempat(?:nya)?)\b")
_WHERE_ASKED = re.compile(r"\b(?:di ?mana|ke ?mana|lokasi|alamat|tempat(?:nya)?)\b")
#: "bulan ini / depan / lalu" names a month of the calendar, not an age in months ("umurku pas 40 bulan ini").
_MONTH_OF_YEAR = r"bulan\s+(?:ini|depan|lalu|kemarin)\b"
#: Who a bare number is said of ("saya 55", "mama saya 63"): the asker or a relative, whose age it is.
_PERSON_AGED = (r"(?:saya|aku|ane|gue|gua|abdi|ambo|isun|kula|beta|mama|mamak|ibu|ibuk|bapak|bapa|ayah|adik|adek|"
                r"kakak|nenek|kakek|mbah|suami|istri|anak)(?:\s+(?:saya|aku|ku|gue|kami))?")
#: What a number counts when it is no age ("saya 10 orang", "ibu 50 ribu").
_NOT_AGE = (r"kg|kilo|cm|meter|km|ribu|rb|juta|jt|va|persen|%|orang|ekor|karung|paket|kali|x\b|hari|jam|menit|minggu|"
            r"lembar|unit|buah|kupon|anak|kk|rumah|tahun|bulan|taon|tahon|thun")
#: A time said as how long something has gone on, not as an age.
_DURATION = re.compile(r"\s+(?:tinggal|menetap|kerja|bekerja|nunggak|menunggak|menikah|nikah|merantau)\b")
#: The same said before the number ("nunggak 2 bulan", "sudah merantau 5 tahun", "selama 3 bulan").
_DURATION_BEFORE = re.compile(r"\b(?:tinggal|menetap|kerja|bekerja|nunggak|menunggak|manunggak|nunggek|menikah|nikah|"
                              r"merantau|telat|terlambat|selama|sejak)(?:\s+(?:sudah|udah|sdh|dah|baru|hampir|lebih))?\s*$")
#: The units of an age, with the spellings of "tahun" the slang table leaves ("taon", "thun").
_AGE_UNIT = r"(tahun|bulan|taon|tahon|thun)"
#: A pregnancy's months said right before them ("hamil 5 bulan", "kandungan 7 bulan").
_PREGNANT = re.compile(r"\b(?:hamil|mengandung|meteng|kandungan|kandungannya|usia kandungan)\s*$")
_ASKED_AGE = re.compile(r"\b(\d{1,3})\s*" + _AGE_UNIT + r"\b(?<!\d bulan(?=\s+(?:ini|depan|lalu|kemarin)\b))|"
                        r"\b(?:umur|usia)(?:\s*(?:saya|sy|aku|ku|gue|gw|awak|ambo|ulun|beta|sa|kulo|anak\w*))?"
                        r"(?:\s+(?:baru|sudah|udah|masih|hampir|pas|tepat|genap))?"
                        r"\s+(\d{1,3})\b(?!\s*(?:tahun|(?!" + _MONTH_OF_YEAR + r")bulan|kg|kilo|cm|persen))|"
                        # a bare two-digit number right after the person it is said of: "saya 55 tapi ..."
                        r"\b" + _PERSON_AGED + r"\s+(\d{2})\b(?!\s*(?:[.,:/]\d|" + _NOT_AGE + r"))")
_ASKING = re.compile(r"\?|\b(?:apa|apakah|kapan|berapa|dimana|kemana|gimana|bagaimana|siapa|mana|bisakah|"
                     r"bolehkah|gak|ga|nggak|tidak|enggak|kah|ya|yaa|dong|min|kak)(?:\s+(?:nih|sih|ya|min|kak|sekalian|dong|gan|bund|"
                     r"lae|ito|bang|mas|mbak|pak|bu|lur|rek))*\s*$|\b(?:apa|kapan|berapa|"
                     r"dimana|di mana|kemana|gimana|bagaimana|siapa|mana|cara|tanya|nanya|info)\b|"
                     r"\b(?:bisa|boleh) (?:dapat|dapet|ikut|daftar)\b|\b(?:atau|ato) (?:harus|tidak|gak|nggak|ga)\b|"
                     r"\b(?:bisa|boleh)\b(?:\s+\w+){0,4}?\s+(?:gak|ga|nggak|tidak|enggak|kah)\b|"
                     r"\b(?:bayar|ada|buka|gratis)\s+(?:gak|ga|nggak|tidak|enggak)\b(?:\s+(?:kak|min|bang|mas|mbak|pak|bu))?|"
                     r"\bada\b(?:\s+\w+){1,4}\s+(?:gak|ga|nggak|tidak|enggak)\b|"
                     r"\b(?:aman|bisa|boleh|masuk|lolos|cukup|memenuhi) kan\s*$|"
                     r"\bkah\b")  # the question clitic, wherever it stands ("langsung jadi kah atau ...")

_REMARK = re.compile(r"(?:^|[,.;!?]\s*)(?:kok|padahal|soalnya|gara2|gara-gara)\b[^,.;!?]*", re.I)
_TAIL = re.compile(r"\b(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|kah|dak|tra|ndak|nda)\s*,")


#: Whom to report to ("lapor kemana", "lapornya ke siapa", "ngadu ke mana"): the channel a draft names for it
#: is a number or an office, so the contact is asked beside the way.
_REPORT_TO = re.compile(r"\b(?:lapor|melapor|laporkan|lapornya|adukan|mengadu|ngadu|komplain)\s+(?:\w+\s+)?"
                        r"(?:ke ?mana|ke siapa|untuk siapa|sama siapa|di ?mana)\b")

#: A greeting's time of day ("selamat pagi") asks no time.
_GREETING = re.compile(r"\b(?:selamat|met)\s+(?:pagi|siang|sore|malam)\b")


#: "sampai tanggal berapa / bulan apa / hari apa" asks what "sampai kapan" asks: the end of a period.
_UNTIL_WHICH = re.compile(r"\b(sampai|hingga) (?:tanggal berapa|bulan apa|hari apa)\b")


def normalise(question: str) -> str:
    """The question lower-cased with the usual slang spelled out ("jm brp" -> "jam berapa"), greetings left out."""
    text = regional_phrases(_GREETING.sub(" ", question.lower().replace("’", "'")))
    text = re.sub(r"(\d)\s*(th|thn|taun|tahun|bln|bulan)\b", r"\1 \2", text)
    text = _SMP_UNTIL.sub("sampai", text)  # "smp jam 3" is "sampai"; "anak smp" is the school
    tokens = [piece for token in re.findall(r"[\w'%]+", text) for piece in split_run_together(token)]
    return _UNTIL_WHICH.sub(r"\1 kapan", " ".join(spoken(token) for token in tokens))


def reports_to(question: str) -> bool:
    """Whether `question` asks where or to whom to report ("lapor kemana?")."""
    return bool(_REPORT_TO.search(normalise(question)))


def _how_where(question: str) -> bool:
    """One clause asks where to register or report ("daftarnya di mana"): it asks how."""
    return any(_HOW_WHERE.search(normalise(part)) for part in re.split(r"[?.!,;\n]", question))


#: A step named as a time or a thing, not asked how to take: "abis daftar", "pas daftar", "daftar ulang(nya)
#: kapan", "kapan daftar", "cek nya".
_STEP_AS_TIME = re.compile(r"\b(?:habis|setelah|sesudah|pas|waktu|saat|ketika)\s+(?:daftar|mendaftar|cek)\b|"
                           r"\bdaftar ulang\b|\bkapan\b(?:\s+\w+)?\s+(?:daftar|mendaftar)\b|"
                           r"\b(?:daftar|mendaftar)\w*\s+(?:\w+\s+)?kapan\b|\bcek nya\b")
#: A document named as the thing the citizen wants made ("rekam ktp", "bikin kk"), not one to bring.
_DOC_MADE = re.compile(r"\b(?:rekam|merekam|bikin|buat|membuat|urus|mengurus|cetak|ganti|perpanjang)\s+"
                       r"(?:ktp|kk|kia|akta|sim)\b")
#: The asker's status said beside a yes/no question ("sy masih kuliah, boleh daftar?", "udh pernah dapet, bisa
#: lagi?"): it asks whether that status may take part.
_STATUS = re.compile(r"\b(?:masih|sedang|lagi)\s+(?:kuliah|sekolah|kerja|bekerja|menerima|dapat)\b|"
                     r"\b(?:mahasiswa|pelajar|pensiunan|pensiun|pns|asn|honorer)\b|"
                     r"\b(?:sudah|pernah)\s+(?:pernah\s+)?(?:ikut|dapat|dapet|terima|menerima)\b")
_YES_NO = re.compile(r"\b(?:bisa|boleh)\b")
#: A way named as what is asked ("lewat mana", "caranya"), not only the "daftar" of "boleh daftar?".
_HOW_NAMED = re.compile(r"\b(?:cara|gimana|bagaimana|lewat|melalui|via|link|online|daring|aplikasi)\b")
_REQ_WORDS = re.compile(r"\b(?:syarat|persyaratan|bawa|membawa|dokumen|berkas)\b")


def _skip(slot: str, word: str, found: list[tuple[int, str]], text: str, how_where: bool) -> bool:
    """Words that name a slot only when nothing more specific was asked before them."""
    slots = {s for _, s in found}
    if slot == "cost" and word == "berapa" and found:
        return True
    if slot == "cost" and re.search(r"\b(?:online|daring|lewat|via|aplikasi)\b", text) and not re.search(
            r"\b(?:berapa|biaya|gratis|harga|tarif|ongkos|admin)\b", text) and "how" in slots:
        return True  # "bisa online ga bayarnya?": the way to pay, not what it costs
    if slot == "cost" and re.search(r"\b(?:atas nama|diwakilkan)\b", text):
        return True  # "atas nama bapak, saya yang bayar bisa?": who may pay for whom, not what it costs
    if slot == "cost" and re.search(r"\bbayar (?:bisa )?(?:dari|lewat|pakai|via|di|gimana|bagaimana|cara)\b|"
                                    r"\b(?:cara|gimana|bagaimana) (?:\w+ )?bayar\b", text) and "how" in slots:
        return True
    if slot == "cost" and re.search(r"\b(?:habis|setelah|sesudah)\s+(?:bayar|membayar|dibayar)\b.*\bberapa lama\b",
                                    text):
        return True  # "abis bayar brp lama dinaikin?": the payment is the step a duration starts from
    if slot == "who" and word == "lansia" and re.search(r"^ada\b|\b(?:khusus|untuk|buat) lansia\b", text) and \
            not re.search(r"\b(?:bisa|boleh|ikut)\b", text):
        return True  # "ada parkir khusus lansia?": a facility asked, not who may come
    if slot == "who" and (word in ("boleh", "bisa dapat", "bisa dapet") or word.startswith("masih")) and found:
        return True
    if slot == "how" and word in ("daftar", "mendaftar", "cek", "dicek", "gimana", "bagaimana") and "deadline" in slots:
        return True
    if slot == "how" and word in ("daftar", "mendaftar", "cek") and _STEP_AS_TIME.search(text):
        return True  # "abis daftar brp lama?", "pas daftar bayar?", "daftar ulang kapan?", "cek nya di mana?"
    if slot == "how" and word in ("cek", "dicek") and "what" in slots:  # "cek gigi termasuk?": the service named
        return True
    if slot == "where" and how_where and "how" in slots:
        return True
    if slot == "when" and word in ("buka", "tutup", "berlaku", "besok", "sabtu", "minggu", "jam") and (
            slots & {"when", "deadline", "target"}):
        return True
    if slot == "when" and word in ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "besok") and found:
        return True
    return slot == "what" and bool(found)


def question_slots(question: str) -> list[str]:
    """What `question` asks, in the order the comment asks it (at most three slots). A remark ("kok harga
    naik terus", "padahal ...") names no slot when the rest of the comment asks something."""
    asked = _REMARK.sub(" ", question)
    return _slots(asked) if asked.strip() and _slots(asked) else _slots(question)


def _slots(question: str) -> list[str]:
    text = normalise(question)
    how_where = _how_where(question)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for slot, pattern in _SLOT_RULES:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if _skip(slot, match.group(0), found, text, how_where):
                continue
            taken.append(match.span())
            if all(s != slot for _, s in found):
                found.append((match.start(), slot))
    if report := _REPORT_TO.search(text):  # its "ke mana" is no place asked
        found = [(i, s) for i, s in found if not (s == "where" and report.start() <= i < report.end())]
        found += [(at, slot) for at, slot in ((report.start(), "how"), (report.end(), "contact"))
                  if all(s != slot for _, s in found)]  # the way first: a number is owed only beside no way
    slots = {s for _, s in found}
    # "dapet ... kemana": the way to get it; "diumumkan dimana": a place
    if "where" in slots and "how" not in slots and how_where and not _POSTED.search(text):
        found = [(i, "how" if s == "where" else s) for i, s in found]
    if slots & {"deadline", "target"}:
        found = [(i, s) for i, s in found if s != "when"]
    if "requirements" in slots and _DOC_MADE.search(text) and not _REQ_WORDS.search(text):
        found = [(i, s) for i, s in found if s != "requirements"]  # "bs rekam ktp?": the document is the service
    if "when" in slots and _PRODUCT_READY.search(text):
        found = [(i, s) for i, s in found if s != "requirements"]  # "ktp nya jadi hari itu?": the document made
    if _STATUS.search(text) and _YES_NO.search(text) and "who" not in slots:
        found = [(-1, "who"), *((i, s) for i, s in found if s != "how" or _HOW_NAMED.search(text))]
    if "where" in slots and PROVIDED.search(text) and not re.search(r"\bmana\b", text) and \
            not _WHERE_ASKED.search(_PLACE_SAID.sub(" ", text)):
        found = [(i, "what" if s == "where" else s) for i, s in found]  # "di posko ada makanan gak?": what is given
    if _OWN_PLACE.search(text) and not _WHERE_ASKED.search(text) and len(slots) > 1:
        found = [(i, s) for i, s in found if s != "where"]  # "tinggal di X, bisa ikut/beli?": the asker's case
    elif _OWN_PLACE.search(text) and not _WHERE_ASKED.search(text) and slots == {"where"} and _YES_NO.search(text):
        found = [(i, "who") for i, _ in found]  # "tinggal di tanah sewaan, bisa diusulkan?": whether their case counts
    return [slot for _, slot in sorted(found)][:3]


#: Where a comment moves on to its next question: an end mark, a comma, or "terus ..." / "lalu ...".
_CLAUSE_END = re.compile(r"[?!;\n]+|(?<!\d)[.,](?!\d)|\s+(?=(?:trus|terus|trs|lalu|terus)\s)")


def clauses(comment: str) -> list[tuple[str, bool]]:
    """The comment's clauses, each with whether it asks ("... ga?", "dmn tempatnya")."""
    out: list[tuple[str, bool]] = []
    cursor = 0
    for match in _CLAUSE_END.finditer(comment):
        part = comment[cursor:match.start()].strip()
        if lexicon_free_words(part):
            out.append((part, "?" in match.group(0) or asks(part)))
        cursor = match.end()
    tail = comment[cursor:].strip()
    if lexicon_free_words(tail):
        out.append((tail, asks(tail)))
    return out


def lexicon_free_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{2,}", text))


#: The asker's own case (opened by themselves or a relative, then a yes/no "bisa/boleh ..."): it asks who is served.
OWN_CASE_ASKED = re.compile(r"^(?:\w+\s+)?(?:saya|aku|kami|anak|bapak|ibu|ayah|mama|papa|suami|istri|nenek|kakek|mbah|"
                            r"adik|"
                            r"ortu|mertua)\b.*\b(?:bisa|boleh)\b")
#: A question that goes on from the one before it ("..., masih bisa kirim?").
_STILL = re.compile(r"^(?:apa |apakah )?masih (?:bisa|boleh)\b")


def question_parts(comment: str) -> list[tuple[str, list[str]]]:
    """What each question of a comment asks: (the question with the statements before it, its slots),
    in order. "min beras brp sekilo? trus boleh beli brp kilo?" asks the price and the limit apart, so a
    word of one question ("berapa") does not hide the slot of another; a statement ("sy kerja") is
    context for the question after it. A comment whose clauses name no slot is read whole."""
    parts: list[tuple[str, list[str]]] = []
    context: list[str] = []
    for text, asking in clauses(comment):
        slots = question_slots(text) if asking else []
        if not slots:
            context.append(text)
            continue
        parts.append((", ".join([*context, text]), slots))
        context = []
    merged: list[tuple[str, list[str]]] = []
    for text, slots in parts:  # "kalau sudah lewat gimana, masih bisa kirim?": one question on the deadline
        if merged and "deadline" in merged[-1][1] and _STILL.search(normalise(text.rsplit(", ", 1)[-1])):
            merged[-1] = (f"{merged[-1][0]}, {text}", merged[-1][1])
        else:
            merged.append((text, slots))
    parts = [_follow_up(parts[i - 1][0] if i else "", text, slots) for i, (text, slots) in enumerate(merged)]
    if len(parts) <= 1:
        whole = question_slots(comment)
        return [(comment, whole)] if whole else []
    return parts


#: A bare follow-up asking until when ("..., sampe kapan?"), and a question before it about signing up.
_UNTIL_WHEN = re.compile(r"^(?:\w+\s+)?sampai kapan(?:\s+\w+)?$")
_SIGN_UP = re.compile(r"\b(?:daftar\w*|mendaftar|pendaftaran|registrasi)\b")


def _follow_up(before: str, text: str, slots: list[str]) -> tuple[str, list[str]]:
    """A follow-up read with the question before it: "daftar di mana? sampe kapan?" asks until when one can sign
    up (the deadline), not until when the event runs."""
    own = normalise(text.rsplit(", ", 1)[-1])
    if slots == ["when"] and _UNTIL_WHEN.match(own) and _SIGN_UP.search(normalise(before)):
        return text, ["deadline"]
    return text, slots


def asks(comment: str) -> bool:
    """Whether the comment asks something (not only states or exclaims); a "... gak," tail ends a
    question inside a longer comment ("bisa bayar lewat hp gak, malas antri")."""
    text = normalise(comment)
    return bool(_ASKING.search(text) or "?" in comment or _TAIL.search(comment.lower()) or re.search(OWN_HOURS, text))


#: A baby's age in weeks or days ("bayi ulun baru 2 minggu", "anak sy umur 10 hari"), said after the child.
_NEWBORN_AGE = re.compile(r"\b(?:bayi|baby|anak|adik|adek|umur|usia)\b(?:(?!\b(?:sudah|udah|udh|dah|selama|sejak|sakit|"
                          r"demam|panas)\b)[^.?!,]){0,20}?\b(\d{1,2})\s*(minggu|mgg|hari)\b")


#: Counts said in words before an age's unit ("dua bulan", Javanese "rong wulan"), and "se-" for one ("sebulan").
_AGE_WORDS = {"satu": 1, "siji": 1, "dua": 2, "loro": 2, "rong": 2, "tiga": 3, "telu": 3, "telung": 3, "empat": 4,
              "papat": 4, "lima": 5, "limang": 5, "enam": 6, "enem": 6, "tujuh": 7, "pitu": 7, "delapan": 8,
              "wolu": 8, "sembilan": 9, "songo": 9, "sepuluh": 10}
_AGE_IN_WORDS = re.compile(r"\b((?:umur|usia|umua)\w*\s+(?:(?:baru|nembe|masih|sudah|udah|pas|genap)\s+)?)"
                           r"(?:(" + "|".join(_AGE_WORDS) + r")\s+|se)(bulan|wulan|tahun|taun)\b")


def _age_digits(text: str) -> str:
    """ "umure nembe sewulan" -> "umure nembe 1 bulan": an age said in words read as one in digits."""
    return _AGE_IN_WORDS.sub(lambda m: f"{m.group(1)}{_AGE_WORDS[m.group(2)] if m.group(2) else 1} "
                                       f"{'bulan' if m.group(3) in ('bulan', 'wulan') else 'tahun'}", text)


def asked_age(question: str) -> int | None:
    """The age the question states, in months ("anak sy 8 th" -> 96; a baby of "2 minggu" -> 0), or None."""
    text = _age_digits(normalise(question))
    newborn = _NEWBORN_AGE.search(text)
    if newborn:
        return int(newborn.group(1)) // (4 if newborn.group(2) != "hari" else 30)
    match = _ASKED_AGE.search(text)
    if not match or (match.group(2) and _DURATION.match(text[match.end():])):
        return None  # "sudah 5 tahun tinggal di batam": how long, not how old
    if match.group(2) and _DURATION_BEFORE.search(text[:match.start()]):
        return None  # "ambo manunggak 2 bulan": months of arrears, not an age
    if _PREGNANT.search(text[:match.start()]):
        return None  # "hamil 5 bulan": how far along, not how old
    if match.group(3) or match.group(4):  # "umur 62", "saya 55": years, as an age is said without its unit
        return int(match.group(3) or match.group(4)) * 12
    value = int(match.group(1))
    if match.group(2) == "bulan":
        return value
    more = re.match(r"\s*(\d{1,2})\s*bulan\b", text[match.end():])  # "5 thn 8 bln"
    return value * 12 + (int(more.group(1)) if more else 0)
