"""Round 16t: the complaint escalation head, and the neighbours' escalation vote (measured, not shipped: off by
default). The vote: the escalation follows what the nearest labelled comments mean, not a word list. A report of a
hazard ("lahar masuk dusun", "banyu sungai naik", "tebing retak di atas jalan") sits among escalated reports in
the embedding whatever words it uses; the neighbours' escalations are blended into the escalation model's
probability (`ModelSettings.esc_knn_share`)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from bot.core.triage_model import DEFAULT, KINDS, TriageModel, neighbour_vote, unit_rows


def model(share: float, complaint_head: np.ndarray | None = None) -> TriageModel:
    """Two training comments per direction of a 2-d embedding: east escalates, north does not. The escalation
    model itself is undecided (zero weights: 0.5 for every comment)."""
    neighbours = unit_rows(np.array([[1.0, 0.0], [0.95, 0.05], [0.0, 1.0], [0.05, 0.95]])).astype(np.float32)
    dims = 2 + 1
    return TriageModel(mean=np.zeros(2), scale=np.ones(2), kind_w=np.zeros((dims, len(KINDS))),
                       esc_w=np.zeros((dims, 2)), neighbours=neighbours,
                       labels=np.full(4, KINDS.index("complaint")), escalates=np.array([1, 1, 0, 0]),
                       complaint_esc_w=np.zeros((0, 2)) if complaint_head is None else complaint_head,
                       settings=dataclasses.replace(DEFAULT, esc_knn_share=share))


@pytest.mark.parametrize(("point", "escalates"), [((1.0, 0.1), True), ((0.9, -0.2), True), ((0.1, 1.0), False),
                                                 ((-0.1, 0.9), False)])
def test_the_escalation_follows_the_nearest_labelled_comments(point: tuple[float, float], escalates: bool) -> None:
    x = np.array([[*point, 1.0]])
    assert model(0.5).predict(x)[2] == [escalates]


def test_without_the_vote_the_model_alone_decides() -> None:
    x = np.array([[1.0, 0.1, 1.0], [0.1, 1.0, 1.0]])
    assert model(0.0).predict(x)[2] == [False, False]  # 0.5 < the threshold: the undecided model escalates none


def test_the_escalation_vote_has_two_classes() -> None:
    vote = neighbour_vote(np.array([[1.0, 0.0]]), unit_rows(np.array([[1.0, 0.0], [0.0, 1.0]])), np.array([1, 0]),
                          k=2, n_classes=2)
    assert vote.shape == (1, 2) and vote[0, 1] > 0.99


def test_the_complaint_head_escalates_a_complaint_the_general_model_misses() -> None:
    # The head: escalate along the first embedding axis (a hazard), not along the second (an ordinary complaint).
    head = np.array([[0.0, 4.0], [0.0, -4.0], [0.0, 0.0]])
    x = np.array([[1.0, 0.1, 1.0], [0.1, 1.0, 1.0]])
    kinds, _, escalate = model(0.0, head).predict(x)
    assert kinds == ["complaint", "complaint"] and escalate == [True, False]


def test_the_complaint_head_says_nothing_of_other_kinds() -> None:
    head = np.array([[0.0, 4.0], [0.0, 4.0], [0.0, 4.0]])
    m = model(0.0, head)
    m = dataclasses.replace(m, labels=np.full(4, KINDS.index("question")))
    kinds, _, escalate = m.predict(np.array([[1.0, 0.1, 1.0]]))
    assert kinds == ["question"] and escalate == [False]
