"""The words of an answer: the draft's sentences (list items joined to their intro), the clause of a
sentence that carries the fact asked, and that clause in plain words after an opener (quotes, speech
frames and end stops dropped), so every number, date and name stays the draft's own."""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.reading import FactSheet
from bot.core.reading.datelines import WEEKDAY
from bot.core.reading.table_model import RULE_ROW
from bot.core.reading.transcript import asked_turns, without_speaker
from bot.offline.answer_case import case_bonus
from bot.offline.answer_cues import DURATION, DURATION_ASKED, cue
from bot.offline.answer_find import shared_stems, sheet_spans, stems
from bot.offline.asked import clauses, normalise
from bot.offline.sentence_edit import compact_dates, name_reference, tidy

#: A list item's mark: a dash, a number or letter, or a symbol or emoji of a caption ("✅", "▪️", "📍").
_BULLET = re.compile(r"^\s*(?:[^\w\s(\"“'‘]{1,3}|\d{1,2}[.)]|[a-z][.)])\s+")
#: Words that continue the fact of the clause before them ("..., atau lewat WhatsApp ...").
_QUOTES = re.compile(r"[\"“”]")
#: What only frames a fact: a dateline ("MAKASSAR – "), who said it ("Menurutnya, ", "Kepala Dinas X, Nama,
#: menambahkan bahwa "), a label ("jadwal: "), a connector left by the cut ("sementara ", "yakni ").
_FRAMES = (
    re.compile(rf"^(?!(?i:{WEEKDAY})\b)[A-Z][A-Za-z .]{{1,30}}\s[–—-]\s+"),  # "Senin – Jumat" is a range
    re.compile(r"^(?:menurut(?:nya| [^,]{1,60}),\s*|(?:ia|dia|beliau) (?:mengatakan|menjelaskan|menyebutkan|merinci|"
               r"menegaskan|menambahkan|mengimbau agar|menyampaikan),?\s*(?:bahwa\s+)?|(?:saya|kami) (?:tegaskan|"
               r"pastikan|sampaikan),?\s*(?:bahwa\s+)?)", re.I),
    re.compile(r"^[A-Z][^.;:]{0,110}?,\s(?:(?:dr|drg|Dr|Ir|H|Hj|Prof)\.\s)?[A-Z][^,]{2,60},\s(?:mengatakan|menjelaskan|"
               r"menyebutkan|menegaskan|menambahkan|menyampaikan|mengingatkan)\s(?:bahwa\s)?"),
    re.compile(r"^[A-Z]\w+(?: [A-Z]\w+)?\s(?:mengatakan|menjelaskan|menyebutkan|menegaskan|menambahkan|menyampaikan|"
               r"mengingatkan|mengimbau)(?:,\s*|\s+bahwa\s+)"),
    # "Suyono menegaskan tidak ada biaya ...": a person's name, the content at once (not "... kepada wartawan"); an
    # office ("Pemkot menegaskan ...") stays, it is the official source of a correction
    re.compile(r"^(?!(?:Pem|Dinas|Badan|Kementerian|Polres|Polda|Polri|BPBD|Bupati|Gubernur|Wali|Camat|Kepala)\w*\b)"
               r"[A-Z][a-z]+(?: [A-Z][a-z]+)?\s(?:menegaskan|menjelaskan|menyebutkan|menambahkan|merinci)\s+"
               r"(?!(?:kepada|pada|di|saat|ketika|usai|seusai|dalam|hal|terima kasih|apresiasi|selamat)\b)(?=[a-z])"),
    re.compile(r"^(?:sementara(?: itu)?|serta|yakni|yaitu|atau|dan|tetapi(?: juga)?|namun|selain itu|sedangkan|"
               r"di antaranya|antara lain)\b,?\s*", re.I),
    re.compile(r"^[A-Za-z]+(?:/[A-Za-z]+)?(?: [a-z]+){0,2}:\s+"),
    re.compile(r"^(?:syaratnya|caranya|intinya|artinya),\s+", re.I),
    # an item read out by its rank ("Kelima, belum pernah menerima bantuan ...")
    re.compile(r"^(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|terakhir),\s+",
               re.I),
    re.compile(r"^(?:ngaturi uninga|diberitahukan|diinformasikan|dengan hormat|kabar baik)\b,?\s*", re.I),
    # a chatty opener to the readers ("Sekedar info lah pian sekalian, ...", "Info buat warga semua, ...")
    re.compile(r"^(?:sekedar|sekadar|cuma|hanya)?\s*info(?:rmasi)?(?:\s+(?:lah|aja|saja|buat|untuk|bagi|pian|kak|"
               r"warga|semua|sekalian|sanak|dulur|lur|gaes|guys|bapak|ibu|dan|ya))*\s*,\s*", re.I),
)
#: A speech tag at the end ("..., ujarnya di Samarinda, Rabu (3/12)", "..., kata dia").
_SAID_TAIL = re.compile(r",?\s+(?:(?:ujar|kata|tutur|jelas|ungkap|terang|tegas|imbuh|tambah)nya|kata (?:dia|ia|beliau)|"
                        r"(?:ujar|kata|tutur|jelas|tegas) [A-Z]\w+)\b.*$", re.S)
#: A sentence shorter than this is given whole when none of it is ceremony.
SHORT = 170
WINDOW = 230
#: List items of at most this many words on average are items (places, documents), not statements.
_SHORT_ITEM = 7
#: ... and of at most this many under an intro naming what to bring ("Syarat yang harus dibawa:").
_LONG_ITEM = 12
_LIST_OF_NEEDS = re.compile(r"\b(?:syarat\w*|persyaratan|dibawa|disiapkan|dokumen\w*|berkas)\b", re.I)


#: A section's heading that names what to bring, with no end mark ("Yang perlu dibawa saat mengungsi").
_NEEDS_HEADING = re.compile(r"(?=[^.!?:;]*\b(?:dibawa|disiapkan|persyaratan|syarat)\b)(?:\w+[\s/-]*){2,8}", re.I)


def _row(raw: str) -> str:
    """A table row as an answer reads it: its cells joined, without the numbering cell ("| 1 | Senin ... |")."""
    cells = [c.strip() for c in raw.strip().strip("|").split("|")]
    if cells and re.fullmatch(r"\d{1,3}\.?", cells[0]):
        cells = cells[1:]
    return ", ".join(c for c in cells if c)


def sentences_of(draft: str) -> list[tuple[int, str]]:
    """The draft's sentences with their offsets in `draft`. A list of short items (places, documents)
    is joined to its "...:" intro as one answer (offset -1); a list of statements (each a rule of its
    own: "Berlaku mulai ...", "Persyaratan: ...") stays one sentence per item."""
    items: list[tuple[int, str, bool]] = []
    cursor = 0
    header = False  # the last item is a table row that may be the table's header
    for raw in lexicon.split_sentences(draft):
        at = draft.find(raw, cursor)
        cursor = at + len(raw) if at >= 0 else cursor
        if RULE_ROW.match(raw.strip()) and raw.lstrip().startswith("|") and "-" in raw:  # "|----|------|"
            if header:
                items.pop()  # the header row names the columns: no answer ("No, Hari/Tanggal, Lokasi ...")
            header = False
            continue
        header = raw.lstrip().startswith("|")
        bullet = bool(_BULLET.match(raw))
        sentence = _row(raw) if header else _BULLET.sub("", raw).strip()
        if not sentence or not lexicon.words(sentence) or _KEY_ONLY_ROW.match(sentence):
            continue  # a table row with its key only ("| Biaya beban | | |") says nothing
        items.append((draft.find(sentence, at) if at >= 0 else -1, sentence, bullet))
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(items):
        offset, sentence, _ = items[index]
        end = index + 1
        while end < len(items) and items[end][2] and not items[end][1].endswith(":"):  # a new intro ends it
            end += 1
        listed = [text.rstrip(".;") for _, text, _ in items[index + 1:end]]
        size = _LONG_ITEM if _LIST_OF_NEEDS.search(sentence) else _SHORT_ITEM
        short = sum(len(lexicon.words(t)) for t in listed) <= size * len(listed)
        heading = _NEEDS_HEADING.fullmatch(sentence)
        if heading and index + 1 < len(items) and not items[index + 1][2]:  # "4. Yang perlu dibawa saat mengungsi"
            out.append((-1, f"{sentence}: {items[index + 1][1]}"))  # the heading says what its next sentence is
            index += 2
            continue
        if sentence.endswith(":") and listed and short:
            out.append((-1, f"{sentence} {'; '.join(listed)}"))
            index = end
            continue
        out.append((offset, sentence))
        index += 1
    turns = asked_turns(draft)  # a talk's host and callers ask and retell: what they say answers nobody
    if not turns:
        return out
    kept = [(o, s, without_speaker(s)) for o, s in out if o < 0 or not any(a <= o < b for a, b in turns)]
    return [(o + len(s) - len(bare) if o >= 0 else o, bare) for o, s, bare in kept]


#: Where a sentence breaks into clauses that say different things; list commas are not among them.
_BREAK = re.compile(r"(?<=[;:])\s+|,\s+(?=(?:di antaranya|antara lain|yakni|yaitu|sementara|sedangkan|serta|dan|"
                    r"sekaligus|"
                    r"atau|sehingga|namun|tetapi|dengan|mulai|bertempat|pada|hingga|sampai|yang diwakili|didampingi|"
                    r"turut hadir|(?:ujar|kata|tutur|jelas|ungkap|terang|tegas|imbuh|tambah)nya|menurut|"
                    r"kata|ucap|sambung)\b)|\s+(?=(?:yang diwakili|didampingi|turut hadir)\b)")
_SPEECH_TAG = re.compile(r"^(?:(?:ujar|kata|tutur|jelas|ungkap|terang|tegas|imbuh|tambah)nya|kata|ucap|sambung)\b",
                         re.I)
#: Pieces that continue the fact of the piece before them: an alternative, the end of a range.
_GOES_ON = re.compile(r"^(?:atau|hingga|sampai|s\.d\.|maupun|yakni|yaitu|antara lain|di antaranya|meliputi)\b", re.I)
#: ... and, for a date, its day, hour and start ("..., mulai 11 Oktober 2025, pukul 09.00").
_WHEN_ON = re.compile(r"^(?:mulai|pukul|jam|sejak|setiap|pada)\b", re.I)
#: ... and, for lists of places, channels and documents, one more item.
_LIST_ON = re.compile(r"^(?:dan|serta)\b", re.I)
#: ... and, for a rule, the condition it sets ("..., dengan membawa surat kuasa dari kepala desa").
_CONDITION_ON = re.compile(r"^dengan (?:membawa|menunjukkan|melampirkan|syarat|surat)\b", re.I)


def _pieces(sentence: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = 0
    for m in _BREAK.finditer(sentence):
        if m.start() > cursor:
            out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, len(sentence)))
    return [(s, e) for s, e in out if lexicon.words(sentence[s:e])]


#: An hour asked, and a range of hours said ("08.00–12.00").
_HOUR_ASKED = re.compile(r"\b(?:jam|pukul)\b")
_HOURS_RANGE = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:[–-]|sampai|hingga|s\.?d\.?)\s*\d{1,2}[.:]\d{2}\b")
#: Stems of the steps of a service ("daftar"): every item of a list of rules may share them.
_STEPS = frozenset({"daftar", "bayar", "urus"})
_CONTRAST = re.compile(r"^(?:sedangkan|sementara)\b", re.I)


def _list_item(listed: str, question: str, slot: str) -> str:
    """The one item of a joined list ("Jadwal dan lokasi: a; b; c") that the question names ("yg di passo hari
    apa?", "gula harganya brp?", "tinggi sy 158, bisa?"), else the whole list. For a place, only what is asked
    counts: the asker's own place said before ("sy di kampung baru, ngungsi kemana?") is no choice of item."""
    intro, _, items = listed.partition(": ")
    asked = " ".join(text for text, asking in clauses(question) if asking) if slot == "where" else question
    wanted = stems(asked) - _STEPS
    named = [item for item in items.split("; ") if shared_stems(wanted, item)]
    if not (items and len(named) == 1):
        return listed
    hours = [item for item in items.split("; ") if _HOURS_RANGE.search(item)]
    if slot == "when" and _HOUR_ASKED.search(normalise(question)) and not _HOURS_RANGE.search(named[0]) and hours:
        return f"{named[0]}; {hours[0]}"  # "limbangan buka jam brp?": the day of that place, and the hours
    return named[0]


#: A place the asker names as a stop ("di tapan hari apa?", "yg di malangbong"), and words after "di" that are none.
_AT_PLACE = re.compile(r"\b(?:di|ke)\s+(\w+)")
_NOT_A_PLACE = frozenset({"mana", "sini", "sana", "situ", "rumah", "kantor", "lokasi", "tempat"})


def _names(text: str) -> set[str]:
    """Stems of the names `text` holds (capitalised words after its first)."""
    return {lexicon.stem(w.lower()) for w in lexicon.words(text)[1:] if w[:1].isupper()}


def _named_count(wanted: set[str], text: str) -> int:
    """How much of the question `text` holds: each shared stem, a shared name ("Padaherang") twice."""
    shared = shared_stems(wanted, text)
    return len(shared) + len(shared & _names(text))


def excerpt(sheet: FactSheet, at: int, sentence: str, slot: str, question: str) -> str:
    """The part of `sentence` that answers `slot`: the clause that carries the fact and the clauses
    that continue it (an alternative, a range's end, a list's last item), without ceremony or a
    speech tag. A short sentence without ceremony is given whole."""
    if at < 0:
        return _list_item(sentence, question, slot)  # a list joined to its "...:" intro is one answer
    pieces = _pieces(sentence)
    ceremony = any(lexicon.is_ceremonial(sentence[s:e]) or _SPEECH_TAG.match(sentence[s:e]) for s, e in pieces)
    wanted = stems(question)
    if len(pieces) > 1 and not ceremony and any(_CONTRAST.match(sentence[s:e]) for s, e in pieces):
        counts = [_named_count(wanted, sentence[s:e]) for s, e in pieces]  # "A ..., sedangkan B ...": two cases
        top = max(counts)
        if top and counts.count(top) == 1:
            return sentence[slice(*pieces[counts.index(top)])]  # the case the question names
        if len(sentence) <= SHORT:
            return sentence
    if len(pieces) == 1 or (len(sentence) <= SHORT and not ceremony):
        return sentence
    spans = [(s - at, e - at) for s, e in sheet_spans(sheet, slot)] if at >= 0 else []
    duration = slot == "when" and bool(DURATION_ASKED.search(normalise(question)))
    at_place = {lexicon.stem(w) for w in _AT_PLACE.findall(normalise(question))} - _NOT_A_PLACE

    def score(index: int) -> float:
        s, e = pieces[index]
        text = sentence[s:e]
        if _SPEECH_TAG.match(text):
            return -2.0
        held = any(s <= a < e for a, _ in spans)
        shared = shared_stems(wanted, text)
        ceremonial = -1.5 if lexicon.is_ceremonial(text) else 0.0
        length = 2.0 if duration and DURATION.search(text) else 0.0  # "berapa lama?": the clause with "selama"
        named = len(at_place & _names(text)) if slot in ("when", "where") else 0  # "di tapan hari apa?": that stop
        return cue(slot, text) + (1.0 if held else 0.0) + 1.0 * len(shared) + 1.5 * named + ceremonial + length \
            + case_bonus(slot, question, text)  # "tinggi 160 cm": the clause with the centimetres

    first = last = max(range(len(pieces)), key=lambda i: (score(i), -i))
    listing = slot in ("where", "how", "requirements", "contact", "who")
    while last + 1 < len(pieces) and pieces[last + 1][1] - pieces[first][0] <= WINDOW * 1.5:
        following = sentence[slice(*pieces[last + 1])]
        dated = slot in ("when", "deadline") and _WHEN_ON.match(following) and cue("when", following) >= 2
        if pieces[last + 1][1] - pieces[first][0] > WINDOW and not dated:
            break
        condition = listing and bool(_CONDITION_ON.match(following))
        if not (_GOES_ON.match(following) or dated or condition or (listing and _LIST_ON.match(following))) \
                or score(last + 1) < 0:
            break
        last += 1
    return sentence[pieces[first][0]:pieces[last][1]]


#: Emoji and symbols that close a caption line ("... GRATIS 🐱🐶", "... ya 🙏").
_TRAILING_MARKS = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")


_INNER_MARKS = re.compile(r"\s*[\U0001F000-\U0001FAFF][\U0001F000-\U0001FAFF\uFE0F\u200D]*\s+(?=[A-Z])")
_CELL = re.compile(r"\s*\|\s*")
#: Empty cells of a table row read as text (", , ;"): dropped, so a row never reads with empty commas.
_EMPTY_CELLS = re.compile(r"(?:,\s*)+(?=[,;]|$)|^\s*,\s*")
#: A table row with nothing after its first cell.
_KEY_ONLY_ROW = re.compile(r"^\|?[^|]*[^|\s][^|]*(?:\|\s*){2,}$")
_CALENDAR = re.compile(r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Januari|Februari|Maret|April|Mei|"
                       r"Juni|Juli|Agustus|September|Oktober|November|Desember)\b")


_ENUMERATOR = re.compile(r"^\(?\d{1,2}[).]\s+(?=[a-z])")


#: What an appreciation praises is the content ("sekaligus mengapresiasi langkah panitia yang membebaskan ..." says
#: "panitia membebaskan ...").
_APPRECIATED = re.compile(r"^(?:[^\s,.;]+(?:\s+[^\s,.;]+){0,4}?\s+)?(?:sekaligus\s+|juga\s+)?"
                          r"(?:mengapresiasi|mengapresiasikan|menyambut\s+baik)\s+"
                          r"(?:langkah|kebijakan|upaya|program|keputusan)\s+(\S+(?:\s+\S+)?)\s+yang\s+", re.I)


def plain(value: str, sheet: FactSheet) -> str:
    """`value` as the words after an opener: quotes and end stops dropped, a common first word lower-cased."""
    value = _SAID_TAIL.sub("", _QUOTES.sub("", value).strip())
    for frame in _FRAMES:
        cut = frame.sub("", value, count=1)
        value = cut if lexicon.words(cut) else value
    value = _APPRECIATED.sub(r"\1 ", value)
    value = _TRAILING_MARKS.sub("", value).rstrip(".;:,")
    if not re.search(r"\s\d{1,2}\)\s", value):
        value = _ENUMERATOR.sub("", value)  # "4) tinggi badan minimal ...": an item of a numbered list, said alone
    value = _INNER_MARKS.sub(". ", value)  # "... kebagian 🤝 Jangan lupa ...": two sentences of a caption
    value = _CELL.sub(", ", value)  # a table row ("Senin | Poli Umum | Gedung A")
    value = _EMPTY_CELLS.sub("", value)
    if len(lexicon.words(value)) >= 2 and value.isupper():
        value = value.lower()  # a heading in capitals ("VAKSINASI RABIES GRATIS") is not shouted back
    at = sheet.draft.find(value)
    value = compact_dates(tidy(name_reference(sheet, value, at) if at >= 0 else value))
    first = value.split(" ", 1)[0]
    common = first[1:].islower() and not first.endswith(".") and not _CALENDAR.match(first)  # no name, "Jl.", "Jumat"
    if first[:1].isupper() and common and not re.search(rf"[^.!?\n]\s+{re.escape(first)}\b", sheet.draft):
        value = first.lower() + value[len(first):]
    return value
