"""`humasbot quiz` and `humasbot script`: a quiz, a feedback poll, Story sticker texts and a short-video
script from a draft, made from its fact sheet by the service's `media` (with a model configured, the model
may word the quiz question; no knowledge base is needed)."""

from __future__ import annotations

from typing import Any

import click

from bot.cli_input import emit, read_source, user_errors
from bot.core.inputs import clean_input
from bot.core.quiz_models import QuizSet, Sticker
from bot.core.video_script import VideoScript

SOURCE_HELP = "Berkas draf rilis, atau '-' untuk masukan standar."


def _draft(obj: Any, source: str) -> str:
    limit = obj.settings.max_input_chars
    return clean_input(read_source(source, limit), max_chars=limit, what="Draf")


@click.command(name="quiz")
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@click.pass_obj
@user_errors
def quiz(obj: Any, source: str, as_json: bool) -> None:
    """Kuis, jajak pendapat, dan teks stiker Instagram Story dari draf rilis."""
    result = obj.service.media.quiz(_draft(obj, source))
    emit(as_json, result.model_dump(), render_quiz_set(result))


@click.command(name="script")
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@click.pass_obj
@user_errors
def script(obj: Any, source: str, as_json: bool) -> None:
    """Naskah video pendek 15-30 detik (TikTok, Reels, Shorts) dari draf rilis."""
    result = obj.service.media.script(_draft(obj, source))
    emit(as_json, result.model_dump(), render_script(result))


def _options(options: list[str], correct: int | None) -> list[str]:
    return [f"  {chr(ord('A') + i)}. {o}{'  (benar)' if i == correct else ''}" for i, o in enumerate(options)]


def _sticker(title: str, sticker: Sticker) -> list[str]:
    return [f"== {title}", sticker.question, *_options(sticker.options, sticker.correct_option_id)]


def render_quiz_set(result: QuizSet) -> str:
    lines: list[str] = []
    if result.quiz:
        quiz = result.quiz
        lines += ["== Kuis (Telegram)", quiz.question, *_options(quiz.options, quiz.correct_option_id),
                  "Penjelasan: " + quiz.explanation.replace("\n", " / ")]
    else:
        lines += ["== Kuis", f"Tidak dibuat: {result.no_quiz_reason}"]
    lines += ["", "== Jajak pendapat (Telegram)", result.poll.question, *_options(result.poll.options, None)]
    if result.quiz_sticker:
        lines += ["", *_sticker("Stiker kuis Instagram Story", result.quiz_sticker)]
    elif result.no_sticker_reason:
        lines += ["", "== Stiker kuis Instagram Story", result.no_sticker_reason]
    lines += ["", *_sticker("Stiker polling Instagram Story", result.poll_sticker)]
    if result.office_questions:
        lines += ["", "== Tanyakan ke OPD pengirim", *(f"- {q}" for q in result.office_questions)]
    return "\n".join(lines)


def render_script(result: VideoScript) -> str:
    lines = [f"== Naskah video ({result.total_seconds} detik)"]
    if result.note:
        lines.append(result.note)
    clock = 0
    parts = [("Pembuka", result.hook), *((f"Adegan {i}", s) for i, s in enumerate(result.scenes, 1)),
             ("Ajakan", result.call_to_action)]
    for title, scene in parts:
        lines += [f"\n[{clock}-{clock + scene.seconds} dtk] {title}", f"  Teks layar: {scene.on_screen}",
                  f"  Rekam: {scene.film}"]
        if scene.voice_over:
            lines.append(f"  Suara: {scene.voice_over}")
        clock += scene.seconds
    if result.office_questions:
        lines += ["", "== Tanyakan ke OPD pengirim", *(f"- {q}" for q in result.office_questions)]
    return "\n".join(lines)
