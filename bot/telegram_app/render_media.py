"""Quizzes, polls and video scripts as Telegram messages and polls (HTML escaped, split safely)."""

from __future__ import annotations

from bot.core.quiz_models import QuizSet, Sticker
from bot.core.video_script import Scene, VideoScript
from bot.telegram_app.messaging import PollSpec
from bot.telegram_app.render import Block, pack

QUIZ_HEAD = "❓ Kuis dan jajak pendapat siap diteruskan ke kanal atau grup instansi."
NO_QUIZ = "Kuis tidak dibuat: {reason}"


def quiz_polls(result: QuizSet) -> list[PollSpec]:
    """The Telegram quiz (when there is one) and the feedback poll, as `sendPoll` takes them."""
    polls = []
    if result.quiz is not None:
        quiz = result.quiz
        polls.append(PollSpec(quiz.question, list(quiz.options), "quiz", quiz.correct_option_id, quiz.explanation))
    polls.append(PollSpec(result.poll.question, list(result.poll.options), "regular"))
    return polls


def _sticker(title: str, sticker: Sticker) -> list[Block]:
    lines = [Block(title, "b"), Block(sticker.question)]
    for index, option in enumerate(sticker.options):
        mark = "  ✅" if index == sticker.correct_option_id else ""
        lines.append(Block(f"{chr(ord('A') + index)}. {option}{mark}"))
    return lines


def quiz_messages(result: QuizSet) -> list[str]:
    """The head (what the polls below are), then the Instagram Story sticker texts to type in."""
    head = [Block(QUIZ_HEAD, "b")]
    if result.quiz is None:
        head.append(Block(NO_QUIZ.format(reason=result.no_quiz_reason)))
    blocks: list[Block] = []
    if result.quiz_sticker is not None:
        blocks += _sticker("Stiker kuis Instagram Story", result.quiz_sticker)
    elif result.no_sticker_reason:
        blocks += [Block("Stiker kuis Instagram Story", "b"), Block(result.no_sticker_reason)]
    blocks += [Block(""), *_sticker("Stiker polling Instagram Story", result.poll_sticker)]
    if result.office_questions:
        blocks += _office_questions(result.office_questions)
    return [*pack(head), *pack(blocks)]


def _office_questions(questions: list[str]) -> list[Block]:
    return [Block(""), Block("Tanyakan ke OPD pengirim:", "b"), *(Block(f"• {q}") for q in questions)]


def _scene(title: str, start: int, scene: Scene) -> list[Block]:
    blocks = [
        Block(f"{title} · detik {start}–{start + scene.seconds}", "b"),
        Block(f"Teks layar: {scene.on_screen}", "code"),
        Block(f"🎥 {scene.film}"),
    ]
    if scene.voice_over:
        blocks.append(Block(f"🎙 {scene.voice_over}", "i"))
    return blocks


def script_messages(result: VideoScript) -> list[str]:
    """The script scene by scene: on-screen text, what to film, what to say."""
    blocks = [Block(f"🎬 Naskah video pendek ({result.total_seconds} detik) untuk TikTok, Reels, Shorts", "b")]
    if result.note:
        blocks.append(Block(f"⚠️ {result.note}"))
    clock = 0
    parts = [("Pembuka", result.hook), *((f"Adegan {i}", s) for i, s in enumerate(result.scenes, 1)),
             ("Ajakan", result.call_to_action)]
    for title, scene in parts:
        blocks += [Block(""), *_scene(title, clock, scene)]
        clock += scene.seconds
    if result.office_questions:
        blocks += _office_questions(result.office_questions)
    return pack(blocks)
