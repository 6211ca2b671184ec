"""One source of the fact check (`bot/core/fact_check.py`) read once: its words, facts, the names it
gives without writing them, its lists, times and numbered names. Cached, since the same guideline
chunks and the same draft are checked again and again (every answer, each engine pass)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bot.core import fact_words, lexicon, name_forms
from bot.core.fact_counts import counted_only, list_counts, number_word_facts, outside_names, roman_number_facts
from bot.core.fact_grouped import grouped_facts
from bot.core.fact_numbered import Numbered, numbered_names
from bot.core.fact_ranges import line_times, source_ranges
from bot.core.fact_scan import HASHTAG, LIST_NUMBER, Fact, markup_tags, scan_cached
from bot.core.fact_spelled import in_digits
from bot.core.fact_weekdays import source_day_pairs
from bot.core.fact_words import in_capitals
from bot.core.reading.acronyms import bracketed_names, find_acronyms


class Source(NamedTuple):
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
    #: The numbers the source writes only as counts ("dua ribu kali"), which support no amount of money.
    counted: frozenset[str]


#: A prefix joined to a name by a hyphen ("ber-KTP", "se-Kabupaten", "non-ASN"): the name stands in the source.
_PREFIXED = re.compile(r"^(?:ber|se|ke|non|pra|pasca|anti|eks)-([^\W\d_][\w]*)$")


@lru_cache(maxsize=1024)
def read_source(source: str) -> Source:
    """One source's lower-case text, words, facts and derived names (scanning is the costly part)."""
    clean = LIST_NUMBER.sub(r"\1", lexicon.clean_markup(source))
    located = scan_cached(clean)
    untagged = HASHTAG.sub(" ", clean)
    found = list(lexicon.NAME_TOKEN.finditer(untagged))
    words = tuple(m.group(0).lower() for m in found)
    headlines = fact_words.title_case_spans(untagged)
    capped = tuple(m.group(0)[0].isupper() and i > 0 and not untagged[found[i - 1].end() : m.start()].strip()
                   and not in_capitals(m.group(0), found[i - 1].group(0))
                   and not any(a <= m.start() < b for a, b in headlines) for i, m in enumerate(found))
    plain_words = outside_names(untagged, found)
    digits = in_digits(untagged, found, plain_words)
    spelled = tuple(loc.fact for loc in scan_cached(digits) if loc.fact.kind in ("date", "time")) if digits else ()
    facts = (tuple(loc.fact for loc in located) + number_word_facts(plain_words)
             + roman_number_facts(clean) + spelled
             + grouped_facts(clean))
    day_pairs = source_day_pairs(clean, located)
    names = frozenset(w.lower() for w in lexicon.NAME_TOKEN.findall(clean) if w[0].isupper())
    untitled = tuple(w for w in words if w not in name_forms.TITLES)
    pairs = [*find_acronyms(clean), *bracketed_names(clean)]
    defined = tuple((acronym.lower(), tuple(w.lower() for w in lexicon.NAME_TOKEN.findall(expansion)))
                    for acronym, expansion in pairs)
    derived = name_forms.derived_names(clean, words) + name_forms.hashtag_names(clean) + tuple(
        (m.group(1),) for w in words if (m := _PREFIXED.match(w)))  # "ber-KTP" writes "KTP"
    return Source(f"{clean}\n{markup_tags(source)}".lower(), words, facts, derived,
                  names, untitled if len(untitled) < len(words) else (), defined, list_counts(source),
                  capped, line_times(source) + (line_times(digits) if digits else ()),
                  source_ranges(source) | (source_ranges(digits) if digits else frozenset()), day_pairs,
                  numbered_names(clean, sources=True) + (numbered_names(digits, sources=True) if digits else ()),
                  counted_only(clean, located, plain_words))
