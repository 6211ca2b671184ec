"""Per-draft diagnosis of the fact sheet's kind, lead, what and benefit, on tuning drafts only.

Run from the repository root:
    .venv/bin/python -m benchmarks.reading_diag [--all] [--set tune|extra] [--prefix P] [--slots [--misses]]
        [--strict] [ID ...]

Prints, for every tune draft (split.json "tune") and every extra draft (tests/data/quality/drafts_extra),
the annotated kind beside the predicted one, the annotated lead beside `sheet.lead`, the annotated
what/benefit beside the predicted ones, and whether the offline Instagram post opens with the lead;
only the misses unless `--all`. Held-out test drafts are refused: their ids are never loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import quality_metrics as qm  # noqa: E402
from benchmarks.quality import SCORED_SLOTS, first_sentence, predicted_slots  # noqa: E402
from bot.core.inputs import clean_input  # noqa: E402
from bot.core.models import RewriteRequest  # noqa: E402
from bot.core.reading import Slot, read_draft  # noqa: E402
from bot.offline.engine import OfflineEngine  # noqa: E402


def tuning_drafts() -> list[tuple[str, qm.Draft]]:
    """(set name, draft) for the tune ids of split.json and the extra drafts; never a test draft."""
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    test, tune = set(split["drafts"]["test"]), split["drafts"]["tune"]
    out = [("tune", qm.read_draft(qm.DATA / "drafts" / f"{i}.md")) for i in tune if i not in test]
    out += [("extra", d) for d in qm.load_drafts(qm.EXTRA_DRAFTS) if d.id not in test]
    return out


def _slot_ok(predicted: list[str], gold: list[str]) -> str:
    c = qm.slot_counts(predicted, gold)
    return f"{c.tp_pred}/{c.n_pred} pred, {c.tp_gold}/{c.n_gold} gold"


def slot_misses(draft: qm.Draft, predicted: dict[str, list[str]], lists: bool = True) -> list[str]:
    """One line per gold span no prediction finds ("miss") and per prediction matching no gold span ("false")."""
    out = []
    for slot in SCORED_SLOTS:
        pred, gold = predicted.get(slot, []), draft.facts.get(slot, [])
        joined = {g for p in pred for g in qm.joined_golds(p, gold)} if lists else set()
        for g in gold:  # a list kept whole finds every item it joins (against all the slot's gold spans)
            if g not in joined and not qm.slot_counts(pred, [g], lists=lists).tp_gold:
                out.append(f"   miss  {slot:<12} {g[:140]!r}  pred {[p[:60] for p in pred]}")
        for p in pred:
            if not qm.slot_counts([p], gold, lists=lists).tp_pred:
                out.append(f"   false {slot:<12} {p[:140]!r}")
    return out


def diagnose(name: str, draft: qm.Draft, engine: OfflineEngine, show_all: bool,
             slots: dict[str, qm.Counts] | None = None, clauses: int = 0, lists: bool = True,
             misses: bool = False) -> dict[str, bool]:
    body = clean_input(draft.body, max_chars=100_000, what="Draf")
    sheet = read_draft(body)
    if slots is not None:
        predicted = predicted_slots(body)
        for slot in SCORED_SLOTS:
            slots.setdefault(slot, qm.Counts()).add(
                qm.slot_counts(predicted.get(slot, []), draft.facts.get(slot, []), lists=lists))
        if misses:
            lines = slot_misses(draft, predicted, lists)
            if lines:
                print(f"== [{name}] {draft.id}  slots")
                print("\n".join(lines))
    lead = sheet.lead.text if sheet.lead else None
    lead_ok = sheet.citizen_benefit == draft.citizen_benefit and (
        not draft.citizen_benefit or (lead is not None and draft.lead is not None
                                      and qm.token_overlap(lead, draft.lead) >= qm.OVERLAP))
    post = engine.rewrite(RewriteRequest(draft=body, platforms=["instagram"])).posts[0].text
    opening = first_sentence(post)
    post_ok = (not draft.citizen_benefit or draft.lead is None
               or qm.words_share(draft.lead, opening) >= qm.MOST)
    what = [f.text for f in sheet.of(Slot.WHAT)]
    benefit = [f.text for f in sheet.of(Slot.BENEFIT)]
    what_c = qm.slot_counts(what, draft.facts.get("what", []))
    ben_c = qm.slot_counts(benefit, draft.facts.get("benefit", []))
    ok = {"kind": sheet.kind.value == draft.kind, "lead": lead_ok, "post": post_ok,
          "what": what_c.tp_gold == what_c.n_gold and what_c.tp_pred == what_c.n_pred,
          "benefit": ben_c.tp_gold == ben_c.n_gold and ben_c.tp_pred == ben_c.n_pred}
    if not misses and (show_all or not all(ok.values())):
        marks = " ".join(f"{k}{'+' if v else '-'}" for k, v in ok.items())
        print(f"== [{name}] {draft.id}  {marks}")
        print(f"   kind   gold {draft.kind:<13} pred {sheet.kind.value}")
        print(f"   lead   gold {draft.lead!r}")
        print(f"          pred {lead!r} ({sheet.lead.benefit if sheet.lead else '-'})")
        if not post_ok:
            print(f"   post   {opening[:200]!r}")
        gold_what = draft.facts.get("what", [])
        print(f"   what   gold {gold_what} pred {what} ({_slot_ok(what, gold_what)})")
        print(f"   benef  gold {draft.facts.get('benefit', [])} pred {benefit}")
        ranked = sorted((c for c in sheet.clauses if not c.ceremonial), key=lambda c: (-c.benefit, c.start))
        for c in ranked[:clauses]:
            print(f"   clause {c.benefit:4.1f} {c.text[:150]!r}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="print every draft, not only the misses")
    parser.add_argument("--set", choices=("tune", "extra"), help="only one set")
    parser.add_argument("--prefix", help="only the drafts whose id starts with this prefix (e.g. ext2)")
    parser.add_argument("--slots", action="store_true", help="also print slot P/R/F1, overall and per slot")
    parser.add_argument("--strict", action="store_true",
                        help="slots by the strict metric of rounds 1-10 (a list kept whole finds one gold item)")
    parser.add_argument("--clauses", type=int, default=0, metavar="N",
                        help="also print the N clauses that weigh most for citizens")
    parser.add_argument("--misses", action="store_true",
                        help="with --slots: print every missed gold span and every false slot value")
    parser.add_argument("ids", nargs="*", help="only these draft ids (tune or extra)")
    args = parser.parse_args()
    engine = OfflineEngine()
    totals: dict[str, dict[str, list[bool]]] = {}
    slots: dict[str, qm.Counts] = {}
    for name, draft in tuning_drafts():
        if ((args.set and name != args.set) or (args.ids and draft.id not in args.ids)
                or (args.prefix and draft.prefix != args.prefix)):
            continue
        for key, value in diagnose(name, draft, engine, args.all, slots if args.slots else None, args.clauses,
                                     not args.strict, args.misses).items():
            totals.setdefault(name, {}).setdefault(key, []).append(value)
    for name, rows in totals.items():
        print(name, "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in rows.items()))
    if args.slots:
        overall = qm.Counts()
        for counts in slots.values():
            overall.add(counts)
        print(f"slots P/R/F1 {overall.precision:.2f} / {overall.recall:.2f} / {overall.f1:.2f}")
        print("; ".join(f"{k} {c.precision:.2f}/{c.recall:.2f} ({c.n_gold})"
                        for k, c in slots.items() if c.n_gold or c.n_pred))


if __name__ == "__main__":
    main()
