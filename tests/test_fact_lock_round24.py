"""Round 24: the fact lock on the good posts and plants of sealed batch 24 (issue 11).

Texts are written for these tests; none is a post or a draft of the data set.
"""

from __future__ import annotations

import pytest

from bot.core.fact_check import check_facts

DRAFT = (
    "Kantor Pertanahan Kabupaten Bangli membuka pendaftaran PTSL di lima desa: Senin, 11 Januari 2027 di Desa "
    "Kayubihi dan Rabu, 13 Januari 2027 di Desa Tiga, Kecamatan Susut. Denda keterlambatan PBB-P2 tahun berapa pun "
    "kami hapus. Pelamar membawa daftar riwayat hidup dan KTP-el. Layanan IKD dibuka setiap hari Rabu pukul 09.00 di "
    "Mal Pelayanan Publik. Hal itu disampaikan Kepala Dinas, Kamis (3/12/2026). Bayar di kantor pos terdekat, "
    "ujarnya. Ia juga menjelaskan bahwa rangkaian hari jadi berlanjut."
)


@pytest.mark.parametrize(
    "post",
    [
        "Jadwal ukur: Sen 11/1 Kayubihi · Rab 13/1 Tiga.",  # a village named by a number word
        "Cukup bayar pokok PBB-nya, dendanya dihapus.",  # a clitic on the draft's acronym
        "Bayar pokok PBB saja, bawa KTP.",  # the usual head of "PBB-P2", "KTP-el"
        "Bawa CV dan KTP-el ya.",  # the usual acronym of "daftar riwayat hidup"
        "Layanan IKD buka tiap Rabu jam 9 pagi di MPP.",  # a day the draft says recurs
    ],
)
def test_a_capable_writers_wording_is_no_invention(post: str) -> None:
    check = check_facts(post, [DRAFT])
    assert check.ok, check.invented


@pytest.mark.parametrize(
    ("post", "invented"),
    [
        ("Layanan IKD buka tiap Kamis jam 9 pagi.", "tiap Kamis"),  # the draft's Thursday is the day it was said
        ("Bayar di kantor BRI terdekat.", "BRI"),  # no short form of "bahwa rangkaian"
        ("Ada tiga desa yang didatangi.", "tiga"),  # a count the draft does not give
    ],
)
def test_a_plant_is_still_caught(post: str, invented: str) -> None:
    check = check_facts(post, [DRAFT])
    assert not check.ok and invented in check.invented
