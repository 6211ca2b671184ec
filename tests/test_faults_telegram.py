"""Faults on the Telegram side: the fake Bot API answers 429 and 400, or drops the connection.

Through the real Application (polling, and webhook for Telegram's own retries): every message is
retried, or resent as plain text, the bot keeps polling, and no update is answered twice.
"""

from __future__ import annotations

import time

import pytest

from tests.support.fake_telegram import USER, Call, FakeTelegram, text_message

COMMENT = "Min, vaksinnya hari apa ya? Perlu bawa KTP nggak?"
PLACEHOLDER = "Sedang memproses"
ANSWER = "Jenis komentar"  # in every reply result
BUSY = "Masih memproses"  # what a second request gets while the first runs


def answered(call: Call) -> bool:
    """A call that reached the fake and was answered (not a failure injected into it)."""
    return call.fault is None


def welcomes(fake: FakeTelegram, after: int = 0) -> list[Call]:
    return [c for c in fake.calls[after:] if c.method == "sendMessage" and "HumasBot" in c.text and answered(c)]


async def reply_job(bot, fake: FakeTelegram) -> tuple[Call, float]:
    """Ask for reply suggestions; the final edit and the seconds it took."""
    started = time.monotonic()
    mark = bot.send(text_message(USER, USER, f"/balas {COMMENT}"))
    final = await fake.wait_for(
        "editMessageText", lambda c: ANSWER in c.text and answered(c), after=mark, timeout=30
    )
    return final, time.monotonic() - started


def sent(fake: FakeTelegram, text: str) -> int:
    """How many messages containing `text` the bot sent."""
    return len([c for c in fake.calls if c.method == "sendMessage" and text in c.text and answered(c)])


def visible_answers(fake: FakeTelegram) -> list[str]:
    return [text for text in fake.chat_texts(USER) if ANSWER in text]


async def test_flood_control_and_refused_markup_on_one_answer(bot, fake_tg):
    fake_tg.fail_next("sendMessage", 1, kind="flood")  # the placeholder: 429 retry_after=1
    fake_tg.fail_next("editMessageText", 1, kind="flood")  # the answer: 429 ...
    fake_tg.fail_next("editMessageText", 1, kind="parse")  # ... then "can't parse entities"
    final, took = await reply_job(bot, fake_tg)
    assert final.get("parse_mode") is None and "<b>" not in final.text  # resent as plain text
    assert took < 6, took  # two waits of retry_after=1, then the plain text
    assert visible_answers(fake_tg) == [final.text]
    assert not any(PLACEHOLDER in text for text in fake_tg.chat_texts(USER))


@pytest.mark.parametrize(
    ("method", "kind"),
    [
        ("sendMessage", "drop"),  # the placeholder never got there
        ("editMessageText", "drop"),  # the answer never got there
        ("editMessageText", "drop_after"),  # the answer got there, the confirmation did not
    ],
)
async def test_a_dropped_connection_is_retried(bot, fake_tg, method, kind):
    fake_tg.fail_next(method, 1, kind=kind)
    final, took = await reply_job(bot, fake_tg)
    assert [c.fault for c in fake_tg.calls_of(method)][:2] == [kind, None]  # retried once
    assert took < 5, took
    assert visible_answers(fake_tg) == [final.text]  # one answer, where the placeholder was
    assert not any(PLACEHOLDER in text for text in fake_tg.chat_texts(USER))
    assert not any("Maaf" in c.text for c in fake_tg.calls)  # no apology: nothing failed for the user


async def test_dropped_sends_everywhere_still_answer(bot, fake_tg):
    """Every kind of call drops once; the bot answers once and keeps going."""
    for method in ("sendMessage", "editMessageText", "sendChatAction", "setMyCommands"):
        fake_tg.fail_next(method, 1, kind="drop")
    final, _ = await reply_job(bot, fake_tg)
    mark = bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: "HumasBot" in c.text, after=mark)
    assert visible_answers(fake_tg) == [final.text]


@pytest.mark.parametrize("kind", ["drop", "drop_after"])
async def test_polling_survives_dropped_get_updates_and_answers_once(bot, fake_tg, kind):
    await fake_tg.wait_for("setMyCommands")  # polling is up
    fake_tg.fail_next("getUpdates", 2, kind=kind)
    started = time.monotonic()
    mark = bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: "HumasBot" in c.text, after=mark, timeout=30)
    took = time.monotonic() - started
    # a later update is answered too: polling goes on
    later = bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: "HumasBot" in c.text, after=later, timeout=30)
    assert len(welcomes(fake_tg, mark)) == 2, [c.text[:40] for c in fake_tg.calls[mark:]]
    assert took < 6, took  # PTB waits 1 s, then 1.5 s, between failed getUpdates


async def test_an_update_delivered_again_is_answered_once(bot, fake_tg):
    mark = len(fake_tg.calls)
    update_id = fake_tg.push(text_message(USER, USER, f"/balas {COMMENT}"))
    first = await fake_tg.wait_for("editMessageText", lambda c: ANSWER in c.text, after=mark)
    fake_tg.redeliver(update_id)
    # a marker after the repeat: once it is answered, the repeat has been dealt with
    marker = bot.send(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: "HumasBot" in c.text, after=marker)
    assert visible_answers(fake_tg) == [first.text]
    assert sent(fake_tg, PLACEHOLDER) == 1 and sent(fake_tg, BUSY) == 0  # the repeat got no answer at all


async def test_webhook_retry_of_the_same_update_is_answered_once(webhook_bot, fake_tg):
    update = {"update_id": 424242, **text_message(USER, USER, f"/balas {COMMENT}")}
    mark = len(fake_tg.calls)
    assert await fake_tg.deliver(update) == 200
    assert await fake_tg.deliver(update) == 200  # Telegram did not see the first 200: it retries
    await fake_tg.wait_for("editMessageText", lambda c: ANSWER in c.text, after=mark)
    marker = await webhook_bot.post(text_message(USER, USER, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: "HumasBot" in c.text, after=marker)
    assert len(visible_answers(fake_tg)) == 1
    assert sent(fake_tg, PLACEHOLDER) == 1 and sent(fake_tg, BUSY) == 0  # the repeat got no answer at all
