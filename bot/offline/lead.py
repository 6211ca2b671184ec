"""Shaping the lead sentence: when-phrases the Kapan line already carries are taken out,
a long lead is split where both halves read as sentences, and a shorter form drops
trailing clauses for platforms with little room (X). Only draft words are kept.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.reading.key_facts import when_runs

_WHEN_PREP = re.compile(
    r"(?:^|,\s*|\s+)(?:(?P<word>(?:yang\s+)?(?:pada|mulai|setiap|tiap|sejak|hingga|sampai|selama))\s+)?"
    r"(?:hari\s+|tanggal\s+)?\(?\s*$", re.I)
_WHEN_TAIL = re.compile(r"(?:\s*(?:WIB|WITA|WIT)\b)?\)?")
_AFTER_WHEN = re.compile(r"\s*(?:[,.;!?…]|$)|\s+(?:(?:bertempat\s+|dan\s+)?di|melalui|lewat|secara)\s", re.I)
_LIST_END = re.compile(r"(?:\b(?:yaitu|yakni|adalah|meliputi|antara lain|seperti|berupa|jam \w+)|:)\s*$", re.I)
_INTRO = re.compile(r"^(?:selama|sebagai|berdasarkan|dalam|melalui|dengan|pada|bagi|sesuai|untuk|mulai|menurut)\b",
                    re.I)
_NO_SPLIT_AFTER = re.compile(
    r"^(?:serta|dan|yang|atau|sedangkan|yaitu|sehingga|karena|tetapi|namun|untuk|dengan|di|ke|dari|pada|mulai|"
    r"hingga|sampai|setiap|tanpa|termasuk|seperti|kecuali|bagi|lebih|sekitar|sebanyak|di\w+\s+oleh)\b", re.I)
_LIST_INTRO = re.compile(r"\b(?:yaitu|adalah|meliputi|antara lain|seperti|berupa)\b", re.I)
_VERBISH = re.compile(r"^(?:me|di|ber|ter)[a-z]{3,}$|^(?:bisa|dapat|akan|wajib|harus|cukup)$", re.I)
_TRAILING = re.compile(r"[,;]\s+(?:dengan|sehingga|diikuti|sedangkan|namun|tetapi|pada|satu|setiap)\b")


def _cut_when(sentence: str, start: int, end: int) -> str | None:
    """`sentence` without the when-phrase at [start, end), or None where that breaks the sentence."""
    before = sentence[:start]
    after = sentence[end:]
    tail = _WHEN_TAIL.match(after)  # everything in the pattern is optional: it always matches
    after = after[tail.end() :] if tail else after
    if not _AFTER_WHEN.match(after) or _LIST_END.search(before):
        return None
    prep = _WHEN_PREP.search(before)
    cut = prep.start() if prep else start
    head = sentence[:cut].rstrip(" ,(")
    if not head:  # "Mulai 1 Juli 2025, ..." opens with the news: it stays
        return None
    if not (prep and prep.group("word")) and not before.rstrip().endswith(","):
        return None
    return head + after


def drop_when(sentence: str) -> str:
    """The sentence without the when-phrases the Kapan line carries (the first three runs),
    wherever they stand, as long as what is left still reads as a sentence."""
    result = sentence
    for start, end in reversed(when_runs(sentence)[:3]):
        cut = _cut_when(result, start, end)
        if cut is not None:
            result = cut
    result = re.sub(r"\s+([,.;])", r"\1", re.sub(r",\s*,", ",", result)).strip()
    if result == sentence or len(lexicon.words(result)) < 4:
        return sentence
    return result if result[-1:] in ".!?…" else result.rstrip(" ,;") + "."


def split_lead(lead: str, visible: int) -> tuple[str, str]:
    """A lead longer than `visible` split at a comma, only where both halves read as sentences."""
    if len(lead) <= visible:
        return lead, ""
    cut = lead.rfind(", ", 0, visible)
    if cut < 60 or _INTRO.match(lead) or _LIST_INTRO.search(lead[:cut]):
        return lead, ""
    rest = lead[cut + 2 :].strip()
    if _NO_SPLIT_AFTER.match(rest) or len(lexicon.words(rest)) < 5 or not any(
        _VERBISH.match(w) for w in lexicon.words(rest)[:4]
    ):
        return lead, ""
    return lead[:cut] + ".", lexicon.capitalize_first(rest)


def trim_clauses(text: str, limit: int) -> str:
    """`text` without trailing subordinate clauses (", dengan ...", ", sehingga ...") until it
    is at most `limit` characters or nothing more can go; the main clause always stays."""
    while len(text) > limit:
        cuts = [m.start() for m in _TRAILING.finditer(text)]
        if not cuts or len(lexicon.words(text[: cuts[-1]])) < 6:
            break
        text = text[: cuts[-1]].rstrip(" ,;") + "."
    return text
