"""A fallback is no lead: the help kept for those who cannot use a service's main way ("Bagi warga yang tidak
memiliki telepon pintar, Disdukcapil tetap membuka loket pendampingan ...") promises a place and a desk, so read by
vocabulary it outranks the news it backs up ("akta kelahiran kini bisa diurus dari rumah"). Read by structure it
is what stays for a few; the post of a service or an event leads with the main way when the draft says one (a
clarification's "jembatan tetap dapat dilalui" is its truth, no fallback).
"""

from __future__ import annotations

import re

from bot.core.reading import Clause, DraftKind, FactSheet

#: What stays as before ("tetap membuka", "tetap dilayani", "masih tersedia") or is offered to those who cannot use
#: the main way ("bagi warga yang tidak memiliki ...", "yang belum terbiasa ...", "yang kesulitan ...").
_FALLBACK = re.compile(r"\b(?:tetap|masih)\s+(?:(?:di)?buka|membuka|melayani|dilayani|tersedia|disediakan|"
                       r"menyediakan)\b|\b(?:bagi|untuk)\s+(?:\w+\s+){0,3}?yang\s+(?:tidak|belum|"
                       r"kesulitan|tak)\b", re.I)
#: Share of the fallback's benefit another clause needs to lead instead.
SHARE = 0.5


def sentence_text(sheet: FactSheet, clause: Clause) -> str:
    return " ".join(c.text for c in sheet.clauses if c.sentence == clause.sentence)


def fallback(sheet: FactSheet, clause: Clause) -> bool:
    """Whether `clause` (or its sentence) offers what stays for those who cannot use the main way."""
    return bool(_FALLBACK.search(sentence_text(sheet, clause)))


def main_way(sheet: FactSheet, lead: Clause | None, fit: list[Clause]) -> Clause | None:
    """The clause of `fit` that leads instead of a fallback `lead`: the one that gives the most outside any
    fallback sentence, when it gives at least half as much; `lead` otherwise."""
    if lead is None or sheet.kind not in (DraftKind.SERVICE, DraftKind.EVENT) or not fallback(sheet, lead):
        return lead
    others = [c for c in fit if c.sentence != lead.sentence and not fallback(sheet, c)
              and c.benefit >= SHARE * lead.benefit]
    return max(others, key=lambda c: (c.benefit, -c.start)) if others else lead
