"""Round 32 of issue 11: what the sealed batch 32 and the round-31 leftovers showed.

Texts are our own, written in the shapes the sealed batches showed.
"""

from __future__ import annotations

from bot.core.fact_check import check_facts

HOLDER = (
    "Kepala Bagian Kesejahteraan Rakyat Setda Contoh, Rina Wulandari Pakaya, S.Pd., menjelaskan bahwa berkas "
    "diterima sampai Jumat, 26 Februari 2027.\n\n"
    "Narahubung:\n"
    "Rina Wulandari Pakaya – Kabag Kesra Setda Contoh – 0852-1111-2222\n"
)
MOVED = (
    "Gangguan listrik dilaporkan ke PLN ULP Lasusua. Wilayah Kabupaten Kolaka Utara dan Kolaka Timur terdampak.\n"
)


def test_a_role_written_before_the_holders_name_is_no_other_place() -> None:
    assert check_facts("📞 Kabag Kesra Rina Wulandari Pakaya 0852-1111-2222", [HOLDER]).ok
    assert check_facts("Kata Kabag Kesra Setda Contoh Rina Wulandari Pakaya.", [HOLDER]).ok
    wrong = check_facts("📞 Kabag Kesra Rina Wulandari Pakaya 0852-1111-2223", [HOLDER])
    assert not wrong.ok


def test_an_office_given_another_regions_name_is_still_caught() -> None:
    assert not check_facts("Lapor ke PLN ULP Kolaka Timur.", [MOVED]).ok
    assert check_facts("Lapor ke PLN ULP Lasusua.", [MOVED]).ok
