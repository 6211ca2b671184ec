"""Train the asked-slot model (bot/offline/asked_model.py) and write bot/resources/asked/slot_model.npz.

Run from the repository root: .venv/bin/python scripts/train_asked_model.py [--out PATH]

It learns the first annotated slot of every question in tests/data/quality/questions_round*.yaml and in the
extra drafts' `questions:` (the loader keeps tune and extra drafts only, never a held-out id), with the
settings leave-one-file-out measured (bot/offline/asked_model.py). Deterministic: the same data,
the same bytes. The file records the SHA-256 of its weights (checked when loaded).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.questions_groups import READ_AS, groups  # noqa: E402
from bot.core.triage_model import fit_softmax  # noqa: E402
from bot.offline.asked import normalise  # noqa: E402
from bot.offline.asked_model import MODEL_PATH, features, weights_hash  # noqa: E402

#: Annotated slot names the answer code reads under another name.
NAMES = {**READ_AS, "price": "cost"}
L2 = 1e-3
STEPS = 200
CLASS_POWER = 0.5


def examples() -> list[tuple[str, str]]:
    out = []
    for items in groups().values():
        for item in items:
            slots = [*(slot for slot, _ in item.answers), *item.missing]
            if slots:
                out.append((normalise(item.text), NAMES.get(slots[0], slots[0])))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    rows = examples()
    slots = sorted({slot for _, slot in rows})
    y = np.array([slots.index(slot) for _, slot in rows])
    weights = fit_softmax(features([text for text, _ in rows]), y, len(slots), l2=L2, steps=STEPS,
                          class_power=CLASS_POWER).astype(np.float16)
    np.savez_compressed(args.out, weights=weights, slots=np.array(slots), sha256=np.array(weights_hash(weights)))
    print(f"{args.out}: {len(rows)} questions, slots {', '.join(slots)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
