"""Round 28 of issue 11, comments: a child not home yet escalates however "belum" is spelled ("blm", "belom"),
and a card not done yet does not (texts of our own)."""

from __future__ import annotations

from bot.core.classify import classify_comment
from bot.core.triage_rules import must_escalate


def test_a_child_not_home_escalates_in_chat_spelling() -> None:
    for text in ("gmn cara lapor min? adek sy 14th blm pulang dr kemarin sore, hp gak aktif",
                 "tolong bantu cari, anak kami belom pulang sejak magrib"):
        assert classify_comment(text).escalate, text
    assert not classify_comment("KTP adek sy blm jadi dari bulan lalu, kapan ya?").escalate


def test_a_missing_person_escalates_whatever_kind_the_model_reads() -> None:
    text = "gmn cara lapor min? adek sy 14th blm pulang dr kemarin sore, hp gak aktif"
    for kind in ("question", "complaint", "other"):
        assert must_escalate(text, kind) is not None, kind
    assert must_escalate("KTP adek sy blm jadi dari bulan lalu, kapan ya?", "question") is None
