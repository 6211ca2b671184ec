"""One lexicon says what a danger is, for the danger reply and the complaint's subject alike (round 18t)."""

from __future__ import annotations

import re

import pytest

from bot.core.classify import normalize_comment
from bot.core.dangers import DANGERS, FOOD_SICKNESS, danger_of, hazard_things
from bot.offline import reply_danger
from bot.offline.complaint import _SUBJECT, complaint_subject


def test_every_danger_has_its_safety_step() -> None:
    assert set(reply_danger._ADVICE) == {d.name for d in DANGERS}


def test_the_complaint_subject_reads_the_danger_things() -> None:
    for danger in DANGERS:
        for thing in danger.things:
            assert f"|{thing}|" in f"|{hazard_things()}|"
            assert thing in _SUBJECT.pattern


@pytest.mark.parametrize(("comment", "danger"), [
    ("kabel PLN putus kok dibiarin?", "electric"),
    ("tiang listrik depan SD miring, ada yg urus ga?", "electric"),
    ("ada yg kesetrum di pasar tadi pagi", "electric"),
    ("bau gas dari pipa gas di gang kami, normal ga sih?", "gas"),
    ("gudang di ujung pasar terbakar, apinya membesar", "fire"),
    ("kabut asap tebal, anak2 batuk terus", "smoke"),
    ("tanggul sungai jebol, air masuk kampung", "flood"),
    ("rob lagi di pesisir, rumah kerendem", "flood"),
    ("tebing di atas sekolah retak abis hujan", "ground"),
    ("tanah di belakang rumah mulai bergeser", "ground"),
    ("plafon kelas 4 udah melendut, nunggu ambruk?", "collapse"),
    ("pohon besar miring ke rumah warga", "collapse"),
    ("sudah 3 anak kena DBD di RT kami", "disease"),
    ("anak2 muntah abis makan nasi kotak dari sekolah", FOOD_SICKNESS),
])
def test_a_danger_is_named_by_its_signs(comment: str, danger: str) -> None:
    assert danger_of(normalize_comment(comment)) == danger


@pytest.mark.parametrize("comment", [
    "plafon kantor kelurahan kotor, catnya ngelupas",
    "antrean di loket samsat lama banget",
    "bus trans telat 40 menit tiap pagi",
    "sungai di kampung kami penuh sampah plastik",
])
def test_a_thing_named_without_a_sign_is_no_danger(comment: str) -> None:
    assert danger_of(normalize_comment(comment)) == ""


@pytest.mark.parametrize(("comment", "subject"), [
    ("tanggul di desa kami mulai rembes", "tanggul di desa Kakak"),
    ("tiang listrik depan masjid condong", "tiang listrik depan masjid"),
    ("plafon kelas 4 udah melendut", "plafon kelas"),
    ("lahar dingin masuk sawah warga", "lahar dingin masuk sawah warga"),
])
def test_a_danger_thing_is_the_complaint_subject(comment: str, subject: str) -> None:
    assert complaint_subject(comment) == subject


def test_the_signs_are_whole_words() -> None:
    for danger in DANGERS:
        assert danger.signs.pattern.startswith(r"\b(?:") and danger.signs.flags & re.IGNORECASE


@pytest.mark.parametrize("comment", [
    "rumah kami mulai kemasukan air ini",
    "rumah kami kerendam dr semalam, ada bayi",
    "air udah masuk kamar, nenek masih di dalam",
    "air laut naik masuk kampung nelayan",
])
def test_water_in_the_house_said_plainly_is_a_flood(comment: str) -> None:
    assert danger_of(normalize_comment(comment)) == "flood"


@pytest.mark.parametrize("comment", [
    "air PDAM ga masuk ke rumah dari kemarin",
    "air belum masuk rumah tapi tekanannya kecil",
    "tarif air naik lagi bulan ini",
])
def test_water_that_does_not_come_is_no_flood(comment: str) -> None:
    assert danger_of(normalize_comment(comment)) == ""


@pytest.mark.parametrize(("comment", "subject"), [
    ("mama sy dirujuk ke RSUD tp kamar penuh", "RSUD"),
    ("katanya pasien BPJS gratis, tp di apotek disuruh beli obat", "BPJS gratis"),
    ("JALAN RUSAK PARAH DI DESA KAMI", "jalan"),  # a shouted comment: no capitals kept
])
def test_an_acronym_keeps_its_capitals_in_the_subject(comment: str, subject: str) -> None:
    assert complaint_subject(comment) == subject


@pytest.mark.parametrize(("comment", "subject"), [
    ("air ledeng keruh coklat dua minggu di rumah kami", "air ledeng keruh coklat"),
    ("sekolah libur sebulan gara2 banjir", "sekolah libur"),
    ("pasar ikan ditutup beberapa hari tanpa pengumuman", "pasar ikan ditutup"),
])
def test_a_duration_in_words_ends_the_subject(comment: str, subject: str) -> None:
    assert complaint_subject(comment) == subject
