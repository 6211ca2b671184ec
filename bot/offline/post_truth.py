"""A clarification's truth: the fact it states after the denial, marked as the truth ("Faktanya, ...", "Yang
benar: ...", "Yang ada, ...", "Sebenarnya ..."). That fact is the post's core: a clarification whose lead is a
service it mentions further down (a water tank on standby) never says what is true instead of the rumour. The
first clause the mark opens, or the one right after a mark that stands alone as a clause, leads the post.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.reading import Clause, DraftKind, FactSheet
from bot.core.reading.clauses import is_name
from bot.core.reading.rumour import says_otherwise
from bot.offline.post_claim import VERDICT, reported
from bot.offline.post_text import words_of

#: The mark of the truth, at a sentence's or a clause's start.
_MARK = re.compile(r"^\W*(?:fakta(?:nya)?(?:\s+yang\s+benar)?|yang\s+benar(?:nya)?(?:\s+adalah)?|sebenarnya|"
                   r"kenyataannya|yang\s+ada|padahal|informasi\s+yang\s+benar(?:\s+adalah)?)\s*(?:[,:]|\s+adalah\b)?\s*",
                   re.I)
#: Words that join the parts of a name ("Dinas Koperasi, UKM dan Perdagangan"): a clause of names and titles
#: only, of any length, is an attribution the clause split left on its own.
_NAME_JOINS = frozenset({"dan", "serta", "bin", "binti"})
#: Fewest words the truth needs to stand as a lead.
MIN_WORDS = 4


def truth_clause(sheet: FactSheet) -> Clause | None:
    """The clause a clarification marks as the truth, without its mark; None when it marks none."""
    if sheet.kind != DraftKind.CLARIFICATION:
        return None
    clauses = [c for c in sheet.clauses if not c.ceremonial]
    for i, clause in enumerate(clauses):
        m = _MARK.match(clause.text)
        if not m:
            continue
        truth = clause
        if m.end() >= len(clause.text.rstrip(" .,:")):  # the mark stands alone: the truth is the next clause
            # past who says it ("Yang benar, kata Kepala Dinas Koperasi, UKM dan Perdagangan, Sitti Rahmah, ...")
            after = [c for c in clauses[i + 1 :]
                     if c.sentence == clause.sentence and not is_name(c.text, max_words=None, joins=_NAME_JOINS)]
            if not after:
                continue
            truth = after[0]
        else:
            truth = replace(clause, text=clause.text[m.end() :], start=clause.start + m.end())
        if words_of(truth.text) >= MIN_WORDS and not VERDICT.search(truth.text) and not reported(sheet, truth):
            lead = sheet.lead
            if lead is not None and lead.start < truth.start and says_otherwise(lead.text):
                return None  # the truth the denial states first ("... tetap berlanjut") is the post's core
            return truth
    return None
