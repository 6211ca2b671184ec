"""Faults on the model side, through the real Telegram Application with the LLM engine configured.

The fake OpenAI server misbehaves on a schedule (429 with a long Retry-After, 500s, connections
reset mid-answer, answers that never end, bodies that are not JSON, 2 MB answers, nonsense token
counts). Checked for each: the officer gets an answer within `llm_deadline` + 2 s (the offline
engine's, with the notice), the bot keeps polling (a later request is answered by the model), and
the usage log holds one row per answered request with the tokens really spent, never negative.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from typing import Any

import pytest

from bot.app import build_service
from bot.retrieval.embeddings import HashEmbeddings
from tests.support.fake_openai import FAKE_KEY, Answer, FakeOpenAI, chat_completion
from tests.support.fake_telegram import BotHarness, FakeTelegram, make_settings, text_message
from tests.support.llm_answers import reply_answer

DEADLINE = 1.5
BOUND = DEADLINE + 2.0  # what an officer may wait, whatever the model does
COMMENT = "Min, vaksinnya hari apa ya? Perlu bawa KTP nggak?"
ANSWER = "Jenis komentar"  # in every reply result
NOTICE = "Model bahasa tidak dapat dihubungi"  # the fallback's notice
GOOD = "Terima kasih sudah bertanya. Jadwal vaksin kami umumkan di akun resmi, ya."
OFFICERS = [3001 + i for i in range(8)]


def good_answer(request: dict[str, Any]) -> dict[str, Any]:
    answer = json.dumps(reply_answer([GOOD, GOOD + " Salam sehat."]))
    return chat_completion(answer, prompt_tokens=300, completion_tokens=40)


# name: (the model's answer to every call, expected usage of the fallback row: (calls, prompt, completion))
FAULTS: dict[str, tuple[Answer, tuple[int, int, int]]] = {
    "429-retry-after-30s": (Answer(status=429, headers={"Retry-After": "30"}), (0, 0, 0)),
    "500": (Answer(status=500), (0, 0, 0)),
    "503-retry-after-0": (Answer(status=503, headers={"Retry-After": "0"}), (0, 0, 0)),
    "connection-reset": (Answer(body=chat_completion("{}"), fault="reset"), (0, 0, 0)),
    "never-ends-trickle": (Answer(fault="hang", trickle=0.1), (0, 0, 0)),
    "never-ends-silent": (Answer(fault="hang", trickle=0), (0, 0, 0)),
    "malformed-json": (Answer(body=chat_completion("{}"), fault="malformed"), (0, 0, 0)),
    "not-json-content": (Answer(body=chat_completion("Maaf, saya tidak tahu.")), (2, 200, 100)),  # + repair
    "huge-2mb-text": (Answer(body=chat_completion("x" * 2_000_000)), (1, 100, 50)),
    "huge-2mb-json": (Answer(body=chat_completion(json.dumps(reply_answer(["Halo " * 400_000])))), (1, 100, 50)),
}


#: Faults after which no model thread may linger: the server's answer is complete (the others
#: leave the SDK waiting out Retry-After or reading a body that never ends, in a daemon thread).
SETTLED = {"500", "503-retry-after-0", "connection-reset", "malformed-json", "not-json-content",
           "huge-2mb-text", "huge-2mb-json"}


def model_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "humasbot-llm" and t.is_alive()}


def usage_rows(settings: Any) -> list[dict[str, Any]]:
    if not settings.state_db.exists():
        return []
    conn = sqlite3.connect(settings.state_db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM usage_log ORDER BY id")]
    except sqlite3.OperationalError:  # no table: nothing recorded yet
        return []
    finally:
        conn.close()


@pytest.fixture
async def llm_bot(fake_tg: FakeTelegram, fake_openai: FakeOpenAI, tmp_path, sample_knowledge):
    settings = make_settings(
        fake_tg, tmp_path / "data", sample_knowledge,
        openai_base_url=fake_openai.url + "/v1", openai_api_key=FAKE_KEY, openai_model=fake_openai.model,
        llm_timeout=0.5, llm_deadline=DEADLINE, llm_max_retries=2, open_mode=True,
    )
    service = build_service(settings, embedder=HashEmbeddings())
    assert service.engine.name == fake_openai.model
    service.ingest()
    harness = await BotHarness(fake_tg, settings, service).start()
    yield harness
    await harness.stop()


async def ask(bot: BotHarness, officer: int, text: str = f"/balas {COMMENT}") -> tuple[Any, float]:
    """One request; its final answer and how long the officer waited for it."""
    fake = bot.fake
    mark = bot.send(text_message(officer, officer, text))
    pushed = time.monotonic()
    final = await fake.wait_for(
        "editMessageText", lambda c: c.chat_id == officer and ANSWER in c.text, after=mark, timeout=BOUND + 10
    )
    await job_done(bot, officer)
    return final, final.at - pushed


async def job_done(bot: BotHarness, chat_id: int, timeout: float = 10.0) -> None:
    """Wait until the chat's job has sent everything and let go of the chat."""
    jobs = bot.app.bot_data.runtime.jobs
    deadline = time.monotonic() + timeout
    while await jobs.busy(chat_id):
        assert time.monotonic() < deadline, f"chat {chat_id} still busy"
        await asyncio.sleep(0.01)


def check_usage(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert min(row["prompt_tokens"], row["completion_tokens"], row["calls"], row["cost"]) >= 0, row
        assert row["engine"] in ("offline", "fake-model-1"), row


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_each_fault_gets_the_officer_an_answer_in_bounded_time(llm_bot, fake_openai, fault):
    answer, (calls, prompt, completion) = FAULTS[fault]
    fake_openai.cycle(answer)
    before = model_threads()
    final, waited = await ask(llm_bot, OFFICERS[0])
    print(f"[faults] {fault}: answered in {waited:.2f} s (bound {BOUND:.1f} s)")
    assert waited < BOUND, f"{fault}: {waited:.2f}s"
    assert NOTICE in final.text  # the offline engine's answer, and the officer is told
    assert len(final.text) <= 4096
    if fault in SETTLED:  # the server's answer is complete: nothing keeps working on it
        await llm_bot.fake.wait_until(lambda: not (model_threads() - before), timeout=30)

    # the model is back: the next request is answered by it, so the bot is still polling
    fake_openai.cycle()
    fake_openai.default = good_answer
    later, _ = await ask(llm_bot, OFFICERS[0])
    assert NOTICE not in later.text
    await llm_bot.fake.wait_for("sendMessage", lambda c: GOOD in c.text)

    rows = usage_rows(llm_bot.settings)
    assert len(rows) == 2, rows  # one per answered request
    check_usage(rows)
    fallback, model = rows
    assert fallback["engine"] == "offline" and fallback["model"] == "fake-model-1"
    assert (fallback["calls"], fallback["prompt_tokens"], fallback["completion_tokens"]) == (calls, prompt, completion)
    assert model["engine"] == "fake-model-1" and model["prompt_tokens"] >= 300 and model["calls"] >= 1


async def test_nonsense_token_counts_are_never_recorded_negative(llm_bot, fake_openai):
    fake_openai.default = lambda req: chat_completion(
        json.dumps(reply_answer([GOOD])), prompt_tokens=-500, completion_tokens=-7
    )
    final, _ = await ask(llm_bot, OFFICERS[0])
    assert NOTICE not in final.text
    (row,) = usage_rows(llm_bot.settings)
    assert row["engine"] == "fake-model-1" and row["calls"] >= 1
    assert (row["prompt_tokens"], row["completion_tokens"], row["cost"]) == (0, 0, 0)


async def test_a_storm_of_faults_while_eight_officers_ask_at_once(llm_bot, fake_openai):
    """Every model request misbehaves in turn while 8 officers wait; all are answered in time."""
    fake_openai.cycle(*(answer for answer, _ in FAULTS.values()))
    fake = llm_bot.fake
    marks = {officer: llm_bot.send(text_message(officer, officer, f"/balas {COMMENT}")) for officer in OFFICERS}
    pushed = time.monotonic()
    finals = {}
    for officer, mark in marks.items():
        finals[officer] = await fake.wait_for(
            "editMessageText", lambda c, o=officer: c.chat_id == o and ANSWER in c.text, after=mark, timeout=BOUND + 10
        )
    waits = {officer: call.at - pushed for officer, call in finals.items()}
    for officer in OFFICERS:
        await job_done(llm_bot, officer)
    print(f"[faults] storm, 8 officers at once: slowest answer {max(waits.values()):.2f} s (bound {BOUND:.1f} s)")
    assert max(waits.values()) < BOUND, waits
    assert all(NOTICE in call.text for call in finals.values())

    # the model is back: everyone's next request is answered by it
    fake_openai.cycle()
    fake_openai.default = good_answer
    for officer in OFFICERS:
        later, _ = await ask(llm_bot, officer)
        assert NOTICE not in later.text

    rows = usage_rows(llm_bot.settings)
    assert len(rows) == 2 * len(OFFICERS), rows
    check_usage(rows)
    assert sum(r["engine"] == "offline" for r in rows) == len(OFFICERS)
    for officer in OFFICERS:  # each officer: one answer per request, no more
        answers = [c for c in fake.calls if c.method == "editMessageText" and c.chat_id == officer and ANSWER in c.text]
        assert len(answers) == 2, officer

