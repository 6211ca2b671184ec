"""Which sentences of a draft a fuller post may add as context, read as an officer reads them.

A context line stands alone under the post, so it must say something to citizens by itself: not
self-praise or a letter's frame ("senantiasa berkomitmen", "dengan ini diumumkan ... sebagai berikut")
unless it carries a fact; not a sentence whose subject was cut away or never written ("Selama ini
telah banyak berkontribusi ...") or that speaks as "kami" without saying who; not a quotation shown
without its speaker; not what is left of a sentence whose predicate went with the ceremony ("Tokoh
adat, serta tokoh agama yang selama ini ..."); not an instruction to officials ("Kepala desa dan lurah
diminta menggerakkan ronda api"), which asks citizens nothing, unless it carries a fact; not a day or
place told relative to the sentence before ("Sampah diangkut keesokan harinya"); not a numbered list
written inline ("1) ..., 2) ..."); not a question of a Q&A, nor a line that only opens a list ("... merinci
relaksasi yang diberikan:"), unless it carries a fact or a figure; nothing a transcript's host or caller says.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.lexicon_data import FUNCTION_WORDS
from bot.core.reading import DraftKind, FactSheet
from bot.core.reading.official_acts import OFFICIALS_ASKED, OFFICIALS_TASKED
from bot.core.reading.slots import office_task
from bot.core.reading.transcript import asked_turns

#: Self-praise and a letter's frame: nothing for citizens unless the sentence carries a fact.
_BOILERPLATE = re.compile(r"\b(?:berkomitmen|komitmen|senantiasa|berkontribusi|kontribusi|sinergi\w*|momentum|wujud|"
                          r"apresiasi|mengapresiasi|dengan ini|sebagai berikut|demikian|semoga|bersinergi|"
                          r"simbolis|ditandai|"
                          # what a meeting agreed, not yet what ("rapat menyepakati sejumlah hal")
                          r"(?:menyepakati|memutuskan|menghasilkan|membahas)\s+(?:sejumlah|beberapa|berbagai)\s+"
                          r"(?:hal|poin|kesepakatan|keputusan)(?:\s+(?:penting|berikut))?|"
                          # the room and its mood ("... memadati kursi yang disiapkan panitia", "berlangsung khidmat")
                          r"memadati|dipadati|tuhan\s+memberkati|wassalam\w*|salam\s+sehat|"
                          # a salutation ("Bapa-bapa ... yang dikasihi Tuhan Yesus", "hadirin yang kami hormati")
                          r"yang\s+(?:(?:saya|kami)\s+)?(?:di)?(?:kasihi|hormati|cintai|banggakan|muliakan)|"
                          r"yang\s+berbahagia|"
                          # a greeting, in Indonesian or a regional tongue ("Sampurasun, wargi ... nu dipikacinta")
                          r"sampurasun|rampes|wilujeng\s+\w+|nu\s+dipi\w+|om\s+swastiastu|assalamu'?alaikum|"
                          r"salam\s+sejahtera|sugeng\s+(?:enjing|siang|sonten|dalu)|"
                          # a speech's thanks for the gathering ("Alhamdulillah, pagi ini kita masih diberi kesehatan")
                          r"(?:alhamdulillah|puji\s+syukur)\b[^.]{0,60}?\b(?:diberi|diberikan|dikaruniai|berkumpul|"
                          r"kesehatan|kesempatan)|bismillah\w*|"
                          r"selamat\s+(?:pagi|siang|sore|malam)(?=\s*[,!.]|\s+(?:warga|sobat|sahabat|bapak|ibu|pendengar|pemirsa|para|rekan))|"
                          # a speaker's pointer to what comes next ("Ada satu hal yang saya minta diteruskan ke
                          # warga", "ada beberapa hal yang perlu saya sampaikan")
                          r"ada\s+(?:satu|dua|tiga|beberapa|sejumlah)\s+(?:hal|pesan|kabar|informasi)\s+(?:penting\s+)?"
                          r"yang\s+(?:(?:ingin|mau|perlu|akan)\s+)?(?:saya|kami)\b|"
                          r"saya\s+tidak\s+akan\s+(?:lama|panjang)|"
                          # a listener's cue ("Mohon didengar baik-baik", "simak baik-baik")
                          r"(?:didengar|disimak|simak|dengarkan)\s+(?:baik-baik|dengan\s+(?:baik|saksama|seksama))|"
                          # a broadcast's frame ("Diteruskan dari Kasi Kesra, mohon dibaca sampai habis 👇")
                          r"diteruskan\s+dari|(?:mohon\s+)?dibaca\s+sampai\s+(?:habis|selesai|tuntas)|"
                          r"mohon\s+(?:dibantu\s+)?(?:di)?(?:share|sebar\w*|teruskan|diteruskan)|hatur\s+nuhun|"
                          # the crowd, one by one ("Ada yang menenteng karung kosong, ada pula ibu-ibu ...")
                          r"ada\s+yang\s+\w+[^.]{0,120}?,\s+ada\s+(?:pula|juga|lagi)|"
                          # the rite ("Acara diawali dengan menyanyikan lagu Indonesia Raya, pembacaan doa, ...")
                          r"(?:dalam|penuh)\s+suasana\s+(?:hangat|haru|meriah|khidmat|akrab|kekeluargaan|gembira)|"
                          r"diawali\s+dengan|lagu\s+(?:kebangsaan|indonesia\s+raya)|pembacaan\s+doa|doa\s+bersama|"
                          r"berlangsung\s+(?:meriah|khidmat|semarak|lancar)|disambut\s+(?:meriah|"
                          r"antusias|hangat))\b",
                          re.I)  # a rite: "Ditandai dengan penyerahan ..."
#: A sentence whose subject was cut away or never written: it opens on its predicate
#: ("Selama ini telah banyak berkontribusi ..."); shown alone it says nothing about anyone.
_SUBJECTLESS = re.compile(r"^(?:(?:selama ini|sementara itu|selain itu|ke depan|untuk itu|oleh karena itu|"
                          r"dengan demikian|di sisi lain|saat ini|kini|nantinya)\s*,?\s+)?(?:telah|sudah|akan|juga|"
                          r"terus|banyak|sempat|masih|tengah|sedang|senantiasa|merupakan|adalah)\b"
                          r"|(?:kami|saya|kita|aku|ia|dia|beliau|mereka)\b", re.I)  # "kami", "ia" alone: who?
#: A salutation ("Pelanggan Perumda ... yang terhormat.", "Bapak/Ibu yang kami hormati"): it greets, it tells nothing.
_SALUTATION = re.compile(r"\byang\s+(?:ter|kami\s+|saya\s+)?(?:hormat|hormati|cintai|banggakan|sayangi)\s*[.!,]?\s*$",
                         re.I)
#: A sentence that draws on the one before ("Akibatnya, anak mau bikin akta susah"): alone, the cause is not there.
_CONSEQUENCE = re.compile(r"^(?:akibatnya|dampaknya|alhasil|makanya|maka\s+dari\s+itu|karena\s+itu|"
                          r"oleh\s+(?:karena|sebab)\s+itu)\b", re.I)
#: A sentence that opens by comforting ("Tenang, ini kesempatannya ...", "Jangan khawatir, semua dilayani"): it
#: answers a worry raised before it.
_COMFORT = re.compile(r"^(?:tenang|santai|jangan\s+(?:khawatir|cemas|panik|takut|bingung|galau))\s*(?:saja|aja|ya|"
                      r"dulu|bund|kak)?\s*[,!.]", re.I)
#: A sentence that points back ("Program yang dimaksud adalah ...", "Kedua dokumen tersebut ...", "Hal ini
#: ...", "Rapat tersebut ..."): shown alone, what it points at is not there.
_POINTS_BACK = re.compile(r"^(?:\w+\s+){0,2}?(?:program|kegiatan|layanan|hal|dokumen|kebijakan|langkah|upaya|acara|"
                           r"inovasi|aturan|ketentuan|fasilitas|sistem|rapat|pertemuan)"
                          r"\s+(?:yang\s+dimaksud|tersebut|ini|itu)\b"
                          # a bare "this" for the subject ("Ini yang mau kita bereskan", "Itulah sebabnya ...")
                          r"|^(?:ini|itu|inilah|itulah)\s+(?:yang|adalah|merupakan|sebabnya|sebab|mengapa|kenapa)\b"
                          # "Di luar jam tersebut ...": which hours, the line alone does not say
                          r"|^(?:di\s+)?luar\s+(?:jam|waktu)\s+(?:tersebut|itu)\b"
                          # a scene placed by the thing before it ("Di bawah sayapnya, petugas menyusun ...")
                          r"|^(?:di|ke|dari)\s+(?:bawah|atas|samping|depan|belakang|dalam|sekitar|ujung|sisi)\s+"
                          r"[a-z]+nya\b"
                          # a pointer to what follows in the draft ("Berikut tanya-jawab untuk meluruskan ...",
                          # "Berikut ini jadwalnya"): its list is not shown after it
                          r"|^berikut(?:\s+ini)?\s+(?:\w+-)?\w+(?:nya)?\b(?![^.!?]*\b(?:adalah|ialah|yaitu|yakni)\b)",
                          re.I)
#: A figure pointed back at ("Angka itu dibahas dalam rapat ...", "Jumlah tersebut ..."): a report's own figures lead
#: its post, so there the line after them may point back; elsewhere the figure is not shown.
_FIGURE_BACK = re.compile(r"^(?:\w+\s+){0,2}?(?:angka|jumlah|capaian|data|hasil|nilai|temuan)\s+(?:tersebut|ini|itu)\b",
                          re.I)
#: A day, time or place told relative to the sentence before ("Sampah diangkut keesokan harinya.", "... di lokasi
#: yang sama"): alone, the day or place it counts from is not there.
_RELATIVE_TO_BEFORE = re.compile(r"\b(?:keesokan\s+harinya|esok\s+harinya|(?:hari|pekan|minggu)\s+berikutnya|"
                                 # "Setelah tanggal tersebut, denda kembali dikenakan": which date?
                                 r"(?:setelah|sebelum|sejak|lewat)\s+(?:tanggal|hari|batas\s+waktu|masa)\s+"
                                 r"(?:tersebut|itu)|"
                                 r"sehari\s+(?:setelah|sesudah|sebelum)nya|setelah\s+itu|sesudahnya|"
                                 r"(?:pada|di)\s+(?:hari|waktu|jam|tempat|lokasi)\s+yang\s+sama)\b", re.I)
#: What an appeal or a warning asks citizens to do ("nelayan ... diminta tidak melaut"): the who line names
#: them, but only this sentence says what they must do.
_ASKED = re.compile(r"\b(?:diminta|diimbau|dilarang|dianjurkan|disarankan|jangan|hindari|hindarilah)\b", re.I)


def asks_citizens(sheet: FactSheet, text: str) -> bool:
    """Whether `text` is what an appeal or an emergency asks of citizens (never an order to officials)."""
    return (sheet.kind in (DraftKind.APPEAL, DraftKind.EMERGENCY) and bool(_ASKED.search(text))
            and not OFFICIALS_ASKED.match(text))


#: A predicate: a verb of the usual shapes, a word that acts as one, or a verdict ("tidak benar"); not the
#: closed-class words of those shapes (a demonstrative "tersebut", prepositions "terhadap", "melalui", "bersama",
#: "bertempat", adverbs "terutama", "berbagai"): "Pameran tersebut pada hari pertama" is a fragment ceremony
#: removal left, and so is "GPM tahap pertama tersebut, bertempat di halaman Kantor ...".
VERB = re.compile(r"\b(?!(?:tersebut|terhadap|terutama|terakhir|tertentu|terkait|berbagai|bersama|beserta|berikut|"
                  r"bertempat|berupa|berdasarkan|melalui|mengenai|menurut|menuju|menjelang|dimana|diantara|disini|disana|"
                  # nouns that only look like verbs ("distrik", "dinas", "menteri", "media", "terminal")
                  r"distrik(?:-distrik)?|dinas|direktur|direktorat|diskusi|disabilitas|menteri|media|mesin|menara|"
                  r"meter|merek|terminal)\b)"
                  r"(?:(?:me|di|ber|ter)[a-z]{3,}|dapat|bisa|akan|wajib|cukup|gratis|buka|kini|"
                  r"(?:tidak|bukan)\s+(?:benar|hoaks|fakta|asli|resmi|sah|berlaku))\b")  # a verdict: "tidak benar"


#: A verb of saying or adding right before a clause: what follows is its object, no sentence of its own.
_SPOKE = re.compile(r"\b(?:menambahkan|menjelaskan|menyebutkan|mengatakan|menyampaikan|merinci|mencontohkan)\s*$",
                    re.I)


def _fragment(sheet: FactSheet, index: int, text: str) -> bool:
    """A sentence cut by ceremony removal to a noun phrase with a relative clause ("Tokoh adat, serta
    tokoh agama yang selama ini ..."): its main clause has no predicate left. Or a sentence that opens in
    lower case right after a verb of saying ("... menambahkan | kartu KIP ..."): that verb's object alone."""
    clauses = [c for c in sheet.clauses if c.sentence == index]
    content = [c for c in clauses if not c.ceremonial]
    if content and content[0].text[:1].islower() and _SPOKE.search(sheet.draft[max(0, content[0].start - 40) :
                                                                                content[0].start]):
        return True  # "Jalur afirmasi menambahkan | kartu KIP atau ...": the object of a verb read apart
    if content and _LIST_HEAD.search(re.split(r"[.!?\n]", sheet.draft[max(0, content[0].start - 160) :
                                                                    content[0].start])[-1]):
        return True  # "Skrining ini menyasar kelompok berisiko, yaitu | warga yang ...": a list without its head
    if content and content[0].start > clauses[0].start and _ADDRESS_ITEM.match(content[0].text) \
            and sheet.draft[max(0, content[0].start - 2) : content[0].start].strip() == ",":
        return True  # "..., Kelurahan Tanamodindi, | Kecamatan Mantikulore itu akhirnya rampung": an address's tail
    if all(not c.ceremonial for c in clauses):
        return False
    return not VERB.search(re.split(r"\byang\b", text, maxsplit=1)[0])


#: The next item of an address ("Kecamatan Mantikulore", "RT 03", "Jl. Merdeka"): a clause that opens with it
#: continues the address before it.
_ADDRESS_ITEM = re.compile(r"(?:kecamatan|kelurahan|desa|kabupaten|kota|provinsi|jalan|dusun|nomor|kec\.|kel\.|"
                           r"kab\.|jl\.|no\.|RT\b|RW\b)", re.I)


#: The words that open a list inside a sentence: what follows is its items, not a sentence.
_LIST_HEAD = re.compile(r"\b(?:yaitu|yakni|antara\s+lain|di\s+antaranya|meliputi|seperti)\s*:?\s*$", re.I)


#: A numbered list written inline ("yakni 1) surat keterangan ..., 2) fotokopi KTP ..."): its numbers are gone
#: from a context line ("1 surat ..., 2 fotokopi ..."), and a list belongs in a fact line.
_LIST_MARK = re.compile(r"(?:^|[\s,;:.])\d{1,2}\)\s")


def _inline_list(sheet: FactSheet, index: int) -> bool:
    clauses = [c for c in sheet.clauses if c.sentence == index]
    return bool(clauses) and len(_LIST_MARK.findall(sheet.draft[clauses[0].start : clauses[-1].end])) >= 2


def _quoted(sheet: FactSheet, index: int) -> bool:
    """Whether sentence `index` is said inside quotation marks: shown alone, nobody knows who speaks."""
    clauses = [c for c in sheet.clauses if c.sentence == index]
    if not clauses:
        return False
    before = sheet.draft[max(0, clauses[0].start - 3) : clauses[0].start]
    paragraph = sheet.draft[sheet.draft.rfind("\n", 0, clauses[0].start) + 1 : clauses[0].start]
    return (bool(re.search(r"[\"“]\s*$", before)) or sheet.draft[:clauses[0].start].count("\"") % 2 == 1
            # the middle of a quote of several sentences; a clarification's truth may stand only there
            or (paragraph.rfind("“") > paragraph.rfind("”") and sheet.kind != DraftKind.CLARIFICATION))


#: A question of a Q&A ("T: Siapa yang bisa daftar?"): its answer is the fact, the question says none.
_QUESTION_MARK = re.compile(r"^(?:T|Tanya|Q|P|Pertanyaan)\s*[:.]\s", re.I)


def _asks_or_opens(sheet: FactSheet, index: int, text: str) -> bool:
    """Sentence `index` asks a question, or only opens the list after it ("... merinci relaksasi yang
    diberikan:"): shown alone, what it asks about or announces is not there."""
    clauses = [c for c in sheet.clauses if c.sentence == index]
    if not clauses:
        return False
    end = max(c.end for c in clauses)
    tail = sheet.draft[max(0, end - 2) : end + 2]
    return bool(_QUESTION_MARK.match(text) or "?" in tail or re.search(r":\s*(?:\n|$)", tail))


def _asker_speaks(sheet: FactSheet, index: int) -> bool:
    """Sentence `index` is said by a host, a caller or a reporter of a transcript: it asks or retells."""
    starts = [c.start for c in sheet.clauses if c.sentence == index]
    return bool(starts) and any(s <= starts[0] < e for s, e in asked_turns(sheet.draft))


def _states_figures(text: str) -> bool:
    """`text` states a number, date, time or amount (a name alone is none)."""
    return any(found.fact.kind != "name" for found in scan_facts(text))


def _officials_task(sheet: FactSheet, index: int) -> bool:
    """Officials are given a task anywhere in sentence `index` ("Sekda meminta para camat aktif mengunjungi pedagang
    dan memastikan | kartu retribusi terbagi merata"): what is left of it is their task, nothing for citizens; or
    thanked ("menyampaikan terima kasih kepada seluruh jajaran, mulai dari ..., | hingga kader di desa, yang telah
    bekerja sepanjang tahun"): what is left of it is whom the speech thanked."""
    span = _sentence_span(sheet, index)
    return span is not None and bool(OFFICIALS_TASKED.search(sheet.draft, *span) or _THANKS.search(sheet.draft, *span))


def office_deadline(sheet: FactSheet, index: int) -> bool:
    """Sentence `index` gives the office's own people a task ("Kepala puskesmas wajib mengirim rekap ... paling lambat
    Sabtu"): its date is theirs, and the sentence no context for citizens, whatever facts it carries."""
    span = _sentence_span(sheet, index)
    return span is not None and office_task(sheet.draft, *span)


def _sentence_span(sheet: FactSheet, index: int) -> tuple[int, int] | None:
    """Sentence `index` from its opening (before any clause the reader left out) to its last clause's end."""
    spans = [(c.start, c.end) for c in sheet.clauses if c.sentence == index]
    if not spans:
        return None
    opening = max(sheet.draft.rfind(mark, 0, spans[0][0]) for mark in (". ", "! ", "? ", "\n")) + 1
    return opening, spans[-1][1]


_THANKS = re.compile(r"\b(?:(?:menyampaikan|mengucapkan|berterima)\s+(?:ucapan\s+)?terima\s+kasih|terima\s+kasih\s+"
                     r"kepada)\b", re.I)


#: A letter's or a broadcast's address line ("Yth. Bapak/Ibu Kepala Desa, Kepala Dusun dan warga ...").
_ADDRESS = re.compile(r"^\W*(?:kepada\s+)?yth\b\.?", re.I)


def _addressed(sheet: FactSheet, index: int) -> bool:
    """Whether sentence `index` stands on a line that a "Yth." opens."""
    starts = [c.start for c in sheet.clauses if c.sentence == index]
    if not starts:
        return False
    line = sheet.draft[sheet.draft.rfind("\n", 0, starts[0]) + 1 : starts[0] + 8]
    return bool(_ADDRESS.match(line))


def unfit_context(sheet: FactSheet, index: int, text: str, has_facts: bool) -> bool:
    """Whether sentence `index` (worded `text`) must not be shown alone (see the module's docstring)."""
    if _fragment(sheet, index, text) or _SUBJECTLESS.match(text) or _POINTS_BACK.match(text) \
            or _CONSEQUENCE.match(text) or _COMFORT.match(text) or _SALUTATION.search(text):
        return True
    if text.count("|") >= 2:  # a row of a table ("Rute | Jam berangkat | Hari"): its cells belong in fact lines
        return True
    if _addressed(sheet, index) or office_deadline(sheet, index):  # "Yth. Bapak/Ibu Kepala Desa, ...": no news
        return True
    if _asker_speaks(sheet, index):
        return True
    if sheet.kind != DraftKind.ACHIEVEMENT and _FIGURE_BACK.match(text):
        return True
    if not has_facts and _asks_or_opens(sheet, index, text) and not _states_figures(text):
        return True
    if _RELATIVE_TO_BEFORE.search(text) or _inline_list(sheet, index):
        return True
    return not has_facts and bool(_BOILERPLATE.search(text) or _quoted(sheet, index) or OFFICIALS_ASKED.match(text)
                                  or _officials_task(sheet, index))


#: Share of a sentence's content words the fact lines may already say before it is only a repeat of them.
REPEAT_SHARE = 0.8


def repeats_lines(text: str, said: str) -> bool:
    """The fact lines already say nearly every content word of `text` ("KTP asli pemilik, STNK asli, serta
    BPKB ..." under a "Syarat" line that lists them): as context it only says them again."""
    said_words = {lexicon.stem(w.lower()) for w in lexicon.words(said)}
    words = [lexicon.stem(w.lower()) for w in lexicon.words(text) if w.lower() not in FUNCTION_WORDS]
    return bool(words) and sum(w in said_words for w in words) >= REPEAT_SHARE * len(words)


#: Right before a sentence's first clause: whose opinion it is ("Menurutnya, ...", "Menurut Bupati, ...").
_OPINION = re.compile(r"\bmenurut(?:nya|\s+(?:dia|ia|beliau|\w+(?:\s+\w+){0,3}))\s*,?\s*$", re.I)


#: A speech tag inside the sentence ("Target tersebut, kata dia, sejalan dengan ..."): the clauses leave it out.
_TAG = re.compile(r",\s*(?:kata|ujar|tutur|ucap|imbuh)(?:nya|\s+(?:dia|ia|beliau|\w+))\s*,", re.I)


def opinion(sheet: FactSheet, index: int) -> bool:
    """Whether sentence `index` is someone's view whose frame the clauses left out ("Menurutnya, di era digital,
    pemerintah yang harus mendekat ke warga", "Target tersebut, kata dia, sejalan dengan ..."): shown alone it
    reads as the office's own claim."""
    spans = [(c.start, c.end) for c in sheet.clauses if c.sentence == index]
    if not spans:
        return False
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    return bool(_OPINION.search(sheet.draft[max(0, first - 40) : first]) or _TAG.search(sheet.draft[first:last]))
