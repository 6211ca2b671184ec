"""What a complaint reply needs from the comment and the context draft.

`complaint_subject` repeats what the citizen named ("jalan provinsi di dairi", "lampu jalan"), in
their own words and never with a digit (no house number, no phone); `already_reported` hears "udah
lapor dari bulan lalu" so the reply asks for the earlier report's number instead of a new report;
`draft_channel` is the reporting channel the context draft itself gives (its WhatsApp number, its
app), offered before the national one. `official_source` names who the draft speaks for, to cite
under a hoax correction.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.classify import normalize_comment
from bot.core.dangers import hazard_things
from bot.core.reading import FactSheet, Slot
from bot.offline.answer_find import stems
from bot.offline.answer_text import excerpt, plain, sentences_of
from bot.offline.reply_channel import channel_phrase, for_levies, levy_report, mentions_rumour

_SUBJECT = re.compile(
    r"\b(?:lampu (?:jalan|penerangan)|jalan|jln|jembatan|trotoar|drainase|saluran|got|selokan|gorong-gorong|"
    r"air(?= (?:bersih|pdam|ledeng|minum|mati|keruh|kotor|ga|gak|tidak|nggak|belum|ngga))|"
    r"pdam|listrik|sampah|antrean|antrian|pelayanan|layanan|puskesmas|rumah sakit|rsud|pasar|sekolah|bansos|"
    r"bantuan|blt|ktp|e-ktp|akta|kartu(?: \w+)?|paspor|izin|perizinan|bpjs|sinyal|internet|angkot|bus|terminal|"
    r"parkir(?:an(?:nya)?)?|taman|genangan|banjir|pohon|posyandu|vaksin|imunisasi|pupuk|gas|elpiji|beras|minyak|obat|dokter|"
    r"petugas|pegawai|loket|aplikasi|website|situs|kantor (?!\d)\w{3,}|"
    # hazards at a place (round 16t): what a safety report names before the service it then mentions
    # (round 18t: the things of `bot.core.dangers`, the lexicon the danger reply reads)
    + hazard_things() + r")\b")
#: A turn from thanks to the complaint ("petugasnya ramah, tapi antrean poli gigi ..."): the thing complained of is
#: named after it, and the praised one before it is no subject (round 15f: "mohon maaf ... soal petugas puskesmas").
_TURN = re.compile(r"\b(?:tapi|namun|cuma|cuman|hanya\s+saja|sayangnya|but)\b")
_THANKS = re.compile(r"\b(?:makasih|terima\s*kasih|bagus|mantap|ramah|sigap|keren|salut|alhamdulillah|puas|top|"
                     r"good|nice|membantu|cepat)\b")
#: Words that bring a number ("jam 9", "tgl 5"): no part of the thing when the number ends it.
_BEFORE_NUMBER = frozenset({"jam", "pukul", "tgl", "tanggal", "km", "rp", "nomor", "no"})
#: Words that end the named thing: what is wrong with it, when, and talk around it.
_STOP = frozenset("""
rusak bolong berlubang lubang mati padam macet mampet tersumbat bau kotor lambat lelet lama belum sudah udah udh sdh
dah gak ga nggak tidak tdk enggak ngga kok parah banget bgt sejak dari udh lagi terus trus tapi tp sampai sampe
kapan ini itu nih sih dong ya yaa min kak pak bu mohon tolong kenapa knp gimana gmn apa kali bah bang aja saja juga
jg masih msh kayak kyk mulu melulu doang dan atau yang yg karena krn jadi jd biar supaya udah pun lho loh deh
tadi td kemarin kmrn skrg sekarang pas cuma cm doang bawa minta mintain bilang katanya ke
kemana dimana mana ngungsi mengungsi lapor melapor bisa boleh mau harus perlu ada no nomor nmr rt rw blok kav
su so sonde seng tra trada son ndak nda tarus
retak retak2 miring condong jatuh putus bocor naik meluap rembes mulai seminggu sebulan setahun penuh selalu sering
""".split())
#: A duration in words ("dua minggu", "beberapa hari"): how long it has lasted ends the thing named (round 18t).
_DURATION = re.compile(r"\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|berapa)\s+"
                       r"(?:jam|hari|minggu|pekan|bulan|tahun)\b")
_ALREADY = re.compile(
    r"\b(?:sudah|udah|udh|sdh|dah|pernah|berkali-kali|berkali2|sering|bolak-balik)\s+(?:\w+\s+){0,2}?"
    r"(?:lapor|melapor|dilapor\w*|ngelapor\w*|laporan|komplain|mengadu|ngadu|diadukan|ngomong|bilang|"
    r"menghubungi|hubungi|telepon|telpon)\b|\blapor\w*\s+(?:berkali|dari|sejak|terus)\b|"
    r"\blaporan\s+(?:saya|sy|kami|gw|aku)\b", re.I)
_CHANNEL = re.compile(r"\b(?:lapor\w*|melapor\w*|dilaporkan|aduan|pengaduan|adukan|call center|command center|"
                      r"hotline|WhatsApp|WA|hubungi|menghubungi|posko|kanal)\b", re.I)
_AGENCY = re.compile(r"\b(?:Dinas|Kementerian|Badan|Balai|BPBD|BMKG|BPOM|BPJS|Pemerintah|Pemkab|Pemkot|Pemprov|"
                     r"Diskominfo|Dinkes|Kemenkes|Kemensos|Polres|Polda|Puskesmas|RSUD)(?:\s+(?:dan\s+)?[A-Z][\w-]*)*")


_MINE = frozenset({"kami", "saya", "aku", "gw", "gue", "gua", "ku", "kita"})


def complaint_subject(comment: str, you: str = "Kakak") -> str:
    """The thing the complaint names, in the citizen's words (slang spelled out, "kami" said as `you`),
    or "" when none."""
    text = normalize_comment(comment)
    turn = _TURN.search(text)
    match = _SUBJECT.search(text, turn.end()) if turn and _THANKS.search(text[:turn.start()]) else None
    match = match or _SUBJECT.search(text)
    if not match:
        return ""
    words = [match.group(0)]
    clause = re.split(r"[,.;:!?()\n]", text[match.end():], maxsplit=1)[0]  # the thing ends with its clause
    clause = _DURATION.split(clause, maxsplit=1)[0]  # "... keruh coklat dua minggu": how long, no part of it
    for token in re.findall(r"[\w'-]+", clause)[:6]:
        if re.search(r"\d", token):
            if words[-1] in _BEFORE_NUMBER:
                words.pop()
            break
        if token in _STOP or len(words) >= 5 or token.endswith("nya"):
            break  # "-nya" after the thing starts a clause about it ("beras rumahnya tingkat dua")
        words.append(you if token in _MINE else token)
    while words and words[-1] in ("di", "ke", "untuk", "buat", "dengan", "depan", "dekat"):
        words.pop()
    # An acronym keeps the capitals the citizen typed ("soal RSUD", not "soal rsud"; round 18t), unless the whole
    # comment is shouted in capitals
    tokens = re.findall(r"[\w'-]+", comment)
    upper = [t for t in tokens if len(t) >= 2 and t.isupper()]
    caps = {t.lower(): t for t in upper} if 2 * len(upper) < len(tokens) else {}
    return " ".join(caps.get(w, w) for w in words)


def already_reported(comment: str) -> bool:
    return bool(_ALREADY.search(normalize_comment(comment)))


#: The earlier report's number is lost or was never given ("no laporan sy lupa", "ga dikasih nomor tiket").
_NUMBER_LOST = re.compile(
    r"\b(?:no|nomor|nmr|kode)\.?\s+(?:laporan|tiket|aduan|pengaduan)\w*\s+(?:\w+\s+){0,2}?(?:lupa|hilang|ilang|"
    r"ga\s+ada|gak\s+ada|tidak\s+ada|nggak\s+ada|ga\s+dikasih|gak\s+dikasih|tidak\s+diberi\w*)|"
    r"\b(?:lupa|ga\s+dikasih|gak\s+dikasih|tidak\s+diberi|nggak\s+dikasih|ga\s+dapet|gak\s+dapat|ga\s+dapat)\s+"
    r"(?:\w+\s+){0,1}?(?:no|nomor|nmr|kode)\.?\s+(?:laporan|tiket|aduan|pengaduan)", re.I)


def number_lost(comment: str) -> bool:
    """They say the earlier report's number is lost or was never given."""
    return bool(_NUMBER_LOST.search(normalize_comment(comment)))


#: Dates and years, which are no number to call ("sejak Minggu (8/2/2026)").
_DATES = re.compile(r"\b\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\b|\b(?:19|20)\d{2}\b")


def draft_channel(sheet: FactSheet, comment: str) -> str:
    """The reporting channel the draft gives, or "": said as a channel with its preposition ("ke call center X
    di 0811-...") when the sentence names it after a reporting verb, else the clause naming it. A levy goes to
    the draft's channel for levies, anything else to another one; a sentence retelling a rumour is never used."""
    wanted = stems(comment)
    levy = levy_report(comment)
    contacts = [(f.start, f.end) for f in sheet.facts if f.slot in (Slot.CONTACT, Slot.HOW)]
    best: tuple[float, int, str] | None = None
    for index, (at, sentence) in enumerate(sentences_of(sheet.draft)):
        if not _CHANNEL.search(sentence) or mentions_rumour(sentence):
            continue
        held = at >= 0 and any(at <= s and e <= at + len(sentence) for s, e in contacts)
        number = bool(re.search(r"\d{3}|\b\w+\.(?:go\.id|id|com)\b", _DATES.sub(" ", sentence)))
        if not (held or number):
            continue
        shared = wanted & {lexicon.stem(w.lower()) for w in lexicon.words(sentence)}
        purpose = (2.0 if levy else -2.0) if for_levies(sentence) else 0.0
        score = 1.0 * held + 1.0 * number + 0.5 * len(shared) + purpose - 0.01 * index
        if best is None or score > best[0]:
            best = (score, at, sentence)
    if best is None:
        return ""
    return channel_phrase(best[2]) or plain(excerpt(sheet, best[1], best[2], "how", "lapor aduan hubungi"), sheet)


def levy_channel(sheet: FactSheet) -> str:
    """The channel the draft gives for levies and officials asking for money (an inspectorate, a levy
    hotline), said as a channel, or ""."""
    for _, sentence in sentences_of(sheet.draft):
        if _CHANNEL.search(sentence) and for_levies(sentence) and not mentions_rumour(sentence):
            phrase = channel_phrase(sentence)
            if phrase:
                return phrase
    return ""


def official_source(sheet: FactSheet) -> str:
    """Who the draft speaks for: its attribution, else the first agency it names, else ""."""
    fact = sheet.first(Slot.ATTRIBUTION)
    if fact is not None:
        return fact.value
    match = _AGENCY.search(sheet.draft)
    return match.group(0).strip() if match and len(match.group(0).split()) > 1 else ""


#: Something at a place, which a location and a photo show: a road, a light, a drain, rubbish, a flood.
_PLACE_TROUBLE = re.compile(
    r"\b(?:jalan|jln|jembatan|trotoar|drainase|saluran|got|selokan|gorong|lampu|tiang|kabel|pohon|sampah|banjir|"
    r"genangan|longsor|bocor|berlubang|bolong|lubang|retak|ambruk|roboh|taman|halte|terminal|parkir|pasar|gedung|"
    r"toilet|wc|bau|asap|limbah|sungai|kali|tanggul|pipa|bangunan)\b", re.I)
#: A process or a service case: what happened to the citizen's own application, payment or turn.
_CASE = re.compile(r"\b(?:daftar|mendaftar|pendaftaran|registrasi|pengajuan|ajukan|mengajukan|berkas|dokumen|"
                   r"bayar|membayar|pembayaran|tagihan|antri|antre|antrian|antrean|kabar|proses|cair|pencairan|"
                   r"verifikasi|status|akun|aplikasi|kuota|habis|kehabisan|ditolak|tidak lolos|gak lolos)\b", re.I)


def about_a_case(comment: str) -> bool:
    """The complaint is about the citizen's own case (an application, a payment, a turn in a queue)
    rather than a thing at a place: ask for the case's details, not a location and a photo."""
    text = normalize_comment(comment)
    return bool(_CASE.search(text)) and not _PLACE_TROUBLE.search(text)

