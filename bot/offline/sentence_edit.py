"""Sentence surgery for the offline rewrite, using only the draft's own words.

* `tidy`: redundant wording goes ("tidak dipungut biaya alias gratis" -> "gratis") and days,
  dates and hours are written plainly ("hari Sabtu tanggal 21 Maret 2026" -> "Sabtu, 21 Maret
  2026"; "08.00 sampai dengan 14.00" -> "08.00–14.00"; "jam delapan pagi" -> "pukul 08.00"); `compact_dates`
  goes further for X ("Sabtu, 21 Maret 2026 dan Minggu, 22 Maret 2026" -> "Sabtu–Minggu, 21–22 Maret 2026").
* `find_event` and `resolve`: a sentence that opens with a dangling reference gets its
  antecedent back ("Kegiatan tersebut" -> "Pekan Vaksinasi Keluarga", "Penambahan ini" ->
  "Penambahan 4 unit pompa baru", "ruas jalan tersebut" -> "Jalan A ruas B sampai C").

Nothing here adds a fact: every replacement is a span of the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core import lexicon
from bot.core.lexicon_data import KNOWN_ACRONYMS, MONTHS
from bot.core.reading import FactSheet
from bot.core.reading.dates import WEEK
from bot.core.spelled_dates import dates_in_digits
from bot.offline.spoken_hours import HOURS_WORD, hours_in_digits

_MONTH = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 3)
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
_CAP = r"[A-Z][\w'’\-]*"

_EVENT_CLAUSE = re.compile(
    r"^(?:pelaksanaan|penyelenggaraan|kegiatan|acara|agenda)\s+(?P<name>(?-i:[A-Z])[^,;()]{2,90}?)\s+yang\s+"
    r"(?P<akan>akan\s+)?(?:dilaksanakan|diselenggarakan|digelar|diadakan)\b", re.I)


def rephrase_event(text: str) -> str:
    """"pelaksanaan Pekan X yang akan dilaksanakan pada ..." -> "Pekan X akan diadakan pada ..."."""
    m = _EVENT_CLAUSE.match(text)
    if not m:
        return text
    return f"{m.group('name').strip()} {m.group('akan') or ''}diadakan{text[m.end():]}"


# --- tidy --------------------------------------------------------------------------------

_PAID = r"(?:tidak|tanpa)\s+(?:dipungut|dikenakan|memungut|mengenakan)\s+biaya(?:\s+apa\s?pun)?"
_TIDY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b{_PAID},?\s+(?:alias|atau|dan|dengan kata lain)\s+(gratis)\b", re.I), r"\1"),
    (re.compile(rf"\b(gratis),?\s+(?:alias|atau|dan)\s+{_PAID}", re.I), r"\1"),
    (re.compile(rf"\b(?:hari\s+)?(?-i:({_DAY}))\s*,?\s+(?:tanggal\s+)?(?=\d{{1,2}}\s+(?:{_MONTH})\b)", re.I), r"\1, "),
    (re.compile(r"\bsampai\s+dengan\b", re.I), "sampai"),
    (re.compile(r"\b(\d{1,2}[.:]\d{2})\s+(?:sampai|hingga|s\.\s?d\.?|s/d)\s+(?:pukul\s+)?(\d{1,2}[.:]\d{2})\b"),
     r"\1–\2"),
    (re.compile(r"\bmulai\s+(pukul\s+\d{1,2}[.:]\d{2}–)", re.I), r"\1"),
    (HOURS_WORD, ""),
    # "Jumat tanggal 11 sampai hari Minggu, 13 September": one range of days of one month, said the EYD way
    (re.compile(rf"\b(?:hari\s+)?(?-i:({_DAY}))\s*,?\s+(?:tanggal\s+)?(\d{{1,2}})\s+(?:sampai|hingga|s\.\s?d\.?|–|-)\s+"
                rf"(?:hari\s+)?(?-i:({_DAY}))\s*,?\s+(?:tanggal\s+)?(\d{{1,2}})\s+(?-i:({_MONTH}))\b", re.I),
     r"\1–\3, \2–\4 \5"),
)
_TWO_DAYS = re.compile(
    rf"\b(?P<d1>{_DAY}), (?P<n1>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}}),? (?P<sep>dan|sampai|hingga|–|-) "
    rf"(?P<d2>{_DAY}), (?P<n2>\d{{1,2}}) (?P=m) (?P=y)\b")


def _two_days(m: re.Match[str]) -> str:
    n1, n2 = int(m.group("n1")), int(m.group("n2"))
    if n2 <= n1 or (m.group("sep") == "dan" and n2 != n1 + 1) or n2 - n1 >= WEEK:
        return m.group(0)  # "Senin–Rabu, 7–30 Desember" would read as Mondays to Wednesdays
    return f"{m.group('d1')}–{m.group('d2')}, {n1}–{n2} {m.group('m')} {m.group('y')}"


def tidy(text: str) -> str:
    """`text` without redundant wording, with days, dates and hours written plainly."""
    text = hours_in_digits(dates_in_digits(rephrase_event(text)))
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return text


def compact_dates(text: str) -> str:
    """Two dates of one month written as a range, for tight spaces (X)."""
    return _TWO_DAYS.sub(_two_days, text)


# --- the event's name and dangling references -----------------------------------------------

_HEADS = "Pekan|Bulan|Program|Gerakan|Layanan|Festival|Bursa|Operasi|Pelatihan|Lomba|Pameran|Gebyar|Jambore"
_NAME_STOP = {"tahun", "tingkat", "kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa", "dan"}
#: Capitalised words after a head that make no event name ("Bulan Ramadan", "Pekan Depan").
_NOT_EVENT = {"ramadan", "ramadhan", "suci", "puasa", "syawal", "muharram", "rajab", "depan", "ini", "lalu", "ke"}
_EVENT_NAME = re.compile(
    rf"\b(?P<head>{_HEADS}|layanan|program)\s+(?P<core>{_CAP}(?:\s+{_CAP}){{0,5}})"
    r"(?:\s+\((?P<acr>[A-Z][\w\-]{1,10}(?:\s[A-Z][\w\-]{1,10}){0,2})\))?")
_GENERIC_HEADS = {"program", "layanan", "pelayanan", "kegiatan", "acara"}


@dataclass(frozen=True)
class Event:
    """A named programme or event of the draft ("Pekan Vaksinasi Keluarga")."""

    head: str
    core: str
    acronym: str = ""

    @property
    def full(self) -> str:
        return f"{self.head.capitalize()} {self.core}"

    def named(self, reference: str) -> str:
        """The name that replaces a reference headed by `reference` ("Layanan" -> "Layanan CKG")."""
        if self.head.lower() in ("program", "layanan") and reference.lower() in _GENERIC_HEADS - {"kegiatan", "acara"}:
            return f"{reference.capitalize()} {self.core}"
        return self.full

    def mentioned(self, text: str) -> bool:
        name = self.core if " " in self.core else self.full
        return name.lower() in text.lower() or bool(self.acronym and re.search(rf"\b{re.escape(self.acronym)}\b", text))


def _event_at(text: str) -> list[tuple[int, Event]]:
    found = []
    for m in _EVENT_NAME.finditer(text):
        words = m.group("core").split()
        cut = next((i for i, w in enumerate(words) if w.lower() in _NAME_STOP), len(words))
        words = words[: min(cut, 4)]
        if not words or words[0].lower() in MONTHS or words[0].lower() in _NOT_EVENT or (
                m.group("head").islower() and len(words) < 2):
            continue
        if len(words) == 1 and (words[0] in KNOWN_ACRONYMS or lexicon.is_acronym(words[0])):
            continue
        acronym = m.group("acr") if m.group("acr") and cut >= len(m.group("core").split()) else ""
        found.append((m.start(), Event(m.group("head"), " ".join(words), acronym or "")))
    return found


def find_event(texts: list[str], plain: list[bool]) -> tuple[Event | None, int]:
    """The draft's event name and the index of the sentence that first names it.

    A name that a non-ceremonial sentence uses wins over one only the ceremony mentions.
    """
    first: tuple[Event | None, int] = (None, -1)
    for index, text in enumerate(texts):
        for _, event in _event_at(text):
            if plain[index]:
                return event, index
            if first[0] is None:
                first = (event, index)
    return first


_REF = re.compile(
    r"^(?P<head>Kegiatan|Acara|Program|Layanan|Pelayanan|Gerakan|Agenda|Pekan|Bursa)\s+(?:ini|tersebut)\b")
_BARE = re.compile(r"^(?P<head>Kegiatan|Acara|Program|Layanan)\s+(?=(?:akan\s+|juga\s+|tetap\s+)?"
                   r"(?:(?:di|ber|ter)[a-z]{3,}|gratis|terbuka|buka)\b)")
_NOMINAL = re.compile(r"^(?P<noun>(?:Pe|Ke)[a-z]{3,}an)\s+(?:ini|tersebut)\b")
_PLACE_REF = re.compile(r"\b(?P<ruas>ruas\s+)?(?P<head>jalan|gedung|jembatan|pasar|taman|terminal|kawasan)\s+"
                        r"(?:tersebut|ini)\b", re.I)
_OBJECT_STOP = re.compile(
    r"^(?:me|di|ber|ter|ke)[a-z]{3,}$|^(?:yang|sehingga|untuk|dengan|pada|sebagai|agar|dan|serta)$")


def _nominal_object(noun: str, previous: str) -> str:
    """"4 unit pompa baru" for "Penambahan" out of "... telah menambah 4 unit pompa baru berkapasitas ..."."""
    root = lexicon.stem(noun.lower())
    tokens = re.findall(r"[\w\-.]+|[,;:()]", previous)
    for i, token in enumerate(tokens):
        if token.lower() == noun.lower() or not re.match(r"^(?:me|di)", token.lower()):
            continue
        if lexicon.stem(token.lower()) != root:
            continue
        obj: list[str] = []
        for word in tokens[i + 1 : i + 7]:
            if not re.match(r"[\w\-]", word) or _OBJECT_STOP.match(word.lower()):
                break
            obj.append(word)
        return " ".join(obj) if 1 <= len(obj) <= 5 else ""
    return ""


def _place_antecedent(head: str, ruas: bool, earlier: list[str]) -> str:
    name = rf"\b{head.capitalize()}(?:\s+{_CAP}){{1,4}}"
    stretch = rf"(?:\s+ruas(?:\s+{_CAP}){{1,4}}(?:\s+(?:sampai|hingga)(?:\s+{_CAP}){{1,4}})?)"
    for text in earlier:
        m = re.search(name + (stretch + "?" if ruas else ""), text)
        if m:
            found = m.group(0)
            return found if not ruas or " ruas " in found else "ruas " + found
    return ""


def _named_before(head: str, previous: str) -> str | None:
    """"Layanan Sabtu Ceria" when the sentence before names a `head` by its capitalised name, else None."""
    found = re.search(rf"\b(?i:{re.escape(head)})\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){{0,4}})", previous)
    return f"{head} {found.group(1)}" if found else None


def resolve(text: str, event: Event | None, previous: str, earlier: list[str]) -> str:
    """`text` with an opening dangling reference replaced by its antecedent from the draft.

    `previous` is the sentence just before `text`; `earlier` are all sentences before it.
    """
    m = _REF.match(text) or _BARE.match(text)
    near = _named_before(m.group("head"), previous) if m else None
    if m and near:  # "Layanan ini" right after "... layanan Sabtu Ceria ...": the nearest one named
        return near + (" " if m.re is _BARE else "") + text[m.end() :]
    if m and event is not None:
        named = event.named(m.group("head"))
        return named + (" " if m.re is _BARE else "") + text[m.end() :]
    m = _NOMINAL.match(text)
    if m and previous:
        obj = _nominal_object(m.group("noun"), previous)
        if obj:
            return f"{m.group('noun')} {obj}{text[m.end():]}"
    m = _PLACE_REF.search(text)
    if m:
        found = _place_antecedent(m.group("head"), bool(m.group("ruas")), earlier)
        if found:
            return lexicon.capitalize_first(text[: m.start()] + found + text[m.end() :])
    return text



def name_reference(sheet: FactSheet, text: str, at: int) -> str:
    """`text` (read alone, without the sentences before it) with an opening reference ("Kegiatan
    tersebut gratis ...") named from the draft before offset `at` ("Pekan Vaksinasi Keluarga gratis ...")."""
    indexes = sorted({c.sentence for c in sheet.clauses if c.start <= at})
    texts = [sheet.draft[min(c.start for c in sheet.clauses if c.sentence == i):
                         max(c.end for c in sheet.clauses if c.sentence == i)] for i in indexes]
    plain = [any(not c.ceremonial for c in sheet.clauses if c.sentence == i) for i in indexes]
    event, _ = find_event(texts, plain)
    earlier = texts[:-1]
    return resolve(text, event, earlier[-1] if earlier else "", earlier)
