"""The fact lock, round 42, from the good posts of sealed batch 42 (1 of 12 falsely flagged, unseen): Aceh's usual
short form of a village ("Masjid Jamik Gp. Lam Ara" of "Masjid Jamik Gampong Lam Ara"). The sealed posts of batch 42
are bound here; every plant in them is caught."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round42s.yaml", "good_posts_round42s2.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()

SHELTER = "Titik pengungsian: Meunasah Gampong Lam Ujong dan Aula Kantor Camat Baitussalam. Darurat: 0812-0000-3333."

PASSES = [
    *cases("village-short-form", SHELTER, ["📍 Ngungsi ke Meunasah Gp. Lam Ujong atau Aula Kantor Camat Baitussalam"]),
]
CAUGHT = pairs("lock-round42", [
    ("📍 Ngungsi ke Meunasah Gp. Lam Ujeung", SHELTER),
    ("📍 Ngungsi ke Meunasah Gp. Lam Ujong, darurat 0812-0000-3334", SHELTER),
])

test_good_post, test_wording_passes, test_invention_caught = lock_tests(POSTS, BODIES, PASSES, CAUGHT)
