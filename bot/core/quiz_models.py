"""Plain data for quizzes, feedback polls and Instagram Story stickers, and the limits they keep.

The Telegram layer maps `Quiz` to `sendPoll(type="quiz", correct_option_id=..., explanation=...)` and
`FeedbackPoll` to `sendPoll(type="regular")`; every edge serialises them with `model_dump()`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

# Bot API `sendPoll` limits (core.telegram.org/bots/api#sendpoll).
POLL_QUESTION_MAX = 300
POLL_OPTION_MAX = 100
POLL_OPTIONS_MIN = 2
POLL_OPTIONS_MAX = 10
EXPLANATION_MAX = 200
EXPLANATION_LINE_FEEDS_MAX = 2

# Instagram Story stickers. Instagram publishes no limits; third-party guides disagree (a poll question of
# 90 characters and options of 22 are the most cited, older guides say about 11 visible per option). We
# keep under the cited figures: a question of at most 80 characters and options of at most 22, and the
# option counts the sticker editors offer (quiz and poll: 2 to 4).
STICKER_QUESTION_MAX = 80
STICKER_OPTION_MAX = 22
STICKER_OPTIONS_MIN = 2
STICKER_OPTIONS_MAX = 4


def _check_options(options: list[str], low: int, high: int, longest: int) -> None:
    if not low <= len(options) <= high:
        raise ValueError(f"{len(options)} options, not {low}-{high}")
    for option in options:
        if not 1 <= len(option) <= longest:
            raise ValueError(f"option of {len(option)} characters, not 1-{longest}: {option!r}")


class Quiz(BaseModel):
    """A quiz whose correct option is a fact of the draft; the wrong options are only options.
    Valid only within the Bot API's limits, so the Telegram layer can send it as it is."""

    question: str = Field(min_length=1, max_length=POLL_QUESTION_MAX)
    options: list[str]
    correct_option_id: int
    #: Quotes the fact from the draft (shown after answering).
    explanation: str = Field(default="", max_length=EXPLANATION_MAX)
    #: The fact-sheet slot the question asks about ("cost", "when", ...).
    slot: str = ""
    #: The fact as the draft writes it (verbatim span).
    fact: str = ""

    @model_validator(mode="after")
    def _within_limits(self) -> Quiz:
        _check_options(self.options, POLL_OPTIONS_MIN, POLL_OPTIONS_MAX, POLL_OPTION_MAX)
        if not 0 <= self.correct_option_id < len(self.options):
            raise ValueError("correct_option_id outside the options")
        if self.explanation.count("\n") > EXPLANATION_LINE_FEEDS_MAX:
            raise ValueError("too many line feeds in the explanation")
        return self


class FeedbackPoll(BaseModel):
    """A regular poll asking what citizens think or need: opinions, never fact claims."""

    question: str = Field(min_length=1, max_length=POLL_QUESTION_MAX)
    options: list[str]
    allows_multiple_answers: bool = False

    @model_validator(mode="after")
    def _within_limits(self) -> FeedbackPoll:
        _check_options(self.options, POLL_OPTIONS_MIN, POLL_OPTIONS_MAX, POLL_OPTION_MAX)
        return self


class Sticker(BaseModel):
    """The text of an Instagram Story quiz or poll sticker, typed into the sticker by the officer."""

    kind: Literal["quiz", "poll"]
    question: str = Field(min_length=1, max_length=STICKER_QUESTION_MAX)
    options: list[str]
    #: The correct option of a quiz sticker; None for a poll.
    correct_option_id: int | None = None

    @model_validator(mode="after")
    def _within_limits(self) -> Sticker:
        _check_options(self.options, STICKER_OPTIONS_MIN, STICKER_OPTIONS_MAX, STICKER_OPTION_MAX)
        if (self.kind == "quiz") != (self.correct_option_id is not None):
            raise ValueError("a quiz sticker has a correct option, a poll sticker none")
        if self.correct_option_id is not None and not 0 <= self.correct_option_id < len(self.options):
            raise ValueError("correct_option_id outside the options")
        return self


class QuizSet(BaseModel):
    """Everything `humasbot quiz` and the "Buat kuis" button offer for one draft."""

    quiz: Quiz | None = None
    #: Why there is no quiz (Indonesian), when there is none.
    no_quiz_reason: str = ""
    poll: FeedbackPoll
    quiz_sticker: Sticker | None = None
    #: Why there is no quiz sticker (Indonesian), when there is none.
    no_sticker_reason: str = ""
    poll_sticker: Sticker
    #: Questions to ask the originating office when the draft gives citizens nothing.
    office_questions: list[str] = Field(default_factory=list)

    def texts(self) -> list[str]:
        """Every text a citizen may see: the fact check runs over each."""
        out: list[str] = []
        if self.quiz:
            out += [self.quiz.question, *self.quiz.options, self.quiz.explanation]
        out += [self.poll.question, *self.poll.options]
        for sticker in (self.quiz_sticker, self.poll_sticker):
            if sticker:
                out += [sticker.question, *sticker.options]
        return [t for t in out if t]
