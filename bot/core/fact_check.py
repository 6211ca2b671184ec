"""The fact check every engine is held to: no number, date, time, amount or name in the
output that is absent from the sources (the draft, the comment, the cited guidelines).

Facts are found and keyed by `bot/core/fact_scan.py`, so equivalent forms match ("Rp 50.000" and
"50 ribu rupiah"; "15/5/2025" and "15 Mei 2025"); this module decides whether the sources support
each fact of an output, allowing the wordings a capable writer uses (derived names, short forms,
numbers written in words). The sources are read in `fact_sources.py` and indexed in
`fact_evidence.py` (names: `fact_names.py`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

from bot.core import lexicon, name_forms
from bot.core.fact_counts import counts_a_list, counts_own_list, output_number_words
from bot.core.fact_date_ranges import unsupported_date_ranges
from bot.core.fact_dayparts import evening_keys
from bot.core.fact_evidence import Evidence
from bot.core.fact_glued import unglued
from bot.core.fact_grouped import regrouped
from bot.core.fact_laid_out import laid_out_days
from bot.core.fact_numbered import numbered_names, numbers_off
from bot.core.fact_quantities import converts_a_unit, intensifies, totals_quantities
from bot.core.fact_ranges import recombines, time_ranges
from bot.core.fact_rounding import approximates_a_value, rounds_a_value
from bot.core.fact_scan import Fact, extract_facts, scan_facts
from bot.core.fact_swaps import swapped_counts
from bot.core.fact_weekdays import misdated_days, unrepeated_days
from bot.core.fact_words import word_before
from bot.core.models import FactCheck, Hit
from bot.core.number_words import DAY_WORDS

log = logging.getLogger(__name__)


#: Initials joined by an ampersand ("Dinas P&K" for Pendidikan dan Kebudayaan): one acronym, "PK".
_AMPERSAND_INITIALS = re.compile(r"\b([A-Z])&([A-Z])\b")


def check_facts(output: str, sources: Iterable[str]) -> FactCheck:
    """Every fact in `output` must appear (by key) in at least one source text."""
    evidence = Evidence(sources)
    output = unglued(output, evidence.texts)
    for day in laid_out_days(output, evidence.written):  # "Sel 13/10" of "Senin hingga Kamis (12–15/10)"
        evidence.add_day(day)
    if not any("&" in text for text in evidence.texts):
        output = _AMPERSAND_INITIALS.sub(r"\1\2", output)
    invented: dict[str, str] = {}
    runs = regrouped(lexicon.clean_markup(output))
    for fact in (*extract_facts(output), *output_number_words(output)):
        if fact.key not in invented and not _supported(fact, output, evidence, runs):
            invented[fact.key] = fact.raw
    invented.update(misdated_days(output, evidence.day_pairs, evidence.dates, evidence.values))
    invented.update(unrepeated_days(output, evidence.written))
    for key, (raw, number) in swapped_counts(output, evidence.texts).items():  # "3 liter" of "dua liter"
        if not _derived(number, output, evidence):
            invented.setdefault(key, raw)
    for raw, value in numbers_off(numbered_names(lexicon.clean_markup(output)), evidence.numbered):
        invented.setdefault(f"numbered:{raw}:{value}", raw)
    for key, raw in unsupported_date_ranges(output, evidence.texts).items():  # "7 Juni – 16 Juli" of two lines
        invented.setdefault(key, raw)
    for raw, start, end in time_ranges(output):
        if start != end and not invented.keys() & {start, end} and (not any(
                {start, end} <= times for times in evidence.line_times) or recombines(start, end, evidence.ranges)):
            invented[f"range:{start}-{end}"] = raw
    return FactCheck(ok=not invented, invented=list(dict.fromkeys(invented.values())))


def _derived(number: str, output: str, evidence: Evidence) -> bool:
    """A count a capable writer computes from the sources: a total, another unit, a list counted, a rounding."""
    facts = [f for f in extract_facts(number) if f.kind == "number"]
    return any(counts_a_list(f, output, evidence.list_counts) or counts_own_list(f, output)
               or rounds_a_value(f, evidence.values) or approximates_a_value(f, output, evidence.values)
               or converts_a_unit(f, output, evidence.texts)
               or totals_quantities(f, output, evidence.texts, evidence.list_counts) for f in facts)


#: A name with a clitic joined by a hyphen ("PBB-nya", "KTP-mu").
_CLITIC = re.compile(r"(.+?)-(?:nya|ku|mu)")


def _an_acronyms_head(name: str, written: Iterable[str]) -> bool:
    """An acronym the sources write with a hyphenated tail, written without it: "PBB" of "PBB-P2", "KTP" of
    "KTP-el", the usual short form."""
    return (len(name) >= 2 and name.isalpha() and name.isupper()
            and any(re.search(rf"\b{name}-[A-Za-z0-9]", text) for text in written))


def _a_names_end(raw: str, output: str, texts: Iterable[str]) -> bool:
    """A number word the output writes only in title case that ends a name of the sources ("Tiga" of "Desa Tiga",
    listed alone among the villages in a post): the name, no count."""
    word = raw.capitalize()
    uses = re.findall(rf"(?i)\b{re.escape(raw)}\b", output)
    if not raw.isalpha() or not uses or any(use != word for use in uses):
        return False
    return any(re.search(rf"\b[A-Z][\w'-]*[ \t]+{word}\b", text) for text in texts)


def _numbers_a_name(raw: str, output: str, texts: Iterable[str]) -> bool:
    """A Roman numeral of the output after a word ("Dusun II") where a source writes that word with the number
    in words ("Dusun Dua"): the same name."""
    value = name_forms.roman_value(raw.lower()) if raw.isupper() else None
    word = word_before(raw, output) if value else ""
    spelled = next((w for w, n in DAY_WORDS.items() if n == value), "")
    return bool(word and spelled) and any(
        re.search(rf"(?i)\b{re.escape(word)}[ \t]+{spelled}\b", text) for text in texts)


def _supported(fact: Fact, output: str, evidence: Evidence, runs: dict[str, set[str]]) -> bool:
    """The sources give `fact`, or a capable writer derives it from them as `output` writes it: a count
    of a list, a run of digits regrouped, a rounded or approximate value, another unit, a total, "100%
    gratis", an evening hour, a common acronym after its noun."""
    values, texts, lists = evidence.values, evidence.texts, evidence.list_counts
    if (evidence.supports(fact) or counts_a_list(fact, output, lists) or counts_own_list(fact, output)
            or bool(runs.get(fact.key, set()) & evidence.keys) or rounds_a_value(fact, values)
            or approximates_a_value(fact, output, values) or converts_a_unit(fact, output, texts)
            or totals_quantities(fact, output, texts, lists) or intensifies(fact, output, evidence.words)):
        return True
    if fact.kind == "time" and evidence.keys.intersection(evening_keys(fact.raw, output)):
        return True
    if fact.kind == "number" and _a_names_end(fact.raw, output, evidence.written):
        return True
    if _numbers_a_name(fact.raw, output, evidence.written):  # a number fact, or a name of one numeral
        return True
    before = word_before(fact.raw, output) if fact.kind == "name" and " " not in fact.raw else ""
    name = clitic.group(1) if fact.kind == "name" and (clitic := _CLITIC.fullmatch(fact.raw)) else fact.raw  # "PBB-nya"
    if fact.kind == "name" and _an_acronyms_head(name, evidence.written):
        return True
    return evidence.says_in_context(name, before)


LINK_REMOVED = "(tautan dihapus)"
ACCOUNT_REMOVED = "(akun dihapus)"


def strip_foreign_links(text: str, sources: Iterable[str]) -> tuple[str, int]:
    """`text` with every link, address and @account that no source gives replaced by neutral words,
    and how many were replaced. For model notes shown as they are, where a link is clickable."""
    evidence: Evidence | None = None
    parts: list[str] = []
    last = removed = 0
    for loc in scan_facts(text):
        if not loc.fact.key.startswith("name:url:") or loc.start < last:
            continue
        evidence = evidence or Evidence(sources)
        if evidence.supports(loc.fact):
            continue
        parts += [text[last : loc.start], ACCOUNT_REMOVED if loc.fact.raw.startswith("@") else LINK_REMOVED]
        last = loc.end
        removed += 1
    return "".join([*parts, text[last:]]), removed


def verdict(output: str, sources: Iterable[str], grounding: Sequence[Hit] = ()) -> FactCheck:
    """`check_facts` of `output` against `sources` plus the `grounding` chunks, which the verdict
    names. Never passes silently: a crash of the checker is a failed check, not an answer lost."""
    sources = [*sources, *(hit.text for hit in grounding)]
    try:
        result = check_facts(output, sources)
    except Exception:
        log.exception("fact check failed")
        result = FactCheck(ok=False, invented=["(cek fakta gagal dijalankan)"])
    return result.model_copy(update={"grounding": [hit.id for hit in grounding]})
