"""Hybrid retrieval: BM25 and dense rankings fused by reciprocal rank fusion (RRF)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from bot.retrieval.embeddings import EmbedderBusy

log = logging.getLogger(__name__)

RRF_K = 60


@dataclass
class Candidate:
    """One chunk as a ranker returns it; `score` is the ranker's own score."""

    id: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    score: float = 0.0


Ranker = Callable[[str, int], Sequence[Candidate]]


def rrf_fuse(rankings: Sequence[Sequence[str]], *, k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: score(d) = sum over rankings of 1 / (k + rank), rank from 1.

    Ties keep the order in which ids were first met (first ranking first), so the result is
    deterministic.
    """
    scores: dict[str, float] = {}
    for ranking in rankings:
        seen: set[str] = set()
        for rank, cid in enumerate(ranking, start=1):
            if cid in seen:
                continue
            seen.add(cid)
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank)
    order = {cid: i for i, cid in enumerate(scores)}
    return sorted(scores.items(), key=lambda item: (-item[1], order[item[0]]))


class HybridRetriever(BaseRetriever):
    """A langchain retriever fusing a lexical and a dense ranker with RRF.

    `lexical` and `dense` are callables `(query, n) -> [Candidate]`, best first. A dense
    ranker that fails (e.g. a remote embedding API is down) is logged and skipped, so
    search degrades to BM25 instead of failing.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    lexical: Ranker
    dense: Ranker
    k: int = 4
    fetch_k: int = 24
    rrf_k: int = RRF_K

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None
    ) -> list[Document]:
        return self.retrieve(query, self.k)

    def retrieve(self, query: str, k: int | None = None) -> list[Document]:
        k = self.k if k is None else k
        if k <= 0 or not query or not query.strip():
            return []
        fetch = max(self.fetch_k, k * 3)
        lexical = list(self.lexical(query, fetch))
        skipped = False
        try:
            dense = list(self.dense(query, fetch))
        except EmbedderBusy as err:  # overload: this query goes without its dense ranking
            log.info("%s; hanya memakai BM25 untuk kueri ini", err)
            dense, skipped = [], True
        except Exception as err:  # degrade to lexical search, but say so
            log.warning("pencarian vektor gagal, hanya memakai BM25: %s", err)
            dense, skipped = [], True
        pool: dict[str, Candidate] = {}
        for cand in [*dense, *lexical]:
            pool.setdefault(cand.id, cand)
        lex_rank = {c.id: (i + 1, c.score) for i, c in enumerate(lexical)}
        dense_rank = {c.id: (i + 1, c.score) for i, c in enumerate(dense)}
        fused = rrf_fuse([[c.id for c in lexical], [c.id for c in dense]], k=self.rrf_k)
        docs: list[Document] = []
        for cid, score in fused[:k]:
            cand = pool[cid]
            meta = dict(cand.metadata)
            meta.update(id=cid, score=score, title=meta.get("title", ""), path=meta.get("path", ""))
            if cid in lex_rank:
                meta["bm25_rank"], meta["bm25_score"] = lex_rank[cid]
            if cid in dense_rank:
                meta["dense_rank"], meta["dense_score"] = dense_rank[cid]
            if skipped:
                meta["dense_skipped"] = True
            docs.append(Document(page_content=cand.text, metadata=meta, id=cid))
        return docs
