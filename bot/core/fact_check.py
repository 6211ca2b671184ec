"""The fact check every engine is held to: no number, date, time, amount or name in the
output that is absent from the sources (the draft, the comment, the cited guidelines).

Facts get canonical keys so equivalent forms match: "Rp 50.000", "Rp50.000" and
"50 ribu rupiah" are all `money:50000`; "08.00", "08:00" and "pukul 8" are `time:08:00`;
"15 Mei 2025", "15/5/2025" and "15-05-2025" are `date:2025-05-15`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from itertools import islice, product
from typing import Literal, NamedTuple

from publicsuffixlist import PublicSuffixList

from bot.core import lexicon, name_forms, number_words
from bot.core.lexicon_data import DAYS, DEGREES, MONTHS, MULTIPLIERS, WEEKDAY
from bot.core.models import FactCheck, Hit

log = logging.getLogger(__name__)

FactKind = Literal["number", "date", "time", "money", "percent", "name"]


@dataclass(frozen=True)
class Fact:
    """One fact: its kind, the text as written, and the canonical key that equal facts share."""

    kind: FactKind
    raw: str
    key: str


class Located(NamedTuple):
    fact: Fact
    start: int
    end: int


_MASK = "\x1f"
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_MULT = r"(?:" + "|".join(MULTIPLIERS) + r")\b"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad"
_I = re.IGNORECASE

#: A link with a scheme: web, and the ones apps open (tg://, whatsapp://, intent://). Links start
#: after anything but a letter, a digit or "+.-" (an underscore may be markdown emphasis).
_SCHEMED = re.compile(r"(?<![^\W_]|[+.-])[a-z][a-z\d+.-]{0,30}://[^\s<>\"'`]+", _I)
_WWW = re.compile(r"(?<![^\W_]|[.-])www\.[^\s<>\"'`]+", _I)
_LABEL = r"[^\W_](?:[\w-]{0,62}[^\W_])?"
#: A bare host ("t.me/humas", "linktr.ee", "KOTA.GO.ID"): a link when its last label is a
#: top-level domain of the public suffix list (`_is_link`).
_HOST = re.compile(rf"(?<![^\W_]|[.-])((?:{_LABEL}\.)+{_LABEL})(:\d{{1,5}})?([/?#][^\s<>\"'`]*)?")
_WEB_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", _I)
_LINK_END = ".,;:!?)]}*_'\"…"
_DEGREE = re.compile("(?:" + "|".join(DEGREES) + ")")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_MENTION = re.compile(r"(?<![\w@])@\w{2,}")
_HASHTAG = re.compile(r"(?<![\w#])#\w+")
_PHONE = re.compile(
    r"(?<![\d+])(?:(?:\+62|62|0)[\s.-]?8\d{1,3}(?:[\s.-]?\d{2,5}){1,4}"
    r"|\(?0[1-9]\d{1,3}\)?[\s.-]\d{3,4}(?:[\s.-]?\d{2,4})?)(?!\d)")
_DATE_RANGE = re.compile(
    rf"(?<![\d.,])(\d{{1,2}})\s*(?:-|–|—|s\.?d\.?|s/d|sampai|hingga|dan)\s*(\d{{1,2}})\s+({_MONTH})\b\.?"
    rf"(?:\s+(\d{{4}}))?(?!\d)", _I)
_DATE_DMY = re.compile(rf"(?<![\d.,])(\d{{1,2}})\s+({_MONTH})\b\.?(?:\s+(\d{{4}}))?(?!\d)", _I)
_DATE_MY = re.compile(rf"\b({_MONTH})\s+(\d{{4}})(?!\d)", _I)
_DATE_ISO = re.compile(r"(?<![\d.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_DATE_NUM = re.compile(r"(?<![\d.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,]\d)")
_DATE_SHORT = re.compile(r"(?<![\d.,/])(\d{1,2})/(\d{1,2})(?![/\d])")
_MONEY_RP = re.compile(rf"\bRp\.?\s?({_NUM})(?:,-)?(?:\s?({_MULT}))?", _I)
_MONEY_WORD = re.compile(rf"(?<![\w.,])({_NUM})(?:\s?({_MULT}))?\s+rupiah\b", _I)
_PERCENT = re.compile(rf"(?<![\w.,])({_NUM})\s?(?:%|persen\b)", _I)
_DAYPART = r"(?:\s+(pagi|siang|sore|petang|malam)\b)"
_TIME_WORD = re.compile(rf"\b(?:pukul|pkl\.?|jam)\s*(\d{{1,2}})(?:[.:](\d{{2}}))?(?!\d)(?![.,]\d){_DAYPART}?", _I)
#: "3 sore", "10.30 malam": a time by its part of the day, without "pukul".
_TIME_DAYPART = re.compile(rf"(?<![\w.,:/])(\d{{1,2}})(?:[.:](\d{{2}}))?{_DAYPART}", _I)
_TIME = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)(?![.,]\d)")
_NUMBER = re.compile(rf"(?<![\w.,/])({_NUM})(?:\s?({_MULT}))?(?!\w)(?![.,]\d)", _I)
_DAYNAME = re.compile(rf"\b(hari\s+)?({_DAY})\b", _I)


def _decimal(num: str, mult: str | None = None) -> Decimal | None:
    try:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", num):
            value = Decimal(num.replace(".", "").replace(",", "."))
        else:
            value = Decimal(num.replace(",", "."))
    except InvalidOperation:
        return None
    if mult:
        value *= MULTIPLIERS[mult.lower()]
    return value


def _canon(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _date_key(day: int, month: int, year: int | None) -> str | None:
    if year is not None and year < 100:
        year += 2000
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return f"date:{year:04d}-{month:02d}-{day:02d}" if year else f"date:--{month:02d}-{day:02d}"


def _clock(hour: int, part: str | None) -> int:
    """The 24-hour hour of "jam 3 sore" (15), "jam 10 malam" (22), "jam 1 siang" (13), "jam 7 pagi" (7)."""
    part = (part or "").lower()
    if part in ("sore", "petang") and hour < 12:
        return hour + 12
    if part == "malam" and 6 <= hour < 12:
        return hour + 12
    if part == "malam" and hour == 12:
        return 0
    if part == "siang" and 1 <= hour <= 5:
        return hour + 12
    return hour


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.work = text
        self.found: list[Located] = []

    def add(self, kind: FactKind, key: str | None, start: int, end: int, raw: str | None = None) -> None:
        if key is None:
            return
        text = (raw or self.text[start:end]).strip().rstrip(".,;:")
        self.found.append(Located(Fact(kind, text, key), start, end))

    def mask(self, start: int, end: int) -> None:
        self.work = self.work[:start] + _MASK * (end - start) + self.work[end:]

    def each(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        for match in list(pattern.finditer(self.work)):
            if _MASK in match.group(0):
                continue
            yield match
            self.mask(match.start(), match.end())


def scan_facts(text: str) -> list[Located]:
    """Facts of `text` with their positions, in text order (no markup cleaning)."""
    s = _Scanner(text)
    for m in s.each(_EMAIL):
        s.add("name", f"name:url:{m.group(0).lower()}", m.start(), m.end())
    _scan_links(s)
    for m in s.each(_MENTION):
        s.add("name", f"name:url:{m.group(0).lower()}", m.start(), m.end())
    list(s.each(_HASHTAG))
    for m in list(_PHONE.finditer(s.work)):
        digits = re.sub(r"\D", "", m.group(0))
        if 9 <= len(digits) <= 14 and _MASK not in m.group(0):
            s.add("number", "number:0" + digits[2:] if digits.startswith("62") else f"number:{digits}",
                  m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in s.each(_DATE_RANGE):
        year = int(m.group(4)) if m.group(4) else None
        for day in (m.group(1), m.group(2)):
            raw = f"{day} {m.group(3)}" + (f" {year}" if year else "")
            s.add("date", _date_key(int(day), _month(m.group(3)), year), m.start(), m.end(), raw)
    for m in s.each(_DATE_DMY):
        year = int(m.group(3)) if m.group(3) else None
        s.add("date", _date_key(int(m.group(1)), _month(m.group(2)), year), m.start(), m.end())
    for m in s.each(_DATE_MY):
        s.add("date", f"date:{int(m.group(2)):04d}-{_month(m.group(1)):02d}", m.start(), m.end())
    for m in s.each(_DATE_ISO):
        s.add("date", _date_key(int(m.group(3)), int(m.group(2)), int(m.group(1))), m.start(), m.end())
    for m in list(_DATE_NUM.finditer(s.work)):
        key = _date_key(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if key and _MASK not in m.group(0):
            s.add("date", key, m.start(), m.end())
            s.mask(m.start(), m.end())
    for pattern in (_MONEY_RP, _MONEY_WORD):
        for m in s.each(pattern):
            value = _decimal(m.group(1), m.group(2))
            s.add("money", None if value is None else f"money:{_canon(value)}", m.start(), m.end())
    for m in s.each(_PERCENT):
        value = _decimal(m.group(1))
        s.add("percent", None if value is None else f"percent:{_canon(value)}", m.start(), m.end())
    for pattern in (_TIME_WORD, _TIME_DAYPART):
        for m in list(pattern.finditer(s.work)):
            hour, minute = _clock(int(m.group(1)), m.group(3)), int(m.group(2) or 0)
            if hour <= 24 and minute < 60 and _MASK not in m.group(0):
                s.add("time", f"time:{hour:02d}:{minute:02d}", m.start(), m.end())
                s.mask(m.start(), m.end())
    for m in s.each(_TIME):
        s.add("time", f"time:{int(m.group(1)):02d}:{m.group(2)}", m.start(), m.end())
    for m in list(_DATE_SHORT.finditer(s.work)):
        key = _date_key(int(m.group(1)), int(m.group(2)), None)
        if key and _MASK not in m.group(0):
            s.add("date", key, m.start(), m.end())
            s.mask(m.start(), m.end())
    for m in s.each(_NUMBER):
        num = m.group(1)
        if num.isdigit() and len(num) >= 5 and num.startswith("0"):
            s.add("number", f"number:{num}", m.start(), m.end())
            continue
        value = _decimal(num, m.group(2))
        s.add("number", None if value is None else f"number:{_canon(value)}", m.start(), m.end())
    for m in list(_DAYNAME.finditer(s.work)):
        name = m.group(2)
        if name.lower() == "minggu" and not (name[0].isupper() or m.group(1)):
            continue
        key = DAYS.get(name.lower().replace("’", "'"), DAYS.get(name.lower().replace("'", "")))
        if key:
            s.add("date", f"date:day-{key}", m.start(2), m.end(2), name)
            s.mask(m.start(2), m.end(2))
    _scan_names(s)
    return sorted(s.found, key=lambda loc: loc.start)


def _scan_links(s: _Scanner) -> None:
    """Every link a reader could follow: with a scheme, "www." or a bare host with a real TLD."""
    for pattern in (_SCHEMED, _WWW):
        for m in s.each(pattern):
            _add_link(s, m.group(0), m.start())
    for m in list(_HOST.finditer(s.work)):
        if _MASK not in m.group(0) and _is_link(m.group(1), bare=not (m.group(2) or m.group(3))):
            _add_link(s, m.group(0), m.start())
            s.mask(m.start(), m.end())


def _add_link(s: _Scanner, raw: str, start: int) -> None:
    raw = raw.rstrip(_LINK_END)
    key = _WEB_PREFIX.sub("", raw.lower()).rstrip("/")
    s.add("name", f"name:url:{key}", start, start + len(raw), raw)


def _is_link(host: str, *, bare: bool) -> bool:
    """`host` ends in a top-level domain; a `bare` one (no port, no path) not shaped like a
    sentence run on or a degree."""
    tld = host.rsplit(".", 1)[1]
    # "word.Word" is a sentence run on without a space ("selesai.Info"), a degree ("S.Ag", "M.Si")
    # or an abbreviation before a name ("Kab.Bogor"): nobody writes a bare domain like that.
    if bare and ((tld[:1].isupper() and tld[1:].islower()) or _DEGREE.fullmatch(host)):
        return False
    return _public_suffixes().privatesuffix(host.lower(), accept_unknown=False) is not None


@cache
def _public_suffixes() -> PublicSuffixList:
    """The public suffix list the package ships (no download); parsed once, on first use (~50 ms)."""
    return PublicSuffixList()


def _scan_names(s: _Scanner) -> None:
    for start, end, tokens in lexicon.name_runs(s.work, opaque=_MASK):
        s.add("name", "name:" + " ".join(t.lower() for t in tokens), start, end, " ".join(tokens))


_TAG = re.compile(r"<[^<>\n]{1,1000}>")
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")
_LIST_NUMBER = re.compile(r"(?m)^(\s*)\d{1,2}[.)](?=\s+\D)")


def extract_facts(text: str) -> list[Fact]:
    """Numbers, dates, days, times, amounts, percentages and proper names in `text`.

    Keycap emoji (1️⃣) and list numbering at the start of a line are layout, not facts.
    """
    return list(_output_facts(text))


@lru_cache(maxsize=256)
def _output_facts(text: str) -> tuple[Fact, ...]:
    """Cached: the engine and the service check the same answer text one after the other."""
    hidden = [loc.fact for loc in scan_facts(_markup(text)) if loc.fact.key.startswith("name:url:")]
    text = _LIST_NUMBER.sub(r"\1", _KEYCAP.sub(" ", lexicon.clean_markup(text)))
    return tuple(loc.fact for loc in scan_facts(text)) + tuple(hidden)


def _markup(text: str) -> str:
    """The tags of `text`, which markup cleaning drops: a link in an `<a href>` is followed all the same."""
    return "\n".join(_TAG.findall(text))


# --- checking ---------------------------------------------------------------------------


class _Source(NamedTuple):
    text: str
    words: tuple[str, ...]
    facts: tuple[Fact, ...]
    #: Names the source gives without writing them: "Bupati Lamongan" gives "Kabupaten Lamongan",
    #: "Palembang" gives "Sumatera Selatan" and "Sumsel" (each a phrase of lower-case words).
    derived: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1024)
def _read_source(source: str) -> _Source:
    """One source's lower-case text, words, facts and derived names. Cached: the same guideline chunks
    and the same draft are checked again and again (every answer, each engine pass), and scanning is
    the costly part."""
    clean = lexicon.clean_markup(source)
    words = tuple(w.lower() for w in lexicon.NAME_TOKEN.findall(_HASHTAG.sub(" ", clean)))
    facts = tuple(loc.fact for loc in scan_facts(clean)) + _number_words(words)
    return _Source(f"{clean}\n{_markup(source)}".lower(), words, facts, name_forms.derived_names(clean, words))


# --- numbers written in words -----------------------------------------------------------

def _number_words(words: Sequence[str]) -> tuple[Fact, ...]:
    """Numbers the source writes in words ("dua ribu tiga ratus" 2300, "sembilan puluh delapan koma
    dua persen" 98.2 %), as facts the output may write in digits."""
    out: list[Fact] = []
    i = 0
    while i < len(words):
        value, end = number_words.read_number(words, i)
        if end == i:
            i += 1
            continue
        key = _canon(value)
        out.append(Fact("number", " ".join(words[i:end]), f"number:{key}"))
        if end < len(words) and words[end] == "persen":
            out.append(Fact("percent", " ".join(words[i : end + 1]), f"percent:{key}"))
        i = end
    return tuple(out)


class _Evidence:
    """Everything the sources say, indexed for the support checks."""

    def __init__(self, sources: Iterable[str]) -> None:
        self.keys: set[str] = set()
        self.values: set[str] = set()
        self.dates: set[tuple[int, int, int]] = set()
        self.month_days: set[tuple[int, int]] = set()
        self.texts: list[str] = []
        self.words: list[tuple[str, ...]] = []
        #: Tokens the output writes in capitals, which may stand alone beside a name.
        self.acronyms: set[str] = set()
        #: Ordinary words the output writes in capitals ("GRATIS"): emphasis, not a name.
        self.shouted: set[str] = set()
        for source in sources:
            if not source:
                continue
            read = _read_source(source)
            self.texts.append(read.text)
            self.words.append(read.words)
            self.words.extend(read.derived)
            for fact in read.facts:
                self._index(fact)

    def _index(self, fact: Fact) -> None:
        self.keys.add(fact.key)
        body = fact.key.split(":", 1)[1]
        if fact.kind in ("number", "money", "percent"):
            self.values.add(body)
        elif fact.kind == "time":
            self.values.add(str(int(body[:2])))
        elif fact.kind == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", body):
            y, mo, d = (int(x) for x in body.split("-"))
            self.dates.add((y, mo, d))
            self.month_days.add((mo, d))
            # The year may stand alone ("tahun 2026"); the day may not: "28 puskesmas" is no date's day.
            self.values.add(str(y))
        elif fact.kind == "date" and body.startswith("--"):
            mo, d = (int(x) for x in body[2:].split("-"))
            self.month_days.add((mo, d))
        elif fact.kind == "date" and re.fullmatch(r"\d{4}-\d\d", body):
            self.values.add(body[:4])

    def supports(self, fact: Fact) -> bool:
        if fact.key in self.keys:
            return True
        body = fact.key.split(":", 1)[1]
        if fact.kind == "number":
            return body in self.values
        if fact.kind == "money":
            return f"number:{body}" in self.keys
        if fact.kind == "date":
            return self._supports_date(body)
        if fact.kind == "name":
            raw = fact.raw.split()
            self.acronyms = {t.lower() for t in raw if lexicon.is_acronym(t)}
            self.shouted = {t.lower() for t in raw if name_forms.shouted(t)}
            return self._supports_name(body)
        return False

    def _supports_date(self, body: str) -> bool:
        if body.startswith("day-"):
            weekday = WEEKDAY[body[4:]]
            return any(date(y, mo, d).weekday() == weekday for y, mo, d in self.dates)
        if body.startswith("--"):
            mo, d = (int(x) for x in body[2:].split("-"))
            return (mo, d) in self.month_days
        parts = [int(x) for x in body.split("-")]
        if len(parts) == 2:
            return any(y == parts[0] and mo == parts[1] for y, mo, _ in self.dates)
        y, mo, d = parts
        return (mo, d) in self.month_days and f"date:--{mo:02d}-{d:02d}" in self.keys and str(y) in self.values

    def _supports_name(self, body: str) -> bool:
        if body.startswith("url:"):
            return any(_link_in(body[4:], text) for text in self.texts)
        tokens = body.split(" ")
        if any(_within_window(_units(tokens, set(words)), words) or _squashed_match(tokens, words)
               for words in self.words):
            return True
        tokens = [t for t in tokens if t not in self.shouted and t not in name_forms.CASUAL]
        return not tokens or self._supports_reading(tokens) or self._supports_split(tokens)

    def _supports_reading(self, tokens: list[str]) -> bool:
        """`tokens` with their short forms read as the draft's words ("pemkab lotim" as "pemerintah
        kabupaten lombok timur") all occur close together in one source."""
        for words in self.words:
            vocabulary = set(words)
            options: list[list[tuple[str, ...]]] = []
            for token in tokens:
                readings: list[tuple[str, ...]] = [(token,)] if token in vocabulary else []
                readings += name_forms.short_form_readings(token, words)
                if not readings:
                    break
                options.append(readings[:6])
            else:
                for combo in islice(product(*options), 64):
                    flat = [w for part in combo for w in part]
                    if _within_window(_units(flat, vocabulary), words):
                        return True
        return False

    def _supports_split(self, tokens: list[str]) -> bool:
        """A name of two supported parts: an acronym and a name ("WA PANDAWA", "PKL Jalan Raden
        Intan"), or an office and the draft's own region ("Dinkes Polman" where the draft is of
        Kabupaten Polewali Mandar)."""
        for cut in range(1, len(tokens)):
            head, tail = tokens[:cut], tokens[cut:]
            acronym = (cut == 1 and self._is_acronym_token(head[0])) or (
                len(tail) == 1 and self._is_acronym_token(tail[0]))
            if not (acronym or self._is_region(tail)):
                continue
            if self._supports_tokens(head) and self._supports_tokens(tail):
                return True
        return False

    def _supports_tokens(self, tokens: list[str]) -> bool:
        return any(_within_window(_units(tokens, set(words)), words) for words in self.words) or (
            self._supports_reading(tokens))

    def _is_acronym_token(self, token: str) -> bool:
        return token in self.acronyms

    def _is_region(self, tokens: list[str]) -> bool:
        """`tokens` name the region of a source ("kabupaten polewali mandar", or its short form)."""
        for words in self.words:
            for i, word in enumerate(words[:-1]):
                if word not in name_forms.REGION_HEADS:
                    continue
                region = words[i + 1 : i + 1 + len(tokens) + 2]
                if list(region[: len(tokens)]) == tokens:
                    return True
                spans = (region[:k] for k in range(2, len(region) + 1))
                if len(tokens) == 1 and any(name_forms.abbreviates(tokens[0], span) for span in spans):
                    return True
        return False


def _link_in(target: str, text: str) -> bool:
    """`target` (a link, an address, an @account) written in `text` as a whole: "t.me/humas" is in
    "https://t.me/humas/12" but not in "t.me/humaskota". An account is an "@name", a link's "/name"
    or a whole source (a profile handle without "@"), never a mere word ("Humas Kota")."""
    if target.startswith("@"):
        name = target[1:]
        return text.strip() == name or re.search(rf"(?<=[@/]){re.escape(name)}(?![\w-])", text) is not None
    return re.search(rf"(?<![^\W_]|-){re.escape(target)}(?![\w-])", text) is not None


def _units(tokens: list[str], vocabulary: set[str]) -> list[str]:
    """Join adjacent tokens that the source writes as one word ("wali kota" -> "walikota")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in (3, 2):
            joined = "".join(tokens[i : i + size])
            if i + size <= len(tokens) and joined in vocabulary and tokens[i] not in vocabulary:
                out.append(joined)
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _within_window(tokens: list[str], words: Sequence[str]) -> bool:
    """All tokens occur in `words` close together (order and small gaps tolerated)."""
    span = len(tokens) + 6
    needed = set(tokens)
    for i, word in enumerate(words):
        if word == tokens[0] and needed <= set(words[max(0, i - span) : i + span]):
            return True
    return False


def _squashed_match(tokens: list[str], words: Sequence[str]) -> bool:
    """"Wali Kota" against "walikota": same letters over a run of whole source words."""
    target = "".join(tokens).replace("-", "")
    if len(tokens) < 2 and len(target) < 8:
        return False
    for i in range(len(words)):
        joined = ""
        for word in words[i : i + len(tokens) + 3]:
            joined += word.replace("-", "")
            if joined == target:
                return True
            if len(joined) >= len(target):
                break
    return False


def check_facts(output: str, sources: Iterable[str]) -> FactCheck:
    """Every fact in `output` must appear (by key) in at least one source text."""
    evidence = _Evidence(sources)
    invented: dict[str, str] = {}
    for fact in extract_facts(output):
        if fact.key not in invented and not evidence.supports(fact):
            invented[fact.key] = fact.raw
    return FactCheck(ok=not invented, invented=list(dict.fromkeys(invented.values())))


LINK_REMOVED = "(tautan dihapus)"
ACCOUNT_REMOVED = "(akun dihapus)"


def strip_foreign_links(text: str, sources: Iterable[str]) -> tuple[str, int]:
    """`text` with every link, address and @account that no source gives replaced by neutral words,
    and how many were replaced. For model notes shown as they are, where a link is clickable."""
    evidence: _Evidence | None = None
    parts: list[str] = []
    last = removed = 0
    for loc in scan_facts(text):
        if not loc.fact.key.startswith("name:url:") or loc.start < last:
            continue
        evidence = evidence or _Evidence(sources)
        if evidence.supports(loc.fact):
            continue
        parts += [text[last : loc.start], ACCOUNT_REMOVED if loc.fact.raw.startswith("@") else LINK_REMOVED]
        last = loc.end
        removed += 1
    return "".join([*parts, text[last:]]), removed


def verdict(output: str, sources: Iterable[str], grounding: Sequence[Hit] = ()) -> FactCheck:
    """`check_facts` of `output` against `sources` plus the `grounding` chunks, which the verdict
    names. Never passes silently: a crash of the checker is a failed check, not an answer lost."""
    sources = [*sources, *(hit.text for hit in grounding)]
    try:
        result = check_facts(output, sources)
    except Exception:
        log.exception("fact check failed")
        result = FactCheck(ok=False, invented=["(cek fakta gagal dijalankan)"])
    return result.model_copy(update={"grounding": [hit.id for hit in grounding]})
