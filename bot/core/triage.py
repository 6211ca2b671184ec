"""Comment triage that weighs every signal, not the first keyword.

Two layers:

1. **Sure rules** (`triage_rules`, high precision): personal data, online gambling and loans, a link
   with a sales pitch, orders to the bot (spam to hide), campaign language. When one fires, it decides.
2. **A classifier** (`triage_model`) for the rest: the comment's embedding (through an
   `embed(texts) -> vectors` callable handed in by the composition root; the core never imports the
   retrieval layer), hashed word and character n-grams of its normalised text (`triage_features`) and
   the rule classifier's signals, fed to a multinomial logistic regression (numpy, deterministic).
   A second, binary model gives the escalation, to which the rules' certain escalations (pungli,
   threats) are added.

Training data: the shipped corpus `bot/resources/triage/comments.jsonl` (the *tune* part of the
quality data set, nothing held out) and `extra.jsonl` (comments the team wrote for training, and each blind
comment set once its unseen run was recorded).
Weights are cached in a folder (`HUMASBOT_TRIAGE_CACHE_DIR`, else the data folder), keyed by a hash of
both files' comments, the embedder's id and the model's settings; a changed corpus or embedder
retrains (minutes: embedding ~8,000 short comments dominates). Without an embedder, or when it fails,
the triage is the rule classifier (`bot/core/classify.py`).

Start-up: `warm()` trains (or loads) in a background thread. A comment that arrives meanwhile waits
for it, at most `WARM_WAIT_S` seconds; after that the rules answer that comment, and later ones get
the model once it is ready. A one-shot caller (the CLI's `reply` and `demo`) calls `ready()` instead:
its process would end before a background training wrote the cache, so every run would fall back to
the rules.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from filelock import FileLock

from bot.core.classify import Classification, classify_comment, escalation, find_signals
from bot.core.triage_model import KINDS, SETTINGS, Example, TriageModel, train
from bot.core.triage_rules import (
    must_escalate,
    personal_data_escalates,
    plain,
    reported_not_campaigned,
    sarcastic_praise,
    sure_rule,
)

__all__ = ["KINDS", "CommentTriage", "Embed", "Example", "corpus_key", "load_corpus", "must_escalate",
           "rule_triage", "shipped_corpora", "shipped_corpus", "sure_rule"]

log = logging.getLogger(__name__)

#: texts -> one vector per text (any dimension, the same for every call).
Embed = Callable[[list[str]], Sequence[Sequence[float]]]

#: How long a comment waits for a model still training in the background before the rules answer it.
WARM_WAIT_S = 30.0


def load_corpus(path: Path) -> list[Example]:
    """The labelled comments of a JSON-lines file (text, kind, escalate); unknown kinds skipped."""
    out: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("kind") in KINDS and isinstance(row.get("text"), str):
            out.append(Example(text=row["text"], kind=row["kind"], escalate=bool(row.get("escalate"))))
    return out


def shipped_corpus() -> Path:
    """The tune comments of the quality data set (tests check it equals the tune part exactly)."""
    from bot.resources import shipped_dir

    return shipped_dir("triage") / "comments.jsonl"


def shipped_corpora() -> list[Path]:
    """Every shipped training file: the tune comments and the team's extra comments."""
    return [shipped_corpus(), shipped_corpus().with_name("extra.jsonl")]


def corpus_key(examples: Sequence[Example], model_id: str) -> str:
    """Hash of the corpus, the embedder and the model's settings: the cache's name."""
    h = hashlib.sha256()
    h.update(f"{SETTINGS}|{model_id}\n".encode())
    for e in examples:
        h.update(json.dumps([e.text, e.kind, e.escalate], ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:20]


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Hold the cache folder's lock file, so processes sharing the folder train once and the others
    load; a folder where no lock file can be made (read-only) is used without one."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(folder / ".triage.lock"))
        lock.acquire()
    except OSError as err:
        log.warning("triage cache %s without a lock: %s", folder, err)
        yield
        return
    try:
        yield
    finally:
        lock.release()


# --- the triage -----------------------------------------------------------------------

_CAMPAIGN_SUPPORT = ("Komentar bernuansa kampanye (dukungan calon atau partai); ASN wajib netral: jangan ikut "
                     "menanggapi dukungannya, balas netral atau biarkan.")

_REASONS: dict[str, str] = {
    "hoax": "Komentar menyinggung kabar yang belum pasti atau hoaks; perlu verifikasi ke unit terkait.",
    "complaint": "Keluhan warga yang perlu koordinasi; teruskan ke unit terkait dan pimpinan.",
    "political": "Komentar bernuansa politik; ASN wajib netral, konsultasikan dengan pimpinan sebelum membalas.",
    "personal_data": "Komentar memuat data pribadi; sembunyikan dan tangani lewat pesan pribadi.",
}


class CommentTriage:
    """The triage of one comment: sure rules, then the classifier, else the rule classifier.

    `embed` is None (or failing): the rules alone. The model is trained (or loaded from `cache_dir`)
    under a lock, by `warm()` in the background at start-up or else on first use; `corpus` is one
    training file or several (default: the shipped ones)."""

    def __init__(self, embed: Embed | None = None, *, model_id: str = "", corpus: Path | Sequence[Path] | None = None,
                 cache_dir: Path | None = None):
        self.embed = embed
        self.model_id = model_id or "embedder"
        self.corpora = [corpus] if isinstance(corpus, Path) else list(corpus or [])
        self.cache_dir = cache_dir
        self._model: TriageModel | None = None
        self._failed = False
        self._lock = threading.Lock()
        self._warming: threading.Thread | None = None

    @property
    def uses_model(self) -> bool:
        return self.embed is not None and not self._failed

    def warm(self) -> threading.Thread | None:
        """Train or load the model in a background (daemon) thread; None without an embedder."""
        if self.embed is None or self._failed or self._model is not None:
            return None
        if self._warming is None:
            self._warming = threading.Thread(target=self.prepare, name="triage-warm", daemon=True)
            self._warming.start()
        return self._warming

    def prepare(self, wait: float | None = None) -> TriageModel | None:
        """The trained model (trained or loaded now if needed); None without an embedder, or when
        another thread is still training it after `wait` seconds (None: wait as long as it takes)."""
        if self._model is not None or self.embed is None or self._failed:
            return self._model
        if not self._lock.acquire(timeout=-1 if wait is None else wait):
            return None
        try:
            if self._model is None and not self._failed:
                try:
                    self._model = self._load_or_train()
                except Exception as err:  # an embedder that fails must not break replies
                    log.warning("triage model unavailable, rules only: %s", err)
                    self._failed = True
            return self._model
        finally:
            self._lock.release()

    def ready(self, notify: Callable[[str], None] | None = None) -> TriageModel | None:
        """The model, trained now if no cache holds it, however long that takes; `notify` hears first
        that it has to train (a minute or two, once per corpus and embedder)."""
        if self.uses_model and self._model is None and notify is not None and not self.cached():
            notify("Menyiapkan pengklasifikasi komentar (sekali saja, beberapa menit)...")
        return self.prepare(wait=None)

    def cached(self) -> bool:
        """Whether trained weights for the current corpus and embedder are in the cache folder."""
        path = self.cache_path(corpus_key(self.examples(), self.model_id))
        return path is not None and path.exists()

    def examples(self) -> list[Example]:
        return [Example(plain(e.text), e.kind, e.escalate)
                for path in (self.corpora or shipped_corpora()) if path.exists() for e in load_corpus(path)]

    def _load_or_train(self) -> TriageModel:
        assert self.embed is not None
        examples = self.examples()
        cached = self.cache_path(corpus_key(examples, self.model_id))
        if cached is None:
            return self._train(examples)
        with _folder_lock(cached.parent):
            if cached.exists():
                try:
                    with np.load(cached) as data:
                        return TriageModel(**{name: data[name] for name in TriageModel.ARRAYS})
                except (OSError, ValueError, KeyError) as err:
                    log.warning("triage cache %s unreadable, retraining: %s", cached, err)
            model = self._train(examples)
            self._store(cached, model)
            return model

    def _train(self, examples: list[Example]) -> TriageModel:
        assert self.embed is not None
        return train(np.asarray(self.embed([e.text for e in examples]), dtype=np.float64), examples)

    @staticmethod
    def _store(cached: Path, model: TriageModel) -> None:
        """Write the weights under their final name atomically; another process or thread sharing the
        folder may be training or loading at the same time, so the temporary name is this writer's own
        and weights of other corpora are removed only once these are in place (the folder exists: the lock made it)."""
        tmp = cached.with_name(f".{cached.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
        np.savez(tmp, **model.arrays())  # type: ignore[arg-type]
        tmp.replace(cached)
        for old in cached.parent.glob("triage-*.npz"):
            if old.name != cached.name:
                old.unlink(missing_ok=True)

    def cache_path(self, key: str) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / f"triage-{key}.npz"

    def classify(self, text: str) -> Classification:
        """Kind, escalation and reason of one comment."""
        text = plain(text)
        sure = sure_rule(text)
        if sure is not None and sure.kind != "political":
            return sure
        model = self.prepare(wait=WARM_WAIT_S if self._warming is not None else None)
        if model is None:
            return sure or classify_comment(text)
        try:
            x = model.features(np.asarray(self.embed([text]), dtype=np.float64), [text])  # type: ignore[misc]
        except Exception as err:  # busy or broken embedder: the rules answer this one
            log.warning("triage embedding failed, rules only: %s", err)
            return classify_comment(text)
        (kind,), (confidence,), (escalate,) = model.predict(x)
        if sure is not None:
            # Campaign language is political for sure; whether it needs the leadership (an attack, not
            # support) is the escalation model's call.
            escalate = escalate or must_escalate(text, sure.kind) is not None
            return Classification(sure.kind, escalate, sure.reason if escalate else _CAMPAIGN_SUPPORT,
                                  [*sure.signals, f"model {confidence:.2f}"])
        kind = sarcastic_praise(text, reported_not_campaigned(text, kind))
        rules = classify_comment(text)
        signals = [f"model {confidence:.2f}", *rules.signals]
        sure_esc = must_escalate(text, kind)
        if sure_esc is not None:
            return Classification(kind, True, sure_esc[1], signals)
        if kind in ("spam", "praise", "other", "question"):
            escalate = False if kind != "question" else escalate
        if kind == "personal_data":
            # What the data is decides, not the model: a commenter's own contact is no leak to escalate.
            escalate = personal_data_escalates(text)
        if kind == rules.kind and escalate == rules.escalate:
            return Classification(kind, escalate, rules.reason, signals)
        _, reason = escalation(kind, find_signals(text))
        if escalate and kind in _REASONS:
            reason = _REASONS[kind]
        return Classification(kind, escalate, reason, signals)

    __call__ = classify


def rule_triage() -> CommentTriage:
    """The triage without an embedder: the rule classifier behind the sure rules."""
    return CommentTriage(None)
