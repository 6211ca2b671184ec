"""What a post says, planned from the fact sheet before any platform shapes it.

The plan is the editor's notes: the lead (what citizens get, `sheet.lead`, not the draft's first
sentence), a short hook, the labelled fact lines (bot/offline/post_lines.py), the context a fuller post
may add, who said it, and the one call to action the facts ask for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.core.reading import DraftKind, FactSheet, Slot
from bot.core.reading.key_check import kept, key_slot_order
from bot.offline.fact_line import FactLine
from bot.offline.post_action import call_to_action
from bot.offline.post_asks import asked_lead, find_asks, later_asks, with_asks, without_asks
from bot.offline.post_claim import claim_first, reported, rumoured, told_rumour
from bot.offline.post_context import asks_citizens, opinion, repeats_lines, unfit_context
from bot.offline.post_exclusions import EXCLUDED_MARK, exclusion_lines
from bot.offline.post_hook import headline
from bot.offline.post_lead import (
    appeal_ask,
    framed,
    lead_clause,
    readable,
    what_happened,
    with_head,
)
from bot.offline.post_lines import fact_lines
from bot.offline.post_plain import plain_lead
from bot.offline.post_repeats import asks_after_lead, framed_ask, without_repeats
from bot.offline.post_report import COMPLAINT_LABEL, REPORT_LABEL
from bot.offline.post_request import requested, source
from bot.offline.post_route import route_line
from bot.offline.post_rows import shown_tables, with_rows, without_tables
from bot.offline.post_schedule import sentence_of
from bot.offline.post_status import STATUS_MARK, status_line
from bot.offline.post_subjects import with_subjects
from bot.offline.post_tail import with_list
from bot.offline.post_text import clean_span, sentence, words_of
from bot.offline.sentence_edit import name_reference

#: A clarification's verdict on the rumour ("... dipastikan tidak benar"): the post must say it.
_VERDICT = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|palsu|disinformasi|keliru|tidak\s+berdasar|"
                      r"^tidak\s+ada)\b", re.I)
VERDICT_WEIGHT = 10.0
#: Lines that carry a slot but are no line of it (bot/offline/post_exclusions.py, post_status.py).
_SIDE_MARKS = (EXCLUDED_MARK, STATUS_MARK)
#: An official speaking: context only when the sentence carries a fact of the sheet.
_SPEECH = re.compile(r"\b(?:menyampaikan|mengatakan|menegaskan|berharap|mengharapkan|mengajak|berpesan|"
                     r"menjelaskan|mengungkapkan|menuturkan|menambahkan|sambutan\w*)\b", re.I)


@dataclass(frozen=True)
class PostPlan:
    sheet: FactSheet
    lead: str
    hook: str = ""
    lines: tuple[FactLine, ...] = ()
    context: tuple[str, ...] = ()
    attribution: str = ""
    #: attend | register | report | alert | share
    action: str = "share"
    #: Ceremonial clauses left out and titles of honour dropped (for the warnings).
    notes: dict[str, int] = field(default_factory=dict)

    def line(self, slot: Slot) -> FactLine | None:
        """The slot's own line: never a line of what is not served or of a warning's level."""
        return next((line for line in self.lines if line.slot == slot and line.mark not in _SIDE_MARKS), None)

    def key_lines(self) -> list[FactLine]:
        """Lines of the key slots (when, where, cost, how; a clarification's how first)."""
        return [line for slot in key_slot_order(self.sheet) if (line := self.line(slot)) is not None]


def _sentence_text(sheet: FactSheet, index: int) -> str:
    """The content of sentence `index`: the whole sentence when nothing in it is ceremony, else its
    content clauses joined from the first that opens a statement (a clause that began after removed
    ceremony, "nyaman dan terjangkau ...", is a fragment)."""
    clauses = [c for c in sheet.clauses if c.sentence == index]
    content = [c for c in clauses if not c.ceremonial]
    if not content:
        return ""
    if len(content) == len(clauses):
        return sheet.draft[content[0].start : content[-1].end]
    opening = next((i for i, c in enumerate(content) if c.text[:1].isupper() and words_of(c.text) >= 3), 0)
    return ", ".join(c.text for c in content[opening:] if words_of(c.text) >= 2)


def _lead(sheet: FactSheet) -> tuple[str, int]:
    """The lead sentence and its sentence index: the sheet's lead (outside a quotation, plain and
    whole: bot/offline/post_lead.py), or (no benefit) the first readable content after the headline."""
    clause = lead_clause(sheet)
    if clause is not None and (ask := appeal_ask(sheet, clause)) is not None:
        return ask  # an appeal leads with what it asks of citizens, not with the help beside it
    if clause is not None:
        text, start = with_head(sheet, clause)
        text = with_list(sheet.draft, start + len(text), text)  # "... GRATIS buat:" + its list lines
        return plain_lead(sheet, sentence(name_reference(sheet, text, start))), clause.sentence
    if sheet.kind != DraftKind.CLARIFICATION and (told := what_happened(sheet)) is not None:
        return told  # a clarification's what is the rumour it answers
    title_sentence = 0 if sheet.title else -1
    for index in sorted({c.sentence for c in sheet.content()}):
        text = _sentence_text(sheet, index)
        retold = any(rumoured(sheet, c.start) for c in sheet.clauses if c.sentence == index)  # the scam's words
        if index != title_sentence and readable(clean_span(text)) and not framed(text) and not retold:
            return sentence(text), index
    return sentence(sheet.title or sheet.draft[:200]), 0


#: A speaker's name opening a line of a script or a transcript ("DADAN: ", "TETEH: ", "Penyiar: ").
_SPEAKER = re.compile(r"^(?:[A-Z][A-Z'.]{1,20}(?:\s[A-Z][A-Z'.]{1,20})?|Penyiar|Narasumber|Host|MC)\s*:\s+")
#: A consequence said of the sentence before ("Dengan begitu, para pelajar ..."): in a post the sentence before is gone.
_SO = re.compile(r"^(?:dengan\s+(?:begitu|demikian)|oleh\s+karena\s+itu|karena\s+itu|untuk\s+itu)\s*,?\s+(?=\w)", re.I)

#: A notice's announcing frame ("Bersama ini disampaikan kepada seluruh Kepala Desa ... bahwa"): its content follows.
_ANNOUNCED = re.compile(r"^(?:(?:bersama|dengan)\s+ini\s+)?(?:diberitahukan|diumumkan|disampaikan|diinformasikan)\s+"
                        r"kepada\s+[^.;:]{3,200}?\bbahwa\s+(?=\w)", re.I)


def _context(sheet: FactSheet, lead_index: int, lead: str, lines: tuple[FactLine, ...]) -> tuple[str, ...]:
    """Other content sentences worth a fuller post, most useful first; none that repeats the lead."""
    title_sentence = 0 if sheet.title else -1
    shown = {line.slot for line in lines}
    said = "\n".join(line.value for line in lines)  # a number the how line gives needs no contact line
    scored: list[tuple[float, int, str]] = []
    rumours = {c.sentence for c in sheet.clauses if reported(sheet, c)}  # never told as if true
    for index in sorted({c.sentence for c in sheet.content()}):
        if index in (lead_index, title_sentence) or index in rumours:
            continue
        text = sentence(told_rumour(sheet, index) or requested(sheet, index, _sentence_text(sheet, index)))
        text = _SPEAKER.sub("", text)  # a script's speaker ("DADAN: Yang balita di posyandu ...") is no part of it
        bare = _ANNOUNCED.sub("", _SO.sub("", text))  # "Dengan begitu, ...": the sentence it follows is not shown
        text = bare[:1].upper() + bare[1:] if bare != text else text
        if not readable(text) or text.lower() in lead.lower() or repeats_lines(text, said):
            continue
        facts = [f for f in sheet.facts if f.slot not in (Slot.WHAT, Slot.BENEFIT, Slot.ATTRIBUTION)
                 and sentence_of(sheet, f) == index]
        verdict = sheet.kind == DraftKind.CLARIFICATION and bool(_VERDICT.search(text)) or asks_citizens(sheet, text)
        if not verdict and (any(f.slot in (Slot.WHEN, Slot.WHERE) and f.slot in shown for f in facts) or (
                facts and all(f.slot in shown or kept(f, said) for f in facts))):
            continue  # the fact lines already say it, better
        spoken = _SPEECH.search(text) or opinion(sheet, index)  # a view shown alone reads as the office's claim
        if unfit_context(sheet, index, text, bool(facts)) or spoken and not facts:
            continue
        benefit = sum(c.benefit for c in sheet.content() if c.sentence == index) + len(facts)
        benefit += VERDICT_WEIGHT if verdict else 0.0
        scored.append((benefit, index, text))
    best = sorted(scored, key=lambda s: (-s[0], s[1]))[:4]
    # draft order, but a verdict or what citizens are asked to do first: a short post shows one context line
    return tuple(text for _, _, text in sorted(best, key=lambda s: (s[0] < VERDICT_WEIGHT, s[1])))


def _action(sheet: FactSheet, lines: tuple[FactLine, ...], lead: str) -> str:
    """The call to action; a report kept for a situation ("Lapor bila sampah numpuk ...") is a fallback,
    no action a service asks of everyone (a warning's report still is); a complaint channel never is one."""
    warning = sheet.kind in (DraftKind.APPEAL, DraftKind.EMERGENCY)
    how_lines = [line.value if not line.mark else f"{line.label} {line.value}" for line in lines
                 if line.slot == Slot.HOW and line.label != COMPLAINT_LABEL
                 and (not line.mark or line.label == REPORT_LABEL or warning)]
    slots = {line.slot for line in lines}
    steps = " ".join(line.value for line in lines if line.slot == Slot.HOW).lower()
    placed = (Slot.WHERE in slots or any(line.slot == Slot.WHEN and line.label == "Jadwal" for line in lines)
              or any(f.text.lower() in steps for f in sheet.of(Slot.WHERE)))  # "Daftar ulang di Kantor UPTD X"
    return call_to_action(sheet, lead, how_lines, slots, placed)


def plan_post(sheet: FactSheet) -> PostPlan:
    lead, lead_index = _lead(sheet)
    tables = shown_tables(sheet)  # a table's rows make a line; the other lines are planned without them
    asks = find_asks(sheet)  # an appeal's list of asks: one list line, every ask whole
    if asks is not None and (framed_lead := asked_lead(lead, asks)) != lead:
        lead, asks = framed_lead, replace(asks, items=asks.items[1:]) if len(asks.items) > 2 else asks
    elif asks is not None:  # the lead is an ask of the list: the list says only what the lead does not
        lead = framed_ask(asks, lead)
        asks = asks_after_lead(asks, lead)
    more = later_asks(sheet, asks) if asks is not None else []
    planned = without_asks(sheet, asks) if asks is not None else sheet  # each fact under one label
    for extra in more:
        planned = without_asks(planned, extra)
    lines = with_rows(fact_lines(without_tables(planned, tables), lead), sheet, tables) if tables else fact_lines(
        planned, lead)
    for extra in reversed(more):  # each list line goes in before the one after it: the first list stays first
        lines = with_asks(sheet, lines, extra)
    lines = with_asks(sheet, lines, asks) if asks is not None else lines
    lines = without_repeats(with_subjects(sheet, lines, lead), lead)  # "Di mana (masker gratis)"; nothing twice
    if (status := status_line(sheet, "\n".join([lead, *(line.value for line in lines)]))) is not None:
        lines = (status, *lines)  # a warning's level first, beside the danger the lead tells
    if excluded := exclusion_lines(sheet, "\n".join([lead, *(line.value for line in lines)])):
        at = max((i + 1 for i, line in enumerate(lines) if line.slot in (Slot.WHEN, Slot.WHERE)), default=0)
        lines = (*lines[:at], *excluded, *lines[at:])  # what is not served, right after where and when to come
    if (route := route_line(sheet, "\n".join([lead, *(line.value for line in lines)]))) is not None:
        at = max((i + 1 for i, line in enumerate(lines) if line.slot in (Slot.WHEN, Slot.WHERE)), default=0)
        lines = (*lines[:at], route, *lines[at:])  # where the bus goes, beside when it runs
    attribution = source(sheet)
    dropped = sum(1 for c in sheet.clauses if c.ceremonial)
    context = _context(sheet, lead_index, lead, lines)
    hook, lead, context = claim_first(sheet, headline(sheet, lead), lead, context)
    action = _action(sheet, lines, lead)
    if asks is not None:  # the asks are what to do: carry them out, or stay alert in an emergency
        action = "alert" if action == "alert" or sheet.kind == DraftKind.EMERGENCY else "act"
    return PostPlan(
        sheet=sheet, lead=lead, hook=hook, lines=lines, context=context, attribution=attribution,
        action=action, notes={"ceremonial": dropped},
    )
