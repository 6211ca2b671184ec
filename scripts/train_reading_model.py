"""Train the reading model (bot/core/reading/reading_model.py) and write bot/resources/reading/model.npz.

Run from the repository root:
    .venv/bin/python scripts/train_reading_model.py [--out PATH]

It learns from the tune drafts (split.json "tune") and every draft of tests/data/quality/drafts_extra, never
a held-out test id, with the shipped settings (`ReadingSettings()`, chosen by `python -m
benchmarks.reading_groups`). The file records the id and the SHA-256 of every draft it learned from
(tests/test_reading_model.py fails when one of them is edited or removed: retrain then). Training is
deterministic: the same data gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reading_groups import examples, load_cases  # noqa: E402
from bot.core.reading.reading_model import MODEL_FILE, ReadingSettings, save, train  # noqa: E402


def draft_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bot" / "resources" / "reading" / MODEL_FILE)
    args = parser.parse_args(argv)
    cases = load_cases()
    kinds, leads = examples(cases)
    drafts = {c.draft.id: {"path": c.draft.path.relative_to(ROOT).as_posix(), "sha256": draft_hash(c.draft.path)}
              for c in cases}
    model = train(kinds, leads, ReadingSettings(), meta={"drafts": drafts})
    save(model, args.out)
    print(f"{args.out}: trained on {len(drafts)} drafts ({len(kinds)} kind, {len(leads)} lead examples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
