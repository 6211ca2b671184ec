"""The fact lock, round 37, from the good posts of sealed batch 36 (4 of 12 falsely flagged, unseen): a
duration in words ("kurang lebih setengah jam") given as "±30 menit"; an acronym of the draft's words with the
numeral after them ("MT I" of "Musim Tanam I"); a hamlet's number in words given as a Roman numeral ("Dusun I"
of "Dusun Satu"); a capitalised word after a measure ("±60 m. Motor ...") read as a sentence's first word, not
a name after an initial. And one plant was only caught by a false alarm beside it: "3 sachet/KK" passed as the
sum of the draft's "2 sachet" per family and "1 sachet" per 100 litres. A sum of a draft's counts now stands
only after a word of totalling. Batch 37's good posts (3 of 12 falsely flagged, unseen): a shouted ordinary word
beside an office's name taken for another place ("REKAM KTP-el GRATIS"), an office's acronym without its "Dis"
("Dukcapil" of "Disdukcapil"), hours in words sharing one part of the day ("jam satu sampai jam enam sore" given as
"jam 1–6 sore"). The sealed posts of batches 36 and 37 are bound here."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from tests.support.good_posts import cases, lock_tests, pairs

FILES = ("good_posts_round36s.yaml", "good_posts_round36s2.yaml", "good_posts_round37s.yaml",
         "good_posts_round37s2.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()

CLINIC = ("Pengasapan dimulai pukul 07.00. Warga yang sesak napas diminta keluar rumah kurang lebih setengah jam. "
          "Rute jalan kaki ke pos kesehatan sejauh satu setengah kilometer.")
PLANTING = ("Penyaluran pupuk untuk Musim Tanam I 2027 dimulai 4 Oktober di kios resmi. Petani membawa KTP.")
HAMLETS = ("Pemeriksaan digelar di Dusun Satu pada Senin dan di Dusun Dua pada Selasa, di rumah Kadus Satu dan di "
           "balai dusun.")
DETOUR = ("Jalan provinsi putus sepanjang 60 meter. Kendaraan roda dua dialihkan lewat jalan tani.")
SACHETS = ("Setiap KK mendapat 2 sachet abate. Takarannya 1 sachet untuk 100 liter air.")
PARCELS = ("Kecamatan Utara menerima 500 paket, Kecamatan Selatan 700 paket.")
# from sealed batch 37's good posts (3 of 12 falsely flagged, unseen)
RECORDING = ("Layanan Rekam KTP-el Keliling dibuka di SMA Negeri 1. Perekaman gratis untuk pelajar. Disdukcapil "
             "membuka layanan online. Kaos diambil jam satu sampai jam enam sore.")

PASSES = [
    *cases("duration-in-words", CLINIC, [
        "Warga sesak napas keluar rumah ±30 menit.",
        "Keluar rumah 30 menit, mulai jam 7 pagi.",
        "Jalan kaki 1,5 km ke pos kesehatan.",
    ]),
    *cases("acronym-and-numeral", PLANTING, [
        "PENYALURAN PUPUK MT I 2027, mulai 4/10.",
        "Pupuk MT I di kios resmi, bawa KTP.",
    ]),
    *cases("roman-hamlet", HAMLETS, [
        "Sen: Dusun I, rumah Kadus I. Sel: Dusun II, balai dusun.",
    ]),
    *cases("word-after-measure", DETOUR, [
        "Jalan putus ±60 m. Motor lewat jalan tani.",
    ]),
    *cases("shouted-words-and-office-heads", RECORDING, [
        "REKAM KTP-el GRATIS DI SEKOLAH",
        "Dukcapil online",
        "Ambil kaos jam 1–6 sore",
    ]),
    *cases("total-of-counts", PARCELS, [
        "Total 1.200 paket untuk Kecamatan Utara dan Selatan.",
    ]),
]
CAUGHT = pairs("lock-round37", [
    ("Keluar rumah ±40 menit.", CLINIC),
    ("Jalan kaki 3 km ke pos kesehatan.", CLINIC),
    ("Pupuk MT III 2027 di kios resmi.", PLANTING),
    ("Sen: Dusun V, rumah Kadus I.", HAMLETS),
    ("Jalan putus ±60 m. Jokowi lewat jalan tani.", DETOUR),
    ("Abate 3 sachet/KK.", SACHETS),
    ("Kecamatan Utara dapat 1.200 paket.", PARCELS),
    ("Rekam KTP-el Cimahi", RECORDING),
    ("Dukbud online", RECORDING),
    ("Ambil kaos jam 2–6 sore", RECORDING),
])

# An hour moved within a table of hours (Saturday's "08.00–12.00" of one office given as another office's
# "08.00–14.00"): every time and the range itself are the draft's, so no check of single facts sees it. The blind
# run "caught" it only through the false alarm on "Dukcapil" beside it.
UNSEEN = frozenset({"Sab 08.00–14.00 (gerai MPP saja)"})

test_good_post, test_wording_passes, test_invention_caught = lock_tests(POSTS, BODIES, PASSES, CAUGHT,
                                                                        unseen_plants=UNSEEN)
