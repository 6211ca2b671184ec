"""Infographic cards, quizzes, polls and video scripts as Telegram messages, pictures and polls
(HTML escaped, split safely)."""

from __future__ import annotations

from bot.cards.cards import CardSet
from bot.core.quiz_models import QuizSet, Sticker
from bot.core.video_script import Scene, VideoScript
from bot.telegram_app.messaging import Picture, PollSpec
from bot.telegram_app.render import Block, pack

SIZE_LABELS = {"feed": "feed 4:5", "square": "persegi 1:1", "story": "story 9:16"}
ALT_TEXT_HINT = (
    "Keterangan di bawah tiap gambar adalah teks alternatifnya (Telegram tidak punya kolom alt text): "
    "salin ke kolom teks alternatif (alt text) Instagram atau Facebook saat mengunggah, agar pembaca "
    "layar bisa membacakannya."
)
AS_FILES = "Berkas PNG asli, tanpa kompresi Telegram: unduh lalu unggah ke media sosial."
AS_PHOTOS = "Untuk diunggah, pakai versi berkas (tanpa kompresi): tombol di bawah."
CARD_FOOT = "Kirim sebagai berkas, atau buat ukuran lain:"

QUIZ_HEAD = "❓ Kuis dan jajak pendapat siap diteruskan ke kanal atau grup instansi."
NO_QUIZ = "Kuis tidak dibuat: {reason}"


def card_pictures(cards: CardSet) -> list[Picture]:
    """The slides in order, each captioned with its alt text."""
    return [Picture(f"infografis-{index:02d}-{cards.size}.png", slide.png, slide.alt_text)
            for index, slide in enumerate(cards.slides, 1)]


def card_messages(cards: CardSet, *, as_documents: bool = False) -> list[str]:
    """The head (what the pictures below are, and that their captions are alt texts), then the
    notes (colours corrected, facts left off) above the buttons."""
    count = len(cards.slides)
    what = "1 kartu" if count == 1 else f"{count} slide carousel"
    head = [
        Block(f"🖼 Infografis: {what}, {SIZE_LABELS.get(cards.size, cards.size)} ({cards.width}x{cards.height})", "b"),
        Block(ALT_TEXT_HINT),
        Block(AS_FILES if as_documents else AS_PHOTOS, "i"),
    ]
    foot: list[Block] = []
    if cards.notes:
        foot += [Block("Catatan:", "b"), *(Block(f"• {note}") for note in cards.notes), Block("")]
    foot.append(Block(CARD_FOOT))
    return [*pack(head), *pack(foot)]


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
