"""The extra tune-only drafts (tests/data/quality/drafts_extra/, same format as FORMAT.md) stay sound:
they parse, their ids are new and never in split.json, and every annotated span is verbatim in the body.
Fast: no service, no model."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import quality_metrics as qm

EXTRA = qm.DATA / "drafts_extra"
EXTRA_FILES = sorted(EXTRA.glob("*.md"))
PREFIXES = {"ext", *(f"ext{n}" for n in range(2, 89))}


def _split_ids() -> set[str]:
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    return {i for part in split["drafts"].values() for i in part}


@pytest.mark.parametrize("path", EXTRA_FILES, ids=lambda p: p.stem)
def test_extra_draft_is_sound(path: Path) -> None:
    draft = qm.read_draft(path)
    assert draft.id == path.stem and draft.prefix in PREFIXES
    assert draft.kind in qm.DRAFT_KINDS
    assert isinstance(draft.meta.get("citizen_benefit"), bool)
    assert str(draft.meta.get("style", "")).strip() and str(draft.meta.get("region", "")).strip()
    if draft.citizen_benefit:
        assert isinstance(draft.lead, str) and draft.lead.strip()
    else:
        assert draft.lead is None
    assert set(draft.facts) <= set(qm.SLOTS), f"unknown slots: {set(draft.facts) - set(qm.SLOTS)}"
    assert 300 <= len(draft.body) <= 7000  # long news pieces (800+ words), under the 8,000-character input limit
    assert 2 <= len(draft.questions) <= 3
    for question in draft.questions:
        assert question.text.strip() and question.slot in qm.SLOTS
        values = draft.facts.get(question.slot, [])
        assert any(question.answer in value for value in values), (
            f"answer {question.answer!r} is not in the {question.slot} slot")
    spans = [draft.lead or "", *(s for values in draft.facts.values() for s in values), *draft.must_keep,
             *(str(s) for s in draft.meta.get("ceremony") or []), *(q.answer for q in draft.questions)]
    missing = [s for s in spans if s and s not in draft.body]
    assert not missing, f"spans not verbatim in the body: {missing}"


def test_extra_draft_ids_are_new_unique_and_enough() -> None:
    drafts = qm.load_drafts(EXTRA)
    ids = [d.id for d in drafts]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert not set(ids) & _split_ids(), "an extra draft reuses an id of the split"
    assert not set(ids) & {d.id for d in qm.load_drafts()}
    assert len(drafts) >= 99
    assert sum(not d.citizen_benefit for d in drafts) >= 2


def test_extra_drafts_cover_every_kind() -> None:
    assert {d.kind for d in qm.load_drafts(EXTRA)} == set(qm.DRAFT_KINDS)
