"""A hoax reply without a language model: the claim corrected with the context draft's own facts.

The draft's lines that answer the claim (and what the comment asks beside it, and the fee when the rumour names
money) are given with who says so; a line that retells the rumour or a forwarded message is never pasted. When
no line answers and the draft is a clarification of the same matter, its truth (the lead stated after the
denial) corrects the claim rather than "sedang kami cek". A claim about an official's conduct is neither
confirmed nor denied without a fact of the draft: it is said to be passed on for verification, with the draft's
channel for such reports when it has one. A draft that clarifies another claim (`hoax_match`: not the harm or
the named place the citizen speaks of) is not cited at all: the claim is said to be checked.
"""

from __future__ import annotations

import re

from bot.core import lexicon_data
from bot.core.models import ReplyRequest, Tone
from bot.core.reading import DraftKind, FactSheet, Slot
from bot.offline.answer import answer_parts
from bot.offline.answer_cues import CLAIM_CUE
from bot.offline.answer_find import stems
from bot.offline.answer_text import plain, sentences_of
from bot.offline.asked import asks, question_parts
from bot.offline.complaint import levy_channel, official_source
from bot.offline.hoax_match import addresses_claim
from bot.offline.reply_channel import MONEY, about_an_official, from_rumour, retells_rumour, without_rumours
from bot.offline.reply_templates import (
    HOAX,
    HOAX_ESCALATED,
    HOAX_EVIDENCE,
    HOAX_FACT,
    HOAX_OFFICIAL,
    HOAX_PASSED_ON,
    HOAX_SHARE,
    HOAX_SOURCE,
)

#: The commenter already acted on the rumour ("udh sy isi NIK", "terlanjur transfer"): the draft's advice to
#: those who did is what they need first.
_ACTED = re.compile(r"\b(?:udh|udah|sudah|sdh|dah|terlanjur|telanjur|keburu)\s+(?:\w+\s+){0,2}?(?:isi|ngisi|mengisi|"
                    r"diisi|transfer|tf|kirim|ngirim|bayar|klik|kasih|setor)\w*\b", re.I)
_VICTIM = re.compile(r"\b(?:terlanjur|telanjur|sudah\s+menjadi\s+korban|menjadi\s+korban|yang\s+sudah\s+"
                     r"(?:mengisi|mentransfer|membayar|mengirim))\b", re.I)
#: An opener alone ("Kabar itu tidak benar, Kak."): no fact yet.
_OPENER_ONLY = re.compile(r"^(?:Kabar itu tidak benar|Gratis|Tidak dipungut biaya)[^.]*\.$")
_DENIED = re.compile(r"\b(?:tidak\s+benar|hoaks|keliru|palsu|bohong)\b", re.I)
#: A quote's frame: a sentence that only says who spoke.
_SPEECH = re.compile(r"^\W*(?:kata|ujar|ucap|tegas)\b", re.I)
_COMMON = frozenset({"warga", "admin", "kabar", "info", "informasi", "grup", "benar", "resmi", "katanya"})


def _claim_lines(request: ReplyRequest, sheet: FactSheet) -> list[str]:
    comment = request.comment
    # what the comment asks beside the claim, when it asks at all: a claim told is no question of who may come
    asked = [(text, slot) for text, slots in (question_parts(comment) if asks(comment) else [])
             for slot in slots if slot != "claim"]
    if MONEY.search(comment) and sheet.first(Slot.COST) is not None and all(s != "cost" for _, s in asked):
        asked.append((comment, "cost"))
    lines = answer_parts([(comment, "claim"), *asked][:3], sheet, request.tone)[0]
    if not asked:
        lines = [line for line in lines if about_the_claim(comment, line, sheet.draft)]
    kept = [line for line in (without_rumours(line) for line in lines) if line and not from_rumour(line, sheet.draft)]
    facts = [line for line in kept if not _OPENER_ONLY.match(line)]
    if _ACTED.search(comment):
        advice = [plain(s, sheet) for _, s in sentences_of(sheet.draft) if _VICTIM.search(s)][:1]
        facts = [*facts[:1], *(f"{a[:1].upper()}{a[1:]}." for a in advice), *facts[1:]]
    return facts


def about_the_claim(comment: str, line: str, draft: str) -> bool:
    """Whether `line` shares with the comment a word beyond the draft's subject: a word in a quarter of the draft's
    sentences (at least three; "PLN" in a PLN notice) names what the whole draft is about, so a line sharing only
    it says nothing about what the rumour claims ("padam 3 hari" is not answered by "petugas PLN tidak meminta
    uang")."""
    shared = (stems(comment) & stems(line)) - _COMMON - lexicon_data.FUNCTION_WORDS
    if not shared:
        return False
    sentences = [stems(s) for _, s in sentences_of(draft)]
    floor = max(3, len(sentences) // 4)
    return any(sum(1 for words in sentences if stem in words) < floor for stem in shared)


def _opening(comment: str, tone: Tone) -> list[str]:
    """The holding replies: thanks for asking only when the comment asks; a rumour passed on as a warning
    ("waspada bun") is thanked for the care, said to be checked and asked not to be spread."""
    replies = list(HOAX[tone])
    return replies if asks(comment) else [HOAX_PASSED_ON[tone], *replies[1:]]


def _truth_of_clarification(comment: str, sheet: FactSheet) -> str:
    """The clarification's truth when the comment is about its matter (a word beyond the common ones in the
    draft's opening), else "": its lead when the lead states a truth, else the first sentence after the denial."""
    if sheet.kind != DraftKind.CLARIFICATION:
        return ""
    if not (stems(comment) - _COMMON - lexicon_data.FUNCTION_WORDS) & stems(sheet.draft[:800]):
        return ""
    truth = ""
    if sheet.lead is not None and CLAIM_CUE.search(sheet.lead.text) and not retells_rumour(sheet.lead.text):
        truth = sheet.lead.text
    else:
        sentences = [s for _, s in sentences_of(sheet.draft)]
        denial = next((i for i, s in enumerate(sentences) if _DENIED.search(s)), None)
        after = [] if denial is None else [s for s in sentences[denial + 1:] if len(s.split()) >= 5
                                            and not retells_rumour(s) and not _SPEECH.search(s)]
        truth = after[0] if after else ""
    if not truth:
        return ""
    truth = plain(truth, sheet)
    return f"Faktanya: {truth[:1].upper()}{truth[1:]}."


def hoax_reply(request: ReplyRequest, sheet: FactSheet | None, escalate: bool) -> list[str]:
    """The claim corrected with the draft's own facts and who says so; escalation said in plain words."""
    tone = request.tone
    replies = _opening(request.comment, tone)
    official = about_an_official(request.comment)
    if sheet is not None and not addresses_claim(request.comment, sheet.draft):
        sheet = None  # a clarification of another claim: checked, never cited (`hoax_match`)
    if sheet is None:
        return [HOAX_OFFICIAL[tone], *replies][:3] if official else replies
    lines = _claim_lines(request, sheet)
    truth = "" if lines or official else _truth_of_clarification(request.comment, sheet)
    if not lines and truth:
        lines = [truth]
    way = levy_channel(sheet) if official else ""
    if not lines:
        if not official:
            return replies
        first = HOAX_OFFICIAL[tone] + (f" {HOAX_EVIDENCE[tone].format(way=way)}" if way else "")
        return [first, *replies][:3]
    parts = [HOAX_FACT[tone].format(fact=" ".join(lines))]
    source = official_source(sheet)
    if source and source not in parts[0]:
        parts.append(HOAX_SOURCE[tone].format(source=source))
    if way:
        parts.append(HOAX_EVIDENCE[tone].format(way=way))
    if escalate:
        parts.append(HOAX_ESCALATED[tone])
    parts.append(HOAX_SHARE[tone])
    return [" ".join(parts), *replies][:3]
