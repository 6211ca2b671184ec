"""Guideline uploads through the real bot (issue 10): one office's upload never replaces another's,
a replacement is confirmed by an admin, uploads survive a store rebuild, a failed or cancelled ingest
leaves neither a file nor chunks behind, the two-step /tambah works in groups, and a second chat's
upload is told to retry instead of hanging behind a long one."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.app import build_service
from bot.cli import main
from bot.errors import StoreError
from bot.offline.engine import OfflineEngine
from bot.retrieval import knowledge_base
from bot.retrieval.embeddings import HashEmbeddings
from bot.telegram_app import handlers_admin
from tests.support.fake_telegram import (
    ADMIN,
    GROUP,
    USER,
    BotHarness,
    callback_query,
    document_message,
    make_service,
    make_settings,
    text_message,
)


def guideline(title: str, body: str) -> bytes:
    return f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n".encode()


DOC_A = guideline("Pedoman Dinas Kesehatan", "Unggah jadwal vaksinasi dengan jam dan lokasi puskesmas.")
DOC_B = guideline("Pedoman Dinas Perhubungan", "Umumkan penutupan jalan dengan rute pengalihan arus.")
DOC_C = guideline("Pedoman Dinas Kesehatan Revisi", "Sebutkan syarat KTP dan kartu keluarga untuk vaksinasi.")


def titles(service: Any) -> list[str]:
    return sorted(d.title for d in service.documents())


def upload_files(settings: Any) -> list[Path]:
    """Every file under uploads/ (hidden temporary ones too).

    os.walk skips a folder that the bot removes while it is being listed (an ingest's
    temporary folder being cleaned up); rglob would raise FileNotFoundError then.
    """
    root = settings.uploads_dir
    return sorted(Path(top) / name for top, _dirs, names in os.walk(root) for name in names)


def send_doc(bot: BotHarness, fake: Any, chat: int, user: int, file_id: str, name: str, data: bytes,
             caption: str | None = "/tambah") -> int:
    fake.add_file(file_id, data, f"documents/{file_id}.md")
    return bot.send(document_message(chat, user, file_id, name, len(data), caption=caption))


def buttons(chat_view: list[Any]) -> dict[str, str]:
    """The labels and callback data of the newest message with buttons."""
    for message in reversed(chat_view):
        if message.reply_markup:
            return {b["text"]: b["callback_data"] for row in message.reply_markup["inline_keyboard"] for b in row}
    return {}


def question_id(fake: Any, chat: int) -> int:
    return next(m.message_id for m in reversed(fake.chat_view(chat)) if m.reply_markup)


async def test_same_name_from_two_chats_both_kept_and_replacing_needs_an_admin(bot, fake_tg, tg_service, tg_settings):
    mark = send_doc(bot, fake_tg, ADMIN, ADMIN, "a", "pedoman.md", DOC_A)
    done = await fake_tg.wait_for("editMessageText", lambda c: "pedoman.md" in c.text, after=mark)
    assert "ditambahkan" in done.text and "diganti" not in done.text

    mark = send_doc(bot, fake_tg, GROUP, ADMIN, "b", "pedoman.md", DOC_B)
    done = await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == GROUP and "✅" in c.text, after=mark)
    assert "ditambahkan" in done.text and "diganti" not in done.text
    assert {"Pedoman Dinas Kesehatan", "Pedoman Dinas Perhubungan"} <= set(titles(tg_service))
    stored = {p.read_bytes() for p in upload_files(tg_settings)}
    assert stored == {DOC_A, DOC_B}
    # the original name is what officers see
    listed = {d.title: d.path for d in tg_service.documents()}
    assert listed["Pedoman Dinas Kesehatan"].endswith("/pedoman.md")

    # the same name again in the same chat: nothing changes before an admin confirms
    before = titles(tg_service)
    mark = send_doc(bot, fake_tg, ADMIN, ADMIN, "c", "pedoman.md", DOC_C)
    ask = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == ADMIN and "sudah ada" in c.text, after=mark)
    assert "pedoman.md" in ask.text
    choice = buttons(fake_tg.chat_view(ADMIN))
    assert set(choice) == {"Ganti", "Batal"}
    assert titles(tg_service) == before and not fake_tg.calls_of("getFile")[2:]

    mark = bot.send(callback_query(ADMIN, ADMIN, choice["Batal"], question_id(fake_tg, ADMIN)))
    await fake_tg.wait_for("editMessageText", lambda c: "tidak diganti" in c.text, after=mark)
    assert titles(tg_service) == before
    assert {p.read_bytes() for p in upload_files(tg_settings)} == {DOC_A, DOC_B}

    mark = send_doc(bot, fake_tg, ADMIN, ADMIN, "c", "pedoman.md", DOC_C)
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == ADMIN and "sudah ada" in c.text, after=mark)
    choice = buttons(fake_tg.chat_view(ADMIN))
    asked = question_id(fake_tg, ADMIN)
    mark = bot.send(callback_query(ADMIN, ADMIN, choice["Ganti"], asked))
    done = await fake_tg.wait_for("editMessageText", lambda c: "diganti" in c.text and "✅" in c.text, after=mark)
    assert "ditambahkan" not in done.text
    after = titles(tg_service)
    assert "Pedoman Dinas Kesehatan" not in after
    assert {"Pedoman Dinas Kesehatan Revisi", "Pedoman Dinas Perhubungan"} <= set(after)
    assert {p.read_bytes() for p in upload_files(tg_settings)} == {DOC_B, DOC_C}
    # the button is spent
    mark = bot.send(callback_query(ADMIN, ADMIN, choice["Ganti"], asked))
    alert = await fake_tg.wait_for("answerCallbackQuery", after=mark)
    assert "kedaluwarsa" in alert["text"]


async def test_only_an_admin_confirms_a_replacement(bot, fake_tg, tg_service, tg_settings):
    mark = send_doc(bot, fake_tg, GROUP, ADMIN, "a", "pedoman.md", DOC_A)
    await fake_tg.wait_for("editMessageText", lambda c: "ditambahkan" in c.text, after=mark)
    mark = send_doc(bot, fake_tg, GROUP, ADMIN, "c", "pedoman.md", DOC_C)
    await fake_tg.wait_for("sendMessage", lambda c: "sudah ada" in c.text, after=mark)
    choice = buttons(fake_tg.chat_view(GROUP))
    mark = bot.send(callback_query(GROUP, USER, choice["Ganti"], question_id(fake_tg, GROUP)))
    alert = await fake_tg.wait_for("answerCallbackQuery", after=mark)
    assert "hanya admin" in alert["text"]
    assert "Pedoman Dinas Kesehatan" in titles(tg_service)
    assert [p.read_bytes() for p in upload_files(tg_settings)] == [DOC_A]


async def test_uploads_survive_a_store_rebuild(fake_tg, tmp_path, sample_knowledge, spy_engine, monkeypatch):
    settings = make_settings(fake_tg, tmp_path / "data", sample_knowledge)
    service = make_service(settings, spy_engine)
    bot = await BotHarness(fake_tg, settings, service).start()
    try:
        mark = send_doc(bot, fake_tg, ADMIN, ADMIN, "a", "pedoman.md", DOC_A)
        await fake_tg.wait_for("editMessageText", lambda c: "pedoman.md" in c.text, after=mark)
        mark = send_doc(bot, fake_tg, GROUP, ADMIN, "b", "pedoman.md", DOC_B)
        await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == GROUP and "pedoman.md" in c.text, after=mark)
    finally:
        await bot.stop()
    expected = titles(service)
    assert {"Pedoman Dinas Kesehatan", "Pedoman Dinas Perhubungan"} <= set(expected)

    # the Chroma folder is lost: the first run of a new process rebuilds from knowledge/ and uploads/
    lose_store(settings)
    rebuilt = build_service(settings, embedder=HashEmbeddings(), engine=OfflineEngine())
    assert rebuilt.ensure_knowledge() is not None
    assert titles(rebuilt) == expected

    # and so does `humasbot ingest`
    lose_store(settings)
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(sample_knowledge))
    monkeypatch.setenv("HUMASBOT_EMBEDDINGS", "hash")
    result = CliRunner().invoke(main, ["ingest", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"] == len(expected)
    lose_store(settings, delete=False)
    assert titles(build_service(settings, embedder=HashEmbeddings(), engine=OfflineEngine())) == expected


def lose_store(settings: Any, *, delete: bool = True) -> None:
    """The Chroma folder gone (`delete`), and this process's Chroma clients forgotten (a restart)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    if delete:
        shutil.rmtree(settings.chroma_dir)
    SharedSystemClient.clear_system_cache()


async def test_a_failed_store_write_keeps_no_file(bot, fake_tg, tg_service, tg_settings, monkeypatch, caplog):
    before = sorted(r.id for r in tg_service.knowledge.store.records(with_text=False))

    def broken(*args: Any, **kwargs: Any) -> None:
        raise StoreError("Gagal menulis ke basis pengetahuan: disk penuh.")

    monkeypatch.setattr(tg_service.knowledge.store, "upsert", broken)
    mark = send_doc(bot, fake_tg, ADMIN, ADMIN, "a", "pedoman.md", DOC_A)
    failed = await fake_tg.wait_for("editMessageText", lambda c: c.text.startswith("⚠️"), after=mark)
    assert "disk penuh" in failed.text
    assert upload_files(tg_settings) == []
    assert sorted(r.id for r in tg_service.knowledge.store.records(with_text=False)) == before

    monkeypatch.undo()
    mark = send_doc(bot, fake_tg, ADMIN, ADMIN, "a", "pedoman.md", DOC_A)
    done = await fake_tg.wait_for("editMessageText", lambda c: "pedoman.md" in c.text and "✅" in c.text, after=mark)
    assert "ditambahkan" in done.text  # not a replacement: the failed one was never stored
    assert [p.read_bytes() for p in upload_files(tg_settings)] == [DOC_A]


async def test_two_step_tambah_in_a_group(bot, fake_tg, tg_service, tg_settings, monkeypatch):
    mark = bot.send(text_message(GROUP, ADMIN, "/tambah"))
    prompt = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP and "Kirim" in c.text, after=mark)
    assert "5 menit" in prompt.text

    # another member's document is not taken, nor is the admin's in another chat
    mark = send_doc(bot, fake_tg, GROUP, USER, "u", "lain.md", DOC_B, caption=None)
    mark2 = send_doc(bot, fake_tg, ADMIN, ADMIN, "p", "pribadi.md", DOC_B, caption=None)
    # (in the admin's private chat, without /tambah, it is a draft to work on, not a guideline)
    await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == ADMIN and "Draf dari pribadi.md" in c.text,
                           after=mark2)
    assert [c["file_id"] for c in fake_tg.calls_of("getFile")] == ["p"]
    assert not [c for c in fake_tg.calls[mark:] if c.chat_id == GROUP]
    assert "Pedoman Dinas Perhubungan" not in titles(tg_service)

    # the admin's document, without a caption or a mention, is
    mark = send_doc(bot, fake_tg, GROUP, ADMIN, "a", "pedoman.md", DOC_A, caption=None)
    done = await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == GROUP and "✅" in c.text, after=mark)
    assert "ditambahkan" in done.text
    assert "Pedoman Dinas Kesehatan" in titles(tg_service)

    # once only, and not after the time limit
    mark = send_doc(bot, fake_tg, GROUP, ADMIN, "b", "kedua.md", DOC_B, caption=None)
    await asyncio.sleep(0.5)
    assert not [c for c in fake_tg.calls[mark:] if c.chat_id == GROUP]
    monkeypatch.setattr(handlers_admin, "UPLOAD_WINDOW_S", 0.0)
    mark = bot.send(text_message(GROUP, ADMIN, "/tambah"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP and "Kirim berkas" in c.text, after=mark)
    mark = send_doc(bot, fake_tg, GROUP, ADMIN, "b", "kedua.md", DOC_B, caption=None)
    late = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP and "lewat" in c.text, after=mark)
    assert "/tambah" in late.text
    assert "Pedoman Dinas Perhubungan" not in titles(tg_service)
    assert [p.name for p in upload_files(tg_settings)] == ["pedoman.md"]


class GatedEmbeddings(HashEmbeddings):
    """Hash embeddings whose document batches wait for `gate` once `hold` is set (a slow model)."""

    def __init__(self) -> None:
        super().__init__()
        self.hold = threading.Event()
        self.gate = threading.Event()
        self.waiting = threading.Event()
        self.batches = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.hold.is_set():
            self.batches += 1
            self.waiting.set()
            self.gate.wait(20)
        return super().embed_documents(texts)


async def test_batal_stops_the_ingest_and_another_chat_is_told_to_retry(
    fake_tg, tmp_path, sample_knowledge, spy_engine, monkeypatch
):
    monkeypatch.setattr(knowledge_base, "LOCK_WAIT_S", 0.3)
    settings = make_settings(fake_tg, tmp_path / "data", sample_knowledge, chunk_size=200, chunk_overlap=0)
    embedder = GatedEmbeddings()
    service = build_service(settings, embedder=embedder, engine=spy_engine)
    service.ingest()
    before = sorted(r.id for r in service.knowledge.store.records(with_text=False))
    # ~300 chunks: five batches of 64
    big = "# Pedoman Besar\n\n" + "\n\n".join(
        f"## Bagian {i}\n\nKalimat panjang nomor {i} tentang layanan publik dan siaran pers pemerintah daerah."
        for i in range(300)
    )
    bot = await BotHarness(fake_tg, settings, service).start()
    try:
        embedder.hold.set()
        mark = send_doc(bot, fake_tg, ADMIN, ADMIN, "big", "besar.md", big.encode())
        await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == ADMIN and "Sedang memproses" in c.text, after=mark)
        await fake_tg.wait_until(embedder.waiting.is_set, timeout=30)

        # another chat's upload meanwhile: told to retry, not left hanging
        mark = send_doc(bot, fake_tg, GROUP, ADMIN, "a", "pedoman.md", DOC_A)
        busy = await fake_tg.wait_for(
            "editMessageText", lambda c: c.chat_id == GROUP and c.text.startswith("⚠️"), after=mark, timeout=30
        )
        assert "sedang memuat dokumen lain" in busy.text.lower() and "coba lagi" in busy.text.lower()

        mark = bot.send(text_message(ADMIN, ADMIN, "/batal"))
        await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == ADMIN and "Dibatalkan" in c.text, after=mark)
        embedder.hold.clear()
        embedder.gate.set()
        await fake_tg.wait_until(lambda: upload_files(settings) == [], timeout=30)

        # the work stopped at the next batch, the lock is free and nothing of the big file is kept
        mark = send_doc(bot, fake_tg, GROUP, ADMIN, "a", "pedoman.md", DOC_A)
        done = await fake_tg.wait_for(
            "editMessageText", lambda c: c.chat_id == GROUP and "✅" in c.text, after=mark, timeout=30
        )
        assert "ditambahkan" in done.text
        assert embedder.batches == 1
        kept = sorted(r.id for r in service.knowledge.store.records(with_text=False))
        assert not [cid for cid in kept if "besar" in cid]
        assert sorted(set(kept) - set(before)) and all("pedoman" in cid for cid in set(kept) - set(before))
        assert [p.read_bytes() for p in upload_files(settings)] == [DOC_A]
    finally:
        embedder.gate.set()
        await bot.stop()


@pytest.mark.parametrize("when", ["between files", "between batches"])
def test_cancelled_ingest_leaves_the_store_as_it_was(settings, sample_knowledge, tmp_path, when):
    from bot.errors import Cancelled
    from bot.retrieval.knowledge_base import KnowledgeBase

    settings = settings.model_copy(update={"chunk_size": 200, "chunk_overlap": 0})
    embedder = HashEmbeddings()
    kb = KnowledgeBase(settings, embedder=embedder)
    kb.ingest()
    before = sorted(r.id for r in kb.store.records(with_text=False))
    extra = tmp_path / "extra"
    extra.mkdir()
    for n in range(3):
        (extra / f"f{n}.md").write_text(
            "\n\n".join(f"## Bagian {i}\n\nIsi pedoman {n} nomor {i} tentang layanan publik." for i in range(60)),
            encoding="utf-8",
        )
    stop = threading.Event()
    calls = 0
    real = embedder.embed_documents

    def embed(texts: list[str]) -> list[list[float]]:
        nonlocal calls
        calls += 1
        stop.set()  # cancelled while the first batch is embedded
        return real(texts)

    if when == "between files":
        stop.set()
    embedder.embed_documents = embed  # type: ignore[method-assign]
    with pytest.raises(Cancelled):
        kb.ingest([extra], cancel=stop)
    assert calls == (0 if when == "between files" else 1)
    # the lock is free, and the next ingest converges (partial files finished, nothing twice)
    kb.ingest([extra])
    after = [r.id for r in kb.store.records(with_text=False)]
    assert len(after) == len(set(after)) and set(before) < set(after)
    assert kb.ingest([extra]).unchanged == 6
