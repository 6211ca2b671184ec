"""A rule of the draft on the thing a "boleh ...?" question names (round 18q of issue 11).

"benang gelasan boleh ga?", "bole langsung minum?", "bakar kembang api kecil boleh ka?" are read as asking who may
take part (the "boleh" of "lansia boleh ikut?"), but they ask whether an act or a thing is allowed. The draft's
answer is a rule sentence ("Jangan memakai ... benang gelasan", "sebaiknya tetap dimasak sebelum diminum") that
names the thing asked; a sentence on who is served that does not name it would answer another question.
"""

from __future__ import annotations

import re

from bot.core.reading import FactSheet
from bot.offline.answer_find import rare_shared, shared_stems, stems
from bot.offline.answer_text import excerpt, plain
from bot.offline.asked import asked_age, normalise

#: A sentence that allows, forbids or advises ("jangan", "dilarang", "sebaiknya", "tidak perlu"); "wajib" and "harus"
#: name the steps of a service as often as a rule on a thing, so they do not count.
RULE_CUE = re.compile(r"\b(?:jangan(?!\s+lupa)|dilarang|larangan|tidak boleh|tidak diperbolehkan|tidak diizinkan|boleh|"
                      r"diperbolehkan|diizinkan|sebaiknya|hindari|hindarkan|diimbau|tidak perlu)\b", re.I)
#: A person or an age named: the question asks who may take part, as it reads.
_PERSON = re.compile(r"\b(?:umur|usia|lansia|anak\w*|bayi|balita|siswa|pelajar|mahasiswa|ibu|bapak|nenek|kakek|"
                     r"warga|orang|siapa|ikut|daftar|mendaftar|pendaftar|peserta|pasien)\b")
_MAY = re.compile(r"\b(?:boleh|bisa)\b")


def permission_asked(question: str) -> bool:
    """Whether a "boleh/bisa ...?" question asks if an act or a thing is allowed, naming no person or age."""
    asked = normalise(question)
    return bool(_MAY.search(asked)) and not _PERSON.search(asked) and asked_age(question) is None


def rule_sentence(question: str, found: tuple[int, str] | None,
                  sentences: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The rule sentence naming more of what `question` asks than `found` does, or None."""
    if not permission_asked(question):
        return None
    wanted = {w for w in stems(question) if len(w) >= 4}  # the thing may be named before "boleh ka?"
    bar = len(shared_stems(wanted, found[1])) if found is not None else 0
    best: tuple[int, tuple[int, str]] | None = None
    for (at, sentence), rare in zip(sentences, rare_shared(wanted, sentences), strict=True):
        if sentence.rstrip().endswith("?") or not RULE_CUE.search(sentence) or not rare:
            continue  # a rule naming the thing few sentences name ("benang gelasan"), not "lapak" of every line
        held = len(shared_stems(wanted, sentence))
        same = found is not None and (at, sentence) == found  # the rule itself found as the sentence naming the thing
        if (held > bar or same) and (best is None or held > best[0]):
            best = (held, (at, sentence))
    return best[1] if best else None


def rule_value(question: str, found: tuple[int, str] | None, sentences: list[tuple[int, str]],
               sheet: FactSheet) -> str | None:
    """The plain words of the rule sentence answering a "boleh ...?" question on a thing (see `rule_sentence`)."""
    ruled = rule_sentence(question, found, sentences)
    return None if ruled is None else plain(excerpt(sheet, *ruled, "requirements", question), sheet)
