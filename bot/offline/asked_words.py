"""More of the everyday words of a comment (round 11b): regional forms, words run together, and the
meaning of a question's words per slot, so a question is read by what it means, not by the draft's words.

- `REGIONAL`: Minang, Papua and Ambon Malay, Sasak, Batak and Makassar forms and common contractions
  ("gajadi", "gabisa"), spelled out before the slot rules run.
- `split_run_together`: a token of question words written without spaces ("sampejamberapa") split into
  its words, only when every piece is a known question word.
- `SLOT_NAMES`: words that name a slot itself ("ongkos", "total", "jadwal"); a question about them is a
  question about that slot, never about a thing the draft does not mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

REGIONAL: dict[str, str] = {
    # Minang
    "ambo": "saya", "baa": "gimana", "caro": "cara", "dapek": "dapat", "indak": "tidak",
    "alah": "sudah", "ateh": "atas", "baliak": "kembali", "tabaka": "terbakar",
    # Papua and Ambon Malay
    "pu": "punya", "tara": "tidak", "sonde": "tidak", "musti": "harus",
    # Riau Malay
    "ade": "ada", "mane": "mana", "nak": "mau", "die": "dia", "larat": "kuat",
    # contractions of online writing
    "gajadi": "tidak jadi", "gabisa": "tidak bisa", "gaada": "tidak ada", "gapunya": "tidak punya",
    "gatau": "tidak tahu", "nerima": "menerima", "emang": "memang", "dapetin": "dapat", "dianter": "diantar",
    "nganter": "antar", "dibayarin": "dibayar", "nyampe": "sampai", "dibagiin": "dibagikan", "dikasi": "dikasih",
    # question words of other regions (round 16q): Batak Toba "sadia" (how much), "andigan" (when), "didia"
    # (where), "boi" (may), "tuhor" (buy); Madurese "berempa" (how much), "dhimma" (where); Dayak Ngaju "pire"
    # (how much); Javanese "entuk" (may, get), "mlebu" (enter), "omah" (house); Manado/Ternate "dapa" (get)
    "sadia": "berapa", "andigan": "kapan", "didia": "dimana", "boi": "boleh", "tuhor": "beli", "manuhor": "beli",
    "berempa": "berapa", "barampa": "berapa", "dhimma": "dimana", "dimma": "dimana", "pire": "berapa",
    "entuk": "boleh", "mlebu": "masuk", "omah": "rumah", "omahku": "rumah saya", "dapa": "dapat",
    # round 17q: question and slot words of Banyumasan ("ngendi" where, "nggawa" bring, "takon" ask, "kepriwe" how,
    # "olih" may, "arep" want, "bae" only, "maring" to), Minang ("bilo" when, "buliah" may, "ikuik" join, "paralu"
    # need, "bara" how much, "tampek" place, "bayia" pay, "kalua" come out), Manado ("bole" may, "kiapa" why),
    # Ambon ("par" for), Pontianak Malay ("umo" age); each a word citizens ask a slot with
    "ngendi": "dimana", "nggawa": "bawa", "gawa": "bawa", "digawa": "dibawa", "takon": "tanya",
    "kepriwe": "gimana", "priwe": "gimana", "olih": "boleh", "arep": "mau", "bae": "saja", "maring": "ke",
    "priksa": "periksa", "bilo": "kapan", "buliah": "boleh", "ikuik": "ikut", "paralu": "perlu", "bara": "berapa",
    "tampek": "tempat", "tampeknyo": "tempat", "bayia": "bayar", "kalua": "keluar", "bole": "boleh",
    "kiapa": "kenapa", "par": "untuk", "umo": "umur", "masuak": "masuk", "alun": "belum", "kitong": "kami",
    "torang": "kami",
    # round 25: Minang "baok" (bring), Javanese krama "yuswo"/"yuswa" (age), "angsal" (may, get), "kulo"/"kula" (I)
    "baok": "bawa", "dibaok": "dibawa", "yuswo": "usia", "yuswa": "usia", "yuswane": "usia", "angsal": "boleh",
    "kulo": "saya", "kula": "saya",
    # round 26: Banjar "bulih" (may), "haja" (only), "barapa" (how much), "sorang" (oneself), "ambil"/"ambik";
    # Minang "paliang lambek" (at the latest), "sadonyo"/"sado" (all), "kama" (where to), "umue" (age);
    # Banyumasan/Brebes "pimen"/"kepriben" (how); Riau/Lingga Malay "betol" (true), "kat" (at)
    "bulih": "boleh", "haja": "saja", "barapa": "berapa", "sorang": "sendiri", "ambik": "ambil", "ambiak": "ambil",
    "paliang": "paling", "lambek": "lambat", "sadonyo": "semua", "sado": "semua", "kama": "kemana", "umue": "umur",
    "pimen": "gimana", "kepriben": "gimana", "betol": "betul", "kat": "di",
    # round 27: Javanese "rego"/"regane" (price), "tuku" (buy), "sido" (go ahead), "endog" (egg), "kemis" (Thursday);
    # Kuantan/Riau Malay "tompek" (place), "ughang" (person), "langsuang" (straight away); Sundanese "kenging" (may),
    # "ngiring" (join), "ieu" (this); Medan "kreta" (motorbike), "awak" (I); Aceh "hana" (no); Papua "kitorang"
    # (we), "skali" (very); Palembang "bukak" (open)
    "rego": "harga", "regane": "harga", "regone": "harga", "tuku": "beli", "sido": "jadi", "endog": "telur",
    "kemis": "kamis", "tompek": "tempat", "tompeknyo": "tempat", "ughang": "orang", "langsuang": "langsung",
    "kenging": "boleh", "ngiring": "ikut", "ieu": "ini", "kreta": "motor", "awak": "saya", "hana": "tidak",
    "kitorang": "kami", "skali": "sekali", "bukak": "buka",
    # round 28: Acehnese "aneuk" (child), "lon" (I), "umu" (age), "thon" (year), "jeut" (can), "mantong" (still),
    # "pajan" (when); Madurese "ponapa" (what), "bilâ" (when), "kaulâ" (I), "ampon" (already), "niki" (this);
    # Javanese krama and Mataraman "pinten" (how much), "saget" (can), "teng" (at), "ditampa" (received),
    # "nggo" (for), "budhal" (leave), "teko" (from), "mlampah" (walk); Deli Malay "mintak" (ask for); Sundanese
    # "cenah" (they say)
    "aneuk": "anak", "lon": "saya", "umu": "umur", "thon": "tahun", "jeut": "bisa", "mantong": "masih",
    "pajan": "kapan", "ponapa": "apa", "bilâ": "kapan", "kaulâ": "saya", "kaula": "saya", "ampon": "sudah",
    "niki": "ini", "pinten": "berapa", "saget": "bisa", "teng": "di", "ditampa": "diterima",
    "nggo": "untuk", "budhal": "berangkat", "teko": "dari", "mlampah": "jalan", "mintak": "minta",
    "cenah": "katanya",
    # round 38: Sundanese "iraha ... dugi" (from when ... until), "cai" (water), "pareum" (off), "ngocor" (flows),
    # "deui" (again), "leres" (true), "ceuk" (they say), "dianteur" (delivered), "imah" (house), "caket" (near),
    # "kaasup" (included), "tos" (already), "gering" (ill); Javanese "meteng" (pregnant), "sasi" (month), "hasile"
    # (the result), "mburi" (later), "disik" (first), "suwene" (how long), "pirang" (how many), "wingi" (yesterday),
    # "jek" (still), "poso" (fast), "sakdurunge" (before), "mek"/"tok" (only), "maneh" (again), "mengko" (later),
    # "tenan" (true), "jare" (they say), "ewu" (thousand), Malang's "ayas" (I); Banjar "bagawi" (work), "wan" (and)
    "ti": "dari", "dugi": "sampai", "cai": "air", "pareum": "mati", "ngocor": "mengalir", "deui": "lagi",
    "leres": "benar", "ceuk": "katanya", "dianteur": "diantar", "imah": "rumah", "caket": "dekat",
    "kaasup": "termasuk", "tos": "sudah", "gering": "sakit", "tatangga": "tetangga", "kamana": "kemana",
    "meteng": "hamil", "sasi": "bulan", "hasile": "hasil", "mburi": "nanti", "disik": "dulu", "suwene": "berapa lama",
    "pirang": "berapa", "wingi": "kemarin", "jek": "masih", "poso": "puasa", "sakdurunge": "sebelum", "mek": "hanya",
    "tok": "saja", "maneh": "lagi", "mengko": "nanti", "tenan": "benar", "jare": "katanya", "ewu": "ribu",
    "ayas": "saya", "obate": "obat", "bojoku": "istri saya", "cedhak": "dekat", "bagawi": "bekerja", "wan": "dan",
    "adingku": "adik saya", "maambilakan": "mengambilkan",
    # round 39: Papua Malay "sa" (I), "pi" (go), "su" (already); Pontianak Malay "kamek" (I), "kerje" (work);
    # Sasak "embe" (where), "leq" (at); cash said in English ("bayar cash", "emoney")
    "sa": "saya", "pi": "pergi", "su": "sudah", "kamek": "saya", "kerje": "kerja", "embe": "mana", "leq": "di",
    "cash": "tunai", "emoney": "uang elektronik",
    # round 40: Kupang Malay "beta" (I), "pung" (of), "taun" (year); North Maluku and Manado Malay "pe" (of), "so"
    # (already), "taong" (year), "pigi" (go); Kaili-area Malay "ambe" (take); Acehnese
    # "rumoh" (house), "ie" (water), "kiban" (how); Banyumasan "kiye" (this), "ora" (not), "inyong" (I), Javanese
    # "piro" (how much); Banjar "gasan" (for), "pian" (you); Balinese "tiang" (I), "ical" (lost), "kenken" (how),
    # "nika" (that); Minang "amak" (mother); spoken "nunggak", "ngajuin", "nolak", "kelewat"
    "beta": "saya", "pung": "punya", "taun": "tahun", "pe": "punya", "so": "sudah", "taong": "tahun",
    "pigi": "pergi", "ambe": "ambil", "rumoh": "rumah", "ie": "air",
    "kiban": "gimana", "kiye": "ini", "ora": "tidak", "inyong": "saya", "piro": "berapa", "gasan": "untuk",
    "pian": "anda", "tiang": "saya", "ical": "hilang", "kenken": "gimana", "nika": "itu", "amak": "ibu",
    "nunggak": "menunggak", "ngajuin": "mengajukan", "nolak": "menolak", "kelewat": "terlewat", "mbayar": "bayar",
    # round 41: Sasak "piran" (when), "aik" (water), "inem" (drink), "ndeq" (not), "araq" (there is), "berembe"
    # (how), "jok" (to), "lek" (at); Lampung "dipa" (where), "dapok" (can), "ngikut" (take part), "nyak" (I);
    # Manado and Gorontalo Malay "ngana" (you); Sundanese "upami" (if), "gaduh" (have), "wungkul" (only)
    "piran": "kapan", "aik": "air", "inem": "minum", "ndeq": "tidak", "araq": "ada", "berembe": "gimana",
    "jok": "ke", "lek": "di", "dipa": "dimana", "dapok": "bisa", "ngikut": "ikut", "nyak": "saya", "ngana": "kamu",
    "upami": "kalau", "gaduh": "punya", "wungkul": "saja",
    # round 42: Acehnese "pat" (where), "padum" (how much), "jinoe" (now), "keuneuk" (want), "ngon" (with), "tamong"
    # (enter), "pue" (whether); Pontianak Malay "umor" (age); Bugis "pekkugi" (how), "engka" (there is), "laleng"
    # (inside), "ditiwi" (brought); Bangka Malay "pacak" (can); Manado "nyanda" (not); Batak Toba "hauma" (rice
    # field), "nunga" (already), "dope" (still), "molo" (if); Banjar "banyu" (water); Banyumasan "nyong" (I), "esih"
    # (still); Balinese "pajeg" (tax), "suba" (already), "wenten" (there is), "kanti" (until)
    "pat": "dimana", "padum": "berapa", "jinoe": "sekarang", "keuneuk": "mau", "woe": "pulang", "ngon": "dengan",
    "moto": "motor", "ureueng": "orang", "tamong": "masuk", "nyoe": "ini", "pue": "apakah", "gratisnye": "gratisnya",
    "naek": "naik", "aek": "air", "untok": "untuk", "umor": "umur", "pekkugi": "bagaimana", "carana": "caranya",
    "engka": "ada", "laleng": "dalam", "ditiwi": "dibawa", "bagemana": "gimana", "pacak": "bisa",
    "diambik": "diambil", "ngambik": "ambil", "lamo": "lama", "dapet": "dapat", "dorang": "mereka",
    "nyanda": "tidak", "bagimana": "gimana", "hauma": "sawah", "nunga": "sudah", "dope": "masih", "dapot": "dapat",
    "sian": "dari", "molo": "kalau", "banyu": "air", "nyong": "saya", "umure": "umurnya", "esih": "masih",
    "diterke": "diantar", "dina": "hari", "pajeg": "pajak", "suba": "sudah", "dendane": "dendanya",
    "makejang": "semua", "wenten": "ada", "buin": "lagi", "uli": "dari", "kanti": "sampai", "rahina": "hari",
}

#: Spoken and regional forms of the slang table of asked.py (moved here to keep that module short).
SPOKEN_REGIONAL: dict[str, str] = {
    # Riau Malay, Ambon Malay and spoken Jakarta forms
    "dimane": "dimana", "kemane": "kemana", "berape": "berapa", "bile": "kapan", "seng": "tidak",
    "dateng": "datang", "datengin": "datangi", "didatengin": "didatangi", "nginep": "menginap",
    "diwakilin": "diwakilkan", "wakilin": "wakilkan", "sopo": "siapa", "lwt": "lewat", "lwat": "lewat",
    # more Javanese and Sundanese forms
    "njupuk": "ambil", "jupuk": "ambil", "daftare": "daftar", "syaratna": "syarat", "naon": "apa", "kudu": "harus",
    "mawa": "bawa", "bibite": "bibit", "dapetnya": "dapatnya",
    # Banjar, Makassar and Betawi forms
    "ulun": "saya", "kawa": "bisa", "kada": "tidak", "handak": "mau", "nakke": "saya", "nda": "tidak",
    "ndak": "tidak", "aye": "saya", "kagak": "tidak", "gimane": "gimana", "pegimane": "gimana", "udeh": "sudah",
    "nyang": "yang", "bise": "bisa", "ente": "kamu", "umpat": "ikut", "sapa": "siapa", "sapose": "siapa",
    # more Sundanese forms
    "abdi": "saya", "nu": "yang", "sabaraha": "berapa", "iraha": "kapan", "nepi": "sampai", "kumaha": "gimana",
    "poe": "hari", "bade": "mau", "aya": "ada", "kedah": "harus", "sanes": "bukan", "palih": "sebelah",
    # more Javanese forms
    "melu": "ikut", "manggon": "tinggal", "endi": "mana", "ndi": "mana", "pundi": "mana", "cedak": "dekat",
    "durung": "belum", "diwakilke": "diwakilkan", "diwakilno": "diwakilkan", "ning": "di", "sing": "yang",
    "wis": "sudah", "sampun": "sudah", "mboten": "tidak", "pripun": "gimana", "tekan": "sampai",
    "rampung": "selesai", "digowo": "dibawa", "gowo": "bawa", "nggowo": "bawa",
}

#: Question phrases of regional Malay read before the words (round 17q): Malay "bila" is "when" at a question's
#: end or after "sampai" ("sampai bila kah?", "buka bila?"), never the "if" of "bila ada"; NTT/Kupang "bikin apa"
#: and Banjar "kaya apa"/"kayapa" at a question's end ask "how"; Makassar/Bugis "ji" after "bisa"/"boleh" is the
#: question's tag ("bisa ji?").
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(sampai|sampe|hingga|sampay) bila\b"), r"\1 kapan"),
    (re.compile(r"\bbila(?=\s*(?:kah|ya|ka|\?|$))"), "kapan"),
    (re.compile(r"\b(?:bikin|biking|bekin) apa(?=\s*(?:ko|kah|ka|e|\?|$))|\bkaya ?apa\b(?=\s*(?:kah|ka|\?|$))"),
     "gimana"),
    (re.compile(r"\b(bisa|boleh|bole) ji\b"), r"\1 kah"),
    (re.compile(r"\bkek ?mana\b"), "gimana"),  # Deli Malay "how" (round 28)
)


def regional_phrases(text: str) -> str:
    """Lower-cased `text` with the regional question phrases of `_PHRASES` spelled out."""
    for pattern, repl in _PHRASES:
        text = pattern.sub(repl, text)
    return text

#: After "cek", a medical check named (round 17q): "cek kesehatan di mana?" names the service and asks its place,
#: where "cek status di mana?" asks the way to check.
MEDICAL = r"(?!\s+(?:kesehatan\w*|mata|gigi|darah|gula|tensi|kolesterol|jantung|paru))"

#: Slot words that take a regional or spoken enclitic ("kuotane", "dendana", "antrinya"): read as the word.
ENCLITIC_ROOTS = frozenset({
    "antri", "antrian", "kuota", "syarat", "biaya", "bayar", "daftar", "denda", "harga", "lokasi", "tempat",
    "alamat", "umur", "usia", "jam", "jadwal", "tanggal", "cara", "berkas", "saksi", "admin", "tarif", "jatah",
    "retribusi", "iuran", "ongkos", "selesai", "target",
})
ENCLITIC = re.compile(r"^(\w{3,}?)(?:nya|nye|ne|na|e)$")

#: Question words that may be written together without spaces ("sampejamberapa", "bukajamberapa").
_PIECES = frozenset({
    "sampe", "sampai", "jam", "berapa", "brp", "kapan", "kpn", "dimana", "dmn", "buka", "tutup", "bisa", "bs",
    "ga", "gak", "gk", "nggak", "tidak", "ada", "bayar", "daftar", "hari", "apa", "mulai", "biaya", "harga",
    "tanggal", "tgl", "jadi", "lokasi", "syarat", "cara", "gimana", "gmn",
})


@lru_cache(maxsize=4096)
def split_run_together(token: str) -> tuple[str, ...]:
    """`token` split into question words written together ("sampejamberapa" -> sampe, jam, berapa), or the
    token alone when it is not made of them."""
    if len(token) < 6 or token in _PIECES:
        return (token,)
    best: list[tuple[str, ...] | None] = [None] * (len(token) + 1)
    best[0] = ()
    for end in range(2, len(token) + 1):
        for start in range(max(0, end - 7), end - 1):
            head = best[start]
            if head is not None and token[start:end] in _PIECES:
                best[end] = (*head, token[start:end])
                break
    found = best[len(token)]
    return found if found and len(found) >= 2 else (token,)


#: Words that name a slot itself: asked about, they ask that slot, never name a thing the draft lacks.
SLOT_NAMES: frozenset[str] = frozenset({
    "ongkos", "biaya", "tarif", "harga", "bayar", "iuran", "pungutan", "potongan", "admin",
    "total", "jumlah", "totalnya", "semuanya", "jadwal", "waktu", "keburu", "sempat", "modal", "lolos",
    "harapan", "peluang",
})

_MONTHS = r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|" \
    r"jan|feb|mar|apr|" \
    r"jun|jul|agu|agt|sep|okt|nov|des)"
#: A date or month the asker names, checked against the draft's period or deadline ("bayar november masih
#: kena denda?", "tgl 3 november masih dapet?", "ngurus november, masih sempat?", "nanti diperpanjang kan?").
#: A late citizen's question: whether the period is extended, whether they still make it, whether a fine returns.
LATE_CHECK = (r"\b(?:program\w*|nanti|kan|akan|bakal|apa|bisa)\s+diperpanjang\b|"
              r"\bdiperpanjang\s+(?:gak|ga|nggak|tidak|kan|lagi|kah|ya|tidak)\b|\bperpanjangan (?:waktu|program)\b|"
              r"\b(?:masih sempat|(?:kena|dikenakan) denda)\b")
DATE_CHECK = (rf"\b{_MONTHS}\b.{{0,40}}\b(?:masih|kena denda|sempat|keburu|telat)\b|"
              rf"\b(?:masih|sempat|keburu)\b.{{0,30}}\b(?:tanggal \d{{1,2}} )?{_MONTHS}\b|" + LATE_CHECK)

#: Works asked when done ("jalan baru itu kapan jadi?", "jembatannya jadi kapan"): the target of the works.
WORKS_DONE = (r"\b(?:jalan|jembatan|gedung|pasar|bangunan|proyek|saluran|drainase|terminal|taman)\b.{0,25}"
              r"\b(?:kapan (?:jadi|beres|siap)|(?:jadi|beres|siap|selesai|rampung)(?:\s+\w+){0,2}\s+kapan)\b")

#: Intents read from the whole comment before the word rules (round 11b).
INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a place named as a stop ("mampir ke kecamatan puger ga?", "di malingping bisa bikin KIA?")
    ("where", re.compile(r"\b(?:mampir|singgah|keliling) (?:ke|di) (?!rumah\b)\w+|"
                         r"^di (?!rumah\b)\w+ (?:bisa|boleh)\b")),
    # whether a number or a place is still left when the asker comes ("jam 8 masih dapat nomor?")
    ("quota", re.compile(r"\b(?:masih )?(?:dapat|dapet|kebagian) (?:nomor|kuota|jatah|tempat)\b|\bkebagian\b")),
    # a party larger than one unit allows ("kami 6 org satu KK ..., cukup satu akun?")
    ("quota", re.compile(r"\b\d+ (?:orang|org|anak|jiwa)\b.{0,50}\b(?:satu|1) (?:akun|kk|kupon|nomor|tiket)\b|"
                         r"\bcukup (?:satu|1) (?:akun|kk|kupon|nomor|tiket)\b")),
    # a number checked against a rule ("tinggi sy 160 cm, cowok. lolos ga?")
    ("requirements", re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:cm|kg)\b.*\b(?:lolos|bisa|boleh|masuk|memenuhi|cukup)\b")),
    # a school level asked ("anak sy lg S2, dapat juga?")
    ("who", re.compile(r"\b(?:s[123]|d[1-4]|sd|smp|sma|smk)\b.*\b(?:dapat|dapet|bisa|boleh|ikut)\b"
                       r"(?:\s+(?:juga|jg|gak|ga|nggak|tidak|kah))*\s*$")),
    # a thing the asker lacks, asked whether they may still come (round 17q: "tidak ada buku nikah, bisa ji?",
    # "kalo nda ada BPJS bole pake?"): the rule on that thing; a phone or an app lacked asks the way instead, and
    # "bisa ikut" after it asks who may join
    ("requirements", re.compile(r"\b(?:tidak|gak|ga|nggak|belum|tak) (?:ada|punya|memiliki|bawa|membawa) "
                                r"(?!hp\b|ponsel|smartphone|android|aplikasi|internet|kuota|waktu|uang)\w+"
                                r".*\b(?:bisa|boleh)\b(?!\s+(?:kah\s+)?(?:ikut|daftar|mendaftar)\b)")),
    # a document or pass asked whether needed ("paralu kupon indak?", "perlu surat pengantar gak?")
    ("requirements", re.compile(r"\b(?:perlu|harus|wajib|mesti|pakai) (?:\w+ )?(?:kupon|surat|kartu|fotokopi|"
                                r"materai|meterai|rekomendasi|pengantar|bpjs|npwp|nib|sktm|ijazah)\b")),
    # the way required ("berkasnya harus dianter ke kantor?")
    ("how", re.compile(r"\b(?:harus|perlu|wajib) (?:\w+ )?(?:ke|datang ke) (?:kantor|loket|gerai)\b")),
    # why the asker's case was refused ("knp ditolak", "ditolak trs"): the rule it did not meet
    ("who", re.compile(r"\b(?:kenapa|knp) (?:\w+ )?(?:ditolak|gagal|tidak bisa)\b|"
                       r"\b(?:ditolak|gagal) (?:terus|trs|mulu)\b")),
)


#: Words after "berapa" that do not name a thing counted: units of time, money, amounts bought or taken, age, the
#: slot words of other slots, particles and pronouns.
_NOT_COUNTED = (r"lama|hari|jam|menit|detik|minggu|pekan|bulan|tahun|tanggal|kali|rupiah|rp|ribu|rb|juta|jt|duit|uang|"
                r"perak|harga|biaya|ongkos|tarif|bayar|sewa|iuran|admin|total|totalnya|sekilo|sekali|seliter|per|"
                r"semua|besar|paket|jerigen|jeriken|kg|kilo|liter|karung|bungkus|lembar|kupon|botol|sak|porsi|umur|"
                r"usia|nomor|ukuran|lantai|loket|dapat|dapet|terima|sih|ya|yaa|kak|kakak|min|bang|mas|mbak|pak|bu|"
                r"gan|bund|dong|nih|tuh|aja|saja|lagi|yang|itu|ini|kah|sekarang|saya|aku|kami|kita|sampai|jadi|"
                r"ada|sudah|masih|atau|dan|buat|untuk|di|ke|dari|an|bisa|boleh|harus|wajib|perlu|mau")
#: "berapa" before a noun and a clause on it counts that noun ("brp balita yg msh stunting", "brp daerah irigasi
#: yg dibahas"); "X berapa" asks the amount of X (its price when X is bought), and "jam/tanggal berapa" a time.
#: A percent asked before "berapa" is a figure too.
COUNTED = (r"(?<!harus )(?<!wajib )(?<!beli )(?<!ambil )(?<!jam )(?<!pukul )(?<!tanggal )(?<!kelas )(?<!nomor )"
           r"\bberapa\s+(?!(?:" + _NOT_COUNTED + r")\b)[a-z]{3,}(?:\s+[a-z]+)?\s+(?:yang|yg)\b|"
           r"\bpersen\b(?=.*\bberapa\b)")

#: Whether a thing is there ("ada makanan kah", "ada dokter gak"), asked of a place named as the setting ("di posko
#: ..."): it asks what is given there, not where the place is. A place itself asked to exist ("ada posko?") is not.
PROVIDED = re.compile(r"\bada\s+(?!(?:yang|yg|gak|ga|nggak|tidak|enggak|kah|ka|juga|lagi|saja|aja|ya|dong|posko|"
                      r"pengungsian|lokasi|tempat\w*|"
                      r"di|dimana|kemana)\b)([a-z]{3,}(?:\s+(?!(?:yang|yg|gak|ga|nggak|tidak|enggak|kah|ka|atau|apa)\b)"
                      r"[a-z]{3,}){0,2})")
