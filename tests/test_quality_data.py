"""The quality data set (tests/data/quality/, FORMAT.md) stays sound, and the quality benchmark's
arithmetic (benchmarks/quality_metrics.py) is right. Fast: no service, no model."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks import quality_metrics as qm

DRAFT_FILES = sorted((qm.DATA / "drafts").glob("*.md"))
COMMENT_FILES = sorted((qm.DATA / "comments").glob("*.jsonl"))
COMMENT_FIELDS = {"id": str, "text": str, "kind": str, "escalate": bool, "topic": str}


def _drafts() -> list[qm.Draft]:
    return [qm.read_draft(p) for p in DRAFT_FILES]


def _comments() -> list[dict[str, Any]]:
    return qm.load_comments()


# --- drafts --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", DRAFT_FILES, ids=lambda p: p.stem)
def test_draft_is_sound(path: Path) -> None:
    draft = qm.read_draft(path)  # the YAML front matter parses
    assert draft.id == path.stem, "id must equal the file name without .md"
    assert draft.prefix in qm.PREFIXES
    assert draft.kind in qm.DRAFT_KINDS
    assert isinstance(draft.meta.get("citizen_benefit"), bool)
    if draft.citizen_benefit:
        assert isinstance(draft.lead, str) and draft.lead.strip(), "a draft with a benefit names its lead"
    else:
        assert draft.lead is None, "lead is null when the draft gives citizens nothing"
    assert set(draft.facts) <= set(qm.SLOTS), f"unknown slots: {set(draft.facts) - set(qm.SLOTS)}"
    assert isinstance(draft.meta.get("must_keep") or [], list)
    assert 300 <= len(draft.body) <= 3000
    for question in draft.questions:
        assert question.text.strip() and question.slot in qm.SLOTS
    spans = [draft.lead or "", *(s for values in draft.facts.values() for s in values), *draft.must_keep,
             *(str(s) for s in draft.meta.get("ceremony") or []), *(q.answer for q in draft.questions)]
    missing = [s for s in spans if s and s not in draft.body]
    assert not missing, f"spans not verbatim in the body: {missing}"


def test_draft_ids_unique_and_enough() -> None:
    drafts = _drafts()
    ids = [d.id for d in drafts]
    assert len(ids) == len(set(ids))
    assert len(drafts) >= 45
    assert sum(len(d.questions) for d in drafts) >= 80
    assert {d.prefix for d in drafts} == set(qm.PREFIXES)


# --- comments ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", COMMENT_FILES, ids=lambda p: p.stem)
def test_comment_lines_are_sound(path: Path) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        where = f"{path.name}:{number}"
        assert isinstance(row, dict), where
        for name, kind in COMMENT_FIELDS.items():
            assert isinstance(row.get(name), kind), f"{where}: field {name} must be {kind.__name__}"
        assert row["id"].startswith(path.stem + "-"), where
        assert row["kind"] in qm.COMMENT_KINDS, f"{where}: kind {row['kind']}"
        assert row["text"].strip(), where


def test_comment_ids_unique_and_enough() -> None:
    comments = _comments()
    ids = [c["id"] for c in comments]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert len(comments) >= 600
    assert {c["kind"] for c in comments} == set(qm.COMMENT_KINDS)


# --- the split -----------------------------------------------------------------------------


@pytest.mark.skipif(not qm.SPLIT_FILE.exists(), reason="no split.json yet")
def test_split_covers_every_id_once() -> None:
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    for part, ids in (("drafts", [d.id for d in _drafts()]), ("comments", [c["id"] for c in _comments()])):
        test, tune = split[part]["test"], split[part]["tune"]
        assert sorted(test + tune) == sorted(ids), f"{part}: the split must list every id exactly once"
        assert 0.25 <= len(test) / len(ids) <= 0.35, f"{part}: test share {len(test) / len(ids):.2f}"
    assert split["seed"] == qm.SEED and split["created"]


def test_stratified_split_share_and_strata() -> None:
    items = [(f"d{i}", "abc"[i % 3] + str(i % 7)) for i in range(100)]
    test = qm.stratified_test(items, 0.3, random.Random(1))
    assert len(test) in (29, 30, 31)
    for stratum in {s for _, s in items}:
        members = [i for i, s in items if s == stratum]
        assert abs(sum(i in test for i in members) - 0.3 * len(members)) <= 1
    assert test == qm.stratified_test(items, 0.3, random.Random(1)), "seeded: the same split every time"


# --- metric helpers ------------------------------------------------------------------------


@pytest.mark.parametrize("span, post", [
    ("Sabtu (14/6/2025)", "Datang ya hari Sabtu, 14 Juni 2025!"),
    ("pukul 08.00 WIB", "Mulai jam 8 pagi."),
    ("biaya Rp50.000 per orang", "Cukup bayar 50 ribu rupiah."),
    ("tidak dipungut biaya", "Gratis untuk semua warga."),
    ("mendaftar melalui wali kelas", "Daftar lewat wali kelas masing-masing."),
])
def test_span_kept_when_reworded(span: str, post: str) -> None:
    assert qm.span_kept(span, post)


@pytest.mark.parametrize("span, post", [
    ("Sabtu (14/6/2025)", "Datang ya hari Minggu, 15 Juni 2025!"),
    ("pukul 08.00 WIB", "Mulai siang hari."),
    ("biaya Rp50.000 per orang", "Cukup bayar 40 ribu rupiah."),
    ("mendaftar melalui wali kelas", "Info lebih lanjut di kantor kelurahan."),
])
def test_span_not_kept(span: str, post: str) -> None:
    assert not qm.span_kept(span, post)


def test_token_overlap_and_slot_counts() -> None:
    assert qm.token_overlap("Gerakan Pangan Murah (GPM)", "Gerakan Pangan Murah") == pytest.approx(6 / 7)
    assert qm.token_overlap("Kecamatan Babat", "Pasar") == 0
    counts = qm.slot_counts(["Puskesmas Malino", "Jakarta"], ["Puskesmas Malino", "Puskesmas Bajeng", "RSUD"])
    assert (counts.tp_pred, counts.n_pred, counts.tp_gold, counts.n_gold) == (1, 2, 2, 3)
    assert counts.precision == 0.5 and counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_macro_f1_accuracy_confusion_on_a_known_example() -> None:
    gold = ["a", "a", "b", "b", "c"]
    pred = ["a", "b", "b", "b", "a"]
    assert qm.accuracy(gold, pred) == pytest.approx(3 / 5)
    per = qm.per_class_f1(gold, pred)
    assert per == pytest.approx({"a": 0.5, "b": 0.8, "c": 0.0})
    assert qm.macro_f1(gold, pred) == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    assert qm.confusion(gold, pred, ["a", "b", "c"]) == [[1, 1, 0], [0, 2, 0], [1, 0, 0]]
    assert qm.binary_pr([True, False, True], [True, True, False]) == (0.5, 0.5, 1, 2, 2)
    assert qm.percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0


def test_a_list_kept_whole_finds_each_annotated_item() -> None:
    """Round 11a: a prediction that joins gold items finds each; a long sentence merely containing them does not."""
    gold = ["Kantor Camat Sungai Kakap", "Kantor Camat Rasau Jaya", "Aula Kantor Bupati Kubu Raya"]
    whole = "Kantor Camat Sungai Kakap, Kantor Camat Rasau Jaya dan Aula Kantor Bupati Kubu Raya"
    counts = qm.slot_counts([whole], gold)
    assert (counts.tp_pred, counts.n_pred, counts.tp_gold, counts.n_gold) == (1, 1, 3, 3)
    strict = qm.slot_counts([whole], gold, lists=False)
    assert strict.tp_gold == 1
    sentence = ("Warga dapat datang ke Kantor Camat Sungai Kakap atau Kantor Camat Rasau Jaya setiap hari kerja "
                "dengan membawa berkas lengkap yang sudah ditandatangani kepala desa setempat sebelum batas waktu")
    assert qm.joined_golds(sentence, gold) == []
    assert qm.joined_golds("Kantor Camat Sungai Kakap", gold) == []
