"""Read a draft the way an editor would, without a language model.

`analyze_draft` splits the draft into sentences, drops the ceremony and the speech
summaries, strips titles and bureaucratic lead-ins, fixes spelling, picks the
sentence that matters to citizens as the lead and pulls the key facts (when, where,
cost, how to join, contact) out as short labelled values. Every value is copied
from the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core import lexicon
from bot.core.facts import Located, scan_facts
from bot.core.lexicon_data import IMPACT_WORDS, WEAK_IMPACT
from bot.core.compose import (
    cost,
    event_phrase,
    place,
    requirement,
    topic_tags,
    when_runs,
    when_value,
)

MAX_SENTENCES = 80
MAX_SENTENCE_CHARS = 320
MAX_VALUE_CHARS = 140

_SPEECH = re.compile(
    r"\b(?:sambutan\w*|arahan\w*|menyampaikan|mengatakan|menegaskan|menekankan|berharap|mengharapkan|mengajak|"
    r"mengapresiasi|memaparkan|mengungkapkan|menuturkan|ujar\w*|katanya|ungkap\w*)\b", re.I)
_ATTRIBUTION = re.compile(r"\b(?:ujar|kata|ungkap|tutur|jelas|tegas|pesan|harap)nya\b|[“”\"]", re.I)
_SECONDARY = re.compile(r"\b(?:juga|pula|selain itu|bagi yang tidak|yang tidak hadir)\b", re.I)
_REGISTER = re.compile(r"\b(?:pendaftaran|mendaftar|daftar|registrasi|formulir)\b[^.!?\n]*", re.I)
_CHANNEL = re.compile(r"\b(?:melalui|lewat|secara daring|online|aplikasi|laman|situs|loket|tautan|datang)\b", re.I)
_ONLINE = re.compile(r"\b(?:daring|online|aplikasi|laman|situs|tautan)\b", re.I)
_ALERT = re.compile(r"\b(?:waspada|kewaspadaan|darurat|bencana|banjir|longsor|cuaca ekstrem|peringatan dini|"
                    r"angin kencang|hujan lebat|evakuasi|pengungsian)\b", re.I)
_CLOSURE = re.compile(r"\b(?:ditutup|penutupan|pengalihan|dialihkan|diarahkan|jalur alternatif|buka tutup)\b", re.I)
_END_OF_SENTENCE = re.compile(r"\s*(?:WIB|WITA|WIT)?\)?\s*[.!?…]*\s*$")
_PLACE_TAIL = re.compile(r"\s*(?:WIB|WITA|WIT)?\)?,?\s*((?:bertempat\s+)?di\s+[^,.;:!?()]{3,80}?)\s*[.!?…]*\s*")
_WHEN_PREP = re.compile(
    r"(?:,\s*|\s+)(?:(?:yang\s+)?(?:pada|mulai|setiap|tiap|sejak|hingga|sampai|selama|paling lambat)\s+)?"
    r"(?:hari\s+|tanggal\s+)?\(?\s*$", re.I)
_INTRO = re.compile(r"^(?:selama|sebagai|berdasarkan|dalam|melalui|dengan|pada|bagi|sesuai|untuk|mulai|menurut)\b",
                    re.I)
_NO_SPLIT_AFTER = re.compile(
    r"^(?:serta|dan|yang|atau|sedangkan|yaitu|sehingga|karena|tetapi|namun|untuk|dengan|di|ke|dari|pada|mulai|"
    r"hingga|sampai|setiap|tanpa|termasuk|seperti|kecuali|bagi|lebih|sekitar|sebanyak)\b", re.I)

_LIST_INTRO = re.compile(r"\b(?:yaitu|adalah|meliputi|antara lain|seperti|berupa)\b", re.I)
_VERBISH = re.compile(r"^(?:me|di|ber|ter)[a-z]{3,}$|^(?:bisa|dapat|akan|wajib|harus|cukup)$", re.I)


@dataclass
class Sentence:
    original: str
    text: str
    ceremonial: bool
    impact: float
    facts: list[Located]


@dataclass
class Analysis:
    lead: str = ""
    lead_full: str = ""
    hook: str = ""
    body: list[str] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)
    offers: str = "info"
    topic_tags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dropped_ceremonial: int = 0
    had_honorifics: bool = False


def clip(text: str, limit: int) -> str:
    """`text` cut at a word boundary with "…" when longer than `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:-(") + "…"


def impact_score(text: str, facts: list[Located]) -> float:
    """How much a sentence tells citizens what they get or must do."""
    score = 0.0
    for word in (w.lower() for w in lexicon.words(text)):
        if word in IMPACT_WORDS:
            score += 3 if word == "gratis" else 1 if word in WEAK_IMPACT else 2
    if any(loc.fact.kind in ("date", "time", "money") for loc in facts):
        score += 2 if place([text]) else 1
    if _ATTRIBUTION.search(text):
        score -= 2
    if _SECONDARY.search(text):
        score -= 3
    return score


def _prepare(raw: str) -> Sentence:
    original = raw.strip()
    base = lexicon.strip_honorifics(original)
    fluff = False
    if _SPEECH.search(base):
        parts = re.split(r"\bbahwa\b,?\s*", base, maxsplit=1)
        said = parts[1] if len(parts) == 2 else ""
        said_facts = scan_facts(said)
        if said and not _SPEECH.search(said) and (
            any(loc.fact.kind in ("date", "time", "money", "number") for loc in said_facts)
            or impact_score(said, said_facts) >= 2
        ):
            base = said
        else:
            fluff = True
    text = lexicon.strip_lead_in(base)
    ceremonial = fluff or lexicon.is_ceremonial(text)
    text = lexicon.simplify_jargon(lexicon.fix_spelling(text))
    text = lexicon.capitalize_first(clip(text, MAX_SENTENCE_CHARS).strip(" ,"))
    if original[-1:] in ".!?" and text[-1:] not in ".!?…":
        text += "."
    facts = scan_facts(text)
    return Sentence(original, text, ceremonial, impact_score(text, facts), facts)


def drop_when(sentence: str) -> str:
    """The sentence without a when-phrase that closes it (the key-fact lines carry it)."""
    runs = when_runs(sentence)
    if not runs:
        return sentence
    start, end = runs[-1]
    tail = _PLACE_TAIL.fullmatch(sentence[end:])
    if not (_END_OF_SENTENCE.fullmatch(sentence[end:]) or tail) or len(runs) > 1 and runs[0][0] < start:
        return sentence
    prep = _WHEN_PREP.search(sentence[:start])
    result = sentence[: prep.start() if prep else start].rstrip(" ,(")
    if len(lexicon.words(result)) < 4:
        return sentence
    return result + (" " + tail.group(1).strip() if tail else "") + "."


def split_lead(lead: str, visible: int) -> tuple[str, str]:
    """A lead longer than `visible` split at a comma, only where both halves read as sentences."""
    if len(lead) <= visible:
        return lead, ""
    cut = lead.rfind(", ", 0, visible)
    if cut < 60 or _INTRO.match(lead) or _LIST_INTRO.search(lead[:cut]):
        return lead, ""
    rest = lead[cut + 2 :].strip()
    if _NO_SPLIT_AFTER.match(rest) or len(lexicon.words(rest)) < 5 or not any(
        _VERBISH.match(w) for w in lexicon.words(rest)[:4]
    ):
        return lead, ""
    return lead[:cut] + ".", lexicon.capitalize_first(rest)


def _content_stems(text: str) -> set[str]:
    generic = {"program", "kegiatan", "acara", "tahun", "kota", "kabupaten", "pemerintah", "daerah", "launching"}
    return {lexicon.stem(w.lower()) for w in lexicon.words(text) if len(w) > 3 and w.lower() not in generic}


def _pick_lead(plain: list[Sentence]) -> Sentence | None:
    candidates = [s for s in plain if s.impact > 0] or plain
    return max(candidates, key=lambda s: s.impact, default=None)


def _details(out: Analysis, sentences: list[Sentence], plain: list[Sentence], lead: Sentence | None) -> set[str]:
    ordered = ([lead] if lead else []) + [s for s in plain if s is not lead]
    pool = ordered or sentences
    used: set[str] = {out.lead_full}
    apa = next((event_phrase(lexicon.strip_honorifics(s.original)) for s in sentences
                if event_phrase(lexicon.strip_honorifics(s.original))), "")
    context = " ".join([out.lead_full, *(s.text for s in plain)])
    if apa and lead is not None and apa.lower() not in out.lead_full.lower() and (
        _content_stems(apa) & _content_stems(context)
    ):
        out.details["Apa"] = clip(apa, MAX_VALUE_CHARS)
    when_source = next((s for s in pool if when_runs(s.text)), None)
    if when_source is not None:
        out.details["Kapan"] = clip(when_value(when_source.text), MAX_VALUE_CHARS)
    where = place(s.text for s in pool)
    if where:
        out.details["Di mana"] = clip(where, MAX_VALUE_CHARS)
    label, price = cost(s.text for s in pool)
    if price:
        out.details[label] = clip(price, MAX_VALUE_CHARS)
    register = next((s for s in plain if s is not lead and (m := _REGISTER.search(s.text)) and m.start() <= 40
                     and _CHANNEL.search(m.group(0))), None)
    if register is not None:
        match = _REGISTER.search(register.text)
        out.details["Cara ikut"] = lexicon.capitalize_first(clip(match.group(0).strip(" ,") if match else "",
                                                                 MAX_VALUE_CHARS))
        used.add(register.text)
    for sentence in pool:
        value = requirement(sentence.text)
        if value:
            out.details["Syarat"] = clip(value, MAX_VALUE_CHARS)
            if sentence is not lead:
                used.add(sentence.text)
            break
    contacts: list[str] = []
    for sentence in pool:
        for loc in sentence.facts:
            is_phone = loc.fact.kind == "number" and len(re.sub(r"\D", "", loc.fact.raw)) >= 9
            is_link = loc.fact.key.startswith("name:url:") and not loc.fact.raw.startswith("@")
            if (is_phone or is_link) and loc.fact.raw not in contacts:
                contacts.append(loc.fact.raw)
                if sentence is not lead:
                    used.add(sentence.text)
    if contacts:
        out.details["Info"] = " / ".join(contacts[:3])
    out.details = {k: v for k, v in out.details.items() if v}
    return used


def _offer(plain_text: str, plain: list[Sentence]) -> str:
    if _REGISTER.search(plain_text):
        return "registration"
    if _ALERT.search(plain_text):
        return "alert"
    if _CLOSURE.search(plain_text):
        return "closure"
    if any(loc.fact.kind == "date" for s in plain for loc in s.facts):
        return "event"
    return "info"


def analyze_draft(draft: str) -> Analysis:
    """The lead, body, key-fact values and warnings of a draft."""
    text = lexicon.clean_markup(draft)
    out = Analysis(had_honorifics=bool(lexicon.find_honorifics(text)))
    sentences = [_prepare(s) for s in lexicon.split_sentences(text)[:MAX_SENTENCES] if lexicon.words(s)]
    plain = [s for s in sentences if not s.ceremonial]
    out.dropped_ceremonial = len(sentences) - len(plain)
    lead = _pick_lead(plain)
    if lead is None:
        phrase = next((event_phrase(s.text) for s in sentences if event_phrase(s.text)), "")
        out.lead_full = phrase + "." if phrase else (sentences[0].text if sentences else clip(text, 200))
        out.dropped_ceremonial -= 0 if phrase or not sentences else 1
        out.warnings.append("Draf hanya berisi laporan seremoni; tambahkan apa yang warga dapat atau harus lakukan.")
    else:
        out.lead_full = lead.text
    used = _details(out, sentences, plain, lead)
    out.lead = drop_when(out.lead_full) if "Kapan" in out.details else out.lead_full
    if "Apa" in out.details and len(out.lead) > 125 and len(out.details["Apa"]) <= 100:
        out.hook = out.details.pop("Apa")
    out.body = [s.text for s in plain if s is not lead and s.text not in used and s.impact > 0]
    plain_text = " ".join(s.text for s in plain)
    out.offers = _offer(plain_text, plain)
    out.topic_tags = topic_tags(text, out.hook or out.details.get("Apa", ""), out.lead, plain_text)
    if not any(loc.fact.kind == "date" and not loc.fact.key.startswith("date:day-")
               for s in sentences for loc in s.facts):
        out.warnings.append("Tidak menemukan tanggal di draf; tambahkan kapan kegiatan berlaku.")
    if "Di mana" not in out.details and out.offers in ("registration", "event") and not _ONLINE.search(text):
        out.warnings.append("Tidak menemukan lokasi di draf; tambahkan di mana kegiatan berlangsung.")
    if lead is not None and lead.impact <= 0:
        out.warnings.append("Draf belum jelas menyebut manfaat bagi warga; tambahkan apa yang warga dapat.")
    return out
