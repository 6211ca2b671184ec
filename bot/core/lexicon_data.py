"""Word lists behind the lexicon: plain data, no logic, nothing read from disk.

Everything is lower case unless the entry is a case-sensitive pattern. `lexicon.py`
compiles these into regexes and helpers; other modules should use `lexicon.py`.
"""

from __future__ import annotations

#: Non-standard spelling -> standard spelling (EYD V / KBBI).
SPELLING: dict[str, str] = {
    "silahkan": "silakan",
    "himbau": "imbau",
    "himbauan": "imbauan",
    "dihimbau": "diimbau",
    "menghimbau": "mengimbau",
    "praktek": "praktik",
    "resiko": "risiko",
    "beresiko": "berisiko",
    "respon": "respons",
    "terimakasih": "terima kasih",
    "mempengaruhi": "memengaruhi",
    "walikota": "wali kota",
    "sekedar": "sekadar",
    "mensukseskan": "menyukseskan",
    "ijin": "izin",
    "perijinan": "perizinan",
    "nasehat": "nasihat",
    "jaman": "zaman",
    "aktifitas": "aktivitas",
    "kwalitas": "kualitas",
    "apotik": "apotek",
    "atlit": "atlet",
    "propinsi": "provinsi",
    "obyek": "objek",
    "sistim": "sistem",
    "tehnik": "teknik",
    "merubah": "mengubah",
    "dirubah": "diubah",
    "antri": "antre",
    "antrian": "antrean",
    "hutang": "utang",
    "jadual": "jadwal",
    "kadaluarsa": "kedaluwarsa",
    "kadaluwarsa": "kedaluwarsa",
    "karir": "karier",
    "nopember": "november",
    "pebruari": "februari",
    "kwitansi": "kuitansi",
    "standarisasi": "standardisasi",
    "efektifitas": "efektivitas",
    "produktifitas": "produktivitas",
    "mengkonsumsi": "mengonsumsi",
    "mengkoordinir": "mengoordinasi",
    "dikoordinir": "dikoordinasi",
    "trampil": "terampil",
    "ketrampilan": "keterampilan",
    "cidera": "cedera",
    "diantaranya": "di antaranya",
    "kedepan": "ke depan",
    "disini": "di sini",
    "disana": "di sana",
    "kemana": "ke mana",
    "dimana": "di mana",
    "sholat": "salat",
    "analisa": "analisis",
    # chat spellings a village page writes ("utk bulan April", "yg sdh dibagikan"): never on an official post
    "utk": "untuk", "yg": "yang", "sdh": "sudah", "kpd": "kepada", "dgn": "dengan", "tdk": "tidak",
    "dlm": "dalam", "krn": "karena", "blm": "belum", "sbg": "sebagai", "tsb": "tersebut", "masing2": "masing-masing",
}

#: Entries whose standard form is written in title case when the original was capitalised.
TITLE_CASE_FIX: frozenset[str] = frozenset({"walikota"})

#: Bureaucratic phrase -> plain alternative (shown in audit messages).
JARGON: dict[str, str] = {
    "dalam rangka": "untuk / agar",
    "guna": "untuk",
    "sehubungan dengan": "terkait / karena",
    "berkenaan dengan": "tentang",
    "terkait dengan": "terkait",
    "dalam upaya": "untuk",
    "melaksanakan kegiatan": "kata kerja langsung (mis. melatih, membagikan, memeriksa)",
    "melakukan kegiatan": "kata kerja langsung (mis. melatih, membagikan, memeriksa)",
    "telah dilaksanakan": "sudah berlangsung / sudah selesai",
    "dilaksanakan": "diadakan / berlangsung",
    "melakukan pendataan": "mendata",
    "melakukan pengecekan": "memeriksa",
    "melakukan pemeriksaan": "memeriksa",
    "memberikan pelayanan": "melayani",
    "memberikan sosialisasi": "menjelaskan",
    "kegiatan sosialisasi": "penjelasan / pengenalan",
    "diberitahukan kepada": "(hapus; langsung ke isinya)",
    "diharapkan kepada masyarakat": "Yuk, ... / Silakan ... / Mohon ...",
    "dapat menghubungi": "hubungi",
    "adapun": "(hapus)",
    "bahwasanya": "bahwa (atau hapus)",
    "dalam hal ini": "(hapus)",
    "tersebut di atas": "itu",
    "yang mana": "yang",
    "agar supaya": "agar",
    "demikian disampaikan": "(hapus)",
    "atas perhatiannya diucapkan terima kasih": "Terima kasih!",
    "pemberdayaan": "sebut tindakannya (mis. melatih, memberi modal)",
    "peningkatan": "sebut apa yang bertambah dan berapa",
    "pengelolaan": "sebut tindakannya (mis. mengangkut, merawat)",
    "pembangunan": "sebut apa yang dibangun, di mana, kapan",
    "optimalisasi": "perbaikan",
    "sinergitas": "kerja sama",
    "stakeholder": "pihak terkait",
    "pemangku kepentingan": "pihak terkait",
    "implementasi": "penerapan",
    "mengimplementasikan": "menerapkan",
    "merealisasikan": "mewujudkan",
    "selaku": "(hapus bila tidak perlu)",
    "beserta jajaran": "(hapus)",
}

#: Jargon that the offline rewrite may replace in place without changing meaning.
SAFE_REPLACEMENTS: dict[str, str] = {
    "dalam rangka": "untuk",
    "guna": "untuk",
    "sehubungan dengan": "terkait",
    "berkenaan dengan": "tentang",
    "terkait dengan": "terkait",
    "dalam upaya": "untuk",
    "melakukan pendataan": "mendata",
    "melakukan pengecekan": "memeriksa",
    "melakukan pemeriksaan": "memeriksa",
    "memberikan pelayanan": "melayani",
    "agar supaya": "agar",
    "tersebut di atas": "itu",
    "beserta jajaran": "",
    "bertempat di": "di",
}

#: Regex fragments (case-insensitive) that mark a ceremonial sentence.
CEREMONIAL: tuple[str, ...] = (
    r"menghadiri",
    r"dihadiri",
    r"bertempat di",
    r"berlokasi di",
    r"dalam rangka",
    r"mewakili",
    r"acara (?:ini |tersebut )?dibuka",
    r"dibuka (?:secara )?(?:resmi|langsung) oleh",
    r"membuka secara resmi",
    r"secara resmi membuka",
    r"berlangsung (?:di|dengan|secara) (?:lancar|khidmat|meriah|sukses|aman)",
    r"berlangsung di",
    r"berjalan (?:dengan )?(?:lancar|sukses|khidmat|tertib)",
    r"turut hadir",
    r"hadir pula",
    r"didampingi",
    r"sambutan",
    r"memberikan arahan",
    r"foto bersama",
    r"kunjungan kerja",
    r"audiensi",
    r"silaturahmi",
    r"silaturahim",
    r"rapat koordinasi",
    r"\brakor\b",
    r"secara simbolis",
    r"pengguntingan pita",
    r"pemotongan pita",
    r"pemukulan gong",
    r"penandatanganan",
    r"menerima kunjungan",
    r"(?:dalam|pada) kesempatan (?:tersebut|itu|ini)",
    r"kegiatan (?:ini|tersebut) (?:diikuti|dihadiri)",
    r"menyampaikan apresiasi",
    r"mengucapkan terima ?kasih kepada",
    r"(?:melaksanakan|laksanakan|menggelar|melakukan) (?:acara|rapat|upacara)",
    r"\blaksanakan kegiatan",
    r"\bapel\b",
    r"dipimpin oleh",
    r"disambut",
    r"dimeriahkan",
    r"cendera ?mata",
    r"peletakan batu pertama",
    r"doa bersama",
    r"pencanangan",
    r"peninjauan",
    r"meninjau",
    r"rombongan",
    r"monitoring dan evaluasi",
    r"secara resmi",
    r"dalam acara",
    r"acara yang (?:digelar|diselenggarakan|dilaksanakan)",
    r"telah (?:dilaksanakan|berlangsung|digelar)",
    r"upacara",
    r"beserta jajaran",
)

#: Lead-ins stripped from the start of a sentence (case-insensitive regex fragments).
LEAD_INS: tuple[str, ...] = (
    r"(?:dalam|pada) (?:rapat|kesempatan|sambutan\w*|arahan\w*|acara|kegiatan|paparan\w*|pertemuan)"
    r"(?: (?:tersebut|itu|ini))?,?(?: [\w.\-]+){0,8}? (?:menyampaikan|mengatakan|menegaskan|menjelaskan|"
    r"mengungkapkan|menuturkan|diputuskan|disepakati|disampaikan|dijelaskan|ditegaskan)(?: bahwa)?,?",
    r"(?:dalam|pada) (?:rapat|kesempatan|pertemuan) (?:tersebut|itu|ini),?",
    r"adapun",
    r"bahwasanya",
    r"sebagaimana (?:diketahui|disampaikan),?",
    r"(?:perlu|untuk) diketahui,?",
    r"diberitahukan kepada (?:seluruh )?(?:masyarakat|warga)(?: \w+)?,? bahwa",
    r"selain itu,",
    r"dengan demikian,",
    r"dalam rangka [^,.]{3,150},",
    r"menindaklanjuti [^,.]{3,200},",
    r"sebagai (?:bentuk|wujud) [^,.]{3,120},",
    r"berdasarkan (?:juknis|petunjuk teknis|ketentuan|peraturan|surat edaran|keputusan|hasil rapat)[^,.]{0,80},",
    r"salah satu (?:inovasi|program|kegiatan|upaya|langkah|layanan|terobosan)(?: [\w\-]+){0,4}? "
    r"(?:adalah|yaitu|ialah|yakni)",
    r"(?:melalui|dalam|pada|lewat) (?:kerja sama|program|kegiatan|layanan|inovasi|gerakan|operasi pasar) "
    r"(?:ini|tersebut),?",
)

#: Words that show what citizens get or must do.
IMPACT_WORDS: frozenset[str] = frozenset({
    "gratis", "warga", "masyarakat", "bisa", "dapat", "daftar", "mendaftar", "pendaftaran", "layanan",
    "jadwal", "manfaat", "syarat", "biaya", "kuota", "dibuka", "buka", "mulai", "berlaku", "cara",
    "hubungi", "kunjungi", "lokasi", "cukup", "membawa", "bawa", "wajib", "hemat", "cepat", "mudah",
    "tanpa", "anda", "kamu", "kalian", "sobat", "peserta", "pelayanan", "bantuan", "diskon", "pengumuman",
    "penutupan", "ditutup", "libur", "pengalihan", "jam", "online", "daring", "aplikasi", "antrean",
    "kesempatan", "terbuka", "umum", "keluarga", "anak", "lansia", "bayi", "pelajar", "pedagang",
    "siswa", "siswi", "pemohon", "pemudik", "pencari", "penerima", "pendaftar", "diimbau", "imbau",
    "waspada", "kewaspadaan", "lowongan", "beasiswa", "subsidi", "potongan", "pembebasan", "penghapusan",
    "murah", "pemutihan", "diselenggarakan", "digelar", "tersedia", "disediakan", "dialihkan", "alternatif",
    "pengungsian", "evakuasi", "pemeriksaan",
})

#: Impact words that only hint at a benefit (they count half).
WEAK_IMPACT: frozenset[str] = frozenset({
    "warga", "masyarakat", "bisa", "dapat", "umum", "keluarga", "kesempatan", "anak", "siswa", "siswi",
    "pemohon", "pemudik", "pencari", "penerima", "pendaftar", "diselenggarakan", "digelar", "tersedia",
    "disediakan", "peserta", "pelajar", "lansia", "bayi", "pedagang", "kamu", "kalian", "anda", "sobat",
    "aplikasi", "online", "daring", "pemeriksaan",
})

#: Calls to action (regex fragments, case-insensitive).
CTA: tuple[str, ...] = (
    r"\byuk\b", r"\bayo\b", r"\bmari\b", r"\bdaftar\b", r"\bdaftarkan\b", r"\bkunjungi\b", r"\bhubungi\b",
    r"\bbagikan\b", r"\bsebarkan\b", r"tulis di (?:kolom )?komentar", r"\bcek\b", r"\bsimpan\b",
    r"\bcatat\b", r"\bdatang\b", r"\bikuti\b", r"\bsilakan\b", r"\bklik\b", r"\bunduh\b",
    r"\blaporkan\b", r"\bjangan lupa\b", r"\bajak\b", r"\bhadir(?:lah)?\b", r"\btonton\b",
    r"\btetap waspada\b", r"\batur (?:perjalanan|rute|jadwal)\b", r"\bhindari\b", r"\bteruskan\b",
    r"\b(?:pakai|gunakan|lewat) jalur (?:alternatif|lain)\b",  # the short call round a closure
)

#: Honorifics and titles before a name (case-sensitive regex fragments, with their dot).
TITLES_BEFORE: tuple[str, ...] = (
    # "Bapak Ibu warga ...", "Bapak/Ibu": citizens addressed, no title before a name
    r"Yang [Tt]erhormat", r"Yth\.", r"Bpk\.", r"Bapak(?!\s*[/-]?\s*Ibu\b)", r"Ibu(?! [Kk]ota)", r"Sdr\.", r"Sdri\.",
    r"Prof\.", r"Dr\.", r"Drs\.", r"Dra\.", r"Ir\.", r"dr\.", r"drg\.", r"H\.", r"Hj\.", r"K\.?H\.",
    r"Ust\.", r"Ustadz", r"Ns\.",
)

#: Academic degrees after a name (case-sensitive; matched after a comma).
DEGREES: tuple[str, ...] = (
    r"S\.(?:E|Sos|H|T|Pd|Kom|IP|Si|Kep|Ked|Ag|Psi|Farm|Hut|P|Pt|Ak|AP|Stat|S|Tr|I\.Kom|Pd\.I|H\.I|Kes)",
    r"M\.(?:Si|M|H|Pd|T|Kes|Kom|AP|Ag|Sc|E|Ak|Hum|PA|IP|Eng|Kn|Psi|Farm|Med|Par)",
    r"Ph\.D", r"MBA", r"MPA", r"MPH", r"MSc", r"Sp\.[A-Z][A-Za-z]{0,3}", r"A\.Md(?:\.[A-Za-z]+)?",
    r"SE", r"MM", r"MSi", r"SH", r"MH", r"ST", r"MT", r"SKM", r"IPU", r"CPA", r"CA",
)

#: Acronyms common enough to need no expansion.
KNOWN_ACRONYMS: frozenset[str] = frozenset({
    "KTP", "NIK", "KK", "RT", "RW", "WIB", "WITA", "WIT", "SIM", "BPJS", "PNS", "ASN", "TNI", "POLRI",
    "DPR", "DPRD", "RI", "NKRI", "UMKM", "PKK", "SD", "SMP", "SMA", "SMK", "TK", "PAUD", "ATM", "QRIS",
    "PLN", "PDAM", "KPU", "HUT", "COVID", "OK", "TV", "HP", "WA", "DM", "SMS", "PBB", "BUMN", "BUMD",
    "UMR", "UMK", "APBD", "APBN", "KB", "ID", "PT", "CV", "CPNS", "PPPK", "BLT", "BBM", "KIS", "KIP",
    "PKH", "RSUD", "IGD", "SP4N", "LAPOR", "URL", "PDF", "USB", "GPS", "AC", "WC", "BAB", "NPWP", "STNK",
    "BPKB", "LPG", "KRL", "MRT", "LRT", "TPS", "TPA", "PR", "UN", "DKI", "DIY", "NTB", "NTT",
})

#: Acronyms of common nouns (no office, no place) and what they stand for, for the fact check only: a
#: post may write "APD" where the draft says "perlengkapan pelindung diri" (`bot/core/fact_check.py`
#: asks the draft for most of the expansion's tail). Not used to spell acronyms out in posts.
COMMON_EXPANSIONS: dict[str, str] = {
    "APD": "alat pelindung diri", "BUMN": "badan usaha milik negara", "BUMD": "badan usaha milik daerah",
    "SKTM": "surat keterangan tidak mampu", "ODGJ": "orang dengan gangguan jiwa", "PKL": "pedagang kaki lima",
    "UMKM": "usaha mikro kecil dan menengah", "ASN": "aparatur sipil negara", "PNS": "pegawai negeri sipil",
    "KTP": "kartu tanda penduduk", "KK": "kartu keluarga", "RTLH": "rumah tidak layak huni",
    "MBR": "masyarakat berpenghasilan rendah", "BBM": "bahan bakar minyak", "PMT": "pemberian makanan tambahan",
    "ASI": "air susu ibu", "DBD": "demam berdarah dengue", "ISPA": "infeksi saluran pernapasan akut",
    "PHBS": "perilaku hidup bersih dan sehat", "PSN": "pemberantasan sarang nyamuk",
    "KDRT": "kekerasan dalam rumah tangga", "SKCK": "surat keterangan catatan kepolisian",
    "NIB": "nomor induk berusaha", "NIK": "nomor induk kependudukan", "PAUD": "pendidikan anak usia dini",
    "BLT": "bantuan langsung tunai", "APK": "alat peraga kampanye", "ABK": "anak berkebutuhan khusus",
    "IRT": "ibu rumah tangga", "TKI": "tenaga kerja indonesia", "PMI": "pekerja migran indonesia",
    "CV": "daftar riwayat hidup", "BUMIL": "ibu hamil", "BUSUI": "ibu menyusui",
    # an acting official's status before the office ("Pj Sekkot", "Plt Kadis"): no name's initials
    "PJ": "penjabat", "PLT": "pelaksana tugas", "PLH": "pelaksana harian",
}

#: Sentence-initial or template words that are never proper names (lower case).
NAME_STOP: frozenset[str] = frozenset({
    "yg", "utk", "dgn", "dg", "jg",  # chat spellings of "yang", "untuk", "dengan", "juga" ("Yg berhak: ...")
    "hari-h", "apa", "kapan", "di", "mana", "biaya", "cara", "ikut", "syarat", "info", "yuk", "ayo", "daftar",
    "catat", "bagikan", "ada", "tulis", "halo", "hai", "warga", "sobat", "kak", "kakak", "min", "admin",
    "bapak", "ibu", "saudara", "anda", "kamu", "kami", "kita", "terima", "kasih", "mohon", "maaf",
    "selamat", "salam", "instagram", "facebook", "tiktok", "whatsapp", "twitter", "telegram", "youtube",
    "threads", "x", "gas", "simpan", "teruskan", "makasih", "sumber", "lokasi", "jadwal", "waktu",
    "tempat", "detail", "kontak", "catatan", "penting", "dm", "tim", "pemerintah", "pak", "bu",
    # English words of everyday posts, which no Indonesian word list has
    "link", "update", "reminder", "share", "save", "live", "call", "chat", "klik",
    "tgl",  # "Tgl. 5 Juni": a label, like "tanggal"
    "maks",  # "Maks 5 kg per orang": "maksimal", as "min." is "minimal"
})

#: Head words of institutions and places: a sentence-initial one starts a name, not an ordinary phrase.
NAME_HEADS: frozenset[str] = frozenset({
    "dinas", "badan", "kantor", "kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa",
    "wali", "wakil", "bupati", "gubernur", "camat", "lurah", "kepala", "sekretaris", "menteri",
    "presiden", "jalan", "jl", "gedung", "taman", "pasar", "balai", "aula", "masjid", "gereja",
    "stadion", "lapangan", "alun-alun", "universitas", "sekolah", "rumah", "puskesmas", "pendopo",
    "pemerintah", "pemkot", "pemkab", "pemprov", "polres", "polsek", "kodim", "terminal", "stasiun",
    "bandara", "pelabuhan", "museum", "perpustakaan", "gelanggang", "mal", "plaza", "hotel", "ruang",
})

#: Indonesian cities and regencies whose names are also dictionary words: always names.
PLACE_NAMES: frozenset[str] = frozenset({
    "bandung", "medan", "padang", "malang", "bogor", "solo", "garut", "batu", "palu", "kupang", "banjar",
    "kuningan", "subang", "serang", "tegal", "kudus", "demak", "blora", "pati", "jambi", "bengkulu",
    "ambon", "sorong", "kendari", "mataram", "blitar", "kediri", "madiun", "jember", "bima", "dompu",
    "tuban", "gresik", "ngawi", "magetan", "sampang", "pinrang", "bone", "gowa", "maros", "barru",
    "sinjai", "bulukumba", "wajo", "soppeng", "enrekang", "luwu", "poso", "tolitoli", "buol", "banggai",
    "merauke", "nabire", "timika", "biak", "fakfak", "kaimana", "tual", "ternate", "tidore", "bitung",
    "tomohon", "manado", "gorontalo", "palopo", "parepare", "pangkep", "selayar", "bantaeng", "jeneponto",
    "takalar", "sidrap", "toraja", "mamuju", "majene", "polewali", "karawang", "cianjur", "sumedang",
    "indramayu", "cirebon", "ciamis", "tasikmalaya", "sukabumi", "purwakarta", "bekasi", "depok",
    "cimahi", "tangerang", "lebak", "pandeglang", "cilegon", "semarang", "surabaya", "jakarta",
    "yogyakarta", "makassar", "balikpapan", "samarinda", "pontianak", "banjarmasin", "palembang",
    "pekanbaru", "batam", "denpasar", "jayapura", "bontang", "tarakan", "kaltim", "bali", "jawa",
    "sumatra", "sumatera", "kalimantan", "sulawesi", "papua", "maluku", "indonesia", "pekalongan",
    "pemalang", "batang", "kendal", "salatiga", "magelang", "klaten", "sragen", "wonogiri", "boyolali",
})

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8,
    "agus": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "nopember": 11, "desember": 12, "des": 12,
}

#: Number words that multiply the number before them ("1,5 juta").
MULTIPLIERS: dict[str, int] = {
    "ribu": 10**3, "rb": 10**3, "k": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
    "triliun": 10**12,
}

DAYS: dict[str, str] = {
    "senin": "senin", "selasa": "selasa", "rabu": "rabu", "kamis": "kamis", "jumat": "jumat",
    "jum'at": "jumat", "jum’at": "jumat", "sabtu": "sabtu", "minggu": "minggu", "ahad": "minggu",
}

#: Weekday number (Monday = 0) of each canonical day name.
WEEKDAY: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6,
}

#: Abbreviations after which a full stop does not end a sentence (lower case, no dot).
ABBREVIATIONS: frozenset[str] = frozenset({
    "h", "hj", "dr", "drs", "dra", "ir", "prof", "jl", "jln", "no", "dll", "dsb", "dst", "tsb", "kel",
    "kec", "kab", "sdr", "sdri", "st", "tbk", "yth", "bpk", "ust", "ns", "drg", "rp", "a.n", "u.p",
    "s.d", "s/d", "mis", "hlm", "telp", "tel", "ttd", "kh", "se", "si", "sos", "pd", "mm", "sh", "mh",
    "kom", "ip", "ap", "ak", "kes", "sp", "md", "ph", "gg", "blok",
    # short forms inside personal names ("Ismail Hi. Djafar", "Nurhayati Abd. Rahman", "Syafrudin Dt. Bandaro")
    "hi", "abd", "moh", "muh", "mhd", "dt",
})

#: Common function words (lower case) that never make a topic hashtag.
FUNCTION_WORDS: frozenset[str] = frozenset({
    "yang", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "bagi", "oleh", "atau", "ini", "itu",
    "akan", "telah", "sudah", "bisa", "dapat", "juga", "para", "seluruh", "semua", "setiap", "mulai",
    "hingga", "sampai", "dalam", "secara", "tersebut", "karena", "agar", "supaya", "serta", "warga",
    "masyarakat", "kota", "kabupaten", "gratis", "tanpa", "biaya", "hari", "tanggal", "pukul", "jam",
    "kini", "sekarang", "besok", "nanti", "lebih", "sangat", "cukup", "membawa", "kembali", "tetap",
    "ada", "tidak", "belum", "masih", "baru", "lagi", "saja", "hanya", "pun", "lah", "kah", "nya",
    "yaitu", "adalah", "merupakan", "antara", "berikut", "sebagai", "melalui", "tentang", "terhadap",
})

#: Common words newer than Sastrawi's list of root words (lower case): ordinary words, never names.
NEWER_WORDS: frozenset[str] = frozenset({
    "hoaks", "hoax", "misinformasi", "daring", "luring", "warganet", "viral", "swafoto", "unduhan",
    "ojol", "ojek", "kos", "kost", "paylater", "cek",
    # KBBI's acronym words for kinds of help: a category, never a programme's name ("PEMBAGIAN BERAS BANSOS")
    "bansos", "sembako",
})
#: English words Indonesian posts use as ordinary words, often in capitals for emphasis ("Masuk FREE!",
#: "Open house", "Daftar ONLINE"), which Sastrawi's Indonesian list lacks; KBBI words it lacks too
#: ("balita", "batita", "manula": age groups). None is a name's part in a government post.
LOAN_WORDS: frozenset[str] = frozenset({
    "free", "online", "offline", "event", "booth", "weekend", "giveaway", "streaming", "booking",
    "deadline", "limited", "house", "ticket", "promo", "reminder", "noted", "balita", "batita", "manula",
    "speedboat", "longboat", "ferry", "shuttle",
})
