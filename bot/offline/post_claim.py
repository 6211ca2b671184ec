"""A clarification names the claim it corrects, with its label, before the fact (knowledge/12: "Judul
atau baris pertama: label dan fakta yang benar"). A clarification post whose lead only says the
fact ("Subsidi listrik ... tidak dicabut.") never tells the scrolling reader that the chain message
they saw is what is wrong. When the draft quotes the claim (in its headline or its text) and nothing
the post shows already gives the verdict, the hook becomes the claim under the draft's own label
("[HOAKS]" when the draft calls it a hoax, else "Cek fakta:"), and the lead says "Faktanya: ...".
"""

from __future__ import annotations

import re

from bot.core.reading import DraftKind, FactSheet
from bot.core.wording import lower_first

#: Words that give the verdict on a claim.
VERDICT = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|palsu|disinformasi|keliru|tidak\s+berdasar)\b", re.I)
_HOAX_WORD = re.compile(r"\b(?:hoaks|hoax)\b", re.I)
#: A quoted claim: four words or more between quotation marks.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{15,110})[\"”]")
FACT_PREFIX = "Faktanya: "


def named_claim(sheet: FactSheet) -> str:
    """The claim a clarification quotes, headline first, as written; "" when it quotes none."""
    for text in (sheet.title, sheet.draft):
        for m in _QUOTED.finditer(text):
            claim = m.group(1).strip(" .,")
            if len(claim.split()) >= 4 and not VERDICT.search(claim):
                return f"\"{claim}\""
    return ""


def claim_first(sheet: FactSheet, hook: str, lead: str, context: tuple[str, ...]) -> tuple[str, str]:
    """The hook and lead of a clarification that names its claim; (hook, lead) unchanged otherwise."""
    if sheet.kind != DraftKind.CLARIFICATION or any(VERDICT.search(t) for t in (hook, lead, *context[:1])):
        return hook, lead
    claim = named_claim(sheet)
    if not claim:
        return hook, lead
    label = "[HOAKS]" if _HOAX_WORD.search(sheet.draft) else "Cek fakta:"
    return f"{label} {claim}", FACT_PREFIX + lower_first(lead)
