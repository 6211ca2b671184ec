"""A bare "berapa" asked of a thing is answered with the number of that thing, not the draft's cost sentence."""

import pytest

from bot.offline.answer import answer_question
from bot.offline.answer_number import bare_count

DRAFT = (
    "SINGKAWANG - Dinas Kesehatan Kota Singkawang mencatat angka stunting turun dari 21,4 persen pada 2025 menjadi "
    "16,8 persen pada 2026. Pemeriksaan balita di posyandu tidak dipungut biaya. Lomba layang-layang di Pantai "
    "Pasir Panjang membatasi tali layangan paling panjang 200 meter. Hadiah lomba total Rp10 juta. Informasi lebih "
    "lanjut hubungi Posko Dinkes di nomor 0562-631-245 (24 jam)."
)


@pytest.mark.parametrize(("question", "number"), [
    ("stunting di singkawang skrg brp?", "16,8 persen"),
    ("angka stunting tinggal berapa persen sekarang?", "16,8 persen"),
    ("tali layangannya panjangnya brp min?", "200 meter"),
    ("hadiahnya berapa kak?", "Rp10 juta"),
])
def test_bare_berapa_gets_the_number_of_the_thing_named(question: str, number: str) -> None:
    reply = answer_question(question, DRAFT, "friendly")
    assert reply is not None
    assert number in reply[0][0]
    assert "Gratis" not in reply[0][0]


@pytest.mark.parametrize("question", ["periksa balita bayar berapa?", "biaya periksa di posyandu berapa?"])
def test_money_asked_keeps_the_cost(question: str) -> None:
    reply = answer_question(question, DRAFT, "friendly")
    assert reply is not None
    assert "Gratis" in reply[0][0]


@pytest.mark.parametrize(("question", "bare"), [
    ("stunting kari piro?", True), ("hadiahnya berapa?", True), ("bibitnya dijual brp?", False),
    ("bayar brp?", False), ("harga beras berapa?", False), ("kapan buka?", False),
])
def test_bare_count(question: str, bare: bool) -> None:
    assert bare_count(question) is bare


def test_a_phone_number_is_no_quantity_of_the_thing() -> None:
    reply = answer_question("informasinya berapa?", DRAFT, "friendly")
    assert reply is None or "0562-631-245 (24 jam)" not in reply[0][0].split("Soal")[0]
