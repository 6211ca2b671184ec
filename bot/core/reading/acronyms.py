"""Acronyms a draft spells out itself: "Dinas Ketahanan Pangan dan Pertanian (DKPP)" and
"DKPP (Dinas Ketahanan Pangan dan Pertanian)" both give ("DKPP", "Dinas Ketahanan Pangan dan
Pertanian"), so that a post can spell the acronym out at first use.

A pair is kept only when the acronym's letters can be read off the expansion's words in order (an
initial, or the start of a word: "Disdukcapil" from "Dinas Kependudukan dan Pencatatan Sipil");
"Iduladha 1446 H (Hijriah)" or "pemerintah (Pemkab)" are not expansions. Well-known acronyms
(bot/core/lexicon_data.KNOWN_ACRONYMS: KTP, NIK, RSUD ...) are kept only when the draft spells them
out; the lexicon holds no expansions of its own, so none is made up.
"""

from __future__ import annotations

import re

from bot.core import lexicon

_ACRONYM = r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9\-]*"
_WORDS = r"[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|dan|dan\s+[A-Z][\w\-]*|untuk|atau|di|se-\w+|&))*"
_LONG_FIRST = re.compile(rf"({_WORDS})\s+\(({_ACRONYM})\)")
_SHORT_FIRST = re.compile(rf"\b({_ACRONYM})\s+\(({_WORDS})\)")
_SMALL = frozenset({"dan", "untuk", "atau", "di", "&"})


def _letters_fit(acronym: str, words: list[str]) -> bool:
    """Whether the acronym's letters come, in order, from the starts of the expansion's words."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    pos = 0
    for word in words:
        low = word.lower()
        if low in _SMALL:
            continue
        if pos < len(letters) and low[0] == letters[pos]:
            pos += 1
            # a syllable of the word may give more letters ("Dukcapil" from "Kependudukan ... Sipil")
            for c in low[1:]:
                if pos < len(letters) and c == letters[pos] and not any(
                        w.lower().startswith(letters[pos]) for w in words[words.index(word) + 1 :]):
                    pos += 1
    return pos == len(letters) and len(letters) >= 2


def _trim(acronym: str, expansion: str) -> str:
    """The longest tail of `expansion` that starts with the acronym's first letter and whose words
    give the acronym ("Pemkab Lamongan melalui Dinas Ketahanan Pangan" -> "Dinas Ketahanan Pangan")."""
    words = expansion.rsplit("\n", 1)[-1].split()  # a name never runs on from the line above ("PENGUMUMAN")
    for i in range(len(words)):
        tail = words[i:]
        if tail[0].lower() in _SMALL or tail[0][0].lower() != acronym[0].lower() or len(tail) > 2 * len(acronym) + 2:
            continue
        if _letters_fit(acronym, tail):
            return " ".join(tail)
    return ""


def find_acronyms(text: str) -> tuple[tuple[str, str], ...]:
    """(acronym, expansion) pairs the draft gives, first mention first, each acronym once."""
    pairs: dict[str, str] = {}
    for m in _LONG_FIRST.finditer(text):
        expansion = _trim(m.group(2), m.group(1))
        if expansion:
            pairs.setdefault(m.group(2), expansion)
    for m in _SHORT_FIRST.finditer(text):
        expansion = m.group(2).strip()
        if _letters_fit(m.group(1), expansion.split()):
            pairs.setdefault(m.group(1), expansion)
    order = {a: text.find(a) for a in pairs}
    return tuple((a, _unshouted(pairs[a])) for a in sorted(pairs, key=lambda a: order[a]))


def _unshouted(expansion: str) -> str:
    """An expansion given in a shouted heading ("PENDAFTARAN TANAH SISTEMATIS LENGKAP (PTSL)") as a name is written:
    "Pendaftaran Tanah Sistematis Lengkap"; one in ordinary case as given."""
    words = expansion.split()
    if sum(w.isupper() and len(w) > 3 for w in words) < 2 or any(w.islower() for w in words):
        return expansion
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS else w if _acronym_like(w) else w.capitalize()
                    for w in words)


_SMALL_WORDS = frozenset({"dan", "di", "ke", "dari", "untuk", "serta", "atau", "yang", "pada", "dengan", "bagi"})


def _acronym_like(word: str) -> bool:
    """A word of a shouted heading that is an acronym itself ("BPJS", "KTP", "PDAM"): few vowels for its length."""
    return not word.isalpha() or (len(word) <= 5 and sum(c in "AIUEO" for c in word) <= 1
                                   and not lexicon.is_ordinary_word(word.lower()))


#: "Dinas Pertanian, Pangan dan Perikanan (DP3)": a name, commas and "dan" allowed, and the acronym the
#: draft gives it in brackets, whose letters need not be the words' initials (the 3 of "DP3").
_NAMED_BEFORE = re.compile(
    r"((?:[A-Z][\w-]*,?[ \t]+(?:(?:dan|serta|&)[ \t]+)?){1,8})\(([A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9-]*)\)")


def bracketed_names(text: str) -> tuple[tuple[str, str], ...]:
    """(acronym, name) for every acronym in brackets after a capitalised name, letters unchecked: looser
    than `find_acronyms`, for the fact check only (a post may say "Kepala DP3 Sleman"; a post never
    spells an acronym out from these)."""
    return tuple((m.group(2), m.group(1)) for m in _NAMED_BEFORE.finditer(text))
