"""Wording helpers for posts built from the fact sheet: a span of the draft made to read as a line
of a post, without changing a fact.

A clause cut out of a draft keeps the draft's punctuation: an opening quote whose closing one stayed
behind, a speech tag (`," terangnya`), a bracket the cut left open, a trailing comma. These helpers
take such leftovers out, spell out an acronym at its first use and close a sentence; they never add a
number, a date or a name the span does not have (the expansion of an acronym comes from the sheet,
that is from the draft or the lexicon).
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.reading.datelines import strip_leading
from bot.core.wording import standalone
from bot.offline.sentence_edit import compact_dates, tidy

_QUOTES = "\"“”„‟"
#: A speech tag left at the end of a quoted clause: `," terangnya`, `", kata Budi`, `, ujarnya`.
_SPEECH_VERBS = (r"(?:kata|ujar|ucap|tutur|jelas|tegas|terang|ungkap|tambah|pungkas|imbuh|papar|harap|pesan|sebut"
                 r"|lanjut)")
_SPEECH_TAG = re.compile(
    rf"[,.!?]?\s*[\"“”]?\s*,?\s*(?:{_SPEECH_VERBS}nya|{_SPEECH_VERBS}\s+(?:[A-Z][\w.]*\s*){{1,4}})\s*[.!]?\s*$"
)
_SPACES = re.compile(r"\s{2,}")
#: A spoken particle closing a span ("2 paket ya"): no part of the fact.
#: A connective that joins the span to the clause before it ("lalu pengunjung diantar ..."): cut off, it joins nothing.
_JOINED_ON = re.compile(r"^(?:lalu|kemudian|selanjutnya|lantas|sementara\s+itu|"
                        # spoken openers of a transcript ("Jadi denda ... dihapus", "Nah, ...", "Yang denda ... itu")
                        r"jadi|nah|yang(?=\s+[a-z]+\s+\S+\s+itu\b))\s*,?\s+(?=\w)", re.I)
_PARTICLE = re.compile(r"\s+(?:ya|yah|lho|loh|dong|kok|deh|nih|kak|gaes)$", re.I)
#: A report frame before the content: "Dalam rapat tersebut diputuskan bahwa ...", "Ia menjelaskan bahwa ...".
_FRAME = re.compile(
    r"^[^.;:]{0,120}?\b(?:diputuskan|disepakati|disampaikan|menyampaikan|mengatakan|menjelaskan|menegaskan|"
    r"mengungkapkan|menuturkan|menambahkan|memastikan|mengumumkan|menyebutkan|berpesan|mengingatkan|"
    # a notice's formula ("bersama ini kami beritahukan kepada seluruh warga bahwa ...")
    r"(?:di|ter)?(?:beritahukan|sampaikan|informasikan|umumkan)|memberitahukan|menginformasikan)"
    r"(?:\s+kepada\s+[^,.;:]{1,40}?)?\s+bahwa\s+",
    re.I)


#: The label of an answer in a Q&A ("Jawab: Ada tiga kejuruan ..."): the post says the answer alone.
_ANSWER_LABEL = re.compile(r"^(?:J|Jawab|Jawaban)\s*:\s+", re.I)

#: A short note in brackets a cut left open at the end of a span ("0852-9911-4400 (24 jam, gratis"): words,
#: not a date ("Rabu (4/6/2025" reads as "Rabu 4/6/2025").
_OPEN_NOTE = re.compile(r"\s\(([^()/]*[a-z]{3}[^()/]*)$", re.I)
#: How long a note left open may be to be closed rather than unbracketed.
NOTE_CHARS = 40


def balance(text: str) -> str:
    """`text` without brackets the cut left unmatched ("Rabu (4/6/2025" -> "Rabu 4/6/2025"); a short note
    the cut left open at the end is closed, as the draft closes it: "112 (24 jam, gratis)" (without its
    brackets "24 jam, gratis" reads as part of the number's sentence)."""
    opened = text.count("(") - text.count(")")
    note = _OPEN_NOTE.search(text.rstrip(" ,;"))
    if opened == 1 and note and len(note.group(1)) <= NOTE_CHARS:
        return _SPACES.sub(" ", text.rstrip(" ,;") + ")").strip()
    if opened > 0:
        text = text.replace("(", " ", opened)
    elif opened < 0:
        text = text[::-1].replace(")", "", -opened)[::-1]
    return _SPACES.sub(" ", text).strip()


def unquote(text: str) -> str:
    """`text` without quote marks and the speech tag after a quotation."""
    text = _SPEECH_TAG.sub("", text.strip())
    for mark in _QUOTES:
        text = text.replace(mark, "")
    return _SPACES.sub(" ", text).strip(" ,;:–—-")


def clean_span(text: str) -> str:
    """A span of the draft as a post may show it: no quote leftovers, brackets balanced, no
    dateline ("NGIMBANG – "), no titles of honour, spelling fixed, dates and hours written plainly
    ("Sabtu–Minggu, 21–22 Maret 2026", "08.00–14.00"), "tidak dipungut biaya alias gratis" as "gratis";
    never a fact more or less."""
    text = _JOINED_ON.sub("", strip_leading(text.strip()))
    text = lexicon.fix_spelling(lexicon.strip_honorifics(unquote(text)))
    text = compact_dates(tidy(text))
    return _PARTICLE.sub("", balance(text).strip(" ,;:–—-"))


#: A relative clause whose complement (the day, the place) was cut away: "... yang akan dimulai".
_DANGLING = re.compile(r"\s+yang\s+(?:akan\s+)?(?:dimulai|digelar|dilaksanakan|diselenggarakan|berlangsung|dibuka)"
                       r"(?:\s+(?:pada|di|mulai))?\s*$", re.I)


def sentence(text: str) -> str:
    """`text` as a sentence: without a report frame ("Ia menjelaskan bahwa") or a bureaucratic
    lead-in, capitalised, closed with a full stop when it has no end mark."""
    text = _ANSWER_LABEL.sub("", clean_span(text))
    framed = _FRAME.match(text)
    if framed and words_of(text[framed.end() :]) >= 4:
        text = text[framed.end() :]
    text = standalone(lexicon.strip_lead_in(text))
    if not text:
        return ""
    text = _DANGLING.sub("", lexicon.capitalize_first(text)) or text
    # "Harga di atas sudah disubsidi", "... dengan jadwal di bawah ini.": the post lays its lines out otherwise
    text = _LAYOUT_POINTER.sub("", _LAYOUT_PHRASE.sub("", text))
    return text if text[-1] in ".!?…" else text + "."


#: A closing phrase that only points at the layout ("... oleh Perum Bulog dengan jadwal di bawah ini.").
_LAYOUT_PHRASE = re.compile(r"\s+(?:dengan|sesuai|menurut|seperti)\s+(?:jadwal|daftar|tabel|rincian|ketentuan)\s+"
                            r"(?:di\s+bawah\s+ini|berikut(?:\s+ini)?|di\s+atas)(?=\s*[.;:]?\s*$)", re.I)
#: A pointer to the draft's own layout after what it lists ("Harga di atas", "sesuai jadwal di bawah ini", "tarif
#: yang tertera di atas"), not a level ("harga di bawah pasar", "di atas 60 tahun").
_LAYOUT_POINTER = re.compile(r"(?:(?<=\bharga)|(?<=\bjadwal)|(?<=\bdaftar)|(?<=\btabel)|(?<=\bketentuan)|"
                             r"(?<=\bsyarat)|(?<=\blokasi)|(?<=\bnomor)|(?<=\btarif))"
                             r"\s+(?:yang\s+)?(?:(?:tercantum|tertera|disebut)\s+)?di\s+(?:atas|bawah\s+ini)"
                             r"(?=[\s,.;:!?]|$)(?!\s+(?:pasar|harga|rata|standar|HET|\d))", re.I)


def spell_out(text: str, acronyms: tuple[tuple[str, str], ...]) -> str:
    """`text` with each acronym of the sheet written out at its first use ("Dinas Ketahanan Pangan
    dan Pertanian (DKPP)"), unless the text already gives its expansion."""
    for acronym, expansion in acronyms:
        if not expansion or expansion.lower() in text.lower():
            continue
        for first in re.finditer(rf"(?<![\w(]){re.escape(acronym)}(?![\w)])", text):
            # After a capitalised word the expansion would run into it ("Pemkab X Timba Ilmu Sistem ..."):
            # one long name the draft never wrote. Spell it out at a later use instead.
            if re.search(r"[A-Z][\w'’-]*\s+$", text[: first.start()]):
                continue
            text = f"{text[: first.start()]}{expansion} ({acronym}){text[first.end() :]}"
            break
    return text


def words_of(text: str) -> int:
    return len(lexicon.words(text))


#: A lead cut at a comma keeps at least this many words.
MIN_CLAUSE_WORDS = 5
_CLAUSE_CUT = re.compile(r",\s+(?=(?:dengan|sehingga|yang|untuk|agar|serta|sedangkan|namun|tetapi|mulai|pada|di|"
                         r"bertempat|melalui|sebagai|karena|dan)\b)")


def first_clause(lead: str) -> str:
    """The lead up to its first subordinate clause, as a sentence; the whole lead when no cut
    leaves a sentence of its own."""
    for m in _CLAUSE_CUT.finditer(lead):
        head = lead[: m.start()].rstrip(" ,;")
        if re.match(r",\s+(?:dan|serta)\b", lead[m.start() :]) and re.search(r",[^,]{1,60}$", head):
            continue  # the last item of a list ("Kecamatan Jangka, Kecamatan Kuala, dan Kecamatan Peudada")
        if words_of(head) >= MIN_CLAUSE_WORDS:
            return head + "."
    return lead


def one_line(value: str) -> str:
    """A fact line's value within one line of the draft: a span stretched over a list's next item ("lewat
    aplikasi\n3️⃣ peserta yang lolos ...") keeps its longest line, without the item's mark."""
    if "\n" not in value:
        return value
    pieces = [_ITEM_MARK.sub("", p).strip() for p in value.split("\n")]
    return max(pieces, key=len)


#: A word that ties a phrase to what follows it, left at a value's end by a cut ("... beras tanpa", "... yang
#: hingga").
_TIED_END = re.compile(r"[\s,]+(?:dan|atau|serta|hingga|sampai|di|ke|dari|untuk|bagi|pada|dengan|oleh|tanpa|karena|"
                       r"bahwa|agar|supaya|yaitu|yakni|adalah|yang|"
                       # lower case only: "Kelurahan Kapal Via" may be a name
                       r"(?-i:kepada|melalui|lewat|via|seperti|tentang))$", re.I)


def cut_off(value: str) -> bool:
    """Whether `value` was cut inside a relative clause ("warga Padang Lawas yang hingga"): it says no group whole."""
    return bool(re.search(r"\byang(?:\s+\w+)?$", value, re.I)) and bool(_TIED_END.search(value))


def undangled(value: str) -> str:
    """`value` without the joining words a cut left at its end ("... sepuluh kilogram beras tanpa")."""
    while (m := _TIED_END.search(value)) and m.start() > 0:
        value = value[: m.start()]
    return value


#: A list item's mark at a line's start: a keycap digit, a bullet, "a.", "1)".
_ITEM_MARK = re.compile(r"^\s*(?:\d\ufe0f?\u20e3|[-–•*▪]+|\(?[a-zA-Z0-9]{1,2}[.)])\s*")


#: A sentence's end: not the dot inside a number or a date ("Rp2.500.000", "10.12.2026").
_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?](?!\d)|\n")


def sentence_around(draft: str, start: int, end: int) -> str:
    """The sentence of `draft` around the span `start`:`end`, as written (with any frame the clauses leave out)."""
    first = max((m.end() for m in _SENTENCE_STOP.finditer(draft, 0, start)), default=0)
    stop = _SENTENCE_STOP.search(draft, end)
    return draft[first : stop.start() if stop else len(draft)]


#: A relative clause at the end that points back to the sentence the lead was taken from ("... yang dimulai hari
#: itu juga di sekolah tersebut"): alone in a post it points to nothing.
_BACK_RELATIVE = re.compile(r",?\s+yang\s+[^,;]*?\b(?:tersebut|hari\s+itu|itu\s+juga|di\s+atas|sebelumnya)\b[^,;]*$",
                            re.I)
#: A pointer to the list that followed in the draft, mid-sentence ("aliran air ke pelanggan di wilayah berikut
#: terhenti"): in a post the list is the lines below.
_LIST_POINTER = re.compile(r"\b(wilayah|daerah|lokasi|titik|kawasan)\s+berikut(?:\s+ini)?\b(?=\s+\w)", re.I)


def unpointed(text: str) -> str:
    """`text` without a closing relative clause that points back, and with a pointer to a list said as the
    lines below."""
    return _LIST_POINTER.sub(r"\1 di bawah ini", _BACK_RELATIVE.sub("", text))
