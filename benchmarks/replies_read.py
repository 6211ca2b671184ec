"""Replies of the service as shipped to comments under their context drafts, printed for an officer's read
(issue 11, round 12e).

Run from the repository root: .venv/bin/python -m benchmarks.replies_read FILE [--out OUT]

FILE is a YAML file of `pairs`: each an `id`, a `comment`, the gold `kind` and the `draft` (an id of
tests/data/quality/drafts_extra/, never a held-out draft). Each comment goes through `service.reply` with the
draft's body as context, as `humasbot reply --context` does; printed per pair: the gold kind, the service's
kind and escalation, the first suggestion and the cited sources. Nothing is scored: an officer reads it and
marks each reply postable unchanged, after small edits, or not.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import quality_metrics as qm  # noqa: E402
from benchmarks.quality import build  # noqa: E402

EXTRA = qm.DATA / "drafts_extra"


def draft_body(draft_id: str) -> str:
    """The body of an extra draft (only drafts_extra: the held-out drafts are never read)."""
    path = EXTRA / f"{draft_id}.md"
    if not path.exists():
        raise SystemExit(f"{draft_id}: not an extra draft")
    return qm.read_draft(path).body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="write the read here as well")
    parser.add_argument("--data-dir", type=Path, default=None, help="a data folder kept between runs")
    args = parser.parse_args()
    pairs = yaml.safe_load(args.file.read_text(encoding="utf-8"))["pairs"]
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="humasbot-replies-read-"))
    lines: list[str] = []
    try:
        service = build(data_dir)
        service.triage.ready()
        for pair in pairs:
            result = service.reply(pair["comment"], context=draft_body(pair["draft"]))
            lines += [f"## {pair['id']} [{pair['draft'][:8]}] gold {pair['kind']} -> {result.kind}"
                      f"{' (eskalasi)' if result.escalate else ''}",
                      f"> {pair['comment']}",
                      *(f"  {n}. {s}" for n, s in enumerate(result.suggestions[:2], 1)),
                      f"  sources: {', '.join(s.title for s in result.sources) or '-'}", ""]
    finally:
        if args.data_dir is None:
            shutil.rmtree(data_dir, ignore_errors=True)
    text = "\n".join(lines)
    print(text)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
