"""Clauses of a draft and which of them are ceremony.

A humas editor removes ceremony clause by clause, not sentence by sentence: "Bupati ... yang
diwakili Sekda membuka secara resmi pasar murah, bertempat di lapangan Kecamatan X pada Sabtu (14/6)"
loses the opening, keeps the market, the place and the day. A sentence is cut at commas, semicolons,
dashes and quotes, and before the words that open a new clause ("bertempat di", "pada" before a date,
"turut hadir", "didampingi", "diwakili", "ditandai dengan"); the pieces of an enumeration ("beras
Rp11.000, minyak Rp14.000 dan gula Rp15.500") are joined back into one clause. Each clause is then
reduced to its content: a speech frame ("Kadis menjelaskan bahwa ...") or an appreciation ("Gubernur
mengapresiasi langkah Pemkab yang ...") gives what it frames, a list frame ("di antaranya A, B, serta
C") gives the list, and a leading "yang" or "dan" goes. Every clause stays a verbatim span of the draft.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from bot.core import lexicon
from bot.core.reading.key_facts import FREE
from bot.core.reading.lead import ASK_FRAME, clause_benefit
from bot.core.reading.official_acts import APPARATUS, OFFICIALS_TASKED
from bot.core.reading.sheet import Clause

_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
_MONTH = r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
#: Hard cuts: the separator itself belongs to no clause.
_DAY_COMMA = re.compile(r"\b" + _DAY + r",\s*\d", re.I)
_CUT = re.compile(r"(?<!\d),|,(?!\d)|;|:(?=\s)|\s[–—-]\s|[“”\"]|\((?=\s)|\n+", re.I)
#: Words that open a new clause; the cut goes before them.
_OPENER = re.compile(
    # a period's end or start keeps its day ("ditutup | pada Senin, 13 Juli 2026" would leave "ditutup" alone)
    r"(?<!yang)(?<!\bini)(?<!\bitu)(?<!ditutup)(?<!dibuka)(?<!berakhir)(?<!dimulai)(?<!berlaku)\s+(?=(?:yang\s+(?:dalam\s+kesempatan\s+(?:ini|itu)\s+)?)?(?:bertempat\s+di|berlokasi\s+di|"
    r"(?:turut|ikut|tampak)\s+(?:serta\s+)?(?:hadir|mendampingi|menyaksikan|menghadiri)|hadir\s+pula|tampak\s+hadir|didampingi|diwakili|dalam\s+rangka|"
    # "sekaligus meninjau ..." opens a rite; "sekaligus untuk tiga bulan" is how much a handout pays at once
    r"sekaligus(?!\s+(?:untuk|selama)\s+(?:\w+\s+){0,3}?(?:hari|minggu|pekan|bulan|tahun|periode|tahap)\b)|ditandai\s+dengan|disaksikan|"
    r"dirangkai(?:kan)?\s+dengan|dihadiri|diikuti\s+oleh|dibuka\s+(?:secara\s+resmi|langsung)\s+oleh|"
    r"dicanangkan\s+oleh|usai\s+(?:upacara|acara|kegiatan|menerima|membuka|meninjau)|"
    r"saat\s+(?:mendampingi|meninjau|menghadiri|membuka|memimpin|menerima)|"
    # a dated day opens the setting of a ceremony ("... pada Sabtu (14/6)"); a weekday with no date is when a
    # service runs ("membuka layanan paspor pada hari Sabtu") and stays with its offer
    r"pada\s+(?:(?:hari\s+)?" + _DAY + r"(?:\s*(?:dan|sampai|hingga|–|-)\s*" + _DAY + r")?(?=\s*(?:[,(]\s*)?\d)|"
    r"\d{1,2}\s+" + _MONTH + r"|pukul|tanggal)|"
    r"sehingga|menyusul\s+(?=(?:me|ter|ber|ada|adanya|kasus|kejadian|laporan)\w*)|seiring\s+dengan|"
    r"sementara\s+itu|dengan\s+ketentuan|sebagai\s+berikut|(?<=yang\s)(?:di)?(?:gelar|selenggarakan|laksanakan|adakan|inisiasi)\b)\b)",
    re.I,
)
#: An official performing a ceremonial act, or a ceremony itself.
_CEREMONY_ACT = re.compile(
    r"\b(?:menghadiri|membuka\s+secara\s+resmi|secara\s+resmi\s+membuka|dibuka\s+secara\s+resmi|"
    r"dibuka\s+(?:langsung\s+)?oleh|meresmikan|diresmikan|(?:turut|ikut|tampak)\s+(?:serta\s+)?(?:hadir|mendampingi|menyaksikan|menghadiri)|"
    r"hadir\s+pula|tampak\s+hadir|hadir\s+mendampingi|"
    r"didampingi|diwakili|mewakili|mengapresiasi|menyampaikan\s+(?:apresiasi|terima\s+kasih)|berterima\s+kasih|"
    r"terima\s+kasih|dalam\s+sambutan(?:nya)?|sambutan|disambut|dihadiri|turut\s+dihadiri|memberikan\s+arahan|"
    r"dalam\s+arahannya|mengucapkan|ditandai\s+dengan|pemukulan|pengguntingan\s+pita|penandatanganan\s+prasasti|"
    r"foto\s+bersama|ramah\s+tamah|cendera\s*mata|cenderamata|tukar-menukar|pengalungan|arak-arakan|pagelaran|"
    r"tarian\s+adat|disaksikan|dilepas\s+secara\s+resmi|dicanangkan\s+oleh|menyempatkan\s+diri|berdialog|"
    r"meninjau|peninjauan|rasa\s+syukur|diikuti\s+(?:oleh\s+)?(?:para|seluruh|sekitar)|forkopimda|forkopimcam|"
    r"upacara|simbolis|menyerahkan\s+secara|diserahkan\s+langsung|ibadah\s+singkat|doa\s+bersama|"
    # how the occasion ended ("Kegiatan ditutup dengan makan bersama di halaman ...")
    r"(?:kegiatan|acara|rangkaian\s+(?:acara|kegiatan))\s+(?:kemudian\s+|lalu\s+)?ditutup\s+dengan|makan\s+bersama)\b"
    # An appeal to the apparatus, not to citizens: officials urging one another to work together.
    r"|\b(?:mengimbau|menghimbau|mengajak|meminta|berpesan|mendorong)\s+(?:kepada\s+)?(?:seluruh\s+|semua\s+|para\s+)?"
    r"(?:pemangku\s+kepentingan|stakeholder|pimpinan|" + APPARATUS + r")\b"
    r"|\b(?:bersinergi\s+dan\s+berkolaborasi|senantiasa\s+bersinergi)\b"
    # What a meeting discussed is the meeting; the content is what it decided or announced.
    r"|\b(?:rapat|pertemuan|rakor)\s+(?:tersebut|ini)\s+(?:juga\s+)?(?:membahas|dibahas)|\bmembahas\s+berbagai\b",
    re.I,
)
#: Clauses that only set the scene (a place, a day) are facts, never ceremony.
_SETTING = re.compile(r"^(?:bertempat\s+di|berlokasi\s+di|pada\s+)", re.I)
#: A time or place that opens a sentence ("Mulai pukul 18.00 WIB, Jalan A ..."): the name after it is a subject.
_SCENE = re.compile(r"^(?:mulai|pukul|pada|sejak|hingga|sampai|bertempat|berlokasi)\b", re.I)
#: Frames whose content is what follows them (speech, appreciation, a list's head).
_FRAME = re.compile(
    r"(?:[^,]{0,120}?\b(?:menjelaskan|mengatakan|menyampaikan|menegaskan|menuturkan|mengungkapkan|menambahkan|"
    r"menyebutkan|menyebut|menekankan|menerangkan|memastikan|mengingatkan|berpesan|memaparkan|merinci|"
    r"mengutarakan)(?:\s+bahwa|\s+agar)?,?|"
    r"menurutnya,|(?:melalui|lewat)\s+[^,]{1,40}?\s+(?:ini|tersebut),?|"
    # a chatty opener to the readers ("Sekedar info lah pian sekalian, ...")
    r"(?:sekedar|sekadar)\s+info(?:rmasi)?(?:\s+\w+){0,4}?,|"
    r"[^.;]{0,160}?\b(?:mengapresiasi|(?:memberikan|menyampaikan)\s+apresiasi(?:\s+\w+)?\s+(?:kepada|atas|terhadap))"
    r"\s+[^,]{0,80}?\byang|"
    r"(?:dalam\s+rangka|guna|demi|untuk\s+(?=me))\s*[^,]{3,100},\s*|"
    # A notice's announcing frame ("Diberitahukan kepada seluruh warga Desa X bahwa ...").
    r"(?:diberitahukan|diumumkan|disampaikan)\s+kepada\s+[^,.;]{0,200}?\bbahwa|"
    # A passive speech frame, on an occasion or not ("Dalam kesempatan itu disampaikan bahwa ..."): its content follows.
    r"(?:dalam\s+kesempatan\s+(?:itu|ini|tersebut),?\s+)?(?:disampaikan|dijelaskan|ditegaskan|diungkapkan|"
    r"diinformasikan|dinyatakan)\s+(?:pula\s+|juga\s+)?bahwa|"
    # The source or the occasion of a notice ("Berdasarkan peringatan dini BMKG ..., ", "Sehubungan dengan ..., ").
    r"(?:berdasarkan|merujuk\s+(?:pada|kepada)|mengacu\s+(?:pada|kepada)|sehubungan\s+dengan|menindaklanjuti)"
    r"\s+[^,]{3,160},\s*|"
    r"[^,]{0,160}?\b(?:(?:kembali|akan|terus|resmi)\s+)*(?:menggelar|menyelenggarakan|menggulirkan|meluncurkan|"
    r"menyalurkan|mencanangkan|melaksanakan|meresmikan|membuka|memberlakukan|menetapkan|menyiapkan|menyediakan|"
    r"menjalankan|menghadirkan|mengadakan|melakukan|menyepakati|memutuskan|memberikan(?!\s+(?:arahan|sambutan|apresiasi|penghargaan|pengarahan|"
    r"motivasi|dukungan|semangat|ucapan|masukan|saran|tanggapan|pendapat|aspirasi)\b))"
    r"(?:\s+secara\s+(?:resmi|simbolis)|\s+langsung)?(?!\s+diri(?:nya)?\b)|"  # "mencanangkan diri sebagai ..."
    # An official's tour that brings a service ("memulai kunjungan kerja ke wilayah kepulauan dengan membawa |
    # pelayanan terpadu keliling"): the tour is the frame, what it brings the content.
    r"[^,]{0,120}?\b(?:kunjungan|kunker|safari|blusukan|turun)\b[^,]{0,80}?\b(?:dengan|sambil|sekaligus)\s+"
    r"(?:membawa|menghadirkan)|"
    r"[^,]{0,80}?\b(?:di\s+antaranya|antara\s+lain|yakni|yaitu)|"
    r"[^,.;]{0,60},\s*(?:di\s+antaranya|antara\s+lain|yakni|yaitu|meliputi)|"
    # a connective that points back goes whole, with its comma ("Karena itu, peternak diminta ..."), before its
    # first word alone would leave "itu," behind
    r"(?:menurut|kata|ujar)\s+[^,]{1,60}?,|(?:sementara|selain|untuk|oleh\s+karena|karena)\s+itu,?|"
    r"bahwa|yang|dan|serta|sebab|karena|juga|namun|tetapi|sedangkan|sementara|lalu|kemudian|"
    r"adapun|jadi|pada\s+[\w-]+\s+(?:kali\s+)?ini)\s+",
    re.I,
)
#: A speech tag that closes a quote ("terangnya", "ujar Kadis") says nothing on its own.
_SPEECH_TAG = re.compile(
    r"^(?:ujar|kata|jelas|terang|tutur|tegas|ucap|imbuh|tambah|ungkap|sebut|pungkas)(?:nya)?\b[^,]{0,80}$", re.I
)
_VERBISH = re.compile(
    r"\b(?:me[mnr]?\w{3,}|meng\w{3,}|meny\w{3,}|di(?!nas\b|rektur|rut\b|ri\b|a\b|ni\b)\w{4,}|ber\w{3,}|ter\w{3,}|"
    r"adalah|akan|telah|sudah|dapat|bisa|harus|wajib|masih|tetap|kini|cukup)\b",
    re.I,
)
#: A frame that is negated or forbidden ("Setiap orang dilarang membuka lahan ...") is the content itself.
_NEGATION = re.compile(r"\b(?:tidak|tak|bukan|belum|jangan|tanpa|dilarang)\b", re.I)
#: The word before an enumeration's last item; "&" and "+" in a caption ("gula darah, kolesterol & tensi").
_LIST_END = re.compile(r"\b(?:dan|serta|maupun|atau|hingga|sampai)\b|\s[&+]\s", re.I)
_OPEN_WORD = re.compile(r"^(?:yang|sementara|namun|sehingga|karena|agar|supaya|bahwa|ujar|kata|tetapi|jika|bila)\b",
                        re.I)
_TRIM_HEAD = " \t\n,;:.–—-“”\"'()•·*▪►✅"
_TRIM_TAIL = " \t\n,;:–—-“”\"'("
_DANGLING_TAIL = re.compile(r"\s+(?:yang|dan|serta|atau|di|ke|dari|untuk|bagi|dengan|pada|oleh)$", re.I)
MAX_LIST_ITEM_WORDS = 9
#: A clause that gives citizens this much is content even when an official performs it.
GIVES_ENOUGH = 2.5


_ITEM_NUMBER = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s+")
#: A bracketed tag that opens a line: a thread number ("[2/6]"), a time stamp ("[pukul 09.00 WITA]").
_TAG = re.compile(r"\[[^\]\n]{1,30}\]\s*")
#: A thread's counter opening a post of it ("1/3 🚌 Bus Kota ..."), in a text that numbers two posts so at least.
_COUNTER = re.compile(r"\d{1,2}/\d{1,2}\s+(?!\d)")
_COUNTERS = re.compile(r"(?m)^\s*\d{1,2}/\d{1,2}\s+(?!\d)")
#: A pictograph or its variation selector after the counter ("1/3 🚌 ...").
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]")


@lru_cache(maxsize=64)
def _threaded(text: str) -> bool:
    return len(_COUNTERS.findall(text)) >= 2


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_HEAD:
        start += 1
    tag = _TAG.match(text, start, end) or (_COUNTER.match(text, start, end) if _threaded(text) else None)
    if tag:
        start = tag.end()
        while start < end and (text[start] in _TRIM_HEAD or _EMOJI.match(text, start, end)):
            start += 1
    number = _ITEM_NUMBER.match(text, start, end)
    if number and (start == 0 or text[start - 1] == "\n" or text[start - 2 : start] == "\n "):
        start = number.end()
    while end > start and (text[end - 1] in _TRIM_TAIL or (text[end - 1] == "." and not _abbrev_end(text, start, end))):
        end -= 1
    while end > start and text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
        end -= 1
    m = _DANGLING_TAIL.search(text, start, end)
    if m and m.end() == end:
        end = m.start()
    speaker = _SPEAKER_TAIL.search(text, start, end)
    if speaker and _QUOTE_NEXT.match(text, end):
        end = speaker.start()
    return start, end


#: A headline's speaker before the colon of a quote ("..., Bupati: “Mama-Mama ...”"): no part of the statement.
_SPEAKER_TAIL = re.compile(r"\s*[,–—]\s*(?:[A-Z][\w.'’-]*\s*){1,3}$")
_QUOTE_NEXT = re.compile(r"\s*:\s*[“\"‘']")
#: A route's ends joined by a dash ("Rute K7 Terminal Sako – Stasiun LRT Cinde"): one name, no cut.
_ROUTE = re.compile(r"\b(?:rute|trayek|jurusan|koridor|lintasan|lintas|jalur)\b[^,;:.\n]{0,50}$", re.I)


#: An apposition that names the same thing in plain words: it stays with what it names.
_ALIAS = re.compile(r"\s*(?:alias|atau\s+yang\s+(?:biasa\s+)?(?:dikenal|disebut))\b", re.I)


def _abbrev_end(text: str, start: int, end: int) -> bool:
    """A dot that closes an abbreviation ("M.M.", "dr.") belongs to the clause."""
    tail = text[max(start, end - 6) : end]
    return bool(re.search(r"(?:\b[A-Z]\.[A-Z]?\.?|\b(?:dr|Ir|Drs|Dra|Hj|H|S\.\w+|M\.\w+)\.)$", tail))


def _cuts(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The pieces of a sentence and the separator before each ("," for a comma, "" otherwise)."""
    bounds: list[tuple[int, int, str]] = []
    for m in _CUT.finditer(text, start, end):
        if m.group(0) == "," and _DAY_COMMA.search(text, max(start, m.start() - 10), m.end() + 3):
            continue
        if m.group(0) == "," and _ALIAS.match(text, m.end()):  # "BEBAS BBNKB II, alias balik nama ... GRATIS"
            continue
        if m.group(0).strip() in "–—-" and _ROUTE.search(text, max(start, m.start() - 60), m.start()) \
                and text[m.end() : m.end() + 1].isupper():
            continue
        bounds.append((m.start(), m.end(), m.group(0).strip()))
    for m in _OPENER.finditer(text, start, end):
        bounds.append((m.start(), m.end(), ""))
    bounds.sort()
    out: list[tuple[int, int, str]] = []
    cursor, sep = start, ""
    for s, e, kind in bounds:
        if s < cursor:
            continue
        out.append((cursor, s, sep))
        cursor, sep = e, kind
    out.append((cursor, end, sep))
    return [(s, e, k) for s, e, k in out if e > s]


#: Lower-case words a name or title may hold ("Ketua TP PKK se Kecamatan", "Ahmad bin Umar").
NAME_JOINS = frozenset({"dan", "bin", "binti", "se"})
#: Most words a name or title after a comma has (a longer capitalised run is a clause of its own).
MAX_NAME_WORDS = 8


def is_name(piece: str, *, max_words: int | None = MAX_NAME_WORDS, joins: Collection[str] = NAME_JOINS) -> bool:
    """A name or title on its own ("Ir. Moch. Sulthon", "M.M.", "Ketua TP PKK Kecamatan"): every word
    capitalised or one of `joins`, at most `max_words` words (None for no limit)."""
    words = lexicon.words(piece)
    return (0 < len(words) and (max_words is None or len(words) <= max_words)
            and all(w[0].isupper() or w in joins for w in words))


def _is_list_item(piece: str, limit: int = MAX_LIST_ITEM_WORDS) -> bool:
    words = lexicon.words(piece)
    return 0 < len(words) <= limit and not _VERBISH.search(piece) and not _OPEN_WORD.match(piece)


_INTRO = re.compile(
    r"(?:menurut\w*|di|untuk|setelah|sebelum|selain|meski|pantauan|dalam|sejak|menjelang|melalui|bagi|jika|apabila|"
    r"namun|sementara|hingga|saat|ketika|usai|selama|sebab|karena)\b|.*\b(?:menambahkan|berpesan|mengatakan|"
    r"menjelaskan|menyampaikan|menegaskan|menuturkan|menyebut|mengungkapkan|menekankan|memaparkan|merinci)$",
    re.I,
)
MAX_INTRO_WORDS = 6
#: "..., dan tidak dipungut biaya": the price of what the clause before offers belongs to it.
_FREE_TAIL = re.compile(r"(?:dan|serta)\s+(?:semuanya\s+|seluruhnya\s+)?(?=" + FREE.pattern + ")", re.I)


def _join_intros(text: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An opening phrase ("Di setiap lokasi,", "Harun menambahkan,") goes with the clause it opens, and a
    name after a comma ("Kepala Dinas X, Drs. Harun") with the title before it."""
    out: list[tuple[int, int, str]] = []
    for s, e, sep in pieces:
        piece = text[s:e].strip()
        before = text[out[-1][0] : out[-1][1]].strip() if out else ""
        if out and sep == "," and ((is_name(piece) and not _SCENE.match(_TAG.sub("", before)))
                                   or _opens(before) or _FREE_TAIL.match(piece)):
            out[-1] = (out[-1][0], e, out[-1][2])
        else:
            out.append((s, e, sep))
    return out


#: The source or the occasion of a notice opens the sentence whatever its length ("Berdasarkan peringatan dini
#: BMKG ... yang dikeluarkan pukul 14.25 WITA, hujan lebat ..."): it frames the clause after it.
_SOURCE = re.compile(r"(?:berdasarkan|merujuk|mengacu|sehubungan\s+dengan|menindaklanjuti)\b", re.I)
MAX_SOURCE_WORDS = 25


def _opens(piece: str) -> bool:
    if _SOURCE.match(piece):
        return len(piece.split()) <= MAX_SOURCE_WORDS
    return len(piece.split()) <= MAX_INTRO_WORDS and bool(_INTRO.match(piece)) and not _SETTING.match(piece)


def _join_lists(text: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Comma pieces of an enumeration ("A, B dan C") become one piece with the head before them."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        s, e, _ = pieces[i]
        if _SCENE.match(_TAG.sub("", text[s:e].strip())):
            out.append((s, e))
            i += 1
            continue
        j, verbs = i + 1, 0
        while j < len(pieces) and pieces[j][2] == ",":
            item = text[pieces[j][0] : pieces[j][1]].strip()
            if _is_list_item(item):
                j += 1
            elif j == i + 1 + verbs and _is_verb_item(item):  # acts listed right after the first: "TIDAK mandi, |
                # mencuci, | memancing, | atau menjala di ..." (not a trade among nouns: "tata rias, menjahit, ...")
                j, verbs = j + 1, verbs + 1
            elif verbs and _LIST_END.match(item):
                j += 1
                break
            elif _LIST_END.search(item) and (_is_list_item(item, 2 * MAX_LIST_ITEM_WORDS)
                                             or (_ends_list(item) and _is_list_item(_content(text, s, e)))):
                j += 1
                break
            else:
                break
        last = j - 1
        while last > i and not _LIST_END.search(text, pieces[last][0], pieces[last][1]):
            last -= 1
        if last > i:
            e = pieces[last][1]
            i = last + 1
        else:
            i += 1
        out.append((s, e))
    return out


#: A bare verb listed among acts ("mencuci", "memancing"): one or two words in lower case, a verb first.
_BARE_VERB = re.compile(r"^(?:me|ber|di)[a-z]{3,}(?:\s+[a-z]+)?$")


def _is_verb_item(piece: str) -> bool:
    return bool(_BARE_VERB.match(piece))


def _content(text: str, start: int, end: int) -> str:
    """A piece reduced to its content: the list head after a frame ("Pemerintah daerah memastikan | bantuan beras")."""
    s, e = _reduce(text, *_trim(text, start, end))
    return text[s:e].strip()


def _ends_list(item: str) -> bool:
    """The last item of an enumeration followed by its predicate ("C dan D ditutup untuk kendaraan")."""
    verb = _VERBISH.search(item)
    head = item[: verb.start()] if verb else item
    return bool(verb) and bool(_LIST_END.search(head)) and _is_list_item(head)


#: An appeal's frame: who asks whom, up to the conjunction before the ask ("Bupati mengimbau seluruh masyarakat
#: agar | melakukan 3M Plus", "Penumpang juga diimbau agar | tidak membeli tiket dari calo"). What follows is the
#: act asked of citizens, verb and all: it is not reduced further (its "melakukan" is the ask, not an organiser).
#: An appeal to the apparatus ("mengimbau seluruh OPD agar ...") stays whole: it is ceremony.
_ASK_FRAME = re.compile(rf"[^.;:\n]{{0,160}}?{ASK_FRAME}", re.I)


def _reduce(text: str, start: int, end: int) -> tuple[int, int]:
    """The content of a framed clause (a sub-span); the clause itself when nothing frames it."""
    ask = _ASK_FRAME.match(text, start, end)
    if ask and end - ask.end() >= 12 and not _NEGATION.search(ask.group(0)) and not _CEREMONY_ACT.search(ask.group(0)):
        return _trim(text, ask.end(), end)
    for _ in range(3):
        m = _FRAME.match(text, start, end)
        if not m or end - m.end() < 12 or _NEGATION.search(m.group(0)) or OFFICIALS_TASKED.search(m.group(0)):
            break  # "meminta para kepala kampung menyiapkan ...": the staff's task stays whole, as ceremony
        start = m.end()
        start, end = _trim(text, start, end)
    return start, end


#: A symbolic handover ("ditandai dengan penyerahan paket sembako secara simbolis kepada warga lansia") or a
#: certificate handed over ("sekaligus menyerahkan piagam penghargaan kepada Pemkab X"): a rite whatever it hands
#: over; what citizens get is said where the draft tells how it is given out.
_SYMBOLIC = re.compile(r"\b(?:secara\s+simbolis|simbolis\s+(?:kepada|oleh)|penyerahan\s+simbolis|"
                       r"(?:menyerahkan|penyerahan|diserahkan)\s+(?:sebuah\s+)?piagam)\b", re.I)


#: A broadcaster's or a caption's small talk: it greets, it tells nothing.
_CHATTER = re.compile(r"\b(?:pendengar\s+setia|balik\s+lagi\s+(?:dengan|bersama)\s+saya|"
                      r"kembali\s+(?:lagi\s+)?bersama\s+saya|di\s+mana\s+saja\s+(?:anda\s+)?berada|"
                      r"yang\s+masih\s+di\s+dapur)\b", re.I)
#: How far into a clause the task given to officials may start and still be what the clause is.
_TASK_OPENS = 60


def is_ceremonial(clause: str) -> bool:
    """A clause that performs a ceremony (attending, opening, accompanying, thanking) or only tags a quote."""
    if _SETTING.match(clause):
        return False
    if _CHATTER.search(clause):
        return True  # a host's chatter on air ("balik lagi dengan saya di Halbar Menyapa, pendengar setia ...")
    if _SPEECH_TAG.match(clause) or _SYMBOLIC.search(clause) or OFFICIALS_TASKED.search(clause[:_TASK_OPENS]):
        return True  # "Bupati meminta para kepala kampung menyiapkan ...": the staff's task, whatever it names
    return bool(_CEREMONY_ACT.search(clause) or lexicon.is_ceremonial(clause)) and clause_benefit(clause) < GIVES_ENOUGH


def split_clauses(text: str, sentences: list[tuple[int, int]]) -> list[Clause]:
    """Every clause of every sentence, reduced to its content, with its offsets and whether it is ceremony."""
    out: list[Clause] = []
    for index, (start, end) in enumerate(sentences):
        for s, e in _join_lists(text, _join_intros(text, _cuts(text, start, end))):
            s, e = _reduce(text, *_trim(text, s, e))
            if e <= s or not lexicon.words(text[s:e]):
                continue
            piece = text[s:e]
            ceremonial = is_ceremonial(piece) or _leftover(piece, out, index)
            out.append(Clause(piece, s, e, index, ceremonial))
    return out


def _leftover(piece: str, before: list[Clause], index: int) -> bool:
    """The tail of a ceremonial clause cut off at a comma ("..., sejahtera dan berdaya saing"): it
    opens in lower case, right after ceremony of the same sentence, and states nothing of its own."""
    if not before or before[-1].sentence != index or not before[-1].ceremonial:
        return False
    if not piece[:1].islower() or _SETTING.match(piece) or len(piece.split()) > 6 or re.search(r"\d", piece):
        return False
    return clause_benefit(piece) < GIVES_ENOUGH
