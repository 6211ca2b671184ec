"""Round 25: whom to report to, and regional words of a question (issue 11).

Drafts and questions are written for these tests; none is from the data set.
"""

from __future__ import annotations

import pytest

from bot.offline.answer import answer_question
from bot.offline.asked import question_parts

WITH_NUMBER = ("Dinas Perhubungan Kota Contoh menertibkan parkir liar di sekitar pasar. Warga yang dimintai tarif "
               "parkir di atas ketentuan dapat melapor melalui aplikasi Contoh Lapor atau WhatsApp 0812-3456-7890.")
WITHOUT_NUMBER = ("Dinas Pekerjaan Umum Kabupaten Contoh membuka layanan aduan jalan rusak. Warga dapat melaporkan "
                  "jalan rusak beserta foto dan titik lokasinya melalui aplikasi JALAN KITA agar masuk usulan "
                  "perbaikan.")
FREE_CHECK = ("Puskesmas Contoh membuka cek kesehatan gratis bagi warga setiap Sabtu pukul 08.00–12.00 WIB. "
              "Pemeriksaan tidak dipungut biaya. Warga cukup membawa KTP.")


def slots(question: str) -> set[str]:
    return {s for _, found in question_parts(question) for s in found}


@pytest.mark.parametrize("question", ["kalo jukirnya maksa 10rb lapor kemana?", "lapornya ke siapa ya min",
                                      "mau ngadu ke mana kalo ditagih lebih?", "lapor dmn kak"])
def test_whom_to_report_to_asks_the_contact_beside_the_way(question: str) -> None:
    assert {"how", "contact"} <= slots(question)


def test_the_number_to_report_to_is_given() -> None:
    reply = answer_question("kalo diminta parkir 10rb lapor kemana?", WITH_NUMBER, "friendly")
    assert reply is not None and "0812-3456-7890" in " ".join(reply[0])


def test_a_way_to_report_with_no_number_is_no_missing_number() -> None:
    reply = answer_question("jalan depan rumah bolong, lapor ke mana?", WITHOUT_NUMBER, "friendly")
    assert reply is not None
    text = " ".join(reply[0])
    assert "JALAN KITA" in text and "belum menyebutkan" not in text


def test_a_number_asked_outright_is_still_said_missing() -> None:
    reply = answer_question("nomor wa yg bisa dihubungi brp?", WITHOUT_NUMBER, "friendly")
    assert reply is not None and "belum menyebutkan" in " ".join(reply[0])


@pytest.mark.parametrize(("question", "slot"), [
    ("cek na mayar teu?", "cost"),
    ("nomer yg bisa dihubungi brp min", "contact"),
    ("nomere piro nek arep takon", "contact"),
    ("kalau ikut, baok apo sajo?", "requirements"),
    ("bapak kulo yuswo 61, angsal nderek?", "who"),
])
def test_regional_and_misspelt_question_words_are_read(question: str, slot: str) -> None:
    assert slot in slots(question)


def test_a_regional_also_is_no_thing_asked() -> None:
    reply = answer_question("lansia bisa cek jua kah? bayar kah?", FREE_CHECK, "friendly")
    assert reply is not None
    text = " ".join(reply[0])
    assert "Soal juga" not in text and "Soal jua" not in text and "gratis" in text.lower()
