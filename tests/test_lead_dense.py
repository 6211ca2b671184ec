"""The dense lead benchmark's pairwise rows (benchmarks/lead_dense.py, round 17l): balanced classes, each row the
difference of the annotated lead and another candidate, signed by its label."""

from __future__ import annotations

import numpy as np

from benchmarks import quality_metrics as qm
from benchmarks.lead_dense import NEGATIVE, POSITIVE, DenseSettings, Prepared, dense_rows, pair_rows
from benchmarks.reading_groups import Case, _Recorder
from bot.core.reading.extract import read_with
from bot.core.reading.model_features import candidates

DRAFT = """MATARAM – Dinas Kesehatan membuka layanan pemeriksaan mata gratis bagi lansia mulai Senin (7/12/2026) di
seluruh puskesmas. Warga cukup membawa KTP. Selain itu, kacamata baca dibagikan gratis kepada warga yang
membutuhkan. Pendaftaran dapat dilakukan di loket puskesmas. Informasi lebih lanjut hubungi 0812-3456-7890."""


def _prepared(flag_at: int) -> Prepared:
    recorder = _Recorder()
    read_with(DRAFT, recorder)
    reading = recorder.lead
    assert reading is not None
    pool = candidates(reading, 8)
    assert len(pool) >= 3
    draft = qm.Draft.__new__(qm.Draft)
    case = Case("g", draft, DRAFT, lead_reading=reading)
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(len(pool), 384))
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    return Prepared(case, pool, tuple(i == flag_at for i in range(len(pool))), emb)


def test_pair_rows_are_balanced_differences_signed_by_their_label() -> None:
    p = _prepared(1)
    s = DenseSettings(emb_weight=1.0)
    protos = np.eye(len(POSITIVE) + len(NEGATIVE), 384)
    mean, scale = np.zeros(384), np.ones(384)
    x, y, owner = pair_rows([p], protos, mean, scale, s)
    rows = dense_rows(p, protos, mean, scale, s)
    others = [j for j in range(len(p.pool)) if j != 1]
    assert len(y) == len(others) and set(owner) == {0}
    assert abs(int(y.sum()) - len(y) / 2) <= 0.5
    for k, j in enumerate(others):
        expected = rows[1] - rows[j] if y[k] == 1 else rows[j] - rows[1]
        assert np.allclose(x[k], expected)


def test_a_draft_without_an_annotated_candidate_gives_no_rows() -> None:
    p = _prepared(99)
    protos = np.eye(len(POSITIVE) + len(NEGATIVE), 384)
    with np.testing.assert_raises(ValueError):
        pair_rows([p], protos, np.zeros(384), np.ones(384), DenseSettings())
