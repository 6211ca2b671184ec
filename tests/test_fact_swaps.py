"""A count of a thing swapped for another number is caught (round 22): the number alone is in the draft."""

from __future__ import annotations

import pytest

from bot.core.fact_check import check_facts

DRAFT = ("Minyak goreng dijual Rp15.000 per liter dengan pembelian maksimal dua liter per KK. Beras SPHP 5 kg "
         "dijual Rp58.000, dibatasi satu sak per KK. Tersedia 400 kupon di tiap lokasi untuk 3 kelurahan: "
         "Kelurahan Waihaong, Kelurahan Silale dan Kelurahan Urimessing.")


@pytest.mark.parametrize("post", [
    "Minyak goreng maks 3 liter per KK.",
    "Beras SPHP 3 sak per KK.",
    "Tersedia 500 kupon di tiap lokasi.",
])
def test_a_count_swapped_for_another_number_of_the_draft_is_invented(post: str) -> None:
    assert not check_facts(post, [DRAFT]).ok


@pytest.mark.parametrize("post", [
    "Minyak goreng maks 2 liter per KK, Rp 15 ribu per liter.",
    "Beras SPHP 5 kg Rp 58 ribu, maks 1 sak per KK.",
    "Ada 400 kupon di tiap lokasi.",
])
def test_the_draft_s_own_counts_in_digits_totals_and_other_words_pass(post: str) -> None:
    result = check_facts(post, [DRAFT])
    assert result.ok, result.invented
