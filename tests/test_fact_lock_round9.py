"""The fact lock on the round-9 posts (tests/data/quality/good_posts_round9.yaml), written from extra
drafts no earlier set used, measured unseen first (6 of 21 falsely flagged, one of them a typo of the
post itself): a name right after a date that ends its sentence ("2–15 Maret. Bawa SIM ..." read "Bawa
SIM" as a name), a time in words ("setengah delapan pagi"), "[HOAKS]" (a word newer than the root-word
list), and an office's acronym the draft writes only in its hashtag ("#DLHTangsel" gives "DLH Tangsel")."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts
from tests.support.good_posts import assert_lock_holds, post_ids

POSTS = qm.load_good_posts(qm.DATA / "good_posts_round9.yaml")
BODIES = tune_and_extra_bodies()
#: Posts the lock still fails, and why (none since round 11: tests/test_fact_lock_round11.py).
KNOWN_ALARMS: dict[str, list[str]] = {}


def test_round9_posts_come_from_extra_drafts_only() -> None:
    assert len(POSTS) >= 20
    assert {p.draft_id for p in POSTS} <= set(BODIES)


@pytest.mark.parametrize("post", POSTS, ids=post_ids(POSTS))
def test_round9_good_post_passes_and_its_planted_invention_is_caught(
        post: qm.GoodPost, request: pytest.FixtureRequest) -> None:
    assert_lock_holds(post, BODIES[post.draft_id], KNOWN_ALARMS.get(request.node.callspec.id))


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("mulai setengah delapan pagi", {"time:07:30"}),
        ("setengah dua belas siang", {"time:11:30"}),
        ("jual setengah harga", set()),
    ],
)
def test_a_half_hour_in_words_is_a_time(text: str, keys: set[str]) -> None:
    assert {f.key for f in extract_facts(text)} == keys


def test_a_name_after_a_date_that_ends_the_sentence_starts_the_sentence() -> None:
    draft = "Operasi berlangsung 2 hingga 15 Maret 2026. Pengendara diimbau membawa SIM dan STNK."
    assert check_facts("Operasi 2–15 Maret. Bawa SIM dan STNK.", [draft]).ok
    assert not check_facts("Operasi 2–15 Maret. Bawa SIM dan KTA.", [draft]).ok


def test_a_hashtag_in_camel_case_gives_its_words_as_a_name() -> None:
    draft = "Sampah tetap diangkut selama libur. #DLHTangsel #TangselBersih"
    assert check_facts("DLH Tangsel tetap mengangkut sampah.", [draft]).ok
    assert not check_facts("DLH Tangerang tetap mengangkut sampah.", [draft]).ok


def test_a_label_word_in_capitals_is_no_name() -> None:
    draft = "Pesan berantai soal daftar ulang berbayar tidak benar."
    assert check_facts("[HOAKS] Pesan berantai soal daftar ulang berbayar.", [draft]).ok


OFFICE = ("Diskominfo Kabupaten Kolaka Utara sudah berkoordinasi dengan PLN ULP Lasusua. Wali Kota Bitung "
          "Maurits Mantiri meminta warga tenang. Dinas Kesehatan Jawa Tengah membuka layanan. Posyandu Lansia bulan "
          "ini di Balai Dusun Jetis.")


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("PLN ULP Lasusua", True),
        ("PLN ULP Kolaka", False),  # the office given another place the draft names
        ("Wali Kota Maurits Mantiri", True),  # the place left out between title and name
        ("Dinas Kesehatan Jateng", True),  # the place shortened
    ],
)
def test_an_office_keeps_its_own_place(name: str, ok: bool) -> None:
    assert check_facts(f"Info dari {name}.", [OFFICE]).ok is ok
