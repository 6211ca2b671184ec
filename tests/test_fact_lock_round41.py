"""The fact lock, round 41, from the good posts of sealed batch 41 (3 of 12 falsely flagged, unseen): a label in
capitals ("CEK FAKTA"), the usual short form of an education office ("Dikbud Kolaka" of "Dinas Pendidikan dan
Kebudayaan Kabupaten Kolaka"), and a range of days read out on the radio ("hari Jumat tanggal sebelas sampai hari
Minggu tanggal tiga belas September" written "11/9"). The sealed posts of batch 41 are bound here; every plant in
them is caught. "Dikbud" is still flagged: read as "Pendidikan dan Kebudayaan" it let an office's name carry a
person the draft never names with it ("Kadis Dikbud NTB Iswandi Hamdani", tests/test_fact_lock_round15.py)."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round41s.yaml", "good_posts_round41s2.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()

FOGGING = "Dinas Kesehatan menegaskan fogging tidak dipungut biaya. Laporkan lewat WhatsApp 0813-0000-2222."
OFFICE = "Posko pengaduan ada di Kantor Dinas Pendidikan dan Kebudayaan Kabupaten Kolaka, Jalan Pemuda."
TALK = ("KADIS: Festival kita laksanakan hari Jumat tanggal sebelas sampai hari Minggu tanggal tiga belas September, "
        "di Anjungan Pantai.")

PASSES = [
    *cases("label-in-capitals", FOGGING, ["📢 CEK FAKTA: fogging gratis, lapor ke WA 0813-0000-2222."]),
    *cases("range-read-out", TALK, ["Festival Jum–Min, 11–13 Sept", "Mulai Jumat 11/9 di Anjungan Pantai"]),
]
CAUGHT = pairs("lock-round41", [
    ("📢 CEK FAKTA: fogging gratis, lapor ke WA 0813-0000-2223.", FOGGING),
    ("Posko di Kantor Dikbud Kolut, Jl. Pemuda.", OFFICE),
    ("Posko di Kantor Dikpora Kolaka.", OFFICE),
    ("Festival Jum–Min, 12–13 Sept", TALK),
    ("Mulai Kamis 10/9 di Anjungan Pantai", TALK),
])

test_good_post, test_wording_passes, test_invention_caught = lock_tests(
    POSTS, BODIES, PASSES, CAUGHT, remaining=frozenset({"Kantor Dikbud Kolaka"}))
