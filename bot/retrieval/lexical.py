"""Indonesian lexical search: tokenizer, Sastrawi stemmer and a BM25 index (bm25s)."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)

#: Roots the Sastrawi dictionary lacks (see STACK.md): without them the derived
#: forms stay unstemmed (`pemberitahuan`, `memviralkan`, `menyebarluaskan`).
EXTRA_ROOTS: tuple[str, ...] = (
    "beritahu", "viral", "sebarluas", "hoaks", "hoax", "warganet", "netizen", "daring", "luring",
    "posting", "bansos", "swafoto", "admin", "infografis", "misinformasi",
)

#: Small list of function words; BM25's idf handles the rest.
STOPWORDS: frozenset[str] = frozenset(
    """
    yang dan di ke dari untuk dengan pada ini itu atau dalam adalah akan juga sudah telah
    oleh sebagai bagi karena agar supaya bahwa jika bila kalau maka namun tetapi tapi serta
    para pun lah kah tah nya se sebuah seorang suatu saat ketika sedang masih lebih sangat
    apa siapa mana bagaimana kapan mengapa kenapa berapa apakah bisakah bagaimanakah
    saya aku kami kita anda kamu mereka dia ia beliau kalian
    ada adanya yaitu yakni tersebut hal dapat bisa harus perlu boleh mau ingin
    sih dong kok ya deh nah kan tuh gimana gak nggak enggak udah aja saja
    """.split()
)


#: Everyday and English words officers type, mapped (after stemming) to the terms the
#: guidelines use. Applied to documents and queries alike.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "hashtag": ("tagar",),
    "medsos": ("media", "sosial"),
    "hp": ("ponsel",),
    "handphone": ("ponsel",),
    "wa": ("whatsapp",),
    "ig": ("instagram",),
    "fb": ("facebook",),
    "posting": ("unggah",),
    "upload": ("unggah",),
    "hoax": ("hoaks",),
    "netizen": ("warganet",),
    "pemda": ("pemerintah", "daerah"),
}


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    words = StemmerFactory().get_words()
    dictionary = ArrayDictionary(words)
    dictionary.add_words(EXTRA_ROOTS)
    return Stemmer(dictionary)


_stem_lock = threading.Lock()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem one lower-case Indonesian word (cached)."""
    if len(word) <= 3 or any(ch.isdigit() for ch in word):
        return word
    with _stem_lock:  # Sastrawi is pure Python; keep it single-threaded to be safe
        out = _stemmer().stem(word)
    return out or word


def tokenize(text: str, *, stemmed: bool = True) -> list[str]:
    """Lower-case word tokens without stopwords, stemmed by default.

    Reduplicated words (`anak-anak`) are stemmed by Sastrawi to their root; other hyphenated
    words (`e-ktp`, `covid-19`) stay whole.
    """
    out: list[str] = []
    for raw in _TOKEN.findall(text.lower()):
        if raw in STOPWORDS or len(raw) < 2:
            continue
        token = stem(raw) if stemmed else raw
        if token and token not in STOPWORDS:
            out.extend(SYNONYMS.get(token, (token,)))
    return out


class BM25Index:
    """An immutable BM25 index over `(ids, texts)`; rebuild it when the store changes."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str]):
        if len(ids) != len(texts):
            raise ValueError("ids and texts differ in length")
        self.ids: list[str] = list(ids)
        self._bm25 = None
        self._vocab: dict[str, int] = {}
        if not self.ids:
            return
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
        corpus = [tokenize(t) for t in texts]
        if not any(corpus):
            return
        model = bm25s.BM25()
        model.index(corpus, show_progress=False)
        self._bm25 = model
        self._vocab = model.vocab_dict

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """The `k` best `(id, score)` pairs with a positive score, best first."""
        if self._bm25 is None or k <= 0:
            return []
        tokens = [t for t in tokenize(query) if t in self._vocab and t]
        if not tokens:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
