"""Round 16q (issue 11): question words of other regions, whom to ask, levies as costs, a quantity bought as a
limit, conjunctions that end the name of a thing, table rows read without empty cells, and the learned slot
guess for questions the rules read no slot in. Drafts and phrasings written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from bot.core.reading import read_draft
from bot.offline import asked_model
from bot.offline.answer import answer_question
from bot.offline.answer_text import plain, sentences_of
from bot.offline.asked import normalise, question_slots
from bot.offline.unnamed import unnamed_things

PASAR = (
    "Dinas Pangan Kabupaten Samosir menggelar pasar murah di halaman kantor camat Pangururan, Selasa (3/3/2026) "
    "pukul 08.00 WIB. Beras medium dijual Rp11.000 per kilogram. Setiap warga dibatasi 10 kg beras dengan membawa "
    "fotokopi KTP. Informasi: 0813-7000-1122."
)
TARIF = (
    "Tarif air baru berlaku mulai rekening Mei 2026.\n\n"
    "| Pemakaian | Tarif lama | Tarif baru |\n|---|---|---|\n| 0–10 m³ | Rp2.000 | Rp2.000 |\n"
    "| 11–20 m³ | Rp3.500 | Rp3.800 |\n| Biaya administrasi | | |\n\nPengaduan: 0511-123456."
)


@pytest.mark.parametrize(("comment", "slot"), [
    ("sadia harga ni beras?", "cost"),          # Batak Toba: how much
    ("andigan pasar murahna?", "when"),         # Batak Toba: when
    ("didia tempatna lae?", "where"),           # Batak Toba: where
    ("karcis mlebu berempa cong?", "cost"),     # Madurese: how much
    ("pire ongkos ka sana?", "cost"),           # Dayak Ngaju: how much
])
def test_regional_question_words_name_their_slot(comment: str, slot: str) -> None:
    assert slot in question_slots(comment)


@pytest.mark.parametrize("comment", ["kalau hujan batal? mau tanya ke mana?", "konfirmasi ke siapa ya min?",
                                     "nanya kemana kalau jadwal berubah?"])
def test_whom_to_ask_is_the_contact(comment: str) -> None:
    assert question_slots(comment)[0] == "contact"


@pytest.mark.parametrize("comment", ["retribusi kios naik kah?", "iuran bulanan berapa?",
                                     "saya pedagang, retribusinya sekarang gimana?"])
def test_a_levy_asked_is_a_cost(comment: str) -> None:
    assert "cost" in question_slots(comment)


@pytest.mark.parametrize("comment", ["boi do tuhor beras 10 kg?", "bisa beli minyak 3 liter?",
                                     "boleh ambil gula 5 kg sekaligus?"])
def test_a_quantity_bought_asks_the_limit(comment: str) -> None:
    assert question_slots(comment)[0] == "quota"


def test_javanese_may_with_the_askers_place_asks_who() -> None:
    assert question_slots("omahku neng Semanu, entuk po ra?") == ["who"]


def test_a_conjunction_ends_the_thing_named() -> None:
    things = unnamed_things("ada petugas tagih tapi tidak kasih karcis, lapor ke mana?", PASAR)
    assert not any("tapi" in thing.split() for thing in things)


def test_table_rows_read_without_empty_cells() -> None:
    sheet = read_draft(TARIF)
    said = plain("0–10 m³ | Rp2.000 | Rp2.000 | ; Biaya administrasi | | |", sheet)
    assert ", ," not in said and ", ;" not in said and not said.endswith(",")
    assert not any(text.strip("| ").startswith("Biaya administrasi") for _, text in sentences_of(TARIF)
                   if text.count("|") >= 3 and "Rp" not in text)


def test_the_shipped_model_loads_and_matches_its_hash() -> None:
    model = asked_model._model()
    assert model is not None
    weights, slots = model
    assert weights.shape[1] == len(slots) and {"when", "cost", "where", "how", "quota"} <= set(slots)
    with np.load(asked_model.MODEL_PATH) as data:
        assert asked_model.weights_hash(data["weights"]) == str(data["sha256"])


@pytest.mark.parametrize(("comment", "slot"), [
    ("cuma sampe akhir bulan kah?", "when"),
    ("mulainya?", "when"),
])
def test_the_model_guesses_a_slot_for_speech_the_rules_miss(comment: str, slot: str) -> None:
    assert question_slots(comment) == []
    assert asked_model.guess_slot(normalise(comment)) == slot


def test_a_question_the_rules_miss_is_answered_by_the_guessed_slot() -> None:
    for comment in ("mulainya?", "mulai nya?"):
        result = answer_question(comment, PASAR, "friendly")
        assert result is not None
        assert any("08.00" in line for line in result[0])


GILIR = (
    "Mulai Senin (2/3/2026), PDAM Tirta Kahuripan mengalirkan air bergilir dua hari sekali. Pada hari ganjil air "
    "dialirkan ke Kecamatan Cibinong dan Citeureup. Pada hari genap, giliran Kecamatan Bojonggede dan Cileungsi. "
    "\"Mohon warga menampung air secukupnya saat air mengalir,\" kata Direktur PDAM. Informasi: 0251-123456."
)


@pytest.mark.parametrize(("comment", "span"), [
    ("di Bojonggede giliran kapan?", "hari genap"),
    ("kalau di Citeureup kapan dapat air?", "hari ganjil"),
])
def test_a_rotation_said_in_words_answers_when(comment: str, span: str) -> None:
    result = answer_question(comment, GILIR, "friendly")
    assert result is not None and span in result[0][0]


@pytest.mark.parametrize("comment", ["sampai kapan bergilir begini?", "kapan berakhirnya giliran air ini?",
                                     "hingga kapan ya min?"])
def test_an_end_asked_of_a_start_only_is_said_unsaid(comment: str) -> None:
    result = answer_question(comment, GILIR, "friendly")
    assert result is not None and "belum menyebutkan" in result[0][0]
    assert "2/3/2026" not in result[0][0]


def test_an_end_said_answers_sampai_kapan() -> None:
    draft = "Pasar murah digelar mulai 2 Maret sampai 6 Maret 2026 di Lapangan Tegar Beriman. Info: 0251-123456."
    result = answer_question("sampai kapan pasar murahnya?", draft, "friendly")
    assert result is not None and "6 Maret 2026" in result[0][0]


@pytest.mark.parametrize("comment", ["boleh beli beras 20 kg buat sekeluarga?",
                                     "bisa ambil beras 15 kg untuk keluarga?"])
def test_whom_the_asker_buys_for_is_their_case(comment: str) -> None:
    result = answer_question(comment, PASAR, "friendly")
    assert result is not None and "dibatasi 10 kg" in result[0][0] and "belum menyebutkan" not in result[0][0]


def test_a_guessed_slot_still_says_a_thing_never_named() -> None:
    result = answer_question("domba bisa divaksin juga ka?", PASAR.replace("Beras medium", "Vaksin sapi"), "friendly")
    assert result is not None and "domba" in result[0][0] and "belum menyebutkan" in result[0][0]
