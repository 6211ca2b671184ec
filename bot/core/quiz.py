"""A quiz, a feedback poll and Instagram Story sticker texts from a draft's fact sheet.

The quiz asks about one fact that matters to citizens (cost, requirements, how to take part, who may,
deadline, place, time), in that order of use, taking a slot only when the draft gives exactly one fact
for it (two dates would make two right answers). The correct option is that fact as a post writes it
(`Fact.value` in plain words, `bot/core/wording.py`: "Gratis", "Cukup bawa KTP"); the wrong options are
generic alternatives the draft says nothing like
(`quiz_options`); the explanation quotes the draft. Everything is deterministic: the draft's hash seeds
the choice of wrong options and the position of the correct one.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.fact_check import check_facts
from bot.core.fact_scan import scan_facts
from bot.core.quiz_fit import capitalize, fit, fit_lines, squeeze
from bot.core.quiz_models import (
    EXPLANATION_LINE_FEEDS_MAX,
    EXPLANATION_MAX,
    POLL_OPTION_MAX,
    POLL_QUESTION_MAX,
    STICKER_OPTION_MAX,
    STICKER_QUESTION_MAX,
    Quiz,
    QuizSet,
    Sticker,
)
from bot.core.quiz_options import (
    GENERIC_HOW,
    GENERIC_HOW_DEFAULT,
    GENERIC_QUESTIONS,
    GENERIC_SUBJECT,
    NO_HOW_KINDS,
    QUESTIONS,
    QUIZ_SLOTS,
    SHORT_FORMS,
    alternatives,
    is_free,
    seeded,
)
from bot.core.quiz_poll import feedback_poll, poll_sticker
from bot.core.reading.extract import read_draft
from bot.core.reading.sheet import DraftKind, Fact, FactSheet, Slot
from bot.core.wording import plain_fact

#: Wrong options beside the correct one (4 options in all: what an Instagram quiz sticker holds).
WRONG_OPTIONS = 3
#: Fewer wrong options than this and the quiz is too easy to be worth sending.
MIN_WRONG_OPTIONS = 2
#: The quiz asks about one of the first this many usable slots (picked by the draft's hash): the most
#: useful fact first, yet not always the cost of a free service.
CHOICES = 2
#: Kinds whose time and place are what citizens come to (an achievement's dates are its figures').
SCHEDULED_KINDS = frozenset({DraftKind.EVENT, DraftKind.SERVICE})


def scheduled(sheet: FactSheet) -> bool:
    """Whether the draft's day and place are ones citizens come to: an event or a service, or a
    meeting that announces one (the meeting's own room and day are already set aside by the reader)."""
    return sheet.kind in SCHEDULED_KINDS or (sheet.kind == DraftKind.MEETING and sheet.citizen_benefit)
#: A single upper-case word this long is emphasis ("GRATIS"), not an acronym.
SHOUTED_MIN = 5
#: Unicode categories left out of an option: emoji, pictographs, modifiers, variation selectors.
_SYMBOLS = frozenset({"So", "Sk", "Mn", "Cf"})
QUOTE = 'Sesuai informasi resmi: "{quote}"'
#: The draft's own name for what it offers is used in the question up to this length.
SUBJECT_MAX = 45

NO_BENEFIT = ("Rilis ini belum memuat manfaat langsung bagi warga, jadi belum ada fakta yang layak "
              "dijadikan kuis. Tanyakan dulu ke OPD pengirim, lalu kirim ulang rilisnya.")
NO_FACT = ("Rilis ini tidak memuat satu fakta yang jelas tentang biaya, syarat, cara ikut, sasaran, "
           "batas waktu, lokasi, atau jadwal, jadi kuis tidak dibuat. Tambahkan fakta itu ke rilis.")
NO_STICKER = ("Jawaban benar tidak muat di stiker kuis Instagram (maks. {n} karakter per pilihan) tanpa "
              "memotong angka atau tanggal; pakai kuis Telegram atau tulis stiker sendiri.")

_WORD = re.compile(r"[^\W\d_]{4,}")


def make_quiz_set(draft: str) -> QuizSet:
    """The quiz, feedback poll and sticker texts of a draft (`humasbot quiz`, the "Buat kuis" button)."""
    sheet = read_draft(draft)
    quiz, reason = make_quiz(sheet)
    sticker, sticker_reason = quiz_sticker(quiz, sheet) if quiz else (None, "")
    poll = feedback_poll(sheet)
    return QuizSet(
        quiz=quiz, no_quiz_reason=reason, poll=poll, quiz_sticker=sticker, no_sticker_reason=sticker_reason,
        poll_sticker=poll_sticker(poll), office_questions=list(sheet.office_questions),
    )


def make_quiz(sheet: FactSheet) -> tuple[Quiz | None, str]:
    """The quiz of a sheet, or None and why there is none (Indonesian)."""
    if not sheet.citizen_benefit:
        return None, NO_BENEFIT
    rng = seeded(sheet.draft)
    viable = []
    for slot, fact in _candidates(sheet):
        correct = fit(option_text(plain_fact(slot, fact.value)), POLL_OPTION_MAX)
        wrong = [a for a in alternatives(slot, fact.value) if not a.possible_in(sheet.draft)]
        if correct is not None and len(wrong) >= MIN_WRONG_OPTIONS:
            viable.append((slot, fact, correct, wrong))
    if not viable:
        return None, NO_FACT
    slot, fact, correct, wrong = viable[rng.randrange(min(CHOICES, len(viable)))]
    chosen = rng.sample(wrong, min(WRONG_OPTIONS, len(wrong)))
    at = rng.randrange(len(chosen) + 1)
    options = [a.text for a in chosen]
    options.insert(at, correct)
    return Quiz(
        question=_question(sheet, slot, fact, correct), options=options, correct_option_id=at,
        explanation=_explanation(sheet, fact), slot=slot.value, fact=fact.text,
    ), ""


def option_text(value: str) -> str:
    """A fact as an option: emoji and pictographs out, a shouted single word ("GRATIS") in sentence case."""
    text = squeeze("".join(ch for ch in value if unicodedata.category(ch) not in _SYMBOLS))
    if text.isupper() and text.isalpha() and len(text) >= SHOUTED_MIN:
        text = text.lower()
    return capitalize(text)


def _candidates(sheet: FactSheet) -> list[tuple[Slot, Fact]]:
    out = []
    for slot in QUIZ_SLOTS:
        if slot in (Slot.HOW, Slot.REQUIREMENTS) and sheet.kind in NO_HOW_KINDS:
            continue
        if slot in (Slot.WHEN, Slot.WHERE) and not scheduled(sheet):
            continue
        facts = {f.text: f for f in sheet.of(slot)}
        if len(facts) != 1:
            continue
        fact = next(iter(facts.values()))
        if not sound(fact, sheet):
            continue
        if slot == Slot.COST and not (is_free(fact.value) or _has_amount(fact.value)):
            continue
        out.append((slot, fact))
    return out


def sound(fact: Fact, sheet: FactSheet) -> bool:
    """True when the fact, read alone, passes the fact check against its draft: a span that clips a
    number (a phone number read only up to its area code) is never shown."""
    return check_facts(fact.value, [sheet.draft]).ok


def _has_amount(text: str) -> bool:
    return any(loc.fact.kind == "money" for loc in scan_facts(text))


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _subject(sheet: FactSheet, fact: Fact, correct: str) -> str | None:
    """The draft's own short name for what it offers, when the asked fact is said in the same sentence
    (so the question ties the right things together) and the name does not give the answer away."""
    what = sheet.first(Slot.WHAT)
    if what is None or len(what.value) > SUBJECT_MAX or sheet.sentence_of(what.start) != sheet.sentence_of(fact.start):
        return None
    if _words(what.value) & _words(correct) or (Slot(fact.slot) == Slot.COST and is_free(what.value)):
        return None
    return squeeze(what.value)


def _question(sheet: FactSheet, slot: Slot, fact: Fact, correct: str) -> str:
    subject = _subject(sheet, fact, correct)
    if subject:
        question = QUESTIONS[slot].format(s=subject)
        if len(question) <= POLL_QUESTION_MAX:
            return question
    return generic_question(slot, sheet.kind)


def generic_question(slot: Slot, kind: DraftKind) -> str:
    """The question without the draft's own name for what it offers."""
    if slot == Slot.HOW:
        return GENERIC_HOW.get(kind, GENERIC_HOW_DEFAULT)
    return GENERIC_QUESTIONS[slot].format(s=GENERIC_SUBJECT[kind])


def _explanation(sheet: FactSheet, fact: Fact) -> str:
    """The fact quoted from the draft (its clause when that fits), and the draft's source when it fits."""
    clause = next((c.text for c in sheet.clauses if c.start <= fact.start and fact.end <= c.end), fact.text)
    room = EXPLANATION_MAX - len(QUOTE.format(quote=""))
    quote = squeeze(clause) if len(squeeze(clause)) <= room else fit(fact.text, room) or ""
    lines = [QUOTE.format(quote=quote)]
    source = sheet.first(Slot.ATTRIBUTION)
    if source is not None:
        lines.append(f"Sumber: {squeeze(source.text)}")
    return fit_lines(lines, EXPLANATION_MAX, EXPLANATION_LINE_FEEDS_MAX)


def quiz_sticker(quiz: Quiz, sheet: FactSheet) -> tuple[Sticker | None, str]:
    """The Instagram quiz sticker of a quiz: the same options in their short forms."""
    short = fit(quiz.options[quiz.correct_option_id], STICKER_OPTION_MAX)
    if short is None:
        return None, NO_STICKER.format(n=STICKER_OPTION_MAX)
    options = [short if i == quiz.correct_option_id else SHORT_FORMS[o] for i, o in enumerate(quiz.options)]
    question = quiz.question
    if len(question) > STICKER_QUESTION_MAX:
        question = generic_question(Slot(quiz.slot), sheet.kind)
    return Sticker(kind="quiz", question=question, options=options, correct_option_id=quiz.correct_option_id), ""

