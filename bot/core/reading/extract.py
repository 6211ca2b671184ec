"""`read_draft`: the fact sheet of a press draft (bot/core/reading/sheet.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core import lexicon
from bot.core.reading.acronyms import find_acronyms
from bot.core.reading.asked_acts import asked_acts
from bot.core.reading.background import background_aside
from bot.core.reading.benefit import fallback_lead, market_price, offers_citizens
from bot.core.reading.clauses import split_clauses
from bot.core.reading.figures import counts_places, headline_end
from bot.core.reading.kind import draft_kind, opening_end
from bot.core.reading.layer import Reading, ReadingLayer
from bot.core.reading.lead import LEAD_FLOOR, choose_lead, weigh
from bot.core.reading.lead_lines import header_lines
from bot.core.reading.lead_shape import with_object, without_organiser
from bot.core.reading.lead_trim import without_frame, without_setting
from bot.core.reading.masthead import masthead_facts_aside, masthead_quiet
from bot.core.reading.meeting import set_meetings_aside
from bot.core.reading.needs import in_needs, needs_aside
from bot.core.reading.occasion import set_occasion_aside
from bot.core.reading.offer_figures import offer_figures
from bot.core.reading.offer_list import listed_offers
from bot.core.reading.official_acts import set_acts_aside, set_press_days_aside
from bot.core.reading.places import in_meeting_room
from bot.core.reading.row_facts import with_row_facts
from bot.core.reading.rows import read_tables
from bot.core.reading.rumour import rumour_and_truth, rumour_aside
from bot.core.reading.sheet import Clause, DraftKind, Fact, FactSheet, Slot
from bot.core.reading.slots import find_facts
from bot.core.reading.spans import span_fact
from bot.core.reading.time_roles import typed
from bot.core.reading.transcript import askers_facts_aside, askers_quiet
from bot.core.reading.what import (
    find_benefit,
    find_what,
    staged_what,
    subject_line_what,
    title_what,
    what_of_lead,
)
from bot.core.reading.what_kinds import claim_what, hazard_what
from bot.core.reading.who import everybody

MAX_SENTENCES = 80
#: A meeting draft that still gives citizens this much (a free service announced beside a visit)
#: is about what it gives.
STRONG_LEAD = 3.5
#: Facts that only a draft offering citizens something has: who may come, how, at what cost, what to bring.
#: A meeting report that gives them is about what it offers, however ceremonial its opening.
_FOR_CITIZENS = frozenset({Slot.COST, Slot.WHO, Slot.HOW, Slot.REQUIREMENTS, Slot.QUOTA})
#: Drafts whose counts of areas are results: an achievement, a disaster's reach, a meeting's scope.
_REPORTS = frozenset({DraftKind.ACHIEVEMENT, DraftKind.EMERGENCY, DraftKind.MEETING})
#: Kinds that offer citizens something: a list of asks does not lead them.
_OFFERS = frozenset({DraftKind.EVENT, DraftKind.SERVICE, DraftKind.ACHIEVEMENT})
OFFICE_QUESTIONS = (
    "Apa yang berubah atau didapat warga dari kegiatan ini?",
    "Kapan dan di mana warga bisa merasakannya?",
    "Siapa yang bisa ikut atau mendapat manfaat, dan bagaimana caranya?",
)
def _named_again(what: Fact, clauses: list[Clause]) -> bool:
    """The what's first word (a noun of four letters or more) opens a clause of content elsewhere."""
    head = what.text.split()[0].lower() if what.text.split() else ""
    return len(head) >= 4 and any(not c.ceremonial and not c.start <= what.start < c.end
                                  and c.text.lower().startswith(head) for c in clauses)


#: How far after a meeting's room its day may follow ("... di Aula Setda, Selasa (25/11/2025).").
MEETING_DAY_GAP = 4
#: ... and closes the sentence: a day the sentence goes on from ("..., Senin (16/6/2025), mengajak ...") is kept.
_CLOSES = re.compile(r"\)?\s*(?:[.!?\n]|$)")


def _meeting_aside(text: str, clauses: list[Clause], facts: list[Fact]) -> tuple[list[Clause], list[Fact]]:
    """The room a meeting or a report was held in, and the day right after it, are no place and no time for
    citizens (outside a meeting report: there they are the meeting's own); the sentence that says where a
    report was given ("Capaian itu dipaparkan ... dalam rapat ... di Aula X, Senin (15/12)") is ceremony."""
    rooms = [f for f in facts if f.slot == Slot.WHERE and in_meeting_room(text, f.start)]
    days = [f for f in facts if f.slot == Slot.WHEN
            and any(0 <= f.start - r.end <= MEETING_DAY_GAP and text[r.end : f.start].strip(" ,") == "" for r in rooms)
            and _CLOSES.match(text, f.end)]
    held = {c.sentence for c in clauses for r in rooms if c.start <= r.start < c.end}
    kept = [f for f in facts if f not in rooms and f not in days]
    said = {c.sentence for c in clauses for f in kept
            if f.slot not in (Slot.ATTRIBUTION, Slot.WHAT, Slot.BENEFIT) and c.start <= f.start < c.end}
    aside = held - said  # a sentence that says nothing else than where and when a report was given
    return [replace(c, ceremonial=True) if c.sentence in aside else c for c in clauses], kept


def _not_the_name(benefits: list[Fact], whats: list[Fact]) -> list[Fact]:
    """The benefit without a value that only names the thing (the lead read as the what: "pendataan calon penerima
    bantuan bedah rumah"): the benefit says who gets what, the what says it already."""
    return [b for b in benefits if not any(w.start == b.start and w.end == b.end for w in whats)]


def _lead_audience(text: str, lead: Clause | None, facts: list[Fact]) -> list[Fact]:
    """Everybody, when the lead offers its benefit to everybody: the audience of the whole draft."""
    span = everybody(text, lead.start, lead.end) if lead else None
    if span is None or any(f.slot == Slot.WHO and f.start < span[1] and span[0] < f.end for f in facts):
        return []
    return [span_fact(Slot.WHO, text, *span)]


def _overlaps(fact: Fact, others: list[Fact]) -> bool:
    return any(fact.start < o.end and o.start < fact.end for o in others)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the draft's sentences, in order (as every reader of the draft splits them)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in lexicon.split_sentences(text)[:MAX_SENTENCES]:
        at = text.find(sentence, cursor)
        if at < 0:
            continue
        spans.append((at, at + len(sentence)))
        cursor = at + len(sentence)
    return spans


#: A greeting on the first line ("Sugeng enjing Bapak Ibu warga ...", "Halo Warga Tangsel!"): no headline.
_GREETING = re.compile(r"^\W*(?:sugeng\s+\w+|selamat\s+(?:pagi|siang|sore|malam)|met\s+pagi|halo|hallo|hai|"
                       r"assalamu'?alaikum|salam\b|om\s+swastiastu|horas|punten|wilujeng\s+\w+|tabik|"
                       r"kepada\s+yth|yth\b)", re.I)


def _title(text: str, sentences: list[tuple[int, int]]) -> str:
    if not sentences:
        return ""
    first = text[sentences[0][0] : sentences[0][1]]
    if _GREETING.match(first) or first.lstrip()[:1] in "[(":  # "[Transkrip siaran ...]": an editor's note
        return ""
    return first if "\n" in text[sentences[0][1] : sentences[0][1] + 2] and first[-1:] not in ".!?" else ""


_QUOTES = "\"“”'‘"


def _lead_paragraph(text: str, title: str, lead: Clause | None, clauses: list[Clause]) -> str:
    """The paragraph of a lead that stands two paragraphs or more after an opening that gives citizens nothing
    (a quote, background, a ceremony): an editor reads the kind there too. Empty when the opening itself
    gives something or the lead follows it closely."""
    opening = opening_end(text, title)
    quoted = text[len(title) :].lstrip()[:1] in _QUOTES  # a quote-first news lead: the quote says no kind
    if (lead is None or (quoted and lead.start < opening)
            or (not quoted and "\n\n" not in text[opening : lead.start].strip())
            or any(c.benefit >= LEAD_FLOOR for c in clauses if len(title) <= c.start < opening)):
        return ""
    start = text.rfind("\n\n", 0, lead.start)
    end = text.find("\n\n", lead.end)
    return text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]


@lru_cache(maxsize=64)
def read_draft(draft: str) -> FactSheet:
    """The fact sheet of `draft`: its facts as spans, its clauses, its lead and its kind (cached: the
    service, the engine and the checks of one request all read the same draft). The shipped reading model,
    when it loads, corrects the rules' lead and kind; without it the rules alone decide."""
    from bot.core.reading.reading_model import shipped_model  # loads numpy weights: only when first read

    return read_with(draft, shipped_model())


def _weighed(text: str, clauses: list[Clause], facts: list[Fact], sentences: list[tuple[int, int]],
             kind: DraftKind, title: str, layer: ReadingLayer | None
             ) -> tuple[list[Clause], list[Fact], list[Fact], Clause | None]:
    """The clauses weighed for `kind`, the facts left once meetings and asides are set apart, a meeting's own
    day and place, and the lead."""
    clauses = askers_quiet(text, weigh(text, clauses, sentences, kind, title))  # a masthead's clauses weigh nothing
    if kind not in (DraftKind.ACHIEVEMENT, DraftKind.CLARIFICATION):  # a report's past figures are its news; a
        clauses = background_aside(text, clauses)  # clarification's old date is its evidence ("diunggah sejak 2023")
    found = facts
    clauses, facts = set_meetings_aside(clauses, facts, sentences)
    # a draft that is only a meeting keeps the meeting's own day and place, whatever other date it names
    meeting_own = [f for f in found if f.slot in (Slot.WHEN, Slot.WHERE) and f not in facts]
    if kind != DraftKind.MEETING:
        clauses, facts = _meeting_aside(text, clauses, facts)
    if kind not in _REPORTS:  # "di delapan desa" says a service's reach; a report counts it as a result
        facts = [f for f in facts if f.slot != Slot.FIGURES or not counts_places(f.text)]
    if kind in (DraftKind.EVENT, DraftKind.SERVICE):
        facts = offer_figures(text, facts)
    lead = choose_lead(clauses)
    if layer is not None:
        lead = layer.choose_lead(Reading(text, title, tuple(sentences), tuple(clauses), tuple(facts), kind, lead))
    return clauses, facts, meeting_own, lead


def read_with(draft: str, layer: ReadingLayer | None) -> FactSheet:
    """`read_draft` with `layer` (None: the rules alone), uncached."""
    text = lexicon.clean_markup(draft)
    sentences = sentence_spans(text)
    clauses = masthead_quiet(text, split_clauses(text, sentences))
    facts = masthead_facts_aside(text, find_facts(text, sentences))
    title = _title(text, sentences)
    kind = draft_kind(text, title)
    split, found = clauses, facts
    clauses, facts, meeting_own, lead = _weighed(text, split, found, sentences, kind, title, layer)
    first_kind = kind
    offers = offers_citizens(text, facts, clauses)
    if lead is None and offers:  # what the facts give citizens, in words no clause weighed enough
        told = rumour_and_truth(text, sentences)[0] if kind == DraftKind.CLARIFICATION else set()
        lead = fallback_lead(text, clauses, facts, max(header_lines(text, sentences), 1 if title else 0),
                             frozenset(told))
    focus = _lead_paragraph(text, title, lead, clauses)
    if lead is None:
        kind = draft_kind(text, title, gives_citizens=False)
    elif kind == DraftKind.MEETING:
        kind = draft_kind(text, title, meeting=False, focus=focus) if lead.benefit >= STRONG_LEAD else kind
    elif focus:
        refocused = draft_kind(text, title, focus=focus)
        # an emergency's own instructions further down (a closure, a detour) do not make it an appeal
        if not (kind == DraftKind.EMERGENCY and refocused == DraftKind.APPEAL):
            kind = refocused
    if layer is not None:
        learned = layer.choose_kind(Reading(text, title, tuple(sentences), tuple(clauses), tuple(facts), first_kind,
                                            lead), kind)
        # the rules' meeting with no lead at all stands: it gives citizens nothing to attend, use or do
        if not (kind == DraftKind.MEETING and lead is None):
            kind = learned
    if first_kind == DraftKind.APPEAL and kind in _OFFERS and lead is not None:
        # weighed as an appeal, its listed asks led ("✅ Wajib bawa fotokopi KK" of a cheap market): weigh again,
        # keeping the first weighing when the second finds no lead
        again = _weighed(text, split, found, sentences, kind, title, layer)
        if again[3] is not None:
            clauses, facts, meeting_own, lead = again
    lead = without_setting(without_frame(without_organiser(with_object(text, lead, clauses))), facts, text, kind)
    benefit = lead is not None and (kind != DraftKind.MEETING or offers or any(
        f.slot in _FOR_CITIZENS and not market_price(text, f) for f in facts))
    if not benefit and kind == DraftKind.MEETING:
        facts += meeting_own
    whats = find_what(text, sentences, title, header_lines(text, sentences),
                      achievement=kind == DraftKind.ACHIEVEMENT) or subject_line_what(text)
    if benefit:  # what a ceremony thanks or opens is not what citizens get ("mensukseskan program X"), unless
        # the draft's content speaks of it again ("menyerahkan ... bibit kopi arabika", then "bibit dibagikan gratis")
        whats = [f for f in whats if not any(c.ceremonial and c.start <= f.start < c.end for c in clauses)
                 or _named_again(f, clauses)]
    whats = whats or title_what(title, text) or staged_what(text, sentences, header_lines(text, sentences))
    claims = claim_what(text) if kind == DraftKind.CLARIFICATION else []
    whats = claims + [f for f in whats if not _overlaps(f, claims)]
    reported = kind in (DraftKind.CLARIFICATION, DraftKind.ACHIEVEMENT)
    whats = whats or (what_of_lead(lead, names_act=not reported) if benefit else [])
    # an emergency's hazard when nothing else names the what (a what of the lead labels its posts: "bantuan beras")
    facts += whats or (hazard_what(text, title) if kind == DraftKind.EMERGENCY else [])
    if benefit:
        facts += _not_the_name(find_benefit(lead, clauses), whats) + _lead_audience(text, lead, facts)
        given = [g for g in facts if g.slot == Slot.BENEFIT]
        facts += [f for f in listed_offers(text) if not any(f.start < g.end and g.start < f.end for g in given)]
    clauses, facts = set_press_days_aside(text, clauses, set_occasion_aside(text, facts, clauses, kind), lead)
    facts = set_acts_aside(text, facts, sentences, kind)
    if kind == DraftKind.CLARIFICATION:
        facts = rumour_aside(text, sentences, facts)
    facts += asked_acts(text, headline_end(text), facts, kind)
    tables = tuple(t for t in read_tables(text) if not in_needs(text, t.start))  # donors' goods, no quota
    facts = typed(text, with_row_facts(text, tables, masthead_facts_aside(text, askers_facts_aside(text, facts))))
    facts = needs_aside(text, facts)
    return FactSheet(
        draft=text, kind=kind, facts=tuple(sorted(facts, key=lambda f: (f.start, f.slot))), clauses=tuple(clauses),
        lead=lead if benefit else None, citizen_benefit=benefit,
        office_questions=() if benefit else OFFICE_QUESTIONS, title=title, acronyms=find_acronyms(text),
        tables=tables,
    )
