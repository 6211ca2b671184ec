"""Round 27 of issue 11, comments and the triage's training: a missing child and a weapon held ready escalate
(texts of our own); the step size of training needs only the largest eigenvalue of the Gram matrix."""

from __future__ import annotations

import numpy as np

from bot.core.classify import classify_comment
from bot.core.triage_model import top_eigenvalue


def test_the_largest_eigenvalue_by_power_iteration_is_numpys() -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((120, 30))
    gram = np.hstack([x, np.ones((120, 1))]) @ np.hstack([x, np.ones((120, 1))]).T
    assert abs(top_eigenvalue(gram) - float(np.linalg.eigvalsh(gram)[-1])) <= 1e-9 * float(np.linalg.eigvalsh(gram)[-1])
    assert top_eigenvalue(np.zeros((3, 3))) == 0.0 and top_eigenvalue(np.zeros((0, 0))) == 0.0


def test_a_missing_child_escalates_and_a_lost_card_does_not() -> None:
    missing = classify_comment("anak sy ilang dari jam 3 sore di dekat pasar, baju merah, tolong dibantu cari")
    assert missing.escalate
    assert not classify_comment("KTP anak sy hilang, cara bikin baru gmn?").escalate


def test_a_threat_said_with_a_weapon_ready_escalates() -> None:
    threat = classify_comment("awas ko kalau lewat sini, tong tunggu ko di jalan. parang su siap")
    assert threat.kind == "abuse" and threat.escalate
