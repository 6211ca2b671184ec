"""The key-fact check: does a post keep the when, where, cost and how its draft gives?

A slot counts as kept when one of its facts is in the post, reworded or not: the fact's numbers,
dates and times are all there (compared by canonical key, so "14/6" and "14 Juni" match), or, for a
fact without any, most of its content words are. The LLM engine regenerates once naming what is
missing; the offline engine passes it by construction.
"""

from __future__ import annotations

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.reading.key_facts import FREE
from bot.core.reading.sheet import KEY_SLOTS, Fact, FactSheet, Slot

#: Share of a fact's content words a post must have when the fact has no number, date or time.
WORD_SHARE = 0.6
_SKIP = frozenset({"di", "ke", "dari", "pada", "dan", "atau", "yang", "untuk", "dengan", "secara", "melalui", "bagi"})


def _keys(text: str) -> set[str]:
    return {loc.fact.key for loc in scan_facts(text) if loc.fact.key and not loc.fact.key.startswith("name:")}


def _words(text: str) -> set[str]:
    return {lexicon.stem(w.lower()) for w in lexicon.words(text) if w.lower() not in _SKIP}


def _covered(key: str, have: set[str]) -> bool:
    """A fact's key is in the post as such, or as the same day with or without its year ("16/3" for
    "16/3/2026", "5 Juni 2025" for "5/6")."""
    if key in have:
        return True
    if key.startswith("date:--"):  # the draft's "5/6" is written "5 Juni 2025"
        return any(k.startswith("date:") and len(k) == 15 and k[10:] == key[7:] for k in have)
    return key.startswith("date:") and len(key) == 15 and f"date:--{key[10:]}" in have


def kept(fact: Fact, post: str, post_keys: set[str] | None = None, post_words: set[str] | None = None) -> bool:
    """Whether `post` states `fact` (its numbers and dates, else most of its words). A weekday beside
    a full date may be left out, and "gratis" says "tidak dipungut biaya"."""
    if FREE.search(fact.text) and FREE.search(post):
        return True
    keys = _keys(fact.text)
    if any(k.startswith("date:") and not k.startswith("date:day-") for k in keys):
        keys = {k for k in keys if not k.startswith("date:day-")}
    if keys:
        have = post_keys if post_keys is not None else _keys(post)
        return all(_covered(k, have) for k in keys)
    words = _words(fact.text)
    if not words:
        return True
    have = post_words if post_words is not None else _words(post)
    return len(words & have) / len(words) >= WORD_SHARE


def missing_key_facts(sheet: FactSheet, post: str, slots: tuple[Slot, ...] = KEY_SLOTS) -> list[Fact]:
    """For each key slot the sheet has and the post lacks entirely, the slot's first fact."""
    post_keys, post_words = _keys(post), _words(post)
    out: list[Fact] = []
    for slot in slots:
        facts = sheet.of(slot)
        if facts and not any(kept(f, post, post_keys, post_words) for f in facts):
            out.append(facts[0])
    return out
