"""Round 26 of issue 11: comment triage on spoken loan ads and regional thanks (texts of our own)."""

from __future__ import annotations

import pytest

from bot.core.classify import classify_comment
from bot.core.triage import plain
from bot.core.triage_rules import sure_rule


def test_a_loan_app_praised_in_spoken_words_is_an_ad() -> None:
    verdict = sure_rule(plain("awalnya takut minjem online, tp di aplikasi CepatCair cuma 5 menit cair, bunga ringan. "
                              "download aja di playstore"))
    assert verdict is not None and verdict.kind == "spam"


@pytest.mark.parametrize("text", [
    "tetangga sy kena teror gara2 pinjem online, datanya disebar",
    "dulu sy pinjem online buat modal warung, skrg nyesel",
])
def test_a_story_about_an_online_loan_is_no_ad(text: str) -> None:
    verdict = sure_rule(plain(text))
    assert verdict is None or verdict.kind != "spam"


@pytest.mark.parametrize("text", [
    "Suksma Pemkab, jalan ke banjar kami sampun mulus",
    "Mauliate Pak Bupati, air bersih sudah mengalir ke desa kami",
    "Hatur nuhun pisan, posyandu ayeuna parantos aya deui",
])
def test_regional_thanks_read_as_praise(text: str) -> None:
    assert classify_comment(text).kind == "praise"
