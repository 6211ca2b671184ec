"""The fact lock on the round-11 posts (tests/data/quality/good_posts_round11.yaml), written from extra
drafts no earlier set used, measured unseen first (2 of 30 falsely flagged, every planted invention
caught): a Roman numeral of the draft written as a digit ("semester 3–7" from "semester III ... VII"),
and a name head opening a sentence alone ("Sekolah meniadakan ..."). The two older false alarms on
extra drafts are mended with them: a common acronym whose meaning sits in the last half of its
expansion ("bank BUMN" from "bank milik negara") and a draft's name joined to one of its village
names ("Posyandu Lansia Jetis" from "Posyandu Lansia" and "Balai Padukuhan Jetis").

A second set (good_posts_round11b.yaml), written after those fixes and measured unseen, found one
false alarm and two inventions let through: "Kasudin Nakertransgi Jaktim" ("Na" is "tenaga" in
Naker and Nakes), a letter ending a name ("Gedung C" for the draft's "Gedung B") and a range whose
ends are each a time of the draft but not together ("13.30–17.00" where the draft opens
13.30–16.00 and closes its online queue at 17.00)."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from bot.core.fact_counts import roman_number_facts
from bot.core.fact_scan import extract_facts
from tests.support.good_posts import assert_lock_holds, post_ids

POSTS = qm.load_good_posts(qm.DATA / "good_posts_round11.yaml") + qm.load_good_posts(
    qm.DATA / "good_posts_round11b.yaml")
BODIES = tune_and_extra_bodies()


def test_round11_posts_come_from_extra_drafts_only() -> None:
    assert len(POSTS) >= 50
    assert {p.draft_id for p in POSTS} <= set(BODIES)


@pytest.mark.parametrize("post", POSTS, ids=post_ids(POSTS))
def test_round11_good_post_passes_and_its_planted_invention_is_caught(post: qm.GoodPost) -> None:
    assert_lock_holds(post, BODIES[post.draft_id], None)


@pytest.mark.parametrize(
    ("source", "values"),
    [
        ("minimal semester III dan paling tinggi semester VII", {"3", "7"}),
        ("Pencairan Tahap II dibuka", {"2"}),
        ("Nomor 360/XI/BPBD/2025", set()),  # a code's part
        ("IV. PERSYARATAN", set()),  # a heading
        ("bagi pemegang SIM C", set()),  # a letter after a capitalised word
    ],
)
def test_roman_numerals_after_a_word_are_numbers(source: str, values: set[str]) -> None:
    assert {f.key.split(":")[1] for f in roman_number_facts(source)} == values


def test_a_roman_numeral_of_the_draft_supports_its_digit_and_no_other() -> None:
    draft = "Syarat: minimal semester III dan paling tinggi semester VII pada saat mendaftar."
    assert check_facts("Syarat: semester 3–7.", [draft]).ok
    assert not check_facts("Syarat: semester 3–8.", [draft]).ok


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Warga diminta datang. Sekolah meniadakan kegiatan.", set()),
        ("Puskesmas membagikan abate.", set()),
        ("Sekolah Rakyat dibuka tahun ini.", {"name:sekolah rakyat"}),
        ("Datang ke Puskesmas Tamalanrea.", {"name:puskesmas tamalanrea"}),
    ],
)
def test_a_name_head_opening_a_sentence_alone_is_an_ordinary_word(text: str, names: set[str]) -> None:
    assert {f.key for f in extract_facts(text) if f.kind == "name"} == names


@pytest.mark.parametrize(
    ("draft", "post", "ok"),
    [
        ("Pembiayaan usaha dari bank milik negara.", "Pembiayaan dari bank BUMN.", True),
        ("Pembiayaan usaha dari bank swasta.", "Pembiayaan dari bank BUMN.", False),
        ("Badan usaha swasta ikut membantu.", "BUMN ikut membantu.", False),  # the first half is no meaning
        ("Bantuan untuk warga tidak mampu.", "Bawa SKTM.", False),  # a half with no noun of the draft
    ],
)
def test_a_long_acronym_is_the_drafts_when_the_last_half_of_its_meaning_is(draft: str, post: str, ok: bool) -> None:
    assert check_facts(post, [draft]).ok is ok


@pytest.mark.parametrize(
    ("post", "ok"),
    [
        ("Cek kesehatan gratis di Posyandu Lansia Jetis.", True),
        ("Cek kesehatan gratis di Posyandu Lansia Kalasan.", False),  # no village of the draft
        ("Cek kesehatan gratis di Posyandu Melati Jetis.", False),  # no name of the draft
    ],
)
def test_a_drafts_name_joined_to_its_village_is_the_drafts(post: str, ok: bool) -> None:
    draft = "Posyandu Lansia bulan ini dilaksanakan Minggu, 22 Februari 2026 di Balai Padukuhan Jetis."
    assert check_facts(post, [draft]).ok is ok


@pytest.mark.parametrize(
    ("post", "ok"),
    [
        ("Layanan di Gedung B lantai 2.", True),
        ("Layanan di Gedung C lantai 2.", False),
        ("Perpanjangan SIM A dan SIM C.", True),
        ("Perpanjangan SIM B dan SIM A.", False),
        ("Perpanjangan SIM A dan SIM B.", False),  # a letter ending the text
        ("Ambil antrean H-1 lewat aplikasi.", True),  # no letter of a name
    ],
)
def test_a_letter_ending_a_name_is_part_of_the_name(post: str, ok: bool) -> None:
    draft = "Layanan perpanjangan SIM A dan SIM C dibuka di Gedung B lantai 2. Antrean H-1 lewat aplikasi."
    assert check_facts(post, [draft]).ok is ok


@pytest.mark.parametrize(
    ("post", "ok"),
    [
        ("Jumat 08.00–11.00 & 13.30–16.00 WITA.", True),
        ("Jumat jam 8 pagi–11 siang.", True),
        ("Jumat 13.30–17.00 WITA.", False),  # each end the draft's, the range not
        ("Antrean online tutup jam 5 sore.", True),
        ("Mulai 08.00 s.d. 12.00 WITA.", True),  # start and end on neighbouring lines
    ],
)
def test_a_range_of_times_needs_both_ends_on_one_line_of_the_draft(post: str, ok: bool) -> None:
    draft = ("Jumat pukul 08.00 sampai 11.00 WITA, lalu dibuka lagi pukul 13.30 sampai 16.00 WITA.\n\n"
             "Nomor antrean daring ditutup pukul 17.00 WITA.\n\nMulai: pukul 08.00 WITA\nSelesai: pukul 12.00 WITA")
    assert check_facts(post, [draft]).ok is ok


@pytest.mark.parametrize(
    ("draft", "post", "ok"),
    [
        ("Kepala Dinas Tenaga Kerja Kabupaten Jember, Bambang Sukarno", "Kadisnaker Jember Bambang Sukarno", True),
        ("Pelatihan untuk tenaga kesehatan di puskesmas.", "Pelatihan untuk nakes di puskesmas.", True),
        ("Kepala Dinas Perhubungan Kabupaten Jember, Bambang Sukarno", "Kadisnaker Jember Bambang Sukarno", False),
    ],
)
def test_na_in_a_short_form_is_tenaga(draft: str, post: str, ok: bool) -> None:
    assert check_facts(post, [draft]).ok is ok
