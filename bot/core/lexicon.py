"""Indonesian lexicons and the small text helpers built on them.

The word lists live in `lexicon_data.py`; this module compiles them lazily and offers
the questions other modules ask: is this sentence ceremonial, which jargon does a text
use, is this word an ordinary dictionary word, where do sentences end.
The Sastrawi root dictionary and stemmer are loaded on first use, never at import.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Any

from bot.core import lexicon_data as data
from bot.core.inputs import normalize_text

WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_TAG = re.compile(r"<[^>\n]{0,200}>")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\((\S{1,500})\)")
_MD_MARK = re.compile(r"(?<!\w)[*_~`]+|[*_~`]+(?!\w)")


def clean_markup(text: str) -> str:
    """Plain text from text that may hold HTML, entities, markdown or invisible characters."""
    text = html.unescape(_TAG.sub(" ", text))
    text = _MD_LINK.sub(r"\1 \2", text)
    text = _MD_MARK.sub("", text)
    return normalize_text(text)


# --- dictionary ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (kata dasar)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(w.strip() for w in StemmerFactory().get_words() if w.strip())


@lru_cache(maxsize=1)
def _stemmer() -> Any:  # Sastrawi has no type information
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Cache.ArrayCache import ArrayCache
    from Sastrawi.Stemmer.CachedStemmer import CachedStemmer
    from Sastrawi.Stemmer.Stemmer import Stemmer

    return CachedStemmer(ArrayCache(), Stemmer(ArrayDictionary(list(root_words()))))


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """Sastrawi stem of one lower-case word."""
    return str(_stemmer().stem(word.lower()))


@lru_cache(maxsize=20000)
def is_ordinary_word(word: str) -> bool:
    """True for a common Indonesian word (a root or a derived form of one), not a proper name."""
    low = word.lower().strip("'’-")
    if not low or low in data.PLACE_NAMES:
        return False
    if low in data.NAME_STOP or low in data.FUNCTION_WORDS or low in data.NEWER_WORDS or low in data.LOAN_WORDS:
        return True
    roots = root_words()
    if low in roots:
        return True
    parts = [p for p in low.split("-") if p]
    if len(parts) > 1 and all(p in roots or stem(p) in roots for p in parts):
        return True
    return stem(low) in roots and stem(low) != low


#: The spoken (Jakarta, Javanese) nasal prefix of a verb and the root's first sound it replaces: "nunggu" of
#: "tunggu", "nyari" of "cari", "ngurus" of "urus", "ngecek" of "cek", "mbayar" of "bayar"; with the spoken
#: "-in" suffix ("daftarin").
_SPOKEN = (("nge", ""), ("ng", ""), ("ng", "k"), ("ny", "c"), ("ny", "s"), ("mb", "b"), ("n", "t"), ("m", "p"))


def spoken_verb(word: str) -> bool:
    """A spoken verb form ("Nunggu", "Nyari", "Ngurus") of a root word: at a sentence's start, no name."""
    low = word.lower()
    return low not in data.PLACE_NAMES and any(r in root_words() for r in spoken_roots(low))


def spoken_roots(word: str) -> list[str]:
    """The roots a spoken verb form may stand for (see `_SPOKEN`); [] for a word too short to be one."""
    out = []
    for base in (word, word[:-2] if word.endswith("in") and len(word) > 6 else ""):
        if len(base) < 5:
            continue
        out += [sound + base[len(prefix):] for prefix, sound in _SPOKEN
                if base.startswith(prefix) and len(base) - len(prefix) + len(sound) >= 4]
    return out


# --- sentences ----------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.!?…]+[\"”’)]*\s+|\n+")


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`; a dot after an abbreviation, initial or degree does not end one."""
    out: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        chunk = text[start : match.start() + 1]
        if "\n" not in match.group(0) and _ends_with_abbreviation(chunk) and not (
            _DEGREE_END.search(chunk) and text[end : end + 1].isupper()
        ):
            continue
        rest = text[end : end + 1]
        if "\n" not in match.group(0) and rest and rest.islower():
            continue
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


#: A degree closing a name (", M.Si.") before a capital letter also closes the sentence.
_DEGREE_END = re.compile(r",\s*(?:" + "|".join(data.DEGREES) + r")\.$")

#: One character of a clause: a dot only inside a token ("1.500", "08.00", "laman.go.id") or
#: after an abbreviation ("Jl.", "No.") never ends the clause. Embed it in a character run.
IN_CLAUSE = (r"(?:(?i:\b(?:" + "|".join(sorted((re.escape(a) for a in data.ABBREVIATIONS if a.isalpha()),
                                                 key=len, reverse=True))
             + r")\.\s+)|[^.;!?\n]|\.(?=\w))")


def _ends_with_abbreviation(chunk: str) -> bool:
    if not chunk.endswith("."):
        return False
    token = re.split(r"[\s(,]", chunk[:-1])[-1]
    low = token.lower().rstrip(".")
    if not low:
        return False
    if len(low) == 1 and low.isalpha():
        return True
    return low in data.ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]{1,4}\.)+[a-z]{1,4}", low))


# --- proper names -----------------------------------------------------------------------

NAME_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_SENTENCE_END = ".!?…:;\n"
#: Emoji and pictographs (from the miscellaneous symbols on) end a sentence as a full stop does: "asap 🙌 Target ...".
_PICTOGRAPHS = 0x2600


def is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_WORD_AT_END = re.compile(r"(\w+)$")
_BLANKS = re.compile(r"[ \t]+")


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """The word ending at `end` (`(\\w+)$` over `text[:end]`), searched in a short window first: a
    search over the whole prefix per name made the scan quadratic in the text's length."""
    low = max(0, end - 64)
    found = _WORD_AT_END.search(text, low, end)
    return _WORD_AT_END.search(text, 0, end) if found and found.start() == low and low else found


def _measured(text: str, letter: int, opaque: str) -> bool:
    """A number (or a character of `opaque`, which stands for one) right before the one-letter word at `letter`:
    the letter is a unit ("60 m."), not an initial ("H. Ahmad")."""
    before = text[max(0, letter - 2) : letter].rstrip(" ")[-1:]
    return bool(before) and (before.isdigit() or before in opaque)


def _is_initial(text: str, start: int, opaque: str) -> bool:
    """True when no word stands between the last sentence boundary and `start`."""
    i = start - 1
    while i >= 0:
        ch = text[i]
        if ch in _SENTENCE_END or ord(ch) >= _PICTOGRAPHS:
            word = _word_before(text, i) if ch == "." else None
            return not (word and ((len(word.group(1)) == 1 and not _measured(text, word.start(1), opaque))
                                  or word.group(1).lower() in data.ABBREVIATIONS))
        if ch.isalnum() or (opaque and ch in opaque):
            return False
        i -= 1
    return True


def _breaks_run(token: str, dotted: bool) -> bool:
    low = token.lower()
    return (not token[0].isupper() or len(token) < 2 or low in data.NAME_STOP or low in data.DAYS
            or low.rstrip(".") in data.MONTHS or (dotted and low in data.ABBREVIATIONS and not is_acronym(token)))


def name_runs(text: str, opaque: str = "") -> list[tuple[int, int, list[str]]]:
    """Proper-name candidates: runs of capitalised words, acronyms included, minus a sentence-initial
    ordinary word ("Warga Bandung" -> "Bandung"). Characters in `opaque` count as words.
    """
    runs: list[list[re.Match[str]]] = [[]]
    for m in NAME_TOKEN.finditer(text):
        token = m.group(0).rstrip("-'’")
        joined = bool(runs[-1]) and _BLANKS.fullmatch(text, runs[-1][-1].end(), m.start()) is not None
        after = text[m.end() : m.end() + 2]
        ends_line = after in (".", ".\n")
        if joined and len(token) == 1 and token.isupper() and (after[:1] not in ".-–" + opaque or ends_line):
            runs[-1].append(m)  # a letter ending a name: "Gedung B", "SIM C."; not an initial ("H. Ahmad")
        elif _breaks_run(token, text[m.end() : m.end() + 1] == "."):
            runs.append([])
        elif joined:
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[tuple[int, int, list[str]]] = []
    for run in runs:
        if not run:
            continue
        first = run[0].group(0).rstrip("-'’")
        # A name head ("Sekolah", "Puskesmas") opening a sentence starts a name only with words after it.
        if (_is_initial(text, run[0].start(), opaque) and not is_acronym(first)
                and (first.lower() not in data.NAME_HEADS or len(run) == 1)
                and (is_ordinary_word(first) or spoken_verb(first))):
            run = run[1:]
        if run and not (len(run) == 1 and len(run[0].group(0)) == 1):
            out.append((run[0].start(), run[-1].end(), [m.group(0).rstrip("-'’") for m in run]))
    return out


# --- ceremony, jargon, spelling ------------------------------------------------------


@lru_cache(maxsize=1)
def _ceremonial() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data.CEREMONIAL), re.IGNORECASE)


def find_ceremonial(text: str) -> list[str]:
    """Ceremonial phrases in `text`, in order, each once (lower case)."""
    return list(dict.fromkeys(m.group(0).lower() for m in _ceremonial().finditer(text)))


def without_ceremonial(text: str) -> str:
    """`text` with its ceremonial phrases blanked out ("acara dibuka", "turut hadir")."""
    return _ceremonial().sub(" ", text)


def is_ceremonial(text: str) -> bool:
    return bool(_ceremonial().search(text))


@lru_cache(maxsize=1)
def _lead_ins() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in data.LEAD_INS) + r")\s*", re.IGNORECASE)


def strip_lead_in(sentence: str) -> str:
    """Drop bureaucratic lead-ins ("Dalam rapat tersebut diputuskan bahwa", "Adapun") and recapitalise."""
    previous = None
    while previous != sentence:
        previous = sentence
        sentence = _lead_ins().sub("", sentence, count=1)
    return capitalize_first(sentence)


def capitalize_first(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch.isdigit():
            return text
    return text


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    # never a word inside a link or an address ("karir.contohkota.go.id", "antrian@rsud.id", ".../jadual")
    return re.compile(r"(?<![\w\-./@])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-]|[./@]\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _spelling() -> re.Pattern[str]:
    return _phrase_regex(list(data.SPELLING))


@lru_cache(maxsize=1)
def _jargon() -> re.Pattern[str]:
    return _phrase_regex(list(data.JARGON))


@lru_cache(maxsize=1)
def _safe() -> re.Pattern[str]:
    return _phrase_regex(list(data.SAFE_REPLACEMENTS))


def find_spelling(text: str) -> list[tuple[str, str]]:
    """(non-standard, standard) pairs found in `text`, each once."""
    found = {m.group(0).lower(): data.SPELLING[m.group(0).lower()] for m in _spelling().finditer(text)}
    return list(found.items())


def find_jargon(text: str) -> list[tuple[str, str]]:
    """(bureaucratic phrase, plain alternative) pairs found in `text`, each once."""
    found = {m.group(0).lower(): data.JARGON[m.group(0).lower()] for m in _jargon().finditer(text)}
    return list(found.items())


def _match_case(original: str, replacement: str, title: bool) -> str:
    if not replacement or not original[0].isupper():
        return replacement
    if title or original.isupper():
        return " ".join(w[:1].upper() + w[1:] for w in replacement.split(" "))
    return replacement[0].upper() + replacement[1:]


def fix_spelling(text: str) -> str:
    """Replace non-standard spellings with the standard ones, keeping capitalisation."""

    def repl(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        return _match_case(m.group(0), data.SPELLING[low], low in data.TITLE_CASE_FIX)

    return _spelling().sub(repl, _ELONGATED.sub(r"\1", text))


#: A letter stretched at a word's end for emphasis ("GRATISSS", "yukkk"): no Indonesian word has three in a row.
_ELONGATED = re.compile(r"(?<=[A-Za-z]{2})([A-Za-z])\1{2,}\b")


def simplify_jargon(text: str) -> str:
    """Replace the bureaucratic phrases that have a safe one-to-one plain alternative."""

    def repl(m: re.Match[str]) -> str:
        return _match_case(m.group(0), data.SAFE_REPLACEMENTS[m.group(0).lower()], False)

    return re.sub(r"\s{2,}", " ", _safe().sub(repl, text)).replace(" ,", ",")


# --- honorifics ------------------------------------------------------------------------

_CAP = r"(?=[A-Z])"


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    alts = "|".join(data.TITLES_BEFORE)
    return re.compile(r"(?<![\w.])(?:" + alts + r")\s*" + _CAP)


@lru_cache(maxsize=1)
def _degrees() -> re.Pattern[str]:
    alts = "|".join(data.DEGREES)
    return re.compile(r"(?:,\s*(?:" + alts + r")\.?(?![\w]))+")


def find_honorifics(text: str) -> list[str]:
    """Titles, honorifics and degrees in `text`, each once."""
    found = [m.group(0).strip() for m in _titles().finditer(text)]
    found += [d.strip(" ,") for m in _degrees().finditer(text) for d in m.group(0).split(",") if d.strip()]
    return list(dict.fromkeys(found))


#: Titles inside an institution's name ("RSUD Prof. Dr. H.M. Anwar Makkatutu", "Jalan Dr. Wahidin"): part of the
#: name, kept; stripped, the name is one the draft never said ("RSUD M. Anwar Makkatutu").
_NAMED_AFTER = re.compile(r"\b(?:RSUD|RSU|RSIA|RSJ|RS|Rumah\s+Sakit|Puskesmas|Universitas|Bandara|Stadion|Gedung|Jalan|"
                          r"Jl\.|Masjid|Pesantren|Ponpes)\s+(?:(?:Prof|Dr|dr|Drs|Ir|H|Hj|KH|K\.H)\.(?:[A-Z][a-z]?\.)*\s*)+")


def strip_honorifics(text: str) -> str:
    """Remove honorific chains, keep role and name ("Wali Kota Bandung Muhammad Farhan"); titles inside an
    institution's name stay."""
    parts, pos = [], 0
    for m in _NAMED_AFTER.finditer(text):
        parts += [_strip_titles(text[pos : m.start()]), m.group(0)]
        pos = m.end()
    return re.sub(r"[ \t]{2,}", " ", "".join([*parts, _strip_titles(text[pos:])]))


def _strip_titles(text: str) -> str:
    text = _degrees().sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _titles().sub("", text)
    text = re.sub(r"\bselaku\s+", "", text)
    text = re.sub(r"\s{2,}", " ", text)
    # a space left before punctuation by a removed title; ".apk" or ".go.id" after a space is a word of its own
    text = re.sub(r"\s+([,.;:!?])(?![\w/])", r"\1", text)
    return re.sub(r",\s*,", ",", text)


# --- impact and calls to action ---------------------------------------------------------


def words(text: str) -> list[str]:
    return [m.group(0) for m in WORD.finditer(text)]


def impact_words(text: str) -> list[str]:
    """The citizen-impact words in `text` (lower case, in order)."""
    return [w.lower() for w in words(text) if w.lower() in data.IMPACT_WORDS]


@lru_cache(maxsize=1)
def _cta() -> re.Pattern[str]:
    return re.compile("|".join(data.CTA), re.IGNORECASE)


def has_call_to_action(text: str) -> bool:
    return bool(_cta().search(text))
