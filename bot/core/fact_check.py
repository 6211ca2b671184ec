"""The fact check every engine is held to: no number, date, time, amount or name in the
output that is absent from the sources (the draft, the comment, the cited guidelines).

Facts are found and keyed by `bot/core/fact_scan.py`, so equivalent forms match ("Rp 50.000" and
"50 ribu rupiah"; "15/5/2025" and "15 Mei 2025"); this module decides whether the sources support
each fact of an output, allowing the wordings a capable writer uses (derived names, short forms,
numbers written in words).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from itertools import islice, product
from typing import NamedTuple

from bot.core import fact_words, gazetteer, lexicon, name_forms
from bot.core.fact_counts import (
    counts_a_list,
    counts_own_list,
    list_counts,
    number_word_facts,
    output_number_words,
    outside_names,
    roman_number_facts,
)
from bot.core.fact_dayparts import evening_keys
from bot.core.fact_grouped import grouped_facts, regrouped
from bot.core.fact_numbered import Numbered, numbered_names, numbers_off
from bot.core.fact_ranges import line_times, recombines, source_ranges, time_ranges
from bot.core.fact_rounding import rounds_a_value
from bot.core.fact_scan import HASHTAG, LIST_NUMBER, Fact, extract_facts, markup_tags, scan_cached, scan_facts
from bot.core.fact_weekdays import misdated_days, source_day_pairs
from bot.core.fact_words import common_reading, compound_head, in_capitals, word_before
from bot.core.lexicon_data import COMMON_EXPANSIONS, WEEKDAY
from bot.core.models import FactCheck, Hit
from bot.core.name_match import link_in, squashed_match, units, within_window
from bot.core.reading.acronyms import bracketed_names, find_acronyms

log = logging.getLogger(__name__)


# --- checking ---------------------------------------------------------------------------


class _Source(NamedTuple):
    text: str
    words: tuple[str, ...]
    facts: tuple[Fact, ...]
    #: Names the source gives without writing them: "Bupati Lamongan" gives "Kabupaten Lamongan",
    #: "Palembang" gives "Sumatera Selatan" and "Sumsel" (each a phrase of lower-case words).
    derived: tuple[tuple[str, ...], ...]
    #: The words the source writes capitalised somewhere (lower case): what a name may be read from.
    names: frozenset[str]
    #: `words` without honorifics and "ttd" ("Kepala Dinas ... ttd Dra. Hj. Euis"), or () when there are none.
    untitled: tuple[str, ...]
    #: The acronyms the source spells out and their expansions (lower case): "DP3" may stand for
    #: "Dinas Pertanian, Pangan dan Perikanan" wherever that is written, as a short form does.
    defined: tuple[tuple[str, tuple[str, ...]], ...]
    #: How many items each list of the source has ("1. ... 4. ..." or bulleted lines), with the stems of
    #: the line that introduces it: a post may count them by what they are ("4 imbauan" under
    #: "Imbauan bagi masyarakat:", "lima lokasi pengungsian").
    list_counts: tuple[tuple[int, frozenset[str]], ...]
    #: For each of `words`, whether the source writes it capitalised right after the word before.
    capped: tuple[bool, ...]
    #: The times of each two neighbouring lines, where a range of a post must find both its ends.
    line_times: tuple[frozenset[str], ...]
    #: The ranges of times the source writes (`fact_ranges.recombines`).
    ranges: frozenset[tuple[str, str]]
    #: The days the source writes right before a date: ("senin", "--01-12").
    day_pairs: frozenset[tuple[str, str]]
    #: The numbers the source writes after a word ("SMAN 1 Siau Barat", "Dapil II", "tahap kedua").
    numbered: tuple[Numbered, ...]


@lru_cache(maxsize=1024)
def _read_source(source: str) -> _Source:
    """One source's lower-case text, words, facts and derived names. Cached: the same guideline chunks
    and the same draft are checked again and again (every answer, each engine pass), and scanning is
    the costly part."""
    clean = LIST_NUMBER.sub(r"\1", lexicon.clean_markup(source))
    located = scan_cached(clean)
    untagged = HASHTAG.sub(" ", clean)
    found = list(lexicon.NAME_TOKEN.finditer(untagged))
    words = tuple(m.group(0).lower() for m in found)
    headlines = fact_words.title_case_spans(untagged)
    capped = tuple(m.group(0)[0].isupper() and i > 0 and not untagged[found[i - 1].end() : m.start()].strip()
                   and not in_capitals(m.group(0), found[i - 1].group(0))
                   and not any(a <= m.start() < b for a, b in headlines) for i, m in enumerate(found))
    facts = (tuple(loc.fact for loc in located) + number_word_facts(outside_names(untagged, found))
             + roman_number_facts(clean)
             + grouped_facts(clean))
    day_pairs = source_day_pairs(clean, located)
    names = frozenset(w.lower() for w in lexicon.NAME_TOKEN.findall(clean) if w[0].isupper())
    untitled = tuple(w for w in words if w not in name_forms.TITLES)
    pairs = [*find_acronyms(clean), *bracketed_names(clean)]
    defined = tuple((acronym.lower(), tuple(w.lower() for w in lexicon.NAME_TOKEN.findall(expansion)))
                    for acronym, expansion in pairs)
    derived = name_forms.derived_names(clean, words) + name_forms.hashtag_names(clean)
    return _Source(f"{clean}\n{markup_tags(source)}".lower(), words, facts, derived,
                   names, untitled if len(untitled) < len(words) else (), defined, list_counts(source),
                   capped, line_times(source), source_ranges(source), day_pairs, numbered_names(clean, sources=True))


class _Evidence:
    """Everything the sources say, indexed for the support checks."""

    def __init__(self, sources: Iterable[str]) -> None:
        self.keys: set[str] = set()
        self.values: set[str] = set()
        self.dates: set[tuple[int, int, int]] = set()
        self.month_days: set[tuple[int, int]] = set()
        self.texts: list[str] = []
        self.words: list[tuple[str, ...]] = []
        #: Each source's words and which of them it capitalises (`name_forms.moves_office`).
        self.offices: list[tuple[tuple[str, ...], tuple[bool, ...]]] = []
        self.list_counts: list[tuple[int, frozenset[str]]] = []
        self.line_times: list[frozenset[str]] = []
        self.ranges: set[tuple[str, str]] = set()
        self.day_pairs: set[tuple[str, str]] = set()
        self.numbered: list[Numbered] = []
        #: For each entry of `words`, the words a title-case short form may be read from (None: any).
        self.names: list[frozenset[str] | None] = []
        #: Hyphenated tokens of the output whose tail is an ordinary word, and their heads ("wib-selesai").
        self.compound_heads: dict[str, str] = {}
        #: Tokens of the output written in capitals, which may be Roman numerals.
        self.romans: set[str] = set()
        #: Tokens the output writes in capitals, which may stand alone beside a name.
        self.acronyms: set[str] = set()
        #: Ordinary words the output writes in capitals ("GRATIS"): emphasis, not a name.
        self.shouted: set[str] = set()
        #: The expansions of the acronyms the sources spell out.
        self.defined: dict[str, list[tuple[str, ...]]] = {}
        for source in sources:
            if not source:
                continue
            read = _read_source(source)
            self.texts.append(read.text)
            self.offices.append((read.words, read.capped))
            for words, names in ((read.words, read.names), (read.untitled, read.names)):
                if words:
                    self.words.append(words)
                    self.names.append(names)
            self.words.extend(read.derived)
            self.names.extend(None for _ in read.derived)
            self.list_counts += read.list_counts
            self.line_times += read.line_times
            self.ranges |= read.ranges
            self.day_pairs |= read.day_pairs
            self.numbered += read.numbered
            for acronym, expansion in read.defined:
                self.defined.setdefault(acronym, []).append(expansion)
            for fact in read.facts:
                self._index(fact)

    def _index(self, fact: Fact) -> None:
        self.keys.add(fact.key)
        body = fact.key.split(":", 1)[1]
        if fact.kind in ("number", "money", "percent"):
            self.values.add(body)
        elif fact.kind == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", body):
            y, mo, d = (int(x) for x in body.split("-"))
            self.dates.add((y, mo, d))
            self.month_days.add((mo, d))
            # The year may stand alone ("tahun 2026"); the day may not: "28 puskesmas" is no date's day.
            self.values.add(str(y))
        elif fact.kind == "date" and body.startswith("--"):
            mo, d = (int(x) for x in body[2:].split("-"))
            self.month_days.add((mo, d))
        elif fact.kind == "date" and re.fullmatch(r"\d{4}-\d\d", body):
            self.values.add(body[:4])

    def supports(self, fact: Fact) -> bool:
        if fact.key in self.keys:
            return True
        body = fact.key.split(":", 1)[1]
        if fact.kind == "number":
            return body in self.values
        if fact.kind == "money":
            return f"number:{body}" in self.keys
        if fact.kind == "date":
            return self._supports_date(body)
        if fact.kind == "name":
            raw = fact.raw.split()
            self.acronyms = {t.lower() for t in raw if lexicon.is_acronym(t)}
            self.shouted = {t.lower() for t in raw if name_forms.shouted(t)}
            self.compound_heads = {t.lower(): head.lower() for t in raw if (head := compound_head(t))}
            self.romans = {t.lower() for t in raw if t.isupper()}
            return self._supports_name(body) and not any(
                name_forms.moves_office(body.split(" "), words, capped) for words, capped in self.offices)
        return False

    def _supports_date(self, body: str) -> bool:
        if body.startswith("impossible-"):
            return False  # a day no month has, given only by a source writing it (`keys`)
        if body.startswith("day-"):
            weekday = WEEKDAY[body[4:]]
            return any(date(y, mo, d).weekday() == weekday for y, mo, d in self.dates)
        if body.startswith("--"):
            mo, d = (int(x) for x in body[2:].split("-"))
            return (mo, d) in self.month_days
        parts = [int(x) for x in body.split("-")]
        if len(parts) == 2:
            return any(y == parts[0] and mo == parts[1] for y, mo, _ in self.dates)
        y, mo, d = parts
        return (mo, d) in self.month_days and f"date:--{mo:02d}-{d:02d}" in self.keys and str(y) in self.values

    def _supports_name(self, body: str) -> bool:
        if body.startswith("url:"):
            return any(link_in(body[4:], text) for text in self.texts)
        tokens = body.split(" ")
        if len(tokens) >= 2 and len(tokens[-1]) == 1 and not self._follows(tokens[-2], tokens[-1]):
            return False
        if any(within_window(units(tokens, set(words)), words) or squashed_match(tokens, words)
               for words in self.words):
            return True
        tokens = [self.compound_heads.get(t, t) for t in tokens
                  if t not in self.shouted and t not in name_forms.CASUAL and not self._is_given_numeral(t)]
        if len(tokens) == 1 and (self._clips_word(tokens[0]) or self._says_expansion(tokens[0])):
            return True
        return not tokens or self._supports_reading(tokens) or self._supports_split(tokens)

    def _follows(self, word: str, letter: str) -> bool:
        """A letter ending a name ("Gedung B", "SIM C") right after the same word in a source."""
        return any(a == word and b == letter for words in self.words for a, b in zip(words, words[1:], strict=False))

    def _is_given_numeral(self, token: str) -> bool:
        """A Roman numeral written in capitals whose number a source gives otherwise ("Jilid II" from
        "jilid kedua", "Asisten III" from "Asisten 3"): checked as that number, the rest of the name as a
        name. A source that writes Roman numerals itself must give this one as written."""
        value = name_forms.roman_value(token) if token in self.romans else None
        return value is not None and str(value) in self.values and not self._writes_romans()

    def _writes_romans(self) -> bool:
        return any(len(w) >= 2 and name_forms.roman_value(w) for words in self.words for w in words)

    def _clips_word(self, token: str) -> bool:
        """A lone capitalised word that is an ordinary word of a source cut short, as a sentence or a
        label line opens ("Maks 2 paket" from "maksimal", "Info" from "informasi")."""
        return len(token) >= 3 and token.isalpha() and any(
            word.startswith(token) and len(word) > len(token) and lexicon.is_ordinary_word(word)
            for words in self.words for word in words)

    def _says_expansion(self, token: str) -> bool:
        """A common-noun acronym ("APD", "BUMN", "BBM") whose meaning a source writes: the first or the
        last two thirds of its expansion, word for word ("... pelindung diri" for "alat pelindung diri",
        "bahan bakar ..." for "bahan bakar minyak")."""
        expansion = COMMON_EXPANSIONS.get(token.upper(), "").split()
        if not expansion:
            return False
        size = math.ceil(2 * len(expansion) / 3)
        parts = {tuple(expansion[:size]), tuple(expansion[-size:])}
        return any(tuple(words[i : i + size]) in parts
                   for words in self.words for i in range(len(words) - size + 1))

    def says_in_context(self, acronym: str, before: str) -> bool:
        """A long common acronym after a noun the source writes before the last half of its meaning:
        "bank BUMN" from "bank milik negara" (the noun stands for "badan usaha"). Without that noun the
        half is no evidence: "warga tidak mampu" gives no "SKTM"."""
        expansion = COMMON_EXPANSIONS.get(acronym.upper(), "").split()
        if len(expansion) < 4 or not before:
            return False
        part = (before, *expansion[len(expansion) // 2 :])
        return any(tuple(words[i : i + len(part)]) == part
                   for words in self.words for i in range(len(words) - len(part) + 1))

    def _supports_reading(self, tokens: list[str]) -> bool:
        """`tokens` with their short forms read as the draft's words ("pemkab lotim" as "pemerintah
        kabupaten lombok timur") all occur close together in one source. A regency's or city's own name
        in title case ("Bone") names that place, never a short form guessed from letters ("Bank
        iNdonEsia"), unless it reads as an office's head ("Karo": Kepala Biro)."""
        for words, names in zip(self.words, self.names, strict=True):
            vocabulary = set(words)
            options: list[list[tuple[str, ...]]] = []
            for token in tokens:
                readings: list[tuple[str, ...]] = [(token,)] if token in vocabulary else []
                readings += self.defined.get(token, []) + common_reading(token)
                guessed = name_forms.short_form_readings(token, words, None if token in self.acronyms else names)
                if token not in self.acronyms and token in gazetteer.squashed_region_names():
                    guessed = [r for r in guessed if r[0] == "kepala"]
                readings += guessed + fact_words.clipped_readings(token, words)
                if not readings:
                    break
                options.append(readings[:6])
            else:
                for combo in islice(product(*options), 64):
                    flat = [w for part in combo for w in part]
                    if within_window(units(flat, vocabulary), words):
                        return True
        return False

    def _supports_split(self, tokens: list[str]) -> bool:
        """A name of two supported parts: an acronym and a name ("WA PANDAWA", "PKL Jalan Raden
        Intan"), or an office and the draft's own region ("Dinkes Polman" where the draft is of
        Kabupaten Polewali Mandar; "Asisten II" + "Setda Mamuju"). The head may itself be such a name
        ("WA Pengaduan" + "BPN" + "Banggai")."""
        for cut in range(1, len(tokens)):
            head, tail = tokens[:cut], tokens[cut:]
            acronym = (cut == 1 and self._is_acronym_token(head[0])) or (
                len(tail) == 1 and self._is_acronym_token(tail[0]))
            if not (acronym or self._is_region(tail) or self._is_region(tail[-1:]) or self._is_region(tail[-2:])
                    or self._is_written_name(tail)):
                continue
            if (self._supports_tokens(head) or (cut > 1 and self._supports_split(head))) and (
                    self._supports_tokens(tail) or (len(tail) > 1 and self._supports_split(tail))):
                return True
        return False

    def _supports_tokens(self, tokens: list[str]) -> bool:
        return any(within_window(units(tokens, set(words)), words) for words in self.words) or (
            self._supports_reading(tokens))

    def _is_written_name(self, tokens: list[str]) -> bool:
        """`tokens` are a name of two or more words a source writes as such, capitalised: a person after
        an office ("Kadis Dikbud NTB" + "Lalu Hamdani")."""
        return len(tokens) >= 2 and any(
            names is not None and set(tokens) <= names and squashed_match(tokens, words)
            for words, names in zip(self.words, self.names, strict=True))

    def _is_acronym_token(self, token: str) -> bool:
        return token in self.acronyms

    def _is_region(self, tokens: list[str]) -> bool:
        """`tokens` name the region of a source ("kabupaten polewali mandar", or its short form), a village or
        district it names after its head ("padukuhan jetis"), or a regency or city of the gazetteer that a
        source names ("pangkalpinang")."""
        if "".join(tokens) in gazetteer.squashed_region_names() and any(
                within_window(tokens, words) for words in self.words):
            return True
        for words in self.words:
            for i, word in enumerate(words[:-1]):
                if word in name_forms.LOCAL_PLACE_HEADS and list(words[i + 1 : i + 1 + len(tokens)]) == tokens:
                    return True
                if word not in name_forms.REGION_HEADS:
                    continue
                region = words[i + 1 : i + 1 + len(tokens) + 2]
                if list(region[: len(tokens)]) == tokens:
                    return True
                spans = (region[:k] for k in range(2, len(region) + 1))
                if len(tokens) == 1 and any(name_forms.abbreviates(tokens[0], span) for span in spans):
                    return True
        return False


def check_facts(output: str, sources: Iterable[str]) -> FactCheck:
    """Every fact in `output` must appear (by key) in at least one source text."""
    evidence = _Evidence(sources)
    invented: dict[str, str] = {}
    runs = regrouped(lexicon.clean_markup(output))
    for fact in (*extract_facts(output), *output_number_words(output)):
        if fact.key in invented or evidence.supports(fact) or counts_a_list(fact, output, evidence.list_counts) or (
                counts_own_list(fact, output)) or bool(runs.get(fact.key, set()) & evidence.keys) or (
                rounds_a_value(fact, evidence.values)) or (
                fact.kind == "time" and evidence.keys.intersection(evening_keys(fact.raw, output))):
            continue
        before = word_before(fact.raw, output) if fact.kind == "name" and " " not in fact.raw else ""
        if evidence.says_in_context(fact.raw, before):
            continue
        invented[fact.key] = fact.raw
    invented.update(misdated_days(output, evidence.day_pairs, evidence.dates, evidence.values))
    for raw, value in numbers_off(numbered_names(lexicon.clean_markup(output)), evidence.numbered):
        invented.setdefault(f"numbered:{raw}:{value}", raw)
    for raw, start, end in time_ranges(output):
        if start != end and not invented.keys() & {start, end} and (not any(
                {start, end} <= times for times in evidence.line_times) or recombines(start, end, evidence.ranges)):
            invented[f"range:{start}-{end}"] = raw
    return FactCheck(ok=not invented, invented=list(dict.fromkeys(invented.values())))


LINK_REMOVED = "(tautan dihapus)"
ACCOUNT_REMOVED = "(akun dihapus)"


def strip_foreign_links(text: str, sources: Iterable[str]) -> tuple[str, int]:
    """`text` with every link, address and @account that no source gives replaced by neutral words,
    and how many were replaced. For model notes shown as they are, where a link is clickable."""
    evidence: _Evidence | None = None
    parts: list[str] = []
    last = removed = 0
    for loc in scan_facts(text):
        if not loc.fact.key.startswith("name:url:") or loc.start < last:
            continue
        evidence = evidence or _Evidence(sources)
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
