"""Round 10 of issue 11: the triage on comments written apart (tests/data/quality/comments_round10.jsonl).

Measured unseen first: kind 96.4 %, macro-F1 0.96, escalation 91.5 %. The one class of the escalation
errors the rules own: personal data about someone else (a number "nomor ortunya", a named person's home
"rumahnya di belakang masjid") was read as the commenter's own contact and not escalated. The set then
joined the training corpus (extra.jsonl).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.triage import load_corpus, shipped_corpora
from bot.core.triage_rules import personal_data_escalates

ROUND10 = Path(__file__).resolve().parent / "data" / "quality" / "comments_round10.jsonl"


def round10() -> list[dict[str, object]]:
    return [json.loads(line) for line in ROUND10.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_round10_set_covers_every_kind_and_joined_training() -> None:
    rows = round10()
    assert len(rows) >= 150
    assert len({r["id"] for r in rows}) == len(rows)
    assert {str(r["kind"]) for r in rows} == {"question", "complaint", "hoax", "praise", "abuse", "spam",
                                               "political", "personal_data", "other"}
    extra = {e.text for e in load_corpus(shipped_corpora()[1])}
    assert all(str(r["text"]) in extra for r in rows)


@pytest.mark.parametrize(
    ("text", "escalates"),
    [
        ("murid kelas 5 namanya Bima sering dipukul kakak kelas. nomor ortunya 0852-7777-1212", True),
        ("ini nomor hp penagih yg neror warga 0813-4455-1200, rumahnya di samping pos ronda", True),
        ("nomornya 0812-3434-5656, dia yg jual kupon bansos palsu", True),
        ("wa sy 0857-1111-2323 min, mau daftar pelatihan", False),
        ("hp sy hilang di pasar, yg nemu tolong hubungi nomor istri sy 0813-9988-0000", False),
        ("tolong telpon balik ke 0811-2233-4455, sy mau tanya soal PBB", False),
    ],
)
def test_someone_elses_contact_escalates_the_commenters_own_does_not(text: str, escalates: bool) -> None:
    assert personal_data_escalates(text) is escalates


def test_every_round10_personal_data_escalation_the_rules_decide_matches_its_label() -> None:
    """On personal data, the rules decide the escalation; they agree with the round's labels except where
    the labels weigh what a number is for (a customer number or a plate the commenter asks about)."""
    rows = [r for r in round10() if r["kind"] == "personal_data"]
    wrong = [r["id"] for r in rows if personal_data_escalates(str(r["text"])) is not r["escalate"]]
    assert len(wrong) <= 2, wrong
