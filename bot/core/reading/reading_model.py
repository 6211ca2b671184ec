"""The reading model: logistic regressions that correct the rules' draft kind and lead clause.

The rules (kind.py, lead.py) fit the drafts they were written beside and stop improving on drafts
written later. This layer reads the rules' own scores and choices as features beside the words of the
draft (model_features.py) and is trained on every annotated draft, with settings chosen only by
leave-one-batch-out (`python -m benchmarks.reading_groups`; docs/quality.md):

- kind: a multinomial logistic regression over the seven kinds, its probabilities plus a bonus for the
  rules' kind;
- lead: the candidate clauses the rules weighed above nothing, each scored by a logistic regression
  (positive: the annotated lead), plus the rules' weight; the best scored leads. Whether a draft gives
  citizens anything stays the rules' call.

Both reuse the triage's deterministic trainer (`triage_model.fit_softmax`). Adopted parts ship in
`bot/resources/reading/model.npz` (written by scripts/train_reading_model.py, with the ids and content
hashes of the drafts it learned from); when that file is missing or unreadable the rules alone run.
Round 12a adopted neither part: on leave-one-batch-out the kind model gained one draft of 242 (two groups
better, one worse) and the lead model lost three. Round 16m adopted the kind part (`SHIPPED`): on 368 drafts
in 38 groups it gains six (eight groups better, two worse); the lead stays the rules'.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.core.reading.layer import Reading
from bot.core.reading.model_features import (
    KINDS,
    candidates,
    kind_features,
    kind_width,
    lead_features,
    lead_width,
)
from bot.core.reading.sheet import Clause, DraftKind
from bot.core.triage_model import fit_softmax, softmax

log = logging.getLogger(__name__)
FORMAT_VERSION = "reading-lr-1"
MODEL_FILE = "model.npz"


@dataclass(frozen=True)
class ReadingSettings:
    """Feature weights, training settings and the blend with the rules (the defaults: the "default" variant of
    benchmarks/reading_groups.py; round 12a's grid around it is in docs/quality.md)."""

    buckets: int = 1024
    word_weight: float = 1.0
    #: The n-grams' weight in the lead's features (the kind's is `word_weight`).
    lead_word_weight: float = 1.0
    cue_weight: float = 1.0
    kind_l2: float = 1e-3
    lead_l2: float = 1e-3
    steps: int = 300
    #: Added to the probability of the rules' kind (0: the model alone; 1: the rules unless very sure).
    kind_rule_bonus: float = 0.0
    #: Weight of the rules' clause benefit beside the model's log-odds.
    lead_rule_weight: float = 0.0
    #: The model overrides the rules' kind only when its kind's probability exceeds theirs by this margin.
    kind_margin: float = 0.0
    #: Class weighting of the kind's training (1: balanced over the seven kinds; 0: as the drafts come).
    kind_class_power: float = 1.0
    #: Character n-grams of the whole draft in the kind's features (False: its words only, much cheaper).
    kind_text_chars: bool = True
    use_kind: bool = True
    use_lead: bool = True
    #: Train the lead on pairs (the annotated lead against each other candidate of its draft) instead of on
    #: single clauses: a ranking, blind to how much a draft's clauses weigh as a whole.
    lead_pairwise: bool = True
    #: How many of the rules' candidates (the weightiest) the model ranks.
    lead_candidates: int = 8


#: The parts leave-one-batch-out adopted (`python -m benchmarks.reading_groups`): a part ships only when it beats
#: the rules over all groups, and not through one or two of them. Round 12a: neither did. Round 16m (368 drafts,
#: 38 groups): the kind model, with the words (not the characters) of the whole draft, trained half-balanced and
#: overriding the rules only by a margin of 0.1, reads 339 kinds against the rules' 333, better in 8 groups and
#: worse in 2; the lead model still does not beat the rules, so the rules keep the lead (docs/quality.md).
SHIPPED = ReadingSettings(use_lead=False, kind_text_chars=False, kind_class_power=0.5, kind_margin=0.1)


@dataclass
class ReadingModel:
    """Trained weights; a `ReadingLayer` for `extract.read_with`."""

    settings: ReadingSettings
    kind_w: np.ndarray
    lead_w: np.ndarray
    #: What it was trained on: {"drafts": {id: sha256 of the draft file}, ...}.
    meta: dict[str, Any] = field(default_factory=dict)

    def choose_lead(self, reading: Reading) -> Clause | None:
        s = self.settings
        pool = candidates(reading, s.lead_candidates)
        if not s.use_lead or reading.lead is None or len(pool) < 2:
            return reading.lead
        x = lead_features(reading, pool, s.buckets, s.lead_word_weight, s.cue_weight)
        z = x @ self.lead_w
        score = (z[:, 1] - z[:, 0]) + s.lead_rule_weight * np.asarray([c.benefit for c in pool])
        return pool[int(np.argmax(score))]

    def choose_kind(self, reading: Reading, rule_kind: DraftKind) -> DraftKind:
        s = self.settings
        if not s.use_kind:
            return rule_kind
        x = kind_features(reading, rule_kind, s.buckets, s.word_weight, s.cue_weight, s.kind_text_chars)
        p = softmax((x @ self.kind_w)[None, :])[0]
        rule = KINDS.index(rule_kind)
        p[rule] += s.kind_rule_bonus
        best = int(np.argmax(p))
        return KINDS[best] if p[best] - p[rule] > s.kind_margin else rule_kind


@dataclass(frozen=True)
class KindExample:
    reading: Reading
    rule_kind: DraftKind
    gold: DraftKind


@dataclass(frozen=True)
class LeadExample:
    reading: Reading
    #: One flag per candidate (`model_features.candidates`): it is the annotated lead.
    positive: tuple[bool, ...]


def train(kinds: Sequence[KindExample], leads: Sequence[LeadExample], settings: ReadingSettings,
          meta: dict[str, Any] | None = None) -> ReadingModel:
    """Both regressions on the examples (deterministic: gradient descent from zeros)."""
    s = settings
    kind_w, lead_w = np.zeros((kind_width(s.buckets), len(KINDS))), np.zeros((lead_width(s.buckets), 2))
    if s.use_kind:
        xk = np.stack([kind_features(e.reading, e.rule_kind, s.buckets, s.word_weight, s.cue_weight,
                                     s.kind_text_chars) for e in kinds])
        yk = np.asarray([KINDS.index(e.gold) for e in kinds])
        kind_w = fit_softmax(xk, yk, len(KINDS), l2=s.kind_l2, steps=s.steps, class_power=s.kind_class_power)
    if s.use_lead:
        lead_w = _fit_lead(leads, s)
    return ReadingModel(settings=s, kind_w=kind_w, lead_w=lead_w, meta=dict(meta or {}))


def _fit_lead(leads: Sequence[LeadExample], s: ReadingSettings) -> np.ndarray:
    rows, labels = [], []
    for e in leads:
        pool = candidates(e.reading, s.lead_candidates)
        if len(pool) < 2:
            continue
        x = lead_features(e.reading, pool, s.buckets, s.lead_word_weight, s.cue_weight)
        flags = e.positive[: len(pool)]
        if not s.lead_pairwise:
            rows.append(x)
            labels += [int(flag) for flag in flags]
            continue
        for i in (i for i, flag in enumerate(flags) if flag):
            for j in (j for j, flag in enumerate(flags) if not flag):
                rows += [x[i] - x[j], x[j] - x[i]]  # both orders: the classes stay balanced
                labels += [1, 0]
    if not rows:
        raise ValueError("no lead examples with two candidates or more")
    return fit_softmax(np.vstack(rows), np.asarray(labels), 2, l2=s.lead_l2, steps=s.steps)


def _member(archive: zipfile.ZipFile, name: str, array: np.ndarray) -> None:
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
    info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, buffer.getvalue())


def save(model: ReadingModel, path: Path) -> None:
    """Write the model as an .npz (float32 weights; fixed member dates: the same model, the same bytes)."""
    header = {"format": FORMAT_VERSION, "settings": asdict(model.settings), **model.meta}
    text = json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        _member(archive, "kind_w", model.kind_w.astype(np.float32))
        _member(archive, "lead_w", model.lead_w.astype(np.float32))
        _member(archive, "meta", np.frombuffer(text, dtype=np.uint8))


def load(path: Path) -> ReadingModel:
    """The model in `path`; ValueError (or OSError) when it is not one this code can use."""
    with np.load(path, allow_pickle=False) as data:
        header = json.loads(bytes(data["meta"]).decode("utf-8"))
        kind_w, lead_w = data["kind_w"].astype(np.float64), data["lead_w"].astype(np.float64)
    if header.pop("format", None) != FORMAT_VERSION:
        raise ValueError(f"{path}: not a {FORMAT_VERSION} model")
    settings = ReadingSettings(**header.pop("settings"))
    if kind_w.shape != (kind_width(settings.buckets), len(KINDS)) or lead_w.shape != (lead_width(settings.buckets), 2):
        raise ValueError(f"{path}: weights of the wrong shape")
    if not (np.isfinite(kind_w).all() and np.isfinite(lead_w).all()):
        raise ValueError(f"{path}: weights not finite")
    return ReadingModel(settings=settings, kind_w=kind_w, lead_w=lead_w, meta=header)


def model_path() -> Path:
    from bot.resources import shipped_dir

    return shipped_dir("reading") / MODEL_FILE


@lru_cache(maxsize=1)
def shipped_model() -> ReadingModel | None:
    """The shipped model, or None (the rules alone) when its file is missing or unreadable."""
    path = model_path()
    if not path.is_file():
        log.debug("no reading model at %s: the rules alone read drafts", path)
        return None
    try:
        return load(path)
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        log.warning("reading model not loaded (%s): the rules alone read drafts", exc)
        return None


def stale_drafts(model: ReadingModel, root: Path) -> list[str]:
    """The ids of the drafts `model` learned from that are gone or edited since (their file under `root` no
    longer has the recorded SHA-256): the model must be retrained. Drafts added since do not count."""
    stale = []
    for draft_id, record in sorted(model.meta.get("drafts", {}).items()):
        path = root / record["path"]
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != record["sha256"]:
            stale.append(draft_id)
    return stale
