"""A learned guess of the slot a question asks, for the questions the word rules read no slot in (round 16q).

The word rules of asked.py fit the question sets they were written beside; a question in speech they never
met ("boi do tuhor beras 10 kg?", "tiket mlebu berempa?") reads no slot, and the reply used to guess "what".
This model is a multinomial logistic regression (the triage's `fit_softmax`) over the hashed word and
character n-grams of the normalised question (`triage_features.ngram_matrix`), trained on every annotated
question of tests/data/quality/questions_round*.yaml and the extra drafts' `questions:` (never a held-out
draft) by scripts/train_asked_model.py. It only fills the gap: the rules' slots always win.

Leave-one-file-out over 2,008 questions (first asked slot right): rules 1,342; rules with this model where the
rules read nothing 1,452; no file worse (docs in the round-16q section). When the file is missing or its
weights do not match their recorded hash, the rules alone run.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.core.triage_features import ngram_matrix
from bot.core.triage_model import softmax

log = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "asked" / "slot_model.npz"
#: Feature weights of the two n-gram families (as the leave-one-file-out run).
WORD_WEIGHT = 1.0
CHAR_WEIGHT = 1.0


def features(texts: list[str]) -> np.ndarray:
    """Hashed n-grams of normalised questions, with a bias column."""
    grams = ngram_matrix(texts, WORD_WEIGHT, CHAR_WEIGHT)
    return np.hstack([grams, np.ones((len(texts), 1), dtype=np.float32)])


def weights_hash(weights: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(weights).tobytes()).hexdigest()


@lru_cache(maxsize=1)
def _model() -> tuple[np.ndarray, tuple[str, ...]] | None:
    try:
        with np.load(MODEL_PATH, allow_pickle=False) as data:
            weights = data["weights"]
            slots = tuple(str(s) for s in data["slots"])
            recorded = str(data["sha256"])
    except (OSError, KeyError, ValueError):
        log.warning("asked-slot model unreadable: the rules alone read questions")
        return None
    if weights_hash(weights) != recorded:
        log.warning("asked-slot model does not match its hash: the rules alone read questions")
        return None
    return weights.astype(np.float32), slots


def guess_slot(normalised: str) -> str | None:
    """The slot a normalised question most likely asks, or None without a model."""
    model = _model()
    if model is None or not normalised.strip():
        return None
    weights, slots = model
    probs = softmax((features([normalised]) @ weights).astype(np.float64))
    return slots[int(probs[0].argmax())]
