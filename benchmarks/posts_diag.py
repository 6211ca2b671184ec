"""Where the offline posts lose a draft's must-keep facts, on tuning drafts only.

Run from the repository root: .venv/bin/python -m benchmarks.posts_diag [--set tune|extra] [--prefix P]
    [--show] [ID ...]

For every tune draft (split.json "tune") and extra draft, each must-keep span is checked on the five
platforms (the service's final checks applied, as `benchmarks.quality` measures) and sorted into two
causes: the fact sheet never found it (a reading problem: no fact of the sheet keeps the span) or the
sheet had it and a post dropped it (a shape or limit problem), counted per platform and per slot of
the sheet fact that carries it. Held-out test drafts are refused: their ids are never loaded.
"""

from __future__ import annotations

import argparse
from collections import Counter

from benchmarks import quality_metrics as qm
from benchmarks.reading_diag import tuning_drafts
from bot.core.final_checks import finish_rewrite
from bot.core.inputs import clean_input
from bot.core.models import RewriteRequest
from bot.core.reading import FactSheet, read_draft
from bot.offline.engine import OfflineEngine

PLATFORMS = ("instagram", "facebook", "x", "tiktok", "whatsapp")


def carrier(sheet: FactSheet, span: str) -> str:
    """The slot of the sheet fact that keeps `span` ("" when the sheet has none)."""
    for fact in sheet.facts:
        if qm.span_kept(span, fact.text) or qm.token_overlap(span, fact.text) >= qm.OVERLAP:
            return fact.slot.value
    return ""


def _pct(kept: int, total: int) -> str:
    return f"{100 * kept / total:5.1f} % ({kept}/{total})" if total else "  n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=("tune", "extra"), help="only one set")
    parser.add_argument("--prefix", help="only the drafts whose id prefix is this (e.g. ext2)")
    parser.add_argument("--show", action="store_true", help="print the posts of drafts with a loss")
    parser.add_argument("ids", nargs="*", help="only these draft ids (tune or extra)")
    args = parser.parse_args()
    engine = OfflineEngine()
    unread: Counter[str] = Counter()
    dropped: Counter[tuple[str, str]] = Counter()
    total: Counter[str] = Counter()
    invented: list[str] = []
    for name, draft in tuning_drafts():
        if ((args.set and name != args.set) or (args.ids and draft.id not in args.ids)
                or (args.prefix and draft.prefix != args.prefix)):
            continue
        body = clean_input(draft.body, max_chars=100_000, what="Draf")
        request = RewriteRequest(draft=body, platforms=list(PLATFORMS))
        result = finish_rewrite(request, engine.rewrite(request))
        posts = {p.platform: p.whole_text for p in result.posts}
        sheet = read_draft(body)
        check = result.fact_check
        if check and not check.ok:
            invented += [f"{draft.id}: {raw}" for raw in check.invented]
        losses = []
        for span in draft.must_keep:
            slot = carrier(sheet, span)
            for platform, text in posts.items():
                total[platform] += 1
                if qm.span_kept(span, text):
                    continue
                if not slot:
                    unread[platform] += 1
                else:
                    dropped[(platform, slot)] += 1
                losses.append(f"{platform:<9} {'sheet-' if not slot else slot:<12} {span!r}")
        if losses:
            print(f"== [{name}] {draft.id} ({sheet.kind.value})")
            print("   " + "\n   ".join(losses))
            if args.show:
                for platform, text in posts.items():
                    print(f"   --- {platform}\n   " + text.replace("\n", "\n   "))
    print("\nlost, by cause (per platform): sheet never found / post dropped (of spans)")
    for platform in PLATFORMS:
        lost = sum(n for (p, _), n in dropped.items() if p == platform)
        print(f"  {platform:<9} {unread[platform]:>3} / {lost:>3}  of {total[platform]}")
    lost_all = sum(unread.values()) + sum(dropped.values())
    for platform in PLATFORMS:
        lost = unread[platform] + sum(n for (p, _), n in dropped.items() if p == platform)
        print(f"kept {platform:<9} {_pct(total[platform] - lost, total[platform])}")
    print(f"kept all five     {_pct(sum(total.values()) - lost_all, sum(total.values()))}")
    print(f"invented facts: {len(invented)}" + "".join(f"\n  {line}" for line in invented))
    print("post dropped, by platform and slot:")
    for (platform, slot), n in sorted(dropped.items()):
        print(f"  {platform:<9} {slot:<12} {n}")


if __name__ == "__main__":
    main()
