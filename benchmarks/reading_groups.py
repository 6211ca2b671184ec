"""Leave-one-batch-out benchmark of the draft kind and the lead clause: the rules against the reading model.

Run from the repository root:
    .venv/bin/python -m benchmarks.reading_groups [--variant NAME ...] [--per-group] [--json]

Groups: the tune drafts (split.json "tune") are one group, each batch of tests/data/quality/drafts_extra
(by id prefix: ext, ext2, ..., ext24, ...) is one. Each group is read by a model trained on all the other
groups only, so every figure is on text the model never saw, written apart from what it learned from.
Figures (the definitions of benchmarks/quality.py): kind accuracy, and lead clause correct (sheet.lead
matches the annotated lead at token F1 >= 0.5 and citizen_benefit agrees). Held-out test drafts are refused:
their ids are never loaded.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import quality_metrics as qm  # noqa: E402
from bot.core.inputs import clean_input  # noqa: E402
from bot.core.reading.extract import Reading, read_with  # noqa: E402
from bot.core.reading.model_features import MAX_CANDIDATES, candidates  # noqa: E402
from bot.core.reading.reading_model import (  # noqa: E402
    SHIPPED,
    KindExample,
    LeadExample,
    ReadingModel,
    ReadingSettings,
    train,
)
from bot.core.reading.sheet import Clause, DraftKind, FactSheet  # noqa: E402


@dataclass
class Case:
    """One annotated draft, its group, and what the rules read of it."""

    group: str
    draft: qm.Draft
    body: str
    kind_reading: Reading | None = None
    rule_kind: DraftKind | None = None
    lead_reading: Reading | None = None


class _Recorder:
    """A reading layer that changes nothing and keeps what the rules read."""

    def __init__(self) -> None:
        self.lead: Reading | None = None
        self.kind: tuple[Reading, DraftKind] | None = None

    def choose_lead(self, reading: Reading) -> Clause | None:
        self.lead = reading
        return reading.lead

    def choose_kind(self, reading: Reading, rule_kind: DraftKind) -> DraftKind:
        self.kind = (reading, rule_kind)
        return rule_kind


def group_of(draft_id: str, tune: set[str]) -> str:
    return "tune" if draft_id in tune else re.sub(r"-.*", "", draft_id)


def load_cases() -> list[Case]:
    """The tune drafts and the extra drafts, grouped; never a test draft."""
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    test, tune = set(split["drafts"]["test"]), [i for i in split["drafts"]["tune"]]
    drafts = [qm.read_draft(qm.DATA / "drafts" / f"{i}.md") for i in tune if i not in test]
    drafts += [d for d in qm.load_drafts(qm.EXTRA_DRAFTS) if d.id not in test]
    cases = []
    for d in drafts:
        body = clean_input(d.body, max_chars=100_000, what="Draf")
        case = Case(group_of(d.id, set(tune)), d, body)
        recorder = _Recorder()
        read_with(body, recorder)
        case.lead_reading = recorder.lead
        if recorder.kind:
            case.kind_reading, case.rule_kind = recorder.kind
        cases.append(case)
    return cases


def lead_flags(case: Case, limit: int = MAX_CANDIDATES) -> tuple[bool, ...]:
    assert case.lead_reading is not None
    gold = case.draft.lead if case.draft.citizen_benefit else None
    return tuple(gold is not None and qm.token_overlap(c.text, gold) >= qm.OVERLAP
                 for c in candidates(case.lead_reading, limit))


def examples(cases: Iterable[Case]) -> tuple[list[KindExample], list[LeadExample]]:
    kinds, leads = [], []
    for c in cases:
        if c.kind_reading is not None and c.rule_kind is not None:
            kinds.append(KindExample(c.kind_reading, c.rule_kind, DraftKind(c.draft.kind)))
        if c.lead_reading is not None and c.draft.citizen_benefit:
            leads.append(LeadExample(c.lead_reading, lead_flags(c)))
    return kinds, leads


def fit(cases: Sequence[Case], settings: ReadingSettings) -> ReadingModel:
    kinds, leads = examples(cases)
    return train(kinds, leads, settings)


def score(case: Case, sheet: FactSheet) -> tuple[bool, bool]:
    """(kind correct, lead clause correct), as benchmarks/quality.py counts them."""
    d = case.draft
    lead = sheet.lead.text if sheet.lead else None
    matches = lead is not None and d.lead is not None and qm.token_overlap(lead, d.lead) >= qm.OVERLAP
    lead_ok = sheet.citizen_benefit == d.citizen_benefit and (not d.citizen_benefit or matches)
    return sheet.kind.value == d.kind, lead_ok


def evaluate(cases: Sequence[Case], settings: ReadingSettings | None) -> dict[str, tuple[bool, bool]]:
    """Each case read by the rules (settings None) or by a model trained without its group."""
    out: dict[str, tuple[bool, bool]] = {}
    for group in sorted({c.group for c in cases}):
        model = fit([c for c in cases if c.group != group], settings) if settings else None
        for c in cases:
            if c.group == group:
                out[c.draft.id] = score(c, read_with(c.body, model))
    return out


VARIANTS: dict[str, ReadingSettings] = {
    "default": ReadingSettings(),
    "lead-only": ReadingSettings(use_kind=False),
    "kind-only": ReadingSettings(use_lead=False),
    "shipped": SHIPPED,
}


def _groups_order(cases: Sequence[Case]) -> list[str]:
    def key(g: str) -> tuple[int, int]:
        return (0, 0) if g == "tune" else (1, int(g[3:] or 1))
    return sorted({c.group for c in cases}, key=key)


def table(cases: Sequence[Case], results: dict[str, dict[str, tuple[bool, bool]]], per_group: bool) -> str:
    names = list(results)
    lines = ["group      n  " + "  ".join(f"{n[:18]:>18}" for n in names), " " * 15 + "  ".join(
        f"{'kind  lead':>18}" for _ in names)]
    groups = _groups_order(cases) if per_group else []
    for g in [*groups, "ALL"]:
        ids = [c.draft.id for c in cases if g in ("ALL", c.group)]
        cells = []
        for n in names:
            k = sum(results[n][i][0] for i in ids)
            ld = sum(results[n][i][1] for i in ids)
            cells.append(f"{k:>3} {100 * k / len(ids):5.1f} {ld:>3} {100 * ld / len(ids):5.1f}".rjust(18)
                         if g == "ALL" else f"{k:>4}/{len(ids):<3} {ld:>4}/{len(ids):<3}".rjust(18))
        lines.append(f"{g:<8} {len(ids):>4}  " + "  ".join(cells))
    return "\n".join(lines)


def wins(cases: Sequence[Case], base: dict[str, tuple[bool, bool]], other: dict[str, tuple[bool, bool]]) -> str:
    """Per measure: groups better / worse / equal than the rules."""
    out = []
    for m, name in ((0, "kind"), (1, "lead")):
        better = worse = 0
        for g in _groups_order(cases):
            ids = [c.draft.id for c in cases if c.group == g]
            delta = sum(other[i][m] for i in ids) - sum(base[i][m] for i in ids)
            better += delta > 0
            worse += delta < 0
        out.append(f"{name}: {better} groups better, {worse} worse")
    return "; ".join(out)


def subtotal(cases: Sequence[Case], results: dict[str, dict[str, tuple[bool, bool]]], groups: Sequence[str]) -> str:
    """Kind and lead correct of each variant over `groups` only."""
    ids = [c.draft.id for c in cases if c.group in groups]
    cells = [f"{n} kind {sum(r[i][0] for i in ids)}, lead {sum(r[i][1] for i in ids)}" for n, r in results.items()]
    return f"groups {', '.join(groups)} ({len(ids)} drafts): " + "; ".join(cells)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", action="append", help=f"one of {sorted(VARIANTS)} or key=value,... settings")
    parser.add_argument("--per-group", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--recent", default="", help="groups to total apart (comma-separated: the batches the "
                        "rules were tuned on least)")
    args = parser.parse_args(argv)
    cases = load_cases()
    covered = [c for c in cases if c.draft.citizen_benefit and c.lead_reading is not None]
    reach = sum(any(lead_flags(c)) for c in covered)
    print(f"{len(cases)} drafts in {len({c.group for c in cases})} groups; the annotated lead is among the "
          f"rules' candidates in {reach}/{len(covered)} drafts with a benefit")
    results = {"rules": evaluate(cases, None)}
    for name in args.variant or ["default"]:
        settings = VARIANTS.get(name) or parse_settings(name)
        results[name] = evaluate(cases, settings)
    print(table(cases, results, args.per_group))
    for name in list(results)[1:]:
        print(f"{name}: {wins(cases, results['rules'], results[name])}")
    if args.recent:
        print(subtotal(cases, results, args.recent.split(",")))
    if args.json:
        print(json.dumps({n: {i: list(v) for i, v in r.items()} for n, r in results.items()}))
    return 0


def parse_settings(spec: str, base: ReadingSettings | None = None) -> ReadingSettings:
    """"key=value,key=value" over `base` (the defaults)."""
    settings = base or ReadingSettings()
    fields = {k: type(v) for k, v in settings.__dict__.items()}
    changes = {}
    for part in spec.split(","):
        key, value = part.split("=")
        kind = fields[key]
        changes[key] = (value.lower() in ("1", "true", "yes")) if kind is bool else kind(value)
    return replace(settings, **changes)


if __name__ == "__main__":
    raise SystemExit(main())
