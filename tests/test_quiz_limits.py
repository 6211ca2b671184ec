"""The Bot API and Story sticker limits, tested at the limits: the types refuse one character or one
option too many, fitting shortens on word boundaries without cutting a number or a date, and drafts
with extreme facts still give a quiz within every limit."""

from __future__ import annotations

import random

import pytest
from pydantic import ValidationError

from bot.core.fact_check import check_facts
from bot.core.quiz import make_quiz_set
from bot.core.quiz_fit import ELLIPSIS, fit, fit_lines
from bot.core.quiz_models import (
    EXPLANATION_MAX,
    POLL_OPTION_MAX,
    POLL_OPTIONS_MAX,
    POLL_QUESTION_MAX,
    STICKER_OPTION_MAX,
    STICKER_OPTIONS_MAX,
    STICKER_QUESTION_MAX,
    FeedbackPoll,
    Quiz,
    Sticker,
)


def quiz(**changes: object) -> Quiz:
    fields: dict[str, object] = {"question": "Q?", "options": ["A", "B"], "correct_option_id": 0, "explanation": ""}
    return Quiz(**(fields | changes))


def test_quiz_limits_hold_exactly_at_the_edge() -> None:
    quiz(question="x" * POLL_QUESTION_MAX, options=["o" * POLL_OPTION_MAX] * POLL_OPTIONS_MAX,
         explanation="e" * (EXPLANATION_MAX - 2) + "\n\n")
    for bad in (
        {"question": ""},
        {"question": "x" * (POLL_QUESTION_MAX + 1)},
        {"options": ["A"]},
        {"options": ["A"] * (POLL_OPTIONS_MAX + 1)},
        {"options": ["A", ""]},
        {"options": ["A", "o" * (POLL_OPTION_MAX + 1)]},
        {"explanation": "e" * (EXPLANATION_MAX + 1)},
        {"explanation": "a\nb\nc\nd"},
        {"correct_option_id": 2},
        {"correct_option_id": -1},
    ):
        with pytest.raises(ValidationError):
            quiz(**bad)


def test_poll_and_sticker_limits_hold_exactly_at_the_edge() -> None:
    FeedbackPoll(question="x" * POLL_QUESTION_MAX, options=["o" * POLL_OPTION_MAX] * POLL_OPTIONS_MAX)
    with pytest.raises(ValidationError):
        FeedbackPoll(question="Q?", options=["o" * (POLL_OPTION_MAX + 1), "B"])
    Sticker(kind="quiz", question="x" * STICKER_QUESTION_MAX, options=["o" * STICKER_OPTION_MAX] * STICKER_OPTIONS_MAX,
            correct_option_id=3)
    for bad in (
        {"question": "x" * (STICKER_QUESTION_MAX + 1)},
        {"options": ["o" * (STICKER_OPTION_MAX + 1), "B"]},
        {"options": ["A", "B", "C", "D", "E"]},
        {"options": ["A"]},
        {"correct_option_id": None},
    ):
        with pytest.raises(ValidationError):
            Sticker(**({"kind": "quiz", "question": "Q?", "options": ["A", "B"], "correct_option_id": 0} | bad))
    with pytest.raises(ValidationError):
        Sticker(kind="poll", question="Q?", options=["A", "B"], correct_option_id=0)


FACTFUL = [
    "Sabtu, 14 Juni 2025, pukul 07.30 WIB di Lapangan Merdeka",
    "mulai 2 Juni sampai 31 Agustus 2025 setiap hari kerja pukul 08.00–15.00 WITA",
    "biaya Rp 1.250.000 untuk paket lengkap dan Rp 350.000 untuk paket dasar",
    "hubungi 0812-3456-7890 atau 0813-1111-2222 setiap hari",
    "kuota 1.500 peserta dari 28 kecamatan, 98,2 persen sudah terdaftar",
    "Puskesmas Kecamatan Tanjungkarang Barat dan Puskesmas Kecamatan Kedamaian Selatan",
    "anak-anak kita yang sudah berumur tujuh belas tahun ke atas boleh ikut",
    "bantuan untuk dua ribu tiga ratus lima puluh keluarga di sembilan belas desa",
]


@pytest.mark.parametrize("text", FACTFUL)
def test_fit_never_cuts_a_number_or_a_date(text: str) -> None:
    for limit in range(4, len(text) + 2):
        out = fit(text, limit)
        if out is None:
            continue
        assert len(out) <= limit
        if out != text:
            assert out.endswith(ELLIPSIS) and text.startswith(out[: -len(ELLIPSIS)])
            verdict = check_facts(out, [text])
            assert verdict.ok, (limit, out, verdict.invented)


def test_fit_gives_up_rather_than_cut_inside_a_fact() -> None:
    assert fit("14 Juni 2025", 8) is None
    assert fit("Rp 1.250.000", 6) is None
    assert fit("Gratis untuk semua warga", 100) == "Gratis untuk semua warga"
    assert fit("membawa KTP dan", 14) == "membawa KTP…"
    assert fit("yang sudah berumur tujuh belas tahun", 30) == "yang sudah berumur…"


def test_fit_lines_keeps_the_line_feed_limit_and_drops_the_last_lines_first() -> None:
    assert fit_lines(["a", "b", "c", "d"], 200, 2) == "a\nb\nc d"
    assert fit_lines(["q" * 150, "s" * 60], 200, 2) == "q" * 150
    assert len(fit_lines(["kata " * 60], 200, 2)) <= 200


WORDS = ("Kecamatan Tanjungkarang Barat", "Kelurahan Sukamaju", "pelayananadministrasikependudukan",
         "Lapangan Merdeka", "Puskesmas Induk")


def _extreme_draft(rng: random.Random) -> str:
    place = ", ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
    needs = " dan ".join(rng.choice(("fotokopi KTP", "Kartu Keluarga asli", "surat keterangan domisili dari "
                                     "kelurahan setempat yang masih berlaku")) for _ in range(rng.randint(1, 8)))
    cost = rng.choice(("gratis", "tidak dipungut biaya", "dikenakan biaya Rp 25.000", "tanpa dipungut biaya "
                       "sepeser pun untuk seluruh warga " + "yang terdaftar " * rng.randint(0, 10)))
    return (f"Pemerintah Kota Contoh membuka layanan {rng.choice(WORDS)} di {place} pada Sabtu (14/6/2025) "
            f"pukul 08.00 WIB. Layanan ini {cost}. Warga cukup membawa {needs}. Pendaftaran melalui aplikasi "
            f"{'Sapa Warga ' * rng.randint(1, 20)}paling lambat 10 Juni 2025.")


@pytest.mark.parametrize("seed", range(40))
def test_extreme_drafts_keep_every_limit(seed: int) -> None:
    draft = _extreme_draft(random.Random(seed))
    result = make_quiz_set(draft)  # the types refuse anything over a limit
    for text in result.texts():
        assert check_facts(text, [draft]).ok, text
    assert result.quiz is not None
