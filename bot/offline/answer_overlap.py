"""The sentence a question without a slot word is about, found by the draft's own words it shares (round 20q).

A comment in a regional language ("GPM di pameungpeuk teh dinten naon?", "surat sehat e kudu soko puskesmas?")
names no slot the rules know, and the words the bot cannot read ("dinten", "soko") are no things the draft leaves
out: they are how the asker speaks. What the comment does name in the draft's own words ("pameungpeuk",
"surat sehat ... puskesmas") points at the sentence it asks about. That sentence answers only when
- it shares at least two of the comment's words, more than the Indonesian words of the comment the draft lacks,
  and no other sentence shares as many (a tie is no answer);
- the comment names no thing of plain Indonesian words the draft lacks ("daging ayam", "sertifikat tanah"),
  nor asks of such a word ("merek apa?", "laser opo?"): the draft does not speak of that thing, and says so.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.reading.rumour import telling
from bot.offline.answer_find import shared_stems, stems
from bot.offline.asked import normalise

#: A claim the draft reports or refutes ("[HOAKS] Kartu JKA diputus", "beredar pesan"): never given as the answer.
_CLAIM = re.compile(r"\b(?:hoaks|hoax|disinformasi|beredar|berantai|tidak benar)\b", re.I)
#: A sentence that reports the false claim itself: a hoax label before it, or the rumour going round.
_CLAIM_REPORT = re.compile(r"^\W*(?:hoaks|hoax|disinformasi)\b|\b(?:beredar|berantai|viral)\b.{0,60}"
                           r"\b(?:menyebut\w*|mengklaim|berisi|bahwa|yang)\b", re.I)
#: How many of the comment's words a sentence must share, at least, to be the one it asks about.
_SHARED = 2
#: Question words a thing asked stands before ("merek apa", "laser opo", "dinten naon").
_ASKED_OF = re.compile(r"^(?:apa|apo|opo|naon|berapa|piro|sabaraha|mana|yang mana)\b")


def _ordinary(word: str) -> bool:
    return len(word) >= 3 and lexicon.is_ordinary_word(word)


def _asked_thing(question: str, absent: list[str]) -> bool:
    """Whether a plain word the draft lacks is the thing asked: right before a question word."""
    text = normalise(question)
    for word in absent:
        for match in re.finditer(rf"\b{re.escape(word)}\w*\s+(?:\w\s+)?", text):
            if _ordinary(word) and _ASKED_OF.match(text[match.end():]):
                return True
    return False


#: A place asked about ("di desa lokory ada?", "ke gunungsitoli"), not where the asker is ("abdi di cikelet").
_PLACE = re.compile(r"(?<!\bsaya )(?<!\baku )(?<!\babdi )(?<!\bkami )(?<!\bambo )(?<!\bisun )(?<!\bkula )"
                    r"\b(?:di|ke|dari|dr)\s+(?:desa|kampung|kelurahan|kecamatan|pulau|nagari|jorong|dusun)?\s*(\w+)")


def place_lacked(question: str, absent: list[str]) -> bool:
    """Whether the question asks of a place the draft does not name: the draft's other words are no answer."""
    return any(m.group(1) in absent for m in _PLACE.finditer(normalise(question)))


def sentence_asked(question: str, sentences: list[tuple[int, str]], absent: list[str],
                   things: list[str]) -> tuple[int, str] | None:
    """The one sentence the question points at by the draft's words it shares, or None (see the module)."""
    if (any(all(_ordinary(w) for w in thing.split()) for thing in things) or _asked_thing(question, absent)
            or place_lacked(question, absent)):
        return None
    wanted = stems(question)
    sentences = [s for s in sentences if not _CLAIM.search(s[1])]
    scored = sorted(((len(shared_stems(wanted, s[1])), s) for s in sentences), key=lambda x: -x[0])
    plain_absent = len({w for w in absent if _ordinary(w)})
    if not scored or scored[0][0] < max(_SHARED, plain_absent + 1):
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return _rows_named(wanted, scored[0][1])


def _rows_named(wanted: set[str], found: tuple[int, str]) -> tuple[int, str]:
    """Of a list or table ("jadwal ...: Senin, ..., Cibatu; Jumat, ..., Pameungpeuk"), the rows the question names."""
    intro, *rows = found[1].split("; ")
    named = shared_stems(wanted, found[1]) - shared_stems(wanted, intro)
    kept = [row for row in rows if named and shared_stems(named, row)]
    return (found[0], "; ".join(kept)) if kept and len(kept) < len(rows) else found


def without_rumour(draft: str, sentences: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The sentences without those that tell the rumour the draft denies (`rumour.telling`, on the sentences
    with their own offset; a joined list, offset -1, stays)."""
    placed = [(at, at + len(text)) for at, text in sentences if at >= 0]
    told = {placed[i][0] for i in telling(draft, placed)}
    return [s for s in sentences if s[0] not in told]


def reported_claims_left(sentences: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The draft's sentences without those reporting the false claim it refutes (when any other is left)."""
    kept = [s for s in sentences if not _CLAIM_REPORT.search(s[1])]
    return kept or sentences

