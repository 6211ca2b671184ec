"""Reply suggestions without a language model: classify, then fill polite templates.

A question is answered slot by slot from the context draft's fact sheet (`bot.offline.answer`:
what it asks, the clause that says it, honestly "not said" otherwise), also when the triage filed
it as "other" or as abuse without an insult; without context, only with a sentence found literally
in a guideline (quoted); otherwise the reply says the answer is being checked. A complaint reply
names what the citizen named, answers what they asked, offers the draft's own channel before the
national one (named only as far as the retrieved guidelines confirm it) and asks for the earlier
report's number when they already reported; it never promises a date. A hoax is corrected with the
draft's own facts and who says so. Personal data from the comment is never repeated.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.classify import classify_comment, escalation, find_signals, normalize_comment
from bot.core.fact_check import check_facts
from bot.core.fact_scan import scan_facts
from bot.core.models import CommentKind, ReplyRequest, ReplyResult, unique_sources
from bot.core.reading import DraftKind, FactSheet, Slot, read_draft
from bot.core.reading.extract import sentence_spans
from bot.core.reading.rumour import rumour_and_truth, telling
from bot.core.triage_ads import SALES
from bot.offline.answer import answer_parts, answer_question, not_said
from bot.offline.asked import asks, question_parts
from bot.offline.complaint import (
    about_a_case,
    already_reported,
    complaint_subject,
    draft_channel,
    levy_channel,
    number_lost,
)
from bot.offline.reply_channel import MONEY, for_levies, from_rumour, levy_report
from bot.offline.reply_danger import DANGER_DETAIL, danger_opening, safety_first
from bot.offline.reply_hoax import hoax_reply
from bot.offline.reply_templates import (
    ANSWER,
    CALM,
    CHECKING,
    COMPLAINT_CASE,
    COMPLAINT_CHANNEL,
    COMPLAINT_CHANNEL_GENERIC,
    COMPLAINT_CHANNEL_SHORT,
    COMPLAINT_CHANNEL_TO,
    COMPLAINT_DETAIL,
    COMPLAINT_DRAFT_CHANNEL,
    COMPLAINT_LEVY_CHANNEL,
    COMPLAINT_LEVY_PASSED,
    COMPLAINT_NATIONAL,
    COMPLAINT_SORRY,
    COMPLAINT_SORRY_PLAIN,
    COMPLAINT_TICKET,
    COMPLAINT_TICKET_LOST,
    HOAX,
    HOAX_PASSED_ON,
    NO_ANSWER_WARNING,
    OFFLINE_REPLY_WARNING,
    OTHER,
    PERSONAL,
    POLITICAL,
    PRAISE,
    RECOMMENDATION,
    SERIOUS,
)
from bot.offline.unnamed import unnamed_things

_QUESTION_NOISE = frozenset({
    "apa", "apakah", "kapan", "bagaimana", "gimana", "gmn", "mana", "dimana", "berapa", "siapa", "bisakah",
    "kenapa", "mengapa", "min", "admin", "kak", "pak", "bu", "mau", "tanya", "dong", "ya", "nih", "sih", "gak",
    "ga", "nggak", "tidak", "kah", "tolong", "info", "mohon", "izin", "ijin", "saya", "kami", "bisa", "boleh",
    "ada", "yang", "di", "ke", "dari", "untuk", "itu", "ini", "dan", "atau", "sudah", "belum", "kok", "the",
})
_PLACE_HINT = re.compile(r"\b(?:di|ke)\s+(?:[A-Z]|kantor|kelurahan|kecamatan|balai|gedung|taman|puskesmas|aplikasi|"
                         r"laman|situs|alamat)", re.I)


def _stems(text: str) -> set[str]:
    return {lexicon.stem(w.lower()) for w in lexicon.words(text) if w.lower() not in _QUESTION_NOISE and len(w) > 2}


def _fits_question(question: str, sentence: str) -> bool:
    q = question.lower()
    kinds = {loc.fact.kind for loc in scan_facts(sentence)}
    if re.search(r"\b(?:kapan|kpn|jam berapa|tanggal berapa|sampai kapan)\b", q):
        return bool(kinds & {"date", "time"})
    if re.search(r"\b(?:berapa|brp|biaya|harga|tarif)\b", q):
        return bool(kinds & {"number", "money", "percent"}) or "gratis" in sentence.lower()
    if re.search(r"\b(?:di ?mana|dmn|ke ?mana|lokasi|alamat)\b", q):
        return bool(_PLACE_HINT.search(sentence))
    return True


def _untold(context: str) -> list[str]:
    """The context's sentences a reply must not quote: those that tell a rumour it denies ("beredar pesan ... wajib
    membayar Rp35.000"), and those whose every clause is ceremony ("... didampingi Kepala Dinas ..., secara resmi
    melepas tim ...")."""
    if not context.strip():
        return []
    sheet = read_draft(context)
    sentences = sentence_spans(sheet.draft)
    rumour = telling(sheet.draft, sentences) | rumour_and_truth(sheet.draft, sentences)[0]
    ceremony = {i for i in range(len(sentences))
                if (own := [c for c in sheet.clauses if c.sentence == i]) and all(c.ceremonial for c in own)}
    return [" ".join(sheet.draft[slice(*sentences[i])].split()) for i in rumour | ceremony]


def find_answer(question: str, context: str | None, guidelines: list[str]) -> str | None:
    """A sentence from the context (or, strictly, a guideline) that answers `question`, else None."""
    wanted = _stems(question)
    if not wanted:
        return None
    best: tuple[float, str] | None = None
    untold = _untold(context or "")
    for source_rank, text in enumerate([context or "", *guidelines]):
        need = 1 if source_rank == 0 else 2
        for raw in lexicon.split_sentences(lexicon.clean_markup(text)):
            sentence = re.sub(r"^[#>\-*•\s]+", "", raw).strip()
            if not sentence or len(sentence) > 400:
                continue
            overlap = len(wanted & _stems(sentence))
            if overlap < need or (source_rank and overlap / len(wanted) < 0.5):
                continue
            if not _fits_question(question, sentence) or (source_rank == 0 and any(
                    sentence in u or u in sentence for u in untold)):
                continue  # never the rumour the draft denies, never a sentence of ceremony only
            score = overlap + (1.5 if source_rank == 0 else 0)
            if best is None or score > best[0]:
                best = (score, sentence)
    return best[1] if best else None


def complaint_channel(guideline_texts: list[str]) -> str:
    """The official channel, as far as the guidelines confirm it."""
    if guideline_texts and check_facts(COMPLAINT_CHANNEL, guideline_texts).ok:
        return COMPLAINT_CHANNEL
    if any("sp4n-lapor" in text.lower() for text in guideline_texts):
        return COMPLAINT_CHANNEL_SHORT
    return COMPLAINT_CHANNEL_GENERIC


#: What a complaint's implied question may be answered with from the draft, when the answer names what the
#: complaint names: its price (against a levy), its date (asked with a question mark), who may take part
#: and what to bring. Not where, what or how: "gimana sih" and "tolong dong" ask for help, not for the
#: draft's opening sentence; the draft's channel is the how. A question asked outright is answered whole.
_COMPLAINT_SLOTS = frozenset({"cost", "when", "who", "requirements", "deadline"})
#: A complaint about who may take part ("ditolak", "ga boleh ikut", "KTP luar"): only then is the draft's "who"
#: its answer; "nelayan ... ga dapet solar" was answered with the draft's audience (round 15f).
_ELIGIBILITY = re.compile(r"\b(?:boleh|ikut|ditolak|menolak|syarat\w*|umur|usia|khusus|terdaftar|didaftar\w*|kuota|"
                          r"bukan\s+warga|(?:ktp|warga)\s+luar)\b", re.I)
#: Words every draft and comment share, which make no answer relevant.
_COMMON = frozenset({"warga", "admin", "kakak", "bapak", "ibu", "info", "informasi", "resmi", "sudah", "belum", "boleh",
                     "bisa", "dapat", "tidak", "kalau", "yang", "untuk", "dengan", "layanan", "pelayanan"})


#: A question that asks whether a claim is true ("bener gitu?", "resmi kah?"): not a question for the
#: draft's how or where.
_TRUTH_CHECK = re.compile(
    r"\b(?:bener|benar|betul|resmi|asli|beneran)\s*(?:kah|ga|gak|nggak|gitu|begitu|ya|tidak)?\s*\?", re.I)


#: A sigh put as a question ("gimana sih", "tolong dong", "kok gini", "mau nunggu korban brp lg"): it asks for help,
#: not for a fact of the draft.
_SIGH = re.compile(r"\b(?:(?:gimana|gmn|gmna|bagaimana)\s+(?:sih|dong|nih|ini|coba|ya)|tolong\s+(?:dong|lah|ya|min)|"
                   r"kok)\b|\bmau\s+nunggu\b[^?.!\n]*", re.I)
#: What asks for a fact, besides a question mark: a way, a place, a time, an amount, a thing or a person.
_ASKS_A_FACT = re.compile(r"\b(?:caranya|cara\s+\w+|ke\s?mana|di\s?mana|dmn|kmn|lewat\s+mana|kapan|kpn|"
                          r"jam\s+(?:berapa|brp)|berapa|brp|siapa|apa\s+saja|apa\s+aja|syarat\w*)\b", re.I)


def _explicit(question: str) -> bool:
    """A question the complaint asks outright, not a claim put as a question ("bener gitu?") nor a sigh put as
    one ("gimana sih"): a question mark or a word asking for a fact, beyond the sigh."""
    if _TRUTH_CHECK.search(question):
        return False
    rest = _SIGH.sub(" ", question)
    return "?" in rest or bool(_ASKS_A_FACT.search(rest))


def _shares_a_word(line: str, comment: str) -> bool:
    """`line` (an answer from the draft) names something the complaint names: a word of four letters or
    more, by its stem, beyond the words every comment and draft share."""
    def content(text: str) -> set[str]:
        return {lexicon.stem(w) for w in (w.lower() for w in lexicon.words(text))
                if len(w) >= 4 and w not in _COMMON and lexicon.stem(w) not in _COMMON}
    return bool(content(line) & content(normalize_comment(comment)))


#: A channel the draft names bare, as a list item: said after "melalui", never as a clause of its own (round 18t:
#: "Sesuai info resminya, aplikasi RSUD Dumai Sehat atau WhatsApp 0811-... untuk pasien umum.").
_BARE_CHANNEL = re.compile(r"(?:aplikasi|whatsapp|wa|call\s+center|hotline|nomor|situs|website|laman|kanal|e-?mail|"
                           r"sms|telepon|telp|akun|formulir|layanan\s+(?:pengaduan|aduan|darurat))\b", re.IGNORECASE)


def _complaint(request: ReplyRequest, found: dict[str, list[str]], guidelines: list[str],
               sheet: FactSheet | None, escalate: bool = False) -> list[str]:
    """Sorry for what the citizen named (for an escalated report of danger: the safety step and the emergency
    service instead); the answer to what they asked; the draft's own channel before the national one; the
    earlier report's number when they say they already reported. Never a date."""
    tone = request.tone
    levy = levy_report(request.comment)
    danger = danger_opening(request.comment, tone) if escalate and not levy else ""
    subject = complaint_subject(request.comment, "Bapak/Ibu" if tone == "formal" else "Kakak")
    sorry = danger or (COMPLAINT_SORRY[tone].format(subject=subject) if subject else COMPLAINT_SORRY_PLAIN[tone])
    parts = [sorry, COMPLAINT_LEVY_PASSED[tone]] if levy else [sorry]
    if sheet is not None:
        parts_asked = question_parts(request.comment) if asks(request.comment) else []
        if levy and MONEY.search(request.comment) and sheet.first(Slot.COST) is not None:
            parts_asked.append((request.comment, ["cost"]))  # money asked for is answered with the draft's fee
        explicit = [(text, slot) for text, slots in parts_asked for slot in slots if _explicit(text)]
        # A way asked outright is answered whole; any other fact must name what the complaint names.
        ways = [(text, slot) for text, slot in explicit if slot == "how"][:4]
        implied = [(text, slot) for text, slots in parts_asked for slot in slots if not _explicit(text)
                   and slot in _COMPLAINT_SLOTS and (slot != "when" or "?" in text)
                   and (slot != "who" or _ELIGIBILITY.search(text) is not None)]
        outright = [(text, slot) for text, slot in explicit if slot != "how"][: 4 - len(ways)]
        implied = implied[: 4 - len(ways) - len(outright)]
        answered, missing = answer_parts(ways, sheet, tone)
        more, more_missing = answer_parts(outright, sheet, tone)
        # what the complaint did not ask outright is answered only where the draft says it: no "not said" for it
        more += answer_parts(implied, sheet, tone)[0]
        answered += [line for line in more if _shares_a_word(line, request.comment) and line not in answered]
        answered = [line for line in answered if not from_rumour(line, sheet.draft)]
        missing += [m for m in more_missing if m not in missing]
        parts += answered
        if missing:  # what they asked that the draft does not say is said so, not skipped
            parts.append(not_said(missing, sheet, tone))
        way = draft_channel(sheet, request.comment)
        if levy and not for_levies(way) and levy_channel(sheet) == "":
            way = ""  # no channel of the draft is for levies: the national one is offered at once instead
            parts.append(COMPLAINT_NATIONAL[tone].format(channel=complaint_channel(guidelines)))
        if way and not any(way in line for line in answered):
            if _BARE_CHANNEL.match(way):
                way = f"melalui {way}"  # a list item naming the channel ("aplikasi X atau WhatsApp 0811-...")
            said_as_channel = re.match(r"(?:ke|kepada|lewat|melalui|via|di)\b", way) is not None
            template = (COMPLAINT_LEVY_CHANNEL if levy else COMPLAINT_CHANNEL_TO) if said_as_channel \
                else COMPLAINT_DRAFT_CHANNEL
            parts.append(template[tone].format(way=way))
    detail = DANGER_DETAIL if danger else COMPLAINT_CASE if levy or about_a_case(request.comment) else COMPLAINT_DETAIL
    ticket = COMPLAINT_TICKET_LOST if number_lost(request.comment) else COMPLAINT_TICKET
    parts.append(ticket[tone] if already_reported(request.comment) else detail[tone])
    national = COMPLAINT_NATIONAL[tone].format(channel=complaint_channel(guidelines))
    replies = [" ".join(parts), f"{sorry} {national}"]
    # a levy is no emergency (its channel, not 112); what the triage did not escalate is no emergency either
    if found.get("complaint_serious") and escalate and not levy and not danger:
        replies.insert(0, SERIOUS[tone])
    return replies[:3]


#: A question that checks a claim ("bener gak ...", "kiye bener ora ...", "apa iya ...", "katanya ..."): under a
#: clarification, the draft's truth answers it.
_CHECKS = re.compile(r"\b(?:bener|benar|betul|beneran|bnr|apa\s+iya|masa\s+sih|katanya|hoax|hoaks|leres|saleresna|"
                     r"asli|valid)\b", re.I)


def _question(request: ReplyRequest, guidelines: list[str]) -> tuple[list[str], list[str]] | None:
    answered = answer_question(request.comment, request.context, request.tone) if request.context else None
    if answered is not None:
        return answered
    sheet = read_draft(request.context) if request.context and request.context.strip() else None
    if sheet is not None and sheet.kind == DraftKind.CLARIFICATION and _CHECKS.search(request.comment):
        corrected = hoax_reply(request, sheet, escalate=False)  # "kiye bener ora kudu mbayar 35 ewu?": the truth
        if corrected and corrected[0] not in (*HOAX[request.tone], HOAX_PASSED_ON[request.tone]):
            return corrected, []
    answer = find_answer(request.comment, request.context, guidelines)
    if answer:
        return [t.format(a=answer) for t in ANSWER[request.tone]], []
    return None


def _suggestions(kind: CommentKind, request: ReplyRequest, found: dict[str, list[str]],
                 guidelines: list[str], escalate: bool) -> tuple[list[str], list[str]]:
    tone = request.tone
    sheet = read_draft(request.context) if request.context and request.context.strip() else None
    if kind == "question":
        answers, warnings = _question(request, guidelines) or (list(CHECKING[tone]), [NO_ANSWER_WARNING])
        if escalate and not levy_report(request.comment):
            answers = safety_first(request.comment, tone, answers)  # a danger asked about: safety before the answer
        return answers, warnings
    if kind == "complaint":
        return _complaint(request, found, guidelines, sheet, escalate), []
    if kind == "hoax":
        return hoax_reply(request, sheet, escalate), []
    if kind == "abuse":
        has_complaint = bool(found.get("complaint") or found.get("complaint_serious"))
        return ([CALM[tone]] if has_complaint else []), []
    if kind == "spam":
        return [], []
    table = {"praise": PRAISE, "political": POLITICAL, "personal_data": PERSONAL}.get(kind, OTHER)
    if kind in ("praise", "personal_data") and request.context and asks(request.comment):
        answered = answer_question(request.comment, request.context, tone)
        if answered is not None:  # a question inside thanks or a data worry: the answer first, the rest after
            return [answered[0][0], *table[tone]][:3], answered[1]
    return list(table[tone]), []


def _asked_of_draft(kind: CommentKind, request: ReplyRequest, found: dict[str, list[str]]) -> bool:
    """A comment filed as "other" (or as abuse without an insult, political without campaign language:
    "biar peluang menang gede" of a contest, spam without a link or an ad) that asks what the context draft
    answers is a question: it is answered, not thanked or hidden."""
    if kind not in ("other", "abuse", "political", "spam") or not request.context or found.get(kind):
        return False
    if kind == "spam" and (found.get("spam_strong") or found.get("spam_weak") or SALES.search(request.comment)):
        return False  # an ad that names a price ("jual followers ... cuma 15rb") asks nothing of the draft
    if not asks(request.comment):
        return False
    answered = answer_question(request.comment, request.context, request.tone)
    if answered is None:
        return False
    # a slot or a thing the comment plainly asks about is a question even when the draft is silent on it
    return not answered[1] or bool(question_parts(request.comment)) or bool(unnamed_things(request.comment,
                                                                                              request.context))


def build_reply(request: ReplyRequest, engine: str = "offline") -> ReplyResult:
    """Reply suggestions for one comment (the service holds them to the shared fact check)."""
    classified = classify_comment(request.comment)
    kind: CommentKind = request.hint_kind or classified.kind
    found = find_signals(request.comment)
    if _asked_of_draft(kind, request, found):
        kind = "question"
        escalate, reason = escalation(kind, found)
    elif request.hint_kind and request.hint_escalate is not None:
        escalate, reason = request.hint_escalate, request.hint_reason or escalation(kind, found)[1]
    elif kind == classified.kind:
        escalate, reason = classified.escalate, classified.reason
    else:
        escalate, reason = escalation(kind, found)
    guidelines = [hit.text for hit in request.guidelines]
    suggestions, warnings = _suggestions(kind, request, found, guidelines, escalate)
    recommendation = RECOMMENDATION.get(kind)
    if kind == "complaint" and found.get("complaint_serious"):
        recommendation = "Eskalasi segera ke pimpinan dan unit terkait. " + RECOMMENDATION["complaint"]
    return ReplyResult(
        engine=engine,
        kind=kind,
        escalate=escalate,
        reason=reason,
        suggestions=suggestions,
        recommendation=recommendation,
        sources=unique_sources(request.guidelines),
        warnings=[OFFLINE_REPLY_WARNING, *warnings],
    )
