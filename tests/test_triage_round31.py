"""Round 31 of issue 11: every measured blind comment set joins the triage's training data.

Each round's blind set (tests/data/quality/comments_round*.jsonl) is scored unseen once; until round 31 most of
them then stayed out of training, so the model learned nothing from 2,776 comments written apart. Trained on the
sets of rounds 12 to 24, the triage read the six later sets (rounds 25 to 30, never trained on) better: kind
1021 -> 1036 of 1086, escalation 1025 -> 1032 (docs/quality.md, round 31). Now every set joins extra.jsonl after
its unseen run (benchmarks.triage_groups.MEASURED_SETS holds its ids); a text in the held-out part never does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.triage_groups import EXTRA_SETS, MEASURED_SETS
from bot.core.triage import load_corpus, shipped_corpora

DATA = Path(__file__).resolve().parent / "data" / "quality"


def rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def held_out_texts() -> set[str]:
    test_ids = set(json.loads((DATA / "split.json").read_text(encoding="utf-8"))["comments"]["test"])
    return {str(r["text"]).strip().lower() for path in (DATA / "comments").glob("*.jsonl") for r in rows(path)
            if r["id"] in test_ids}


def training() -> dict[str, dict[str, object]]:
    return {str(r["text"]).strip().lower(): r for path in shipped_corpora() for r in rows(path)}


def joined() -> list[dict[str, object]]:
    """The comments the measured sets brought to extra.jsonl."""
    first = MEASURED_SETS[0][1]
    return [r for r in rows(shipped_corpora()[1]) if int(str(r["id"])[4:]) >= first]


def test_every_measured_set_is_trained_on_with_its_labels() -> None:
    trained, held = training(), held_out_texts()
    new = {str(r["text"]).strip().lower(): r for r in joined()}
    for name, first, last in MEASURED_SETS:
        for r in rows(DATA / f"comments_{name}.jsonl"):
            text = str(r["text"]).strip().lower()
            assert text in trained or text in held, (name, text)
            if text in new and first <= int(str(new[text]["id"])[4:]) <= last:
                assert (new[text]["kind"], new[text]["escalate"]) == (r["kind"], r["escalate"]), text


def test_the_measured_ids_follow_the_sets_in_order_and_each_text_once() -> None:
    extra = rows(shipped_corpora()[1])
    numbers = [int(str(r["id"])[4:]) for r in extra]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    ranges = [(first, last) for _, first, last in MEASURED_SETS]
    assert all(a[1] + 1 == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert ranges[-1][1] == numbers[-1]
    assert EXTRA_SETS[-len(MEASURED_SETS):] == MEASURED_SETS
    texts = [e.text.strip().lower() for path in shipped_corpora() for e in load_corpus(path)]
    assert len(set(texts)) == len(texts)


def test_no_held_out_comment_joined_with_the_measured_sets() -> None:
    assert len(joined()) >= 2700
    assert not held_out_texts() & {str(r["text"]).strip().lower() for r in joined()}


def test_the_newest_blind_set_waits_for_its_unseen_run() -> None:
    measured = {name for name, _, _ in MEASURED_SETS}
    newest = max((p for p in DATA.glob("comments_round*s.jsonl")), key=lambda p: int(re.sub(r"\D", "", p.stem)))
    if newest.stem.removeprefix("comments_") in measured:
        return
    older = {str(r["text"]).strip().lower() for path in DATA.glob("comments*/*.jsonl") for r in rows(path)}
    older |= {str(r["text"]).strip().lower() for path in DATA.glob("comments_round*.jsonl") if path != newest
              for r in rows(path)}
    trained = training()
    assert not [r["text"] for r in rows(newest) if str(r["text"]).strip().lower() in set(trained) - older]
