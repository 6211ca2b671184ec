"""The key-fact check: does a post keep the when, where, cost and how its draft gives?

Only facts citizens act on are key. What a key fact is depends on the kind of draft: in a
clarification the hoax's own day, place, price and steps are what the correction denies, not things
to act on (`actionable`), so the key facts are the correction's (the official channel to check, the
real schedule). A "how" that is an official's own action ("tim sudah menelusuri ... dengan mendatangi
sekolah") is no step for citizens either, unless it names a channel (a number, a link).

A slot counts as kept when one of its facts is in the post, reworded or not: the fact's numbers,
dates and times are all there (compared by canonical key, so "14/6" and "14 Juni" match), or, for a
fact without any, most of its content words are. The LLM engine regenerates once naming what is
missing; the offline engine passes it by construction.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.number_words import read_out_in_digits
from bot.core.reading.act_time import citizen_place, citizen_times
from bot.core.reading.key_facts import FREE
from bot.core.reading.sheet import KEY_SLOTS, DraftKind, Fact, FactSheet, Slot

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
    text = read_out_in_digits(fact.text)  # a phone number read out in words is kept in digits
    keys = _keys(text)
    if any(k.startswith("date:") and not k.startswith("date:day-") for k in keys):
        keys = {k for k in keys if not k.startswith("date:day-")}
    if keys:
        have = post_keys if post_keys is not None else _keys(post)
        return all(_covered(k, have) for k in keys)
    words = _words(text)
    if not words:
        return True
    have = post_words if post_words is not None else _words(post)
    return len(words & have) / len(words) >= WORD_SHARE


#: A clause that tells the hoax itself (what circulates, what is denied), not the correction.
_HOAX = re.compile(r"\b(?:beredar\w*|hoaks|hoax|tidak benar|palsu|berantai|disebar\w*|menyebar\w*|viral|"
                   # shared, not handed out ("seragam dibagikan langsung di sekolah" is the true fact)
                   r"dibagikan(?=\s+(?:ulang|secara\s+luas|(?:di|ke|lewat|melalui)\s+(?:media|medsos|grup|whatsapp|wa|"
                   r"facebook|fb|tiktok|instagram|ig|x|twitter)))|mengatasnamakan|tidak pernah|"
                   r"(?:kabar|pesan|informasi|unggahan|video|isu)\s+"
                   r"(?:itu|tersebut))\b", re.I)
#: Before a how: an official acting, or an action already done.
_OFFICIAL = re.compile(r"\b(?:tim|petugas|personel|aparat|polisi|polres|polda|polsek|satgas|satreskrim|dinas|"
                       r"pihak\w*|kami|jajaran|telah|sudah|sedang|tengah)\b", re.I)
#: Before a how: a citizen addressed or invited ("warga ... diminta", "masyarakat dapat").
_CITIZEN = re.compile(r"\b(?:warga|masyarakat|orang tua|pengendara|peserta|pemohon|pendaftar|calon|anda|"
                      r"penerima|pelanggan|pengunjung|nelayan|pedagang|petani|pemilik|diminta|dipersilakan|"
                      r"diimbau|diharapkan|dapat|bisa|silakan|cukup|wajib|harus|segera|jangan|cara\w*)\b", re.I)
#: A channel citizens can use: a link, an address or account, a phone or emergency number, an app or line.
_CHANNEL_KEY = re.compile(r"name:url:|number:(?:0\d{7,}|1\d{2,3})$")
_CHANNEL_WORD = re.compile(r"\b(?:aplikasi|laman|situs|website|tautan|link|whatsapp|wa|hotline|call center|"
                           r"command center|nomor|sms|telepon)\b", re.I)


def _clause_of(sheet: FactSheet, fact: Fact) -> tuple[int, int] | None:
    clause = sheet.clause_at(fact.start)
    return (clause.start, clause.end) if clause is not None else None


def _sentence(sheet: FactSheet, fact: Fact) -> str:
    clause = sheet.clause_at(fact.start)
    return " ".join(c.text for c in sheet.clauses if clause is not None and c.sentence == clause.sentence)


def channel(fact: Fact) -> bool:
    """Whether `fact` names a channel citizens can use (a link, a number, an app, a hotline)."""
    keys = (loc.fact.key for loc in scan_facts(fact.text))
    return bool(_CHANNEL_WORD.search(fact.text)) or any(_CHANNEL_KEY.match(key) for key in keys)


def actionable(sheet: FactSheet, fact: Fact) -> bool:
    """Whether `fact` is one citizens act on: not a detail of the hoax a clarification denies, and
    (a how) not an official's own action."""
    span = _clause_of(sheet, fact)
    if span is None:
        return True
    clause = sheet.draft[span[0] : max(span[1], fact.end)]
    if sheet.kind == DraftKind.CLARIFICATION and fact.slot not in (Slot.WHAT, Slot.BENEFIT, Slot.ATTRIBUTION) \
            and _HOAX.search(clause):
        return False
    if sheet.kind == DraftKind.CLARIFICATION and fact.slot == Slot.COST and not FREE.search(fact.text) \
            and _HOAX.search(_sentence(sheet, fact)):
        return False  # the sum the hoax asks for ("bayar Rp35 juta"), whatever clause it sits in
    if fact.slot == Slot.HOW and not channel(fact):
        before = sheet.draft[span[0] : fact.start]
        return not (_OFFICIAL.search(before) and not _CITIZEN.search(before))
    return True


def key_slot_order(sheet: FactSheet) -> tuple[Slot, ...]:
    """The key slots, most needed first: a clarification's channel to check comes before any day or
    place (X keeps the first two the sheet has)."""
    if sheet.kind == DraftKind.CLARIFICATION:
        return (Slot.HOW, Slot.COST, Slot.WHEN, Slot.WHERE)
    return KEY_SLOTS


#: What a meeting that gives citizens nothing asks of the agencies in it: no fact for citizens to act on.
_AGENCY_SLOTS = frozenset({Slot.HOW, Slot.DEADLINE, Slot.TARGET, Slot.REQUIREMENTS, Slot.QUOTA})


def key_facts(sheet: FactSheet, slot: Slot) -> list[Fact]:
    """The facts of `slot` a post must keep: those citizens act on (`actionable`); of the times, those
    that say when to act or come, not the day of the report or of the speech (`citizen_times`); of the
    places, not the hall of a speech or meeting (`citizen_place`)."""
    facts = [f for f in sheet.of(slot) if actionable(sheet, f)]
    if not sheet.citizen_benefit and sheet.kind == DraftKind.MEETING and slot in _AGENCY_SLOTS:
        return []  # the agencies' deadline, target or app ("laporan paling lambat ...") would read as citizens'
    if not sheet.citizen_benefit:  # a meeting's own day and room are what its report has to say
        return _meetings_own(sheet, facts) if slot in (Slot.WHEN, Slot.WHERE) else facts
    if slot == Slot.WHERE:
        return [f for f in facts if citizen_place(sheet, f)]
    return citizen_times(sheet, facts) if slot == Slot.WHEN else facts


def _meetings_own(sheet: FactSheet, facts: list[Fact]) -> list[Fact]:
    """Of a meeting's days and places, those said in the sentence that names it ("menggelar Rapat Koordinasi ...,
    bertempat di ..., pada Selasa (15/12/2026)"): the offices' own dates and areas it discussed ("kas ditutup 31
    Desember", "pekerjaan di Kecamatan X terkendala") are no time or place for citizens."""
    names = {sheet.sentence_of(f.start) for f in sheet.of(Slot.WHAT)} - {None}
    own = [f for f in facts if sheet.sentence_of(f.start) in names]
    return own or facts


def missing_key_facts(sheet: FactSheet, post: str, slots: tuple[Slot, ...] = KEY_SLOTS) -> list[Fact]:
    """For each key slot the sheet has and the post lacks entirely, the slot's first key fact."""
    post_keys, post_words = _keys(post), _words(post)
    out: list[Fact] = []
    for slot in slots:
        facts = key_facts(sheet, slot)
        if facts and not any(kept(f, post, post_keys, post_words) for f in facts):
            out.append(facts[0])
    return out
