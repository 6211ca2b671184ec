"""End to end through the fake Bot API: the media buttons under a rewrite (infographic album, quiz
and poll, video script), stale buttons, and a chat that stays answered while another's cards render."""

from __future__ import annotations

import io
import threading

import pytest
from PIL import Image

from bot.cards.cards import make_cards
from bot.core.fact_check import check_facts
from bot.telegram_app import media_tasks
from tests.support.fake_telegram import GROUP, USER, callback_query, text_message

DRAFT = (
    "Dalam rangka meningkatkan derajat kesehatan masyarakat, Dinas Kesehatan Kota Sukamaju "
    "melaksanakan vaksinasi gratis pada Sabtu, 12 Juli 2025 pukul 08.00-12.00 WIB di Puskesmas "
    "Sukamaju. Warga diminta membawa KTP dan kartu keluarga."
)
SHORT = "Puskesmas Sukamaju membuka layanan imunisasi gratis setiap Senin."
MEETING = (
    "Wali Kota Sukamaju menghadiri rapat koordinasi bersama para camat di ruang rapat balai kota pada Senin pagi."
)


def buttons(call):
    return [b for row in call["reply_markup"]["inline_keyboard"] for b in row]


def button(call, label):
    return next(b for b in buttons(call) if b["text"] == label)


def has_button(label):
    return lambda c: bool(c.get("reply_markup")) and any(b["text"] == label for b in buttons(c))


async def rewritten(bot, fake, draft=DRAFT, chat_id=USER):
    """The rewrite result (Instagram) of `draft`, with its buttons."""
    mark = bot.send(text_message(chat_id, USER, draft))
    ask = await fake.wait_for("sendMessage", lambda c: c.chat_id == chat_id and "Mau diapakan" in c.text, after=mark)
    mark = bot.send(callback_query(chat_id, USER, button(ask, "Instagram")["callback_data"]))
    return await fake.wait_for("editMessageText", has_button("🖼 Buat infografis"), after=mark)


async def press(bot, fake, result, label, chat_id=USER):
    """Press `label` under `result`; returns the mark to wait from."""
    mark = bot.send(callback_query(chat_id, USER, button(result, label)["callback_data"]))
    await fake.wait_for("answerCallbackQuery", after=mark)
    return mark


def image(data):
    return Image.open(io.BytesIO(data))


async def test_rewrite_result_offers_the_media_row(bot, fake_tg):
    result = await rewritten(bot, fake_tg)
    labels = [b["text"] for b in buttons(result)]
    assert labels[-4:] == ["🖼 Buat infografis", "❓ Buat kuis", "🎬 Naskah video", "📝 Ajukan persetujuan"]
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons(result))


async def test_infographic_is_one_album_with_alt_texts_then_files_and_sizes(bot, fake_tg):
    expected = make_cards(DRAFT)
    assert len(expected.slides) > 1
    result = await rewritten(bot, fake_tg)

    mark = await press(bot, fake_tg, result, "🖼 Buat infografis")
    head = await fake_tg.wait_for("editMessageText", lambda c: "Infografis" in c.text, after=mark)
    assert "teks alternatif" in head.text and "Instagram" in head.text
    album = await fake_tg.wait_for("sendMediaGroup", after=mark)
    foot = await fake_tg.wait_for("sendMessage", has_button("📄 Kirim sebagai berkas"), after=mark)
    assert [c.method for c in fake_tg.calls[mark:]].count("sendMediaGroup") == 1
    media = album["media"]
    assert len(media) == len(expected.slides)
    assert all(item["type"] == "photo" for item in media)
    assert [item["caption"] for item in media] == [slide.alt_text for slide in expected.slides]
    files = fake_tg.uploads(album)
    assert len(files) == len(expected.slides)
    assert all(image(data).size == (1080, 1350) for data in files)
    labels = [b["text"] for b in buttons(foot)]
    assert labels == ["📄 Kirim sebagai berkas", "⬛ Persegi 1:1", "📱 Story 9:16", "📝 Ajukan persetujuan"]
    assert album.at < foot.at

    mark = await press(bot, fake_tg, foot, "📄 Kirim sebagai berkas")
    documents = await fake_tg.wait_for("sendMediaGroup", after=mark)
    foot = await fake_tg.wait_for("sendMessage", has_button("📄 Kirim sebagai berkas"), after=mark)
    assert [item["type"] for item in documents["media"]] == ["document"] * len(expected.slides)
    assert [item["caption"] for item in documents["media"]] == [slide.alt_text for slide in expected.slides]
    assert all(data.startswith(b"\x89PNG") for data in fake_tg.uploads(documents))

    mark = await press(bot, fake_tg, foot, "📱 Story 9:16")
    story = await fake_tg.wait_for("sendMediaGroup", after=mark)
    foot = await fake_tg.wait_for("sendMessage", has_button("🖼 Feed 4:5"), after=mark)
    assert {image(data).size for data in fake_tg.uploads(story)} == {(1080, 1920)}
    assert "⬛ Persegi 1:1" in [b["text"] for b in buttons(foot)]


async def test_a_one_card_draft_is_one_photo(bot, fake_tg):
    expected = make_cards(SHORT)
    assert len(expected.slides) == 1
    result = await rewritten(bot, fake_tg, SHORT)
    mark = await press(bot, fake_tg, result, "🖼 Buat infografis")
    photo = await fake_tg.wait_for("sendPhoto", after=mark)
    foot = await fake_tg.wait_for("sendMessage", has_button("📄 Kirim sebagai berkas"), after=mark)
    assert photo["caption"] == expected.slides[0].alt_text
    assert image(fake_tg.uploads(photo)[0]).size == (1080, 1350)
    assert not fake_tg.calls_of("sendMediaGroup")

    mark = await press(bot, fake_tg, foot, "📄 Kirim sebagai berkas")
    document = await fake_tg.wait_for("sendDocument", after=mark)
    assert document["caption"] == expected.slides[0].alt_text
    assert fake_tg.uploads(document)[0].startswith(b"\x89PNG")


async def test_the_cards_wear_the_chat_profile(bot, fake_tg, tg_service):
    mark = bot.send(text_message(USER, USER, "/profil warna #AA0000 #F2A900"))
    await fake_tg.wait_for("sendMessage", lambda c: "Warna kartu disimpan" in c.text, after=mark)
    mark = bot.send(text_message(USER, USER, "/profil akun @dinkes_sukamaju"))
    await fake_tg.wait_for("sendMessage", lambda c: "Profil disimpan" in c.text, after=mark)
    result = await rewritten(bot, fake_tg, SHORT)
    mark = await press(bot, fake_tg, result, "🖼 Buat infografis")
    photo = await fake_tg.wait_for("sendPhoto", after=mark)
    sent = fake_tg.uploads(photo)[0]
    assert image(sent).convert("RGB").getpixel((5, 5)) == (0xAA, 0, 0)  # the band, in the chat's colour
    profile = tg_service.default_profile().model_copy(
        update={"handle": "@dinkes_sukamaju", "card_primary": "#AA0000", "card_accent": "#F2A900"}
    )
    expected = make_cards(SHORT, profile).slides[0]
    assert "@dinkes_sukamaju" in expected.lines
    assert sent == expected.png


async def test_quiz_button_sends_a_quiz_poll_whose_answer_is_a_fact_then_a_poll(bot, fake_tg):
    result = await rewritten(bot, fake_tg)
    mark = await press(bot, fake_tg, result, "❓ Buat kuis")
    head = await fake_tg.wait_for("editMessageText", lambda c: "Kuis" in c.text, after=mark)
    quiz = await fake_tg.wait_for("sendPoll", lambda c: c.get("type") == "quiz", after=mark)
    poll = await fake_tg.wait_for("sendPoll", lambda c: c.get("type") == "regular", after=mark)
    stickers = await fake_tg.wait_for("sendMessage", lambda c: "Stiker" in c.text, after=mark)
    assert head.at < quiz.at < poll.at < stickers.at
    options = [o["text"] if isinstance(o, dict) else o for o in quiz["options"]]
    at = fake_tg.correct_option(quiz)
    assert at is not None
    correct = options[at]
    assert correct.casefold() in DRAFT.casefold()  # a fact of the draft, as the draft says it
    assert check_facts(correct, [DRAFT]).ok
    assert all(o.casefold() not in DRAFT.casefold() for i, o in enumerate(options) if o != correct)
    assert quiz["explanation"] and quiz.get("is_anonymous") in (True, "true", None)
    assert 2 <= len(poll["options"]) <= 10
    assert "Stiker polling Instagram Story" in stickers.text


async def test_no_quiz_says_why_and_still_sends_the_poll(bot, fake_tg):
    result = await rewritten(bot, fake_tg, MEETING)
    mark = await press(bot, fake_tg, result, "❓ Buat kuis")
    head = await fake_tg.wait_for("editMessageText", lambda c: "Kuis tidak dibuat" in c.text, after=mark)
    assert "OPD" in head.text or "manfaat" in head.text
    poll = await fake_tg.wait_for("sendPoll", after=mark)
    assert poll["type"] == "regular"
    await fake_tg.wait_for("sendMessage", lambda c: "Stiker polling" in c.text, after=mark)
    assert [c["type"] for c in fake_tg.calls_of("sendPoll")] == ["regular"]


async def test_script_button_sends_the_script(bot, fake_tg):
    result = await rewritten(bot, fake_tg)
    mark = await press(bot, fake_tg, result, "🎬 Naskah video")
    script = await fake_tg.wait_for("editMessageText", lambda c: "Naskah video pendek" in c.text, after=mark)
    assert "Pembuka" in script.text and "Adegan 1" in script.text and "Teks layar" in script.text


@pytest.mark.parametrize("data", ["md:gone1234:quiz", "md:gone1234:card-feed", "md:gone1234:files-story"])
async def test_a_stale_media_button_answers_clearly(bot, fake_tg, data):
    mark = bot.send(callback_query(USER, USER, data))
    answer = await fake_tg.wait_for("answerCallbackQuery", after=mark)
    assert "kedaluwarsa" in answer.get("text", "")
    await fake_tg.wait_for("sendMessage", lambda c: "kedaluwarsa" in c.text and "Kirim ulang" in c.text, after=mark)
    assert not fake_tg.calls_of("sendMediaGroup") and not fake_tg.calls_of("sendPoll")


async def test_an_unknown_size_is_stale_too(bot, fake_tg):
    result = await rewritten(bot, fake_tg)
    key = button(result, "🖼 Buat infografis")["callback_data"].split(":")[1]
    mark = bot.send(callback_query(USER, USER, f"md:{key}:card-poster"))
    await fake_tg.wait_for("sendMessage", lambda c: "kedaluwarsa" in c.text, after=mark)
    assert not fake_tg.calls_of("sendMediaGroup")


async def test_another_chat_is_answered_while_cards_render(bot, fake_tg, monkeypatch):
    release = threading.Event()
    started = threading.Event()
    real = media_tasks.make_cards

    def slow_cards(*args, **kwargs):
        started.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(media_tasks, "make_cards", slow_cards)
    result = await rewritten(bot, fake_tg)
    try:
        mark = await press(bot, fake_tg, result, "🖼 Buat infografis")
        await fake_tg.wait_until(started.is_set)
        other = bot.send(text_message(GROUP, USER, "/bantuan"))
        await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP and "HumasBot" in c.text, after=other)
        assert not release.is_set() and not fake_tg.calls_of("sendMediaGroup")  # still rendering
    finally:
        release.set()
    album = await fake_tg.wait_for("sendMediaGroup", after=mark)
    assert album.chat_id == USER
