"""The triage's linear model: features of a comment and a logistic regression trained with numpy.

Features, side by side: the standardised embedding (E5 vectors all lie close together: centring them
is what lets a linear model separate the kinds), the rule classifier's signals, hashed word and
character n-grams of the normalised text (`triage_features`), and a bias column.

Training is multinomial logistic regression with an L2 penalty and inverse-frequency class weights
(rare kinds are not drowned by questions), by Nesterov-accelerated gradient descent from zeros:
deterministic. There are far more features (~17k) than comments (~1,100), so the descent runs in the
span of the training rows (weights = X^T A, the same iterates as in the feature space) on the
comments' Gram matrix, and the weights are formed once at the end.

The kind probabilities are blended with a nearest-neighbour vote on the same standardised embedding
(`neighbour_vote`): comments written like one the team labelled pull toward its kind, which the linear
model, pulled by thousands of n-gram weights, can miss.

Settings were chosen by 5-fold cross-validation on the tune comments only (the extra comments always
in training, never scored); see docs/quality.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.core.classify import PRIORITY, classify_comment, find_signals
from bot.core.models import CommentKind
from bot.core.triage_features import BUCKETS, ngram_matrix
from bot.core.triage_rules import (
    ADDRESS,
    CAMPAIGN,
    FREE_SERVICE,
    GAMBLING_LOANS,
    INJECTION,
    LINK,
    NIK,
    PHONE,
    PUNGLI,
    SALES,
)

KINDS: tuple[CommentKind, ...] = ("question", "complaint", "hoax", "praise", "abuse", "spam", "political",
                                  "personal_data", "other")
#: Bump when the features or the training change: old caches are then ignored.
MODEL_VERSION = "triage-lr-5"
#: Feature weights and training settings (5-fold CV on tune, kind accuracy / macro-F1 without the sure
#: rules: embedding + signals 0.808 / 0.803; + n-grams at 0.5/0.5 0.815 / 0.809; 0.7/0.7 0.808 / 0.811;
#: n-grams alone without the embedding far worse, 0.63). Round 2 (`python -m benchmarks.triage_cv`, the
#: full triage, 632 extra comments): L2 of the kind model 1e-3 -> 3e-4 0.846 / 0.847 -> 0.853 / 0.857 (1e-4:
#: 0.850 / 0.854; 3e-3: 0.815), the escalation model kept at 1e-3 (escalation 0.893; at 3e-4 0.886). No
#: gain from: signal weight 0.05 or 0.3, embedding weight 0.8 or 1.3, n-grams 0.7/0.7, class weights
#: (n/count)^0.5, a 10-nearest-neighbour vote on the embedding mixed into the probabilities (0.3: -0.02;
#: unweighted, before round 3's data).
EMBED_WEIGHT = 1.0
SIGNAL_WEIGHT = 0.1
WORD_WEIGHT = 0.5
CHAR_WEIGHT = 0.5
L2 = 3e-4
ESC_L2 = 1e-3
STEPS = 300
#: The nearest-neighbour vote blended into the linear model's kind probabilities. Round 3 (943 extra
#: comments, no question override; `benchmarks.triage_cv`, CV on tune / the fresh set, accuracy / macro-F1):
#: without the vote 0.846 / 0.849, fresh 0.894 / 0.897 (887 extra); share 0.2 of a 10-neighbour vote weighted
#: exp(cosine / 0.05) 0.857 / 0.861, fresh 0.931 / 0.932; share 0.3 0.862 / 0.864, fresh 0.931 / 0.932;
#: 0.4 0.859 / 0.865, fresh 0.925 / 0.928; 20 neighbours at 0.2 0.857 / 0.860; exp(cosine / 0.1) at 0.3
#: 0.857 / 0.862, fresh 0.919 / 0.919.
KNN_SHARE = 0.3
KNN_K = 10
KNN_TEMP = 0.05
#: The escalation model is trained with balanced class weights (one comment in five escalates), which
#: pushes its probabilities up: a comment escalates from 0.6 (CV escalation 0.888 -> 0.893, fresh 0.944 ->
#: 0.963; 0.7 the same).
ESC_THRESHOLD = 0.6
SETTINGS = (f"{MODEL_VERSION}|{EMBED_WEIGHT}|{SIGNAL_WEIGHT}|{WORD_WEIGHT}|{CHAR_WEIGHT}|{L2}|{ESC_L2}|{STEPS}"
            f"|{BUCKETS}|{KNN_SHARE}|{KNN_K}|{KNN_TEMP}|{ESC_THRESHOLD}")

_EXTRA = {"injection": INJECTION, "gambling": GAMBLING_LOANS, "link": LINK, "sales": SALES, "campaign": CAMPAIGN,
          "pungli": PUNGLI, "free": FREE_SERVICE, "nik": NIK, "phone": PHONE, "address": ADDRESS}


@dataclass(frozen=True)
class Example:
    text: str
    kind: CommentKind
    escalate: bool


def signal_features(text: str) -> np.ndarray:
    """One 0/1 feature per rule group (and per sure-rule pattern), plus the first-match kind."""
    found = find_signals(text)
    low = text.lower()
    vec = [1.0 if found.get(g) else 0.0 for g in PRIORITY]
    vec += [1.0 if pattern.search(low) else 0.0 for pattern in _EXTRA.values()]
    first = classify_comment(text).kind
    vec += [1.0 if first == k else 0.0 for k in KINDS]
    return np.asarray(vec, dtype=np.float64)


def design(vectors: np.ndarray, texts: Sequence[str], mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """The feature matrix (float32): embedding, signals, n-grams, bias."""
    unit = (vectors - mean) / scale / np.sqrt(vectors.shape[1]) * EMBED_WEIGHT
    signals = np.stack([signal_features(t) for t in texts]) * SIGNAL_WEIGHT
    grams = ngram_matrix(list(texts), WORD_WEIGHT, CHAR_WEIGHT)
    return np.hstack([unit.astype(np.float32), signals.astype(np.float32), grams,
                      np.ones((len(texts), 1), dtype=np.float32)])


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def fit_softmax(x: np.ndarray, y: np.ndarray, n_classes: int, *, l2: float = L2, steps: int = STEPS) -> np.ndarray:
    """Weights (features x classes) of a class-weighted, L2-penalised multinomial logistic regression."""
    n = x.shape[0]
    gram = (x @ x.T).astype(np.float64)
    onehot = np.eye(n_classes)[y]
    counts = np.bincount(y, minlength=n_classes).astype(np.float64)
    weight = (n / (n_classes * np.maximum(counts, 1.0)))[y][:, None]
    # A step of 1/L, L bounding the curvature of the weighted softmax loss plus the penalty.
    lr = 1.0 / (0.5 * float(weight.max()) * float(np.linalg.eigvalsh(gram)[-1]) / n + l2)
    a = np.zeros((n, n_classes))
    z = a.copy()
    t = 1.0
    for _ in range(steps):
        grad = (softmax(gram @ z) - onehot) * weight / n + l2 * z
        a_next = z - lr * grad
        t_next = (1.0 + np.sqrt(1.0 + 4.0 * t * t)) / 2.0
        z = a_next + (t - 1.0) / t_next * (a_next - a)
        a, t = a_next, t_next
    return np.asarray(x.T.astype(np.float64) @ a)


def unit_rows(m: np.ndarray) -> np.ndarray:
    return np.asarray(m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12))


def neighbour_vote(queries: np.ndarray, neighbours: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Kind distribution of each query from its `KNN_K` most similar training comments (cosine on the
    standardised embedding), each weighted exp(similarity / `KNN_TEMP`) relative to the closest one."""
    # In the neighbours' own dtype (float32): a mixed-dtype product copies the whole matrix on every call.
    # einsum, not BLAS: for one comment this is a small matrix-vector product, and OpenBLAS hands it to its
    # threads while the embedder's OpenMP threads still spin after the embedding; on two cores that wait
    # cost 10-15 ms (p95 50-75 ms under load) against 0.4 ms (p95 2-4 ms) computed in one thread.
    sims = np.einsum("ij,kj->ik", unit_rows(queries).astype(neighbours.dtype), neighbours).astype(np.float64)
    k = min(KNN_K, sims.shape[1])
    top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    near = np.take_along_axis(sims, top, axis=1)
    w = np.exp((near - near.max(axis=1, keepdims=True)) / KNN_TEMP)
    out = np.zeros((len(queries), len(KINDS)))
    for row in range(len(queries)):
        np.add.at(out[row], labels[top[row]], w[row])
    return np.asarray(out / out.sum(axis=1, keepdims=True))


@dataclass
class TriageModel:
    """Kind and escalation weights, and the training comments' unit embeddings and kinds for the vote."""

    mean: np.ndarray
    scale: np.ndarray
    kind_w: np.ndarray
    esc_w: np.ndarray
    neighbours: np.ndarray
    labels: np.ndarray

    def features(self, vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        return design(vectors, texts, self.mean, self.scale)

    def predict(self, x: np.ndarray) -> tuple[list[CommentKind], list[float], list[bool]]:
        p = softmax(x.astype(np.float64) @ self.kind_w)
        if KNN_SHARE > 0 and len(self.labels):
            # The design's first columns are the standardised embedding: the vote's space.
            vote = neighbour_vote(x[:, :self.mean.shape[0]].astype(np.float64), self.neighbours, self.labels)
            p = (1.0 - KNN_SHARE) * p + KNN_SHARE * vote
        e = softmax(x.astype(np.float64) @ self.esc_w)[:, 1]
        kinds = [KINDS[int(i)] for i in p.argmax(axis=1)]
        return kinds, [float(v) for v in p.max(axis=1)], [bool(v >= ESC_THRESHOLD) for v in e]

    def arrays(self) -> dict[str, np.ndarray]:
        return {"mean": self.mean, "scale": self.scale, "kind_w": self.kind_w, "esc_w": self.esc_w,
                "neighbours": self.neighbours, "labels": self.labels}


def train(vectors: np.ndarray, examples: Sequence[Example]) -> TriageModel:
    """Both models (kind, escalation) on the embeddings and texts of `examples`."""
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    x = design(vectors, [e.text for e in examples], mean, scale)
    y = np.asarray([KINDS.index(e.kind) for e in examples])
    esc = np.asarray([int(e.escalate) for e in examples])
    return TriageModel(mean=mean, scale=scale, kind_w=fit_softmax(x, y, len(KINDS)),
                       esc_w=fit_softmax(x, esc, 2, l2=ESC_L2),
                       neighbours=unit_rows((vectors - mean) / scale).astype(np.float32), labels=y)
