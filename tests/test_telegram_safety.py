"""End to end: access, admin commands, formatting safety, errors, persistence."""

from __future__ import annotations

import asyncio
import html
import re

from bot.core.models import Post, RewriteResult
from bot.errors import EngineUnavailable
from tests.support.fake_telegram import (
    ADMIN,
    GROUP,
    STRANGER,
    USER,
    BotHarness,
    callback_query,
    document_message,
    make_service,
    make_settings,
    text_message,
)

DRAFT = (
    "Dinas Kesehatan Kota Sukamaju membuka vaksinasi gratis pada Sabtu, 12 Juli 2025 pukul 08.00 WIB "
    "di Puskesmas Sukamaju. Bawa KTP."
)
NEW_DOC = """---
title: Pedoman Siaran Banjir
---

# Pedoman Siaran Banjir

## Peringatan dini

Saat hujan lebat, unggah peringatan dini dengan nomor darurat dan lokasi posko pengungsian.
Gunakan kalimat pendek dan sebutkan jalur evakuasi.

## Setelah banjir

Bagikan jadwal pembersihan, layanan kesehatan, dan cara melapor kerusakan rumah.
"""


async def test_unknown_user_refused_and_costs_nothing(bot, fake_tg, spy_engine, tg_service, monkeypatch):
    searches = []
    original = tg_service.knowledge.search
    monkeypatch.setattr(tg_service.knowledge, "search", lambda *a, **k: searches.append(a) or original(*a, **k))

    mark = bot.send(text_message(STRANGER, STRANGER, DRAFT))
    refusal = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == STRANGER, after=mark)
    assert "hanya untuk petugas humas yang terdaftar" in refusal.text and str(STRANGER) in refusal.text

    # told once per period: the next messages get nothing (a button press still gets its alert)
    bot.send(text_message(STRANGER, STRANGER, f"/tulis {DRAFT}"))
    mark = bot.send(callback_query(STRANGER, STRANGER, "rw:abc:instagram"))
    alert = await fake_tg.wait_for("answerCallbackQuery", after=mark)
    assert "terdaftar" in alert["text"]
    await asyncio.sleep(0.3)  # the /tulis before the press is handled by now
    assert len(fake_tg.calls_of("sendMessage", STRANGER)) == 1

    # a stranger chatting in some other group gets nothing at all
    mark = bot.send(text_message(-100777, STRANGER, "halo"))
    bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER, after=mark)
    assert not [c for c in fake_tg.calls[mark:] if c.chat_id == -100777]

    assert spy_engine.calls == []
    assert searches == []
    assert not fake_tg.calls_of("sendChatAction", STRANGER)


async def test_allowed_group_lets_its_members_in(bot, fake_tg):
    mark = bot.send(text_message(GROUP, STRANGER, "/start"))
    welcome = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP, after=mark)
    assert "HumasBot" in welcome.text


async def test_open_mode_lets_everyone_in(fake_tg, tmp_path, sample_knowledge, spy_engine):
    settings = make_settings(fake_tg, tmp_path / "open", sample_knowledge, open_mode=True, allowed_user_ids=[])
    harness = await BotHarness(fake_tg, settings, make_service(settings, spy_engine)).start()
    try:
        mark = harness.send(text_message(STRANGER, STRANGER, f"/tulis {DRAFT}"))
        await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == STRANGER and "Instagram" in c.text, after=mark)
    finally:
        await harness.stop()


async def test_tambah_refused_for_non_admin(bot, fake_tg, tg_service):
    mark = bot.send(text_message(USER, USER, "/tambah"))
    await fake_tg.wait_for("sendMessage", lambda c: "hanya admin" in c.text, after=mark)

    fake_tg.add_file("doc-u", NEW_DOC.encode(), "documents/file_9.md")
    mark = bot.send(document_message(USER, USER, "doc-u", "banjir.md", len(NEW_DOC), caption="/tambah"))
    await fake_tg.wait_for("sendMessage", lambda c: "hanya admin" in c.text, after=mark)
    assert not fake_tg.calls_of("getFile")
    assert all(d.title != "Pedoman Siaran Banjir" for d in tg_service.documents())


async def test_admin_document_is_ingested(bot, fake_tg, tg_service, tg_settings):
    data = NEW_DOC.encode()
    fake_tg.add_file("doc-a", data, "documents/file_1.md")
    mark = bot.send(document_message(ADMIN, ADMIN, "doc-a", "pedoman banjir.md", len(data), caption="/tambah"))
    done = await fake_tg.wait_for("editMessageText", lambda c: "ditambahkan" in c.text, after=mark)
    added = int(re.search(r"(\d+) potongan", done.text).group(1))
    assert added >= 1
    assert (tg_settings.uploads_dir / str(ADMIN) / "pedoman banjir.md").read_bytes() == data
    assert any(d.title == "Pedoman Siaran Banjir" and d.chunks == added for d in tg_service.documents())

    # two steps: /tambah, then the file
    other = NEW_DOC.replace("Banjir", "Kebakaran").encode()
    fake_tg.add_file("doc-b", other, "documents/file_2.txt")
    mark = bot.send(text_message(ADMIN, ADMIN, "/tambah"))
    await fake_tg.wait_for("sendMessage", lambda c: "Kirim berkas" in c.text, after=mark)
    mark = bot.send(document_message(ADMIN, ADMIN, "doc-b", "kebakaran.txt", len(other), mime_type="text/plain"))
    await fake_tg.wait_for("editMessageText", lambda c: "kebakaran.txt" in c.text, after=mark)


async def test_admin_document_wrong_type_or_too_big(bot, fake_tg, tg_settings, tg_service):
    mark = bot.send(
        document_message(ADMIN, ADMIN, "x1", "virus.exe", 100, caption="/tambah", mime_type="application/x")
    )
    await fake_tg.wait_for("sendMessage", lambda c: "tidak didukung" in c.text, after=mark)
    big = tg_settings.max_upload_bytes + 1
    mark = bot.send(
        document_message(ADMIN, ADMIN, "x2", "besar.pdf", big, caption="/tambah", mime_type="application/pdf")
    )
    await fake_tg.wait_for("sendMessage", lambda c: "terlalu besar" in c.text, after=mark)
    assert not fake_tg.calls_of("getFile")

    # without /tambah, a text file is a draft: read and offered the usual buttons, not a guideline
    note = b"Pendaftaran vaksinasi dibuka 3 Maret 2026 di Puskesmas Melati."
    fake_tg.add_file("x3", note, "documents/x3.txt")
    before = len(tg_service.documents())
    mark = bot.send(document_message(USER, USER, "x3", "catatan.txt", len(note), mime_type="text/plain"))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "Draf dari catatan.txt" in c.text, after=mark)
    assert "Puskesmas Melati" in shown.text
    assert len(tg_service.documents()) == before


async def test_stats_for_admins_only(bot, fake_tg):
    mark = bot.send(text_message(USER, USER, f"/tulis {DRAFT}"))
    await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark)
    mark = bot.send(text_message(USER, USER, "/stats"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "hanya admin" in c.text, after=mark)
    mark = bot.send(text_message(ADMIN, ADMIN, "/stats"))
    table = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == ADMIN, after=mark)
    assert "<pre>" in table.text and "Per hari" in table.text and str(USER) in table.text


async def test_long_result_split_safely(bot, fake_tg, spy_engine):
    paragraph = "Warga <RT 05> & <RW 02>: cek jadwal di https://contoh.go.id/?a=1&b=2 \"sekarang\" juga. "
    paragraphs = [f"{i}. " + paragraph * 3 for i in range(40)]
    long_text = "\n\n".join(paragraphs)
    assert len(long_text) >= 10_000

    def long_post(request):
        return RewriteResult(engine="offline", posts=[Post(platform="facebook", text=long_text)])

    spy_engine.rewrite_override = long_post
    mark = bot.send(text_message(USER, USER, f"/tulis {DRAFT}"))
    await fake_tg.wait_for("sendMessage", lambda c: "Sumber:" in c.text, after=mark, timeout=30)
    parts = [
        c.text
        for c in fake_tg.calls[mark:]
        if c.method in ("sendMessage", "editMessageText") and c.chat_id == USER and "Sedang memproses" not in c.text
    ]
    assert len(parts) >= 3
    for part in parts:
        assert len(part.encode("utf-16-le")) // 2 < 4096
        assert part.count("<pre>") == part.count("</pre>") <= 1
        assert not re.search(r"<(?!/?(b|i|pre)>)", part)  # every other '<' is escaped
        assert not re.search(r"&(?!(amp|lt|gt);)", part)
    plain = html.unescape(re.sub(r"</?(b|i|pre)>", "", "\n".join(parts)))
    for text in paragraphs:
        assert text in plain


async def test_cant_parse_entities_resends_plain(bot, fake_tg):
    fake_tg.fail_next("sendMessage", 1, kind="parse")
    mark = bot.send(text_message(USER, USER, "/start"))
    plain = await fake_tg.wait_for(
        "sendMessage", lambda c: c.get("parse_mode") is None and "HumasBot" in c.text, after=mark
    )
    assert "<b>" not in plain.text

    fake_tg.fail_next("editMessageText", 1, kind="parse")
    mark = bot.send(text_message(USER, USER, f"/tulis {DRAFT} <a> & b"))
    edit = await fake_tg.wait_for("editMessageText", lambda c: c.get("parse_mode") is None, after=mark)
    assert "Instagram" in edit.text and "<pre>" not in edit.text and "&lt;" not in edit.text


async def test_flood_control_retries(bot, fake_tg):
    fake_tg.fail_next("sendMessage", 1, kind="flood")
    mark = bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: "HumasBot" in c.text, after=mark)
    await fake_tg.wait_until(lambda: len([c for c in fake_tg.calls[mark:] if c.method == "sendMessage"]) == 2)


async def test_errors_become_short_indonesian_messages(bot, fake_tg, spy_engine):
    spy_engine.fail_with = RuntimeError("boom sk-SECRET-123 /home/app/bot.py line 3")
    mark = bot.send(text_message(USER, USER, f"/balas {DRAFT}"))
    await fake_tg.wait_for("editMessageText", lambda c: "Maaf, terjadi kesalahan" in c.text, after=mark)
    spy_engine.fail_with = EngineUnavailable("x")  # the service falls back to the offline engine
    mark = bot.send(text_message(USER, USER, f"/balas {DRAFT}"))
    await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark)
    everything = "\n".join(c.text for c in fake_tg.calls)
    assert "SECRET" not in everything and "Traceback" not in everything and "123:TEST" not in everything

    mark = bot.send(text_message(USER, USER, "/profil platform friendster"))
    await fake_tg.wait_for("sendMessage", lambda c: "Platform 'friendster' tidak dikenal" in c.text, after=mark)


async def test_profile_survives_a_restart(fake_tg, tg_settings, tg_service, spy_engine):
    first = await BotHarness(fake_tg, tg_settings, tg_service).start()
    try:
        for command in ("/profil nama Dinas Kesehatan Kota X", "/profil akun @dinkes",
                        "/profil tagar #SehatBersama #KotaX", "/profil platform instagram,x", "/profil nada formal"):
            mark = first.send(text_message(USER, USER, command))
            await fake_tg.wait_for("sendMessage", lambda c: "Profil disimpan" in c.text, after=mark)
    finally:
        await first.stop()

    second = await BotHarness(fake_tg, tg_settings, tg_service).start()
    try:
        mark = second.send(text_message(USER, USER, "/profil"))
        shown = await fake_tg.wait_for("sendMessage", lambda c: "Profil instansi" in c.text, after=mark)
        for expected in ("Dinas Kesehatan Kota X", "@dinkes", "#SehatBersama #KotaX", "Instagram, X", "formal"):
            assert expected in shown.text

        mark = second.send(text_message(USER, USER, f"/tulis {DRAFT}"))
        await fake_tg.wait_for("sendMessage", lambda c: "X ·" in c.text, after=mark)
        request = spy_engine.calls[-1]
        assert request.profile.name == "Dinas Kesehatan Kota X" and request.profile.handle == "@dinkes"
        assert request.platforms == ["instagram", "x"] and request.tone == "formal"
    finally:
        await second.stop()
