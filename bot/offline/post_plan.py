"""What a post says, planned from the fact sheet before any platform shapes it.

The plan is the editor's notes: the lead (what citizens get, `sheet.lead`, not the draft's first
sentence), a short hook, the labelled fact lines (a government target under "Target", never under
"Kapan"; a deadline under "Batas waktu"; a whole list of places), the context a fuller post may add,
who said it, and the one call to action the facts ask for. Every value is a span of the draft
(`Fact.value`: the EYD date or the spelled-out acronym where the sheet gives one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.core.fact_check import check_facts
from bot.core.fact_scan import scan_facts
from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.core.reading.act_time import reference_date
from bot.core.reading.key_check import channel, kept, key_facts, key_slot_order
from bot.core.reading.key_facts import FREE
from bot.core.wording import capital, channel_of, lower_first, plain_fact
from bot.offline.fact_line import LINE_ORDER, FactLine
from bot.offline.post_action import call_to_action
from bot.offline.post_asks import asked_lead, find_asks, with_asks
from bot.offline.post_claim import claim_first, named_claim, reported, rumoured
from bot.offline.post_context import asks_citizens, opinion, repeats_lines, unfit_context
from bot.offline.post_costs import cost_values
from bot.offline.post_figures import achievement_figures
from bot.offline.post_hook import headline
from bot.offline.post_labels import (
    call_price,
    capacity,
    hazard,
    line_label,
    more_benefits,
    negated,
    paid,
    people_only,
    step_subjects,
    still_paid,
    whole_list,
    with_limit,
    with_measured,
    with_per,
    with_phone,
    with_recurrence,
    with_thing,
    with_until,
)
from bot.offline.post_launch import without_launch
from bot.offline.post_lead import framed, lead_clause, plain_lead, readable, what_happened, with_head
from bot.offline.post_places import (
    MORE_PLACES,
    distinct_places,
    first_places,
    place_groups,
    whole_names,
    with_address,
)
from bot.offline.post_prices import price_values
from bot.offline.post_report import (
    COMPLAINT_LABEL,
    REPORT_LABEL,
    REPORT_MARK,
    report_label,
    report_value,
    report_verb,
)
from bot.offline.post_request import requested, source
from bot.offline.post_rows import shown_tables, with_rows, without_tables
from bot.offline.post_schedule import schedule, sentence_of, short_schedules
from bot.offline.post_text import balance, clean_span, one_line, sentence, words_of
from bot.offline.post_times import (
    ESTIMATE_LABEL,
    channel_hours,
    estimates,
    joined_ranges,
    said_figures,
    said_times,
    step_times,
)
from bot.offline.sentence_edit import name_reference

#: Weekdays alone beside a dated range of weekdays ("Selasa sampai Sabtu, 13 ..."): a detail of that range.
_BARE_DAYS = re.compile(r"^(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)(?:\s*(?:,|dan|serta|sampai|hingga|–|-)"
                        r"\s*)?)+$", re.I)
_DATED_RANGE = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\s*(?:sampai|hingga|–|-)\s*\w+,?\s+\d")
#: A clarification's verdict on the rumour ("... dipastikan tidak benar"): the post must say it.
_VERDICT = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|palsu|disinformasi|keliru|tidak\s+berdasar|"
                      r"^tidak\s+ada)\b", re.I)
VERDICT_WEIGHT = 10.0
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
        return next((line for line in self.lines if line.slot == slot), None)

    def key_lines(self) -> list[FactLine]:
        """Lines of the key slots (when, where, cost, how; a clarification's how first)."""
        return [line for slot in key_slot_order(self.sheet) if (line := self.line(slot)) is not None]


def _display(fact: Fact) -> str:
    """The fact's wording for a post: its display form when that keeps the same dates and numbers."""
    value = clean_span(fact.value)
    if fact.display and not kept(fact, value):
        value = clean_span(fact.text)
    return balance(value)


def _values(facts: list[Fact], draft: str) -> list[tuple[str, Fact]]:
    """Each fact's wording once: a value another value already contains is left out, and so is one
    the draft does not support as written (a number cut by its span: "kuota 1" of "kuota 1.500")."""
    out: list[tuple[str, Fact]] = []
    for fact in facts:
        value = _display(fact)
        if not value or any(value.lower() in other.lower() for other, _ in out):
            continue
        if not check_facts(value, [draft]).ok:
            continue
        out = [(o, f) for o, f in out if o.lower() not in value.lower()]
        out.append((value, fact))
    return out


def fact_lines(sheet: FactSheet, lead: str = "") -> tuple[FactLine, ...]:
    """One labelled line per slot the sheet has, in `LINE_ORDER`, each with every value of its slot;
    where a slot also has facts outside the ceremony, the ones inside it (the meeting's own day and
    room) are left out. Facts only the ceremony carries ("dibuka ... di lapangan X pada Sabtu") stay. A
    figure the post's `lead` says already is not repeated."""
    lines: list[FactLine] = []
    later: list[FactLine] = []  # estimates, said after the other lines (a reopening day is no day to come)
    subjects = step_subjects(sheet)  # "Kendaraan roda dua ... dialihkan melalui ...": one how line, no who
    ceremonial = [c for c in sheet.clauses if c.ceremonial]
    stops = schedule(sheet)
    for slot in LINE_ORDER:
        warning = sheet.kind in (DraftKind.APPEAL, DraftKind.EMERGENCY)
        if slot == Slot.FIGURES and sheet.kind != DraftKind.ACHIEVEMENT and not warning:
            continue  # "3 ton" of stock or "9.800 warga belum rekam" is no achievement to show off
        facts = [f for f in key_facts(sheet, slot) if not rumoured(sheet, f.start)]
        if slot in (Slot.WHEN, Slot.DEADLINE):  # "KK yang diterbitkan paling lambat 1 Juli 2025": no day to act;
            facts = [f for f in facts if not reference_date(sheet, f) and not channel_hours(sheet, f)]  # "(WA, Senin)"
        if slot == Slot.FIGURES and warning:  # a warning shows how bad it is: "gelombang 2,5 hingga 4 meter"
            facts = [f for f in facts if hazard(sheet, f)]
        if slot == Slot.BENEFIT:  # an amount citizens get that the lead does not say ("uang saku Rp50.000 ...")
            facts = more_benefits(facts, "\n".join([lead, *(line.value for line in lines)]))
        if slot == Slot.QUOTA and sheet.kind != DraftKind.ACHIEVEMENT:  # "240 peserta": places on offer
            facts = facts + [f for f in key_facts(sheet, Slot.FIGURES) if capacity(sheet, f)]
        if slot != Slot.COST:  # "tidak melalui perantara" is no way to take part
            facts = [f for f in facts if not negated(sheet, f)]
        else:  # "112 (24 jam, gratis)": a free call, no free service
            facts = [f for f in facts if not call_price(sheet, f)]
        # A channel to use stays even when the ceremony carries it ("... mengecek di laman X").
        plain = [f for f in facts if not any(c.start <= f.start < c.end for c in ceremonial)
                 or (slot == Slot.HOW and channel(f))]
        facts = without_launch(sheet, slot, plain or facts)  # a launch's day and room are the ceremony's
        if slot == Slot.WHERE:
            facts = [f for f in facts if f not in stops.values()]
        values = _values(facts, sheet.draft)
        if slot not in (Slot.WHEN, Slot.COST):  # "Desa Semuntai" of "Desa Semuntai, Desa Lape ... ": the list
            values = [(whole_names(sheet.draft, f, v), f) for v, f in values]
        if slot == Slot.WHERE:
            values = [(with_address(sheet.draft, f, v), f) for v, f in values]
        if slot == Slot.WHEN and any(_DATED_RANGE.search(v) for v, _ in values):
            values = [(v, f) for v, f in values if not _BARE_DAYS.match(v)]  # "Kamis dan Jumat" of a dated range
        if slot == Slot.WHEN:  # a counter's opening time goes with its step ("datang ke loket mulai pukul 07.00")
            stepped = set(step_times(sheet, key_facts(sheet, Slot.HOW)).values())
            values = [(v, f) for v, f in values if f not in stepped] or values
            estimated = estimates(sheet, values) if len(values) > 1 else []
            values = [(v, f) for v, f in values if f not in {e for _, e in estimated}]
            values = said_times(sheet, joined_ranges(sheet, [(with_recurrence(sheet, f, with_until(sheet, f, v)), f)
                                                             for v, f in values]))
            later += [_line(sheet, Slot.TARGET, ESTIMATE_LABEL, estimated, [])] if estimated else []
        if slot == Slot.TARGET:  # a target an estimate line already gives
            values = [(v, f) for v, f in values if not kept(f, "\n".join(line.value for line in later))]
        if slot == Slot.HOW:  # "Disampaikan ... hal-hal berikut" announces steps; "ambil ... sonde bayar" is a cost
            fees = [c.text.lower() for c in key_facts(sheet, Slot.COST)]
            values = [(v, f) for v, f in values
                      if not framed(v) and (channel(f) or not any(fee in v.lower() for fee in fees))]
            values = [(clean_span(sheet.draft[subjects[f].start : f.end]) if f in subjects else v, f)
                      for v, f in values]
            timed = step_times(sheet, [f for _, f in values])
            values = [(clean_span(sheet.draft[f.start : timed[f].end]) if f in timed else v, f) for v, f in values]
        if slot == Slot.FIGURES:
            measured = [(with_measured(sheet, f, v), f) for v, f in values]
            values = (achievement_figures(sheet, measured, lead) if sheet.kind == DraftKind.ACHIEVEMENT
                      else said_figures(sheet, measured, lead))
        if slot == Slot.WHEN and stops:
            places = {id(day): _display(place) for day, place in stops.items()}
            values = [(f"{v} di {places[id(f)]}" if id(f) in places else v, f) for v, f in values]
            values += [(_display(place), place) for place in stops.values()]
        if slot == Slot.COST and any(FREE.search(v) for v, _ in values):
            # free, and what citizens still pay ("cukup membayar Rp250.000 untuk patok"): both, or it misleads
            values = [next((v, f) for v, f in values if FREE.search(v)), *(
                (paid(sheet, f, with_limit(sheet, f, v)), f) for v, f in values if still_paid(sheet, f))]
        elif slot == Slot.COST:  # a price list whole, each item with its name
            values = price_values(sheet, values)
        if slot == Slot.COST:  # each value says what it is the price of
            values = cost_values(sheet, values)
        if slot == Slot.DEADLINE:  # "Batas waktu: sampai 31 Juli" under "Kapan: 1 Mei sampai 31 Juli": said once
            said = "\n".join(line.value for line in lines if line.slot == Slot.WHEN)
            values = [(v, f) for v, f in values if not (scan_facts(f.text) and kept(f, said))]
        if slot == Slot.CONTACT:  # a number the how line already gives is not said twice
            said = "\n".join(line.value for line in lines)
            values = [(v, f) for v, f in values if not kept(f, said)]
        if slot == Slot.QUOTA and line_label(sheet, slot, facts) == "Batas":
            values = [(with_per(sheet, f, with_limit(sheet, f, v)), f) for v, f in values]  # "... per KTP"
        elif slot == Slot.QUOTA:
            values = [(with_per(sheet, f, with_thing(sheet, f, v)), f) for v, f in values]
            caps = [(with_limit(sheet, f, v), f) for v, f in values if line_label(sheet, slot, [f]) == "Batas"]
            if caps:  # a stock and a cap per person are two things: "Kuota: 12 ton beras", "Batas: maksimal 2 ..."
                capped = [f for _, f in caps]
                lines.append(_line(sheet, slot, "", [(v, f) for v, f in values if f not in capped], facts))
                lines.append(_line(sheet, slot, "Batas", caps, [f for _, f in caps]))
                continue
        if slot == Slot.HOW:  # an act the lead already says is no step ("dapat mengajukan X"); a channel always is
            values = [(with_phone(sheet, f, v), f) for v, f in values
                      if channel(f) or f.text.lower().strip(" .") not in lead.lower()]
        if slot == Slot.REQUIREMENTS:
            values = [(whole_list(sheet, f, v), f) for v, f in values]
        if slot in (Slot.REQUIREMENTS, Slot.WHO):  # "bawa kartu pun tetap kami layani": a remark of a quote
            values = [(v, f) for v, f in values if not _FIRST_PERSON.search(v)] or values
        if slot == Slot.WHO:  # "Penerima yang sakit ... dapat diwakili oleh ...": who may send someone, no audience
            values = [(people_only(v), f) for v, f in values if f not in subjects.values()
                      and not _STAND_IN.match(sheet.draft, f.end)]
        values = [(one_line(v), f) for v, f in values]  # a value never runs into the list's next item
        reports = [(report_value(v), f) for v, f in values if slot == Slot.HOW and report_verb(sheet, f)]
        if reports:
            values = [(v, f) for v, f in values if not report_verb(sheet, f)]
            report = _line(sheet, slot, report_label(sheet, [f for _, f in reports]), reports, facts)
            lines += [_line(sheet, slot, "", values, facts)] if values else []
            number = channel_of(report.value) if sheet.kind == DraftKind.EMERGENCY else ""  # X: who is in danger
            lines.append(replace(report, mark=REPORT_MARK, brief=number))
            continue
        if not values:
            continue
        if slot == Slot.WHERE and not stops:
            said = " ".join(_display(f) for f in key_facts(sheet, Slot.HOW))
            lines += [_line(sheet, slot, label, group, facts) for label, group in place_groups(sheet, values, said)]
            continue
        joiner = ", " if slot == Slot.WHERE else "; "
        text = _shape(slot, joiner.join(v for v, _ in values))
        label = line_label(sheet, slot, facts)
        shown_values = [v for v, f in values if not (slot == Slot.WHEN and f in stops.values())]
        shorter = _shorter(slot, shown_values)
        if slot == Slot.WHEN and stops:
            label, text, shorter = "Jadwal", capital("; ".join(shown_values)), short_schedules(values, stops)
        if slot == Slot.WHERE and len(shown_values) == 1:
            shorter = first_places(text)
        lines.append(FactLine(slot, label, text, tuple(f for _, f in values), "", shorter))
    return tuple(lines + later)


def _line(sheet: FactSheet, slot: Slot, label: str, values: list[tuple[str, Fact]], facts: list[Fact]) -> FactLine:
    """A line of `values` under `label` ("Di mana" becomes the slot's own label where it has one)."""
    joiner = ", " if slot == Slot.WHERE else "; "
    if slot == Slot.WHERE:  # "Balai Desa Waleh, Desa Waleh": the village once
        values = [(distinct_places(v), f) for v, f in values]
    text = _shape(slot, distinct_places(joiner.join(v for v, _ in values)) if slot == Slot.WHERE
                  else joiner.join(v for v, _ in values))
    shorter = _shorter(slot, [v for v, _ in values])
    if slot == Slot.WHERE and len(values) == 1:
        shorter = first_places(text)
    return FactLine(slot, label or line_label(sheet, slot, facts), text, tuple(f for _, f in values), "", shorter)


def _shorter(slot: Slot, values: list[str]) -> tuple[str, ...]:
    """A line's short forms, its first values, longest first; a list of places cut short says there are
    more ("Masjid Raya, dan lokasi lain"): the first place alone reads as the only one."""
    joiner = ", " if slot == Slot.WHERE else "; "
    more = f", {MORE_PLACES}" if slot == Slot.WHERE else ""
    return tuple(_shape(slot, joiner.join(values[:n]) + more) for n in range(len(values) - 1, 0, -1))


#: Right after a who: the people may send someone in their place ("... dapat diwakili oleh keluarga").
_STAND_IN = re.compile(r"\s*,?\s*(?:dapat|boleh|bisa)\s+(?:di)?(?:wakil|kuasa)\w*", re.I)
#: A value cut from its clause with the word that tied it on ("dengan jam layanan pukul 08.00"): the word goes.
_LINKED = re.compile(r"^(?:dengan|serta|dan|atau)\s+(?=\S)", re.I)
#: A value said in the first person ("kartu pun tetap kami layani"): a quote's remark, no fact to list.
_FIRST_PERSON = re.compile(r"\b(?:kami|kita|saya|aku)\b", re.I)


def _shape(slot: Slot, text: str) -> str:
    """A line's values as the line shows them: capitalised, steps in plain words, "Gratis", no "!"; a
    value after the first in lower case where it opens with an ordinary word ("...; warga usia 45–59 tahun")."""
    items = [_LINKED.sub("", item) or item for item in text.split("; ")]
    if slot in (Slot.WHO, Slot.REQUIREMENTS, Slot.HOW):
        items = items[:1] + [lower_first(item) for item in items[1:]]
    if slot == Slot.COST:  # "Gratis; maksimal Rp150.000 per bidang": each item said plainly
        items = [plain_fact(slot, item) if i == 0 else item for i, item in enumerate(items)]
    return plain_fact(slot, "; ".join(items))


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
    if clause is not None:
        text, start = with_head(sheet, clause)
        return plain_lead(sheet, sentence(name_reference(sheet, text, start))), clause.sentence
    if (told := what_happened(sheet)) is not None:
        return told
    title_sentence = 0 if sheet.title else -1
    for index in sorted({c.sentence for c in sheet.content()}):
        text = _sentence_text(sheet, index)
        if index != title_sentence and readable(clean_span(text)) and not framed(text):
            return sentence(text), index
    return sentence(sheet.title or sheet.draft[:200]), 0


def _context(sheet: FactSheet, lead_index: int, lead: str, lines: tuple[FactLine, ...]) -> tuple[str, ...]:
    """Other content sentences worth a fuller post, most useful first; none that repeats the lead."""
    title_sentence = 0 if sheet.title else -1
    shown = {line.slot for line in lines}
    said = "\n".join(line.value for line in lines)  # a number the how line gives needs no contact line
    scored: list[tuple[float, int, str]] = []
    rumours = {c.sentence for c in sheet.clauses if reported(sheet, c)} if named_claim(sheet) else set()
    for index in sorted({c.sentence for c in sheet.content()}):
        if index in (lead_index, title_sentence) or index in rumours:  # the hook names the rumour
            continue
        text = sentence(requested(sheet, index, _sentence_text(sheet, index)))
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
    placed = Slot.WHERE in slots or any(line.slot == Slot.WHEN and line.label == "Jadwal" for line in lines)
    return call_to_action(sheet, lead, how_lines, slots, placed)


def plan_post(sheet: FactSheet) -> PostPlan:
    lead, lead_index = _lead(sheet)
    tables = shown_tables(sheet)  # a table's rows make a line; the other lines are planned without them
    asks = find_asks(sheet)  # an appeal's list of asks: one list line, every ask whole
    if asks is not None and (framed_lead := asked_lead(lead, asks)) != lead:
        lead, asks = framed_lead, replace(asks, items=asks.items[1:]) if len(asks.items) > 2 else asks
    lines = with_rows(fact_lines(without_tables(sheet, tables), lead), sheet, tables) if tables else fact_lines(
        sheet, lead)
    lines = with_asks(sheet, lines, asks) if asks is not None else lines
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
