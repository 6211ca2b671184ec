"""Every question set at once, per file, with the stage each failure breaks at (round 12b of issue 11).

Run from the repository root: .venv/bin/python -m benchmarks.questions_groups [--show] [--files NAME ...]

Groups: each `tests/data/quality/questions_round*.yaml` file (tune and extra drafts only; the loader of
`benchmarks.questions_r6` refuses held-out ids), and the questions in the extra drafts' front matter
("front-matter"). A question is judged as `benchmarks.questions_r6` judges it. Each failure is put at
the stage where it breaks, by re-answering it with the annotated slots (an oracle reading):
  a  the asked slot read wrong: the oracle slots answer it, the real reading did not (or no question read);
  b  the fact missing from the fact sheet: the oracle fails and no fact of the annotated slot holds the span;
  c  the fact there but the answer picked or rendered wrong (or, for an unanswered question, the draft quoted
     or an answer given where the draft is silent, with the slot read right).
Printed, never asserted. One service build for all groups.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks import quality_metrics as qm
from benchmarks.quality import build
from benchmarks.questions_r6 import NOT_SAID, Item, bodies, judge, load
from bot.core.reading import read_draft
from bot.offline.answer import answer_parts, not_said
from bot.offline.answer_find import SHEET_SLOTS
from bot.offline.asked import question_parts

FRONT = "front-matter"
#: Annotated slots the answer code reads under another name.
READ_AS = {"benefit": "what", "attribution": "what"}


def groups(names: list[str] | None = None) -> dict[str, list[Item]]:
    """The question sets by group name; `names` picks some (file stems or "front-matter")."""
    texts = bodies()
    out: dict[str, list[Item]] = {}
    for path in sorted(qm.DATA.glob("questions_round*.yaml"), key=lambda p: (len(p.stem), p.stem)):
        out[path.stem] = [item for item in load(path) if item.draft in texts]
    out[FRONT] = [Item(d.id, q.text, [(q.slot, q.answer)]) for d in qm.load_drafts(qm.EXTRA_DRAFTS)
                  for q in d.questions]
    return {name: items for name, items in out.items() if not names or name in names}


def _oracle(item: Item, draft: str) -> bool:
    """Whether the answer code, told the annotated slots, keeps every annotated span."""
    sheet = read_draft(draft)
    parts = [(item.text, READ_AS.get(slot, slot)) for slot in dict.fromkeys(s for s, _ in item.answers)]
    lines, missing = answer_parts(parts, sheet, "friendly")
    said = " ".join(lines) + (" " + not_said(missing, sheet, "friendly") if missing else "")
    return all(qm.span_kept(span, said) for _, span in item.answers)


def _in_sheet(item: Item, draft: str) -> bool:
    sheet = read_draft(draft)
    for slot, span in item.answers:
        wanted = {s.value for s in SHEET_SLOTS.get(slot, ())} | {slot}
        facts = [f.text for f in sheet.facts if f.slot.value in wanted]
        if not any(qm.token_overlap(span, f) >= qm.OVERLAP or qm.span_kept(span, f) or span in f for f in facts):
            return False
    return True


def stage(item: Item, reply: Any, draft: str) -> str:
    """The stage a failed question breaks at (a / b / c, see the module docstring)."""
    read = {s for _, slots in question_parts(item.text) for s in slots}
    if reply.kind != "question" and not read:
        return "a"
    if not item.answers:
        said = any(NOT_SAID.search(s) for s in reply.suggestions)
        return "a" if not said and not read & set(item.missing) else "c"
    if _oracle(item, draft):
        return "a"
    return "c" if _in_sheet(item, draft) else "b"


def run(show: bool, names: list[str] | None = None) -> dict[str, dict[str, int]]:
    texts, sets = bodies(), groups(names)
    data_dir = Path(tempfile.mkdtemp(prefix="humasbot-qg-"))
    table: dict[str, dict[str, int]] = {}
    try:
        service = build(data_dir)
        for name, items in sets.items():
            counts: Counter[str] = Counter()
            for item in items:
                draft = texts[item.draft]
                reply = service.reply(item.text, context=draft)
                verdicts = [judge(item, s, draft) for s in reply.suggestions] or [["no suggestion"]]
                wrong = min(verdicts, key=len)
                broke = stage(item, reply, draft) if wrong else "ok"
                counts[broke] += 1
                if show and wrong:
                    print(f"[{name}] BAD [{item.draft}] {item.text}\n    -> "
                          f"{reply.suggestions[0] if reply.suggestions else '-'}\n    !! {'; '.join(wrong)}"
                          f"\n    stage {broke}")
            table[name] = {"ok": counts["ok"], "total": len(items), **{k: counts[k] for k in "abc"}}
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    print(f"{'group':<22} {'answered':>14}   a   b   c")
    for name, row in table.items():
        share = row["ok"] / row["total"] if row["total"] else 0.0
        print(f"{name:<22} {share:6.1%} {row['ok']:>3}/{row['total']:<3} {row['a']:>3} {row['b']:>3} {row['c']:>3}")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every failure with its stage")
    parser.add_argument("--files", nargs="*", help="group names (file stems, or front-matter)")
    args = parser.parse_args()
    run(args.show, args.files)


if __name__ == "__main__":
    main()
