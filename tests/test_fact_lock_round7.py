"""The fact lock on the round-7 posts (tests/data/quality/good_posts_round7.yaml), written from tune and
extra drafts after the lock was tuned on the other sets and measured unseen first: lists of days,
short-date ranges, "jam setengah 8", "Rp10 M", decimals written with a dot, "H-1" from "sehari",
"tahap 2" from "tahap kedua", "Jilid II" from "jilid kedua", "Rp50K", "(+62)", "Tgl.", "Jln",
honorifics, English words of posts, "WIB-selesai" and offices' short forms with a name after the
signature pass; planted inventions are caught, among them title-case words that only spell the
letters of a run of ordinary words ("Diwek", "Madani")."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts

POSTS = qm.load_good_posts(qm.DATA / "good_posts_round7.yaml")
BODIES = tune_and_extra_bodies()


def test_round7_posts_come_from_tune_and_extra_drafts_only() -> None:
    assert len(POSTS) >= 40
    assert {p.draft_id for p in POSTS} <= set(BODIES)
    for p in POSTS:
        assert p.plant[0] in p.post and p.plant[0] != p.plant[1], p


@pytest.mark.parametrize("post", POSTS, ids=[f"{p.draft_id}-{i}" for i, p in enumerate(POSTS)])
def test_round7_good_post_passes_and_its_planted_invention_is_caught(post: qm.GoodPost) -> None:
    body = BODIES[post.draft_id]
    good = check_facts(post.post, [body])
    assert good.ok, good.invented
    assert not check_facts(post.corrupted, [body]).ok, post.plant


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("16 & 17 Maret 2026", {"date:2026-03-16", "date:2026-03-17"}),
        ("5, 12 dan 19 Juli", {"date:--07-05", "date:--07-12", "date:--07-19"}),
        ("(13-17/5)", {"date:--05-13", "date:--05-17"}),
        ("jam setengah 8 pagi", {"time:07:30"}),
        ("pukul setengah 12 malam", {"time:23:30"}),
        ("denda Rp10 M", {"money:10000000000"}),
        ("naik 19.8 persen", {"percent:19.8"}),
        ("Rp 1.5 juta", {"money:1500000"}),
        ("pukul 12.30", {"time:12:30"}),
    ],
)
def test_forms_of_round7_read_as_their_values(text: str, keys: set[str]) -> None:
    assert {f.key for f in extract_facts(text)} == keys


@pytest.mark.parametrize(
    ("draft", "post", "ok"),
    [
        ("Berangkat Senin (16/3/2026) dan Selasa (17/3/2026).", "Berangkat 16 & 17 Maret 2026.", True),
        ("Berangkat Senin (16/3/2026) dan Selasa (17/3/2026).", "Berangkat 16 & 18 Maret 2026.", False),
        ("Layanan 13 sampai 17 Mei 2025.", "Layanan (13-17/5).", True),
        ("Layanan 13 sampai 17 Mei 2025.", "Layanan (12-17/5).", False),
        ("Dimulai pukul 07.30 WITA.", "Mulai jam setengah 8 pagi WITA.", True),
        ("Dimulai pukul 08.00 WITA.", "Mulai jam setengah 8 pagi WITA.", False),
        ("Denda paling banyak Rp10 miliar.", "Denda sampai Rp10 M.", True),
        ("Denda paling banyak Rp10 miliar.", "Denda sampai Rp15 M.", False),
        ("Prevalensi turun menjadi 12,4 persen.", "Prevalensi kini 12.4 persen.", True),
        ("Prevalensi turun menjadi 12,4 persen.", "Prevalensi kini 12.9 persen.", False),
        ("Ambil nomor antrean sehari sebelumnya.", "Ambil nomor antrean H-1.", True),
        ("Ambil nomor antrean sehari sebelumnya.", "Ambil nomor antrean H-3.", False),
        ("Penjualan mulai pukul 07.00 WIB.", "Penjualan pukul 07.00 WIB-selesai.", True),
        ("Pesan Bupati Lamongan dibacakan.", "Pesan Pak Bupati dibacakan.", True),
        ("Pesan Bupati Lamongan dibacakan.", "Pesan Pak Bupati Yuhronur dibacakan.", False),
        ("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN LEBAK,\n\nttd\n\nDra. Hj. Euis Rahmawati",
         "Kadisdukcapil Lebak Euis Rahmawati menegaskan.", True),
        ("Bupati yang diwakili Sekretaris Daerah membuka di SDN Ploso 4.", "Pemeriksaan di SDN Diwek 4.", False),
        ("Panitia memastikan anak dalam kondisi sehat di Gedung Olahraga Siranindi.", "Lokasi: GOR Madani.", False),
        ("Panitia memastikan anak dalam kondisi sehat di Gedung Olahraga Siranindi.", "Lokasi: GOR Siranindi.", True),
        ("Kepala Bagian Kesejahteraan Rakyat, Andi Malik, hadir.", "Kabag Kesra Andi Malik hadir.", True),
        ("Anak mendapat pemberian makanan tambahan.", "Anak mendapat PMT.", True),
        ("Biaya Rp50.000 per orang.", "Biaya Rp50K/orang.", True),
        ("Biaya Rp50.000 per orang.", "Biaya 75k/orang.", False),
        ("Hubungi 0812-3456-7890.", "Hubungi (+62) 812-3456-7890.", True),
        ("Hubungi 0812-3456-7890.", "Hubungi (+62) 812-3456-7809.", False),
        ("Vaksinasi pada 5 Juni 2025 di Jalan Tamalate I.", "Tgl. 5 Juni di Jln Tamalate I.", True),
        ("Vaksinasi pada 5 Juni 2025 di Jalan Tamalate I.", "Tgl. 5 Juni di Jln Tamarunang I.", False),
        ("Penyaluran bantuan sosial tahap dua.", "Penyaluran Bansos tahap 2.", True),
        ("Para juru pemantau jentik bergerak.", "Jumantik bergerak.", True),
        ("Waspada kebakaran hutan dan lahan.", "Waspada Karhutla!", True),
        ("Petugas pemadam kebakaran siaga.", "Damkar siaga.", True),
        ("Bantuan tahap kedua cair.", "Bantuan tahap 2 cair.", True),
        ("Bantuan tahap kedua cair.", "Bantuan tahap 3 cair.", False),
        ("Bantuan jilid kedua cair.", "Bantuan Jilid II cair.", True),
        ("Bantuan jilid kedua cair.", "Bantuan Jilid III cair.", False),
        ("Asisten II Setda Mamuju dan 3 camat hadir.", "Asisten III Setda Mamuju hadir.", False),
        ("Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya membuka layanan.",
         "Dispendukcapil Surabaya membuka layanan.", True),
    ],
)
def test_round7_wording_classes_pass_and_inventions_are_caught(draft: str, post: str, ok: bool) -> None:
    assert check_facts(post, [draft]).ok is ok, check_facts(post, [draft]).invented
