"""The Malay final "-o" of Palembang, Jambi, Minang and Bengkulu comments read as the standard "-a" word."""

import pytest

from bot.offline.asked import normalise, question_slots
from bot.offline.asked_slang import malay_o


@pytest.mark.parametrize(("token", "standard"), [
    ("mano", "mana"), ("berapo", "berapa"), ("biso", "bisa"), ("samo", "sama"), ("siapo", "siapa"),
    ("daftarnyo", "daftarnya"), ("linknyo", "linknya"), ("tingginyo", "tingginya"),
])
def test_o_forms_read_as_the_standard_word(token: str, standard: str) -> None:
    assert malay_o(token) == standard


@pytest.mark.parametrize("token", ["foto", "kilo", "toko", "radio", "video", "promo", "kado", "nyo", "ko"])
def test_standard_words_ending_in_o_stay(token: str) -> None:
    assert malay_o(token) is None
    assert normalise(token) == token


@pytest.mark.parametrize(("question", "slot"), [
    ("daftarnyo lewat mano kak, ado linknyo?", "how"),
    ("totalnyo berapo bang?", "cost"),
    ("bapak aku umur 62 biso ikut?", "who"),
    ("siapo yang biso daftar?", "who"),
])
def test_o_forms_ask_their_slot(question: str, slot: str) -> None:
    assert slot in question_slots(question)
