"""End to end: one request per chat, /batal, and chats that never wait on each other."""

from __future__ import annotations

import asyncio
import gc

from tests.support.fake_telegram import ADMIN, USER, BotHarness, make_service, make_settings, text_message

SLOW = "LAMBAT: Pemkot Sukamaju membuka pendaftaran beasiswa pada 1 Agustus 2025 di kantor kecamatan."
FAST = "Dinas Perhubungan Kota Sukamaju menutup Jalan Merdeka pada Minggu, 3 Agustus 2025 pukul 06.00-10.00."


async def wait_event(event, timeout=30.0):
    assert await asyncio.to_thread(event.wait, timeout), "the engine was never reached"


def results(fake, chat_id, after):
    return [c for c in fake.calls[after:] if c.chat_id == chat_id and "<pre>" in c.text]


async def test_second_message_waits_and_batal_cancels(bot, fake_tg, spy_engine):
    spy_engine.slow_when("LAMBAT")
    start = bot.send(text_message(USER, USER, f"/tulis {SLOW}"))
    await fake_tg.wait_for("sendMessage", lambda c: "Sedang memproses" in c.text, after=start)
    await wait_event(spy_engine.started)

    mark = bot.send(text_message(USER, USER, FAST))
    await fake_tg.wait_for(
        "sendMessage", lambda c: "masih memproses" in c.text.lower() and "/batal" in c.text, after=mark
    )
    mark = bot.send(text_message(USER, USER, f"/balas {FAST}"))
    await fake_tg.wait_for("sendMessage", lambda c: "masih memproses" in c.text.lower(), after=mark)

    mark = bot.send(text_message(USER, USER, "/batal"))
    await fake_tg.wait_for("sendMessage", lambda c: "Permintaan dibatalkan" in c.text, after=mark)
    await fake_tg.wait_for("editMessageText", lambda c: "Dibatalkan" in c.text, after=mark)

    # the chat is free again at once, while the old call is still running in its thread
    assert not spy_engine.finished.is_set()
    mark = bot.send(text_message(USER, USER, f"/tulis {FAST}"))
    await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark)

    # the cancelled result arrives later and is dropped
    spy_engine.release.set()
    await wait_event(spy_engine.finished)
    mark_after = bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: "HumasBot" in c.text, after=mark_after)
    assert not [c for c in results(fake_tg, USER, start) if "beasiswa" in c.text]

    mark = bot.send(text_message(USER, USER, "/batal"))
    await fake_tg.wait_for("sendMessage", lambda c: "Tidak ada permintaan" in c.text, after=mark)


async def test_fast_chat_is_served_while_another_waits_on_a_slow_model(bot, fake_tg, spy_engine):
    spy_engine.slow_when("LAMBAT")
    start = bot.send(text_message(USER, USER, f"/tulis {SLOW}"))
    await wait_event(spy_engine.started)

    bot.send(text_message(ADMIN, ADMIN, f"/tulis {FAST}"))
    fast = await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == ADMIN and "<pre>" in c.text, after=start)
    assert not results(fake_tg, USER, start)

    spy_engine.release.set()
    slow = await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == USER and "<pre>" in c.text, after=start)
    assert fast.at < slow.at
    assert "beasiswa" in slow.text


async def test_many_chats_run_in_parallel(fake_tg, tmp_path, sample_knowledge, spy_engine):
    chats = list(range(5000, 5012))
    settings = make_settings(fake_tg, tmp_path / "many", sample_knowledge, allowed_user_ids=chats)
    harness = await BotHarness(fake_tg, settings, make_service(settings, spy_engine)).start()
    try:
        spy_engine.slow_when("LAMBAT")
        mark = len(fake_tg.calls)
        for chat in chats:
            harness.send(text_message(chat, chat, f"/balas LAMBAT {chat}: kapan beasiswa dibuka?"))
        await fake_tg.wait_until(lambda: spy_engine.in_flight == len(chats), timeout=30)
        spy_engine.release.set()
        for chat in chats:
            await fake_tg.wait_for("sendMessage", lambda c, chat=chat: c.chat_id == chat and "Saran balasan" in c.text,
                                   after=mark, timeout=30)
        assert spy_engine.max_in_flight == len(chats)
    finally:
        await harness.stop()


async def test_startup_warms_retrieval_and_freezes_the_heap(fake_tg, tg_settings, tg_service, counting_embedder):
    """Before the first update: the task queries are embedded (no officer pays for it) and what was
    loaded is out of the cyclic GC's way (no full collection pauses an answer to walk it)."""
    from bot.retrieval.knowledge_base import KnowledgeBase

    tg_service.knowledge = KnowledgeBase(tg_settings, embedder=counting_embedder)
    tg_service.knowledge.ingest()
    gc.unfreeze()
    harness = await BotHarness(fake_tg, tg_settings, tg_service).start()
    try:
        assert gc.get_freeze_count() > 0
        warmed = counting_embedder.query_calls
        assert warmed >= 2
        mark = harness.send(text_message(USER, USER, f"/tulis {FAST}"))
        await fake_tg.wait_for("editMessageText", lambda c: "<pre>" in c.text, after=mark)
        assert counting_embedder.query_calls == warmed
    finally:
        await harness.stop()
