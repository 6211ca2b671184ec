"""Features of a draft (for its kind) and of its candidate lead clauses, for the reading model.

Everything here is read off what the rules already computed (`extract.Reading`): the rules' scores and
choices become features beside the words, so the model learns when to trust them. Words are the
triage's hashed n-grams (`triage_features.ngram_features`: unit-length word uni/bigram and character
3-5-gram vectors), folded into a few buckets per family so the shipped weights stay small. numpy only,
no embedding: the rewrite's speed budget allows a few milliseconds, not a vector model per clause.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence

import numpy as np

from bot.core.reading.key_facts import FREE
from bot.core.reading.kind import kind_scores, one_day_occasion, opening_end
from bot.core.reading.layer import Reading
from bot.core.reading.lead_lines import header_lines
from bot.core.reading.sheet import Clause, DraftKind, Slot
from bot.core.triage_features import BUCKETS, ngram_features, normalise

KINDS: tuple[DraftKind, ...] = tuple(DraftKind)
#: Slots whose presence says what kind of draft it is (a cost and a way to join: something citizens use).
_KIND_SLOTS = (Slot.WHEN, Slot.WHERE, Slot.COST, Slot.WHO, Slot.QUOTA, Slot.REQUIREMENTS, Slot.HOW, Slot.CONTACT,
               Slot.DEADLINE, Slot.TARGET, Slot.FIGURES)
#: Slots a lead clause may hold: a clause that says when, where and at what cost is what citizens get.
_CLAUSE_SLOTS = (Slot.WHEN, Slot.WHERE, Slot.COST, Slot.WHO, Slot.QUOTA, Slot.HOW, Slot.CONTACT, Slot.FIGURES,
                 Slot.ATTRIBUTION)
_PRICE = re.compile(r"\bRp\s?\d|\brupiah\b", re.I)
_OFFICIAL = re.compile(r"\b(?:bupati|wakil|wali\s*kota|walikota|gubernur|camat|lurah|kepala|kadis|sekda|menteri|"
                       r"ketua|direktur|kapolres|dandim|pj\.?|plt\.?|bapak|ibu)\b", re.I)
_CEREMONIAL = re.compile(r"\b(?:membuka|meresmikan|menghadiri|menyerahkan|didampingi|mengapresiasi|menyampaikan|"
                         r"mengatakan|menuturkan|menjelaskan|ujar|kata|tutur|berharap|mengajak|meninjau|"
                         r"mengucapkan|melepas|mencanangkan|memimpin)\b", re.I)
_QUOTE_MARKS = "\"“”"
#: How many candidates (by the rules' weight) the model ranks.
MAX_CANDIDATES = 8
#: Features before the n-grams.
KIND_DENSE = 2 * len(KINDS) * 2 + 3 + len(_KIND_SLOTS)
LEAD_DENSE = 16 + len(_CLAUSE_SLOTS) + len(KINDS)


def word_buckets(text: str, buckets: int) -> np.ndarray:
    """`text`'s word uni/bigram vector (unit length, log counts: the word family of `ngram_features`, without
    its character n-grams, which cost a whole draft several milliseconds), folded into `buckets` columns."""
    tokens = normalise(text)
    grams = ["w:" + t for t in tokens] + ["b:" + a + " " + b for a, b in zip(tokens, tokens[1:], strict=False)]
    counts = Counter(zlib.crc32(g.encode("utf-8")) % BUCKETS for g in grams)
    out = np.zeros(buckets, dtype=np.float64)
    norm2 = 0.0
    for k, v in counts.items():
        w = 1.0 + math.log(v)
        out[k % buckets] += w
        norm2 += w * w
    return out / (math.sqrt(norm2) or 1.0)


def add_ngrams(row: np.ndarray, text: str, offset: int, buckets: int, weight: float, chars: bool = True) -> None:
    """Add `text`'s word and (with `chars`) character n-grams, folded into `buckets` columns from `offset`, to
    `row`."""
    if not text or weight == 0:
        return
    if not chars:
        row[offset : offset + buckets] += weight * word_buckets(text, buckets)
        return
    words, grams = ngram_features(text)
    for family in (words, grams):
        for k, v in family.items():
            row[offset + k % buckets] += weight * v


def kind_width(buckets: int) -> int:
    return KIND_DENSE + 3 * buckets + 1


def kind_features(reading: Reading, rule_kind: DraftKind, buckets: int, word_weight: float,
                  cue_weight: float, text_chars: bool = True) -> np.ndarray:
    """One draft's kind features: the rules' scores and choices, cue counts, and the n-grams of its
    opening, of the whole draft and of its lead clause."""
    row = np.zeros(kind_width(buckets), dtype=np.float64)
    text, title = reading.text, reading.title
    scores = kind_scores(text, title)
    total = sum(scores.values()) or 1.0
    dense: list[float] = [float(np.log1p(scores[k])) / 3.0 for k in KINDS]
    dense += [scores[k] / total for k in KINDS]
    dense += [1.0 if rule_kind == k else 0.0 for k in KINDS]
    dense += [1.0 if reading.first_kind == k else 0.0 for k in KINDS]
    lead = reading.lead
    dense += [1.0 if lead is not None else 0.0, (lead.benefit / 5.0) if lead else 0.0, float(one_day_occasion(text))]
    slots = {f.slot for f in reading.facts}
    dense += [1.0 if s in slots else 0.0 for s in _KIND_SLOTS]
    row[:KIND_DENSE] = np.asarray(dense) * cue_weight
    add_ngrams(row, text[: opening_end(text, title)], KIND_DENSE, buckets, word_weight)
    add_ngrams(row, text, KIND_DENSE + buckets, buckets, word_weight, chars=text_chars)
    add_ngrams(row, lead.text if lead else "", KIND_DENSE + 2 * buckets, buckets, word_weight)
    row[-1] = 1.0
    return row


def candidates(reading: Reading, limit: int = MAX_CANDIDATES) -> list[Clause]:
    """The clauses the rules weighed above nothing, the weightiest first (the earliest of equals)."""
    pool = [c for c in reading.clauses if not c.ceremonial and c.benefit > 0]
    return sorted(pool, key=lambda c: (-c.benefit, c.start))[:limit]


def lead_width(buckets: int) -> int:
    return LEAD_DENSE + 2 * buckets + 1


def lead_features(reading: Reading, pool: Sequence[Clause], buckets: int, word_weight: float,
                  cue_weight: float) -> np.ndarray:
    """One row per candidate clause: the rules' weight and rank, where it stands, what facts it holds, who
    does what in it, and the n-grams of the clause and of the words just before it."""
    text = reading.text
    rows = np.zeros((len(pool), lead_width(buckets)), dtype=np.float64)
    if not pool:
        return rows
    top = pool[0].benefit
    headers = header_lines(text, reading.sentences)
    n_sentences = max(len(reading.sentences), 1)
    first = min(c.start for c in pool)
    for i, c in enumerate(pool):
        sentence_start = reading.sentences[c.sentence][0] if c.sentence < len(reading.sentences) else c.start
        before = text[sentence_start : c.start]
        quoted = sum(before.count(q) for q in _QUOTE_MARKS) % 2 == 1
        words = len(c.text.split())
        head = c.text[:60]
        dense = [c.benefit / 5.0, (c.benefit - top) / 5.0, 1.0 if i == 0 else 0.0, 1.0 if i == 1 else 0.0,
                 1.0 if i == 2 else 0.0, 1.0 if i >= 3 else 0.0, c.sentence / n_sentences,
                 1.0 if c.sentence <= 1 else 0.0, 1.0 if c.sentence < headers else 0.0,
                 1.0 if c.start == first else 0.0, float(quoted), 1.0 if FREE.search(c.text) else 0.0,
                 1.0 if _PRICE.search(c.text) else 0.0, min(words, 40) / 20.0,
                 1.0 if _OFFICIAL.search(head) and _CEREMONIAL.search(c.text) else 0.0,
                 1.0 if _CEREMONIAL.search(before[-40:]) else 0.0]
        held = {f.slot for f in reading.facts if c.start <= f.start and f.end <= c.end + 1}
        dense += [1.0 if s in held else 0.0 for s in _CLAUSE_SLOTS]
        dense += [1.0 if reading.first_kind == k else 0.0 for k in KINDS]
        rows[i, :LEAD_DENSE] = np.asarray(dense) * cue_weight
        add_ngrams(rows[i], c.text, LEAD_DENSE, buckets, word_weight)
        add_ngrams(rows[i], " ".join(before.split()[-4:]), LEAD_DENSE + buckets, buckets, word_weight)
        rows[i, -1] = 1.0
    return rows
