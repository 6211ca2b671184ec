"""Whether a context draft addresses the claim a citizen makes, before its facts correct the claim.

A clarification of one rumour is no answer to another on the same topic: "air PDAM tercampur racun tikus"
is not corrected by a denial that the water carries bacteria, "Merapi mau meletus" not by the eruption
report of another volcano, "vaksin bikin mandul" not by a note that vaccination is free. Two marks of the
claim must be found in the draft: the harm it alleges (a health or safety word of the triage's
`HEALTH_SAFETY` family, matched by stem) and the named thing it is about (a mountain, a dam, a bridge, a
village named after its head noun). Without them the reply says the claim will be checked and points to the
official source; it never cites a clarification of a different claim.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.classify import normalize_comment
from bot.core.triage_rules import HEALTH_SAFETY
from bot.offline.answer_find import stems

#: A named thing: the head noun of a place or a structure, then its name ("gunung dempo", "bendungan batu tegi").
_NAMED = re.compile(r"\b(?:gunung|gn|bendungan|waduk|jembatan|sungai|danau|pantai|desa|dusun|kampung|kecamatan|"
                    r"kabupaten|kota|kelurahan|pasar|warga)\s+([a-z][a-z'-]{2,})\b")


def harm_stems(comment: str) -> set[str]:
    """The stems of the health or safety harm the comment alleges ("racun", "mandul", "meletus")."""
    return {lexicon.stem(m.group(0).lower()) for m in HEALTH_SAFETY.finditer(normalize_comment(comment))}


def named_things(comment: str) -> set[str]:
    """Names the comment gives to a place or a structure, lower case; ordinary words ("jembatan baru") are none."""
    return {m.group(1) for m in _NAMED.finditer(normalize_comment(comment)) if not lexicon.is_ordinary_word(m.group(1))}


def addresses_claim(comment: str, draft: str) -> bool:
    """The draft speaks of the harm and of the named thing the comment's claim is about (each when it has one)."""
    held = stems(draft) | {lexicon.stem(w.lower()) for w in lexicon.words(draft)}
    low = draft.lower()
    if any(h not in held for h in harm_stems(comment)):
        return False
    return all(re.search(rf"\b{re.escape(name)}\b", low) for name in named_things(comment))
