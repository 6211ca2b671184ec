"""The fact lock, round 38, from the good posts of sealed batch 38 (4 of 12 falsely flagged, unseen): a chat
spelling opening a line ("Yg berhak: ...") read as a name; Yogyakarta's short heads of a kalurahan and a
kapanewon ("Balai Kal. Sendangadi, Kap. Mlati"); the health workers' "Bumil" for "ibu hamil". The sealed posts
of batch 38 are bound here; every plant in them is still caught."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round38s.yaml", "good_posts_round38s2.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()

FERTILIZER = ("Yang berhak menebus pupuk adalah petani yang terdaftar dalam e-RDKK 2027. Penebusan dibuka di kios "
              "resmi mulai Senin, 2 Agustus 2027.")
MARKET = ("Pasar murah digelar Selasa, 14 September 2027 di Balai Kalurahan Sendangadi, Kapanewon Mlati, Kabupaten "
          "Sleman.")
SCREENING = ("Skrining gratis untuk warga 15 tahun ke atas. Ibu hamil tidak dirontgen dan cukup diperiksa dahaknya.")

PASSES = [
    *cases("chat-spelling-opens-a-line", FERTILIZER, [
        "Yg berhak: petani yg terdaftar di e-RDKK 2027.",
        "Utk petani terdaftar e-RDKK 2027, mulai Sen 2/8.",
    ]),
    *cases("yogyakarta-heads", MARKET, [
        "Sel 14/9 – Balai Kal. Sendangadi, Kap. Mlati, Sleman",
    ]),
    *cases("health-short-forms", SCREENING, [
        "Bumil tidak dirontgen, cukup periksa dahak.",
    ]),
]
CAUGHT = pairs("lock-round38", [
    ("Yg berhak: petani e-RDKK 2026.", FERTILIZER),
    ("Sel 14/9 – Balai Kal. Sidoarum, Kap. Mlati", MARKET),
    ("Sel 14/9 – Balai Kal. Sendangadi, Kap. Godean", MARKET),
    ("Bumil dan Busui tidak dirontgen.", SCREENING),
])

test_good_post, test_wording_passes, test_invention_caught = lock_tests(POSTS, BODIES, PASSES, CAUGHT)
