"""The X post: a lead and as many of the plan's facts as 280 characters hold, never cut mid-phrase.

X has room for a headline and a few compact fact lines ("📅 Sabtu–Minggu, 21–22 Maret · 📍 Alun-alun"
on separate lines, no labels). Facts come before ornament: every arrangement is tried from the fullest
lead to the hook, and the fact lines are added in the order a citizen needs them (the key slots the
key-fact check holds X to first, then who, requirements, quota, deadline, contact); a line that does
not fit is skipped, not cut. When lines are left out and the draft gives a link or a contact, the post
ends with an honest pointer to it ("Info lengkap: <link>"). The call to action and the hashtags go in
only where room is left. The lines left out (or shown short) follow whole in the replies of a thread
(`post_thread`) with what a warning asks citizens to do, and the first post carries the thread mark
when it has room for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core import lexicon
from bot.core.compose import Block, assemble, join_tags
from bot.core.fact_scan import scan_facts
from bot.core.final_checks import X_KEY_FACTS
from bot.core.lexicon_data import FUNCTION_WORDS
from bot.core.platforms import SPECS, post_length
from bot.core.reading import DraftKind, Slot
from bot.core.reading.key_check import kept
from bot.core.reading.key_facts import FREE
from bot.core.wording import capital, channel_of
from bot.offline.post_claim import CLAIM_LABELS, FACT_PREFIX
from bot.offline.post_context import asks_citizens
from bot.offline.post_hook import headline
from bot.offline.post_places import AFFECTED, CLOSED, DETOUR, HELP, MORE_PLACES, RISK
from bot.offline.post_plan import FactLine, PostPlan
from bot.offline.post_report import REPORT_MARK
from bot.offline.post_status import STATUS_MARK
from bot.offline.post_text import first_clause, spell_out, words_of
from bot.offline.post_thread import marked, thread_replies
from bot.offline.post_times import ESTIMATE_LABEL

#: The slots an X post shows, most needed first (figures only for an achievement report).
X_ORDER: tuple[Slot, ...] = (
    Slot.WHEN, Slot.WHERE, Slot.COST, Slot.HOW, Slot.WHO, Slot.REQUIREMENTS, Slot.QUOTA, Slot.DEADLINE,
    Slot.CONTACT, Slot.FIGURES,
)


def x_key_slots(plan: PostPlan) -> tuple[Slot, ...]:
    """The key slots an X post must keep: the first two key slots the plan has lines for."""
    return tuple(line.slot for line in plan.key_lines()[:X_KEY_FACTS])


def _keys(plan: PostPlan) -> list[FactLine]:
    """The lines X weighs as key: the plan's key lines; for a warning, its report line (the number to call)
    in place of the fee (a free hotline or a free shelter is no fee to weigh)."""
    if plan.sheet.kind not in WARNINGS:
        return plan.key_lines()
    reports = [line for line in plan.lines if line.mark == REPORT_MARK]
    return [line for line in plan.key_lines() if line.slot != Slot.COST] + [
        line for line in reports if line not in plan.key_lines()]


WARNINGS = (DraftKind.APPEAL, DraftKind.EMERGENCY)


def _candidates(plan: PostPlan) -> list[FactLine]:
    """The key lines, then the first line of each other X slot and the other lists of places (a shelter
    list beside the venue, the roads closed); a warning's report line ("📣 Hubungi bila butuh evakuasi:
    ...") right after the key lines X is held to: whoever is in danger needs the number before the fee."""
    key = plan.key_lines()
    rest = [line for slot in X_ORDER for line in plan.lines if line.slot == slot and line not in key
            and (line is plan.line(slot) or slot == Slot.WHERE)]
    lines = key + rest
    if plan.sheet.kind in WARNINGS:
        reports = [line for line in plan.lines if line.mark == REPORT_MARK and line not in key]
        lines = key[:X_KEY_FACTS] + reports + [line for line in lines[X_KEY_FACTS:] if line not in reports]
    if plan.sheet.kind != DraftKind.ACHIEVEMENT:  # a warning's level is no figure to show off: it stays
        lines = [line for line in lines if line.slot != Slot.FIGURES or line.mark == STATUS_MARK]
        status = [line for line in plan.lines if line.mark == STATUS_MARK]  # right after the key lines X holds
        rest = [line for line in lines[X_KEY_FACTS:] if line not in status]
        lines = [line for line in lines[:X_KEY_FACTS] if line not in status] + status + rest
    # an estimate ("Jalan dapat dibuka kembali ... Rabu") right after the when it was read with
    estimates = [line for line in plan.lines if line.label == ESTIMATE_LABEL and line not in lines]
    at = next((i + 1 for i, line in enumerate(lines) if line.slot == Slot.WHEN), len(lines))
    return lines[:at] + estimates + lines[at:]


def _said(line: FactLine, lead: str) -> bool:
    """The lead already states every fact of the line: the line would only repeat it. A fact without a
    number or a date is said only when every word of it is there ("Kantor Camat" in a list of places
    does not say "daftar di kantor camat masing-masing")."""
    words = {lexicon.stem(w.lower()) for w in lexicon.words(lead)}
    return bool(line.facts) and all(
        kept(fact, lead) and (bool(scan_facts(fact.text)) or bool(FREE.search(fact.text)) or
                              {lexicon.stem(w.lower()) for w in lexicon.words(fact.text)} <= words)
        for fact in line.facts)


#: A key line (when, where, cost, how: what citizens act on) weighs this many other fact lines.
KEY_WEIGHT = 3


def _shown(form: FactLine, line: FactLine, kind: DraftKind | None = None) -> float:
    """How much of the line a form of it shows: 1 for the whole line, else the share of its facts the
    short form keeps (a list of places counts as one fact of the draft, whole or in part)."""
    if form is line or not line.facts:
        return 1.0
    if kind == DraftKind.EMERGENCY and line.mark == REPORT_MARK and (number := channel_of(line.value)) \
            and number in form.value:
        return 1.0  # in an emergency the number to call is what the report line is for
    if len(line.facts) == 1:  # one span cut short (a list of places): the share of its words still there
        words = {w.lower() for w in lexicon.words(line.value)}
        return len(words & {w.lower() for w in lexicon.words(form.value)}) / max(1, len(words))
    return sum(1 for fact in line.facts if kept(fact, form.value)) / len(line.facts)


@dataclass(frozen=True)
class _Arrangement:
    text: str
    tags: tuple[str, ...]
    score: tuple[int, float, int, bool, int, bool, int]


#: The pointer to the draft's own channel when not every fact fits.
POINTER = "ℹ️ Info lengkap: {channel}"


#: A contact longer than this is no pointer ("hubungi petugas di kantor desa pada jam kerja ...").
POINTER_CONTACT_CHARS = 40


def pointer(plan: PostPlan) -> str:
    """The pointer to where citizens find every fact: the draft's link (a how's or a contact's), else
    its first contact ("Care Center 165"), else a number the how gives; "" when the draft gives none."""
    items = [item for slot in (Slot.HOW, Slot.CONTACT) if (line := plan.line(slot)) is not None
             for item in line.value.split("; ")]
    links = [c for item in items if (c := channel_of(item)) and re.search(r"[a-z]\.[a-z]", c, re.I)]
    contact = plan.line(Slot.CONTACT)
    first = contact.value.split("; ")[0] if contact is not None else ""
    numbers = [c for item in items if (c := channel_of(item)) and c not in links]
    best = next(iter(links), "") or (first if len(first) <= POINTER_CONTACT_CHARS else "") or next(iter(numbers), "")
    return POINTER.format(channel=best) if best else ""


def _text(plan: PostPlan, lead: str, lines: list[FactLine], cta: str, tags: list[str], more: str = "") -> str:
    body = "\n".join([lead, *(_line(line) for line in lines), *([more] if more else []),
                      *([cta] if cta else [])])
    return join_tags("x", spell_out(body, plan.sheet.acronyms), tags)


#: The words of a request itself, which a fact line never repeats ("Warga diminta ...").
_ASK_WORDS = frozenset({"warga", "masyarakat", "diminta", "diimbau", "dianjurkan", "disarankan", "agar", "untuk"})
#: Lines whose value does not say what it is ("1.500 orang", "30 Juni 2026") keep their label on X.
LABELLED: frozenset[Slot] = frozenset({Slot.QUOTA, Slot.DEADLINE, Slot.TARGET})


def _line(line: FactLine) -> str:
    """A compact line; labelled where the value does not say what it is, or where places are no place
    to go (a flooded area: "Wilayah terdampak", a road closed: "Ruas ditutup", a way round it: "Jalur alternatif",
    a water tanker: "Titik bantuan"; a shelter or a venue reads right without a label), or
    where the line has its own mark (a report: "📣 Lapor: ...")."""
    own_label = line.slot == Slot.WHERE and line.label in (AFFECTED, CLOSED, DETOUR, HELP, RISK)
    labelled = line.slot in LABELLED or own_label or bool(line.mark) or "(" in line.label  # "Kapan (masker gratis)"
    return f"{line.emoji} {line.label}: {line.value}" if labelled else f"{line.emoji} {line.value}"


def _fits(text: str) -> bool:
    return post_length("x", text) <= SPECS["x"].limit


def _fits_marked(text: str) -> bool:
    """`text` fits with the thread mark: a first post that goes on in replies must say so."""
    return _fits(marked(text))


def fits_first_post(plan: PostPlan, lead: str, lines: list[FactLine]) -> bool:
    """Whether the lead and the lines, as X shows them, fit a first post with its thread mark."""
    return _fits_marked(_text(plan, lead, lines, "", []))


def _forms(line: FactLine) -> list[FactLine]:
    """The whole line, then its short forms (a schedule's first stop, the first values), longest first."""
    return [line, *(replace(line, value=v) for v in (line.brief, *line.shorter) if v)]


def _arrange(plan: PostPlan, lead: str, rank: int, cta: str, tags: list[str], more: str = "",
             room_for_keys: bool = False) -> _Arrangement | None:
    """The lead with every fact line that still fits, in order, then the pointer (`more`) when a line was
    left out, then the tags that fit. With `room_for_keys`, a key line takes its fullest form that still
    leaves room for the shortest forms of the key lines after it (a long list of places shortened so
    that the link to register fits)."""
    key = _keys(plan)  # an emergency's number to call is required with its key facts: whoever is in danger needs it
    calls = [line for line in key if line.mark == REPORT_MARK and plan.sheet.kind == DraftKind.EMERGENCY]
    required = set(x_key_slots(plan)) | {line.slot for line in calls}
    chosen: list[FactLine] = []
    candidates = _candidates(plan)
    covered, keys = 0.0, 0
    # a claim the lead names is what is wrong: its fee or date states no fact of the post
    stated = lead[len(plan.hook) :] if plan.hook.startswith(CLAIM_LABELS) and lead.startswith(plan.hook) else lead
    for i, line in enumerate(candidates):
        if _said(line, "\n".join([stated, *(c.value for c in chosen)])):
            covered += KEY_WEIGHT if line in key else 1
            keys += line in key
            required.discard(line.slot)
            continue
        later = [_forms(k)[-1] for k in candidates[i + 1 :] if k in key and not _said(k, stated)] \
            if room_for_keys and line in key else []
        fitting = next((f for f in _forms(line)
                        if _fits_marked(_text(plan, lead, [*chosen, f, *later], cta, [], more))), None)
        if fitting is None and later:
            fitting = next((f for f in _forms(line) if _fits_marked(_text(plan, lead, [*chosen, f], cta, [], more))),
                           None)
        if fitting is not None:
            chosen.append(fitting)
            covered += _shown(fitting, line, plan.sheet.kind) * (KEY_WEIGHT if line in key else 1)
            keys += line in key
            required.discard(line.slot)
    complete = covered == sum(KEY_WEIGHT if line in key else 1 for line in candidates)
    if complete:
        more = ""  # every fact is there: no pointer needed
    elif more and more.split(": ", 1)[1] in "\n".join(c.value for c in chosen):
        more = ""  # the channel is already shown
    if not _fits_marked(_text(plan, lead, chosen, cta, [], more)):
        return None
    for need in (tags, tags[:1], []):
        text = _text(plan, lead, chosen, cta, need, more)
        if _fits_marked(text):
            whole = complete or bool(more)
            score = (-len(required), covered, keys, whole, -rank, bool(cta), len(need))
            return _Arrangement(text, tuple(need), score)
    return None


def _whole(line: FactLine, text: str) -> bool:
    """The post shows the line whole: not in one of its short forms ("..., dan lokasi lain")."""
    shortened = any(form.value in text for form in _forms(line)[1:] if form.value != line.value)
    if line.slot == Slot.WHERE and not shortened:  # a place is said only with every word of its name
        words = {w.lower() for w in lexicon.words(text)}
        return line.value in text or all({w.lower() for w in lexicon.words(f.text)} <= words for f in line.facts)
    return line.value in text or (not shortened and _said(line, text))


def _told(sentence: str, text: str) -> bool:
    """`text` already says what `sentence` asks: most of its words are there ("Bawa KTP dan kartu keluarga"
    for "Warga diminta membawa KTP dan kartu keluarga")."""
    said = {lexicon.stem(w.lower()) for w in lexicon.words(text)}
    asked = [lexicon.stem(w.lower()) for w in lexicon.words(sentence)
             if w.lower() not in _ASK_WORDS and w.lower() not in FUNCTION_WORDS]
    return bool(asked) and sum(w in said for w in asked) >= 0.7 * len(asked)


def _new_facts(sentence: str, text: str) -> bool:
    """`sentence` states a number, date, time, amount or share that `text` does not (a name alone is no
    reason for a reply of its own)."""
    shown = {found.fact.key for found in scan_facts(text)}
    return any(found.fact.kind != "name" and found.fact.key not in shown for found in scan_facts(sentence))


#: A lead longer than this may be cut at a phrase boundary on X, so that when and where still fit.
X_LEAD_CHARS = 150
#: Where a long lead's main statement ends: before a phrase of purpose ("guna ...", "agar ...") or one that
#: addresses citizens at large ("... angkatan I tahun 2026 | bagi warga yang ingin ...") or says the office's aim
#: ("... di empat kecamatan | untuk menjaga stabilitas harga ..."), never inside a
#: phrase; not before "untuk mengganti dokumen" (what the service is) or "bagi kendaraan dari luar daerah"
#: (whom a relief is limited to).
_PHRASE_CUT = re.compile(r",?\s+(?=(?:guna|agar|supaya|sehingga|dalam\s+rangka|dalam\s+upaya)\s|"
                         # the office's own aim ("untuk menjaga stabilitas harga"), never what the service does
                         r"untuk\s+(?:menjaga|mendukung|meningkatkan|menekan|mengendalikan|menstabilkan|mewujudkan|"
                         r"menyukseskan|mengantisipasi|mempercepat|memeriahkan|menyambut|memperingati)\b|"
                         r"(?:bagi|untuk)\s+(?:seluruh\s+|para\s+)?(?:warga|masyarakat|penduduk)\b)", re.I)
#: A cut lead keeps at least this many words.
MIN_CUT_WORDS = 8


def phrase_cuts(lead: str) -> list[str]:
    """A long lead cut at each phrase boundary that leaves a statement of its own, longest first."""
    if len(lead) <= X_LEAD_CHARS:
        return []
    heads = [lead[: m.start()].rstrip(" ,;") for m in _PHRASE_CUT.finditer(lead)]
    return [head + "." for head in reversed(heads) if words_of(head) >= MIN_CUT_WORDS]


def x_leads(plan: PostPlan) -> list[str]:
    """The first lines X may open with, fullest first. A clarification that names its claim opens with the
    claim and the fact, or the fact alone; never the claim alone, nor a verdict ("Informasi tersebut tidak
    benar.") without the claim it is about (X has no room for both and the facts)."""
    if plan.hook.startswith(CLAIM_LABELS) and FACT_PREFIX in plan.lead:
        fact = plan.lead[plan.lead.index(FACT_PREFIX) :]
        bare = capital(fact[len(FACT_PREFIX) :])
        title = headline(plan.sheet, bare)  # the office's own headline may open X when it keeps a fact line
        return [f"{plan.hook}. {fact}", bare, first_clause(bare), *phrase_cuts(bare), title and title + "."]
    return [plan.lead, first_clause(plan.lead), plan.hook and plan.hook + ".", *phrase_cuts(plan.lead)]


def render_x(plan: PostPlan, cta: str, tags: list[str]) -> tuple[str, list[str], list[str]]:
    """The best arrangement (the key facts X is held to, then the most key lines: when, where, cost,
    how; then the most facts, then every fact or a pointer to them all, then the fullest lead, then
    the call to action and the tags), its tags, and the thread replies with the lines it left out."""
    leads = [lead for lead in dict.fromkeys(x_leads(plan)) if lead]
    more = pointer(plan)
    options = [arrangement for rank, lead in enumerate(leads) for with_cta in (cta, "")
               for with_more in dict.fromkeys((more, "")) for room in (False, True)
               if (arrangement := _arrange(plan, lead, rank, with_cta, tags, with_more, room)) is not None]
    if options:  # every arrangement leaves room for the thread mark: a post that goes on must say so
        best = max(options, key=lambda a: a.score)
        text, kept_tags = best.text, list(best.tags)
    else:
        text, kept_tags = assemble("x", [Block(first_clause(plan.lead), 10)], [], sep="\n")
    thread = _thread(plan, text)
    if thread and _fits(marked(text)):
        text = marked(text)
    return text, kept_tags, thread


def _thread(plan: PostPlan, text: str) -> list[str]:
    """The replies after the first post `text`: the lines it leaves out or shows short, and the lead or
    the first context sentence when they say a fact or a request the first post does not."""
    told = [s for s in (plan.lead, *plan.context[:1])
            if s and s not in text and (_new_facts(s, text) or (asks_citizens(plan.sheet, s) and not _told(s, text)))]
    shown = "\n".join(row for row in text.split("\n") if not row.startswith(POINTER.split(":")[0]))
    left = [rest for line in plan.lines if not _whole(line, shown) and not any(_said(line, s) for s in told)
            and (rest := _rest(line, shown)) is not None]
    return thread_replies(left, told) if left or told else []


def _rest(line: FactLine, shown: str) -> FactLine | None:
    """What a reply still has to say of `line`: the items of its list the first post did not show (a date the
    first post gave is not given again under "Kapan"); None when it showed them all."""
    short = any(form.value in shown for form in _forms(line)[1:] if form.value.endswith(MORE_PLACES))
    joiner = ", " if line.slot == Slot.WHERE and short else "; "
    items = line.value.split(joiner)
    rest = [item for item in items if item.rstrip(".").lower() not in shown.lower()]
    if not rest:
        return None
    return line if len(rest) == len(items) else replace(line, value=capital(joiner.join(rest)), shorter=(), brief="")
