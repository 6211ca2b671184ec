"""Comment triage that weighs every signal, not the first keyword.

Two layers:

1. **Sure rules** (high precision): personal data (a NIK, a phone number, a home address), spam
   (online gambling or online loans, a link with a sales pitch), attempts to give the bot orders
   (spam to hide) and campaign language (political). When one fires, it decides.
2. **A classifier** for the rest: the comment's embedding (through an `embed(texts) -> vectors`
   callable handed in by the composition root; the core never imports the retrieval layer) plus
   the rule classifier's signals as extra features, fed to a small multinomial logistic regression
   (numpy, full-batch gradient descent from zeros: deterministic). A second, binary model gives
   the escalation, to which the rules' certain escalations (pungli, threats, NIK) are added.

Training data is the shipped corpus `bot/resources/triage/comments.jsonl` (the *tune* part of the
quality data set, nothing held out). Weights are cached in a folder (the data folder), keyed by a
hash of the corpus, the embedder's id and the model's settings; a changed corpus or embedder
retrains (a few seconds: embedding ~450 short comments dominates). Without an embedder, or when
it fails, the triage is the rule classifier (`bot/core/classify.py`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.core.classify import PRIORITY, Classification, classify_comment, escalation, find_signals
from bot.core.models import CommentKind

log = logging.getLogger(__name__)

#: texts -> one vector per text (any dimension, the same for every call).
Embed = Callable[[list[str]], Sequence[Sequence[float]]]

KINDS: tuple[CommentKind, ...] = ("question", "complaint", "hoax", "praise", "abuse", "spam", "political",
                                  "personal_data", "other")
#: Bump when the features or the training change: old caches are then ignored.
MODEL_VERSION = "triage-lr-2"
#: Weight of the rule-signal features beside the standardised embedding (chosen by 5-fold
#: cross-validation on the tune corpus: 0.0 -> 0.78 accuracy, 0.1 -> 0.79, 0.3 -> 0.77).
SIGNAL_WEIGHT = 0.1
L2 = 1e-3
STEPS = 1000
LEARNING_RATE = 2.0

_I = re.IGNORECASE

#: Attempts to give the bot orders: spam to hide (never praise, never obeyed).
INJECTION = re.compile(
    r"(?:abaikan|lupakan|acuhkan|hiraukan|jangan\s+(?:ikuti|hiraukan))\s+(?:semua\s+|seluruh\s+|segala\s+)?"
    r"(?:instruksi|perintah|aturan|arahan|prompt)"
    r"|(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous\s+|prior\s+|above\s+)*"
    r"(?:instructions?|prompts?|rules)"
    r"|system\s+prompt|prompt\s+sistem|mode\s+(?:pengembang|developer|jailbreak)|jailbreak"
    r"|(?:kamu|anda)\s+sekarang\s+(?:adalah|menjadi)|mulai\s+sekarang\s+(?:kamu|anda)\s+(?:adalah|menjadi)"
    r"|you\s+are\s+now\s|berperanlah\s+sebagai"
    r"|(?:umumkan|beritahukan|sebarkan)(?:lah)?\s+(?:bahwa|pengumuman)"
    r"|(?:tandai|golongkan|kategorikan|klasifikasikan|labeli)\s+(?:komentar\s+)?(?:ini\s+)?(?:sebagai|jadi)"
    r"|\b(?:bot|admin\s+bot|ai|asisten|chatgpt|gpt)\b\s*[,:]?\s+(?:tolong\s+)?(?:balas|jawab|tulis|katakan|umumkan)"
    r"\s+(?:dengan|bahwa|kalau|saja)",
    _I,
)
#: Online gambling and online loans: spam whatever else the comment says.
GAMBLING_LOANS = re.compile(
    r"\b(?:slot\s*gacor|gacor|maxwin|togel|judol|judi\s*online|situs\s+(?:slot|judi)|scatter|rtp\s+live|"
    r"pinjol|pinjaman\s+online|dana\s+cepat|cair\s+cepat|pinjaman\s+tanpa\s+agunan|kredit\s+cepat)\b",
    _I,
)
LINK = re.compile(r"https?://|www\.|\bbit\.ly\b|\bs\.id/|\b[\w-]+\.(?:com|xyz|site|online|shop|club|vip|me|link)\b",
                  _I)
SALES = re.compile(
    r"\b(?:promo|diskon|order|jual|dijual|reseller|dropship|open\s+po|cuan|investasi|trading|giveaway|"
    r"endorse|follow\s*back|cek\s+bio|klik\s+link|link\s+di\s+bio|daftar\s+sekarang|bonus|deposit|modal|"
    r"penghasilan|gaji|loker|lowongan|wa\s*:?\s*0?8\d|hub(?:ungi)?\s*:?\s*0?8\d)\b",
    _I,
)
#: Campaign language: support or attack of candidates and parties.
CAMPAIGN = re.compile(
    r"\b(?:coblos|nyoblos|nomor\s+urut|pilih\s+(?:nomor|no\.?)\s*\d|paslon|capres|cawapres|caleg|"
    r"(?:dua|2)\s+periode|timses|tim\s+sukses|jangan\s+pilih|pilih\s+(?:pak|bu|bapak|ibu)\s+\w+)\b",
    _I,
)
#: Reports of illegal levies or bribes: complaints to escalate to the integrity channel.
PUNGLI = re.compile(
    r"\b(?:pungli|pungutan\s+liar|suap|sogok|nyogok|uang\s+(?:pelicin|rokok|terima\s+kasih|administrasi)|"
    r"(?:di)?mintai?\s+(?:uang|duit|biaya|bayaran)|ditagih|disuruh\s+bayar|harus\s+bayar|bayar\s+(?:lagi\s+)?"
    r"(?:rp\.?\s*)?\d+\s*(?:rb|ribu|k|jt|juta)|minta\s+(?:uang|duit|jatah))\b",
    _I,
)
#: A free service named beside a payment: with PUNGLI, the report of a levy.
FREE_SERVICE = re.compile(r"\b(?:gratis|free|tidak\s+dipungut|tanpa\s+biaya|katanya\s+gratis|harusnya\s+gratis)\b",
                          _I)
#: Personal data the rules see for sure (a NIK, a phone number outside a sales pitch, an address).
NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
PHONE = re.compile(r"(?<!\d)(?:\+62|62|0)8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)")
ADDRESS = re.compile(
    r"\b(?:jl\.?|jln\.?|jalan|gg\.?|gang)\s+[\w .]{2,40}?\b(?:no\.?|nomor)\s*\d+"
    r"|\brt\.?\s*0?\d{1,3}\s*/\s*rw\.?\s*0?\d{1,3}\b",
    _I,
)


@dataclass(frozen=True)
class Example:
    text: str
    kind: CommentKind
    escalate: bool


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
    from bot.resources import shipped_dir

    return shipped_dir("triage") / "comments.jsonl"


def corpus_key(examples: Sequence[Example], model_id: str) -> str:
    """Hash of the corpus, the embedder and the model's settings: the cache's name."""
    h = hashlib.sha256()
    h.update(f"{MODEL_VERSION}|{model_id}|{SIGNAL_WEIGHT}|{L2}|{STEPS}|{LEARNING_RATE}\n".encode())
    for e in examples:
        h.update(json.dumps([e.text, e.kind, e.escalate], ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:20]


# --- the sure rules ---------------------------------------------------------------------


def sure_rule(text: str) -> Classification | None:
    """A verdict the rules are sure of, or None (then the classifier weighs the signals)."""
    low = text.lower()
    if INJECTION.search(low):
        # An order to the bot cannot lower its own escalation: what the rest of it reports still counts.
        rules = classify_comment(text)
        sure = must_escalate(text, rules.kind)
        escalate = rules.escalate or sure is not None
        reason = "Komentar mencoba memberi perintah kepada bot; sembunyikan, jangan dituruti."
        if escalate:
            reason += " Isinya tetap perlu ditindaklanjuti: " + (sure[1] if sure else rules.reason)
        return Classification("spam", escalate, reason, ["perintah ke bot", *rules.signals])
    if GAMBLING_LOANS.search(low) or (LINK.search(low) and SALES.search(low)):
        return Classification("spam", False, "Komentar berisi promosi, judi online, pinjol, atau tautan yang tidak "
                                             "relevan; sembunyikan.", ["judi/pinjol/promosi"])
    if NIK.search(low):
        return Classification("personal_data", True, "Komentar memuat data pribadi sensitif (NIK); segera "
                                                     "sembunyikan dan tangani lewat pesan pribadi.", ["NIK"])
    if ADDRESS.search(low):
        return Classification("personal_data", True, "Komentar memuat alamat rumah seseorang; segera sembunyikan "
                                                     "dan tangani lewat pesan pribadi.", ["alamat"])
    if PHONE.search(low) and not SALES.search(low):
        return Classification("personal_data", False, "Komentar memuat nomor telepon; jangan diulang di balasan, "
                                                      "pindahkan ke pesan pribadi.", ["nomor telepon"])
    if CAMPAIGN.search(low):
        return Classification("political", True, "Komentar bernuansa kampanye politik; ASN wajib netral, "
                                                  "konsultasikan dengan pimpinan sebelum membalas.", ["kampanye"])
    return None


def must_escalate(text: str, kind: CommentKind) -> tuple[bool, str] | None:
    """Escalations the rules are certain of, whatever the model says (None: none)."""
    low = text.lower()
    if kind in ("complaint", "question", "hoax", "other") and PUNGLI.search(low):
        return True, ("Laporan pungutan liar atau permintaan uang; teruskan ke kanal pengaduan integritas "
                      "(inspektorat/Saber Pungli) dan pimpinan.")
    found = find_signals(text)
    if "ancaman" in found.get("abuse", []):
        return True, "Komentar memuat ancaman; simpan bukti dan teruskan ke pimpinan atau pihak berwenang."
    return None


# --- features and the linear model ----------------------------------------------------

_GROUPS: tuple[str, ...] = (*PRIORITY, "injection", "gambling", "link", "sales", "campaign", "pungli", "free",
                            "nik", "phone", "address")


def signal_features(text: str) -> np.ndarray:
    """One 0/1 feature per rule group (and per sure-rule pattern), plus the first-match kind."""
    found = find_signals(text)
    low = text.lower()
    extra = {"injection": INJECTION, "gambling": GAMBLING_LOANS, "link": LINK, "sales": SALES, "campaign": CAMPAIGN,
             "pungli": PUNGLI, "free": FREE_SERVICE, "nik": NIK, "phone": PHONE, "address": ADDRESS}
    vec = [1.0 if found.get(g) else 0.0 for g in PRIORITY]
    vec += [1.0 if extra[g].search(low) else 0.0 for g in _GROUPS[len(PRIORITY):]]
    first = classify_comment(text).kind
    vec += [1.0 if first == k else 0.0 for k in KINDS]
    return np.asarray(vec, dtype=np.float64)


def features(vectors: np.ndarray, texts: Sequence[str], mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Standardised embedding (E5 vectors all lie close together: centring them is what lets a linear
    model separate the kinds), the weighted rule signals, and a bias column."""
    unit = (vectors - mean) / scale / np.sqrt(vectors.shape[1])
    signals = np.stack([signal_features(t) for t in texts]) * SIGNAL_WEIGHT
    return np.hstack([unit, signals, np.ones((len(texts), 1))])


def fit_softmax(x: np.ndarray, y: np.ndarray, n_classes: int, *, l2: float = L2, steps: int = STEPS,
                lr: float = LEARNING_RATE) -> np.ndarray:
    """Multinomial logistic regression by full-batch gradient descent from zeros (deterministic).
    Classes are weighted by inverse frequency, so rare kinds are not drowned by questions."""
    n, d = x.shape
    w = np.zeros((d, n_classes))
    onehot = np.eye(n_classes)[y]
    counts = np.bincount(y, minlength=n_classes).astype(np.float64)
    weight = (n / (n_classes * np.maximum(counts, 1.0)))[y][:, None]
    for _ in range(steps):
        p = softmax(x @ w)
        grad = x.T @ ((p - onehot) * weight) / n + l2 * w
        w -= lr * grad
    return w


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


@dataclass
class TriageModel:
    mean: np.ndarray
    scale: np.ndarray
    kind_w: np.ndarray
    esc_w: np.ndarray

    def features(self, vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        return features(vectors, texts, self.mean, self.scale)

    def predict(self, x: np.ndarray) -> tuple[list[CommentKind], list[float], list[bool]]:
        p = softmax(x @ self.kind_w)
        e = softmax(x @ self.esc_w)[:, 1]
        kinds = [KINDS[int(i)] for i in p.argmax(axis=1)]
        return kinds, [float(v) for v in p.max(axis=1)], [bool(v >= 0.5) for v in e]

    def arrays(self) -> dict[str, np.ndarray]:
        return {"mean": self.mean, "scale": self.scale, "kind_w": self.kind_w, "esc_w": self.esc_w}


def train(vectors: np.ndarray, examples: Sequence[Example]) -> TriageModel:
    """Both models (kind, escalation) on the embeddings of `examples`."""
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    x = features(vectors, [e.text for e in examples], mean, scale)
    y = np.asarray([KINDS.index(e.kind) for e in examples])
    esc = np.asarray([int(e.escalate) for e in examples])
    return TriageModel(mean=mean, scale=scale, kind_w=fit_softmax(x, y, len(KINDS)), esc_w=fit_softmax(x, esc, 2))


# --- the triage -----------------------------------------------------------------------

_REASONS: dict[str, str] = {
    "hoax": "Komentar menyinggung kabar yang belum pasti atau hoaks; perlu verifikasi ke unit terkait.",
    "complaint": "Keluhan warga yang perlu koordinasi; teruskan ke unit terkait dan pimpinan.",
    "political": "Komentar bernuansa politik; ASN wajib netral, konsultasikan dengan pimpinan sebelum membalas.",
    "personal_data": "Komentar memuat data pribadi; sembunyikan dan tangani lewat pesan pribadi.",
}


#: Kinds the model may not give a comment that asks something unless a rule of theirs fires too: short
#: questions in slang lie close to insults in the embedding. Neutral on the tune corpus (5-fold CV
#: 0.792 -> 0.790) and it keeps questions under a post from being hidden as abuse or spam.
_NEEDS_SIGNAL: dict[str, tuple[str, ...]] = {"abuse": ("abuse",), "spam": ("spam_strong", "spam_weak")}


class CommentTriage:
    """The triage of one comment: sure rules, then the classifier, else the rule classifier.

    `embed` is None (or failing): the rules alone. The model is trained on first use (or loaded
    from `cache_dir`), under a lock; `prepare()` does it ahead of time."""

    def __init__(self, embed: Embed | None = None, *, model_id: str = "", corpus: Path | None = None,
                 cache_dir: Path | None = None):
        self.embed = embed
        self.model_id = model_id or "embedder"
        self.corpus = corpus
        self.cache_dir = cache_dir
        self._model: TriageModel | None = None
        self._failed = False
        self._lock = threading.Lock()

    @property
    def uses_model(self) -> bool:
        return self.embed is not None and not self._failed

    def prepare(self) -> TriageModel | None:
        """The trained model (trained or loaded now if needed); None without an embedder."""
        if self.embed is None or self._failed:
            return None
        with self._lock:
            if self._model is None and not self._failed:
                try:
                    self._model = self._load_or_train()
                except Exception as err:  # an embedder that fails must not break replies
                    log.warning("triage model unavailable, rules only: %s", err)
                    self._failed = True
            return self._model

    def _load_or_train(self) -> TriageModel:
        assert self.embed is not None
        examples = load_corpus(self.corpus or shipped_corpus())
        key = corpus_key(examples, self.model_id)
        cached = self.cache_path(key)
        if cached is not None and cached.exists():
            try:
                with np.load(cached) as data:
                    return TriageModel(mean=data["mean"], scale=data["scale"], kind_w=data["kind_w"],
                                       esc_w=data["esc_w"])
            except (OSError, ValueError, KeyError) as err:
                log.warning("triage cache %s unreadable, retraining: %s", cached, err)
        texts = [e.text for e in examples]
        model = train(np.asarray(self.embed(texts), dtype=np.float64), examples)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            for old in cached.parent.glob("triage-*.npz"):
                old.unlink(missing_ok=True)
            tmp = cached.with_suffix(".tmp.npz")
            np.savez(tmp, mean=model.mean, scale=model.scale, kind_w=model.kind_w, esc_w=model.esc_w)
            tmp.replace(cached)
        return model

    def cache_path(self, key: str) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / f"triage-{key}.npz"

    def classify(self, text: str) -> Classification:
        """Kind, escalation and reason of one comment."""
        text = text or ""
        sure = sure_rule(text)
        if sure is not None:
            return sure
        model = self.prepare()
        if model is None:
            return classify_comment(text)
        try:
            x = model.features(np.asarray(self.embed([text]), dtype=np.float64), [text])  # type: ignore[misc]
        except Exception as err:  # busy or broken embedder: the rules answer this one
            log.warning("triage embedding failed, rules only: %s", err)
            return classify_comment(text)
        (kind,), (confidence,), (escalate,) = model.predict(x)
        found = find_signals(text)
        if kind in _NEEDS_SIGNAL and not any(found.get(g) for g in _NEEDS_SIGNAL[kind]) and found.get("question"):
            kind = "question"  # abuse or spam the rules cannot see, in a comment that asks something: a question
        rules = classify_comment(text)
        signals = [f"model {confidence:.2f}", *rules.signals]
        sure_esc = must_escalate(text, kind)
        if sure_esc is not None:
            return Classification(kind, True, sure_esc[1], signals)
        if kind in ("spam", "praise", "other", "question"):
            escalate = False if kind != "question" else escalate
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
