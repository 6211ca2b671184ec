"""The fact lock, round 17f: classes of false alarm found on a fresh set written before the changes
(good_posts_round17f.yaml, unseen: 5 of 44 falsely flagged, 43 of 44 plants caught): a count opening a
sentence, or tied to a list by words of its opening line ("Empat sekolah kebagian jadwal tahap
pertama"); a total of the draft's quantities ("Total 4.000 paket" for 800 paket in each of five
kecamatan); a measure in another unit ("±1 km" for 1.000 meter); "100% gratis". Part B of the set
(measured unseen after those: 5 of 18 flagged): "lebih dari 1.100 ha" and "hampir 1.400" (approximations
in digits), "total 193 unit" (a sum of one sentence's quantities), "pekan ke-2 Januari" (no day), a
capitalised word after an emoji (a sentence's first word). From the late set (unseen: 3 of 18 flagged):
"RT 03 & 04 RW 02" (a numbered name right after another's number), "dua-dua hari" in the draft (a number
said twice), "400 kupon tiap lokasi (total 2.000 kupon)" over a schedule of five stops."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from tests.support.good_posts import post_ids

FILES = ("good_posts_round17f.yaml", "good_posts_round17f_late.yaml")
POSTS = [post for name in FILES if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()
#: What the lock still calls invented in good posts of these sets: "Diskop UKM" where the draft's office
#: is "Dinas Koperasi dan UMKM" (UKM is not UMKM: a fair alarm on a careless short form).
#: And "Total sekitar 630 ton beras" for 20 kg to each of 31.480 KPM: a product, a unit and a rounding at once.
REMAINING = {"Kadiskop UKM Yohana Kambuaya", "630"}
#: Plants the lock cannot see: a stop's date swapped for a neighbour's ("19/3 Pasar Passo"): dates are not tied to
#: places. (A count changed to another number the draft gives elsewhere, "maks. 3 karung" where "tiga kelurahan"
#: gives 3, is caught since round 22: a number written with a thing the draft counts is checked as that pair,
#: bot/core/fact_swaps.py.)
SAME_VALUE = {"19/3 Pasar Passo"}


@pytest.mark.parametrize("post", POSTS, ids=post_ids(POSTS))
def test_round17_good_post_passes_and_its_plant_is_caught(post: qm.GoodPost) -> None:
    body = BODIES[post.draft_id]
    assert set(check_facts(post.post, [body]).invented) <= REMAINING
    assert check_facts(post.corrupted, [body]).ok == (post.plant[1] in SAME_VALUE), post.plant


def _invented(post: str, source: str) -> list[str]:
    return check_facts(post, [source]).invented


SCHEDULE = """Jadwal vaksinasi tahap kedua, pukul 08.00 WIB:
- Senin, 11 Mei 2026 — SDN 8 Sukamaju
- Selasa, 12 Mei 2026 — SDN 9 Sukamaju
- Rabu, 13 Mei 2026 — MI Al-Huda
"""


@pytest.mark.parametrize("post", ["Tiga sekolah masuk jadwal vaksinasi tahap kedua.",
                                  "3 sekolah kebagian jadwal tahap kedua.",
                                  "Tiga titik jadwal vaksinasi pekan ini."])
def test_a_count_tied_to_a_list_by_its_opening_line_passes(post: str) -> None:
    assert _invented(post, SCHEDULE) == []


@pytest.mark.parametrize("post", ["Empat sekolah masuk jadwal vaksinasi tahap kedua.",
                                  "Tiga sekolah siap.", "3 sekolah ikut lomba."])
def test_a_count_of_another_size_or_not_tied_to_the_list_is_invented(post: str) -> None:
    assert _invented(post, SCHEDULE) != []


DISTRIBUTION = ("Bantuan disalurkan di enam desa. Setiap desa menerima 250 paket sembako. "
                "Selain itu, gudang Dinsos menyimpan 300 karung beras dan 450 karung beras cadangan.")


@pytest.mark.parametrize("post", ["Total 1.500 paket sembako untuk warga.", "Jumlahnya 1.500 paket.",
                                  "Total 750 karung beras disiapkan.", "Seluruhnya ada 1.500 paket sembako."])
def test_a_total_of_the_drafts_quantities_passes(post: str) -> None:
    assert _invented(post, DISTRIBUTION) == []


@pytest.mark.parametrize("post", ["Total 1.600 paket sembako untuk warga.", "Sebanyak 1.500 paket disalurkan.",
                                  "Total 1.500 karung beras.", "Total 800 karung beras disiapkan."])
def test_a_total_that_does_not_add_up_or_has_no_total_word_is_invented(post: str) -> None:
    assert _invented(post, DISTRIBUTION) != []


MEASURES = ("Jalan sepanjang 2.500 meter diaspal ulang, memakai 12 ton aspal. Pekerjaan tiap ruas "
            "berlangsung 90 menit. Air bersih 1.500 ml per orang.")


@pytest.mark.parametrize("post", ["Jalan 2,5 km diaspal ulang.", "Butuh 12.000 kg aspal.",
                                  "Tiap ruas 1,5 jam.", "Air 1,5 liter per orang.", "Jalan 2,5 kilometer."])
def test_a_measure_in_another_unit_passes(post: str) -> None:
    assert _invented(post, MEASURES) == []


@pytest.mark.parametrize("post", ["Jalan 3,5 km diaspal ulang.", "Butuh 1.200 kg aspal.", "Tiap ruas 2,5 jam.",
                                  "Air 1,5 kg per orang."])
def test_a_measure_that_converts_to_another_amount_or_kind_is_invented(post: str) -> None:
    assert _invented(post, MEASURES) != []


FREE = "Pemeriksaan kesehatan gratis bagi warga, halal dan aman."


@pytest.mark.parametrize("post", ["Cek kesehatan 100% gratis!", "100 persen gratis untuk warga.", "100% halal."])
def test_a_hundred_percent_intensifying_a_quality_the_draft_states_passes(post: str) -> None:
    assert _invented(post, FREE) == []


@pytest.mark.parametrize("post", ["100% warga sudah diperiksa.", "Cek kesehatan 90% gratis!", "100% lengkap."])
def test_a_hundred_percent_of_anything_else_is_invented(post: str) -> None:
    assert _invented(post, FREE) != []


@pytest.mark.parametrize("post", ["Asap 🙌 Target Pemprov Riau: 300 titik.",
                                  "Asap 🔥 Jadwal Kantor Camat Sukadana: Senin.",
                                  "Ayo 💪 Rencana Pemprov Riau: 300 titik."])
def test_a_capitalised_word_after_an_emoji_opens_a_sentence(post: str) -> None:
    source = "Pemprov Riau menargetkan 300 titik. Kantor Camat Sukadana buka Senin (5/1/2026)."
    assert _invented(post, source) == []


def test_an_invented_name_after_an_emoji_is_still_invented() -> None:
    source = "Pemprov Riau menargetkan 300 titik."
    assert _invented("Asap 🙌 Target Pemkot Dumai: 300 titik.", source) != []


@pytest.mark.parametrize("post", ["Rapat lanjutan pekan ke-2 Januari 2027.", "Dibahas minggu ke-3 Maret 2027."])
def test_an_ordinal_week_before_a_month_is_no_day(post: str) -> None:
    source = "Rapat lanjutan pada pekan kedua Januari 2027 dan minggu ketiga Maret 2027."
    assert _invented(post, source) == []


def test_a_day_before_a_month_is_still_checked() -> None:
    assert _invented("Rapat 2 Januari 2027.", "Rapat lanjutan pada pekan kedua Januari 2027.") != []


APPROXIMATE = "Lahan terbakar 1.104 hektare. Tahun lalu 1.386 titik. Masih ada 3.412 rumah dan 215 sekolah."


@pytest.mark.parametrize("post", ["lebih dari 1.100 ha", "hampir 1.400 titik", "sekitar 3.400 rumah", "± 3.400 rumah",
                                  "~3.400 rumah", "kurang dari 1.400 titik", "sekitar 220 sekolah"])
def test_an_approximate_value_rounded_from_the_drafts_passes(post: str) -> None:
    assert _invented(post, APPROXIMATE) == []


@pytest.mark.parametrize("post", ["hampir 1.100 ha", "lebih dari 1.400 titik", "sekitar 3.500 rumah", "1.100 ha",
                                  "sekitar 200 sekolah", "lebih dari 3.000 rumah"])
def test_an_approximation_on_the_wrong_side_too_coarse_or_without_a_cue_is_invented(post: str) -> None:
    assert _invented(post, APPROXIMATE) != []


def test_a_total_of_one_sentences_quantities_passes_and_a_wrong_one_does_not() -> None:
    source = "Target 450 unit. Terbanyak di Sukadana 74 unit, Way Jepara 61 unit, dan Labuhan 58 unit."
    assert _invented("Sukadana, Way Jepara dan Labuhan total 193 unit.", source) == []
    assert _invented("Sukadana, Way Jepara dan Labuhan total 195 unit.", source) != []


@pytest.mark.parametrize("post", ["RT 03 & 04 RW 02 Bangkala.", "RW 07 Tamangapa.", "RT 01–05 RW 07 Tamangapa."])
def test_a_numbered_name_right_after_another_is_read_in_the_draft(post: str) -> None:
    source = ("Petugas menyisir RT 03 dan RT 04 RW 02 Kelurahan Bangkala, lalu RT 01 sampai RT 05 RW 07 "
              "Kelurahan Tamangapa.")
    assert _invented(post, source) == []
    assert _invented(post.replace("RW 0", "RW 1"), source) != []


def test_a_number_word_said_twice_in_the_draft_gives_that_number() -> None:
    source = "Pembagian jam 8 pagi sampe jam 1 siang, dua-dua hari sama."
    assert _invented("Dua hari sama: jam 8 pagi–1 siang.", source) == []
    assert _invented("Tiga hari sama: jam 8 pagi–1 siang.", source) != []


STOPS = """Berikut jadwalnya:
1. Senin, 16 Maret 2026 – Kantor Kecamatan Sirimau
2. Selasa, 17 Maret 2026 – Lapangan Merdeka
3. Rabu, 18 Maret 2026 – Pasar Passo

"Tiap lokasi kami siapkan 400 kupon," kata kepala dinas.
"""


def test_a_total_over_each_stop_of_a_schedule_passes_and_a_wrong_one_does_not() -> None:
    assert _invented("400 kupon tiap lokasi, total 1.200 kupon.", STOPS) == []
    assert _invented("400 kupon tiap lokasi, total 1.600 kupon.", STOPS) != []
    assert _invented("400 kupon tiap lokasi, 1.200 kupon.", STOPS) != []
