"""End to end through the fake Bot API: the institution's look of the cards, `/profil warna` and `/logo`."""

from __future__ import annotations

import io

from PIL import Image

from bot.telegram_app.logos import logo_path
from tests.support.fake_telegram import (
    ADMIN,
    GROUP,
    USER,
    callback_query,
    document_message,
    photo_message,
    text_message,
)

SHORT = "Puskesmas Sukamaju membuka layanan imunisasi gratis setiap Senin."


def png(size=(200, 100), colour=(200, 30, 30, 0), mode="RGBA"):
    buffer = io.BytesIO()
    Image.new(mode, size, colour if mode == "RGBA" else colour[:3]).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg(size=(400, 300)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 60)).save(buffer, format="JPEG")
    return buffer.getvalue()


def buttons(call):
    return [b for row in call["reply_markup"]["inline_keyboard"] for b in row]


async def say(bot, fake, chat_id, user_id, text, expect, **kw):
    mark = bot.send(text_message(chat_id, user_id, text, **kw))
    return await fake.wait_for("sendMessage", lambda c: c.chat_id == chat_id and expect in c.text, after=mark)


# --- /profil warna ------------------------------------------------------------------------------
async def test_profil_warna_good_colours_are_kept_and_shown(bot, fake_tg):
    saved = await say(bot, fake_tg, USER, USER, "/profil warna #0b4f8a #F2A900 #1B1F24", "Warna kartu disimpan")
    assert "utama #0B4F8A, aksen #F2A900, teks #1B1F24" in saved.text
    shown = await say(bot, fake_tg, USER, USER, "/profil", "Profil instansi")
    assert "utama #0B4F8A, aksen #F2A900, teks #1B1F24" in shown.text and "(bawaan)" not in shown.text
    assert "/profil warna" in shown.text  # the usage names it
    reset = await say(bot, fake_tg, USER, USER, "/profil reset", "dikembalikan")
    assert "(bawaan)" in reset.text


async def test_profil_warna_refuses_what_is_not_a_colour(bot, fake_tg):
    await say(bot, fake_tg, USER, USER, "/profil warna merah biru", "tidak dikenali")
    await say(bot, fake_tg, USER, USER, "/profil warna #0B4F8A", "dua atau tiga kode warna")
    shown = await say(bot, fake_tg, USER, USER, "/profil", "Profil instansi")
    assert "(bawaan)" in shown.text


async def test_profil_warna_corrects_a_text_colour_a_little_short_of_aa(bot, fake_tg):
    saved = await say(bot, fake_tg, USER, USER, "/profil warna #0B4F8A #F2A900 #808080", "Warna kartu disimpan")
    assert "Warna teks diubah dari #808080" in saved.text
    assert "teks #808080" not in saved.text  # the corrected colour is what is kept


async def test_profil_warna_refuses_an_unreadable_text_colour(bot, fake_tg):
    await say(bot, fake_tg, USER, USER, "/profil warna #0B4F8A #F2A900 #DDDDDD", "hampir tidak terbaca")
    shown = await say(bot, fake_tg, USER, USER, "/profil", "Profil instansi")
    assert "#DDDDDD" not in shown.text and "(bawaan)" in shown.text


async def test_profil_warna_in_a_group_is_for_its_admins(bot, fake_tg):
    await say(bot, fake_tg, GROUP, USER, "/profil warna #0B4F8A #F2A900", "hanya bisa diubah oleh admin")


# --- /logo --------------------------------------------------------------------------------------
async def test_admin_sets_a_transparent_logo_as_a_file(bot, fake_tg, tg_settings):
    data = png()
    fake_tg.add_file("logo-1", data)
    mark = bot.send(document_message(ADMIN, ADMIN, "logo-1", "logo.png", len(data), caption="/logo",
                                     mime_type="image/png"))
    saved = await fake_tg.wait_for("sendMessage", lambda c: "Logo disimpan" in c.text, after=mark)
    assert "foto" not in saved.text
    stored = Image.open(logo_path(tg_settings, ADMIN))
    assert stored.format == "PNG" and stored.mode == "RGBA" and stored.getpixel((0, 0))[3] == 0
    shown = await say(bot, fake_tg, ADMIN, ADMIN, "/profil", "Profil instansi")
    assert "Logo: ada" in shown.text
    await say(bot, fake_tg, ADMIN, ADMIN, "/logo hapus", "Logo dihapus")
    assert not logo_path(tg_settings, ADMIN).exists()
    await say(bot, fake_tg, ADMIN, ADMIN, "/logo hapus", "belum punya logo")


async def test_admin_replies_logo_to_a_photo(bot, fake_tg, tg_settings):
    fake_tg.add_file("ph-big", jpeg())
    photo = photo_message(ADMIN, ADMIN, "")["message"]
    saved = await say(bot, fake_tg, ADMIN, ADMIN, "/logo", "Logo disimpan", reply_to=photo)
    assert "transparan" in saved.text  # a photo loses transparency: send a file for that
    assert Image.open(logo_path(tg_settings, ADMIN)).size == (400, 300)


async def test_logo_without_an_image_says_how(bot, fake_tg):
    await say(bot, fake_tg, ADMIN, ADMIN, "/logo", "caption /logo")


async def test_non_admins_may_not_set_the_logo(bot, fake_tg, tg_settings):
    data = png()
    fake_tg.add_file("logo-2", data)
    mark = bot.send(document_message(USER, USER, "logo-2", "logo.png", len(data), caption="/logo",
                                     mime_type="image/png"))
    await fake_tg.wait_for("sendMessage", lambda c: "hanya bisa diatur oleh admin" in c.text, after=mark)
    await say(bot, fake_tg, USER, USER, "/logo hapus", "hanya bisa diatur oleh admin")
    assert not fake_tg.calls_of("getFile")
    assert not logo_path(tg_settings, USER).exists()


async def test_a_group_admin_sets_the_group_logo(bot, fake_tg, tg_settings):
    fake_tg.chat_admins[GROUP] = {USER}
    data = png()
    fake_tg.add_file("logo-3", data)
    mark = bot.send(document_message(GROUP, USER, "logo-3", "logo.png", len(data), caption="/logo",
                                     mime_type="image/png"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP and "Logo disimpan" in c.text, after=mark)
    assert logo_path(tg_settings, GROUP).is_file()


async def test_a_logo_that_is_not_an_image_is_refused(bot, fake_tg, tg_settings):
    fake_tg.add_file("notes", b"# Catatan rapat\n")
    mark = bot.send(document_message(ADMIN, ADMIN, "notes", "catatan.md", 16, caption="/logo"))
    await fake_tg.wait_for("sendMessage", lambda c: "bukan gambar" in c.text, after=mark)
    assert not fake_tg.calls_of("getFile")

    fake_tg.add_file("fake-png", b"\x89PNG not really")
    mark = bot.send(document_message(ADMIN, ADMIN, "fake-png", "logo.png", 16, caption="/logo", mime_type="image/png"))
    await fake_tg.wait_for("sendMessage", lambda c: "bukan gambar yang bisa dibaca" in c.text, after=mark)
    assert not logo_path(tg_settings, ADMIN).exists()


async def test_a_logo_too_big_is_refused_before_download(bot, fake_tg, tg_settings):
    mark = bot.send(document_message(ADMIN, ADMIN, "big", "logo.png", 3_000_000, caption="/logo",
                                     mime_type="image/png"))
    await fake_tg.wait_for("sendMessage", lambda c: "Logo terlalu besar" in c.text and "2 MB" in c.text, after=mark)
    mark = bot.send(document_message(ADMIN, ADMIN, "huge", "logo.png", 25_000_000, caption="/logo",
                                     mime_type="image/png"))
    await fake_tg.wait_for("sendMessage", lambda c: "20 MB" in c.text, after=mark)
    assert not fake_tg.calls_of("getFile")
    assert not logo_path(tg_settings, ADMIN).exists()


async def test_the_logo_is_drawn_on_the_cards(bot, fake_tg):
    async def card_png():
        mark = bot.send(text_message(ADMIN, ADMIN, SHORT))
        ask = await fake_tg.wait_for("sendMessage", lambda c: "Mau diapakan" in c.text, after=mark)
        data = next(b for b in buttons(ask) if b["text"] == "Instagram")["callback_data"]
        mark = bot.send(callback_query(ADMIN, ADMIN, data))
        result = await fake_tg.wait_for("editMessageText", lambda c: bool(c.get("reply_markup")), after=mark)
        data = next(b for b in buttons(result) if b["text"] == "🖼 Buat infografis")["callback_data"]
        mark = bot.send(callback_query(ADMIN, ADMIN, data))
        photo = await fake_tg.wait_for("sendPhoto", after=mark)
        await fake_tg.wait_for("sendMessage", lambda c: bool(c.get("reply_markup")), after=mark)
        return fake_tg.uploads(photo)[0]

    without = await card_png()
    logo = png((120, 120), (250, 200, 0, 255))
    fake_tg.add_file("logo-4", logo)
    mark = bot.send(document_message(ADMIN, ADMIN, "logo-4", "logo.png", len(logo), caption="/logo",
                                     mime_type="image/png"))
    await fake_tg.wait_for("sendMessage", lambda c: "Logo disimpan" in c.text, after=mark)
    with_logo = await card_png()
    assert with_logo != without
    before, after = (Image.open(io.BytesIO(d)).convert("RGB") for d in (without, with_logo))
    band = [(x, y) for x in range(0, 1080, 8) for y in range(0, 120, 8)]
    assert any(after.getpixel(p) == (250, 200, 0) for p in band)  # the logo's colour, in the band
    assert not any(before.getpixel(p) == (250, 200, 0) for p in band)


async def test_help_and_menu_name_the_media_and_the_logo(bot, fake_tg):
    menu = await fake_tg.wait_for("setMyCommands")
    assert "logo" in [c["command"] for c in menu["commands"]]
    welcome = await say(bot, fake_tg, USER, USER, "/bantuan", "HumasBot")
    assert "infografis" in welcome.text and "kuis" in welcome.text and "/logo" in welcome.text


def test_doctor_reports_the_card_font():
    from bot.cards.fonts import font_status
    from bot.doctor import check_card_font

    check = check_card_font()
    ok, detail = font_status()
    assert check["name"] == "Huruf infografis" and check["ok"] is ok and check["detail"] == detail
    assert check["required"] is False


async def test_the_instance_card_colours_are_the_chat_default(bot, fake_tg, tg_service, monkeypatch):
    settings = tg_service.settings.model_copy(update={"card_primary": "#123456", "card_accent": "#ABCDEF"})
    monkeypatch.setattr(tg_service, "settings", settings)
    assert tg_service.default_profile().card_primary == "#123456"
    shown = await say(bot, fake_tg, USER, USER, "/profil", "Profil instansi")
    assert "utama #123456, aksen #ABCDEF" in shown.text
