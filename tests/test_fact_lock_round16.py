"""The fact lock, round 16f: classes of false alarm found on a fresh set written before the changes
(good_posts_round16f.yaml, unseen: 9 of 40 falsely flagged, 38 of 40 plants caught). A headline in title
case says nothing of where a name ends; an office's long name may stand between the office and its
holder; "IDR" amounts and "+62" landlines; English loan words and words of address; the zone of the
draft's region; "PDAM" for a water Perumda. From the late set (unseen: 3 of 16 flagged): "CS" for
"layanan pelanggan", "@16 orang", a clipped word inside a name ("Gel. I"), "Senin malam ... jam 9".
And two plants it let through: a regency's own name read as a short form guessed from letters ("Bone"
as Bank iNdonEsia), a range joining two of the draft's ranges."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from tests.support.good_posts import post_ids

FILES = ("good_posts_round16f.yaml", "good_posts_round16f_late.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()
#: What the lock still calls invented in good posts of these sets (see docs: a programme's acronym the
#: draft never writes, "Yanduling" for "pelayanan terpadu keliling").
REMAINING = {"Yanduling Busel"}
#: Plants of ordinary words, which no check of numbers, dates and names sees ("cek gula darah" for "cek
#: mata", "sisi kanan" for "sisi kiri"): the late set planted them by mistake of kind.
WORD_ONLY = {"cek gula darah gratis", "sisi kanan"}


@pytest.mark.parametrize("post", POSTS, ids=post_ids(POSTS))
def test_round16_good_post_passes_and_its_plant_is_caught(post: qm.GoodPost) -> None:
    body = BODIES[post.draft_id]
    assert set(check_facts(post.post, [body]).invented) <= REMAINING
    assert check_facts(post.corrupted, [body]).ok == (post.plant[1] in WORD_ONLY), post.plant


def _invented(post: str, source: str) -> list[str]:
    return check_facts(post, [source]).invented


HEADLINE = ("Wagub Maluku Kunjungi Kepulauan Aru, Perkuat Sinergi Provinsi dan Kabupaten dalam Percepatan "
            "Pembangunan\n\nDOBO – Wakil Gubernur Maluku, Drs. Johanis Matulessy, M.Si., melaksanakan kunjungan "
            "kerja. Sinergi provinsi dan kabupaten diperkuat demi percepatan pembangunan.")


@pytest.mark.parametrize("post", [
    "Wagub Maluku Johanis Matulessy kunker ke Aru.",
    "Pak Wagub Maluku Johanis Matulessy tiba di Dobo.",
    "Kunker Wagub Maluku Johanis Matulessy ke Kepulauan Aru.",
])
def test_a_headline_in_title_case_does_not_bind_an_office_to_its_next_word(post: str) -> None:
    assert _invented(post, HEADLINE) == []


def test_an_office_given_another_place_is_still_caught_beside_a_headline() -> None:
    source = HEADLINE + "\nKepala Dinas PUPR Kabupaten Kepulauan Aru hadir. Bupati Seram Bagian Barat tidak hadir."
    assert _invented("Kepala Dinas PUPR Kabupaten Seram Bagian Barat hadir.", source) != []


OFFICE = ("Rombongan dipimpin Ketua DPW Ikatan Sarjana Pegunungan Tengah, Markus Lokobal. Ketua DPW Ikatan "
          "Sarjana Pegunungan Tengah menyerahkan noken. Hadir pula Yohanes Wenda.")


@pytest.mark.parametrize("post", [
    "Ketua DPW Markus Lokobal menyerahkan noken.",
    "bersama Ketua DPW Markus Lokobal dan rombongan",
    "Ketua DPW Ikatan Sarjana Pegunungan Tengah Markus Lokobal hadir.",
])
def test_the_holder_may_follow_an_office_whose_long_name_is_left_out(post: str) -> None:
    assert _invented(post, OFFICE) == []


def test_another_person_after_the_office_is_still_caught() -> None:
    assert _invented("Noken diserahkan Ketua DPW Yohanes Wenda.", OFFICE) != []


TARIFF = "Pengunjung dewasa: Rp10.000. Anak: Rp5.000. Info Dinas Pariwisata Toba di 0632-21050 atau 0813-6111-2040."


@pytest.mark.parametrize("post", [
    "Dewasa IDR 10.000, anak IDR 5.000.",
    "Tiket IDR10.000 (anak IDR5.000).",
    "Info: +62 632-21050.",
    "Info: (+62) 632 21050 atau +62 813-6111-2040.",
])
def test_idr_amounts_and_landlines_written_from_abroad_are_the_drafts(post: str) -> None:
    assert _invented(post, TARIFF) == []


@pytest.mark.parametrize("post", ["Dewasa IDR 12.000.", "Anak IDR 3.000.", "Info: +62 632-21005.",
                                  "Info: +62 631-21050."])
def test_a_changed_idr_amount_or_landline_is_caught(post: str) -> None:
    assert _invented(post, TARIFF) != []


FREE = "Vaksinasi rabies gratis di Balai Banjar Sakah. Pendaftaran daring. Anak di bawah lima tahun masuk gratis."


@pytest.mark.parametrize("post", [
    "Vaksin rabies FREE di Balai Banjar Sakah!",
    "Free masuk untuk anak. Daftar ONLINE ya.",
    "Balita tetap gratis, Bunda!",
    "Sampai jumpa di Balai Banjar Sakah. Suksma!",
    "Yuk datang, Lur! Matur Nuwun.",
])
def test_loan_words_and_words_of_address_are_no_names(post: str) -> None:
    assert _invented(post, FREE) == []


def test_a_place_beside_loan_words_is_still_checked() -> None:
    assert _invented("Vaksin rabies FREE di Balai Banjar Taman!", FREE) != []


BALI = "Vaksinasi di Wantilan Desa Batuan, Kabupaten Gianyar, pukul 08.00 sampai 12.00."
PALU = "Pemadaman di Kelurahan Talise, Kota Palu, pukul 09.00–14.00."


@pytest.mark.parametrize(("post", "source"), [
    ("Vaksin 08.00–12.00 WITA di Wantilan Desa Batuan.", BALI),
    ("Padam jam 9 pagi–2 siang WITA di Talise.", PALU),
    ("Bus berangkat pukul 07.00 WIB.", "Bus perintis dari Palangka Raya berangkat pukul 07.00."),
    ("Kapal tiba pukul 10.00 WIT.", "Kapal tiba di Ambon pukul 10.00."),
])
def test_the_zone_of_the_drafts_region_may_be_written(post: str, source: str) -> None:
    assert _invented(post, source) == []


@pytest.mark.parametrize(("post", "source"), [
    ("Vaksin 08.00–12.00 WIB di Wantilan Desa Batuan.", BALI),
    ("Padam 09.00–14.00 WIT.", PALU),
    ("Padam 09.00–14.00 WIB.", PALU.replace("14.00.", "14.00 WITA.")),
])
def test_another_zone_is_caught(post: str, source: str) -> None:
    assert _invented(post, source) != []


WATER = "Perumda Tirta Manuntung Balikpapan mengatur ulang distribusi. Perumda Pasar Kota Balikpapan tutup."


@pytest.mark.parametrize("post", ["Air PDAM Balikpapan mengalir bergilir.", "PDAM Tirta Manuntung Balikpapan",
                                  "Pelanggan PDAM Balikpapan, tampung air ya."])
def test_pdam_names_a_water_perumda(post: str) -> None:
    assert _invented(post, WATER) == []


def test_pdam_is_no_other_perumda() -> None:
    assert _invented("Air PDAM mengalir.", "Perumda Pasar Kota Balikpapan tutup.") != []


INFLATION = ("Sinergi dengan Bank Indonesia dan koordinasi dengan daerah penghasil cabai seperti Enrekang dan "
             "Gowa. Kepala Biro Perekonomian hadir.")


@pytest.mark.parametrize("post", ["koordinasi dengan Enrekang dan Bone", "cabai dari Bone", "Maros dan Gowa"])
def test_a_regency_the_draft_never_names_is_caught_not_read_as_a_short_form(post: str) -> None:
    assert _invented(post, INFLATION) != []


@pytest.mark.parametrize("post", ["Karo Perekonomian hadir.", "cabai dari Enrekang dan Gowa", "Sinergi dengan BI."])
def test_an_office_head_and_the_drafts_places_still_pass(post: str) -> None:
    assert _invented(post, INFLATION) == []


OUTAGES = ("1. Selasa, 13 Januari, pukul 09.00–14.00 WITA: Talise\n2. Rabu, 14 Januari, pukul 09.00–13.00 WITA: "
           "Petobo\n3. Kamis, 15 Januari, pukul 10.00–15.00 WITA: Tipo")


@pytest.mark.parametrize("post", ["Rabu 14/1 09.00-15.00 WITA: Petobo", "Kamis 10.00–14.00: Tipo",
                                  "Selasa jam 10–2 siang: Talise"])
def test_a_range_joining_two_of_the_drafts_ranges_is_caught(post: str) -> None:
    assert _invented(post, OUTAGES) != []


@pytest.mark.parametrize(("post", "source"), [
    ("Rab 14/1 09.00-13.00 WITA: Petobo", OUTAGES),
    ("Kam 15/1 jam 10 pagi–3 sore: Tipo", OUTAGES),
    ("Acara 08.00–12.00 WIB.", "Registrasi pukul 08.00–10.00 WIB, lalu acara inti pukul 10.00–12.00 WIB."),
    ("Buka 08.00 s.d. 12.00.", "Sesi pagi pukul 08.00–11.00.\nMulai: pukul 08.00\nSelesai: pukul 12.00"),
])
def test_a_drafts_range_or_ranges_that_follow_one_another_pass(post: str, source: str) -> None:
    assert _invented(post, source) == []


TANK = ("Informasi hubungi layanan pelanggan 0281-632324. Enam kejuruan, masing-masing untuk 16 orang. "
        "Pendaftaran pelatihan gelombang I dibuka. Jembatan ditutup mulai Senin, 12 Januari 2026 pukul 21.00 WIB.")


@pytest.mark.parametrize("post", [
    "CS 0281-632324.",
    "6 kejuruan @16 orang.",
    "Pelatihan Gel. I dibuka!",
    "Ditutup mulai Senin malam 12/1 jam 9 WIB.",
    "Tutup Senin (12/1) malam, pukul 9 WIB.",
])
def test_late_set_wordings_pass(post: str) -> None:
    assert _invented(post, TANK) == []


@pytest.mark.parametrize("post", [
    "6 kejuruan @20 orang.",
    "Ditutup mulai Senin malam 12/1 jam 8 WIB.",
    "Ditutup mulai Senin 12/1 jam 9 WIB.",
    "Pelatihan Gel. II dibuka!",
    "Ikuti @humas.cilegon untuk info.",
])
def test_late_set_inventions_are_caught(post: str) -> None:
    assert _invented(post, TANK) != []
