"""Unusual knowledge files in a folder: each is named in the report and left out, every other file is
ingested, and start-up goes on (issue 10, findings 2, 4 and 14).

Front matter the store would refuse is sanitised; a file name that is not UTF-8, a zip bomb, a PDF of
too many pages, too much text or too many chunks, and a link leading out of the folder are refused by
name. A store that refuses a batch anyway is written again file by file.
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_service
from bot.errors import BadInput, StoreError
from bot.retrieval import loaders
from bot.retrieval.embeddings import HashEmbeddings
from bot.retrieval.knowledge_base import KnowledgeBase
from bot.retrieval.writer import EMBED_BATCH as _EMBED_BATCH
from bot.settings import Settings
from tests.support.bad_input_corpus import docx_bomb

GOOD = {
    "awal.md": "# Siaga Banjir\n\nPosko pengungsian dibuka di GOR kecamatan saat banjir.\n",
    "zakhir.md": "# Vaksinasi\n\nVaksinasi gratis di puskesmas setiap Sabtu pagi.\n",
}


def _fill(folder: Path) -> None:
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")


def _sources(kb: KnowledgeBase) -> set[str]:
    return {str(rec.metadata["path"]) for rec in kb.store.records(with_text=False)}


def _good_ingested(kb: KnowledgeBase) -> None:
    assert {"knowledge/awal.md", "knowledge/zakhir.md"} <= _sources(kb)
    assert "Posko pengungsian" in kb.search("posko pengungsian banjir", k=1)[0].text
    assert "Vaksinasi gratis" in kb.search("vaksinasi puskesmas", k=1)[0].text


def _words(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    pool = ["warga", "layanan", "jadwal", "banjir", "posko", "vaksin", "kelurahan", "gratis", "dokumen"]
    return " ".join(rng.choice(pool) for _ in range(n))


# --- finding 2: front matter and file names -----------------------------------------------------

HUGE = "x" * 200_000
FRONT_MATTER = [
    '"$schema": https://contoh.go.id/skema.json',
    '"": kunci kosong',
    '"chroma:document": dicadangkan',
    '"#catatan": tanda pagar',
    '" $#chroma:CHROMA:tema ": awalan berlapis',
    "1: kunci angka",
    "2026-01-01: kunci tanggal",
    "null: kunci kosong",
    "true: kunci boolean",
    '"baris\\nbaru\\u0000nol": kunci dengan kontrol',
    "bertingkat: {a: [1, {b: null}], c: {d: e}}",
    "kosong: null",
    "daftar: [1, 2.5, [3, true]]",
    "hampa: []",
    f"besar: {HUGE}",
    "title: [Judul, Ganda]",
    '"\\u200b\\u2060": tak terlihat',
]


@pytest.mark.parametrize("block", FRONT_MATTER, ids=range(len(FRONT_MATTER)))
def test_front_matter_the_store_refuses_is_sanitised(settings: Settings, knowledge_dir: Path, block: str) -> None:
    _fill(knowledge_dir)
    (knowledge_dir / "tengah.md").write_text(
        f"---\n{block}\ntopik: pedoman\n---\n# Pedoman Tengah\n\nKlarifikasi hoaks ditulis singkat dan sopan.\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase(settings)
    report = kb.ingest()
    assert report.errors == [] and report.new == 3, report
    _good_ingested(kb)
    middle = [rec for rec in kb.store.records() if rec.metadata["path"] == "knowledge/tengah.md"]
    assert middle and "Klarifikasi hoaks" in middle[0].text
    for rec in middle:
        for key in rec.metadata:
            assert key.strip() and key.isprintable() and not key.lower().startswith(("$", "#", "chroma:")), key
        assert all(len(key) <= 100 and len(str(value)) <= 500 for key, value in rec.metadata.items()), rec.metadata
        assert rec.metadata["topik"] == "pedoman"


def test_sanitised_keys_keep_their_name(settings: Settings, knowledge_dir: Path) -> None:
    (knowledge_dir / "skema.md").write_text(
        '---\n"$schema": https://contoh.go.id/s.json\n"chroma:topik": banjir\n---\n# Skema\n\nIsi pedoman.\n',
        encoding="utf-8",
    )
    kb = KnowledgeBase(settings)
    kb.ingest()
    meta = next(kb.store.records()).metadata
    assert meta["schema"] == "https://contoh.go.id/s.json" and meta["topik"] == "banjir"


def test_file_name_that_is_not_utf8_is_named_and_skipped(settings: Settings, knowledge_dir: Path) -> None:
    _fill(knowledge_dir)
    with open(os.fsencode(knowledge_dir) + b"/pedoman-\xff.md", "wb") as handle:
        handle.write(b"# Pedoman\n\nIsi pedoman dengan nama aneh.\n")
    kb = KnowledgeBase(settings)
    report = kb.ingest()
    assert report.new == 2 and len(report.errors) == 1, report
    assert "pedoman-\ufffd.md" in report.errors[0] and "UTF-8" in report.errors[0]
    report.summary_id().encode("utf-8")  # printable, sendable: no surrogates left
    "\n".join(report.errors).encode("utf-8")
    _good_ingested(kb)
    # the same file given explicitly is refused before anything is written
    with pytest.raises(BadInput, match="pedoman-\ufffd.md") as err:
        kb.ingest([Path(os.fsdecode(os.fsencode(knowledge_dir) + b"/pedoman-\xff.md"))], include_default=False)
    str(err.value).encode("utf-8")


def test_unsupported_file_name_that_is_not_utf8_is_listed_printably(settings: Settings, knowledge_dir: Path) -> None:
    _fill(knowledge_dir)
    with open(os.fsencode(knowledge_dir) + b"/logo-\xfe.png", "wb") as handle:
        handle.write(b"\x89PNG")
    report = KnowledgeBase(settings).ingest()
    assert report.skipped == ["knowledge/logo-\ufffd.png"]


# --- finding 2: the store refuses a batch anyway ------------------------------------------------


def _unforeseen_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a key Chroma refuses reach it, as a rule of a newer Chroma would: nothing sanitises
    `$` keys and nothing checks them before the write, so the refusal comes from Chroma itself."""
    import re

    monkeypatch.setattr(loaders, "_RESERVED_KEY_PREFIX", re.compile(r"^\s+"), raising=False)
    monkeypatch.setattr("bot.retrieval.writer.record_problem", lambda *args: None)


def test_refused_batch_is_written_file_by_file(
    settings: Settings, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _unforeseen_rule(monkeypatch)
    _fill(knowledge_dir)
    (knowledge_dir / "tengah.md").write_text('---\n"$schema": x\n---\n# Tengah\n\nIsi tengah.\n', encoding="utf-8")
    kb = KnowledgeBase(settings)
    report = kb.ingest()
    assert report.new == 2 and len(report.errors) == 1, report
    assert "knowledge/tengah.md" in report.errors[0] and "ditolak" in report.errors[0]
    assert _sources(kb) == {"knowledge/awal.md", "knowledge/zakhir.md"}
    assert report.added == kb.count()
    _good_ingested(kb)


def test_refused_file_keeps_its_previous_version_and_leaves_no_part(
    settings: Settings, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file refused in its second batch: the chunks its first batch stored are taken back and its
    previously stored version stays whole; the files around it are stored."""
    _fill(knowledge_dir)
    middle = knowledge_dir / "tengah.md"
    middle.write_text("# Tengah\n\nVersi pertama pedoman tengah.\n", encoding="utf-8")
    kb = KnowledgeBase(settings)
    kb.ingest()
    before = {rec.id: rec.text for rec in kb.store.records() if rec.metadata["path"] == "knowledge/tengah.md"}

    _unforeseen_rule(monkeypatch)
    paragraphs = [f"## Bagian {i}\n\n{_words(60, seed=i)}\n" for i in range(_EMBED_BATCH + 20)]
    middle.write_text("# Tengah\n\n" + "\n".join(paragraphs) + '\n## Akhir\n\nkunci "$x"\n', encoding="utf-8")
    collection = kb.store.collection
    real_upsert = collection.upsert

    def upsert(**kwargs: Any) -> Any:  # refuse the file's last chunk only, as a content rule would
        from chromadb.errors import InvalidArgumentError

        for meta in kwargs["metadatas"]:
            if meta["path"] == "knowledge/tengah.md" and meta["position"] == meta["n_chunks"] - 1:
                raise InvalidArgumentError("Validation error: metadatas: Invalid metadata at index 0")
        return real_upsert(**kwargs)

    monkeypatch.setattr(collection, "upsert", upsert)
    (knowledge_dir / "zakhir.md").write_text(GOOD["zakhir.md"] + "\nJuga hari Minggu.\n", encoding="utf-8")
    report = kb.ingest()
    assert len(report.errors) == 1 and "knowledge/tengah.md" in report.errors[0], report
    after = {rec.id: rec.text for rec in kb.store.records() if rec.metadata["path"] == "knowledge/tengah.md"}
    assert after == before
    assert "Juga hari Minggu" in kb.search("vaksinasi hari minggu", k=1)[0].text
    assert report.added == 1 and report.updated == 1


def test_a_store_that_is_down_is_not_blamed_on_a_file(
    settings: Settings, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(knowledge_dir)
    kb = KnowledgeBase(settings)

    def down(**kwargs: Any) -> None:
        raise ConnectionError("server Chroma tidak menjawab")

    monkeypatch.setattr(kb.store.collection, "upsert", down)
    with pytest.raises(StoreError, match="tidak menjawab"):
        kb.ingest()


# --- finding 4: bounds ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """A DOCX of a few hundred KB whose document.xml expands to 200 MB."""
    return docx_bomb(200_000_000)


@pytest.fixture()
def no_docx_parse(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records every python-docx parse (a refused bomb must never be parsed)."""
    import docx

    calls: list[int] = []
    real = docx.Document

    def counting(*args: Any, **kwargs: Any) -> Any:
        if args or kwargs:  # not python-docx's blank template (what `docx_bomb` builds on)
            calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(docx, "Document", counting)
    return calls


def test_docx_zip_bomb_is_refused_before_it_is_opened(
    settings: Settings, knowledge_dir: Path, bomb: bytes, no_docx_parse: list[int]
) -> None:
    assert len(bomb) < 1_000_000
    _fill(knowledge_dir)
    (knowledge_dir / "bom.docx").write_bytes(bomb)
    kb = KnowledgeBase(settings)
    report = kb.ingest()
    assert report.new == 2 and len(report.errors) == 1, report
    assert "'bom.docx'" in report.errors[0] and "setelah dibuka" in report.errors[0]
    assert no_docx_parse == []
    _good_ingested(kb)


def test_docx_expanding_past_the_ratio_is_refused(
    settings: Settings, tmp_path: Path, no_docx_parse: list[int]
) -> None:
    path = tmp_path / "rasio.docx"
    path.write_bytes(docx_bomb(10_000_000))  # under HUMASBOT_MAX_UNPACKED_BYTES, ~1000x its compressed size
    with pytest.raises(BadInput, match=r"rasio\.docx.*mengembang .* kali") as err:
        KnowledgeBase(settings).ingest([path], include_default=False)
    assert "word/document.xml" in str(err.value)
    assert no_docx_parse == []


def test_unpacked_bound_is_a_setting(settings: Settings, tmp_path: Path) -> None:
    from tests.test_ingest import make_docx

    path = make_docx(tmp_path / "biasa.docx", [_words(300)])
    tight = settings.model_copy(update={"max_unpacked_bytes": 20_000})
    with pytest.raises(BadInput, match="biasa.docx.*setelah dibuka"):
        KnowledgeBase(tight).ingest([path], include_default=False)
    assert KnowledgeBase(settings).ingest([path], include_default=False).new == 1


def test_docx_with_too_much_text_stops_at_the_bound(settings: Settings, tmp_path: Path) -> None:
    from tests.test_ingest import make_docx

    path = make_docx(tmp_path / "panjang.docx", [_words(400, seed=i) for i in range(20)])
    tight = settings.model_copy(update={"max_file_chars": 10_000})
    with pytest.raises(BadInput, match="panjang.docx.*terlalu banyak teks"):
        KnowledgeBase(tight).ingest([path], include_default=False)


def _pdf(path: Path, pages: int, lines: int = 3) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in range(pages):
        for line in range(lines):
            pdf.drawString(50, 800 - 16 * line, f"Halaman {page} baris {line}: {_words(12, seed=page * 100 + line)}")
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_with_too_many_pages_is_refused_before_extraction(
    settings: Settings, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PageObject

    _fill(knowledge_dir)
    _pdf(knowledge_dir / "tebal.pdf", pages=60, lines=1)
    extracted: list[int] = []
    real = PageObject.extract_text

    def counting(self: PageObject, *args: Any, **kwargs: Any) -> str:
        extracted.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", counting)
    kb = KnowledgeBase(settings.model_copy(update={"max_pdf_pages": 50}))
    report = kb.ingest()
    assert len(report.errors) == 1 and "'tebal.pdf'" in report.errors[0], report
    assert "terlalu banyak halaman" in report.errors[0]
    assert extracted == []
    _good_ingested(kb)


def test_pdf_text_is_bounded_as_it_is_extracted(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PageObject

    path = _pdf(tmp_path / "padat.pdf", pages=40, lines=40)
    extracted: list[int] = []
    real = PageObject.extract_text

    def counting(self: PageObject, *args: Any, **kwargs: Any) -> str:
        extracted.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", counting)
    tight = settings.model_copy(update={"max_file_chars": 20_000})
    with pytest.raises(BadInput, match="padat.pdf.*terlalu banyak teks"):
        KnowledgeBase(tight).ingest([path], include_default=False)
    assert 0 < len(extracted) < 40  # stopped at the bound, not after reading every page


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_text_files_are_bounded_in_characters(settings: Settings, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"panjang{suffix}"
    path.write_text(_words(5000), encoding="utf-8")
    tight = settings.model_copy(update={"max_file_chars": 10_000})
    with pytest.raises(BadInput, match=f"panjang\\{suffix}.*terlalu banyak teks"):
        KnowledgeBase(tight).ingest([path], include_default=False)


def test_chunks_per_file_are_bounded(settings: Settings, knowledge_dir: Path) -> None:
    _fill(knowledge_dir)
    (knowledge_dir / "banyak.md").write_text(
        "\n".join(f"## Bagian {i}\n\n{_words(40, seed=i)}\n" for i in range(30)), encoding="utf-8"
    )
    kb = KnowledgeBase(settings.model_copy(update={"max_file_chunks": 10}))
    report = kb.ingest()
    assert len(report.errors) == 1 and "knowledge/banyak.md" in report.errors[0], report
    assert "potongan" in report.errors[0] and "batasnya 10" in report.errors[0]
    _good_ingested(kb)


def test_bounds_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in [("MAX_UNPACKED_BYTES", "1234"), ("MAX_ZIP_RATIO", "7"), ("MAX_PDF_PAGES", "9"),
                        ("MAX_FILE_CHARS", "5678"), ("MAX_FILE_CHUNKS", "11")]:
        monkeypatch.setenv(f"HUMASBOT_{name}", value)
    limits = loaders.Limits.of(Settings(_env_file=None))
    assert limits == loaders.Limits(unpacked_bytes=1234, zip_ratio=7, pdf_pages=9, chars=5678)
    assert Settings(_env_file=None).max_file_chunks == 11
    example = (Path(__file__).resolve().parents[1] / ".env.example").read_text(encoding="utf-8")
    for name in ("MAX_UNPACKED_BYTES", "MAX_ZIP_RATIO", "MAX_PDF_PAGES", "MAX_FILE_CHARS", "MAX_FILE_CHUNKS"):
        assert f"# HUMASBOT_{name}=" in example


def test_upload_check_applies_the_bounds(
    settings: Settings, sample_knowledge: Path, tmp_path: Path, bomb: bytes
) -> None:
    service = build_service(settings, embedder=HashEmbeddings())
    path = tmp_path / ".unggahan"
    path.write_bytes(bomb)
    with pytest.raises(BadInput, match="bom.docx.*setelah dibuka"):
        service.check_upload("bom.docx", downloaded=path)


# --- finding 14: links ----------------------------------------------------------------------------


def test_links_leading_out_of_the_folder_are_refused(settings: Settings, knowledge_dir: Path, tmp_path: Path) -> None:
    _fill(knowledge_dir)
    secret = tmp_path / ".env"
    secret.write_text("TELEGRAM_BOT_TOKEN=123456:RAHASIA-TOKEN\n", encoding="utf-8")
    outside = tmp_path / "luar"
    outside.mkdir()
    (outside / "catatan.md").write_text("# Catatan\n\nRAHASIA-LUAR tidak untuk umum.\n", encoding="utf-8")
    (knowledge_dir / "env.txt").symlink_to(secret)
    (knowledge_dir / "luar").symlink_to(outside, target_is_directory=True)
    (knowledge_dir / "sub").mkdir()
    (knowledge_dir / "sub" / "naik.md").symlink_to(Path("..") / ".." / "luar" / "catatan.md")  # relative, leaves too
    kb = KnowledgeBase(settings)
    report = kb.ingest()
    assert report.new == 2, report
    named = sorted(e.split("'")[1] for e in report.errors)
    assert named == ["knowledge/env.txt", "knowledge/luar", "knowledge/sub/naik.md"], report.errors
    assert all("tautan ke luar folder" in e for e in report.errors)
    texts = " ".join(rec.text for rec in kb.store.records())
    assert "RAHASIA" not in texts
    assert _sources(kb) == {"knowledge/awal.md", "knowledge/zakhir.md"}


def test_prune_removes_what_a_link_out_of_the_folder_took_in_before(
    settings: Settings, knowledge_dir: Path, tmp_path: Path
) -> None:
    """A store filled before links were refused holds the target of a link out of the folder under
    its own path (what an explicit ingest of it stores too); `ingest --prune` removes it."""
    _fill(knowledge_dir)
    secret = tmp_path / "rahasia.txt"
    secret.write_text("TELEGRAM_BOT_TOKEN=123456:RAHASIA-TOKEN\n", encoding="utf-8")
    outside = tmp_path / "luar"
    outside.mkdir()
    (outside / "catatan.md").write_text("# Catatan\n\nRAHASIA-LUAR tidak untuk umum.\n", encoding="utf-8")
    kb = KnowledgeBase(settings)
    kb.ingest([secret, outside])  # the chunks a followed link stored
    (knowledge_dir / "env.txt").symlink_to(secret)
    (knowledge_dir / "luar").symlink_to(outside, target_is_directory=True)
    assert kb.ingest().errors and "RAHASIA" in " ".join(rec.text for rec in kb.store.records())
    report = kb.ingest(prune=True)
    assert report.removed == 2 and len(report.errors) == 2, report
    assert "RAHASIA" not in " ".join(rec.text for rec in kb.store.records())
    assert _sources(kb) == {"knowledge/awal.md", "knowledge/zakhir.md"}


def test_links_inside_the_folder_are_followed_once(settings: Settings, knowledge_dir: Path) -> None:
    _fill(knowledge_dir)
    (knowledge_dir / "arsip").mkdir()
    (knowledge_dir / "arsip" / "lama.md").write_text("# Lama\n\nPedoman arsip lama tentang pajak.\n", encoding="utf-8")
    (knowledge_dir / "pintas.md").symlink_to(knowledge_dir / "awal.md")
    (knowledge_dir / "cermin").symlink_to(knowledge_dir / "arsip", target_is_directory=True)
    (knowledge_dir / "arsip" / "putar").symlink_to(knowledge_dir, target_is_directory=True)  # a loop
    (knowledge_dir / "arsip" / "diri").symlink_to(Path("."), target_is_directory=True)  # a loop to itself
    kb = KnowledgeBase(settings)
    report = kb.ingest()
    assert report.errors == [] and report.files == 3 and report.new == 3, report
    assert _sources(kb) == {"knowledge/awal.md", "knowledge/zakhir.md", "knowledge/arsip/lama.md"}


def test_explicit_folder_with_a_link_out_of_it(settings: Settings, knowledge_dir: Path, tmp_path: Path) -> None:
    _fill(knowledge_dir)
    folder = tmp_path / "kiriman"
    folder.mkdir()
    (folder / "baik.md").write_text("# Baik\n\nPedoman kiriman tentang jalan rusak.\n", encoding="utf-8")
    (folder / "kunci.md").symlink_to(tmp_path / "rahasia.md")
    (tmp_path / "rahasia.md").write_text("# Rahasia\n\nRAHASIA kiriman.\n", encoding="utf-8")
    report = KnowledgeBase(settings).ingest([folder])
    assert report.new == 3 and len(report.errors) == 1 and "kunci.md" in report.errors[0], report


# --- start-up does not depend on every file being valid ------------------------------------------


def _hostile_folder(knowledge_dir: Path, tmp_path: Path, bomb: bytes) -> None:
    _fill(knowledge_dir)
    (knowledge_dir / "skema.md").write_text('---\n"$schema": x\n"": y\n---\n# Skema\n\nIsi skema.\n', encoding="utf-8")
    with open(os.fsencode(knowledge_dir) + b"/pedoman-\xff.md", "wb") as handle:
        handle.write(b"# Pedoman\n\nIsi.\n")
    (knowledge_dir / "bom.docx").write_bytes(bomb)
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=1:RAHASIA\n", encoding="utf-8")
    (knowledge_dir / "env.md").symlink_to(tmp_path / ".env")


def test_start_up_goes_on_past_bad_files(settings: Settings, knowledge_dir: Path, tmp_path: Path, bomb: bytes) -> None:
    _hostile_folder(knowledge_dir, tmp_path, bomb)
    service = build_service(settings, embedder=HashEmbeddings())
    report = service.ensure_knowledge()
    assert report is not None and report.new == 3 and len(report.errors) == 3, report
    for name in ("'bom.docx'", "'knowledge/pedoman-\ufffd.md'", "'knowledge/env.md'"):
        assert sum(name in error for error in report.errors) == 1, (name, report.errors)
    assert service.search("posko pengungsian banjir")


def test_cli_search_and_ingest_go_on_past_bad_files(
    monkeypatch: pytest.MonkeyPatch, knowledge_dir: Path, tmp_path: Path, bomb: bytes
) -> None:
    import json

    from click.testing import CliRunner

    from bot.cli import main

    _hostile_folder(knowledge_dir, tmp_path, bomb)
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(knowledge_dir))
    monkeypatch.setenv("HUMASBOT_EMBEDDINGS", "hash")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["search", "posko pengungsian banjir", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Posko pengungsian" in result.stdout
    result = CliRunner().invoke(main, ["ingest", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["unchanged"] == 3 and len(payload["errors"]) == 3, payload
    assert "RAHASIA" not in result.output
