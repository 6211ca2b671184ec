"""The fact lock on one file of good posts: false alarms (good posts failed, with what was called
invented) and planted inventions caught, per post. For a new set measured before any tuning.

    python -m benchmarks.fact_lock tests/data/quality/good_posts_round7.yaml

Only tune and extra drafts are loaded: a post of a held-out draft is refused, never checked.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks import quality_metrics as qm
from benchmarks.reading_diag import tuning_drafts


def tune_and_extra_bodies() -> dict[str, str]:
    """The draft texts a post may be written from: the tune part of the split and the extra drafts."""
    return {draft.id: draft.body for _, draft in tuning_drafts()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("posts", type=Path, help="a YAML file of good posts (tests/data/quality/FORMAT)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    posts = qm.load_good_posts(args.posts)
    bodies = tune_and_extra_bodies()
    unknown = sorted({p.draft_id for p in posts} - set(bodies))
    if unknown:
        raise SystemExit(f"posts of drafts that are neither tune nor extra: {', '.join(unknown)}")
    lock = qm.fact_lock(posts, bodies)
    if args.json:
        print(json.dumps(lock, ensure_ascii=False, indent=1))
        return
    n = lock["posts"]
    print(f"{args.posts.name}: {n} posts")
    print(f"false alarms on good posts: {lock['false_alarms']}/{n} ({100 * lock['false_alarms'] / n:.1f} %)")
    for post, invented in lock["alarm_examples"].items():
        print(f"  {post}: {invented}")
    print(f"planted inventions caught: {lock['caught']}/{n} ({100 * lock['caught'] / n:.1f} %)")
    for missed in lock["missed"]:
        print(f"  missed {missed}")


if __name__ == "__main__":
    main()
