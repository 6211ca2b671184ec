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
from bot.core.fact_check import Located, scan_facts
from bot.core.lexicon_data import IMPACT_WORDS, WEAK_IMPACT
from bot.core.reading.key_facts import (
    FREE,
    cost,
    event_phrase,
    place,
    requirement,
    topic_tags,
    when_runs,
    when_value,
)
from bot.offline.lead import drop_when, trim_clauses
from bot.offline.sentence_edit import (
    Event,
    dangling,
    find_event,
    resolve,
    salvage,
    tidy,
)

MAX_SENTENCES = 80
MAX_SENTENCE_CHARS = 320
MAX_VALUE_CHARS = 140

_SPEECH = re.compile(
    r"\b(?:sambutan\w*|arahan\w*|menyampaikan|mengatakan|menegaskan|menekankan|berharap|mengharapkan|mengajak|"
    r"mengapresiasi|memaparkan|mengungkapkan|menuturkan|ujar\w*|katanya|ungkap\w*)\b"
    r"(?!\s+(?:keluhan|pengaduan|aduan|laporan|pertanyaan|saran|masukan)\b)", re.I)
_ATTRIBUTION = re.compile(r"\b(?:ujar|kata|ungkap|tutur|jelas|tegas|pesan|harap)nya\b|[“”\"]", re.I)
_SECONDARY = re.compile(r"\b(?:juga|pula|selain itu|bagi yang tidak|yang tidak hadir)\b", re.I)
_REGISTER = re.compile(rf"\b(?:pendaftaran|mendaftar|daftar|registrasi|formulir)\b{lexicon.IN_CLAUSE}*", re.I)
_REQ_START = re.compile(r",?\s+(?:dengan|sambil|serta)\s+(?:membawa|menunjukkan|melampirkan)\b", re.I)
_DOING = re.compile(r"\b(?:melakukan|lakukan)\s+$", re.I)
_HELP = re.compile(r"\b(?:kendala|keluhan|pengaduan|aduan|help ?desk)\b", re.I)
_OFF_TOPIC = re.compile(r"\b(?:nilai kontrak|anggaran|pagu|APBD|APBN|realisasi)\b", re.I)
_CONTACT_WORD = re.compile(r"(?:nomor|call center|hotline|telepon|telp\.?|darurat)\s*:?\s*$", re.I)
_CHANNEL = re.compile(r"\b(?:melalui|lewat|secara daring|online|aplikasi|laman|situs|loket|tautan|datang)\b", re.I)
_ONLINE = re.compile(r"\b(?:daring|online|aplikasi|laman|situs|tautan)\b", re.I)
_ALERT = re.compile(r"\b(?:waspada|kewaspadaan|darurat|bencana|banjir|longsor|cuaca ekstrem|peringatan dini|"
                    r"angin kencang|hujan lebat|evakuasi|pengungsian)\b", re.I)
#: Who attended, who opened it, where it was said: the frame of a meeting, never what citizens get.
_ATTENDANCE = re.compile(
    r"\b(?:dihadiri|turut hadir|diikuti (?:oleh )?(?:para|sekretaris|seluruh|kepala|perwakilan)|"
    r"dibuka oleh|hal (?:itu|ini|tersebut) disampaikan|pertemuan (?:berlangsung|ditutup|diakhiri)|"
    r"dalam suasana|menyambut baik|kunjungan kerja|kunker)\b", re.I)
#: A quoted statement: a sentence opening with a quote mark or closing with "..., katanya".
_QUOTE = re.compile(r"^\s*[“\"]|[”\"]\s*,?\s*(?:\w+nya|kata|ujar|tegas|jelas)\b", re.I)
#: A draft that reports a meeting, a visit or a ceremony (its headline or opening says so).
_MEETING = re.compile(
    r"\b(?:rapat|rakor|audiensi|kunjungan|kunjungi|kunker|pertemuan|silaturahmi|menerima (?:kunjungan|rombongan)|"
    r"upacara|pelantikan|penyerahan penghargaan|menerima penghargaan|peringatan hari|seminar|lokakarya|"
    r"workshop|bimbingan teknis|bimtek|focus group)\b", re.I)
#: A sentence that gives citizens something or asks them to act.
_FOR_CITIZENS = re.compile(
    r"\b(?:gratis|digratiskan|tanpa (?:biaya|dipungut)|tidak dipungut|bebas biaya|cukup (?:dengan|datang|membawa|"
    r"bawa|menunjukkan)|(?:kini|sekarang|sudah) (?:dapat|bisa)|"
    r"silakan|dapat (?:mendaftar|mengurus|datang|mengakses|menghubungi|melapor)|"
    r"bisa (?:mendaftar|mengurus|datang|mengakses|menghubungi|melapor)|mendaftar|pendaftaran|dibuka untuk umum|"
    r"terbuka untuk umum|diimbau|imbauan|diminta (?:waspada|mewaspadai|menghindari|mengungsi)|waspada|berlaku mulai|"
    r"mulai berlaku)\b", re.I)
#: What the warning asks the originating office when a draft gives citizens nothing.
OFFICE_QUESTIONS = ("Tanyakan ke dinas pengirim: Apa yang berubah bagi warga? Kapan dan di mana berlaku? "
                    "Siapa yang bisa ikut atau mendapat manfaat? Bagaimana caranya dan ke mana bertanya?")
NO_BENEFIT_WARNING = ("Draf melaporkan rapat, kunjungan atau seremoni dan belum menyebut manfaat bagi warga; "
                      "unggahan ini hanya menyampaikan apa yang ada di draf.")
_CLOSURE = re.compile(r"\b(?:ditutup|penutupan|pengalihan|dialihkan|diarahkan|jalur alternatif|buka tutup)\b", re.I)


@dataclass
class Sentence:
    original: str
    text: str
    ceremonial: bool
    impact: float
    facts: list[Located]
    salvaged: bool = False


@dataclass
class Analysis:
    lead: str = ""
    lead_full: str = ""
    #: The lead without trailing clauses, for platforms with little room (X).
    lead_short: str = ""
    hook: str = ""
    body: list[str] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)
    offers: str = "info"
    topic_tags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dropped_ceremonial: int = 0
    had_honorifics: bool = False
    #: Ceremonial sentences whose fact-bearing remainder was kept.
    salvaged: int = 0


def clip(text: str, limit: int) -> str:
    """`text` cut at a word boundary with "…" when longer than `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:-(") + "…"


def impact_score(text: str, facts: list[Located], event: Event | None = None) -> float:
    """How much a sentence tells citizens what they get or must do."""
    score = 0.0
    for word in (w.lower() for w in lexicon.words(text)):
        if word in IMPACT_WORDS:
            score += 3 if word == "gratis" else 1 if word in WEAK_IMPACT else 2
    if any(loc.fact.kind in ("date", "time", "money") for loc in facts):
        score += 2 if place([text]) else 1
    if _ATTRIBUTION.search(text):
        score -= 2
    if _QUOTE.search(text):
        score -= 2
    if _ATTENDANCE.search(text):
        score -= 4
    if _SECONDARY.search(text):
        score -= 3
    if _OFF_TOPIC.search(text) or _HELP.search(text):
        score -= 3
    if dangling(text):
        score -= 2
    if event is not None and event.mentioned(text):
        score += 2
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
    rescued = salvage(text) if ceremonial else ""
    if rescued:
        text, ceremonial = rescued, False
    text = tidy(lexicon.simplify_jargon(lexicon.fix_spelling(text)))
    text = lexicon.capitalize_first(clip(text, MAX_SENTENCE_CHARS).strip(" ,"))
    if original[-1:] in ".!?" and text[-1:] not in ".!?…":
        text += "."
    facts = scan_facts(text)
    return Sentence(original, text, ceremonial, impact_score(text, facts), facts, bool(rescued))


def _resolve(sentences: list[Sentence]) -> Event | None:
    """Give dangling references their antecedent and rescore; returns the draft's event."""
    names = [lexicon.strip_honorifics(s.original) for s in sentences]
    event, named_at = find_event(names, [not s.ceremonial for s in sentences])
    for index, sentence in enumerate(sentences):
        if not sentence.ceremonial:
            known = event if event is not None and named_at < index else None
            previous = sentences[index - 1].text if index else ""
            sentence.text = resolve(sentence.text, known, previous, names[:index])
            sentence.facts = scan_facts(sentence.text)
        sentence.impact = impact_score(sentence.text, sentence.facts, event)
    return event


def _content_stems(text: str) -> set[str]:
    generic = {"program", "kegiatan", "acara", "tahun", "kota", "kabupaten", "pemerintah", "daerah", "launching"}
    return {lexicon.stem(w.lower()) for w in lexicon.words(text) if len(w) > 3 and w.lower() not in generic}


def _pick_lead(plain: list[Sentence]) -> Sentence | None:
    candidates = [s for s in plain if s.impact > 0] or plain
    return max(candidates, key=lambda s: s.impact, default=None)


def _calendar(text: str) -> bool:
    return any(loc.fact.kind == "date" and not loc.fact.key.startswith("date:day-") for loc in scan_facts(text))


_SUBJECT = re.compile(r"^((?:Pe|Ke)[a-z]{3,}an)\b(?!\s+(?:ini|tersebut)\b)")
_PREFIX_WORD = re.compile(r"^(?:Mulai|Sejak|Hingga|Sampai|Paling|Setiap|Tiap|Selama|Sebelum|Sesudah|Setelah|Batas|"
                          r"Target|Selesai)\b")


def _when_part(sentence: Sentence, first: bool) -> str:
    """The when-phrases of `sentence`, after what they date ("keberangkatan Jumat, 13 Maret 2026")."""
    value = when_value(sentence.text)
    if _PREFIX_WORD.match(value):
        value = value[:1].lower() + value[1:]
    noun = _SUBJECT.match(sentence.text)
    value = f"{noun.group(1).lower()} {value}" if noun else value
    return lexicon.capitalize_first(value) if first else value


def _when(pool: list[Sentence]) -> str:
    """The Kapan value: the first when-phrases, plus the dates of one more sentence when the
    first only gives hours or weekdays, or when both say what they date ("Pendaftaran mulai
    16 Februari 2026; keberangkatan Jumat, 13 Maret 2026")."""
    source = next((s for s in pool if when_runs(s.text)), None)
    if source is None:
        return ""
    value = when_value(source.text)
    dated = [s for s in pool if s is not source and when_runs(s.text) and _calendar(s.text)]
    if not _calendar(value) and dated:
        return f"{value}; {_when_part(dated[0], first=False)}"
    named = [s for s in dated if _SUBJECT.match(s.text) and not _SECONDARY.search(s.text)]
    if _SUBJECT.match(source.text) and named:
        return f"{_when_part(source, first=True)}; {_when_part(named[0], first=False)}"
    return value


def _contacts(out: Analysis, pool: list[Sentence], lead: Sentence | None, used: set[str]) -> None:
    contacts: list[str] = []
    joining = out.details.get("Cara ikut", "")
    for sentence in pool:
        for loc in sentence.facts:
            raw = loc.fact.raw
            is_phone = loc.fact.kind == "number" and len(re.sub(r"\D", "", raw)) >= 9
            is_hotline = (loc.fact.kind == "number" and re.fullmatch(r"\d{3,5}", raw) is not None
                          and _CONTACT_WORD.search(sentence.text[: loc.start]) is not None)
            is_link = loc.fact.key.startswith("name:url:") and not raw.startswith("@") and raw not in joining
            if (is_phone or is_hotline or is_link) and raw not in contacts:
                contacts.append(raw)
                if sentence is not lead:
                    used.add(sentence.text)
    if contacts:
        out.details["Info"] = " / ".join(contacts[:3])


def _details(out: Analysis, sentences: list[Sentence], plain: list[Sentence], lead: Sentence | None,
             event: Event | None) -> set[str]:
    ordered = ([lead] if lead else []) + [s for s in plain if s is not lead]
    pool = ordered or sentences
    used: set[str] = {out.lead_full}
    apa = next((event_phrase(lexicon.strip_honorifics(s.original)) for s in sentences
                if event_phrase(lexicon.strip_honorifics(s.original))), "")
    context = " ".join([out.lead_full, *(s.text for s in plain)])
    if apa and lead is not None and apa.lower() not in out.lead_full.lower() and (
        _content_stems(apa) & _content_stems(context)
    ) and not (event is not None and event.mentioned(out.lead_full)):
        out.details["Apa"] = clip(apa, MAX_VALUE_CHARS)
    elif event is not None and lead is not None and not event.mentioned(out.lead_full):
        out.details["Apa"] = event.full + (f" ({event.acronym})" if event.acronym else "")
    when = _when(pool)
    if when:
        out.details["Kapan"] = clip(when, MAX_VALUE_CHARS)
    where = place(s.text for s in pool if not _HELP.search(s.text))
    if where:
        out.details["Di mana"] = clip(where, MAX_VALUE_CHARS)
    label, price = cost(s.text for s in pool)
    if price:
        out.details[label] = clip(price, MAX_VALUE_CHARS)
    register = next((s for s in plain if s is not lead and (m := _REGISTER.search(s.text))
                     and (m.start() <= 40 or _DOING.search(s.text[: m.start()])) and _CHANNEL.search(m.group(0))), None)
    if register is not None:
        match = _REGISTER.search(register.text)
        value = match.group(0).strip(" ,") if match else ""
        value = _REQ_START.split(value)[0]
        out.details["Cara ikut"] = lexicon.capitalize_first(clip(value, MAX_VALUE_CHARS))
        used.add(register.text)
    for sentence in pool:
        value = requirement(sentence.text)
        if value:
            out.details["Syarat"] = clip(value, MAX_VALUE_CHARS)
            if sentence is not lead:
                used.add(sentence.text)
            break
    _contacts(out, pool, lead, used)
    out.details = {k: v for k, v in out.details.items() if v}
    return used


def _body(out: Analysis, plain: list[Sentence], lead: Sentence | None, used: set[str]) -> list[str]:
    """Other sentences worth telling, best first; none that only repeats the lead or the key facts."""
    covered = {loc.fact.key for loc in scan_facts("\n".join([out.lead_full, out.hook, *out.details.values()]))}

    def repeats(s: Sentence) -> bool:
        if not {loc.fact.key for loc in s.facts} <= covered:
            return False
        timed = any(loc.fact.kind in ("date", "time") for loc in s.facts)
        return timed or bool(FREE.search(s.text) and "Biaya" in out.details)

    rest = [s for s in plain if s is not lead and s.text not in used and s.impact > 0 and not repeats(s)]
    return [s.text for s in sorted(rest, key=lambda s: -s.impact)]


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


def _event_tag(event: Event | None) -> str:
    if event is None:
        return ""
    name = event.core if event.head.lower() in ("program", "layanan") else event.full
    return event.acronym if len(name.split()) > 3 and event.acronym else name


def _gives_nothing(sentences: list[Sentence], plain: list[Sentence]) -> bool:
    """A meeting, visit or ceremony (said in the headline or the first two sentences) where no
    sentence gives citizens something or asks them to act."""
    opening = " ".join(s.original for s in sentences[:3])
    if not _MEETING.search(opening):
        return False
    return not any(_FOR_CITIZENS.search(s.original) for s in sentences)


def analyze_draft(draft: str) -> Analysis:
    """The lead, body, key-fact values and warnings of a draft."""
    text = lexicon.clean_markup(draft)
    out = Analysis(had_honorifics=bool(lexicon.find_honorifics(text)))
    sentences = [_prepare(s) for s in lexicon.split_sentences(text)[:MAX_SENTENCES] if lexicon.words(s)]
    event = _resolve(sentences)
    plain = [s for s in sentences if not s.ceremonial]
    out.dropped_ceremonial = len(sentences) - len(plain)
    out.salvaged = sum(1 for s in plain if s.salvaged)
    lead = _pick_lead(plain)
    if lead is None:
        phrase = next((event_phrase(s.text) for s in sentences if event_phrase(s.text)), "")
        out.lead_full = phrase + "." if phrase else (sentences[0].text if sentences else clip(text, 200))
        out.dropped_ceremonial -= 0 if phrase or not sentences else 1
        out.warnings.append("Draf hanya berisi laporan seremoni; tambahkan apa yang warga dapat atau harus lakukan.")
    else:
        out.lead_full = lead.text
    used = _details(out, sentences, plain, lead, event)
    out.lead = drop_when(out.lead_full) if "Kapan" in out.details else out.lead_full
    out.lead_short = trim_clauses(out.lead, 150)
    if "Apa" in out.details and len(out.lead) > 125 and len(out.details["Apa"]) <= 100:
        out.hook = out.details.pop("Apa")
    out.body = _body(out, plain, lead, used)
    plain_text = " ".join(s.text for s in plain)
    out.offers = _offer(plain_text, plain)
    out.topic_tags = topic_tags(text, out.hook or out.details.get("Apa", ""), out.lead, plain_text,
                                event=_event_tag(event), alert=out.offers == "alert")
    if not any(loc.fact.kind == "date" and not loc.fact.key.startswith("date:day-")
               for s in sentences for loc in s.facts):
        out.warnings.append("Tidak menemukan tanggal di draf; tambahkan kapan kegiatan berlaku.")
    if "Di mana" not in out.details and out.offers in ("registration", "event") and not _ONLINE.search(text):
        out.warnings.append("Tidak menemukan lokasi di draf; tambahkan di mana kegiatan berlangsung.")
    if _gives_nothing(sentences, plain):
        out.warnings += [NO_BENEFIT_WARNING, OFFICE_QUESTIONS]
    elif lead is not None and lead.impact <= 0 and not any(_FOR_CITIZENS.search(s.original) for s in sentences):
        out.warnings.append("Draf belum jelas menyebut manfaat bagi warga; tambahkan apa yang warga dapat.")
    return out
