"""Round 18q (issue 11): classes of failures that recur across the blind question batches. "berapa" before a noun
and a clause on it counts that noun (a figure, not a price); "di posko ada makanan gak?" asks what is given there;
a "boleh ...?" question that names a thing, not a person, is answered by the draft's rule on that thing (never by
a sentence on who is served); "bulan ini" is a month of the year, not an age in months. Drafts and phrasings
written for these tests."""

from __future__ import annotations

import pytest

from bot.offline.answer import answer_question
from bot.offline.answer_rules import permission_asked
from bot.offline.asked import asked_age, question_slots


@pytest.mark.parametrize("comment", [
    "brp balita yg msh stunting skrg?",
    "berapa desa yang sudah dapat air bersih?",
    "brp sekolah yg rusak kena banjir min",
    "total persen rumah yg udah teraliri listrik berapa?",
])
def test_berapa_before_a_counted_noun_asks_a_figure(comment: str) -> None:
    assert question_slots(comment) == ["figures"]


@pytest.mark.parametrize(("comment", "slot"), [
    ("harganya brp?", "cost"), ("beras brp sekilo?", "cost"), ("jam berapa bukanya yg di pasar?", "when"),
    ("brp lama jadinya?", "when"), ("boleh beli brp paket?", "quota"), ("tiketnya berapa yg dewasa?", "cost"),
])
def test_other_uses_of_berapa_keep_their_slot(comment: str, slot: str) -> None:
    assert question_slots(comment)[0] == slot


@pytest.mark.parametrize("comment", [
    "di posko ada makanan kah atau bawa sendiri",
    "di posko ada makan ka tidak?",
    "di pengungsian ada dokter gak?",
    "di lokasi ada toilet?",
])
def test_a_thing_asked_to_be_there_is_what_is_given(comment: str) -> None:
    assert question_slots(comment) == ["what"]


@pytest.mark.parametrize("comment", ["posko ada dimana aja?", "ada posko di desa kami?", "posko terdekat di mana?"])
def test_a_place_asked_stays_where(comment: str) -> None:
    assert question_slots(comment) == ["where"]


_FLOOD = ("BPBD Kabupaten Contoh membuka tiga posko pengungsian, yakni Aula Kantor Camat Utara, SD Negeri 2 Tengah "
          "dan Gedung Serbaguna Desa Hilir. Warga di bantaran sungai diminta segera mengungsi ke posko yang telah "
          "disiapkan. Di setiap posko tersedia makanan siap saji, selimut dan layanan kesehatan dari puskesmas. "
          "Informasi dan permintaan evakuasi: 0812-0000-1111.")


@pytest.mark.parametrize("comment", ["di posko ada makanan kah?", "di posko ada makan ka tidak?",
                                     "di posko ada selimut gak min, anak sy kedinginan"])
def test_what_is_given_at_the_place_is_answered_from_the_sentence_naming_it(comment: str) -> None:
    reply = answer_question(comment, _FLOOD, "friendly")
    assert reply is not None
    assert "makanan siap saji, selimut" in reply[0][0]
    assert "Aula Kantor Camat" not in reply[0][0]


_KITES = ("PLN Unit Contoh mengimbau warga bermain layang-layang minimal 500 meter dari jaringan listrik. "
          "Jangan memakai tali kawat, benang gelasan atau tali berlapis logam. "
          "Layang-layang yang tersangkut jangan ditarik, laporkan lewat aplikasi PLN Mobile atau Call Center 123. "
          "Warga yang dewasa diminta mengawasi anak-anak saat bermain. Air dari tangki darurat sudah diolah, tetapi "
          "sebaiknya tetap dimasak sebelum diminum.")


@pytest.mark.parametrize(("comment", "rule"), [
    ("benang gelasan boleh ga? kami biasa pake", "benang gelasan"),
    ("pake tali kawat bisa gak?", "tali kawat"),
    ("aer dari tangki itu bole langsung minum?", "dimasak sebelum diminum"),
    ("air tangki boleh diminum langsung kak?", "dimasak sebelum diminum"),
])
def test_a_thing_asked_whether_allowed_gets_the_rule_on_it(comment: str, rule: str) -> None:
    reply = answer_question(comment, _KITES, "friendly")
    assert reply is not None
    assert rule in reply[0][0]
    assert "Yang bisa ikut" not in reply[0][0]


@pytest.mark.parametrize("comment", ["lansia boleh ikut?", "anak sy umur 10 boleh ikut?",
                                     "warga luar kota bisa daftar?", "siapa aja yg boleh?"])
def test_a_person_asked_is_still_who_may_take_part(comment: str) -> None:
    assert not permission_asked(comment)


def test_a_rule_that_names_nothing_asked_is_not_given() -> None:
    reply = answer_question("boleh bawa kucing ga?", _KITES, "friendly")
    assert reply is None or "benang gelasan" not in reply[0][0]


@pytest.mark.parametrize(("comment", "months"), [
    ("umurku pas 40 bulan ini, masih boleh dateng kan?", 480),
    ("usia saya tepat 18 bulan depan, bisa daftar?", 216),
    ("anak sy 8 bulan", 8),
    ("anak 5 thn 8 bln", 68),
])
def test_a_month_of_the_year_is_no_age_in_months(comment: str, months: int) -> None:
    assert asked_age(comment) == months
