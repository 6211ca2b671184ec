"""Words of a name in the fact check (`bot/core/fact_check.py`): their case, hyphenated tails, the word
before an acronym."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core import lexicon, name_forms
from bot.core.lexicon_data import COMMON_EXPANSIONS, FUNCTION_WORDS, NAME_HEADS


def in_capitals(word: str, before: str) -> bool:
    """A word in capitals after another: a heading's ("BLT DANA DESA TAHAP I"), whose case says nothing."""
    return len(word) > 1 and word.isupper() and len(before) > 1 and before.isupper()


def compound_head(token: str) -> str | None:
    """The head of a token joined by a hyphen to an ordinary lower-case word ("WIB-selesai" -> "WIB"):
    the tail is a word of the sentence, not part of a name."""
    head, _, tail = token.rpartition("-")
    if head and tail.isalpha() and tail.islower() and lexicon.is_ordinary_word(tail):
        return head
    return None


def word_before(token: str, output: str) -> str:
    """The lower-case word just before `token` in `output` ("bank" in "dari bank BUMN"), or ""."""
    m = re.search(rf"(\w+)[ \t]+{re.escape(token)}\b", output)
    return m.group(1).lower() if m else ""


def common_reading(token: str) -> list[tuple[str, ...]]:
    """The expansion of a common acronym ("pj": "penjabat"), as a reading of that token inside a name."""
    expansion = COMMON_EXPANSIONS.get(token.upper())
    return [tuple(expansion.split())] if expansion else []


def title_case_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s lines written in title case, as a headline is ("Pj Sekda Sulsel Pimpin Rakor
    Pengendalian Inflasi Daerah"): six or more words of four letters or more, nearly all capitalised, two of
    them words the text writes in lower case elsewhere ("Sinergi"), the line neither a label's ("Lokasi:
    Lapangan Desa Bongan") nor a table's row, nor closing as a sentence does. Such a line's capitals say
    nothing of where a name ends."""
    spans = []
    lower = {w for w in lexicon.NAME_TOKEN.findall(text) if w.islower()}
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0).strip()
        long = [w for w in lexicon.NAME_TOKEN.findall(line) if len(w) >= 4]
        if (len(long) >= 6 and sum(w[0].isupper() for w in long) >= 0.85 * len(long)
                and sum(w[0].isupper() and w.lower() in lower for w in long) >= 2
                and not re.search(r"[:|]", line) and not line.endswith(".")):
            spans.append((m.start(), m.end()))
    return spans


def clipped_readings(token: str, words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """An ordinary word of a source cut short inside a name ("Gel. I" for "gelombang I", "Kej." for
    "kejuruan"): three letters or more."""
    if len(token) < 3 or not token.isalpha() or token in words:
        return []
    found: list[tuple[str, ...]] = [(w,) for w in dict.fromkeys(words)
                                    if w.startswith(token) and len(w) > len(token) and lexicon.is_ordinary_word(w)]
    return found[:2]


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=4096)
def chat_short_form(token: str) -> bool:
    """A lower-case `token` that is an ordinary word written without its vowels, as chats and labels write
    it ("utk" untuk, "dgn" dengan, "telp" telepon, "blm" belum): three or four letters, at most one of them
    a vowel, in order in a common word (a function word or a root word) that opens with the same letter and
    is at most about twice as long. A name is written with its vowels: such a token is no name. The short
    form of a name's head ("kec", "kel", "jln") is part of the name, and a common acronym ("Plt") is one."""
    if not (3 <= len(token) <= 4 and token.isalpha() and token.islower()) or sum(c in _VOWELS for c in token) > 1:
        return False
    if any(head[0] == token[0] and _in_order(token, head) for head in NAME_HEADS | name_forms.LOCAL_PLACE_HEADS):
        return False
    if token.upper() in COMMON_EXPANSIONS:
        return False  # an acronym of its own: "Plt" (pelaksana tugas), "Pj"
    return any(word[0] == token[0] and len(token) < len(word) <= 2 * len(token) + 1 and _in_order(token, word)
               for word in FUNCTION_WORDS | lexicon.root_words())


def _in_order(short: str, word: str) -> bool:
    letters = iter(word)
    return all(c in letters for c in short)
