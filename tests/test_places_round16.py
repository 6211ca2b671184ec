"""Places read on the sealed batch 16s after it was measured (issue 11, round 16): a neighbourhood range written
without spaces ("RW 01–05") stays whole and is one address with where it meets ("RW 01–05 di halaman Kantor
Lurah"), and an assembly point ("Titik kumpul") is where to flee only in a danger; for a communal work day it is
where to come."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine


def _places(draft: str) -> list[str]:
    return [f.text for f in read_draft(draft).facts if f.slot == Slot.WHERE]


@pytest.mark.parametrize(("draft", "place"), [
    ("Kerja bakti digelar Minggu, 6 Desember 2026, pukul 07.00 WIB. Titik kumpul:\n- RW 01–05 di halaman Kantor "
     "Lurah\n- RW 06–10 di Masjid Nurul Iman\n", "RW 01–05 di halaman Kantor Lurah"),
    ("Fogging dilakukan Sabtu, 12 Desember 2026, di RT 1-3 RW 04 Kelurahan Sukamaju.",
     "RT 1-3 RW 04 Kelurahan Sukamaju"),
    ("Air bersih akan terhenti Kamis, 10 Desember 2026, pukul 22.00 WITA di RT 02–04/RW 01 Kelurahan Lere.",
     "RT 02–04/RW 01 Kelurahan Lere"),
])
def test_a_neighbourhood_range_stays_whole(draft: str, place: str) -> None:
    assert place in _places(draft)


def test_a_neighbourhood_alone_is_not_joined_to_the_next_sentence() -> None:
    places = _places("Pengecekan jentik di RW 03. Di Balai Warga RW 05 dibuka posko kesehatan pada Senin, "
                     "7 Desember 2026.")
    assert not any("RW 03" in p and "Balai" in p for p in places)


WORK_DAY = ("Sehubungan dengan meningkatnya kasus demam berdarah, Lurah Contoh mengajak seluruh warga ikut kerja "
            "bakti massal pada Minggu, 6 Desember 2026, pukul 07.00 s.d. 10.00 WIB.\n\nTitik kumpul:\n- RW 01–05 di "
            "halaman Kantor Lurah\n- RW 06–10 di Masjid Nurul Iman\n\nBawa cangkul dan karung masing-masing.")
FLOOD = ("Banjir merendam Kelurahan Contoh sejak Kamis (10/12/2026) pukul 03.00 WIB. BPBD meminta warga di bantaran "
         "sungai segera menuju titik kumpul:\n- halaman Kantor Lurah Contoh\n- Masjid Nurul Iman\n\nPetugas BPBD "
         "siaga 24 jam di nomor 0812-0000-1111.")
ERUPTION = ("Status Gunung Contoh naik menjadi Siaga sejak Sabtu, 12 Desember 2026, pukul 08.00 WIT. Warga desa di "
            "lereng diminta bersiap.\n\nTitik kumpul:\n- Lapangan Desa Contoh\n- SD Negeri 1 Contoh\n\nInfo: "
            "Pusdalops 0921-111-222.")


def _instagram(draft: str) -> str:
    result = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"]))
    return result.posts[0].text


def test_an_assembly_point_of_a_work_day_is_where_to_come() -> None:
    post = _instagram(WORK_DAY)
    assert "mengungsi" not in post
    assert "RW 01–05 di halaman Kantor Lurah" in post


@pytest.mark.parametrize("draft", [FLOOD, ERUPTION])
def test_an_assembly_point_in_a_danger_is_where_to_flee(draft: str) -> None:
    assert "Tempat mengungsi" in _instagram(draft)


OUTAGE = ("Perumda Air Minum Kota Contoh memberitahukan penggantian pipa di Jalan Merdeka pada Kamis, 10 Desember "
          "2026, mulai pukul 22.00 WITA.\n\nSelama pekerjaan berlangsung, aliran air akan terhenti {header}\n"
          "1. Kelurahan Lere\n2. Kelurahan Baru\n3. Kelurahan Siranindi (sebagian, sisi barat Jalan Gajah Mada)\n\n"
          "Info: call center 0451-421-777.")


@pytest.mark.parametrize("header", ["di wilayah berikut:", "di wilayah berikut ini:", "di daerah sebagai berikut:"])
def test_a_list_announced_as_following_keeps_its_items_whole(header: str) -> None:
    draft = OUTAGE.format(header=header)
    assert "Kelurahan Siranindi (sebagian, sisi barat Jalan Gajah Mada)" in _places(draft)
    post = _instagram(draft)
    assert "Kelurahan Siranindi (sebagian, sisi barat Jalan Gajah Mada)" in post
    first = post.splitlines()[0]
    assert not first.rstrip(".").endswith(("di wilayah", "di daerah", "berikut", "sebagai"))
