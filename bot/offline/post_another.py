"""A second offer beside the lead's: "hari itu juga dibuka perekaman KTP elektronik untuk anak-anak ... yang
sudah berumur tujuh belas tahun". Whom it is for is not whom the lead's offer is for: a thin lead is not
filled out with it, and the who line names the offer it belongs to ("Untuk siapa (perekaman KTP elektronik)")."""

from __future__ import annotations

import re

from bot.core.reading import Fact, FactSheet

#: A word that adds an offer to the one before ("juga dibuka", "selain itu").
_ADDED_OFFER = re.compile(r"\b(?:juga|pula|selain)\b", re.I)
#: Service nouns: the head of an offer's name ("pendaftaran" names a step, never an offer's name).
_SERVICES = ("perekaman|pelayanan|layanan|pemeriksaan|vaksinasi|imunisasi|pengobatan|pembuatan|penerbitan|"
             "pencetakan")
_SERVICE_WORD = re.compile(rf"\b(?:{_SERVICES}|pendaftaran)\b", re.I)
#: An offer's name: its service noun and the words up to whom it is for ("perekaman KTP elektronik | untuk").
_NAMED = re.compile(rf"\b(?:{_SERVICES})(?:\s+(?!untuk|bagi|di|ke|pada|dan|yang)[\w-]+){{1,3}}(?=\s+(?:untuk|bagi)\b)",
                    re.I)
#: Most characters of an offer's name in a label.
_NAME_CHARS = 40


def _said_before(sheet: FactSheet, fact: Fact) -> str:
    """The sentence of `fact` up to it."""
    start = max(sheet.draft.rfind(mark, 0, fact.start) for mark in ".!?\n") + 1
    return sheet.draft[start : fact.start]


def for_another(sheet: FactSheet, fact: Fact, lead: str) -> bool:
    """Whether the sentence of `fact` names an offer beside the lead's own."""
    said = _said_before(sheet, fact)
    return bool(_ADDED_OFFER.search(said)) or any(
        m.group(0).lower() not in lead.lower() for m in _SERVICE_WORD.finditer(said))


def another_offer(sheet: FactSheet, fact: Fact, lead: str) -> str:
    """The name of the second offer `fact` is said for, after a word that adds it and not in the lead; ""."""
    said = _said_before(sheet, fact)
    added = _ADDED_OFFER.search(said)
    if added is None:
        return ""
    named = [m.group(0) for m in _NAMED.finditer(said, added.end())]
    name = named[-1] if named else ""
    if not name or len(name) > _NAME_CHARS or name.lower() in lead.lower():
        return ""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def offer_label(sheet: FactSheet, label: str, facts: list[Fact], lead: str) -> str:
    """`label` with the second offer every fact of a who line is for ("Untuk siapa (perekaman KTP elektronik)")."""
    offers = {another_offer(sheet, fact, lead) for fact in facts}
    return f"{label} ({offers.pop()})" if len(offers) == 1 and "" not in offers else label
