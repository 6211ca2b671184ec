"""Train the reading model (bot/core/reading/reading_model.py) and write bot/resources/reading/model.npz.

Run from the repository root:
    .venv/bin/python scripts/train_reading_model.py [--out PATH] [--set key=value,...]

It learns from the tune drafts (split.json "tune") and every draft of tests/data/quality/drafts_extra, never
a held-out test id, with the shipped settings (`reading_model.SHIPPED`, the parts `python -m
benchmarks.reading_groups` adopted; `--set` overrides them, for an experiment written elsewhere with
`--out`). When no part is adopted it writes nothing and removes a stale shipped file: the rules alone read.
The file records the id, path and SHA-256 of every draft it learned from (tests/test_reading_model.py fails
when one of them is edited or removed: retrain then). Training is deterministic: the same data, the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reading_groups import examples, load_cases, parse_settings  # noqa: E402
from bot.core.reading.reading_model import MODEL_FILE, SHIPPED, save, train  # noqa: E402

SHIPPED_FILE = ROOT / "bot" / "resources" / "reading" / MODEL_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=SHIPPED_FILE)
    parser.add_argument("--set", default="", help="settings over the shipped ones: key=value,...")
    args = parser.parse_args(argv)
    settings = parse_settings(args.set, SHIPPED) if args.set else SHIPPED
    if not (settings.use_kind or settings.use_lead):
        if args.out == SHIPPED_FILE:
            args.out.unlink(missing_ok=True)
        print("no part of the reading model is adopted: nothing written, the rules alone read drafts")
        return 0
    cases = load_cases()
    kinds, leads = examples(cases)
    drafts = {c.draft.id: {"path": c.draft.path.relative_to(ROOT).as_posix(),
                           "sha256": hashlib.sha256(c.draft.path.read_bytes()).hexdigest()} for c in cases}
    save(train(kinds, leads, settings, meta={"drafts": drafts}), args.out)
    print(f"{args.out}: trained on {len(drafts)} drafts ({len(kinds)} kind, {len(leads)} lead examples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
