"""The quality data set (tests/data/quality/, see FORMAT.md) and the arithmetic of the quality
benchmark: loading, the split, span matching and the scores. No service, no model: the tests in
tests/test_quality_data.py check this module directly.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.core import lexicon
from bot.core.fact_check import check_facts
from bot.core.fact_scan import extract_facts
from bot.core.lexicon_data import FUNCTION_WORDS
from bot.core.number_words import read_number
from bot.core.reading.key_facts import FREE

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "quality"
SPLIT_FILE = DATA / "split.json"

DRAFT_KINDS = ("event", "service", "achievement", "appeal", "clarification", "emergency", "meeting")
SLOTS = ("what", "benefit", "when", "where", "cost", "who", "quota", "requirements", "how", "contact",
         "deadline", "target", "figures", "attribution")
COMMENT_KINDS = ("question", "complaint", "hoax", "praise", "abuse", "spam", "political", "personal_data", "other")
PREFIXES = ("prov", "kab", "kota")
#: "Most of the content words": the share of a span's content words a text must contain.
MOST = 0.6
#: A predicted slot value matches a gold span when their token F1 reaches this.
OVERLAP = 0.5
TEST_SHARE = 0.3
SEED = 11


@dataclass
class Question:
    text: str
    slot: str
    answer: str


@dataclass
class Draft:
    id: str
    path: Path
    kind: str
    citizen_benefit: bool
    lead: str | None
    facts: dict[str, list[str]]
    must_keep: list[str]
    questions: list[Question]
    body: str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def prefix(self) -> str:
        return self.id.split("-", 1)[0]


def read_draft(path: Path) -> Draft:
    """One draft file: YAML front matter between two "---" lines, then the draft text."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---[ \t]*\n(.*?)\n---[ \t]*\n(.*)\Z", text, re.S)
    if not match:
        raise ValueError(f"{path.name}: no YAML front matter")
    meta = yaml.safe_load(match.group(1))
    if not isinstance(meta, dict):
        raise ValueError(f"{path.name}: front matter is not a mapping")
    facts = {str(k): [str(v) for v in (vals or [])] for k, vals in (meta.get("facts") or {}).items()}
    questions = [Question(str(q["text"]), str(q.get("slot", "")), str(q["answer"]))
                 for q in meta.get("questions") or []]
    return Draft(id=str(meta.get("id")), path=path, kind=str(meta.get("kind")),
                 citizen_benefit=bool(meta.get("citizen_benefit", True)),
                 lead=None if meta.get("lead") is None else str(meta["lead"]), facts=facts,
                 must_keep=[str(s) for s in meta.get("must_keep") or []], questions=questions,
                 body=match.group(2).strip("\n"), meta=meta)


#: Drafts written after the first tuning (tune-only by construction, outside the split): measured
#: unseen once, then tuned on like the 70 %.
EXTRA_DRAFTS = DATA / "drafts_extra"


def load_drafts(folder: Path = DATA / "drafts") -> list[Draft]:
    return [read_draft(p) for p in sorted(folder.glob("*.md"))]


def load_comments(folder: Path = DATA / "comments") -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


# --- the split -------------------------------------------------------------------------


def stratified_test(items: Sequence[tuple[str, str]], share: float, rng: random.Random) -> set[str]:
    """Ids of the held-out part: (id, stratum) pairs shuffled within each stratum, strata laid end
    to end, and every item taken where the running count of `share` crosses a whole number (from a
    random offset). Each stratum gets its share give or take one, and the whole exactly round(share*n)
    give or take one, even when strata hold one or two items."""
    strata: dict[str, list[str]] = {}
    for item_id, stratum in sorted(items):
        strata.setdefault(stratum, []).append(item_id)
    ordered: list[str] = []
    for stratum in sorted(strata):
        ids = strata[stratum]
        rng.shuffle(ids)
        ordered += ids
    offset = rng.random()
    return {item_id for i, item_id in enumerate(ordered)
            if int((i + 1) * share + offset) > int(i * share + offset)}


def make_split(drafts: Sequence[Draft], comments: Sequence[dict[str, Any]], today: str,
               seed: int = SEED) -> dict[str, Any]:
    rng = random.Random(seed)
    d_test = stratified_test([(d.id, f"{d.prefix}/{d.kind}") for d in drafts], TEST_SHARE, rng)
    c_test = stratified_test([(c["id"], c["kind"]) for c in comments], TEST_SHARE, rng)

    def part(ids: Iterable[str], test: set[str]) -> dict[str, list[str]]:
        ids = sorted(ids)
        return {"test": [i for i in ids if i in test], "tune": [i for i in ids if i not in test]}

    return {
        "created": today, "seed": seed, "test_share": TEST_SHARE,
        "rule": "Made once, before any tuning; never regenerated. Drafts stratified by source prefix and kind, "
                "comments by kind; a draft's questions go with their draft. Tune only on 'tune'; report on 'test'.",
        "drafts": part((d.id for d in drafts), d_test),
        "comments": part((c["id"] for c in comments), c_test),
    }


# --- matching spans ----------------------------------------------------------------------


@lru_cache(maxsize=50000)
def _stem(word: str) -> str:
    return lexicon.stem(word)


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning (three letters or more, no function words)."""
    words = (w.lower() for w in lexicon.words(text))
    return {_stem(w) for w in words if len(w) >= 3 and w not in FUNCTION_WORDS}


def fact_keys(text: str) -> set[str]:
    return {f.key for f in extract_facts(text)}


def numbers_of(text: str) -> tuple[set[str], set[str]]:
    """The numbers `text` states, written in digits ("2.000") or in words ("dua ribu"), as plain digit
    strings, and the stems of the number words (which are then no content words of their own)."""
    found = {re.sub(r"[.,](?=\d{3}\b)", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", text)}
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    spelled: set[str] = set()
    i = 0
    while i < len(words):
        value, end = read_number(words, i)
        if end > i and value > 0:
            found.add(str(int(value)) if value == int(value) else str(value))
            spelled |= {_stem(w) for w in words[i:end]}
            i = end
        else:
            i += 1
    return found, spelled


def words_share(span: str, text: str) -> float:
    """Share of the span's content words (and numbers) that `text` contains (1.0 for a span without
    any); a number counts as kept in digits or in words ("empat ratus warga" is kept by "400 warga")."""
    numbers, spelled = numbers_of(span)
    wanted = (content_words(span) - spelled) | {f"#{n}" for n in numbers}
    have_numbers, _ = numbers_of(text)
    have = content_words(text) | {f"#{n}" for n in have_numbers}
    return len(wanted & have) / len(wanted) if wanted else 1.0


_TIME_ZONE = re.compile(r"\b(?:WIB|WITA|WIT)\b|\bWaktu\s+Indonesia\s+(?:Barat|Tengah|Timur)\b", re.I)


def span_kept(span: str, text: str) -> bool:
    """The span's facts survive in `text`, reworded or not: every fact of the span (date, time,
    money, number, name, link) is supported by `text` as the fact check judges support (equal
    canonical keys, or the equivalents it accepts); a span with no fact keeps most of its content
    words; "free of charge" in any of its wordings is one fact. A time zone (WIB, WITA, WIT) is
    not a fact of its own: "pukul 08.00 WIB" is kept by "jam 8 pagi"."""
    span = _TIME_ZONE.sub("", span)
    if not span.strip():
        return True
    if fact_keys(span):
        return check_facts(span, [text]).ok
    if FREE.search(span) and FREE.search(text):
        return True
    return words_share(span, text) >= MOST


def _tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in re.findall(r"\w+", text))


def token_overlap(a: str, b: str) -> float:
    """Token F1 of two spans (multiset of lower-case word and number tokens), 0..1."""
    ta, tb = _tokens(a), _tokens(b)
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    return 2 * common / (sum(ta.values()) + sum(tb.values()))


@dataclass
class Counts:
    """Matched predictions, predictions, matched gold spans, gold spans."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def joined_golds(predicted: str, gold: Sequence[str]) -> list[str]:
    """The gold spans of one slot that a prediction keeps as one list (round 11a): at least two gold spans lie
    wholly inside the prediction and the prediction is, in essence, those spans joined (token F1 >= OVERLAP
    against their concatenation). A list the reader kept whole ("KTP, KK dan surat keterangan dokter") then
    counts for every item the annotator listed apart; a long sentence that merely contains them does not."""
    tokens = _tokens(predicted)
    inside = [g for g in gold if _tokens(g) and not _tokens(g) - tokens]
    if len(inside) >= 2 and token_overlap(predicted, " ".join(inside)) >= OVERLAP:
        return inside
    return []


def slot_counts(predicted: Sequence[str], gold: Sequence[str], lists: bool = True) -> Counts:
    """One slot of one draft: a prediction is right when it overlaps some gold span, a gold span
    is found when some prediction overlaps it (token F1 >= OVERLAP). With `lists` (the default since round
    11a), a prediction that joins several gold spans (`joined_golds`) finds each of them; `lists=False` is the
    strict metric of rounds 1-10."""
    joined = [joined_golds(p, gold) if lists else [] for p in predicted]

    def match(i: int, g: str) -> bool:
        return token_overlap(predicted[i], g) >= OVERLAP or g in joined[i]

    return Counts(
        tp_pred=sum(any(match(i, g) for g in gold) for i in range(len(predicted))), n_pred=len(predicted),
        tp_gold=sum(any(match(i, g) for i in range(len(predicted))) for g in gold), n_gold=len(gold),
    )


# --- classification scores ------------------------------------------------------------------


def accuracy(gold: Sequence[Any], pred: Sequence[Any]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def per_class_f1(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """F1 of every label that occurs in the gold or the predictions."""
    out = {}
    for label in sorted(set(gold) | set(pred)):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        out[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Unweighted mean of the per-label F1 (labels seen in gold or predictions, as scikit-learn)."""
    scores = per_class_f1(gold, pred)
    return sum(scores.values()) / len(scores) if scores else 0.0


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """Rows: gold label; columns: predicted label."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        matrix[index[g]][index[p]] += 1
    return matrix


def binary_pr(gold: Sequence[bool], pred: Sequence[bool]) -> tuple[float, float, int, int, int]:
    """Precision, recall, true positives, predicted positives, gold positives."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(pred), sum(gold)
    return (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0), tp, n_pred, n_gold


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


# --- the fact lock: good posts must pass, planted inventions must be caught -----------------

GOOD_POSTS = DATA / "good_posts.yaml"
#: Good posts written from the held-out drafts: measured, never tuned on.
GOOD_POSTS_HELDOUT = DATA / "good_posts_heldout.yaml"


@dataclass(frozen=True)
class GoodPost:
    """A post written by hand from a draft as a capable model writes it, and one planted invention
    (`plant`: a span of the post and what replaces it in the corrupted copy)."""

    draft_id: str
    post: str
    plant: tuple[str, str]

    @property
    def corrupted(self) -> str:
        return self.post.replace(self.plant[0], self.plant[1], 1)


def load_good_posts(path: Path = GOOD_POSTS) -> list[GoodPost]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))["posts"]
    posts = [GoodPost(str(r["id"]), str(r["post"]), (str(r["plant"][0]), str(r["plant"][1]))) for r in rows]
    unplanted = [f"{p.draft_id}#{i}" for i, p in enumerate(posts) if p.plant[0] not in p.post]
    if unplanted:
        raise ValueError(f"{path.name}: the planted text is not in the post: {', '.join(unplanted)}")
    return posts


def fact_lock(posts: Sequence[GoodPost], bodies: dict[str, str]) -> dict[str, Any]:
    """False alarms (good posts the fact check fails, with what it called invented) and planted
    inventions caught (corrupted posts it fails)."""
    alarms = {}
    missed = []
    for i, p in enumerate(posts):
        good = check_facts(p.post, [bodies[p.draft_id]])
        if not good.ok:
            alarms[f"{p.draft_id}#{i}"] = good.invented
        if check_facts(p.corrupted, [bodies[p.draft_id]]).ok:
            missed.append(f"{p.draft_id}#{i}: {p.plant[1]}")
    return {"posts": len(posts), "false_alarms": len(alarms), "alarm_examples": alarms,
            "caught": len(posts) - len(missed), "missed": missed}
