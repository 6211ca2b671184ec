"""Quizzes, polls and short-video scripts from a draft: what the trainings ask officers to post
besides text, each an edge away (the Telegram buttons, `humasbot quiz` / `script`).

The offline core makes each from the fact sheet (`bot.core.quiz`, `bot.core.video_script`). With a
model configured, the engine may word the quiz question (`reword_quiz`); the options, the facts,
stay the sheet's, and a model that fails leaves the offline wording.
"""

from __future__ import annotations

import logging
from typing import Protocol, runtime_checkable

from bot.core.budget import BudgetGuard
from bot.core.quiz import make_quiz_set
from bot.core.quiz_models import QuizSet
from bot.core.video_script import VideoScript, make_script
from bot.errors import HumasError

log = logging.getLogger(__name__)


@runtime_checkable
class QuizWording(Protocol):
    """An engine that can word a quiz question (the LLM engine)."""

    def reword_quiz(self, draft: str, quiz_set: QuizSet) -> QuizSet: ...


class Media:
    """The quiz set and the video script of a draft, worded by `engine` where it can."""

    def __init__(self, engine: object | None = None, budget: BudgetGuard | None = None) -> None:
        self.engine = engine
        #: The spending caps: over one, the offline wording stays and no model is called.
        self.budget = budget

    def quiz(self, draft: str, user_id: str | None = None) -> QuizSet:
        quiz_set = make_quiz_set(draft)
        if isinstance(self.engine, QuizWording) and quiz_set.quiz is not None:
            if self.budget is not None and (notice := self.budget.admit(user_id)) is not None:
                log.info("quiz question: offline wording kept (%s)", notice)
                return quiz_set
            try:
                return self.engine.reword_quiz(draft, quiz_set)
            except HumasError as err:  # the offline wording stands
                log.info("quiz question: offline wording kept (%s)", err)
        return quiz_set

    def script(self, draft: str) -> VideoScript:
        return make_script(draft)
