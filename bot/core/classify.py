"""Classify a citizen's comment: question, complaint, hoax, praise, abuse, spam,
political, personal data or other; and decide whether a human must look at it.

Rules, not a model: Indonesian lexicons and regexes, slang and "alay" spellings
included. When several kinds match, a fixed priority decides (personal data beats a
question, abuse beats a complaint, a strong spam signal beats everything).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core.models import CommentKind

_I = re.IGNORECASE

#: kind -> (signal name, regex) pairs. Patterns run on a normalised, lower-case text.
PATTERNS: dict[str, list[tuple[str, str]]] = {
    "spam_strong": [
        ("judi online", r"\b(?:slot|gacor|maxwin|togel|judi|judol|casino|kasino|jackpot|scatter|depo(?:sit)?|"
                        r"wd|rtp|bandar)\b"),
        ("pinjaman online", r"\b(?:pinjol|pinjaman online|dana cepat|cair cepat|pinjaman tanpa agunan|kredit cepat)\b"),
        ("promosi", r"\b(?:promo|diskon|order|jual|dijual|reseller|dropship|open po|harga grosir|cuan|"
                    r"investasi|trading|giveaway|endorse|follow back|followback|cek bio|klik link|link di bio)\b"),
        ("kontak dagang", r"\b(?:wa|whatsapp|hub|hubungi|dm|kontak)\s*:?\s*(?:\+62|62|0)8\d{6,}"),
    ],
    "spam_weak": [
        ("tautan", r"https?://|www\.|\bbit\.ly\b|\bs\.id/|\.(?:com|xyz|site|online|shop|club|vip)\b"),
    ],
    "personal_data": [
        ("NIK", r"(?<!\d)\d{16}(?!\d)"),
        ("nomor KK/identitas", r"\b(?:nik|no\.? ?kk|nomor kk|kartu keluarga|no\.? ?ktp|nomor ktp|"
                               r"no\.? ?rek(?:ening)?|nomor rekening|npwp|paspor)\b\s*(?:saya|sy|aku|ku)?\s*:?\s*\d"),
        ("nomor telepon", r"(?<!\d)(?:\+62|62|0)8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)"),
        ("e-mail", r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
        ("alamat rumah", r"\b(?:jl\.?|jln\.?|jalan|gg\.?|gang)\s+[\w .]{2,40}?\b(?:no\.?|nomor)\s*\d+|"
                         r"\brt\.?\s*0?\d{1,3}\s*/\s*rw\.?\s*0?\d{1,3}\b|"
                         r"\b(?:alamat|rumah)\s+(?:saya|sy|aku|kami)\s+(?:di\s+)?(?:jl|jln|jalan|gg|gang|blok|perum)"),
    ],
    "abuse": [
        ("makian", r"\b(?:anjing|anjeng|asu|bangsat|bajingan|babi|kampret|brengsek|keparat|sialan|"
                   r"tai|taik|bedebah|jancok|jancuk|jiancok|dancok|cok|cuk|raimu|ndasmu|matamu|puki|pukimak|kimak|"
                   r"bangke|kunyuk|telaso|sundal|lonte|bacot|cocot|kontol|memek|ngentot|pepek)\b"),
        ("hinaan", r"\b(?:goblok|goblog|gblk|bodoh|bodo|tolol|tolo|bego|dungu|idiot|otak udang|pecundang|"
                   r"sinting|gila lu|sampah masyarakat|makan gaji buta|tidak becus|ga becus|gak becus|"
                   r"nggak becus|pemalas|maling|pembohong|munafik)\b"),
        # Threats of violence to a person or an office: "tak gampar", "bakar tuh kantor desa", "biar tau rasa".
        ("ancaman", r"\b(?:bunuh|kubunuh|bakar kantor|bakar aja|hajar|gebuk|habisi|serbu|awas (?:kau|lo|lu|kalian)|"
                    r"tunggu pembalasan|kami datangi|teror|bom|gampar|tampar|tabok|bacok|kubacok|tonjok|gorok|"
                    r"bakar\s+(?:\w+\s+){0,2}?(?:kantor|rumah|balai|mobil)\w*|(?:biar|supaya)\s+(?:tau|tahu)\s+rasa|"
                    r"tunggu\s+di\s+depan\s+rumah\w*|pulang\s+tinggal\s+nama|"
                    r"(?:kantor|rumah|balai|mobil)\w*\s+(?:\w+\s+){0,2}?(?:sy|saya|gw|gue|aku|kami|kita)\s+bakar|"
                    # the threat's shapes, not its words (round 14d): "jgn harap pulang utuh", "kami tunggu di
                    # jembatan", "torang palang kantor", "awas ya pak ...", "bawa parang", "menanggung akibatnya"
                    r"(?:jangan|jgn)\s+harap\s+(?:\w+\s+){0,3}?(?:bisa\s+)?(?:pulang|keluar|selamat|hidup|tenang)|"
                    r"(?:kami|kita|gw|gue|aku|sy|saya|torang|tong)\s+(?:kepung|geruduk|labrak|pukul|palang)|"
                    r"(?:kami|kita|gw|gue|torang|tong)\s+tunggu(?:in)?\s+(?:kau|ko|kamu|ente|lu|lo|kalian|di\s+(?:jembatan|jalan|"
                    r"depan|prapatan|perempatan|ujung|gang))|tunggu\s+(?:aja|saja)\s+(?:\w+\s+){0,3}?(?:samperin|"
                    r"datengin|datangi|sambangi)|tak\s+enteni|kepung|"
                    r"awas\s+(?:ya\s+|aja\s+)?(?:kalo|kalau|klo|pak|bu|admin|kau|lo|lu|kalian)|"
                    r"(?:siap|bawa|siapin|siapkan)\s+(?:parang|golok|celurit|clurit|senjata|badik|mandau)|"
                    # said the other way round ("parang su siap", "golok udah diasah")
                    r"(?:parang|golok|celurit|clurit|senjata|badik|mandau)\s+(?:\w+\s+)?(?:su|sudah|udah|udh|sdh|so)\s+"
                    r"(?:siap|diasah|disiapkan|disiapin|menunggu)|"
                    r"(?:tanggung|menanggung)\s+akibat\w*|(?:jangan|jgn)\s+(?:salahin|salahkan|nyalahin)\s+"
                    r"(?:\w+\s+)?(?:kalau|kalo|klo|jika|bila)\s+(?:ada|terjadi|sampai)|hati[\s-]*hati\s+(?:kalau|kalo|klo)\s+(?:pulang|lewat))\b"),
    ],
    "political": [
        ("politik praktis", r"\b(?:partai|capres|cawapres|caleg|pilkada|pilpres|pileg|pemilu|paslon|"
                            r"coblos|nyoblos|nomor urut|pilih nomor|pilih no|dua periode|2 periode|"
                            r"periode berikutnya|timses|tim sukses|oposisi|koalisi|cebong|kampret politik|"
                            r"kampanye(?!\s+(?:imunisasi|vaksin\w*|kesehatan|gizi|stunting|kebersihan|hemat|anti|"
                            r"cuci|germas|literasi|keselamatan))|"
                            r"kadrun|buzzer)\b"),
    ],
    "hoax": [
        ("kabar belum pasti", r"\b(?:katanya|kabarnya|konon|beredar|viral|hoaks|hoax|hoaxs|benarkah|"
                              r"bener(?:an)? (?:ga|gak|nggak|enggak|tidak|gak sih)\b|beneran\s*\?|apa bene?ar|"
                              r"apa betul|apakah benar|"
                              r"betul(?:kah)?\s+(?:ada|bahwa)|isu|rumor|broadcast|pesan berantai|info dari grup|"
                              r"grup wa|grup whatsapp|katanya sih|fitnah|disinformasi|klarifikasi)\b"),
    ],
    "complaint_serious": [
        ("keluhan serius", r"\b(?:pungli|pungutan liar|korupsi|suap|sogok|gratifikasi|ancaman|diancam|kecelakaan|"
                           r"banjir|longsor|kebakaran|terbakar|bencana|gempa|keselamatan|kekerasan|dipukul|"
                           r"pelecehan|penganiayaan|korban|meninggal|tewas|luka|darurat|roboh|ambruk|"
                           r"pohon tumbang|tenggelam|keracunan|narkoba|begal|penipuan)\b"),
        # a person missing ("anak sy ilang dari jam 3 sore"), not a document of theirs ("KTP anak sy hilang")
        ("orang hilang", r"(?<!ktp )(?<!kartu )(?<!akta )(?<!kia )(?<!hp )(?<!kk )(?<!nama )(?<!data )"
                         r"\b(?:anak|adik|adek|bapak|ayah|ibu|"
                         r"nenek|kakek|balita|bocah|suami|istri)\s+(?:(?!(?:ktp|kk|kia|kartu|akta|hp|dompet|motor|sepeda|tas|surat|berkas|ijazah|"
                         r"sertifikat|kunci|uang|data|nama|bantuan|nomor)\b)[\w(),.\-]+\s+){0,16}?(?:hilang|ilang|"
                         r"(?:belum|blm|blum|belom|ga|gak|tidak|tdk|nggak)\s+(?:pulang|ketemu|ditemukan)|hanyut)\b"),
    ],
    "complaint": [
        ("keluhan layanan", r"\b(?:rusak|berlubang|lubang|mati|padam|macet|mampet|tersumbat|sampah|bau|kotor|"
                            r"lambat|lelet|lama banget|lama sekali|antre\w*|antri\w*|ngantri|ngantre|dipersulit|ribet|"
                            r"nunggu|menunggu lama|(?:sudah|udah) \d+ (?:bulan|minggu|hari|tahun)|"
                            r"belum (?:diaspal|dibangun|dibalas|direspons?|ditindaklanjuti|dikirim|diproses|terima)|"
                            r"kecewa|mengecewakan|parah|buruk|jelek|tidak ada|ga ada|gak ada|nggak ada|"
                            r"belum (?:ada|cair|diperbaiki|ditangani|diangkut|datang|selesai|dibayar|keluar)|"
                            r"tidak (?:diangkut|diperbaiki|ditanggapi|dilayani|berfungsi|jalan)|"
                            r"gak (?:diangkut|diperbaiki|ditanggapi|dilayani)|ga (?:diangkut|diperbaiki|ditanggapi)|"
                            r"bocor|gelap|jutek|kasar|judes|mohon ditindak|ditindaklanjuti|"
                            r"diperbaiki|perbaiki|keluhan|komplain|protes|lapor|laporkan|nunggak|mangkrak|"
                            r"terbengkalai|kumuh|liar|sepi pelayanan|pelayanan buruk|gangguan|error|down)\b"),
    ],
    "question": [
        ("tanda tanya", r"\?"),
        ("kata tanya", r"\b(?:apa|apakah|apa ?kah|kapan|kpn|bagaimana|gimana|gmn|bgmn|gmna|di ?mana|dmn|dmna|"
                       r"ke ?mana|berapa|brp|siapa|bisakah|bolehkah|kenapa|knp|mengapa|napa|"
                       r"mau tanya|mo tanya|numpang tanya|izin tanya|ijin tanya|tanya dong|info dong|"
                       r"infonya|caranya|syaratnya|jadwalnya|lokasinya|bisa gak|bisa ga|bisa nggak|"
                       r"boleh gak|boleh ga|apa bisa)\b"),
    ],
    "praise": [
        ("pujian", r"\b(?:mantap|mantul|mantab|keren|hebat|bagus|salut|sukses|top|mantep|joss|jos|josss|"
                   r"terima ?kasih|makasih|makasi|trims|thanks|thank you|tq|apresiasi|bangga|luar biasa|"
                   r"semangat|lanjutkan|good job|gercep|cepat tanggap|responsif|amanah|the best|juara|"
                   r"alhamdulillah|kereen|mantaap|suksma|nuwun|nuhun|mauliate|makase|tarima ?kasih)\b"
                   r"|[👍👏🙏❤️💯🔥😍]"),
    ],
}

#: Kinds in priority order: the first one with a signal wins.
PRIORITY: tuple[str, ...] = (
    "spam_strong", "personal_data", "abuse", "political", "hoax",
    "complaint_serious", "complaint", "question", "praise", "spam_weak",
)

_KIND_OF: dict[str, CommentKind] = {
    "spam_strong": "spam", "spam_weak": "spam", "personal_data": "personal_data", "abuse": "abuse",
    "political": "political", "hoax": "hoax", "complaint_serious": "complaint", "complaint": "complaint",
    "question": "question", "praise": "praise",
}

_SENSITIVE_IDS = {"NIK", "nomor KK/identitas"}

#: An amount written with its unit: no leetspeak ("bansos beras 10kg" must not become "iokg", round 14d).
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:kg|gr|g|ons|ton|rb|rbu|ribu|k|jt|juta|m|km|cm|mm|l|lt|liter|x|kali|an|th|thn|"
                      r"tahun|bln|bulan|hr|hari|jam|mnt|menit|pcs|persen|unit)")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})

_SLANG: dict[str, str] = {
    "gk": "gak", "ngga": "nggak", "tdk": "tidak", "blm": "belum", "sdh": "sudah", "udh": "sudah",
    "yg": "yang", "dgn": "dengan", "utk": "untuk", "krn": "karena", "sy": "saya", "gw": "saya",
    "gue": "saya", "jln": "jalan", "bgt": "banget", "dmn": "di mana", "kpn": "kapan", "knp": "kenapa",
    "gmn": "gimana", "brp": "berapa", "mksh": "makasih", "makasih": "makasih", "trmksh": "terima kasih",
    "tks": "terima kasih", "thx": "thanks", "pemkot": "pemkot", "dr": "dari", "tp": "tapi",
}


@dataclass
class Classification:
    kind: CommentKind
    escalate: bool
    reason: str
    signals: list[str] = field(default_factory=list)


def normalize_comment(text: str) -> str:
    """Lower case, de-leet words that mix letters and digits, squeeze letter runs, expand slang."""
    low = text.lower()

    def deleet(m: re.Match[str]) -> str:
        word = m.group(0)
        if _MEASURE.fullmatch(word):
            return word  # an amount and its unit ("10kg", "5rb", "3x"), not a word spelled with digits
        if re.search(r"[a-z]", word) and re.search(r"[0-9@$]", word) and not re.search(r"\d{3,}", word):
            return word.translate(_LEET)
        return word

    low = re.sub(r"[\w@$]+", deleet, low)
    low = re.sub(r"([a-z])\1{2,}", r"\1", low)
    return re.sub(r"\b[a-z]+\b", lambda m: _SLANG.get(m.group(0), m.group(0)), low)


def find_signals(text: str) -> dict[str, list[str]]:
    """Group -> names of the signals found (groups as in PATTERNS); a fresh dict the caller may change."""
    return {group: list(names) for group, names in _signals(text)}


@lru_cache(maxsize=512)
def _signals(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The signals of one text, memoised: one triage asks for them up to five times (the rule classifier,
    the model's signal features, the escalation rules), and a comment's regexes cost a millisecond or two."""
    variants = (text.lower(), normalize_comment(text))
    found: dict[str, list[str]] = {}
    for group, patterns in PATTERNS.items():
        for name, pattern in patterns:
            if any(re.search(pattern, v, _I) for v in variants):
                found.setdefault(group, []).append(name)
    if "spam_strong" in found and found["spam_strong"] == ["promosi"] and "spam_weak" not in found:
        found.pop("spam_strong")
    if found.get("personal_data") and "kontak dagang" in found.get("spam_strong", []):
        found["personal_data"] = [s for s in found["personal_data"] if s != "nomor telepon"]
        if not found["personal_data"]:
            found.pop("personal_data")
    return tuple((group, tuple(names)) for group, names in found.items())


def classify_comment(text: str) -> Classification:
    """Kind of the comment, whether to escalate, and why (in Indonesian)."""
    found = find_signals(text or "")
    group = next((g for g in PRIORITY if found.get(g)), None)
    kind: CommentKind = _KIND_OF[group] if group else "other"
    signals = [s for g in PRIORITY for s in found.get(g, [])]
    escalate, reason = escalation(kind, found)
    return Classification(kind=kind, escalate=escalate, reason=reason, signals=list(dict.fromkeys(signals)))


def escalation(kind: CommentKind, found: dict[str, list[str]]) -> tuple[bool, str]:
    """Whether a comment of `kind` with these signals needs a human, and why (in Indonesian)."""
    if kind == "spam":
        return False, "Komentar berisi promosi, judi online, atau tautan yang tidak relevan."
    if "ancaman" in found.get("abuse", []):
        return True, "Komentar memuat ancaman; simpan bukti dan teruskan ke pimpinan atau pihak berwenang."
    if kind == "personal_data":
        ids = _SENSITIVE_IDS & set(found.get("personal_data", []))
        if ids:
            return True, ("Komentar memuat data pribadi sensitif (" + ", ".join(sorted(ids)) + "); "
                          "segera sembunyikan dan tangani lewat pesan pribadi.")
        return False, "Komentar memuat data pribadi; jangan diulang di balasan, pindahkan ke pesan pribadi."
    if kind == "abuse":
        return False, "Komentar berisi kata kasar atau hinaan; jangan berdebat."
    if kind == "political" or found.get("political"):
        return True, "Komentar bernuansa politik; ASN wajib netral, konsultasikan dengan pimpinan sebelum membalas."
    if kind == "hoax":
        return True, "Komentar menyinggung kabar yang belum pasti atau hoaks; perlu verifikasi ke unit terkait."
    if found.get("complaint_serious"):
        return True, ("Keluhan serius (pungli, korupsi, keselamatan, bencana, atau kekerasan); "
                      "teruskan segera ke unit terkait dan pimpinan.")
    if kind == "complaint":
        return False, "Keluhan layanan; tanggapi dengan empati dan minta detail lewat kanal resmi."
    if kind == "question":
        return False, "Pertanyaan warga; jawab hanya dengan informasi yang sudah pasti."
    if kind == "praise":
        return False, "Pujian atau ucapan terima kasih; balas dengan hangat."
    return False, "Komentar umum; balas singkat dan ramah bila perlu."
