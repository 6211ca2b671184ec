"""Emoji alone through the real Telegram `Application` and the fake Bot API (round 16t): the bot refuses
exactly what the core service refuses. A comment of emoji that say something is triaged (the core's
`clean_comment`); a draft or a caption of emoji alone, and symbols that say nothing, are refused."""

from __future__ import annotations

import pytest

from bot.core.inputs import clean_for
from bot.errors import BadInput
from tests.support.fake_telegram import USER, text_message

SENDS = ("sendMessage", "editMessageText")


def _texts(fake, after: int) -> list[str]:
    return [c.text for c in fake.calls[after:] if c.method in SENDS and c.chat_id == USER]


@pytest.mark.parametrize(("comment", "label"), [("👏👏🔥🔥", "Pujian"), ("❤️❤️ 😍", "Pujian"), ("🤮🤮🤮", "Kasar")])
async def test_balas_triages_emoji_only_comments(bot, fake_tg, comment, label):
    mark = bot.send(text_message(USER, USER, f"/balas {comment}"))
    head = await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark)
    assert label in head.text
    assert not any(t.startswith("⚠️") for t in _texts(fake_tg, mark))


async def test_pasted_emoji_comment_gets_the_keyboard(bot, fake_tg):
    mark = bot.send(text_message(USER, USER, "👍👍👍"))
    ask = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "Mau diapakan" in c.text, after=mark)
    assert ask["reply_markup"]["inline_keyboard"]


@pytest.mark.parametrize("command", ["/tulis 👏👏🔥", "/audit 🙏🙏", "/balas ★★★ ###", "/balas ...", "/balas 🙏🙏"])
async def test_refusals_are_the_cores(bot, fake_tg, command):
    mark = bot.send(text_message(USER, USER, command))
    refusal = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and c.text.startswith("⚠️"),
                                     after=mark)
    task = {"/tulis": "rewrite", "/audit": "audit", "/balas": "reply"}[command.split()[0]]
    with pytest.raises(BadInput) as err:
        clean_for(task, command.split(" ", 1)[1], max_chars=4000)  # type: ignore[arg-type]
    assert str(err.value) in refusal.text
    assert not any("Jenis komentar" in t for t in _texts(fake_tg, mark))
