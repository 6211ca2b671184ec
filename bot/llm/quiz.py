"""With a model configured: the model proposes the wording of the quiz question, nothing else.

The options (the correct one is a fact of the draft), the correct option's position and the
explanation stay those of the offline quiz (`bot.core.quiz`). The proposed question is kept only when
it is a single question within the Bot API limit, names no option, passes the shared fact check
against the draft and leaks nothing; otherwise the offline wording stays and the reason is logged.
Same safeguards as the other tasks: personal data redacted, instruction phrases neutralised, the
draft only in the user turn.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.core.fact_check import check_facts
from bot.core.quiz_models import POLL_QUESTION_MAX, STICKER_QUESTION_MAX, Quiz, QuizSet
from bot.core.reading.sheet import LABELS, Slot
from bot.errors import EngineBlocked, EngineUnavailable
from bot.llm.client import INVALID_REASON, ModelClient
from bot.llm.conversation import Conversation
from bot.llm.guard import neutralise
from bot.llm.schemas import OutputInvalid, schema_hint

log = logging.getLogger(__name__)

#: Shorter than the Bot API's 300: a quiz question is read at a glance.
QUESTION_MAX = 200
REJECTED = "pertanyaan usulan model ditolak: {why}"


class QuizQuestionOut(BaseModel):
    """The model's wording of the quiz question."""

    model_config = ConfigDict(json_schema_extra={"description": "Pertanyaan kuis untuk warga."})

    question: str = Field(description="Satu pertanyaan kuis, diakhiri tanda tanya, paling panjang 200 karakter.")


def parse_question(data: object) -> QuizQuestionOut:
    if isinstance(data, str):
        data = {"question": data}
    try:
        out = QuizQuestionOut.model_validate(data)
    except ValidationError as err:
        raise OutputInvalid(str(err.errors()[0].get("msg", "tidak valid"))) from err
    out.question = " ".join(out.question.split())
    if not out.question:
        raise OutputInvalid("pertanyaan kosong")
    return out


def propose_question(client: ModelClient, turns: Conversation, draft: str, quiz: Quiz) -> str:
    """The model's question for `quiz`, checked; raises `EngineUnavailable` (with the reason) when it
    cannot be used, `EngineBlocked` when it leaks."""
    call = client.start()
    text = neutralise(turns.redact(draft, numbered=False).text).text
    correct = quiz.options[quiz.correct_option_id]
    messages = [
        turns.system(
            "quiz",
            institution="instansi pemerintah",
            topic=LABELS[Slot(quiz.slot)].lower() if quiz.slot else "fakta penting",
            answer=correct,
            options="; ".join(quiz.options),
            schema=schema_hint(QuizQuestionOut),
        ),
        turns.user("quiz", draft=text),
    ]
    try:
        out, _ = client.structured(call, messages, QuizQuestionOut, parse_question, turns.repair(QuizQuestionOut))
    except OutputInvalid as err:
        raise EngineUnavailable(INVALID_REASON, usage=call.usage) from err
    question = out.question
    if leak := turns.guard.find_leak(question):
        raise EngineBlocked(leak, usage=call.usage)
    if why := _unusable(question, quiz, draft):
        raise EngineUnavailable(REJECTED.format(why=why), usage=call.usage)
    return question


def _unusable(question: str, quiz: Quiz, draft: str) -> str:
    """Why the proposed question cannot be sent (Indonesian), or "" when it can."""
    if len(question) > min(QUESTION_MAX, POLL_QUESTION_MAX):
        return "terlalu panjang"
    if not question.endswith("?") or question.count("?") > 1:
        return "bukan satu pertanyaan"
    lowered = question.lower()
    if any(option.lower().rstrip("…") in lowered for option in quiz.options):
        return "menyebut pilihan jawaban"
    verdict = check_facts(question, [draft])
    if not verdict.ok:
        return "memuat fakta yang tidak ada di draf: " + ", ".join(verdict.invented)
    return ""


def reword_quiz(client: ModelClient, turns: Conversation, draft: str, quiz_set: QuizSet) -> QuizSet:
    """`quiz_set` with the model's question when it passes every check, else unchanged (logged)."""
    if quiz_set.quiz is None:
        return quiz_set
    try:
        question = propose_question(client, turns, draft, quiz_set.quiz)
    except EngineUnavailable as err:  # EngineBlocked too
        log.info("quiz question: offline wording kept (%s)", err)
        return quiz_set
    update: dict[str, object] = {"quiz": quiz_set.quiz.model_copy(update={"question": question})}
    if quiz_set.quiz_sticker is not None and len(question) <= STICKER_QUESTION_MAX:
        update["quiz_sticker"] = quiz_set.quiz_sticker.model_copy(update={"question": question})
    return quiz_set.model_copy(update=update)
