"""Answer a citizen's question from the context draft's fact sheet, without a language model.

`bot.offline.asked` reads what a comment asks; `bot.offline.answer_find` finds the sentence of the
draft that says it (preferring one that holds a fact the reader put in that slot). The answer gives
only the clause(s) of that sentence that carry the fact (ceremony, speech tags and the rest of a
long sentence left out), after a plain opener ("Gratis, Kak.", "Jadwalnya: ...", "Mohon maaf, usia
tersebut di luar ketentuan"), so every number, date and name is the draft's own. Several questions
in one comment are answered together; a slot the draft does not answer is said to be missing, with
where to ask (the draft's own contact when it has one); an unrelated sentence is never given.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.models import Tone
from bot.core.reading import FactSheet, Slot, read_draft
from bot.core.reading.key_facts import FREE
from bot.offline.ages import age_allowed, has_age_rule
from bot.offline.answer_case import levy_line
from bot.offline.answer_conditions import below_minimum, other_condition_met, outside_condition, rule_on_asked
from bot.offline.answer_cues import COVERED, LATE_RESULT, ROUND_CLOCK, cue, end_label, end_unsaid
from bot.offline.answer_find import find_slot, shared_stems, stems
from bot.offline.answer_number import bare_count, counted_sentence, share_unsaid, unrelated_cost
from bot.offline.answer_overlap import place_lacked, reported_claims_left, sentence_asked, without_rumour
from bot.offline.answer_pairs import ONLINE, online_way_missing
from bot.offline.answer_reread import with_requirements, with_residence
from bot.offline.answer_rows import row_reply, table_lacks
from bot.offline.answer_rules import rule_value
from bot.offline.answer_text import excerpt, plain, sentences_of
from bot.offline.asked import OWN_CASE_ASKED, OWN_HOURS, asked_age, asks, clauses, normalise, question_parts, reports_to
from bot.offline.asked_model import guess_slot
from bot.offline.unnamed import lists_the_matter, mostly_unnamed, unmentioned, unnamed_things, way_answers

LABELS: dict[str, str] = {
    "when": "waktunya", "deadline": "batas waktunya", "target": "targetnya", "cost": "biayanya",
    "who": "siapa yang boleh ikut", "where": "lokasinya", "how": "caranya", "requirements": "syaratnya",
    "contact": "nomor yang bisa dihubungi", "quota": "batasannya", "figures": "angkanya", "what": "hal itu",
    "claim": "kabar itu", "jam": "jamnya",
}
#: The opener of an answer, per slot ("Jadwalnya: ...").
_OPENER: dict[str, str] = {
    "when": "Jadwalnya", "deadline": "Batas waktunya", "target": "Targetnya", "where": "Lokasinya",
    "how": "Caranya", "requirements": "Syaratnya", "contact": "Bisa menghubungi", "quota": "Ketentuannya",
    "figures": "Datanya", "cost": "Soal biaya", "who": "Yang bisa ikut", "what": "Infonya", "claim": "Faktanya",
}
ADDRESS: dict[Tone, str] = {"formal": "Bapak/Ibu", "friendly": "Kak", "casual": "Kak"}
#: Slots whose question may name two things that two sentences of the draft answer ("IPK ..., semester ...").
_TWO_SENTENCE_SLOTS = frozenset({"who", "requirements", "where", "how", "contact"})
#: Slots whose answer is an amount one gets or may take: a share asked needs a share said.
_AMOUNT_SLOTS = frozenset({"what", "quota", "figures"})


def _label(slot: str, value: str) -> str:
    """The opener's label: a price is "Harganya", what happens after a missed deadline is a rule."""
    if slot == "cost" and re.search(r"\bRp", value):
        return "Harganya"
    if slot == "deadline" and LATE_RESULT.search(value):
        return "Ketentuannya"
    if slot == "who" and _BRING.search(value) and not _WHO_RULE.search(value):
        return _OPENER["requirements"]  # "bawa KTP Pangkalpinang": a rule on what to bring, not who may come
    return _OPENER[slot]


#: A sentence that says who pays beside who does not ("peserta JKN gratis; pasien umum membayar ..."): no
#: plain "Gratis" for it, the asker may be the one who pays.
_PAYING = re.compile(r"(?<!tidak )(?<!tanpa )(?<!tidak perlu )\b(?:membayar|dikenakan biaya|dibayar)\b|\bkecuali\b",
                     re.I)
#: Degrees of higher education, and the names a rule may give them.
_DEGREES = {"s1": "s1", "sarjana": "s1", "s2": "s2", "magister": "s2", "s3": "s3", "doktor": "s3", "d1": "d1",
            "d2": "d2", "d3": "d3", "d4": "d4", "diploma": "d"}
_DEGREE = re.compile(r"\b(?:S[123]|D[1-4]|sarjana|diploma|magister|doktor)\b", re.I)


def _degrees(text: str) -> set[str]:
    return {_DEGREES[m.lower()] for m in _DEGREE.findall(text)}


def _level_left_out(question: str, rule: str) -> bool:
    """Whether the degree a question names ("kuliah S2 bisa daftar?") is not among those a rule names
    ("mahasiswa aktif program Diploma (D3/D4) dan Sarjana (S1)")."""
    asked, allowed = _degrees(question), _degrees(rule)
    allowed |= {"d"} if allowed & {"d1", "d2", "d3", "d4"} else set()
    return bool(asked and allowed) and not any(a in allowed or (a.startswith("d") and "d" in allowed)
                                               for a in asked)


def _opener(slot: str, question: str, value: str, tone: Tone) -> str:
    you = ADDRESS[tone]
    if slot == "cost" and (FREE.search(value) or COVERED.search(value)) and not _PAYING.search(value):
        return f"Gratis, {you}." if tone != "formal" else "Tidak dipungut biaya, Bapak/Ibu."
    if slot == "who" and _level_left_out(question, value):
        return f"Mohon maaf, jenjang tersebut di luar ketentuan, {you}."
    below = below_minimum(question, value) if slot in ("who", "requirements") else None
    if below:  # "ipk 2,85" of "IPK minimal 3,00": short of a minimum, whatever the age
        return f"Mohon maaf, angka tersebut belum memenuhi batas minimal, {you}."
    if below is False and asked_age(question) is None:
        return f"Angka tersebut sudah memenuhi batas minimal, {you}."
    if slot in ("who", "requirements"):
        months = asked_age(question)
        rule = rule_on_asked(question, value)  # of several things' age rules, the one on the thing asked
        verdict = None if months is None else age_allowed(months, rule)
        if verdict is False and other_condition_met(question, rule):
            verdict = True  # "16 thn tp udh nikah" of "berusia 17 tahun atau sudah pernah menikah"
        if verdict is True:
            return f"Usia tersebut masih masuk ketentuan, {you}."
        if verdict is False:
            return f"Mohon maaf, usia tersebut di luar ketentuan, {you}."
    if slot == "claim" and re.search(r"\b(?:tidak benar|hoaks|keliru|palsu|penipuan)\b", value, re.I):
        return f"Kabar itu tidak benar, {you}."
    return ""


def _where_to_ask(sheet: FactSheet, tone: Tone) -> str:
    contact = sheet.first(Slot.CONTACT)
    if contact is not None:
        return (f"silakan tanyakan langsung ke {contact.value}" if tone == "formal"
                else f"bisa ditanyakan langsung ke {contact.value} ya")
    return "silakan tanyakan langsung ke penyelenggara" if tone == "formal" else "bisa ditanyakan langsung ke " \
        "penyelenggara atau lewat pesan langsung (DM) ya"


def answer_parts(parts: list[tuple[str, str]], sheet: FactSheet, tone: Tone) -> tuple[list[str], list[str]]:
    """One line per (question, slot) the draft answers, and what it does not answer (slots, or the things a
    question names that the draft never mentions): a slot whose best sentence is not about the thing
    asked is not answered. A question about a thing the draft never names ("ada dokter spesialis?",
    "sertifikat tanah bisa juga?") is answered by saying so, with the sentence found only when it lists the
    items of that matter; a sentence only about the matter around it would read as an answer it is not."""
    # the hoax a draft refutes is never an answer, nor any line of the message it quotes
    sentences = reported_claims_left(without_rumour(sheet.draft, sentences_of(sheet.draft)))
    lines: list[str] = []
    missing: list[str] = []
    given: list[str] = []
    own_case = {question for question, slot in parts if slot == "who"}  # what it names is the asker's case
    outside: set[str] = set()  # questions of an asker the age rule leaves out: no way to take part follows
    said_missing: set[str] = set()  # questions already said missing: one line names what the draft lacks
    ways_given: set[str] = set()  # questions whose way (how) was answered
    counting = False  # a bare "berapa" was answered with the number of the thing it names
    for question, slot in parts:
        if question in outside and slot in ("how", "requirements", "where", "when", "deadline"):
            continue
        if (row := row_reply(question, slot, sheet, " ".join(dict.fromkeys(q for q, _ in parts)))) is not None:
            line, lack = row  # a table's row the question names, or the day or place the table lacks
            missing += [lack] if lack and lack not in missing else []
            lines += [line] if line and line not in lines else []
            continue
        if slot == "how" and online_way_missing(question, sheet.draft):
            missing += [] if ONLINE in missing else [ONLINE]  # the way asked is one the draft never offers
            continue
        found = find_slot(slot, question, sentences, sheet)
        if found is None and slot == "contact" and question in ways_given and reports_to(question):
            continue  # "lapor ke mana?" answered with the draft's way to report: no number is owed beside it
        if slot == "cost" and bare_count(question):
            if counting:
                continue  # "..., taun wingi piro?": the number already given answers the follow-up
            counted = counted_sentence(question, found, sentences)
            if counted is not None:
                slot, found, counting = "figures", counted, True  # "stunting kari berapa?": the thing's number
            elif found is not None and unrelated_cost(question, found[1]):
                found = None  # "informasinya berapa?": a "tanpa biaya" sentence on another matter is no answer
        ruled = rule_value(question, found, sentences, sheet) if slot == "who" else None
        if ruled is not None:  # "benang gelasan boleh ga?": the rule on the thing named, not who is served
            lines += [] if ruled in given else [f"{_OPENER['quota']}: {ruled}."]
            given.append(ruled)
            continue
        things = [] if slot in ("who", "claim") or question in own_case else unnamed_things(question, sheet.draft)
        if found is not None and things and way_answers(slot, question, found[1], things):
            things = []  # "bisa daftar langsung ke kantor gubernur?": the draft's one way is the answer
        missing += [t for t in things if t not in missing]
        absent = unmentioned(slot, question, found[1], sheet.draft) if found is not None else []
        if found is not None and _no_amount(slot, question, found[1]):
            found = None  # "biaya admin brp?" answered by a sentence that names paying but no amount
        share = share_unsaid(question, found[1]) if found is not None and slot in _AMOUNT_SLOTS else None
        if share is not None:  # "satu orang dapat berapa lembar?" of a draft that gives only the total
            missing += [] if share in missing else [share]
            said_missing.add(question)
            continue
        if found is None or absent or (things and not lists_the_matter(question, found[1], things)):
            named = " ".join(absent) or slot  # "Soal zonasi, ...": the thing asked, else the slot
            if named not in missing and not things and not (named == slot and question in said_missing):
                missing.append(named)
                said_missing.add(question)
            continue
        if _late_unsaid(slot, question, found[1]) and LATE not in missing:
            missing.append(LATE)  # "nek telat piye?": the deadline is said, what happens after it is not
        if slot == "when" and end_unsaid(normalise(question), found[1]):
            end = end_label(normalise(question))
            missing += [] if end in missing else [end]  # an end asked, only a start said
            continue
        day = _day_without_hours(slot, question, found[1])
        timed = [s for s in sentences if _day_without_hours(slot, question, s[1]) is None]
        hours = find_slot(slot, question, timed, sheet) if day is not None and timed else None
        if hours is not None:
            day, found = None, hours  # "besok di babat jam brp buka?": the hours, said for every place
        if day is not None:  # "jam brp mulainya?" on a draft that gives the day only: the day, and the hour missing
            missing += [] if "jam" in missing else ["jam"]
            if day and day not in given:
                given.append(day)
                lines.append(f"{_OPENER['when']}: {day}.")
            continue
        found = _age_rule_met(slot, question, found, sentences)
        value = _tier_kept(slot, question, plain(excerpt(sheet, *found, slot, question), sheet), found[1], sheet)
        opener = _opener(slot, question, value, tone)
        if slot == "cost" and (group := outside_condition(question, value)):
            opener = ""  # "gratis bagi peserta BPJS" to an asker without BPJS: their cost is not said
            missing.append(f"biaya bagi yang belum terdaftar {group}")
        if any(value in earlier or earlier in value for earlier in given):
            if opener and not any(line.startswith(opener) for line in lines):
                lines.append(opener)
            continue
        given.append(value)
        if "di luar ketentuan" in opener:
            outside.add(question)
        body = lexicon.capitalize_first(value) + "." if opener else f"{_label(slot, value)}: {value}."
        lines.append(f"{opener} {body}".strip())
        if slot == "how":
            ways_given.add(question)
        second = _second(slot, question, found, sentences, sheet)
        if second is not None:
            more = plain(excerpt(sheet, *second, slot, question), sheet)
            if not any(more in earlier or earlier in more for earlier in given):
                given.append(more)
                verdict = "" if opener else _opener(slot, question, more, tone)  # the age rule may come second
                lines.append(f"{verdict} {lexicon.capitalize_first(more)}.".strip())
    levy = levy_line(parts[0][0], sentences) if parts else None
    if levy and not any(plain(levy, sheet) in line for line in lines):
        lines.append(f"{lexicon.capitalize_first(plain(levy, sheet))}.")  # "dipotong 50rb": the channel to report it
    return lines, missing


_WHO_RULE = re.compile(r"\b(?:bagi|khusus|diperuntukkan|terbuka|berusia|usia|umur|sasaran)\b", re.I)
#: A launch or an opening ceremony: its date is not when the service is open.
_LAUNCH = re.compile(r"\b(?:meluncurkan|diluncurkan|peluncuran|membuka secara resmi|dibuka secara resmi|"
                     r"meresmikan|diresmikan)\b", re.I)
_BRING = re.compile(r"\b(?:bawa|membawa|dibawa|menunjukkan|melampirkan)\b", re.I)
LATE = "pendaftar yang terlambat"
_LATE_ASKED = re.compile(r"\b(?:telat|terlambat|kelewat|ketinggalan)\b|\blewat\b(?!\s+(?:mana|apa|wa|whatsapp|aplikasi|"
                         r"laman|link|online|daring|hp)\b)")
_LATE_WORRY = re.compile(r"\b(?:paling|takut|biar (?:tidak|gak|ga|nggak)|jangan sampai) (?:telat|terlambat)\b|"
                         r"\bmasih (?:bisa|boleh)\b")
_WHAT_THEN = re.compile(r"\b(?:gimana|bagaimana|terus|trus|lalu)\b")
_LATE_SAID = re.compile(r"\b(?:melewati|terlambat|telat|lewat|setelah batas|susulan|perpanjang\w*)\b", re.I)


def _no_amount(slot: str, question: str, sentence: str) -> bool:
    """Whether a question asks how much ("biaya admin na sabaraha?") and the sentence found gives no amount,
    does not say it is free, and is not about the thing asked ("tes psikologi dibayar terpisah")."""
    if slot != "cost" or not re.search(r"\bberapa\b", normalise(question)):
        return False
    money = any(loc.fact.kind == "money" for loc in scan_facts(sentence))
    return not (money or FREE.search(sentence) or COVERED.search(sentence) or shared_stems(stems(question), sentence))


def _late_unsaid(slot: str, question: str, sentence: str) -> bool:
    """Whether a deadline question asks what happens to the late ("kalau telat gimana?") and the sentence
    found says only the deadline, not what happens after it."""
    asking = " ".join(text for text, asks in clauses(question) if asks) or question
    asked = normalise(asking)
    if _LATE_WORRY.search(asked) or not _WHAT_THEN.search(asked):
        return False  # "paling telat jam brp", "takut telat", "lewat, masih bisa?": the deadline answers
    return slot == "deadline" and bool(_LATE_ASKED.search(asked)) and not (
        LATE_RESULT.search(sentence) or _LATE_SAID.search(sentence))


_HOUR_ASKED = re.compile(r"\b(?:jam|pukul) berapa\b|\bmulai (?:jam|pukul)\b")


def _day_without_hours(slot: str, question: str, sentence: str) -> str | None:
    """The day a sentence gives (its dates, from the first to the last: "Minggu, 21 Desember 2025") when the
    question asks the hour and the sentence has none, else None."""
    asked = normalise(question)
    if slot != "when" or not _HOUR_ASKED.search(asked) or re.search(OWN_HOURS, asked):
        return None
    located = scan_facts(sentence)
    if any(loc.fact.kind == "time" for loc in located) or ROUND_CLOCK.search(sentence):
        return None
    dates = [loc for loc in located if loc.fact.kind == "date"]
    if not dates:
        return ""
    day = sentence[dates[0].start:dates[-1].end]
    return day + ")" if day.count("(") > day.count(")") else day  # "Senin (9/6)" whole


def _tier_kept(slot: str, question: str, value: str, sentence: str, sheet: FactSheet) -> str:
    """`value`, or the whole sentence when the excerpt cut away the age tier that takes in the asker ("anak usia
    3-11 tahun separuh tarif, sedangkan balita di bawah 3 tahun gratis" asked of a two-year-old)."""
    months = asked_age(question) if slot in ("who", "requirements", "cost") else None
    if months is None or age_allowed(months, value) is not False or not age_allowed(months, sentence):
        return value
    return plain(sentence, sheet).rstrip(".")


#: Words of any age said or ruled: they tell no rule's thing.
_AGE_WORDS = frozenset({"tahun", "bulan", "usia", "umur", "berusia", "berumur"})


def _age_rule_met(slot: str, question: str, found: tuple[int, str],
                  sentences: list[tuple[int, str]]) -> tuple[int, str]:
    """The sentence whose age rule takes in the asker's age when the rule found leaves it out and another rule of
    the draft takes it in ("58 thn": "sasaran ... 60 tahun ke atas" and "Pra-lansia usia 45 sampai 59 tahun juga
    dilayani"); else `found`."""
    months = asked_age(question) if slot in ("who", "requirements") else None
    if months is None:
        return found
    # several rules ("vaksin: umur minimal tiga bulan", "steril: umur enam bulan"): the one on the thing asked
    wanted = stems(question)
    ruled = [s for s in sentences if age_allowed(months, s[1]) is not None]
    best = max(ruled, key=lambda s: len(shared_stems(wanted, s[1])), default=found)
    if best != found and found in ruled and len(shared_stems(wanted, best[1])) > len(shared_stems(wanted, found[1])):
        found = best
    if slot == "who" and found not in ruled and ruled and shared_stems(wanted - _AGE_WORDS, best[1]):
        return best  # "umur 17, bisa ikut?" found a "who" with no age: the draft's age rule checks the age stated
    if age_allowed(months, found[1]) is not False:
        return found
    # a rule with a floor of its own (not "paling tinggi 15 tahun", which takes in any child)
    # and no rule on another thing than the one the found rule names ("steril" asked: not the vaccination's rule)
    named = len(shared_stems(wanted, found[1]))
    return next((s for s in sentences if s != found and age_allowed(months, s[1]) and age_allowed(0, s[1]) is False
                 and len(shared_stems(wanted, s[1])) >= named), found)


def _second(slot: str, question: str, found: tuple[int, str], sentences: list[tuple[int, str]],
            sheet: FactSheet) -> tuple[int, str] | None:
    """A second sentence for what the question names that the first answer leaves out ("IPK sy 2,95
    semester 5, bisa daftar?": the semester rule and the IPK rule), or None."""
    wanted = stems(" ".join(text for text, asking in clauses(question) if asking) or question)
    if slot == "when":  # "poli gigi hari apa?": every dated line that names the thing asked
        named = shared_stems(wanted, found[1])
        rows = [s for s in sentences if s != found and cue("when", s[1]) >= 2.0 and named
                and shared_stems(named, s[1]) == named and not _LAUNCH.search(s[1])]
        return rows[0] if len(rows) == 1 else None
    if slot not in _TWO_SENTENCE_SLOTS:
        return None
    rest = wanted - shared_stems(wanted, found[1])
    if not rest:
        return None
    other = find_slot(slot, question, [s for s in sentences if s != found], sheet)
    if other is None or cue(slot, other[1]) < 2.0:
        return None  # only a second rule, place or channel, not a sentence sharing a word
    return other if shared_stems(rest, other[1]) else None


def _names(missing: list[str]) -> str:
    return ", ".join(LABELS.get(s, s) for s in missing)


#: Whether one may take part ("bisa dapat?", "boleh ikut?").
_MAY = re.compile(r"\b(?:bisa|boleh|dapat|dapet|ikut|daftar|oleh|entuk|tiasa|kenging|pacak|iso|berhak|layak)\b")


def _age_may(question: str) -> bool:
    text = normalise(question)
    return asked_age(question) is not None and bool(_MAY.search(text))


def not_said(missing: list[str], sheet: FactSheet, tone: Tone) -> str:
    """The line saying what the draft does not mention, and where to ask."""
    return f"Soal {_names(missing)}, info resminya belum menyebutkan; {_where_to_ask(sheet, tone)}."


def answer_question(question: str, context: str, tone: Tone) -> tuple[list[str], list[str]] | None:
    """Suggestions and warnings answering `question` from `context`, or None when it asks no known slot."""
    parts = [(text, slot) for text, slots in question_parts(question) for slot in slots][:4]
    guessed = not parts  # asked, but no slot named: what the comment names, if the draft speaks of it
    if guessed and asks(question) and OWN_CASE_ASKED.search(normalise(question)):
        parts = [(question, "who")]  # "bapak sy stroke, bisa didatangi ke rumah?": whether the asker's case is served
    # the slot the learned model reads in speech the rules never met ("mulainya?"), else "what"; a thing the draft
    # never names ("domba bisa divaksin juga ka?") stays a "what", so the reply says it is not mentioned
    guess = guess_slot(normalise(question)) if not parts and asks(question) else None
    parts = parts or ([(question, guess if guess and not unnamed_things(question, context) else "what")]
                      if asks(question) else [])
    if not parts or not context.strip():
        return None
    if all(slot != "who" for _, slot in parts) and _age_may(question) and has_age_rule(context):
        parts = [(parts[0][0], "who"), *parts][:4]  # "saya 55, bisa dapat?": an age stated is checked against the rule
    sheet = read_draft(context)
    parts = with_requirements(parts, sheet) if guessed else with_residence(with_requirements(parts, sheet), sheet)
    lines, missing = answer_parts(parts, sheet, tone)
    if "claim" in missing or (guessed and missing and not unmentioned("what", question, "", sheet.draft)
                              and not unnamed_things(question, sheet.draft) and not table_lacks(missing)):
        return None  # nothing in the draft to say about it: the hoax or checking reply says so
    absent = mostly_unnamed(question, sheet.draft) if guessed else []
    if absent:
        thing = (unnamed_things(question, sheet.draft) or absent)[0]  # "ganti kk" over "ganti"
        lines, missing = [], [thing]  # the draft speaks of another matter: nothing of it is quoted
    lacked = [*absent, *(w.lower() for m in missing for w in m.split())]  # what the draft was found to lack
    if guessed and missing and not place_lacked(question, lacked) and (asked := sentence_asked(
            question, sentences_of(sheet.draft), absent, unnamed_things(question, sheet.draft))) is not None:
        # words the bot cannot read are how the asker speaks; the draft's words they share point at the answer
        value = plain(asked[1], sheet)
        lines, missing = [f"{_label(parts[0][1], value)}: {value}."], []
    you = ADDRESS[tone]
    warnings: list[str] = []
    if missing:
        lines.append(not_said(missing, sheet, tone))
        warnings.append(f"Draf konteks tidak menyebut {_names(missing)}; lengkapi bila tahu jawabannya.")
    body = " ".join(lines)
    greet = {"formal": "Terima kasih atas pertanyaannya.", "friendly": f"Halo, {you}!", "casual": "Halo!"}[tone]
    close = {"formal": "Jika masih ada yang belum jelas, silakan bertanya kembali.",
             "friendly": "Kalau masih ada yang kurang jelas, tanya lagi di sini ya.",
             "casual": "Kalau masih bingung, tanya lagi aja ya."}[tone]
    return [f"{greet} {body}", f"{body} {close}"], warnings
