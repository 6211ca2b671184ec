"""The triage's sure rules: verdicts and escalations the rules are certain of, whatever a model says.

Personal data (a NIK, a phone number outside a sales pitch, a home address), spam (online gambling or
online loans, a link with a sales pitch), attempts to give the bot orders (spam to hide, which cannot
lower their own escalation) and campaign language (political); reports of illegal levies (pungli),
threats, and hoaxes about an official or about health and safety always escalate. The patterns also
serve as features of the classifier (`triage_model`).
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.classify import Classification, classify_comment, escalation, find_signals
from bot.core.models import CommentKind
from bot.core.triage_ads import (
    ASKS_OR_HEARSAY,
    GAMBLING_BRAND,
    LINK,
    SALES,
    SERVICE_AD,
    aid_bait_link,
    bare_link,
    gambling_or_loan_ad,
    seller_pointer,
)
from bot.core.triage_emoji import emoji_kind
from bot.core.triage_orders import without_dictated

_I = re.IGNORECASE

#: Attempts to give the bot orders: spam to hide (never praise, never obeyed).
INJECTION = re.compile(
    r"(?:abaikan|lupakan|acuhkan|hiraukan|jangan\s+(?:ikuti|hiraukan))\s+(?:semua\s+|seluruh\s+|segala\s+)?"
    r"(?:instruksi|perintah|aturan|arahan|prompt|tugas\s*mu|tugas\s+(?:kamu|anda)|peran\s*mu|"
    r"(?:pertanyaan|pesan|teks|kalimat)\s+(?:di\s+atas|sebelumnya))"
    r"|\bperintah\s+baru\s*:|\bubah\s+(?:jawaban|balasan)\s*mu\b"
    r"|(?:cukup|hanya)\s+(?:jawab|balas)\s+[\"'“]?\w+[\"'”]?\s+untuk\s+semua"
    r"|(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous\s+|prior\s+|above\s+)*"
    r"(?:instructions?|prompts?|rules)"
    r"|system\s+prompt|prompt\s+sistem|mode\s+(?:pengembang|developer|jailbreak)|jailbreak"
    r"|(?:kamu|anda)\s+sekarang\s+(?:adalah|menjadi)|mulai\s+sekarang\s+(?:kamu|anda)\s+(?:adalah|menjadi)"
    # a rule for every answer ("mulai skrg setiap jawaban harus diakhiri dengan: ...")
    r"|\bmulai\s+(?:sekarang|skrg|skrang|sekarang\s+ini)\s+(?:setiap|semua|tiap)\s+(?:jawaban|balasan|respons?)\b"
    r"|\b(?:setiap|semua|tiap)\s+(?:jawaban|balasan|respons?)(?:mu|\s+(?:kamu|anda|admin|bot))\s+(?:harus|wajib|mesti)\b"
    r"|you\s+are\s+now\s|berperanlah\s+sebagai"
    r"|(?:umumkan|beritahukan|sebarkan)(?:lah)?\s+(?:bahwa|pengumuman)"
    r"|(?:tandai|golongkan|kategorikan|klasifikasikan|labeli)\s+(?:komentar\s+)?(?:ini\s+)?(?:sebagai|jadi)"
    r"|\b(?:bot|admin\s+bot|ai|asisten|chatgpt|gpt)\b\s*[,:]?\s+(?:tolong\s+)?(?:balas|jawab|tulis|katakan|umumkan)"
    r"\s+(?:dengan|bahwa|kalau|saja)",
    _I,
)
#: Campaign language: support or attack of candidates and parties ("nyoblos" only with whom: "gak jadi nyoblos" tells
#: of voting; "buat paslon tertentu" names no candidate: a claim of fraud, not a campaign).
CAMPAIGN = re.compile(
    r"\b(?:coblos|nyoblos(?=\s+(?:nomor|no\b|\d|pak|bu|bapak|ibu|paslon|partai))|nomor\s+urut|pilih\s+(?:nomor|no\.?)\s*\d|"
    r"(?:paslon|capres|cawapres|caleg)(?!\s+tertentu)|"
    r"(?:dua|2)\s+periode|timses|tim\s+sukses|jangan\s+pilih|pilih\s+(?:pak|bu|bapak|ibu)\s+\w+)\b",
    _I,
)
#: A bribe said without the word ("kasih amplop aja", "koordinasi dulu sama bapaknya, tau sendiri lah", "tahu sama
#: tahu", "uang kopi"): what a citizen says was asked of them.
IMPLICIT_BRIBE = (r"(?:kasih|ngasih|kasi|siapin|siapkan|selipin|selipkan|nyelipin)\s+amplop|"
                  r"uang\s+(?:kopi|lelah)|(?:tau|tahu)\s+sama\s+(?:tau|tahu)|"
                  r"koordinasi\b(?:\s+\S+){0,8}?\s+(?:tau|tahu|paham)\s+(?:sendiri|kan|lah)")
#: Reports of illegal levies or bribes: complaints to escalate to the integrity channel.
PUNGLI = re.compile(
    r"\b(?:pungli|pungutan\s+liar|suap|sogok|nyogok|uang\s+(?:pelicin|rokok|terima\s+kasih|administrasi)|"
    + IMPLICIT_BRIBE + "|"
    r"(?:di)?mintai?\s+(?:uang|duit|biaya|bayaran)|ditagih|disuruh\s+bayar|harus\s+bayar|bayar\s+(?:lagi\s+)?"
    r"(?:rp\.?\s*)?\d+\s*(?:rb|ribu|k|jt|juta)|minta\s+(?:uang|duit|jatah)"
    # an amount asked for: "dimintai 75rb", "diminta setoran 50 ribu", "minta jatah Rp 200rb"
    r"|(?:di)?mint(?:a|ai|ain)\s+(?:\w+\s+){0,2}?(?:rp\.?\s*\d[\d.,]*|\d+(?:[.,]\d+)?\s*(?:rb|ribu|k|jt|juta)\b))",
    _I,
)
#: Someone serving the public asking the commenter for money ("petugasnya minta tambahan 5 ribu per kantong",
#: "jukirnya narik 10rb"): a first-hand levy report, whatever reason the official gave ("katanya buat plastik").
OFFICIAL_ASKS_MONEY = re.compile(
    r"\b(?:petugas\w*|oknum|pegawai|panitia\w*|staf|staff|kader|operator|satpam|sopir|supir|juru\s+parkir|jukir|"
    r"pak\s+(?:rt|rw|kades|lurah|camat)|lurah|kades)(?:nya)?\s+(?:\w+\s+){0,3}?(?:minta|meminta|mintain|mintai|"
    r"narik|menarik|mungut|memungut|nagih|menagih)\s+(?:\w+\s+){0,2}?(?:uang|duit|biaya|bayaran|tambahan|"
    r"setoran|ongkos|rp\.?\s*\d|\d+(?:[.,]\d+)?\s*(?:rb|ribu|k|jt|juta|rebu)\b)",
    _I,
)
#: The words of a levy itself (not a fee a rumour claims): in a hoax only these report a levy. "wajib ... bayar
#: 500rb", "bayar 2jt dijamin lulus" are the rumour's own fee, to correct, not to send to the integrity channel
#: (3 of the 5 wrong levy escalations on our sets, round 9d audit).
LEVY_WORDS = re.compile(
    r"\b(?:pungli|pungutan\s+liar|suap|sogok|nyogok|uang\s+(?:pelicin|rokok|terima\s+kasih)|"
    r"(?:di)?mintai?\s+(?:uang|duit|jatah)|jalur\s+belakang|" + IMPLICIT_BRIBE + r")\b",
    _I,
)
#: A free service named beside a payment: with PUNGLI, the report of a levy.
FREE_SERVICE = re.compile(r"\b(?:gratis|free|tidak\s+dipungut|tanpa\s+biaya|katanya\s+gratis|harusnya\s+gratis)\b",
                          _I)
#: An official named by title: a rumour about one escalates.
OFFICIAL = re.compile(
    # "kantor bupati", "kantor camat" is where a source works, not an official the rumour is about
    r"(?<!kantor\s)\b(?:bupati|wabup|wakil\s+bupati|wali\s*kota|walkot|wawali|gubernur|wagub|camat|sekcam|lurah|kades|"
    r"kepala\s+(?:desa|dinas|sekolah|kantor|badan)|kadis\w*|sekda|pejabat|anggota\s+dewan|dprd|ketua\s+dprd|"
    r"menteri|kapolres|kapolsek|kepsek)\b",
    _I,
)
#: Health and safety words: a hoax naming one escalates (FORMAT: health/safety hoaxes). On the training
#: corpora 74 of the 75 hoaxes with such a word are labelled to escalate. "meledak", "erupsi", "lahar" (round 16t) are
#: the same harms as "ledakan" and "meletus" said another way: an explosion, a volcano.
HEALTH_SAFETY = re.compile(
    r"\b(?:vaksin\w*|imunisasi|obat|kanker|racun\w*|beracun|penyakit|virus|covid|dbd|demam|sakit|mandul|lumpuh|"
    r"autis|meninggal|kematian|keracunan|bakteri|limbah|radioaktif|gempa|tsunami|banjir|tanggul|bendungan|waduk|"
    r"ginjal|diare|muntaber|kolera|stroke|jantung|hepatitis|tbc|cacat|keguguran|rabies|campak|polio|kutu|berkutu|"
    r"basi|busuk|kedaluwarsa|kadaluarsa|formalin|boraks|"
    r"jebol|ambruk|ambrol|roboh|runtuh|meletus|"
    r"longsor|evakuasi|ngungsi|mengungsi|penculik\w*|kebakaran|ledakan|meledak|bom|erupsi|lahar)\b",
    _I,
)
#: An attack on a candidate or a party (not support): a political comment that needs the leadership.
POLITICAL_ATTACK = re.compile(
    r"\bjangan\s+(?:(?:di)?pilih|(?:di)?coblos|(?:dikasih|kasih|beri|diberi)\s+suara|sampai\s+(?:ter|ke)?pilih)"
    r"|\bkadrun\b|\bcebong\b|kampanye\s+terselubung",
    _I,
)
#: Money politics or the state's means in a campaign ("bagi2 amplop", "mobil dinas buat antar massa", "dana
#: desa ... baliho calon"): an election offence, always for the leadership (11 of 11 political comments so on
#: our sets, round 9d audit).
MONEY_POLITICS = re.compile(
    r"\b(?:amplop|serangan\s+fajar|politik\s+uang|money\s+politic\w*|"
    r"bagi(?:2|-bagi|\s+bagi)?\s+(?:duit|uang|sembako|beras)|mobil\s+dinas|dana\s+desa|uang\s+negara|"
    r"fasilitas\s+negara)\b",
    _I,
)
#: Public aid handed out by political allegiance ("beras cuma buat tim suksesnya", "yg ga dukung dicoret"): a
#: report of misused aid to escalate, not campaign language (round 12e late set).
AID_BY_ALLEGIANCE = re.compile(
    r"\b(?:beras|bansos|bantuan|blt|sembako|pupuk|bibit)\b[^.?!]{0,40}?\b(?:tim\s*sukses\w*|timses\w*|"
    r"pendukung\w*|yang\s+(?:dukung|milih|pilih)|yg\s+(?:dukung|milih|pilih))|"
    r"\b(?:tim\s*sukses\w*|timses\w*|pendukung\w*)\b[^.?!]{0,40}?\b(?:beras|bansos|bantuan|blt|sembako|pupuk)|"
    r"\b(?:ga|gak|tidak|nggak|ngga|gk)\s+(?:dukung|milih|pilih|nyoblos)\w*[^.?!]{0,30}?\b(?:dicoret|ga\s+dapet|"
    r"gak\s+dapet|gak\s+dapat|tidak\s+dapat|ga\s+dapat|ga\s+dikasih|gak\s+dikasih)",
    _I,
)
#: An official, the state's account or its means taking a side in a campaign ("netral dari mana", "ASN ikut
#: joget di panggung kampanye", "akun humas share foto pake kaos partai", "baliho pakai logo pemda"): a breach of
#: neutrality, always for the leadership (19 of the 20 political comments with these words on our sets, round 14d).
NEUTRALITY = re.compile(
    r"\b(?:netral\w*|asn|pns|seragam\s+dinas|plat\s+merah|akun\s+(?:resmi|pemerintah|pemkot|pemkab|pemda|pemprov|"
    r"humas|dinas)|(?:logo|kop)\s+(?:pemda|pemkot|pemkab|pemprov|dinas|kabupaten|kota))\b",
    _I,
)
#: Neglect said outright ("dibiarin 3 bulan", "sudah membiarkan", "semoga tidak ada yg jatuh ya"): thanks beside
#: it are sarcasm, a complaint (no praise-labelled comment of our sets has one, round 14d).
NEGLECT = re.compile(
    r"\b(?:membiarkan|dibiar(?:kan|in)|ditelantarkan|menelantarkan|"
    r"(?:semoga|mudah2an|moga2?)\s+(?:tidak|ga|gak|nggak|ndak)\s+ada\s+(?:yg|yang)\s+(?:jatuh|jatoh|celaka|hanyut|"
    r"mati|meninggal|kecelakaan|jadi\s+korban)|tunggu\s+ada\s+(?:yg|yang)\s+(?:jatuh|jatoh|celaka|hanyut|mati|"
    r"meninggal|jadi\s+korban)|tunggu\s+(?:ada\s+)?korban)\b",
    _I,
)
#: A question about how or where to report (a levy, a bribe): asks for the channel, reports nothing yet.
HOW_TO_REPORT = re.compile(r"\b(?:lapor|melapor|ngelapor|laporin|ngelaporin|melaporkan|ngadu|mengadu|aduan|"
                           r"pengaduan)\w*|\bhow\s+(?:to|do\s+i|can\s+i)\s+(?:report|complain)", _I)
#: A contact the commenter gives (phone, e-mail): personal data that needs no escalation by itself.
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
#: Personal data that always needs the leadership: identity or account numbers, someone else's number
#: ("nomornya", "no hp dia", "nomor petugas yg minta duit").
SENSITIVE_ID = re.compile(
    r"\b(?:nik|no\.?\s*kk|nomor\s+kk|kartu\s+keluarga|no\.?\s*ktp|nomor\s+ktp|"
    r"no\.?\s*rek(?:ening)?|nomor\s+rekening|npwp|paspor|nuptk|(?:no\.?|nomor|kartu)\s*bpjs|"
    # a BPJS number, not the word: "beliau yg ngurus BPJS keluarga" shows no card (round 14d late set)
    r"bpjs(?:\s*(?:nya|sy|saya|ku))?\s*(?:no(?:mor)?(?:nya)?\.?\s*)?:?\s*\d+)\b"
    r"|\b(?:no(?:mor)?|hp|wa)(?:\s+(?:hp|wa|telp|telepon))?(?:nya|\s+(?:dia|beliau|orangnya|petugas|pegawai|"
    r"oknum|kepsek|guru|pak|bu|bapak|ibu))\b",
    _I,
)
#: Someone else's contact or home: "nomor ortunya", "nomor hp rentenir ... namanya Hendra, rumahnya di
#: belakang masjid". A number the commenter gives for a relative to be reached ("nomor istri sy") is their own.
THIRD_PARTY = re.compile(
    r"\b(?:no(?:mor|mer)?|hp|wa)(?:\s+(?:hp|wa|telp|telepon))?\s+\w+nya\b|\b(?:hp|wa|telp|no)-nya\b"
    r"|\brumahnya\s+(?:di|dekat|deket|belakang|depan|samping|sebelah)\b|\bnamanya\s+\w"
    # a number given under someone else's name ("0852-... a.n. Wati", "atas nama ibu saya")
    r"|\b(?:a\.\s?n\.?|atas\s+nama)\s+[a-z]",
    _I,
)
#: A missing person needs the leadership too; a lost thing ("hp sy 0857... hilang di terminal") does not,
#: unless a person is named missing as well.
MISSING = re.compile(r"\bhilang\b", _I)
#: Someone who cannot be reached in a disaster, or whom rescuers are asked to look for ("seng bisa dihubungi dari
#: tadi pagi, tolong SAR cari"): a missing person, however the comment words it.
UNREACHABLE = re.compile(r"\b(?:tidak|tak|gak|ga|nggak|ndak|nda|seng|tra|sonde|belum|blm)\s+(?:bisa\s+|bs\s+|ada\s+)?"
                         r"(?:dihubungi|ditemukan|ketemu|kabar(?:nya)?)\b", _I)
SEARCH = re.compile(r"\b(?:tim\s+sar|basarnas|sar|tolong\s+(?:dicari|cari|carikan))\b", _I)
#: A danger under way ("Api gede di pasar SEKARANG!!", "air naik terus, banjir sepinggang saat ini"): a fire, a flood,
#: a landslide, someone drowning, said to be happening now, not a complaint about one that recurs.
HAPPENING = re.compile(r"\b(?:kebakaran|kebakar|terbakar|api\s+(?:gede|besar|membesar)|banjir|longsor|tenggelam|"
                       r"hanyut|tertimbun|terjebak|pohon\s+tumbang|tiang\s+listrik\s+(?:roboh|tumbang))\b", _I)
NOW = re.compile(r"\b(?:sekarang|skrg|skrng|saat\s+ini|barusan|detik\s+ini|masih\s+berlangsung|makin\s+(?:besar|"
                 r"tinggi|naik)|naik\s+terus)\b", _I)
LOST_THING = re.compile(r"\b(?:hp|hape|handphone|dompet|motor|tas|kunci|ktp|sim|stnk|barang|kartu|sepeda)\b"
                        r"(?:\s+\S+){0,8}?\s+hilang\b", _I)
LOST_PERSON = re.compile(r"\b(?:anak|bapak|ibu|adik|adek|kakak|suami|istri|nenek|kakek|orang|warga|lansia|balita|"
                         r"siswa|siswi|pasien)\w*\b(?:\s+\S+){0,8}?\s+hilang\b", _I)
#: A person named beside their relation or title ("anak sy Nadia", "bapak sy Daeng Rasyid", "nenek Welhelmina"), or
#: by "namanya" / "atas nama": the data is about that person, not only the commenter's own contact.
NAMED_PERSON = re.compile(
    r"\b(?i:anak|bapak|ibu|mama|papa|ayah|istri|suami|adik|adek|kakak|nenek|kakek|mertua|tetangga|mbah|om|tante|"
    r"pak|bu)(?:\s+(?i:sy|saya|ku|kami|aku|gw|tetangga\s+sy|tetangga\s+saya))?\s+[A-Z][a-z]{2,}"
    r"|\b(?i:namanya|atas\s+nama)\s+\w")
#: A health condition or a need of rescue: with a named person, medical data or an emergency to pass on at once
#: (on our sets 53 of the 55 personal-data comments naming a condition escalate; the two that do not name nobody).
HEALTH_OR_RESCUE = re.compile(
    r"\b(?:hiv|aids|tbc|kanker|stroke|epilepsi|gagal\s+ginjal|cuci\s+darah|odgj|gangguan\s+jiwa|pasien|depresi|"
    r"autis|hepatitis|dbd|campak|jantung|lumpuh|hamil|diabetes|hipertensi|positif|riwayat|dirawat|evakuasi|"
    r"(?:ga|gak|tidak|nggak|tdk)\s+bisa\s+jalan|terjebak|"
    # an illness told of a named person ("dia pe anak so 3 hari demam tinggi")
    r"demam|sesak|kejang|diare|opname|rumah\s+sakit|berobat)\b", _I)
#: Personal data the rules see for sure (a NIK, a phone number outside a sales pitch, an address).
NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
PHONE = re.compile(r"(?<!\d)(?:\+62|62|0)8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)")
ADDRESS = re.compile(
    r"\b(?:jl\.?|jln\.?|jalan|gg\.?|gang)\s+[\w .]{2,40}?\b(?:no\.?|nomor|km\.?)\s*\d+"
    r"|\brt\.?\s*0?\d{1,3}\s*/\s*rw\.?\s*0?\d{1,3}\b",
    _I,
)

# --- the sure rules ---------------------------------------------------------------------


def plain(text: str) -> str:
    """NFKC-folded text: styled letters ("𝗦𝗟𝗢𝗧", full-width) read as the plain ones."""
    return unicodedata.normalize("NFKC", text or "")


def sure_rule(text: str) -> Classification | None:
    """A verdict the rules are sure of, or None (then the classifier weighs the signals)."""
    text = plain(text)
    low = text.lower()
    if INJECTION.search(low):
        # An order to the bot cannot lower its own escalation: what the rest of it reports still counts, and
        # what it dictates is no report.
        reported = without_dictated(text)
        rules = classify_comment(reported)
        sure = must_escalate(reported, rules.kind)
        escalate = rules.escalate or sure is not None
        reason = "Komentar mencoba memberi perintah kepada bot; sembunyikan, jangan dituruti."
        if escalate:
            reason += " Isinya tetap perlu ditindaklanjuti: " + (sure[1] if sure else rules.reason)
        return Classification("spam", escalate, reason, ["perintah ke bot", *rules.signals])
    if (gambling_or_loan_ad(low) or GAMBLING_BRAND.search(low) or (LINK.search(low) and SALES.search(low))
            or bare_link(low) or aid_bait_link(low) or seller_pointer(low)):
        return Classification("spam", False, "Komentar berisi promosi, judi online, pinjol, atau tautan yang tidak "
                                             "relevan; sembunyikan.", ["judi/pinjol/promosi"])
    if NIK.search(low):
        return Classification("personal_data", True, "Komentar memuat data pribadi sensitif (NIK); segera "
                                                     "sembunyikan dan tangani lewat pesan pribadi.", ["NIK"])
    if ADDRESS.search(low) and not public_address(low):
        return Classification("personal_data", True, "Komentar memuat alamat rumah seseorang; segera sembunyikan "
                                                     "dan tangani lewat pesan pribadi.", ["alamat"])
    if PHONE.search(low) and not SALES.search(low) and not SERVICE_AD.search(low):
        if personal_data_escalates(text):
            return Classification("personal_data", True, "Komentar memuat nomor telepon dan data pribadi sensitif; "
                                                         "segera sembunyikan dan tangani lewat pesan pribadi.",
                                  ["nomor telepon"])
        return Classification("personal_data", False, "Komentar memuat nomor telepon; jangan diulang di balasan, "
                                                      "pindahkan ke pesan pribadi.", ["nomor telepon"])
    if OFFICIAL_ASKS_MONEY.search(low) and not HOW_TO_REPORT.search(low):
        return Classification("complaint", True, "Laporan pungutan liar atau permintaan uang oleh petugas; teruskan ke "
                                                 "kanal pengaduan integritas (inspektorat/Saber Pungli) dan pimpinan.",
                              ["pungli"])
    if campaign_language(low):
        return Classification("political", True, "Komentar bernuansa kampanye politik; ASN wajib netral, "
                                                  "konsultasikan dengan pimpinan sebelum membalas.", ["kampanye"])
    emoji = emoji_kind(text)
    if emoji is not None:
        return Classification(emoji, False, escalation(emoji, {})[1], ["emoji saja"])
    return None


def reported_not_campaigned(text: str, kind: CommentKind) -> CommentKind:
    """A comment the classifier calls political that reports aid handed out by allegiance is a complaint: the
    citizen reports misused aid, and a neutrality template would answer nobody (round 12e late set)."""
    return "complaint" if kind == "political" and AID_BY_ALLEGIANCE.search(text) else kind


#: A levy or a broker named: thanks for one are sarcasm, unless it is said to be gone ("ga ada lagi pungutan", "tanpa
#: calo"; every praise-labelled comment of our sets that names one negates it, round 14d).
_LEVY_NAMED = re.compile(r"\b(?:pungutan|pungli|potongan|dipotong|pelicin|calo|sogokan|setoran)\b", _I)
#: A cut is a levy only where money or aid is named ("dipotong 50rb", "beras bantuan dipotong"); "pohon tumbang ...
#: langsung dipotong petugas" thanks for a tree cut (round 15f).
_CUT = re.compile(r"\b(?:potongan|dipotong)\b", _I)
_MONEY_OR_AID = re.compile(r"\brp\.?\s*\d|\d+\s*(?:rb|ribu|k|jt|juta|kg|persen)\b|\d+\s*%|"
                           r"\b(?:bansos|blt|pip|pkh|bantuan|beras|gaji|honor\w*|insentif|dana|uang|beasiswa|sembako)\b",
                           _I)
_GONE = re.compile(r"\b(?:ga|gak|nggak|ngga|tidak|tdk|tak|tanpa|bebas|no|zero|anti|bukan)\b(?:\s+\S+){0,3}\s*$", _I)


def sarcastic_praise(text: str, kind: CommentKind) -> CommentKind:
    """A praise verdict on a comment that says the matter was left to rot, or that thanks for a levy, is a
    complaint: its thanks are sarcasm ("terimakasih dinas PU sudah membiarkan jembatan kami miring 2 tahun 🙏",
    "makasih pak atas potongan 50rb nya")."""
    if kind != "praise":
        return kind
    money = _MONEY_OR_AID.search(text) is not None
    levy = any(not _GONE.search(text[max(0, m.start() - 30):m.start()]) and (money or not _CUT.fullmatch(m.group(0)))
               for m in _LEVY_NAMED.finditer(text))
    return "complaint" if NEGLECT.search(text) or levy else kind


def campaign_language(low: str) -> bool:
    """Whether a sentence of the comment uses campaign words and neither asks about them nor passes them on as
    hearsay (a rhetorical "... nyesel kan? makanya jgn asal coblos" is still campaign language)."""
    if AID_BY_ALLEGIANCE.search(low):
        return False  # aid handed out by allegiance is reported, not campaigned for: the classifier weighs it
    for sentence in re.findall(r"[^.!?\n]+[.!?\n]*", low):
        if CAMPAIGN.search(sentence) and "?" not in sentence and not ASKS_OR_HEARSAY.search(sentence):
            return True
    return False


#: A public place named before a street address: an office's address is no one's home ("alamat kantor desa yg
#: baru di Jl. Merdeka No. 10"; 2 of the 16 address verdicts on all our comment sets, round 8a audit).
PUBLIC_PLACE = re.compile(r"\b(?:kantor|balai|puskesmas|posko|gedung|sekretariat|pasar|masjid|sekolah|mall?|toko|"
                          r"samsat|dukcapil|rsud?)\b[^.?!\n]{0,40}?\b(?:jl\.?|jln\.?|jalan|gg\.?|gang)\s", _I)


def public_address(low: str) -> bool:
    """Whether every street address of the comment is a public place's and no home is named."""
    return bool(PUBLIC_PLACE.search(low)) and not re.search(r"\brumah(?:nya)?\b|\brt\.?\s*0?\d", low)


def personal_data_escalates(text: str) -> bool:
    """Whether personal data needs the leadership: yes, unless all it shows is the commenter's own contact
    (a phone number or an e-mail, no identity number, address, missing person or someone else's contact)."""
    low = text.lower()
    contact = bool(PHONE.search(low) or EMAIL.search(low))
    missing = bool(MISSING.search(low)) and (bool(LOST_PERSON.search(low)) or not LOST_THING.search(low))
    missing = missing or (bool(UNREACHABLE.search(low)) and bool(HAPPENING.search(low) or SEARCH.search(low)))
    named_need = bool(NAMED_PERSON.search(text)) and bool(HEALTH_OR_RESCUE.search(low))
    return not contact or missing or named_need or bool(NIK.search(low) or ADDRESS.search(low)
                                                        or SENSITIVE_ID.search(low) or THIRD_PARTY.search(low))


def must_escalate(text: str, kind: CommentKind) -> tuple[bool, str] | None:
    """Escalations the rules are certain of, whatever the model says (None: none)."""
    low = text.lower()
    asks_channel = kind == "question" and HOW_TO_REPORT.search(low) is not None
    levy = LEVY_WORDS if kind == "hoax" else PUNGLI
    if kind in ("complaint", "question", "hoax", "other") and levy.search(low) and not asks_channel:
        return True, ("Laporan pungutan liar atau permintaan uang; teruskan ke kanal pengaduan integritas "
                      "(inspektorat/Saber Pungli) dan pimpinan.")
    if kind in ("complaint", "political", "hoax", "other") and AID_BY_ALLEGIANCE.search(low):
        return True, ("Laporan bantuan yang dibagi menurut dukungan politik; teruskan ke pimpinan dan unit "
                      "pengawasan, jangan ditanggapi sebagai urusan politik.")
    if kind == "hoax" and OFFICIAL.search(low):
        return True, ("Kabar yang belum pasti tentang pejabat; jangan ditanggapi sebagai fakta, verifikasi dan "
                      "teruskan ke pimpinan.")
    if kind == "hoax" and HEALTH_SAFETY.search(low):
        return True, ("Kabar yang belum pasti tentang kesehatan atau keselamatan warga; luruskan dengan sumber "
                      "resmi dan teruskan ke dinas terkait serta pimpinan.")
    if kind == "political" and MONEY_POLITICS.search(low):
        return True, ("Laporan politik uang atau pemakaian fasilitas negara untuk kampanye; jangan ditanggapi, "
                      "teruskan ke pimpinan (dan Bawaslu bila perlu).")
    if kind == "political" and NEUTRALITY.search(low):
        return True, ("Komentar menyebut aparatur atau sarana pemerintah berpihak dalam kampanye (netralitas ASN); "
                      "jangan ditanggapi sebagai urusan politik, teruskan ke pimpinan.")
    if kind == "political" and POLITICAL_ATTACK.search(low):
        return True, ("Komentar menyerang calon atau partai; ASN wajib netral, jangan ditanggapi dan konsultasikan "
                      "dengan pimpinan.")
    found = find_signals(text)
    if "orang hilang" in found.get("complaint_serious", []) and kind in ("question", "complaint", "other"):
        return True, ("Laporan orang hilang; arahkan segera ke polisi atau kanal darurat 112 dan teruskan ke "
                      "pimpinan.")
    if "ancaman" in found.get("abuse", []):
        return True, "Komentar memuat ancaman; simpan bukti dan teruskan ke pimpinan atau pihak berwenang."
    if kind in ("complaint", "question", "other") and HAPPENING.search(low) and NOW.search(low):
        return True, ("Laporan keadaan darurat yang sedang terjadi; arahkan segera ke 112, damkar atau BPBD dan "
                      "teruskan ke pimpinan.")
    return None
