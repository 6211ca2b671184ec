"""The fact lock, round 28: an amount of money stands only on a number the draft writes as more than a
count. "Rp 2 ribu" for a child's ticket had passed because the draft said a post was shared "lebih dari dua
ribu kali"; a number every time followed by what it counts ("kali", "peserta", "paket") supports no price,
while one written as an amount anywhere ("lima puluh ribu rupiah", "di atas seratus dua puluh ribu")
still does. The sealed sets of rounds 27 and 28 bind their posts here."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round27s.yaml", "good_posts_round27s2.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()

COUNTED = ("Unggahan itu sudah dibagikan lebih dari dua ribu kali. Retribusi Rp 5.000 untuk dewasa dan Rp 3.000 "
           "untuk anak-anak. Sebanyak 1.500 peserta hadir dan 4.000 paket dibagikan.")
AMOUNTS = ("Paket sembako cukup ditebus seharga lima puluh ribu rupiah, padahal kalau di pasar bisa di atas seratus "
           "dua puluh ribu. Parkir motor 2.000 sekali parkir.")

PASSES = [
    *cases("count-and-amount", COUNTED, [
        "Tiket Rp 5 ribu (dewasa), Rp 3 ribu (anak).",
        "Hoaks ini sudah dibagikan 2 ribu kali lebih.",
        "1.500 peserta hadir, 4 ribu paket dibagikan.",
    ]),
    *cases("amount-in-words", AMOUNTS, [
        "Paket sembako cuma Rp 50 ribu (di pasar bisa Rp 120 ribu).",
        "Parkir motor Rp 2.000.",
    ]),
]
CAUGHT = pairs("count-is-no-price", [
    ("Tiket anak Rp 2 ribu.", COUNTED),
    ("Tiket dewasa Rp 1.500.", COUNTED),
    ("Paket Rp 4.000 saja.", COUNTED),
    ("Paket sembako cuma Rp 45 ribu.", AMOUNTS),
])

test_good_post, test_wording_passes, test_invention_caught = lock_tests(POSTS, BODIES, PASSES, CAUGHT)
