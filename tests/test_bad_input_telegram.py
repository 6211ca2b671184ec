"""Bad input through the real Telegram `Application` and the fake Bot API.

A representative sample of the corpus as messages, commands, captions, group mentions and
/profil values; bad documents for /tambah as admin; stale and malformed button data. Every
update gets an answer (a result, or a short Indonesian "⚠️" message); no apology for an
unexpected error, no traceback, no error logged; stored knowledge and chat profiles intact.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest

from bot.offline.engine import OfflineEngine
from bot.telegram_app.work import APOLOGY, PLACEHOLDER
from tests.support.bad_input_corpus import (
    callback_corpus,
    error_problem,
    file_corpus,
    output_problem,
    sample,
    text_corpus,
)
from tests.support.fake_telegram import (
    ADMIN,
    BOT_USERNAME,
    USER,
    BotHarness,
    callback_query,
    document_message,
    make_service,
    make_settings,
    photo_message,
    text_message,
)

MAX_UPLOAD = 4096
GOOD_DOC = """---
title: Pedoman Uji Siaran Banjir
---

# Pedoman Uji Siaran Banjir

Saat hujan lebat, unggah peringatan dini dengan nomor darurat dan lokasi posko pengungsian.
Gunakan kalimat pendek dan sebutkan jalur evakuasi.
"""
PROFILE = ["/profil nama Dinas Kesehatan Kota X", "/profil akun @dinkes", "/profil tagar #SehatBersama #KotaX",
           "/profil platform instagram,x", "/profil nada formal"]
SENDS = ("sendMessage", "editMessageText")


@pytest.fixture
async def harness(fake_tg, tmp_path, sample_knowledge):
    settings = make_settings(fake_tg, tmp_path / "data", sample_knowledge, open_mode=True, max_upload_bytes=MAX_UPLOAD)
    service = make_service(settings, OfflineEngine())
    bot = await BotHarness(fake_tg, settings, service).start()
    yield bot
    await bot.stop()


def _safe(text: str) -> str:
    """The text with each lone surrogate as "?": one UTF-16 unit either way, so the entity
    offsets the builders compute stay right when the real text is put back."""
    return "".join("?" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def with_text(update: dict[str, Any], text: str) -> dict[str, Any]:
    message = update["message"]
    message["text" if "text" in message else "caption"] = text
    return update


def answers(fake, chat_id: int, after: int = 0) -> list[str]:
    return [c.text for c in fake.calls[after:] if c.method in SENDS and c.chat_id == chat_id]


async def answered(fake, chat_id: int, after: int, *, callback: bool = False, timeout: float = 10.0) -> None:
    """Wait until the chat got an answer that is not the "processing" placeholder."""

    def done() -> bool:
        texts = [t for t in answers(fake, chat_id, after) if t != PLACEHOLDER]
        view = [m.text for m in fake.chat_view(chat_id)]
        ok = bool(texts) and PLACEHOLDER not in view
        if callback:
            ok = ok and any(c.method == "answerCallbackQuery" for c in fake.calls[after:])
        return ok

    try:
        await fake.wait_until(done, timeout)
    except AssertionError:
        raise AssertionError(f"chat {chat_id} got no answer: {answers(fake, chat_id, after)}") from None


async def quiet(fake, period: float = 0.4, timeout: float = 20.0) -> None:
    """Wait until the bot has stopped calling the Bot API for `period` seconds."""
    deadline = time.monotonic() + timeout
    seen = -1
    while len(fake.calls) != seen and time.monotonic() < deadline:
        seen = len(fake.calls)
        await asyncio.sleep(period)


def errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()} {r.exc_info[1] if r.exc_info else ''}"
            for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith(("bot", "telegram"))]


def problems_in(fake, chat_ids: set[int]) -> list[str]:
    out = []
    for call in fake.calls:
        if call.chat_id not in chat_ids or call.method not in (*SENDS, "answerCallbackQuery"):
            continue
        text = call.text
        if APOLOGY in text:
            out.append(f"chat {call.chat_id}: an unexpected error reached the user ({call.method})")
        elif text and (problem := output_problem(text)):
            out.append(f"chat {call.chat_id}: {problem}")
        elif text.startswith("⚠️") and "<pre>" not in text and (problem := error_problem(text.removeprefix("⚠️ "))):
            out.append(f"chat {call.chat_id}: {problem}: {text[:700]!r}")
    return out


async def press_replace(bot, fake) -> int:
    """Press "Ganti" under the newest question of the admin's chat; returns the mark to wait from."""
    question = next(m for m in reversed(fake.chat_view(ADMIN)) if m.reply_markup)
    replace = question.reply_markup["inline_keyboard"][0][0]
    assert replace["text"] == "Ganti"
    mark = bot.send(callback_query(ADMIN, ADMIN, replace["callback_data"], question.message_id))

    def finished() -> bool:
        texts = answers(fake, ADMIN, mark)
        return any(t.startswith(("⚠️", "✅")) for t in texts) and PLACEHOLDER not in fake.chat_texts(ADMIN)

    await fake.wait_until(finished, 10)
    return mark


def stored(bot) -> list[str]:
    return sorted(rec.id for rec in bot.service.knowledge.store.records(with_text=False))


async def test_text_sample_through_the_bot(harness, fake_tg, caplog, capsys) -> None:
    caplog.set_level(logging.ERROR)
    bot = harness
    before = stored(bot)
    # two chats with a profile, which the bad inputs sent there must leave as it is
    keepers = (40001, 40002)
    for chat in keepers:
        for command in PROFILE:
            mark = bot.send(text_message(chat, chat, command))
            await fake_tg.wait_for(
                "sendMessage", lambda c, chat=chat: c.chat_id == chat and "Profil disimpan" in c.text, after=mark
            )
    profiles = {chat: dict(bot.app.chat_data[chat]["profile"]) for chat in keepers}

    cases = sample(text_corpus(), 91, seed=7)
    chats: set[int] = set(keepers)
    routes: dict[str, int] = {}
    for n, case in enumerate(cases):
        text = case.text
        route = ("text", "tulis", "balas", "audit", "photo", "group", "profil")[n % 7]
        chat = user = 50_000 + n
        if n % 5 == 0 and route not in ("profil", "group"):
            chat = user = keepers[n % 2]  # bad input in a chat that has a profile
        if route == "text" and not text:
            route = "tulis"  # Telegram delivers no empty text message
        if route == "text":
            update = with_text(text_message(chat, user, _safe(text)), text)
        elif route in ("tulis", "balas", "audit"):
            update = with_text(text_message(chat, user, _safe(f"/{route} {text}")), f"/{route} {text}")
        elif route == "photo":
            update = with_text(photo_message(chat, user, _safe(text)), text)
        elif route == "group":
            chat = -200_000 - n
            update = with_text(text_message(chat, user, _safe(f"@{BOT_USERNAME} {text}")), f"@{BOT_USERNAME} {text}")
        else:
            update = with_text(text_message(chat, user, _safe(f"/profil nama {text}")), f"/profil nama {text}")
        routes[route] = routes.get(route, 0) + 1
        chats.add(chat)
        mark = bot.send(update)
        await answered(fake_tg, chat, mark)
        if chat in keepers:  # and a bad /profil value there is refused
            for command in (f"/profil nada {text}", f"/profil warna {text}"):
                mark = bot.send(with_text(text_message(chat, user, _safe(command)), command))
                await answered(fake_tg, chat, mark)
                routes["profil refused"] = routes.get("profil refused", 0) + 1
        if route == "profil":
            name = bot.app.chat_data.get(chat, {}).get("profile", {}).get("name")
            if name is not None:
                assert output_problem(name) is None and name == name.strip(), f"{case.label()}: stored name {name!r}"
    await quiet(fake_tg)
    with capsys.disabled():
        print(f"\n[bad input] Telegram: {len(cases)} corpus texts as {sum(routes.values())} updates {routes}")

    assert not problems_in(fake_tg, chats), "\n".join(problems_in(fake_tg, chats)[:30])
    assert not errors_logged(caplog), "\n".join(errors_logged(caplog)[:10])
    assert stored(bot) == before
    for chat in keepers:
        assert bot.app.chat_data[chat]["profile"] == profiles[chat]

    # the profiles and the texts behind buttons survive a restart
    await bot.stop()
    await bot.start()
    for chat in keepers:
        assert bot.app.chat_data[chat]["profile"] == profiles[chat]
    assert not errors_logged(caplog), "\n".join(errors_logged(caplog)[:10])


async def test_bad_documents_for_tambah(harness, fake_tg, caplog, capsys) -> None:
    caplog.set_level(logging.ERROR)
    bot = harness
    uploads = bot.settings.uploads_dir
    fake_tg.add_file("good", GOOD_DOC.encode(), "documents/good.md")
    mark = bot.send(document_message(ADMIN, ADMIN, "good", "pedoman-uji.md", len(GOOD_DOC.encode()), caption="/tambah"))
    await fake_tg.wait_for("editMessageText", lambda c: "ditambahkan" in c.text, after=mark)
    before = stored(bot)
    kept = (uploads / str(ADMIN) / "pedoman-uji.md").read_bytes()

    docs: list[tuple[str, dict[str, Any], bytes]] = []
    by_category: dict[str, int] = {}
    for case in file_corpus(MAX_UPLOAD):
        if by_category.get(case.category, 0) < 3:
            by_category[case.category] = by_category.get(case.category, 0) + 1
            docs.append((case.label(), {"file_name": case.name, "caption": "/tambah"}, case.data))
    broken = bytes([0xC0, 0xFF, 0xFE]) * 500  # no BOM: not UTF-16 either
    huge = GOOD_DOC.encode() * (MAX_UPLOAD // len(GOOD_DOC) + 2)
    docs += [
        ("same name, broken content", {"file_name": "pedoman-uji.md", "caption": "/tambah"}, broken),
        ("same name, too big after download", {"file_name": "pedoman-uji.md", "caption": "/tambah", "size": 10}, huge),
        ("same name, empty", {"file_name": "pedoman-uji.md", "caption": "/tambah"}, b""),
        ("declared too big", {"file_name": "besar.md", "caption": "/tambah", "size": MAX_UPLOAD + 1}, huge),
        ("no file name", {"file_name": None, "caption": "/tambah"}, b"teks"),
        ("path traversal", {"file_name": "../../../etc/passwd.md", "caption": "/tambah"}, broken),
        ("right-to-left name", {"file_name": "\u202egpj.exe", "caption": "/tambah"}, b"MZ"),
        ("dots only", {"file_name": "...md", "caption": "/tambah"}, b"isi"),
        ("caption with bot name", {"file_name": "x.pdf", "caption": f"/tambah@{BOT_USERNAME}"}, b"bukan pdf"),
    ]
    for n, (label, meta, data) in enumerate(docs):
        file_id = f"bad-{n}"
        fake_tg.add_file(file_id, data, f"documents/{file_id}")
        update = document_message(ADMIN, ADMIN, file_id, "x", meta.get("size", len(data)), caption=meta["caption"])
        if meta["file_name"] is None:
            del update["message"]["document"]["file_name"]
        else:
            update["message"]["document"]["file_name"] = meta["file_name"]
        mark = bot.send(update)
        await answered(fake_tg, ADMIN, mark)
        if any("sudah ada" in t for t in answers(fake_tg, ADMIN, mark)):  # the same name: an admin replaces it
            mark = await press_replace(bot, fake_tg)
        got = [t for t in answers(fake_tg, ADMIN, mark) if t != PLACEHOLDER]
        assert any(t.startswith("⚠️") for t in got), f"{label}: {got}"
        assert stored(bot) == before, f"{label}: the stored chunks changed"
        assert (uploads / str(ADMIN) / "pedoman-uji.md").read_bytes() == kept, f"{label}: the upload was overwritten"

    # two steps (/tambah, then the file), a non-admin, and a good file sent again
    fake_tg.add_file("step", b"\x00\x01 biner", "documents/step.md")
    mark = bot.send(text_message(ADMIN, ADMIN, "/tambah"))
    await answered(fake_tg, ADMIN, mark)
    mark = bot.send(document_message(ADMIN, ADMIN, "step", "langkah.md", 8))
    await answered(fake_tg, ADMIN, mark)
    assert any(t.startswith("⚠️") for t in answers(fake_tg, ADMIN, mark))
    mark = bot.send(document_message(USER, USER, "good", "pedoman-uji.md", 10, caption="/tambah"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "hanya admin" in c.text, after=mark)
    mark = bot.send(document_message(ADMIN, ADMIN, "good", "pedoman-uji.md", len(GOOD_DOC.encode()), caption="/tambah"))
    await fake_tg.wait_for("sendMessage", lambda c: "sudah ada" in c.text, after=mark)
    mark = await press_replace(bot, fake_tg)
    done = await fake_tg.wait_for("editMessageText", lambda c: "✅ pedoman-uji.md" in c.text, after=mark)
    assert "isi yang sama" in done.text
    assert stored(bot) == before

    await quiet(fake_tg)
    leftovers = sorted(p.relative_to(uploads).as_posix() for p in uploads.rglob("*"))
    with capsys.disabled():
        print(f"\n[bad input] Telegram: {len(docs) + 2} bad documents for /tambah")
    assert leftovers == [str(ADMIN), f"{ADMIN}/pedoman-uji.md"], f"bad uploads left in {uploads}: {leftovers}"
    assert not problems_in(fake_tg, {ADMIN, USER}), "\n".join(problems_in(fake_tg, {ADMIN, USER}))
    assert not errors_logged(caplog), "\n".join(errors_logged(caplog)[:10])


async def test_stale_and_malformed_buttons(harness, fake_tg, caplog, capsys) -> None:
    caplog.set_level(logging.ERROR)
    bot = harness
    chats: set[int] = set()
    data = callback_corpus()
    for n, payload in enumerate(data):
        chat = 60_000 + n
        chats.add(chat)
        mark = bot.send(callback_query(chat, chat, payload, message_id=5))
        await answered(fake_tg, chat, mark, callback=True)
    # buttons of a real draft, with an argument that was never offered
    chat = 61_000
    chats.add(chat)
    mark = bot.send(text_message(chat, chat, "Vaksinasi gratis di Puskesmas Sukamaju, Sabtu 12 Juli 2025 pukul 08.00."))
    ask = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == chat and "Mau diapakan" in c.text, after=mark)
    key = ask["reply_markup"]["inline_keyboard"][0][0]["callback_data"].split(":")[1]
    odd = [f"rw:{key}:friendster", f"rw:{key}:", f"rw:{key}:instagram:extra", f"vr:{key}:entah", f"au:{key}:x",
           f"rp:{key}:😀", f"vr:{key}:lagi"]
    for payload in odd:
        mark = bot.send(callback_query(chat, chat, payload, message_id=5))
        await answered(fake_tg, chat, mark, callback=True)
    await quiet(fake_tg)
    with capsys.disabled():
        print(f"\n[bad input] Telegram: {len(data) + len(odd)} stale or malformed button presses")
    assert not problems_in(fake_tg, chats), "\n".join(problems_in(fake_tg, chats))
    assert not errors_logged(caplog), "\n".join(errors_logged(caplog)[:10])


def _bad_images() -> list[tuple[str, bytes, str]]:
    """Images that cannot be read: (file name, bytes, MIME type)."""
    import io

    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(png, format="PNG")
    blank = png.getvalue()
    bomb = io.BytesIO()
    Image.new("1", (12000, 12000)).save(bomb, format="PNG")  # 144 megapixels, a few kilobytes
    return [
        ("kosong.png", b"", "image/png"),
        ("bukan-gambar.png", b"ini teks, bukan gambar", "image/png"),
        ("terpotong.png", blank[: len(blank) // 2], "image/png"),
        ("putih.png", blank, "image/png"),  # an image without any text
        ("bom.png", bomb.getvalue(), "image/png"),
        ("skrip.jpg", b"<script>alert(1)</script>", "image/jpeg"),
        ("tanpa-nama", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
    ]


async def test_bad_files_sent_as_drafts(harness, fake_tg, caplog, capsys) -> None:
    """Every bad document and image sent without /tambah (a draft, a screenshot) gets a clear
    Indonesian message, never the apology; nothing reaches the knowledge base or the data folder."""
    caplog.set_level(logging.ERROR)
    bot = harness
    before = stored(bot)
    sent = 0
    by_category: dict[str, int] = {}
    cases: list[tuple[str, bytes, str]] = []
    for case in file_corpus(MAX_UPLOAD):
        if by_category.get(case.category, 0) < 3:
            by_category[case.category] = by_category.get(case.category, 0) + 1
            cases.append((case.name, case.data, "application/octet-stream"))
    cases += _bad_images()
    for n, (name, data, mime) in enumerate(cases):
        file_id = f"draft-{n}"
        fake_tg.add_file(file_id, data, f"documents/{file_id}")
        mark = bot.send(document_message(USER, USER, file_id, name, len(data), mime_type=mime))
        await answered(fake_tg, USER, mark, timeout=30)
        got = [t for t in answers(fake_tg, USER, mark) if t != PLACEHOLDER]
        assert any(t.startswith("⚠️") for t in got), f"{name}: {got}"
        sent += 1
    await quiet(fake_tg)
    assert not problems_in(fake_tg, {USER}), problems_in(fake_tg, {USER})[:5]
    assert not errors_logged(caplog), "\n".join(errors_logged(caplog)[:10])
    assert stored(bot) == before
    kept = [p for p in bot.settings.data_dir.rglob("*") if p.is_file() and p.suffix.lower() in {".png", ".jpg"}]
    assert not kept
    with capsys.disabled():
        print(f"\n[bad input] Telegram: {sent} bad documents and images sent as drafts")
