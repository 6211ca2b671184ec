"""The fact lock, round 21k: classes of false alarm found on a fresh set written before any code was read
(good_posts_round21k.yaml, unseen: 13 of 51 falsely flagged, 51 of 51 plants caught) and on the older sets.
The part of the day said once after a range ("jam 9–4 sore") belongs to the first end only where it keeps
it first; a draft's numbers in words give its dates, times and numbered names ("tanggal tujuh hingga tiga
puluh Desember", "Kuota enam puluh peserta"); a regency's short form built from its gazetteer name the
draft writes ("Pasbar" from "Pasaman Barat")."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round21k.yaml",)
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()
#: What the lock still calls invented in good posts of this set (see docs/quality.md, round 21k).
REMAINING = frozenset({"5K", "Utk", "Upload", "M5", "H2M", "CV", "HUT Kota Sintang"})

HOURS = "Loket buka Senin sampai Jumat pukul 08.00–15.00 WITA dan Sabtu pukul 09.00–16.00 WITA."
SPELLED = ("Program berlaku tanggal lima hingga dua puluh delapan Februari 2027. Kuota tujuh puluh peserta, "
           "terbagi dalam Gelombang dua. Pendaftaran ditutup pukul empat sore.")
REGION = ("Gempa dirasakan di Pasaman Barat dan Buton Selatan. Warga yang rumahnya retak diminta tidak tidur "
          "di dalam rumah sampai diperiksa petugas, dan menjauhi tebing karena tanah masih labil. Posko BPBD "
          "dibuka 24 jam. Kalaksa BPBD meminta warga mengungsi.")

PASSES = [
    *cases("range-daypart-first-end", HOURS, [
        "Sen–Jum jam 8–3 sore, Sab jam 9–4 sore.",
        "Buka jam 8 pagi–3 sore, Sabtu jam 9–4 sore.",
        "Sabtu jam 9 pagi–4 sore.",
    ]),
    *cases("numbers-in-words", SPELLED, [
        "Berlaku 5–28 Feb 2027.",
        "Kuota 70 (gelombang 2).",
        "Daftar paling lambat jam 4 sore.",
        "Gelombang 2, kuota 70 peserta, sampai 28/2.",
    ]),
    *cases("region-short-form", REGION, [
        "Posko BPBD Pasbar buka 24 jam.",
        "Kalaksa BPBD Pasbar minta warga mengungsi.",
        "Posko BPBD Busel buka 24 jam.",
    ]),
]

CAUGHT = [
    *pairs("range-daypart-first-end", [
        ("Sen–Jum jam 8–4 sore.", HOURS),
        ("Sabtu jam 10–4 sore.", HOURS),
        ("Sabtu jam 9–4 malam.", HOURS),
    ]),
    *pairs("numbers-in-words", [
        ("Berlaku 5–27 Feb 2027.", SPELLED),
        ("Berlaku 6–28 Feb 2027.", SPELLED),
        ("Kuota 75 (gelombang 2).", SPELLED),
        ("Gelombang 3, kuota 70.", SPELLED),
        ("Daftar paling lambat jam 5 sore.", SPELLED),
    ]),
    *pairs("region-short-form", [
        ("Posko BPBD Pasman buka 24 jam.", REGION),
        ("Posko BPBD Padpar buka 24 jam.", REGION),
        ("Posko BPBD Butur buka 24 jam.", REGION),
        ("Posko BPBD Agam buka 24 jam.", REGION),
    ]),
]

test_good_post, test_wording_passes, test_invention_caught = lock_tests(
    POSTS, BODIES, PASSES, CAUGHT, remaining=REMAINING)
