"""Question sets of rounds 6 and 7 (issue 11): replies that answer a citizen's question from the context draft.

Run from the repository root: .venv/bin/python -m benchmarks.questions_r6 [--show] [--file PATH]

Data: tests/data/quality/questions_round6.yaml by default (questions on tune and extra drafts only,
written before round 6's changes); `--file tests/data/quality/questions_round7.yaml` for round 7's.
A question counts as answered correctly when one suggested reply keeps every annotated answer span
(`span_kept`, as the quality benchmark), says that the info does not mention each slot annotated as
missing, gives the annotated verdict on an asked age, and, when the draft answers nothing asked,
quotes no run of the draft's words. Printed, never asserted.
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmarks import quality_metrics as qm
from benchmarks.quality import build
from bot.core import lexicon

QUESTIONS = qm.DATA / "questions_round6.yaml"
#: How a reply says the info does not mention something.
NOT_SAID = re.compile(r"belum (?:menyebutkan|disebutkan|mencantumkan|ada info)|tidak (?:menyebutkan|disebutkan)", re.I)
VERDICT = {"in": re.compile(r"masih masuk ketentuan", re.I), "out": re.compile(r"di luar ketentuan", re.I)}
#: A run of this many draft words in a reply is a quotation of the draft.
QUOTE_RUN = 6


@dataclass
class Item:
    draft: str
    text: str
    answers: list[tuple[str, str]]
    missing: list[str] = field(default_factory=list)
    age: str | None = None


def load(path: Path = QUESTIONS) -> list[Item]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return [Item(str(r["draft"]), str(r["text"]), [(str(a["slot"]), str(a["answer"])) for a in r.get("answers") or []],
                 [str(s) for s in r.get("missing") or []], r.get("age")) for r in rows]


def bodies() -> dict[str, str]:
    """Bodies of the tune and extra drafts (never a held-out one)."""
    split = qm.json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    tune = set(split["drafts"]["tune"])
    out = {d.id: d.body for d in qm.load_drafts() if d.id in tune}
    out.update({d.id: d.body for d in qm.load_drafts(qm.EXTRA_DRAFTS)})
    return out


def quotes_draft(reply: str, draft: str) -> bool:
    words = [w.lower() for w in lexicon.words(draft)]
    runs = {" ".join(words[i:i + QUOTE_RUN]) for i in range(len(words) - QUOTE_RUN + 1)}
    said = [w.lower() for w in lexicon.words(reply)]
    return any(" ".join(said[i:i + QUOTE_RUN]) in runs for i in range(len(said) - QUOTE_RUN + 1))


def judge(item: Item, suggestion: str, draft: str) -> list[str]:
    """What is wrong with one suggested reply (empty when it answers correctly)."""
    wrong = [f"lost {slot}: {span}" for slot, span in item.answers if not qm.span_kept(span, suggestion)]
    if item.missing and not NOT_SAID.search(suggestion):
        wrong.append(f"missing not said: {', '.join(item.missing)}")
    if not item.missing and NOT_SAID.search(suggestion):
        wrong.append("says the info is silent on something it answers")
    if item.age and not VERDICT[item.age].search(suggestion):
        wrong.append(f"age verdict not '{item.age}'")
    if not item.answers and quotes_draft(suggestion, draft):
        wrong.append("quotes the draft for a question it does not answer")
    return wrong


def run(show: bool, path: Path = QUESTIONS) -> dict[str, Any]:
    items, texts = load(path), bodies()
    data_dir = Path(tempfile.mkdtemp(prefix="humasbot-q6-"))
    try:
        service = build(data_dir)
        results = []
        for item in items:
            reply = service.reply(item.text, context=texts[item.draft])
            verdicts = [judge(item, s, texts[item.draft]) for s in reply.suggestions] or [["no suggestion"]]
            best = min(verdicts, key=len)
            results.append((item, reply, best))
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    ok = [not wrong for _, _, wrong in results]
    groups = {
        "one question": [not w for i, _, w in results if len(i.answers) + len(i.missing) == 1 and not i.age],
        "several questions": [not w for i, _, w in results if len(i.answers) + len(i.missing) > 1],
        "age checks": [not w for i, _, w in results if i.age],
        "not in the draft": [not w for i, _, w in results if i.missing],
    }
    lengths = [len(lexicon.words(r.suggestions[0])) for _, r, _ in results if r.suggestions]
    print(f"questions answered correctly      {sum(ok) / len(ok):.1%} ({sum(ok)}/{len(ok)})")
    for name, flags in groups.items():
        print(f"  {name:<31} {sum(flags)}/{len(flags)}")
    print(f"words in the first suggestion     median {sorted(lengths)[len(lengths) // 2]}, max {max(lengths)}")
    if show:
        for item, reply, wrong in results:
            mark = "ok " if not wrong else "BAD"
            print(f"\n{mark} [{item.draft}] {item.text}\n    -> {reply.suggestions[0] if reply.suggestions else '-'}")
            for line in wrong:
                print(f"    !! {line}")
    return {"answered": sum(ok), "total": len(ok)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every question, its reply and what is wrong")
    parser.add_argument("--file", type=Path, default=QUESTIONS, help="question set (YAML, as questions_round6.yaml)")
    args = parser.parse_args()
    run(args.show, args.file)


if __name__ == "__main__":
    main()
