"""The fact lock against numbers changed by machine: in every good post of the given files, each
number of one to three digits in turn is changed by one (7 -> 8, 10 -> 11, 9 -> 8), and the changed
post is checked against its draft. A loosening of the lock shows as fewer changes caught; some
changes cannot be caught (the new number is a fact of the draft too), so compare figures, not 100 %.

    python -m benchmarks.fact_lock_mutations tests/data/quality/good_posts_round13f.yaml ...

Only tune and extra drafts are loaded: a post of a held-out draft is refused, never checked.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from benchmarks import quality_metrics as qm
from benchmarks.fact_lock import tune_and_extra_bodies
from bot.core.fact_check import check_facts

_DIGITS = re.compile(r"(?<![\d.,:/-])\d{1,3}(?![\d]|[.,:/]\d)")


def mutations(post: str) -> list[str]:
    """`post` with each short number changed by one, one change per copy."""
    out = []
    for m in _DIGITS.finditer(post):
        value = int(m.group(0))
        new = value + 1 if len(str(value + 1)) == len(m.group(0)) else value - 1
        out.append(f"{post[: m.start()]}{new:0{len(m.group(0))}d}{post[m.end() :]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("posts", type=Path, nargs="+", help="YAML files of good posts (tests/data/quality/FORMAT)")
    args = parser.parse_args()
    bodies = tune_and_extra_bodies()
    for path in args.posts:
        posts = qm.load_good_posts(path)
        unknown = sorted({p.draft_id for p in posts} - set(bodies))
        if unknown:
            raise SystemExit(f"posts of drafts that are neither tune nor extra: {', '.join(unknown)}")
        total = caught = 0
        for post in posts:
            for changed in mutations(post.post):
                total += 1
                caught += not check_facts(changed, [bodies[post.draft_id]]).ok
        print(f"{path.name}: {caught}/{total} changed numbers caught ({100 * caught / max(total, 1):.1f} %)")


if __name__ == "__main__":
    main()
