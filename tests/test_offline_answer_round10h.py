"""Answers on question classes of round 10h (issue 11): questions written unseen against fourteen extra drafts no
earlier question round used (tests/data/quality/questions_round10h.yaml): an amount quoted wrongly, instalments
and comparisons, a daily head count, whether one must come to an office, a facility, a stage the draft never
names, another value of an attribute the draft states, a must-bring rule, the end of a period, and the case a
"A ..., sedangkan B ..." sentence names.
"""

from __future__ import annotations

import json

import pytest
import yaml

from benchmarks import quality_metrics as qm
from bot.offline.asked import question_slots
from tests.offline_replies import checked_reply

EXTRA = qm.DATA / "drafts_extra"


def body(prefix: str) -> str:
    return qm.read_draft(next(EXTRA.glob(f"{prefix}-*.md"))).body


def first(comment: str, prefix: str) -> str:
    return checked_reply(comment, body(prefix)).suggestions[0]


def test_the_round10h_questions_quote_their_drafts_and_never_a_held_out_one() -> None:
    rows = yaml.safe_load((qm.DATA / "questions_round10h.yaml").read_text(encoding="utf-8"))["questions"]
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    bodies = {d.id: d.body for d in qm.load_drafts(EXTRA)}
    assert len(rows) >= 50 and not {r["draft"] for r in rows} & set(split["drafts"]["test"])
    for row in rows:
        assert all(a["answer"] in bodies[row["draft"]] for a in row.get("answers") or []), row["text"]


@pytest.mark.parametrize("question", [
    "bener 500rb ya pasangnya?", "uang sakunya bener 100rb sehari?", "katanya 1,5 jt ya?",
    "bisa nyicil ga bang?", "boleh diangsur?", "lebih murah dari pasar kah?", "lebih mahal dari toko?",
])
def test_an_amount_quoted_an_instalment_or_a_comparison_asks_the_cost(question: str) -> None:
    assert "cost" in question_slots(question)


def test_a_daily_head_count_asks_the_quota_and_coming_to_an_office_asks_how() -> None:
    assert question_slots("sehari dilayani brp org?") == ["quota"]
    assert question_slots("berapa pasien per hari?") == ["quota"]
    assert question_slots("harus ke kantor pln?") == ["how"]
    assert question_slots("perlu datang ke kantor desa?") == ["how"]


def test_a_facility_for_the_elderly_is_not_who_may_come_and_paying_before_a_duration_is_no_cost() -> None:
    assert "who" not in question_slots("ada parkir khusus lansia?")
    assert "who" in question_slots("lansia boleh ikut?")
    assert "cost" not in question_slots("abis bayar brp lama dinaikin?")


@pytest.mark.parametrize(("question", "prefix", "unsaid"), [
    ("gelombang 2 kapan dibuka?", "ext18-05", "20 Januari"),  # the draft names only the first wave
    ("ada tahap kedua nggak?", "ext18-05", "20 Januari"),
    ("ada parkir khusus lansia?", "ext20-04", "60 tahun"),
])
def test_a_stage_or_a_facility_the_draft_never_names_is_said_missing(question: str, prefix: str, unsaid: str) -> None:
    reply = first(question, prefix)
    assert "belum menyebutkan" in reply and unsaid not in reply


def test_a_named_stage_is_answered_with_its_own_case_of_a_contrast() -> None:
    reply = first("kelompok sy di padaherang, ambil kapan?", "ext20-08")
    assert "22/1/2026" in reply and "19/1/2026" not in reply
    assert "belum menyebutkan" not in first("tahap kedua kapan?", "ext20-08")


def test_another_value_of_a_stated_attribute_and_a_must_bring_rule_answer_a_yes_no_question() -> None:
    assert "latar biru" in first("pas fotonya latar merah boleh?", "ext15-04")
    assert "BPJS Kesehatan bila ada" in first("nda punya bpjs bisa ikut?", "ext18-01")


def test_until_when_is_the_end_of_the_period_and_a_plain_how_much_keeps_the_cost() -> None:
    assert "31 Juli 2026" in first("sampai kapan?", "ext18-06")
    assert "Rp202.500" in first("naik daya dari 900 ke 2200 brp?", "ext20-02")
    assert "Rp750.000" in first("mau nyambung air baru ke rumah, ongkosnya brp skrg?", "ext15-02")
