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
from functools import lru_cache
from typing import ClassVar

import numpy as np

from bot.core.classify import PRIORITY, classify_comment, find_signals
from bot.core.models import CommentKind
from bot.core.triage_ads import GAMBLING_LOANS, LINK, SALES
from bot.core.triage_features import BUCKETS, ngram_matrix
from bot.core.triage_rules import ADDRESS, CAMPAIGN, FREE_SERVICE, INJECTION, NIK, PHONE, PUNGLI

KINDS: tuple[CommentKind, ...] = ("question", "complaint", "hoax", "praise", "abuse", "spam", "political",
                                  "personal_data", "other")
#: Bump when the features or the training change: old caches are then ignored.
#: 12: a spoken loan ad ("pinjem online") and regional thanks are signals (round 26); 11: a bribe said without the
#: word and "gacor77" are sure signals (round 25); 10: an order for every answer and a loan app are sure signals
#: (round 24); 9: the complaint head alone decides (19t); 8: a complaint escalation head (16t); 7: no "link" on an
#: e-mail (15f)
MODEL_VERSION = "triage-lr-30"
#: History of the settings (the defaults of `ModelSettings`). 5-fold CV on tune, kind accuracy / macro-F1
#: without the sure rules: embedding + signals 0.808 / 0.803; + n-grams at 0.5/0.5 0.815 / 0.809; 0.7/0.7
#: 0.808 / 0.811; n-grams alone without the embedding far worse, 0.63. Round 2 (`python -m
#: benchmarks.triage_cv`, the full triage, 632 extra comments): L2 of the kind model 1e-3 -> 3e-4 0.846 /
#: 0.847 -> 0.853 / 0.857 (1e-4: 0.850 / 0.854; 3e-3: 0.815), the escalation model kept at 1e-3 (escalation
#: 0.893; at 3e-4 0.886). No gain from: signal weight 0.05 or 0.3, embedding weight 0.8 or 1.3, n-grams
#: 0.7/0.7, class weights (n/count)^0.5. Round 3 (943 extra comments; CV on tune / the fresh set): without
#: the neighbour vote 0.846 / 0.849, fresh 0.894 / 0.897; share 0.2 of a 10-neighbour vote weighted
#: exp(cosine / 0.05) 0.857 / 0.861, fresh 0.931 / 0.932; share 0.3 0.862 / 0.864, fresh 0.931 / 0.932; 0.4
#: 0.859 / 0.865; 20 neighbours at 0.2 0.857 / 0.860; exp(cosine / 0.1) at 0.3 0.857 / 0.862. The escalation
#: model is trained with balanced class weights (one comment in five escalates), which pushes its
#: probabilities up: a comment escalates from 0.6 (CV escalation 0.888 -> 0.893; 0.7 the same).
#: Round 8a (`python -m benchmarks.triage_groups`: each of our five comment sets classified by a triage trained
#: on the other four; kind accuracy / macro-F1 / escalation over all 2,006 comments): round 7's settings
#: (n-grams 0.5 / 0.5, L2 3e-4) 0.876 / 0.883 / 0.918; n-grams 1.0 0.883 / 0.890 / 0.929; n-grams 1.5 and L2
#: 1e-4 0.898 / 0.904 / 0.939 (2.0 and 1e-4: 0.901 / 0.907 / 0.939). The n-grams, weighted up, are less
#: penalised: the words a citizen types carry over to a set written apart better than the embedding's
#: neighbourhoods do. No gain from: the vote at share 0.2 or 0.5, k 5 / 20 / 30, the vote alone (0.808),
#: class weights ^0 or ^0.5, no rule signals, escalation from 0.7 or 0.8, escalation L2 3e-3 or 3e-4, the
#: words at the comment's edges as a third n-gram family; the embedding alone (0.854) or without the
#: n-grams (0.866) is worse.


@dataclass(frozen=True)
class ModelSettings:
    """Feature weights and training settings (the defaults are the shipped model's)."""

    embed_weight: float = 1.0
    signal_weight: float = 0.1
    word_weight: float = 1.5
    char_weight: float = 1.5
    l2: float = 1e-4
    esc_l2: float = 1e-3
    steps: int = 300
    #: Class weights (n / count) ** class_power: 1 balanced, 0 none.
    class_power: float = 1.0
    knn_share: float = 0.3
    knn_k: int = 10
    knn_temp: float = 0.05
    esc_threshold: float = 0.6
    #: Share of the neighbours' escalations in the escalation probability (0: the logistic model alone). Round
    #: 16t: 0.3 lowered the fresh set's escalation 90.3 -> 85.4 % (a hazard report's nearest comments are mostly
    #: ordinary complaints) while 15a rose 93.6 -> 95.5: not shipped.
    esc_knn_share: float = 0.0
    #: A comment filed a complaint also escalates when the complaint head (an escalation model trained on the
    #: complaints alone) gives this much. Round 16t (trained on the shipped corpora; fresh 16t / 15a / 15f late
    #: / 14d late escalation): without the head 90.3 / 93.6 / 88.7 / 92.0 %, with it at 0.5 92.2 / 94.5 / 88.7 /
    #: 92.0 %; the head alone at 0.5 89.3 / 95.5 / 87.1 / 92.0 %.
    complaint_esc_threshold: float = 0.5
    #: The complaint head alone decides a complaint's escalation (else: the head or the all-kinds model). Round
    #: 19t, per blind batch 12c / 14a / 15a / 16s / 17s / 18s (escalation errors): head or model 6 / 7 / 8 / 8 /
    #: 12 / 10, head alone 8 / 6 / 5 / 7 / 10 / 9; late 16t / 17t / 18t 0 / 2 / 3 -> 0 / 2 / 2. The all-kinds
    #: model learned hoaxes and threats: an ordinary complaint with a child, a sickness or a loss in it rose above
    #: 0.6 there (18 over-escalated complaints in five batches). A hoax head alone (tried, same way): 17s +2,
    #: 14a / 15a / 18s -1 each: not shipped.
    complaint_head_only: bool = True

    def key(self) -> str:
        return "|".join(str(v) for v in (MODEL_VERSION, *self.__dict__.values(), BUCKETS))


#: The shipped model's settings (see the history above and docs/quality.md).
DEFAULT = ModelSettings()
SETTINGS = DEFAULT.key()

_EXTRA = {"injection": INJECTION, "gambling": GAMBLING_LOANS, "link": LINK, "sales": SALES, "campaign": CAMPAIGN,
          "pungli": PUNGLI, "free": FREE_SERVICE, "nik": NIK, "phone": PHONE, "address": ADDRESS}


@dataclass(frozen=True)
class Example:
    text: str
    kind: CommentKind
    escalate: bool


@lru_cache(maxsize=4096)
def signal_features(text: str) -> np.ndarray:
    """One 0/1 feature per rule group (and per sure-rule pattern), plus the first-match kind."""
    found = find_signals(text)
    low = text.lower()
    vec = [1.0 if found.get(g) else 0.0 for g in PRIORITY]
    vec += [1.0 if pattern.search(low) else 0.0 for pattern in _EXTRA.values()]
    first = classify_comment(text).kind
    vec += [1.0 if first == k else 0.0 for k in KINDS]
    out = np.asarray(vec, dtype=np.float64)
    out.flags.writeable = False  # memoised: shared by every caller
    return out


def design(vectors: np.ndarray, texts: Sequence[str], mean: np.ndarray, scale: np.ndarray,
           settings: ModelSettings = DEFAULT) -> np.ndarray:
    """The feature matrix (float32): embedding, signals, n-grams, bias."""
    unit = (vectors - mean) / scale / np.sqrt(vectors.shape[1]) * settings.embed_weight
    signals = np.stack([signal_features(t) for t in texts]) * settings.signal_weight
    grams = ngram_matrix(list(texts), settings.word_weight, settings.char_weight)
    return np.hstack([unit.astype(np.float32), signals.astype(np.float32), grams,
                      np.ones((len(texts), 1), dtype=np.float32)])


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def top_eigenvalue(gram: np.ndarray, tolerance: float = 1e-12, max_steps: int = 10_000) -> float:
    """The largest eigenvalue of a symmetric positive semi-definite matrix, by power iteration from a fixed start
    (deterministic). Only the step size needs it: a full eigendecomposition of a comments x comments Gram matrix
    (`np.linalg.eigvalsh`, cubic in the corpus) took a minute of a two-minute training; this takes a few
    matrix-vector products."""
    n = gram.shape[0]
    if n == 0:
        return 0.0
    v = np.full(n, 1.0 / np.sqrt(n))
    value = 0.0
    for _ in range(max_steps):
        w = gram @ v
        norm = float(np.linalg.norm(w))
        if norm == 0.0:
            return 0.0
        new = float(v @ w)
        v = w / norm
        if abs(new - value) <= tolerance * abs(new):
            return new
        value = new
    return value


def fit_softmax(x: np.ndarray, y: np.ndarray, n_classes: int, *, l2: float = DEFAULT.l2, steps: int = DEFAULT.steps,
                class_power: float = 1.0, gram: np.ndarray | None = None) -> np.ndarray:
    """Weights (features x classes) of a class-weighted, L2-penalised multinomial logistic regression
    (`gram`: x @ x.T when the caller has it already)."""
    n = x.shape[0]
    gram = (x @ x.T).astype(np.float64) if gram is None else gram
    onehot = np.eye(n_classes)[y]
    counts = np.bincount(y, minlength=n_classes).astype(np.float64)
    weight = ((n / (n_classes * np.maximum(counts, 1.0))) ** class_power)[y][:, None]
    # A step of 1/L, L bounding the curvature of the weighted softmax loss plus the penalty.
    lr = 1.0 / (0.5 * float(weight.max()) * top_eigenvalue(gram) / n + l2)
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


def neighbour_vote(queries: np.ndarray, neighbours: np.ndarray, labels: np.ndarray, k: int = DEFAULT.knn_k,
                   temp: float = DEFAULT.knn_temp, n_classes: int = len(KINDS)) -> np.ndarray:
    """Kind distribution of each query from its `k` most similar training comments (cosine on the
    standardised embedding), each weighted exp(similarity / `temp`) relative to the closest one."""
    # In the neighbours' own dtype (float32): a mixed-dtype product copies the whole matrix on every call.
    # einsum, not BLAS: for one comment this is a small matrix-vector product, and OpenBLAS hands it to its
    # threads while the embedder's OpenMP threads still spin after the embedding; on two cores that wait
    # cost 10-15 ms (p95 50-75 ms under load) against 0.4 ms (p95 2-4 ms) computed in one thread.
    sims = np.einsum("ij,kj->ik", unit_rows(queries).astype(neighbours.dtype), neighbours).astype(np.float64)
    k = min(k, sims.shape[1])
    top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    near = np.take_along_axis(sims, top, axis=1)
    w = np.exp((near - near.max(axis=1, keepdims=True)) / temp)
    out = np.zeros((len(queries), n_classes))
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
    escalates: np.ndarray
    complaint_esc_w: np.ndarray
    settings: ModelSettings = DEFAULT

    ARRAYS: ClassVar[tuple[str, ...]] = ("mean", "scale", "kind_w", "esc_w", "neighbours", "labels", "escalates",
                                         "complaint_esc_w")

    def features(self, vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        return design(vectors, texts, self.mean, self.scale, self.settings)

    def predict(self, x: np.ndarray) -> tuple[list[CommentKind], list[float], list[bool]]:
        s = self.settings
        p = softmax(x.astype(np.float64) @ self.kind_w)
        if s.knn_share > 0 and len(self.labels):
            # The design's first columns are the standardised embedding: the vote's space.
            vote = neighbour_vote(x[:, :self.mean.shape[0]].astype(np.float64), self.neighbours, self.labels,
                                  s.knn_k, s.knn_temp)
            p = (1.0 - s.knn_share) * p + s.knn_share * vote
        e = softmax(x.astype(np.float64) @ self.esc_w)[:, 1]
        if s.esc_knn_share > 0 and len(self.escalates):
            # What the nearest labelled comments mean decides with the model: a report of a hazard sits among
            # escalated reports whatever its words ("erupsi", "lahar", "banyu naik").
            near = neighbour_vote(x[:, :self.mean.shape[0]].astype(np.float64), self.neighbours, self.escalates,
                                  s.knn_k, s.knn_temp, n_classes=2)[:, 1]
            e = (1.0 - s.esc_knn_share) * e + s.esc_knn_share * near
        kinds = [KINDS[int(i)] for i in p.argmax(axis=1)]
        escalate = [bool(v >= s.esc_threshold) for v in e]
        if self.complaint_esc_w.size:
            # Among complaints, what needs coordination is rarer and of its own kind (a hazard, a levy): the head
            # trained on them alone hears a lahar or a leaning pole the all-kinds model averages away.
            c = softmax(x.astype(np.float64) @ self.complaint_esc_w)[:, 1]
            head = [bool(v >= s.complaint_esc_threshold) for v in c]
            escalate = [(h if s.complaint_head_only else esc or h) if kind == "complaint" else esc
                        for esc, kind, h in zip(escalate, kinds, head, strict=True)]
        return kinds, [float(v) for v in p.max(axis=1)], escalate

    def arrays(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in self.ARRAYS}


def train(vectors: np.ndarray, examples: Sequence[Example], settings: ModelSettings = DEFAULT) -> TriageModel:
    """Both models (kind, escalation) on the embeddings and texts of `examples`."""
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    x = design(vectors, [e.text for e in examples], mean, scale, settings)
    y = np.asarray([KINDS.index(e.kind) for e in examples])
    esc = np.asarray([int(e.escalate) for e in examples])
    gram = (x @ x.T).astype(np.float64)
    kind_w = fit_softmax(x, y, len(KINDS), l2=settings.l2, steps=settings.steps, class_power=settings.class_power,
                         gram=gram)
    # The escalation model keeps balanced weights: its threshold is set for them.
    esc_w = fit_softmax(x, esc, 2, l2=settings.esc_l2, steps=settings.steps, gram=gram)

    def head(kind: CommentKind) -> np.ndarray:
        """An escalation model trained on the comments of one kind alone (empty when all agree)."""
        rows = y == KINDS.index(kind)
        if not 0 < int(esc[rows].sum()) < int(rows.sum()):
            return np.zeros((0, 2))
        return fit_softmax(x[rows], esc[rows], 2, l2=settings.esc_l2, steps=settings.steps,
                           gram=gram[np.ix_(rows, rows)])

    return TriageModel(mean=mean, scale=scale, kind_w=kind_w, esc_w=esc_w,
                       neighbours=unit_rows((vectors - mean) / scale).astype(np.float32), labels=y,
                       escalates=esc, complaint_esc_w=head("complaint"), settings=settings)
