"""Export the triage training corpus: the *tune* comments of tests/data/quality (never the held-out test).

Run from the repository root: .venv/bin/python -m benchmarks.triage_corpus
Writes bot/resources/triage/comments.jsonl (shipped with the package); tests/test_triage.py checks that
the file equals exactly the tune part of the data set, so the two cannot drift and nothing held out leaks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import quality_metrics as qm  # noqa: E402

TARGET = ROOT / "bot" / "resources" / "triage" / "comments.jsonl"


def tune_comments() -> list[dict[str, Any]]:
    """The tune comments in split order: id, text, kind, escalate."""
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in qm.load_comments()}
    return [{"id": i, "text": by_id[i]["text"], "kind": by_id[i]["kind"], "escalate": bool(by_id[i]["escalate"])}
            for i in split["comments"]["tune"] if i in by_id]


def render(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    rows = tune_comments()
    TARGET.write_text(render(rows), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(rows)} tune comments")


if __name__ == "__main__":
    main()
