"""End to end: the real Application against the fake Bot API: the everyday flows."""

from __future__ import annotations

import json

from tests.support.fake_telegram import (
    BOT_USERNAME,
    GROUP,
    USER,
    bot_message,
    callback_query,
    forwarded_message,
    location_message,
    message,
    photo_message,
    sticker_message,
    text_message,
    voice_message,
)

DRAFT = (
    "Dalam rangka meningkatkan derajat kesehatan masyarakat, Dinas Kesehatan Kota Sukamaju "
    "melaksanakan vaksinasi gratis pada Sabtu, 12 Juli 2025 pukul 08.00-12.00 WIB di Puskesmas "
    "Sukamaju. Warga diminta membawa KTP dan kartu keluarga."
)
COMMENT = "Min, vaksinnya hari apa ya? Perlu bawa KTP nggak?"


def buttons(call):
    return [b for row in call["reply_markup"]["inline_keyboard"] for b in row]


def button(call, label):
    return next(b for b in buttons(call) if b["text"] == label)


def post_of(call):
    return call.text.split("<pre>", 1)[1].split("</pre>", 1)[0]


async def ask_keyboard(bot, fake, update, chat_id=USER):
    mark = bot.send(update)
    return await fake.wait_for("sendMessage", lambda c: c.chat_id == chat_id and "Mau diapakan" in c.text, after=mark)


async def test_start_says_what_and_how_and_sets_the_menu(bot, fake_tg):
    menu = await fake_tg.wait_for("setMyCommands")
    names = [c["command"] for c in menu["commands"]]
    assert {"start", "tulis", "balas", "audit", "profil", "sumber", "batal", "tambah", "stats"} <= set(names)
    assert all(c["description"] for c in menu["commands"])

    mark = bot.send(text_message(USER, USER, "/start"))
    welcome = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER, after=mark)
    assert "HumasBot" in welcome.text and "Cara pakai" in welcome.text
    assert "tanpa model bahasa" in welcome.text  # the spy wraps the offline engine
    assert welcome["parse_mode"] == "HTML"


async def test_pasted_draft_keyboard_then_instagram_post(bot, fake_tg, spy_engine):
    ask = await ask_keyboard(bot, fake_tg, text_message(USER, USER, DRAFT))
    labels = [b["text"] for b in buttons(ask)]
    for label in ("Instagram", "Facebook", "X", "TikTok", "WhatsApp", "Semua", "💬 Saran balasan", "🔍 Audit caption"):
        assert label in labels
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons(ask))

    mark = bot.send(callback_query(USER, USER, button(ask, "Instagram")["callback_data"]))
    await fake_tg.wait_for("answerCallbackQuery", after=mark)
    placeholder = await fake_tg.wait_for("sendMessage", lambda c: "Sedang memproses" in c.text, after=mark)
    result = await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark)
    assert fake_tg.calls_of("sendChatAction", USER)
    assert result["parse_mode"] == "HTML"
    assert "<pre>" in result.text and "Sumber:" in result.text
    assert "⚠️" in result.text  # the offline engine is named as a warning
    labels = [b["text"] for b in buttons(result)]
    assert labels == ["🔄 Versi lain", "✂️ Lebih singkat", "👔 Lebih formal", "😊 Lebih santai",
                      "🖼 Buat infografis", "❓ Buat kuis", "🎬 Naskah video", "📝 Ajukan persetujuan"]
    assert spy_engine.calls[-1].platforms == ["instagram"]
    assert "vaksinasi" in spy_engine.calls[-1].draft
    # the placeholder became the result
    assert placeholder.chat_id == USER
    assert not any("Sedang memproses" in t for t in fake_tg.chat_texts(USER))
    assert result.text in fake_tg.chat_texts(USER)

    mark = bot.send(callback_query(USER, USER, button(result, "👔 Lebih formal")["callback_data"]))
    formal = await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark)
    assert spy_engine.calls[-1].tone == "formal"
    assert spy_engine.calls[-1].platforms == ["instagram"]

    mark = bot.send(callback_query(USER, USER, button(formal, "😊 Lebih santai")["callback_data"]))
    casual = await fake_tg.wait_for("editMessageText", lambda c: "<pre>" in c.text, after=mark)
    assert spy_engine.calls[-1].tone == "casual"

    mark = bot.send(callback_query(USER, USER, button(casual, "✂️ Lebih singkat")["callback_data"]))
    short = await fake_tg.wait_for("editMessageText", lambda c: "<pre>" in c.text, after=mark)
    assert spy_engine.calls[-1].tone == "casual"
    assert len(post_of(short)) < len(post_of(result))

    mark = bot.send(callback_query(USER, USER, button(short, "🔄 Versi lain")["callback_data"]))
    await fake_tg.wait_for("editMessageText", lambda c: "<pre>" in c.text, after=mark)
    assert spy_engine.calls[-1].tone == "casual" and spy_engine.calls[-1].draft == spy_engine.calls[0].draft


async def test_all_platforms_each_post_its_own_message(bot, fake_tg):
    ask = await ask_keyboard(bot, fake_tg, text_message(USER, USER, DRAFT))
    mark = bot.send(callback_query(USER, USER, button(ask, "Semua")["callback_data"]))
    last = await fake_tg.wait_for("sendMessage", lambda c: "Saluran WhatsApp" in c.text, after=mark,
                                  timeout=30.0)
    assert "Versi lain" in json.dumps(last["reply_markup"])
    texts = fake_tg.chat_texts(USER)
    for label in ("Instagram", "Facebook", "X ·", "TikTok", "Saluran WhatsApp"):
        assert sum(label in t for t in texts) >= 1
    assert all(t.count("<pre>") <= 1 for t in texts)


async def test_balas_shows_kind_then_each_suggestion(bot, fake_tg):
    mark = bot.send(text_message(USER, USER, f"/balas {COMMENT}"))
    head = await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark)
    assert "Pertanyaan" in head.text
    first = await fake_tg.wait_for("sendMessage", lambda c: "Saran balasan 1" in c.text, after=mark)
    assert "<pre>" in first.text


async def test_balas_flags_escalation(bot, fake_tg):
    mark = bot.send(text_message(USER, USER, "/balas Awas hoaks! Vaksin itu berisi chip pelacak, jangan mau divaksin!"))
    head = await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark)
    assert "Hoaks" in head.text
    assert "🚩 Perlu eskalasi" in head.text


async def test_audit_command(bot, fake_tg):
    caption = (
        "Bertempat di Ruang Rapat Utama, Kepala Dinas Kesehatan Dr. H. Budi, S.Kp., M.Kes. "
        "menghadiri rapat koordinasi dalam rangka sinergitas percepatan penurunan stunting."
    )
    mark = bot.send(text_message(USER, USER, f"/audit {caption}"))
    result = await fake_tg.wait_for("editMessageText", lambda c: "Audit caption" in c.text, after=mark)
    assert "skor" in result.text and ("🔴" in result.text or "🟠" in result.text)


async def test_forwarded_message_gets_the_keyboard(bot, fake_tg, spy_engine):
    ask = await ask_keyboard(bot, fake_tg, forwarded_message(USER, USER, DRAFT))
    mark = bot.send(callback_query(USER, USER, button(ask, "X")["callback_data"]))
    await fake_tg.wait_for("editMessageText", lambda c: "X ·" in c.text, after=mark)
    assert spy_engine.calls[-1].platforms == ["x"]


async def test_photo_caption_is_the_draft(bot, fake_tg, spy_engine):
    ask = await ask_keyboard(bot, fake_tg, photo_message(USER, USER, COMMENT))
    mark = bot.send(callback_query(USER, USER, button(ask, "💬 Saran balasan")["callback_data"]))
    await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark)
    assert spy_engine.calls[-1].comment.startswith("Min, vaksinnya")
    # the answer is complete (the chat free again) once its last message, with the buttons, is out
    await fake_tg.wait_for("sendMessage", lambda c: bool(c.get("reply_markup")), after=mark)

    mark = bot.send(photo_message(USER, USER, f"/tulis {DRAFT}"))
    await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark)
    assert spy_engine.calls[-1].draft.startswith("Dalam rangka")


async def test_command_as_reply_uses_the_replied_message(bot, fake_tg, spy_engine):
    earlier = message(USER, USER, DRAFT)
    mark = bot.send(text_message(USER, USER, "/tulis", reply_to=earlier))
    await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark)
    assert spy_engine.calls[-1].draft.startswith("Dalam rangka")

    mark = bot.send(text_message(USER, USER, "/tulis"))
    await fake_tg.wait_for("sendMessage", lambda c: "setelah perintah" in c.text, after=mark)


async def test_expired_button(bot, fake_tg):
    mark = bot.send(callback_query(USER, USER, "rw:gone1234:instagram"))
    await fake_tg.wait_for("answerCallbackQuery", after=mark)
    await fake_tg.wait_for("sendMessage", lambda c: "kedaluwarsa" in c.text, after=mark)


async def test_group_mention_and_reply(bot, fake_tg, spy_engine):
    ask = await ask_keyboard(bot, fake_tg, text_message(GROUP, USER, f"@{BOT_USERNAME} {DRAFT}"), chat_id=GROUP)
    mark = bot.send(callback_query(GROUP, USER, button(ask, "Facebook")["callback_data"]))
    await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == GROUP and "Facebook" in c.text, after=mark)
    assert spy_engine.calls[-1].draft.startswith("Dalam rangka")
    assert BOT_USERNAME not in spy_engine.calls[-1].draft

    reply = text_message(GROUP, USER, COMMENT, reply_to=bot_message(GROUP, "Mau diapakan teks ini?"))
    ask = await ask_keyboard(bot, fake_tg, reply, chat_id=GROUP)
    assert ask.chat_id == GROUP

    # a command sent as a reply uses the replied-to message
    mark = bot.send(text_message(GROUP, USER, f"/balas@{BOT_USERNAME}", reply_to=message(GROUP, 4242, COMMENT)))
    await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == GROUP and "Jenis komentar" in c.text, after=mark)
    assert spy_engine.calls[-1].comment == COMMENT


async def test_group_chatter_is_ignored(bot, fake_tg):
    mark = bot.send(text_message(GROUP, USER, "Selamat pagi semua, rapat jam 9 ya"))
    bot.send(sticker_message(GROUP, USER))
    bot.send(text_message(GROUP, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP and "HumasBot" in c.text, after=mark)
    sent = [c for c in fake_tg.calls[mark:] if c.method == "sendMessage" and c.chat_id == GROUP]
    assert len(sent) == 1


async def test_stickers_voice_location_get_a_clear_message(bot, fake_tg):
    for update in (sticker_message(USER, USER), location_message(USER, USER)):
        mark = bot.send(update)
        await fake_tg.wait_for("sendMessage", lambda c: "belum bisa membaca stiker" in c.text, after=mark)
    # no transcription server configured: how to enable it, nothing downloaded
    mark = bot.send(voice_message(USER, USER))
    await fake_tg.wait_for("sendMessage", lambda c: "HUMASBOT_TRANSCRIBE_MODEL" in c.text, after=mark)
    assert not fake_tg.calls_of("getFile")

    # symbols that say nothing are refused; emoji that do are a comment (tests/test_telegram_emoji_comment.py)
    mark = bot.send(text_message(USER, USER, "★★★ ###"))
    await fake_tg.wait_for("sendMessage", lambda c: "tidak berisi kata" in c.text, after=mark)

    mark = bot.send(text_message(USER, USER, "/entahlah"))
    await fake_tg.wait_for("sendMessage", lambda c: "Perintah tidak dikenal" in c.text, after=mark)


async def test_sumber_lists_documents(bot, fake_tg):
    mark = bot.send(text_message(USER, USER, "/sumber"))
    listing = await fake_tg.wait_for("sendMessage", lambda c: "dokumen pedoman" in c.text, after=mark)
    assert "Menanggapi Hoaks di Media Sosial" in listing.text
    assert "potongan" in listing.text
