"""Quizzes, feedback polls and Story sticker texts from the fact sheet (issue 12, polls and quizzes).

Run over the tune drafts of the quality data set (ids under "tune" in split.json, and the extra drafts):
every text passes the shared fact check, the correct option is a fact of the draft, the wrong options are
never stated as facts, and every Bot API and sticker limit holds.
"""

from __future__ import annotations

import json
import re

import pytest

from benchmarks import quality_metrics as qm
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts
from bot.core.quiz import NO_BENEFIT, NO_FACT, make_quiz_set
from bot.core.quiz_fit import squeeze
from bot.core.quiz_models import (
    EXPLANATION_MAX,
    POLL_OPTION_MAX,
    POLL_QUESTION_MAX,
    STICKER_OPTION_MAX,
    STICKER_QUESTION_MAX,
)
from bot.core.quiz_options import SHORT_FORMS
from bot.core.reading import read_draft


def _tune_drafts() -> list[qm.Draft]:
    """The tune drafts only: test ids are never opened."""
    tune = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))["drafts"]["tune"]
    return [qm.read_draft(qm.DATA / "drafts" / f"{i}.md") for i in sorted(tune)] + qm.load_drafts(qm.EXTRA_DRAFTS)


DRAFTS = _tune_drafts()
QUOTED = re.compile(r'"(.+)"')


@pytest.mark.parametrize("draft", DRAFTS, ids=[d.id for d in DRAFTS])
def test_every_text_is_the_drafts_and_within_limits(draft: qm.Draft) -> None:
    result = make_quiz_set(draft.body)
    for text in result.texts():
        verdict = check_facts(text, [draft.body])
        assert verdict.ok, (text, verdict.invented)
    quiz = result.quiz
    if quiz is None:
        assert result.no_quiz_reason
        return
    sheet = read_draft(draft.body)
    assert quiz.fact in sheet.draft
    assert len(quiz.question) <= POLL_QUESTION_MAX and all(len(o) <= POLL_OPTION_MAX for o in quiz.options)
    assert len(quiz.explanation) <= EXPLANATION_MAX and quiz.explanation.count("\n") <= 2
    quoted = QUOTED.search(quiz.explanation)
    assert quoted and quoted.group(1).rstrip("…") in squeeze(sheet.draft)
    wrong = [o for i, o in enumerate(quiz.options) if i != quiz.correct_option_id]
    assert len(wrong) >= 2 and len(set(quiz.options)) == len(quiz.options)
    for option in wrong:
        # plainly an option: no number, date or name, never in the question or the explanation
        assert not extract_facts(option), option
        assert option.lower() not in quiz.question.lower() and option.lower() not in quiz.explanation.lower()
        assert option.lower() not in sheet.draft.lower()


@pytest.mark.parametrize("draft", DRAFTS, ids=[d.id for d in DRAFTS])
def test_stickers_keep_the_sticker_limits_and_the_quiz(draft: qm.Draft) -> None:
    result = make_quiz_set(draft.body)
    for sticker in (result.quiz_sticker, result.poll_sticker):
        if sticker is None:
            continue
        assert len(sticker.question) <= STICKER_QUESTION_MAX
        assert 2 <= len(sticker.options) <= 4 and all(1 <= len(o) <= STICKER_OPTION_MAX for o in sticker.options)
    if result.quiz and result.quiz_sticker:
        assert result.quiz_sticker.correct_option_id == result.quiz.correct_option_id
        for i, option in enumerate(result.quiz_sticker.options):
            if i != result.quiz.correct_option_id:
                assert option == SHORT_FORMS[result.quiz.options[i]]
    elif result.quiz:
        assert result.no_sticker_reason


def test_a_quiz_is_made_for_most_drafts_that_give_citizens_something() -> None:
    giving = [d for d in DRAFTS if read_draft(d.body).citizen_benefit]
    made = [d for d in giving if make_quiz_set(d.body).quiz is not None]
    assert len(made) >= 0.8 * len(giving)


def test_the_quiz_is_deterministic_and_the_correct_position_varies() -> None:
    quizzes = [make_quiz_set(d.body).quiz for d in DRAFTS]
    again = [make_quiz_set(d.body).quiz for d in DRAFTS]
    assert quizzes == again
    positions = [q.correct_option_id for q in quizzes if q]
    assert len(set(positions)) >= 3
    assert max(positions.count(p) for p in set(positions)) <= 0.5 * len(positions)


def test_the_polls_state_no_fact() -> None:
    for draft in DRAFTS:
        poll = make_quiz_set(draft.body).poll
        assert not poll.allows_multiple_answers
        for text in (poll.question, *poll.options):
            assert not extract_facts(text), text


def test_a_meeting_report_gives_no_quiz_and_says_why() -> None:
    draft = ("Bupati Contoh menerima audiensi pengurus organisasi kepemudaan di ruang kerjanya, Senin (3/3/2025). "
             "Dalam pertemuan itu kedua pihak bertukar pikiran dan berfoto bersama.")
    result = make_quiz_set(draft)
    assert result.quiz is None and result.no_quiz_reason == NO_BENEFIT
    assert result.office_questions
    assert result.poll.options


def test_a_draft_without_a_usable_fact_says_why() -> None:
    draft = "Dinas Kesehatan mengajak warga menjaga pola hidup bersih dan sehat di rumah masing-masing."
    result = make_quiz_set(draft)
    assert result.quiz is None and result.no_quiz_reason in (NO_FACT, NO_BENEFIT)


def test_a_free_service_quiz_has_the_cost_or_another_citizen_fact() -> None:
    draft = ("Pemerintah Kota Contoh membuka layanan perekaman KTP elektronik keliling di Balai Desa Sukamaju "
             "pada Sabtu (14/6/2025) pukul 08.00 WIB. Layanan ini gratis. Warga cukup membawa fotokopi Kartu "
             "Keluarga. Informasi: 0812-3456-7890.")
    quiz = make_quiz_set(draft).quiz
    assert quiz is not None and quiz.slot in ("cost", "requirements")
    correct = quiz.options[quiz.correct_option_id]
    assert correct in ("Gratis", "Bawa fotokopi Kartu Keluarga", "Cukup bawa fotokopi Kartu Keluarga")
    assert "Gratis" not in [o for i, o in enumerate(quiz.options) if i != quiz.correct_option_id]
