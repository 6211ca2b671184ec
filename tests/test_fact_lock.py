"""The fact lock does not cry wolf at a model's normal wording (issue 11): derived names, short forms,
numbers in words and times of day are the draft's; planted inventions are still caught.

Measured on tests/data/quality/good_posts.yaml: posts written by hand from the TUNE drafts only, each
with one planted invention (a changed number, date, time, amount, phone number, link or a foreign
name or place)."""

from __future__ import annotations

import json

import pytest

from benchmarks import quality_metrics as qm
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts
from bot.core.gazetteer import PROVINCES, province_aliases

POSTS = qm.load_good_posts()
BODIES = {d.id: d.body for d in qm.load_drafts()}


def test_good_posts_come_from_tune_drafts_only() -> None:
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    tune = set(split["drafts"]["tune"])
    assert len(POSTS) >= 40
    assert {p.draft_id for p in POSTS} <= tune
    for p in POSTS:
        assert p.plant[0] in p.post and p.plant[0] != p.plant[1], p


@pytest.mark.parametrize("post", POSTS, ids=[f"{p.draft_id}-{i}" for i, p in enumerate(POSTS)])
def test_good_post_passes_and_its_planted_invention_is_caught(post: qm.GoodPost) -> None:
    body = BODIES[post.draft_id]
    good = check_facts(post.post, [body])
    assert good.ok, good.invented
    bad = check_facts(post.corrupted, [body])
    assert not bad.ok, post.plant


def test_benchmark_figures_are_zero_alarms_all_caught() -> None:
    lock = qm.fact_lock(POSTS, BODIES)
    assert (lock["false_alarms"], lock["caught"]) == (0, lock["posts"])


# --- derived names are the draft's ------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "post"),
    [
        ("Bupati Lamongan membuka pasar murah.", "Pemkab Lamongan menggelar pasar murah di Kabupaten Lamongan."),
        ("Wali Kota Kendari meninjau posyandu.", "Pemkot Kendari membuka posyandu di Kota Kendari."),
        ("Walikota Kendari meninjau posyandu.", "Pemkot Kendari membuka posyandu."),
        ("Gubernur Jawa Barat meluncurkan program.", "Pemprov Jawa Barat meluncurkan program di Provinsi Jawa Barat."),
        ("Gubernur Jawa Barat meluncurkan program.", "Pemprov Jabar meluncurkan program."),
        ("Pemerintah Kota Pontianak membuka layanan.", "Pemkot Pontianak membuka layanan."),
        ("Kepala Dinas Kesehatan Kabupaten Gowa hadir.", "Dinkes Gowa mengajak warga."),
        ("Kepala Dinas Kesehatan Kabupaten Gowa hadir.", "Kadinkes Gowa mengajak warga."),
        ("Dinas Pekerjaan Umum memperbaiki jalan.", "Dinas PU memperbaiki jalan."),
        ("Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Sumatera Utara", "Dinas PUPR Sumut"),
        ("Menteri Dalam Negeri meresmikan kantor.", "Mendagri meresmikan kantor."),
        ("Menteri Perumahan dan Kawasan Permukiman hadir.", "Menteri PKP hadir."),
        ("Bupati Lombok Timur menyampaikan capaian.", "Pemkab Lotim menyampaikan capaian."),
        ("Layanan di Kota Palembang dan Banyuasin.", "Layanan di Palembang, Sumsel."),
        ("Hubungi layanan WhatsApp Dukcapil.", "Hubungi WA Dukcapil."),
        ("Berobat di rumah sakit cukup dengan kartu keluarga.", "Berobat di RS cukup bawa KK."),
        ("Pelayanan gratis di puskesmas.", "Pelayanan GRATIS di puskesmas."),
    ],
)
def test_derived_names_and_short_forms_pass(draft: str, post: str) -> None:
    result = check_facts(post, [draft])
    assert result.ok, result.invented


@pytest.mark.parametrize(
    ("draft", "post"),
    [
        ("Bupati Lamongan membuka pasar murah.", "Pemkab Gresik menggelar pasar murah."),
        ("Bupati Lamongan membuka pasar murah.", "Pemkot Lamongan menggelar pasar murah."),
        ("Wali Kota Kendari meninjau posyandu.", "Pemkab Kendari membuka posyandu."),
        ("Gubernur Jawa Barat meluncurkan program.", "Pemprov Jatim meluncurkan program."),
        ("Kepala Dinas Pertanian Kabupaten Gowa hadir.", "Dinkes Gowa mengajak warga."),
        ("Menteri Dalam Negeri meresmikan kantor.", "Menkes meresmikan kantor."),
        ("Layanan di Kota Palembang.", "Layanan di Palembang, Jabar."),
        ("Berobat cukup dengan KTP.", "Berobat cukup bawa KK."),
        ("Berobat di puskesmas.", "Berobat di RSUD."),
    ],
)
def test_invented_names_are_still_caught(draft: str, post: str) -> None:
    assert not check_facts(post, [draft]).ok


# --- numbers in words, times of day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "post"),
    [
        ("disiapkan dua ribu tiga ratus paket", "2.300 paket"),
        ("disiapkan dua ribu paket", "2 ribu paket"),
        ("seratus dua puluh ribu batang bibit", "120 ribu bibit"),
        ("seribu enam ratus empat puluh balita", "1.640 balita"),
        ("mencapai sembilan puluh delapan koma dua persen", "98,2%"),
        ("dua belas ribu dosis", "12.000 dosis"),
        ("dilepas pukul 15.00 WIB", "dilepas jam 3 sore"),
        ("mulai pukul 22.00 WIB", "mulai jam 10 malam"),
        ("pukul 09.00 sampai 15.00 WITA", "jam 9 pagi sampai 3 sore"),
        ("pukul 08.00 hingga 12.00", "jam 8 sampai 12 siang"),
    ],
)
def test_reworded_numbers_and_times_pass(draft: str, post: str) -> None:
    result = check_facts(post, [draft])
    assert result.ok, result.invented


@pytest.mark.parametrize(
    ("draft", "post"),
    [
        ("disiapkan dua ribu tiga ratus paket", "3.200 paket"),
        ("dilepas pukul 15.00 WIB", "dilepas jam 3 pagi"),
        ("mulai pukul 22.00 WIB", "mulai jam 9 malam"),
        ("Kamis, 28 Januari 2026, 18 puskesmas", "28 puskesmas"),
    ],
)
def test_changed_numbers_and_times_are_caught(draft: str, post: str) -> None:
    assert not check_facts(post, [draft]).ok


def test_time_of_day_keys() -> None:
    assert {f.key for f in extract_facts("jam 3 sore")} == {"time:15:00"}
    assert {f.key for f in extract_facts("jam 7 pagi")} == {"time:07:00"}
    assert {f.key for f in extract_facts("pukul 10.30 malam")} == {"time:22:30"}


def test_gazetteer_has_the_38_provinces_and_their_short_forms() -> None:
    assert len(PROVINCES) == 38
    assert len({p.name for p in PROVINCES}) == 38
    aliases = province_aliases()
    assert "jawa barat" in aliases["jabar"] and "jateng" in aliases["semarang"]
    assert "ntt" in aliases["kupang"] and "kupang" not in aliases["ntt"]


@pytest.mark.parametrize(
    ("draft", "post", "ok"),
    [
        ("Pemerintah Kabupaten Lamongan menggelar pasar murah.", "Warga Lamongan, Jatim, ayo belanja.", True),
        ("Pemerintah Kabupaten Lamongan menggelar pasar murah.", "Pasar murah di Jawa Timur.", True),
        ("Pemerintah Kabupaten Lamongan menggelar pasar murah.", "Warga Lamongan, Jabar, ayo belanja.", False),
        ("Banjir di Kota Manado.", "Banjir di Manado, Sulut.", True),
        ("Sapi merumput di padang yang luas.", "Info dari Sumbar.", False),
    ],
)
def test_regencies_and_cities_give_their_province(draft: str, post: str, ok: bool) -> None:
    assert check_facts(post, [draft]).ok is ok


def test_regions_come_from_the_gazetteer_data() -> None:
    from bot.core.gazetteer import region_provinces
    from bot.core.gazetteer_regions import REGIONS

    assert len(REGIONS) >= 500
    assert set(REGIONS.values()) <= {p.name for p in PROVINCES}
    assert "jatim" in region_provinces()[("lamongan",)]
