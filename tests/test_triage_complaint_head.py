"""Round 19t: the complaint head alone decides a complaint's escalation. The all-kinds escalation model learned
hoaxes and threats, and lifted ordinary complaints that name a child, a sickness or a loss above its threshold;
the head, trained on complaints alone, knows which complaints need coordination. Other kinds keep the all-kinds
model."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from bot.core.triage_model import DEFAULT, KINDS, TriageModel, unit_rows

#: The all-kinds model escalates everything along the first embedding axis.
GENERAL = np.array([[0.0, 4.0], [4.0, 0.0], [0.0, 0.0]])
#: The complaint head escalates only along the second axis.
HEAD = np.array([[4.0, 0.0], [0.0, 4.0], [0.0, 0.0]])


def model(kind: str, head_only: bool) -> TriageModel:
    neighbours = unit_rows(np.array([[1.0, 0.0], [0.0, 1.0]])).astype(np.float32)
    return TriageModel(mean=np.zeros(2), scale=np.ones(2), kind_w=np.zeros((3, len(KINDS))), esc_w=GENERAL,
                       neighbours=neighbours, labels=np.full(2, KINDS.index(kind)), escalates=np.array([0, 0]),
                       complaint_esc_w=HEAD, settings=dataclasses.replace(DEFAULT, complaint_head_only=head_only))


def test_the_shipped_model_lets_the_head_decide() -> None:
    assert DEFAULT.complaint_head_only


@pytest.mark.parametrize(("point", "escalates"), [((1.0, 0.0), False), ((0.9, 0.1), False), ((0.0, 1.0), True),
                                                 ((0.6, 0.8), True)])
def test_a_complaint_escalates_only_when_the_head_says_so(point: tuple[float, float], escalates: bool) -> None:
    kinds, _, escalate = model("complaint", True).predict(np.array([[*point, 1.0]]))
    assert kinds == ["complaint"] and escalate == [escalates]


def test_without_head_only_either_model_escalates_a_complaint() -> None:
    _, _, escalate = model("complaint", False).predict(np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]]))
    assert escalate == [True, True]


@pytest.mark.parametrize("kind", ["hoax", "political", "abuse"])
def test_other_kinds_keep_the_all_kinds_model(kind: str) -> None:
    kinds, _, escalate = model(kind, True).predict(np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]]))
    assert kinds == [kind, kind] and escalate == [True, False]
