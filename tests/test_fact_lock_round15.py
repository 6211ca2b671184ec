"""The fact lock, round 15e: classes of false alarm found on a fresh set written before the changes
(good_posts_round15e.yaml, unseen: 2 of 47 falsely flagged, 43 of 47 plants caught). A contact number
regrouped ("1500-054" written "1500054", "024-3561-110" written "(024) 3561110"); a count of a
schedule's stops by a noun that counts the entries of any list ("5 titik"); a number word that ends a
place's name ("Kel. Kelapa Lima") is no count, in the draft nor in a post."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from bot.core.fact_counts import outside_names
from bot.core.lexicon import NAME_TOKEN
from tests.support.good_posts import post_ids

POSTS = [post for name in ("good_posts_round15e.yaml", "good_posts_round15e_late.yaml",
                                       "good_posts_round15e_late2.yaml")
         if (qm.DATA / name).exists() for post in qm.load_good_posts(qm.DATA / name)]
BODIES = tune_and_extra_bodies()
#: Plants no check of single facts can see: each is a value the draft gives for something else (the
#: old truck fare Rp6.000 as a car's fare, the car's new Rp5.000 as the hourly fare, Saturday of another
#: zone's turn).
ASSOCIATION_ONLY = {"mobil 6 ribu", "Rp5rb/jam", "Sel & Sab"}


@pytest.mark.parametrize("post", POSTS, ids=post_ids(POSTS))
def test_round15_good_post_passes_and_its_plant_is_caught(post: qm.GoodPost) -> None:
    body = BODIES[post.draft_id]
    assert check_facts(post.post, [body]).invented == []
    assert check_facts(post.corrupted, [body]).ok == (post.plant[1] in ASSOCIATION_ONLY), post.plant


def _invented(post: str, source: str) -> list[str]:
    return check_facts(post, [source]).invented


HOTLINES = "Call Center Bapenda 1500-054. Pusdalops BPBD 024-3561-110 (24 jam). Info: 0274-391-555."


@pytest.mark.parametrize("post", ["Call center 1500054", "Call center 1500 054", "Pusdalops (024) 3561110",
                                  "Pusdalops 024 3561 110", "Info (0274) 391555", "Info 0274 391 555"])
def test_a_regrouped_contact_number_is_the_drafts_number(post: str) -> None:
    assert _invented(post, HOTLINES) == []


@pytest.mark.parametrize("post", ["Call center 1500-045", "Call center 1500045", "Info 0274-391-556",
                                  "Pusdalops (024) 3561111"])
def test_a_contact_number_with_one_digit_changed_is_invented(post: str) -> None:
    assert _invented(post, HOTLINES) != []


def test_a_draft_writing_the_number_whole_supports_it_in_groups() -> None:
    assert _invented("Hubungi 1500-054 atau 1500 054", "Hubungi call center 1500054.") == []
    assert _invented("Hubungi 1500-055", "Hubungi call center 1500054.") != []


SCHEDULE = """Jadwal perekaman sebagai berikut:
1. Senin, 2 Februari 2026 — SMAN 1 Selong
2. Selasa, 3 Februari 2026 — Kantor Desa Pringgasela
3. Rabu, 4 Februari 2026 — SMKN 1 Labuhan Haji
4. Kamis, 5 Februari 2026 — Kantor Camat Sambelia

Warga cukup membawa fotokopi Kartu Keluarga."""


@pytest.mark.parametrize("post", ["Perekaman di 4 titik", "Perekaman keliling di 4 lokasi",
                                  "Ada empat tempat perekaman"])
def test_a_count_of_a_schedules_entries_by_an_entry_noun(post: str) -> None:
    assert _invented(post, SCHEDULE) == []


@pytest.mark.parametrize("post", ["Perekaman di 6 titik", "Perekaman keliling di 7 lokasi",
                                  "Bawa 4 lembar fotokopi"])
def test_a_count_no_list_of_the_draft_has_or_of_other_things_is_invented(post: str) -> None:
    assert _invented(post, SCHEDULE) != []


ZONES = "Zona B (Kel. Oesapa, Kel. Lasiana, Kel. Kelapa Lima): Selasa & Jumat. Warga Simpang Empat, harap hemat."


@pytest.mark.parametrize("post", ["Air mengalir di 5 zona", "Air mengalir di lima zona", "4 warga"])
def test_a_number_word_ending_a_places_name_is_no_count_of_the_draft(post: str) -> None:
    assert _invented(post, ZONES) != []


def test_a_post_may_name_the_place_whose_name_ends_in_a_number_word() -> None:
    assert _invented("Zona B: Oesapa, Lasiana & Kelapa Lima, tiap Selasa & Jumat", ZONES) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Pemkot Salurkan Bantuan untuk Lima Desa", "lima"),
    ("Bantuan Seribu Lima Ratus Paket", "ratus"),
    ("bantuan untuk lima desa", "lima"),
    ("Kel. Kelapa Lima", "·"),
    ("Simpang Empat, Pasaman Barat", "·"),
])
def test_outside_names_blanks_only_a_number_word_that_ends_a_name(text: str, kept: str) -> None:
    words = outside_names(text, list(NAME_TOKEN.finditer(text)))
    assert kept in words
    if kept == "·":
        assert "lima" not in words and "empat" not in words


def test_counts_in_words_in_a_heading_still_count() -> None:
    assert _invented("Bantuan untuk 5 desa", "Pemkot Salurkan Bantuan untuk Lima Desa") == []
    assert _invented("1.500 paket", "Bantuan Seribu Lima Ratus Paket.") == []


def test_an_entry_noun_counts_only_a_schedules_entries() -> None:
    places = SCHEDULE.replace("Jadwal perekaman sebagai berikut:", "Lokasi pengungsian:")
    assert _invented("Ada 4 titik", places) != []
    assert _invented("Ada 4 titik pengungsian", places) == []


# --- the late set's classes (good_posts_round15e_late.yaml, unseen: 3 of 16 falsely flagged) ----------

NTB = ("Berdasarkan data Dinas Dikbud NTB, ribuan anak tidak bersekolah. \"Tidak boleh ada anak berhenti,\" kata "
       "Kepala Dinas Pendidikan dan Kebudayaan NTB, Lalu Hamdani. Kepala Bappeda NTB, Iswandi, hadir.")


@pytest.mark.parametrize("post", ["Kata Kadis Dikbud NTB Lalu Hamdani", "Kadis Dikbud NTB Lalu Hamdani: tak boleh",
                                  "Kadis Pendidikan dan Kebudayaan NTB Lalu Hamdani"])
def test_an_office_in_short_form_then_the_persons_name(post: str) -> None:
    assert _invented(post, NTB) == []


@pytest.mark.parametrize("post", ["Kadis Dikbud NTB Lalu Hamzah", "Kadis Dikbud NTB Iswandi Hamdani",
                                  "Kadis Kesehatan NTB Lalu Hamdani"])
def test_an_office_then_a_name_the_draft_never_writes_whole_is_invented(post: str) -> None:
    assert _invented(post, NTB) != []


WALEH = ("PENYALURAN BLT DANA DESA TAHAP I TAHUN 2026\n\nPemerintah Desa Waleh menyalurkan Bantuan Langsung Tunai "
         "Dana Desa (BLT-DD) kepada 42 keluarga penerima manfaat (KPM) untuk tiga bulan, Rp900.000 per KPM.")


@pytest.mark.parametrize("post", ["BLT Dana Desa Waleh cair", "BLT-DD Desa Waleh", "Untuk 42 KPM, Rp 900 rb",
                                  "Untuk 3 bulan"])
def test_a_headings_capitals_and_a_sentences_first_word_are_no_name(post: str) -> None:
    assert _invented(post, WALEH) == []


@pytest.mark.parametrize("post", ["BLT Dana Desa Weda cair", "Untuk 44 KPM", "untuk 5 bulan"])
def test_other_places_and_counts_after_those_words_are_invented(post: str) -> None:
    assert _invented(post, WALEH) != []


UHC = "Sebanyak 98,7 persen penduduk, atau sekitar 1.742.000 jiwa, terdaftar. Pemkab mendaftarkan 212.400 warga."


@pytest.mark.parametrize("post", ["±1,74 juta jiwa", "sekitar 1,7 juta jiwa", "212 ribu warga", "212,4 ribu warga",
                                  "Rp 1,74 jt"])
def test_a_draft_number_rounded_to_the_posts_last_digit(post: str) -> None:
    assert _invented(post, UHC) == []


@pytest.mark.parametrize("post", ["±1,75 juta jiwa", "sekitar 1,8 juta jiwa", "2 juta jiwa", "213 ribu warga",
                                  "±1,64 juta jiwa"])
def test_a_rounding_off_by_a_digit_or_with_one_significant_digit_is_invented(post: str) -> None:
    assert _invented(post, UHC) != []


AMBON = "Penjabat Sekretaris Kota Ambon, Johanis Latuheru, memimpin rapat. Wali Kota Ambon berhalangan."


@pytest.mark.parametrize("post", ["Pj Sekkot Johanis Latuheru", "Pj Sekkot Ambon", "PJ Sekretaris Kota Ambon"])
def test_an_acting_officials_status_in_short_form(post: str) -> None:
    assert _invented(post, AMBON) == []


@pytest.mark.parametrize("post", ["Plt Sekkot Johanis Latuheru", "Pj Kadis Ambon", "Plh Sekkot Ambon"])
def test_a_status_the_draft_never_gives_that_office_is_invented(post: str) -> None:
    assert _invented(post, AMBON) != []
