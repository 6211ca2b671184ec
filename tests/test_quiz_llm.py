"""With a model configured, the model words the quiz question (structured output through the fake
OpenAI server); the options, the correct one and the explanation stay the fact sheet's, and a question
that invents a fact, names an option or is not one question is refused for the offline wording."""

from __future__ import annotations

import pytest

from bot.core.quiz import make_quiz_set
from bot.llm.client import ModelClient
from bot.llm.conversation import Conversation
from bot.llm.quiz import reword_quiz
from bot.settings import Settings
from tests.support.fake_openai import FakeOpenAI

DRAFT = (
    "Pemerintah Kota Contoh membuka layanan perekaman KTP elektronik keliling di Balai Desa Sukamaju "
    "pada Sabtu (14/6/2025) pukul 08.00 WIB. Layanan ini gratis. Warga cukup membawa fotokopi Kartu "
    "Keluarga. Informasi: 0812-3456-7890."
)


def reword(settings: Settings):
    offline = make_quiz_set(DRAFT)
    return offline, reword_quiz(ModelClient.from_settings(settings), Conversation(settings), DRAFT, offline)


def test_the_models_question_is_used_and_nothing_else_changes(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    fake_openai.add_json({"question": "Mau rekam KTP elektronik di Balai Desa Sukamaju, coba tebak apa jawabannya?"})
    offline, out = reword(llm_settings)
    assert out.quiz is not None and offline.quiz is not None
    assert out.quiz.question.startswith("Mau rekam KTP elektronik")
    assert out.quiz.options == offline.quiz.options
    assert out.quiz.correct_option_id == offline.quiz.correct_option_id
    assert out.quiz.explanation == offline.quiz.explanation
    system, user = fake_openai.chat_requests[0]["messages"]
    assert offline.quiz.options[offline.quiz.correct_option_id] in system["content"]
    assert "<<<DRAF" in user["content"] and "0812-3456-7890" not in user["content"]


@pytest.mark.parametrize(
    "question",
    [
        "Kapan layanan ini dibuka, Minggu 15 Juni 2025?",  # a date the draft does not have
        "Benarkah jawabannya {correct}?",  # names the answer
        "Tahukah Anda. Apa syaratnya",  # not one question
        "Apa syarat yang perlu disiapkan warga menurut Bapak Wali Kota Hendra Wijaya?",  # an invented name
    ],
)
def test_a_question_that_breaks_a_rule_keeps_the_offline_wording(
    fake_openai: FakeOpenAI, llm_settings: Settings, question: str
) -> None:
    quiz = make_quiz_set(DRAFT).quiz
    assert quiz is not None
    correct = quiz.options[quiz.correct_option_id]
    fake_openai.add_json({"question": question.format(correct=correct.lower())})
    offline, out = reword(llm_settings)
    assert out == offline


def test_invalid_output_after_one_repair_keeps_the_offline_wording(
    fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    fake_openai.add_text("bukan JSON")
    fake_openai.add_text("masih bukan JSON")
    offline, out = reword(llm_settings)
    assert out == offline
    assert len(fake_openai.chat_requests) == 2


def test_the_service_words_the_quiz_with_the_configured_model(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """The edges ask `service.media`; with a model configured, its question is the one sent."""
    from bot.app import build_service

    fake_openai.add_json({"question": "Mau rekam KTP elektronik di Balai Desa Sukamaju, coba tebak apa jawabannya?"})
    out = build_service(llm_settings).media.quiz(DRAFT)
    assert out.quiz is not None and out.quiz.question.startswith("Mau rekam KTP elektronik")
    assert len(fake_openai.chat_requests) == 1


def test_a_dead_model_leaves_the_offline_quiz(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """Nothing scripted: the fake answers every call with HTTP 500."""
    from bot.core.media import Media
    from bot.llm.engine import LLMEngine

    out = Media(LLMEngine.from_settings(llm_settings)).quiz(DRAFT)
    assert out == make_quiz_set(DRAFT)
