"""The fact lock, round 40, from the good posts of sealed batch 40 (2 of 12 falsely flagged, unseen): a range of
days laid out day by day ("Sel 13/10 – Kantor Camat Waigete" of "Senin hingga Kamis (12–15/10/2026) ... secara
berturut-turut"), and a time read out on the radio ("jam tujuh lewat tiga puluh" written "jam 07.30"). The sealed
posts of batch 40 are bound here. Three plants swap one fact of the draft for another fact of the same draft (a
place for another office, the road's closing hour for the festival's opening one, a village the announcer named
for Thursday before his correction): a check of single facts cannot see them, and they are listed as such."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_scan import extract_facts
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round40s.yaml", "good_posts_round40s2.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()
SWAPS = frozenset({"ke puskesmas terdekat atau kantor camat", "mulai jam 3 sore tiap hari",
                   "Kam 12/11 – Desa Akelamo"})

TOUR = ("Tim pelayanan keliling, Senin hingga Kamis (12–15/10/2026), secara berturut-turut melayani warga di Kantor "
        "Camat Talibura, Kantor Camat Waigete, Aula Kantor Desa Nita dan Kantor Camat Paga. Pendaftaran ditutup Jumat "
        "(16/10/2026).")
RADIO = "Nomor antrean dibagi mulai jam tujuh lewat tiga puluh, pelayanan sampai jam sebelas siang."

PASSES = [
    *cases("range-laid-out", TOUR, [
        "Sen 12/10 – Talibura\nSel 13/10 – Waigete\nRab 14/10 – Desa Nita\nKam 15/10 – Paga",
        "Sen–Kam 12–15 Okt:\n• 12/10 Kantor Camat Talibura\n• 13/10 Kantor Camat Waigete\n• 14/10 Aula Kantor Desa "
        "Nita\n• 15/10 Kantor Camat Paga",
    ]),
    *cases("time-read-out", RADIO, ["Nomor antrean mulai jam 07.30.", "Antrean dibagi mulai 07:30."]),
]
CAUGHT = pairs("lock-round40", [
    ("Pendaftaran ditutup Rab 14/10.", TOUR),  # one day inside the range, not laid out
    ("Layanan 12–15 Okt, penutupan 13 Okt.", TOUR),
    ("Sen 12/10 – Talibura\nSel 13/10 – Waigete\nKam 15/10 – Paga", TOUR),  # Wednesday left out: no day by day
    ("Sen 12/10 Talibura, Sel 13/10 Waigete, Rab 14/10 Nita, Kam 15/10 Paga, Jum 16/10 Maumere", TOUR),
    ("Nomor antrean mulai jam 07.00.", RADIO),
    ("Nomor antrean mulai jam 08.30.", RADIO),
])

test_good_post, test_wording_passes, test_invention_caught = lock_tests(POSTS, BODIES, PASSES, CAUGHT,
                                                                        unseen_plants=SWAPS)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("jam tujuh lewat tiga puluh", {"time:07:30"}),
        ("pukul sembilan lima belas pagi", {"time:09:15"}),
        ("jam tujuh lewat seperempat malam", {"time:19:15"}),
        ("jam tujuh lewat lima", {"time:07:05"}),
        ("jam tujuh lima orang antre", set()),  # minutes under ten only after "lewat"
    ],
)
def test_an_hour_and_its_minutes_in_words_are_a_time(text: str, keys: set[str]) -> None:
    assert {f.key for f in extract_facts(text) if f.kind == "time"} == keys
