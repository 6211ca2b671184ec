"""Things a citizen's question names that the context draft never mentions ("qris", "kambing", "asrama").

A draft that never names the thing asked does not answer the question, whatever sentence shares its
other words: the reply says the info does not mention it, and gives the sentence found only when that
sentence is about the same matter ("kambing bisa divaksin?" -> the vaccination is for cattle, buffalo
and horses; goats are not mentioned). Two readings:
- a question whose every named word is missing from the draft (`unmentioned`);
- a yes/no question about a thing ("ada daging ga?", "bisa bayar di indomaret?", "kambing bisa juga?")
  whose thing is missing from the draft, even when the rest of its words are there (`unnamed_things`).
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.offline.answer_cues import WEEKDAY, cue
from bot.offline.answer_find import shared_stems, spoken_suffix_root, stems
from bot.offline.asked import OWN_HOURS, clauses, normalise, question_slots
from bot.offline.asked_words import DATE_CHECK, SLOT_NAMES

#: Words of a question that ask rather than name a thing: days and months (a schedule answers them),
#: places in general ("tempatnya", "di sana"), question words, everyday verbs of asking for a service.
_ASK_ONLY = re.compile(rf"^(?:{WEEKDAY}|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|"
                       r"november|desember|pagi|siang|sore|malam|tengah|subuh|habis|setelah|sesudah|tempat|sana|sini|disana|disini|situ|disitu|siapa|"
                       r"bagaimana|daftar|mendaftar|lapor|melapor|bikin|urus|"
                       r"ambil|minta|pergi|datang|lama|cepat|bisa|boleh|punya|mulai|selesai|buka|tutup|lewat|via|melalui)"
                       r"(?:nya)?$")
#: Forms of address and fillers of everyday comments (Indonesian and regional): they name no thing.
_FILLER = frozenset({
    "lae", "ito", "amang", "inang", "bang", "abang", "mas", "mbak", "gan", "bund", "bunda", "sis", "bro", "om",
    "tante", "kang", "teh", "uda", "uni", "daeng", "bli", "usi", "nona", "kaka", "kakak", "pak", "bapak", "ibu",
    "lur", "rek", "cak", "dikit", "sedikit", "atok", "dia", "macam",
    "ning", "beta", "kita", "kami", "sekalian", "nanti", "kira", "tetap", "gitu", "sendiri",
    "gimana", "semua", "semuanya", "pun", "mana", "kalau", "kalo", "klo", "biar", "supaya", "agar", "sama", "aja",
    "saja", "juga", "lagi", "dong", "deh", "sih", "nih", "kah", "yah", "yaa", "mohon", "tolong", "info", "tanya",
    "permisi", "maaf", "terima", "kasih", "makasih", "trims", "thanks", "apa", "atau", "selain", "lain", "lainnya",
    "buat", "untuk", "dari", "sekali", "kok", "dulu", "masih", "sudah", "belum", "langsung", "baru", "memang",
    "kena", "resmi",
    # conjunctions: a story goes on after them, they end the name of a thing ("petugas tagih tapi ...")
    "tapi", "tetapi", "namun", "padahal",
    # feelings and strength said beside the question ("takut", "tra kuat angkat")
    "takut", "khawatir", "bingung", "kuat", "sanggup",
    # everyday verbs of using a service: they ask whether, they name no thing
    "beli", "membeli", "dibeli", "jual", "ikut", "ikutan", "bawa", "dibawa", "pakai", "dipakai", "masuk", "pulang",
    "tukar", "titip", "antar", "diantar", "kirim", "dikirim", "cari", "lihat", "liat", "coba", "nunggu", "tunggu",
    "bayar", "dibayar", "kerja", "pergi", "datang", "sampai", "dapat", "dapet", "dikasih", "terus",
    # the asker's family and people in general
    "cuma", "hanya", "doang", "bulan", "minggu", "tahun", "hari", "ini", "itu",
    "adek", "adik", "anak", "suami", "istri", "nenek", "kakek", "mbah", "simbah", "ponakan", "keponakan", "cucu",
    "mertua", "ortu", "orang", "luar", "warga", "teman", "temen", "tetangga", "mama", "mamak", "papa", "bapa",
    "ayah", "emak", "ibuk", "inaq", "amaq", "abah", "ambu", "umi", "abi", "rumah",
    # where the asker is, said beside the question ("dekat situ"), and regional particles and greetings
    "dekat", "deket", "sekitar", "tabe", "punten", "ki", "ji", "mi", "bah",
    # regional particles of emphasis and address (Palembang, Sundanese, Banjar, Manado, Papua)
    "nian", "atuh", "euy", "pian", "ikam", "ngana", "ngoni", "torang", "kitorang", "pung", "wak", "tuh", "lho", "loh",
    # asking whether something is included, and times relative to now ("bulan depan")
    "termasuk", "depan", "besok", "lusa", "kemarin", "tadi",
})
#: Forms of address and regional particles: never named as a thing the draft does not mention.
_ADDRESS = frozenset({
    "bund", "bunda", "kang", "lae", "abang", "mbak", "sis", "nian", "atuh", "pian", "ikam", "ngana", "ngoni",
    "kakak", "bapak", "tante", "amang", "inang", "daeng", "uda", "uni", "nona", "torang", "kitorang",
})
#: A yes/no question about a thing: "ada X ga?", "bisa X juga?", "pakai X atau apa?", "X termasuk?".
_THING_ASKED = re.compile(r"\b(?:ada|bisa|boleh|dapat|dapet|termasuk|pakai|melayani|layani|terima|menerima|sedia|"
                          r"menyediakan|disediakan|dibagi|dibagikan|diberi|dikasih)\b")
#: A question word: the clause asks which, when, where or how, not whether.
_WH = re.compile(r"\b(?:kapan|dimana|di mana|kemana|ke mana|berapa|gimana|bagaimana|siapa|mana|cara|(?<!atau )apa)\b")
#: Nouns whose kind the next word only narrows ("uang saku", "biaya admin"): when the draft names the noun,
#: the draft speaks of the thing asked, in its own words ("uang transport").
_HEAD = re.compile(r"uang|biaya|kartu|surat|bantuan|paket|hadiah|fasilitas")
#: A word that may be the object of the act asked ("ganti kk"): two letters or more, no digit.
_OBJECT = re.compile(r"[a-z]{2,}")
#: Where the asker gives their reason: what follows is not asked.
_REASON = re.compile(r"\b(?:biar|supaya|agar|karena|soalnya)\b|"
                     r"\b(?:buat|untuk) (?:warung|jualan|dijual|usaha|dagang|stok|"
                     # for whom the asker buys ("buat sekeluarga"): their case, not a thing asked
                     r"sekeluarga|keluarga|sekampung|tetangga|ortu|orang tua)\b")
#: The asker speaking of themselves or their family.
_OWN = re.compile(r"\b(?:saya|aku|kami|beta|gue|gw)\b")
#: A verb by its prefix ("berobat", "mengurus", "membeli"): it asks whether one may do it, it names no thing.
_VERB = re.compile(r"^(?:ber|mem|men|meng|meny)\w{4,}$")
#: Function words: they end no name of a thing ("ditransfer ke" is "ditransfer").
_FUNCTION = frozenset({"ke", "di", "dari", "untuk", "buat", "sama", "dan", "atau", "yang", "dengan", "pada", "oleh"})
#: Slots whose question may name the asker's own case (a village, a relative, an age) that no draft names.
_OWN_CASE_SLOTS = frozenset({"who", "claim"})


def _absent(words: list[str], draft: str) -> list[str]:
    lowered = draft.lower()
    out = []
    for word in words:
        if word.removesuffix("nya") in SLOT_NAMES:
            continue  # "ongkosnya", "totalnya": the slot asked, not a thing the draft lacks
        group = stems(word)  # the word with its stems and the draft's words for it
        if (root := spoken_suffix_root(word)) is not None:
            group.add(root)  # "didaftarin" of a draft that says "mendaftar"
        group.update(r for r in lexicon.spoken_roots(word) if r in lexicon.root_words())  # "ngusul" of "usulan"
        if group and not shared_stems(group, draft) and not any(g in lowered for g in group) \
                and word.removesuffix("nya") not in lowered:
            out.append(word.removesuffix("nya"))
    return out


#: Words that take "-nya" as an adverb, not as a thing asked of: "katanya gratis?", "biasanya", "harusnya" (round 14d:
#: "katanya gratis dr pemerintah?" was answered "Soal kata, ...").
_HEARSAY_NYA = frozenset({"kata", "kabar", "dengar", "denger", "rasa", "kayak", "kaya", "seperti", "biasa", "harus",
                          "mesti", "sebenar", "pokok", "untung", "emang", "memang", "kelihatan", "keliatan"})


def unmentioned(slot: str, question: str, sentence: str, draft: str) -> list[str]:
    """The things `question` names that the draft never mentions ("qris", "parkir", "pemulihan"), when the
    answer found for `slot` is not about them: the draft does not answer the question, and the sentence
    found would be an unrelated quote. A "what" question is about the thing it names, so one unnamed
    thing is enough; a "who" question may name the asker's own case, which the rule answers."""
    if slot in _OWN_CASE_SLOTS or (slot == "when" and re.search(OWN_HOURS, normalise(question))):
        return []  # the asker's case, and their own hours ("sy kerja sampe jam 5"), name nothing asked
    parts = clauses(question)
    last = max((i for i, (_, asking) in enumerate(parts) if asking), default=len(parts) - 1)
    asked = " ".join(text for text, asking in parts if asking) or question  # the questions, not the remarks
    context = " ".join(text for text, _ in parts[:last + 1])  # the asker's case said before the question
    named = _REASON.split(normalise(asked))[0]  # "..., biar sy siapin dr skrg": the asker's reason is not asked
    words = [w for w in named.split() if len(w) >= 4 and w.isalpha() and not _ASK_ONLY.match(w)]
    words = [w for w in words if stems(w)]
    if not words or (slot != "what" and shared_stems(stems(context), sentence)):
        return []
    absent = [w for w in _absent(words, draft) if w not in _ADDRESS]  # "bund", "lae": no thing asked
    topic = [w for w in re.findall(r"\b(\w{4,}?)\s?nya\b", asked.lower())
             if not _ASK_ONLY.match(w) and w not in _HEARSAY_NYA and stems(w)]
    topic = [w for w in topic if _a_thing_named(w)]
    if slot == "when" and re.search(r"\bberapa lama\b", normalise(asked)) and _absent(topic, draft):
        return _absent(topic, draft)  # "brp lama pemulihannya?": the thing whose length is asked is never named
    if slot in ("figures", "quota", "cost") and _absent(topic, draft):
        return _absent(topic, draft)  # "zonasinya brp km?", "parkirnya bayar?": the thing asked of is never named
    enough = 1 if slot == "what" else 2  # one odd word may be a name or a form of address ("kang", "bidan")
    if len(absent) != len(words) or len(absent) < enough:
        return []
    return sorted(w for w in absent if _a_thing_named(w))  # "sie leumo na cit?": speech, not things


#: A stage, wave or batch asked by its number ("gelombang 2", "tahap kedua", "angkatan berikutnya").
_STAGE = re.compile(r"\b(gelombang|tahap|angkatan|batch|periode|sesi)\s+"
                    r"(\d+|dua|tiga|empat|kedua|ketiga|keempat|ii|iii|"
                    r"berikut\w*|selanjutnya|lanjutan)\b")
_ORDINALS = ({"2", "dua", "kedua", "ii"}, {"3", "tiga", "ketiga", "iii"}, {"4", "empat", "keempat", "iv"})


def unnamed_stages(question: str, draft: str) -> list[str]:
    """The stages a question asks by number that the draft never names: "gelombang 2" of a draft that speaks
    only of "gelombang pertama" (a later wave is not announced), "tahap berikutnya" of a draft naming one."""
    lowered = draft.lower()
    out = []
    for noun, number in _STAGE.findall(normalise(question)):
        forms = next((group for group in _ORDINALS if number in group), {number})
        if number.startswith(("berikut", "selanjutnya", "lanjutan")):
            forms = {f for group in _ORDINALS for f in group} | {"berikut", "selanjutnya", "lanjutan"}
        said = re.search(rf"\b{noun}\s+(?:ke-?\s*)?(?:{'|'.join(sorted(forms))})\w*\b", lowered)
        if noun in lowered and not said:
            out.append(f"{noun} {number}")
    return out


_MONTH = re.compile(r"\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b")


def mostly_unnamed(question: str, draft: str) -> list[str]:
    """The words of a question that names no slot ("tunggakan pdam sekalian diputihkan gak?") that the draft
    never mentions, when they are two or more and most of its words: the draft is not about what it asks."""
    words = [w for w in normalise(question).split() if len(w) >= 4 and w.isalpha() and not _ASK_ONLY.match(w)
             and w.removesuffix("nya") not in _FILLER and stems(w) and _a_thing_named(w)]
    absent = _absent(words, draft)
    if len(absent) >= 2 and 2 * len(absent) > len(words):
        return absent
    # "relawannya digaji ga?": the matter said with "-nya" is the draft's, what is asked of it is never named
    topic = [w for w in words if w.endswith("nya") and w.removesuffix("nya") not in absent]
    rest = [w for w in words if w not in topic]
    return absent if topic and rest and len(absent) == len(rest) else []


def _draft_words(draft: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", draft)}


_TAILS = frozenset({"tidak", "gak", "ga", "nggak", "kah"})


def _other_values(words: list[str], absent: set[str], draft: str) -> set[str]:
    """Absent words that give another value of an attribute the draft names with its own ("latar merah" of a
    draft asking "latar biru"): the draft's rule answers them, they name no new thing."""
    out = set()
    for index, word in enumerate(words[1:], 1):
        before = words[index - 1].removesuffix("nya")
        after = words[index + 1] if index + 1 < len(words) else ""
        if word in absent and before not in absent and len(before) >= 4 and (
                not after or _THING_ASKED.fullmatch(after) or after in _TAILS) and before not in _FILLER | _FUNCTION \
                and not _ASK_ONLY.match(before) and not _THING_ASKED.fullmatch(before) \
                and re.search(rf"\b{re.escape(before)}\s+[a-z]{{3,}}", draft.lower()):
            out.add(word)
    return out


#: Words of regional speech that name no thing: pronouns, particles, question words and everyday verbs of
#: Acehnese, Gayo, Minang, Palembang, Bengkulu, Lampung, Batak and Medan Malay, Papuan, Ambon, Kupang and Manado
#: Malay, Kendari and Buton, Banjar, Pontianak Malay, Javanese, Sundanese and Bugis-Makassar speech ("sie leumo na
#: cit?", "masih bisa daftar gak kelen?"). The draft may well answer what they ask in other words; "Soal kelen, ..."
#: would answer nothing.
REGIONAL_SPEECH = frozenset({
    "lon", "kah", "droneuh", "peu", "uroe", "padum", "jeut", "hana", "cit", "na", "that", "bloe", "meunyo", "sie",
    "ambo", "awak", "indak", "baa", "bana", "lai", "nan", "dibali", "baliak", "kapatang", "umua", "bara", "dima",
    "nyak", "sikam", "pira", "dipa", "mak", "kidang", "repa", "sinan", "ngedok", "kelen", "bah", "kitong", "mace",
    "pace", "tra", "trada", "dong", "ose", "seng", "katong", "pung", "dapa", "ulun", "kada", "handak", "kamek",
    "kitak", "agik", "nyale", "dimane", "sane", "kulo", "ora", "piye", "ngendi", "nembe", "durung", "tenan", "didol",
    "abdi", "teu", "mah", "sabaraha", "nepi", "bade", "ceunah", "tabe", "nawarin", "sodara", "sanak", "bapa", "mama",
    # Acehnese and Gayo, Palembang and Bengkulu Malay, Kupang and Manado Malay, Kendari and Buton speech (round 31)
    "kamoe", "aneuk", "thon", "ikot", "gere", "pacak", "nian", "galo", "dak", "kito", "apo", "berapo", "dimano",
    "mano", "taun", "beta", "botong", "sonde", "su", "pi", "ju", "ko", "nyanda", "kase", "so", "ngana", "torang",
    "dorang", "kiapa", "kang", "mi", "ji", "toh", "kodong", "pomae", "bemana",
    # Balinese, Besemah, Banjar, Pontianak and Riau-island Malay, Kei, Pakpak, Mukomuko and Lamaholot speech (round 32)
    "tiang", "sing", "tusing", "pidan", "dija", "ngalih", "milu", "ento", "meme", "dadi", "yen", "liu", "ngorang",
    "bli", "dide", "lame", "mane", "kawa", "bilanya", "bulik", "gawe", "baisi", "pian", "acil", "abah", "banar",
    "haja", "ari", "ape", "ndak", "kerje", "besak", "kecik", "bise", "njuah", "lae", "ikuik", "lebe", "talat", "skali",
    "malem", "dipake",
    # Tegal and Magelang Javanese, Sundanese, Palembang, Balinese, Minang and Medan speech (round 35)
    "iseh", "isih", "saiki", "kudu", "dhisik", "disik", "olih", "entuk", "kepriwe", "kiye", "jeh", "nyong", "liya",
    "teka", "nganggo", "suwe", "tanggane", "enjing", "tiasa", "kumaha", "peuting", "payun", "dilewatan", "kalu",
    "naek", "nggih", "kenken", "ajak", "bilo", "ado", "pigi", "cemana", "opung", "anter", "nyampe",
    # everyday nouns in regional words, which a draft names in Indonesian ("sie leumo": daging sapi)
    "imah", "sampi",
    "leumo", "jawi", "pitih", "banyu", "aer", "oto", "pedhet", "wedhus", "duit", "doi", "telok", "akte", "karajo",
})


def _a_thing_named(word: str) -> bool:
    """A word that may name a thing the draft lacks: not a word of regional speech (`REGIONAL_SPEECH`)."""
    return word.removesuffix("nya") not in REGIONAL_SPEECH


def unnamed_things(question: str, draft: str) -> list[str]:
    """The things a yes/no question asks about that the draft never names ("ada daging ga?" -> daging,
    "kambing bisa divaksin juga?" -> kambing), read clause by clause; forms of address, fillers and the
    asker's own case said before the question are not things asked."""
    lowered = draft.lower()  # a month asked that no date of the draft names ("desember ada lagi?")
    checked = re.search(DATE_CHECK, normalise(question))  # "bayar november masih kena denda?": a date checked
    out: list[str] = [] if checked else [m for m in dict.fromkeys(_MONTH.findall(normalise(question)))
                                         if m not in lowered]
    questions = " ".join(text for text, asks in clauses(question) if asks) or question
    out += unnamed_stages(questions, draft)  # "kemarin tahap 1 dipotong ...": a stage of the asker's story
    for text, asking in clauses(question):
        said = _REASON.split(normalise(text))[0]  # "..., biar peluang menang gede": the asker's reason
        if not asking or not _THING_ASKED.search(said) or _WH.search(said):
            continue
        words = said.split()
        if _OWN.search(said):  # "sy warga X bisa ...", "adek sy ...": the asker's case comes before the verb
            words = words[next((i for i, w in enumerate(words) if _THING_ASKED.fullmatch(w)), 0):]
        absent = set(_absent([w for w in words if len(w) >= 3 and w.isalpha() and not _ASK_ONLY.match(w)
                              and w.removesuffix("nya") not in _FILLER and not _VERB.match(w)
                              and not question_slots(w)], draft))
        absent -= _other_values(words, absent, draft)
        absent = {w for w in absent if _a_thing_named(w)}
        run: list[str] = []  # the first run of absent words names the thing ("sertifikat tanah")
        for index, word in enumerate(words):
            if word.removesuffix("nya") in absent and not (not run and index and _HEAD.fullmatch(words[index - 1])
                                                           and words[index - 1] in lowered):
                run.append(word.removesuffix("nya"))
            elif run:
                break
        after = words[words.index(run[-1]) + 1:] if run and run[-1] in words else []
        if len(run) == 1 and after and _OBJECT.fullmatch(after[0]) and after[0] not in _FILLER | _FUNCTION \
                and not _ASK_ONLY.match(after[0]) and after[0] in _draft_words(draft):
            run.append(after[0])  # "ganti kk": the act and what it is done to
        if run and " ".join(run) not in out:
            out.append(" ".join(run))
    return out


#: An enumeration of short items ("sapi, kerbau dan kuda", "beras, minyak goreng, gula serta telur").
_SHORT_LIST = re.compile(r"\b\w+(?: \w+){0,2}(?:, \w+(?: \w+){0,2}){1,},? (?:dan|serta|atau) \w+")


def lists_the_matter(question: str, sentence: str, things: list[str]) -> bool:
    """Whether `sentence` answers a question about things the draft never names by listing the items of the
    same matter ("kambing bisa divaksin?" and "vaksinasi untuk sapi, kerbau dan kuda"): the asker sees theirs
    is not among them. A sentence that only shares the matter ("layanan ... dokumen kependudukan" for
    "sertifikat tanah") does not answer, and is not quoted."""
    kept = " ".join(w for w in question.lower().split() if not any(w.startswith(t) for t in things))
    return bool(shared_stems(stems(kept), sentence)) and bool(_SHORT_LIST.search(sentence))


#: Words before a way or a place ("ke kantor gubernur", "lwt shopee", "depan gang").
_WAY_BEFORE = r"ke|di|lewat|lwt|via|melalui|depan|dari"


def way_answers(slot: str, question: str, sentence: str, things: list[str]) -> bool:
    """Whether `sentence` answers a question on a way or a place the draft never names ("bisa daftar langsung
    ke kantor gubernur?", "bisa walk in atau harus ambil antrean?") by naming the draft's own: it plainly
    carries the slot (a channel, a place) and shares another word of the question (the step, the service).
    The asker reads from it that theirs is not the way; saying only "not mentioned" would hide the answer."""
    if slot not in ("how", "where") or cue(slot, sentence) < (1.5 if slot == "how" else 1.0):
        return False
    asked = normalise(question)
    if not all(re.search(rf"\b(?:{_WAY_BEFORE})\s+{re.escape(thing)}\b|\b{re.escape(thing)}\b(?:\s+\w+)?\s+atau\b",
                         asked) for thing in things):
        return False  # "ada operasi pasar murah? dmn?": the thing is what is asked of, not the way or place
    named = {stem for thing in things for stem in stems(thing)}
    return bool(shared_stems(stems(question) - named, sentence))
