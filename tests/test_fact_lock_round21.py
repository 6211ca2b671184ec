"""The fact lock, round 21k: classes of false alarm found on a fresh set written before any code was read
(good_posts_round21k.yaml, unseen: 13 of 51 falsely flagged, 51 of 51 plants caught) and on the older sets.
The part of the day said once after a range ("jam 9–4 sore") belongs to the first end only where it keeps
it first; a draft's numbers in words give its dates, times and numbered names ("tanggal tujuh hingga tiga
puluh Desember", "Kuota enam puluh peserta"); a regency's short form built from its gazetteer name the
draft writes ("Pasbar" from "Pasaman Barat"); a word written without its vowels opening a name ("Utk
pelanggan", "Telp Pusdalops"); "4x" is four times, a number (its plant "6x" was caught only by "Utk"); a
number glued to its unit's initial, read as the unit the draft writes beside it ("5K", "M5,9", "3H2M"); a
title-case short form of an office's long name after a name, as an acronym stands ("Klinik Hewan
Disnakkeswan"). The late set (14 posts, written after the changes) was measured once unseen: 0 of 14 flagged."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round21k.yaml", "good_posts_round21k_late.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()
#: What the lock still calls invented in good posts of this set (see docs/quality.md, round 21k).
REMAINING = frozenset({"Upload", "CV", "HUT Kota Sintang"})

HOURS = "Loket buka Senin sampai Jumat pukul 08.00–15.00 WITA dan Sabtu pukul 09.00–16.00 WITA."
SPELLED = ("Program berlaku tanggal lima hingga dua puluh delapan Februari 2027. Kuota tujuh puluh peserta, "
           "terbagi dalam Gelombang dua. Pendaftaran ditutup pukul empat sore.")
REGION = ("Gempa dirasakan di Pasaman Barat dan Buton Selatan. Warga yang rumahnya retak diminta tidak tidur "
          "di dalam rumah sampai diperiksa petugas, dan menjauhi tebing karena tanah masih labil. Posko BPBD "
          "dibuka 24 jam. Kalaksa BPBD meminta warga mengungsi.")
CHAT = ("Keringanan untuk pelanggan rumah tangga. Tunggakan pokok dapat dicicil paling banyak empat kali. "
        "Warga yang butuh evakuasi dapat menghubungi Pusdalops BPBD di 0252-281011.")
GLUED = ("Fun run sejauh 5 kilometer. Gempa bermagnitudo 5,9 mengguncang, salah satu rumah roboh. "
         "Pendakian paling lama tiga hari dua malam.")

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
    *cases("chat-short-form", CHAT, [
        "Utk pelanggan rumah tangga, pokok bisa dicicil maks. 4x.",
        "Telp Pusdalops BPBD 0252-281011.",
        "Dgn cicilan maks. 4 kali.",
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

PASSES += cases("glued-unit", GLUED, [
    "Fun Run 5K!",
    "Gempa M5,9.",
    "Maks. 3H2M.",
])
CAUGHT += pairs("glued-unit", [
    ("Fun Run 10K!", GLUED),
    ("Gempa M6,1.", GLUED),
    ("Maks. 4H3M.", GLUED),
    ("Maks. 3H3M.", GLUED),
    ("Lulusan S1.", GLUED),
])
OFFICE = ("Sterilisasi kucing dan anjing digelar di Klinik Hewan di Jalan Ahmad Yani. Pemilik diminta memuasakan "
          "hewannya delapan jam sebelum tindakan, membawa kandang atau tali, dan datang tepat waktu sesuai nomor "
          "antrean yang dibagikan petugas di lokasi pada pagi hari. Penyelenggara: Dinas Peternakan dan Kesehatan "
          "Hewan Kabupaten Bone.")
PASSES += cases("office-short-form-after-name", OFFICE, [
    "Steril di Klinik Hewan Disnakkeswan, Jl. Ahmad Yani.",
])
CAUGHT += pairs("office-short-form-after-name", [
    ("Steril di Klinik Hewan Dinkes, Jl. Ahmad Yani.", OFFICE),
    ("Steril di Klinik Hewan Distanbun, Jl. Ahmad Yani.", OFFICE),
    ("Steril di Klinik Hewan Disnakkeswan Wajo, Jl. Ahmad Yani.", OFFICE),
])
CAUGHT += pairs("chat-short-form", [
    ("Utk pelanggan rumah tangga, pokok bisa dicicil maks. 6x.", CHAT),
    ("Pokok bisa dicicil maks. 6x.", CHAT),
    ("Utk pelanggan Sungai Geringging.", CHAT),
    ("Telp Pusdalops Padang 0252-281011.", CHAT),
    ("Kec Pusdalops 0252-281011.", CHAT),
    ("Plt Kalaksa Pusdalops 0252-281011.", CHAT),
])

test_good_post, test_wording_passes, test_invention_caught = lock_tests(
    POSTS, BODIES, PASSES, CAUGHT, remaining=REMAINING)
