"""A "gratis" for one group only keeps the group (issue 11, round 13): a fare notice saying "bayi di bawah 2
tahun gratis" is no free service, and a post that said "Biaya: Gratis" would mislead. Sentences written for
the tests. Also: a list of amounts is no group, and a list attached to a letter is no call to register."""

from __future__ import annotations

import pytest

from bot.core.reading import read_draft
from bot.core.reading.sheet import Slot
from bot.offline.post_action import _LIST_NOUN


def costs(text: str) -> list[str]:
    return [f.text for f in read_draft(text).of(Slot.COST)]


@pytest.mark.parametrize(("text", "free"), [
    ("Tiket bus Damri ke bandara Rp40.000; anak di bawah 3 tahun gratis bila dipangku.",
     "anak di bawah 3 tahun gratis"),
    ("Masuk kolam renang Tirta Sari Rp15.000 per orang. Lansia dan difabel gratis.", "Lansia dan difabel gratis"),
    ("Tarif kapal Rp60.000, pelajar usia 7-15 tahun tetap gratis selama libur sekolah.",
     "pelajar usia 7-15 tahun tetap gratis"),
])
def test_free_for_a_group_keeps_the_group(text: str, free: str) -> None:
    assert free in costs(text)
    assert "gratis" not in costs(text)


@pytest.mark.parametrize(("text", "free"), [
    ("Seluruh anak yang mengikuti sunatan massal gratis mendapat bingkisan.", "gratis"),
    ("Orang tua dapat menimbang anak setiap bulan di posyandu tanpa biaya.", "tanpa biaya"),
    ("Pemeriksaan mata gratis bagi lansia di Balai Desa Ujung Baru.", "gratis"),
])
def test_a_free_service_is_not_cut_to_a_group_by_a_verb_between(text: str, free: str) -> None:
    assert costs(text)[:1] == [free]


def test_a_list_of_amounts_is_never_read_as_a_group() -> None:
    text = ("Bantuan seragam Rp300.000 untuk pelajar SD dan Rp500.000 untuk pelajar SMP, dicairkan lewat sekolah "
            "masing-masing mulai 3 Agustus 2026.")
    groups = [f.text for f in read_draft(text).of(Slot.WHO)]
    assert not any("Rp" in g for g in groups), groups


def test_a_list_attached_to_a_letter_is_no_call_to_register() -> None:
    assert _LIST_NOUN.search("dicek di laman dengan NISN (daftar per sekolah terlampir)")
    assert _LIST_NOUN.search("daftar penerima bantuan terlampir")
    assert not _LIST_NOUN.search("Silakan daftar lewat aplikasi Sapa Warga")
