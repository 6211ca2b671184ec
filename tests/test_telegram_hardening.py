"""Attacks on the running bot by people inside an allowed group, or strangers flooding it.

* Only HumasBot's admins and the group's Telegram administrators (getChatMember) change a group's
  profile; every allowed member may read it. Profile values that promote gambling or illegal loans,
  or are not a handle or hashtag, are refused (core rules), whoever sends them.
* A stranger is refused once per period per chat, then ignored; commands addressed to another bot
  are ignored entirely, so refusals never eat the group's message budget.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.core import profile_rules
from bot.errors import BadInput
from bot.telegram_app.throttle import Refusals
from tests.support.fake_telegram import (
    ADMIN,
    BOT_USERNAME,
    GROUP,
    STRANGER,
    USER,
    FakeTelegram,
    callback_query,
    text_message,
)

MEMBER = 3003  # in the allowed group, not an allowed user, not a group administrator
GROUP_ADMIN = 3004
GROUP_OWNER = 3005
DRAFT = (
    "Dinas Kesehatan Kota Sukamaju membuka vaksinasi gratis pada Sabtu, 12 Juli 2025 pukul 08.00 WIB "
    "di Puskesmas Sukamaju. Bawa KTP."
)


# --- the core's profile rules ------------------------------------------------------------------
@pytest.mark.parametrize("value", [
    "#JudiOnline", "#Slot88", "#slot", "#SLOT_GACOR", "#T0g3l", "#Kasino", "#casino4d", "#PinjamanOnline",
    "#pinjol", "#MaxWin", "#judi_bola",
])
def test_gambling_and_loan_hashtags_are_refused(value: str) -> None:
    with pytest.raises(BadInput, match="judi"):
        profile_rules.check_hashtags(f"#SehatBersama {value}")


@pytest.mark.parametrize("value", ["@pinjol_cepat", "@slot88resmi", "@s1ot88", "togelhk", "@agen.judi"])
def test_gambling_and_loan_handles_are_refused(value: str) -> None:
    with pytest.raises(BadInput, match="judi"):
        profile_rules.check_handle(value)


@pytest.mark.parametrize("value", ["@abc", "@" + "a" * 33, "@dinkes kota", "@dinkes!", "@dïnkes", "@"])
def test_malformed_handles_are_refused(value: str) -> None:
    with pytest.raises(BadInput, match="5-32"):
        profile_rules.check_handle(value)


def test_good_values_pass() -> None:
    assert profile_rules.check_handle("dinkes_kotax") == "@dinkes_kotax"
    assert profile_rules.check_handle("@pemkot.sukamaju") == "@pemkot.sukamaju"
    assert profile_rules.check_handle("-") == ""
    assert profile_rules.check_hashtags("#SehatBersama, KotaSehat #SlotVaksin #SehatBersama") == [
        "#SehatBersama", "#KotaSehat", "#SlotVaksin"
    ]
    assert profile_rules.check_hashtags("hapus") == []
    assert profile_rules.check_name("Dinas Kesehatan Kota Sukamaju") == "Dinas Kesehatan Kota Sukamaju"


def test_caps_are_refused_not_cut() -> None:
    with pytest.raises(BadInput, match="paling banyak 10"):
        profile_rules.check_hashtags(" ".join(f"#Tag{n}" for n in range(11)))
    with pytest.raises(BadInput, match="50"):
        profile_rules.check_hashtags("#" + "a" * 51)
    with pytest.raises(BadInput, match="120"):
        profile_rules.check_name("D" * 121)
    with pytest.raises(BadInput, match="judi"):
        profile_rules.check_name("Dinas Judi Online")


# --- who may change a group's profile ----------------------------------------------------------
async def profile_answer(bot, fake_tg: FakeTelegram, chat: int, user: int, command: str) -> str:
    mark = bot.send(text_message(chat, user, command))
    def answers(call) -> bool:  # not a post of an earlier /tulis still being sent
        return call.chat_id == chat and ("rofil" in call.text or call.text.startswith(("⚠️", "Maaf")))

    return (await fake_tg.wait_for("sendMessage", answers, after=mark)).text


async def test_a_group_member_cannot_change_the_group_profile(bot, fake_tg):
    fake_tg.chat_admins[GROUP] = {GROUP_ADMIN}
    fake_tg.chat_owners[GROUP] = GROUP_OWNER
    assert "Profil disimpan" in await profile_answer(bot, fake_tg, GROUP, GROUP_ADMIN, "/profil tagar #SehatBersama")

    # a member, and an allowed officer who does not administer the group (few messages: the group's
    # Telegram budget is 20 a minute)
    for user, command in ((MEMBER, "/profil akun @dinkes_palsu"), (MEMBER, "/profil tagar #JudiOnline #Slot88"),
                          (MEMBER, "/profil reset"), (USER, "/profil tagar #Aman"), (USER, "/profil nama Dinas Palsu")):
        text = await profile_answer(bot, fake_tg, GROUP, user, command)
        assert "hanya bisa diubah oleh admin grup" in text, (user, command, text)
    assert bot.app.chat_data[GROUP]["profile"] == {"hashtags": ["#SehatBersama"]}
    assert fake_tg.calls_of("getChatMember")
    # reading stays open
    assert "#SehatBersama" in await profile_answer(bot, fake_tg, GROUP, MEMBER, "/profil")

    # the group's owner and HumasBot's admins may
    assert "Profil disimpan" in await profile_answer(bot, fake_tg, GROUP, GROUP_OWNER, "/profil akun @dinkes_kotax")
    assert "Profil disimpan" in await profile_answer(bot, fake_tg, GROUP, ADMIN, "/profil nada santai")

    # the officer's next post carries the group's own tags and handle only (the last thing sent here:
    # the rest of the post waits for the group's budget)
    mark = bot.send(text_message(GROUP, USER, f"/tulis {DRAFT}"))
    post = await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == GROUP and "Instagram" in c.text, after=mark)
    assert "#SehatBersama" in post.text and "#JudiOnline" not in post.text and "#Slot88" not in post.text
    # and in a private chat its own user
    assert "Profil disimpan" in await profile_answer(bot, fake_tg, USER, USER, "/profil akun @dinkes_kotax")


async def test_bad_profile_values_are_refused_even_from_admins(bot, fake_tg):
    for command in ("/profil tagar #SehatBersama #JudiOnline", "/profil tagar #Slot88", "/profil akun @pinjol_kilat",
                    "/profil akun @ab", "/profil nama Agen Togel Resmi"):
        text = await profile_answer(bot, fake_tg, GROUP, ADMIN, command)
        assert text.startswith("⚠️") and "Profil disimpan" not in text, (command, text)
    assert "profile" not in bot.app.chat_data.get(GROUP, {})


async def test_the_group_admin_check_failing_changes_nothing(bot, fake_tg):
    fake_tg.fail_next("getChatMember", 1, kind="parse")
    text = await profile_answer(bot, fake_tg, GROUP, MEMBER, "/profil tagar #Aman")
    assert "belum bisa memeriksa" in text
    assert "profile" not in bot.app.chat_data.get(GROUP, {})


# --- refusals that cannot be flooded ------------------------------------------------------------
def test_refusals_are_remembered_per_chat_for_a_period_in_bounded_memory() -> None:
    refusals = Refusals(period=600, size=3)
    assert refusals.should_tell(1, 10, now=0)
    assert not refusals.should_tell(1, 10, now=599)
    assert refusals.should_tell(2, 10, now=1)  # another chat
    assert refusals.should_tell(1, 10, now=600.5)  # the period is over
    for user in range(100):
        refusals.should_tell(1, 1000 + user, now=700)
    assert len(refusals._last) == 3


async def test_a_stranger_flooding_a_group_is_refused_once(bot, fake_tg):
    group = -100900  # not an allowed group
    mark = len(fake_tg.calls)
    for _ in range(40):
        bot.send(text_message(group, STRANGER, "/start"))
    for _ in range(5):
        bot.send(text_message(group, STRANGER + 1, f"/tulis@{BOT_USERNAME} {DRAFT}"))
    # the officer's request in an allowed chat is answered at once
    officer = bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER, after=officer, timeout=30)
    await asyncio.sleep(0.5)
    refusals = [c for c in fake_tg.calls[mark:] if c.chat_id == group]
    assert sorted(str(c.text).count(str(STRANGER + 1)) for c in refusals) == [0, 1], [c.text for c in refusals]
    assert len(refusals) == 2

    # private chat: once too; a button still gets its (silent, per-press) answer
    mark = len(fake_tg.calls)
    for _ in range(5):
        bot.send(text_message(STRANGER, STRANGER, DRAFT))
    bot.send(callback_query(STRANGER, STRANGER, "rw:abc:instagram"))
    await fake_tg.wait_for("answerCallbackQuery", after=mark)
    await asyncio.sleep(0.3)
    assert len(fake_tg.calls_of("sendMessage", STRANGER)) == 1


async def test_commands_for_another_bot_are_ignored(bot, fake_tg, spy_engine):
    mark = len(fake_tg.calls)
    for user, chat in ((STRANGER, -100901), (STRANGER, STRANGER), (USER, GROUP), (USER, USER)):
        bot.send(text_message(chat, user, "/start@other_bot"))
        bot.send(text_message(chat, user, f"/tulis@OtherBot {DRAFT}"))
    officer = bot.send(text_message(USER, USER, f"/start@{BOT_USERNAME.upper()}"))  # ours, in any case
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "HumasBot" in c.text, after=officer)
    await asyncio.sleep(0.5)
    answered = [c for c in fake_tg.calls[mark:] if c.method != "getUpdates"]
    assert len(answered) == 1, [(c.method, c.chat_id, c.text[:60]) for c in answered]
    assert spy_engine.calls == []
