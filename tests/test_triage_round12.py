"""Triage rules mended in round 12e (docs/quality.md, round 12e), on comments written for this test: the bare name
of online loans or gambling is spam only beside an ad's cue (a claim or a report that names them is not); asking
in English how to report a levy is a question, not a levy report; a number given under someone else's name is a
third party's data; a rumour that a thing harms the kidneys or is spoiled food touches health."""

from __future__ import annotations

import pytest

from bot.core.triage_ads import gambling_or_loan_ad
from bot.core.triage_rules import (
    must_escalate,
    personal_data_escalates,
    reported_not_campaigned,
    sure_rule,
)


@pytest.mark.parametrize(
    ("text", "ad"),
    [("data ktp warga katanya bocor trus dipake buat daftar pinjol", False),
     ("anak sy kecanduan judol, tolong dinsos ada program pendampingan ga", False),
     ("pinjol legal limit 20jt acc 10 menit, wa admin", True),
     ("judol terpercaya bonus new member, daftar di bio", True),
     ("maxwin tiap malam bos", True)],
)
def test_the_name_of_a_loan_or_gambling_is_spam_only_beside_an_ads_cue(text: str, ad: bool) -> None:
    assert gambling_or_loan_ad(text.lower()) is ad
    sure = sure_rule(text)
    assert (sure is not None and sure.kind == "spam") is ad


def test_asking_in_english_how_to_report_a_levy_is_not_a_levy_report() -> None:
    assert must_escalate("how do i report pungli at the samsat office?", "question") is None
    assert must_escalate("petugas samsat minta uang rokok 20rb", "complaint") is not None


def test_a_number_under_someone_elses_name_is_a_third_partys_data() -> None:
    assert personal_data_escalates("kalau perlu hubungi 0813-2200-4455 a.n. Pak Darto, dia ketua kelompoknya")
    assert personal_data_escalates("nomornya 0812-9900-1122 atas nama ibu mertua sy")
    assert not personal_data_escalates("hubungi sy aja di 0812-9900-1122 ya min")


@pytest.mark.parametrize("text", ["katanya air galon isi ulang di sini bikin gagal ginjal, bener?",
                                  "beras bantuan kemarin berkutu dan bau apek, jgn dimakan kata grup",
                                  "daging kurban yg dibagi kelurahan udh busuk katanya"])
def test_a_rumour_about_harm_to_health_escalates(text: str) -> None:
    assert must_escalate(text, "hoax") is not None


@pytest.mark.parametrize("text", ["bibit dari dinas cuma dibagi ke pendukung pak kades, kelompok tani kami nihil",
                                  "kami yg ga nyoblos pak lurah kemarin sekarang ga dapet blt lagi"])
def test_aid_handed_out_by_allegiance_is_a_report_to_escalate_not_campaign_language(text: str) -> None:
    sure = sure_rule(text)
    assert sure is None or sure.kind != "political"
    assert must_escalate(text, "complaint") is not None
    assert must_escalate(text, "political") is not None


def test_a_political_verdict_on_aid_by_allegiance_becomes_a_complaint_and_only_then() -> None:
    assert reported_not_campaigned("sembako cuma buat timses pak camat, kami gigit jari", "political") == "complaint"
    assert reported_not_campaigned("ayo coblos nomor 1, pasti amanah", "political") == "political"
    assert reported_not_campaigned("sembako cuma buat timses pak camat", "hoax") == "hoax"
