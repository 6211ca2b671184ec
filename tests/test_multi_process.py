"""Two `humasbot run --webhook-url ...` processes behind one URL, sharing Redis and a Chroma server.

The fake Bot API (tests/fake_telegram.py) plays Telegram and delivers updates to either
process; the fake OpenAI server (tests/fake_openai.py) is a model that takes a while to answer,
so that jobs overlap. Checked: a delivery repeated to the other process is answered once, the
per-chat lock holds across processes (and /batal crosses them), a profile set through one
process is seen by the other (and so is a button's text), and usage from both lands in Redis
(no SQLite state file).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import redis

from tests.support.fake_openai import FAKE_KEY, FakeOpenAI, chat_completion
from tests.support.fake_telegram import FakeTelegram, callback_query, free_port, text_message
from tests.support.knowledge import PROJECT_ROOT, SAMPLE_DOCS
from tests.support.llm_answers import reply_answer

PUBLIC_URL = "https://bot.example.go.id/tg/hook"
SECRET = "rahasia-bersama"
MODEL_DELAY = 1.0  # per model call; a reply makes two
COMMENT = "Kapan layanan KTP-el keliling dibuka dan apakah gratis?"
update_ids = itertools.count(910_000)


class BotProcess:
    """One `humasbot run` in webhook mode on its own port."""

    def __init__(self, name: str, env: dict[str, str], folder: Path) -> None:
        self.name = name
        self.env = env
        self.port = free_port()
        self.log = folder / f"bot-{name}.log"
        self.proc: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/tg/hook"

    async def start(self, cwd: Path) -> None:
        with self.log.open("wb") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", "--webhook-url", PUBLIC_URL, "--listen", "127.0.0.1",
                "--port", str(self.port), "--secret-token", SECRET,
                cwd=cwd, env=self.env, stdout=out, stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    async def stop(self) -> int | None:
        if self.proc is None or self.proc.returncode is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout=15)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            return None


def make_env(fake: FakeTelegram, model: FakeOpenAI, redis: str, chroma: Any, tmp_path: Path) -> dict[str, str]:
    knowledge = tmp_path / "pedoman"
    knowledge.mkdir()
    for name in ("layanan.md", "nada.md"):
        (knowledge / name).write_text(SAMPLE_DOCS[name], encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUMASBOT_", "TELEGRAM_", "OPENAI_"))}
    env.update({
        "TELEGRAM_BOT_TOKEN": "123:TEST",
        "TELEGRAM_API_BASE_URL": fake.url,
        "HUMASBOT_DATA_DIR": str(tmp_path / "data"),
        "HUMASBOT_KNOWLEDGE_DIR": str(knowledge),
        "HUMASBOT_EMBEDDINGS": "hash",
        "HUMASBOT_OPEN_MODE": "true",
        "HUMASBOT_REDIS_URL": redis,
        "HUMASBOT_CHROMA_MODE": "http",
        "HUMASBOT_CHROMA_HOST": chroma.host,
        "HUMASBOT_CHROMA_PORT": str(chroma.port),
        "HUMASBOT_COLLECTION": "bersama",
        "OPENAI_BASE_URL": model.url + "/v1",
        "OPENAI_API_KEY": FAKE_KEY,
        "OPENAI_MODEL": model.model,
        "HUMASBOT_LLM_TIMEOUT": "15",
        "HUMASBOT_LLM_DEADLINE": "30",
        "HUMASBOT_LLM_MAX_RETRIES": "0",
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p),
        "PYTHONUNBUFFERED": "1",
    })
    return env


def cli_json(env: dict[str, str], cwd: Path, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "bot", *args, "--json"], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return json.loads(done.stdout)


def update(chat: int, text: str) -> dict[str, Any]:
    """An update with its own fixed update_id (the same dict may be delivered twice)."""
    return {"update_id": next(update_ids), **text_message(chat, chat, text)}


def sent(fake: FakeTelegram, chat: int, needle: str, method: str = "sendMessage") -> list[Any]:
    return [c for c in fake.calls_of(method, chat) if needle in c.text]


@pytest.fixture
def slow_model():
    with FakeOpenAI() as model:
        model.default = lambda request: chat_completion(json.dumps(reply_answer()))
        model.default_delay = MODEL_DELAY
        yield model


@pytest.fixture
async def two_bots(fake_tg, slow_model, redis_url, chroma_server, tmp_path):
    env = make_env(fake_tg, slow_model, redis_url, chroma_server, tmp_path)
    # The shared knowledge, on the Chroma server, before either bot starts.
    await asyncio.to_thread(cli_json, env, tmp_path, "ingest")
    bots = [BotProcess("a", env, tmp_path), BotProcess("b", env, tmp_path)]
    try:
        for bot in bots:
            await bot.start(tmp_path)
        try:
            await fake_tg.wait_until(lambda: len(fake_tg.calls_of("setWebhook")) == 2, timeout=60)
        except AssertionError:
            raise AssertionError("\n\n".join(f"{b.name}:\n{b.output()}" for b in bots)) from None
        assert {c["url"] for c in fake_tg.calls_of("setWebhook")} == {PUBLIC_URL}
        yield bots, env
    finally:
        codes = [await bot.stop() for bot in bots]
    for bot, code in zip(bots, codes, strict=True):
        assert code == 0, f"{bot.name} exited {code}:\n{bot.output()}"
        assert "Traceback" not in bot.output(), bot.output()


async def deliver(fake: FakeTelegram, bot: BotProcess, upd: dict[str, Any]) -> None:
    assert await fake.deliver(upd, url=bot.url, secret=SECRET, timeout=10) == 200


async def test_two_processes_share_one_bot(two_bots, fake_tg, tmp_path):
    (a, b), env = two_bots
    shared = redis.Redis.from_url(env["HUMASBOT_REDIS_URL"])

    # 1. The same update reaches both processes (Telegram retrying into the other one): one answer.
    chat = 3001
    start = update(chat, "/start")
    await asyncio.gather(deliver(fake_tg, a, start), deliver(fake_tg, b, start))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == chat and "HumasBot" in c.text, timeout=30)
    await deliver(fake_tg, a, start)  # a late retry
    marker = update(chat, "/bantuan")  # answered after the duplicates would have been
    await deliver(fake_tg, b, marker)
    await fake_tg.wait_until(lambda: len(sent(fake_tg, chat, "HumasBot")) == 2, timeout=30)
    await asyncio.sleep(0.5)
    assert len(sent(fake_tg, chat, "HumasBot")) == 2  # /start once, /bantuan once

    # 2. Two requests of one chat at once, one per process: one runs, the other is told to wait.
    chat = 3002
    await asyncio.gather(deliver(fake_tg, a, update(chat, f"/balas {COMMENT}")),
                         deliver(fake_tg, b, update(chat, f"/balas {COMMENT} Terima kasih.")))
    await fake_tg.wait_until(lambda: sent(fake_tg, chat, "Saran balasan 1"), timeout=60)
    assert len(sent(fake_tg, chat, "Sedang memproses")) == 1
    assert len(sent(fake_tg, chat, "Masih memproses")) == 1
    assert len(sent(fake_tg, chat, "Saran balasan 1")) == 1

    # 3. /batal through the other process cancels the running request.
    chat = 3003
    await deliver(fake_tg, a, update(chat, f"/balas {COMMENT}"))
    await fake_tg.wait_until(lambda: sent(fake_tg, chat, "Sedang memproses"), timeout=30)
    await deliver(fake_tg, b, update(chat, "/batal"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == chat and "Permintaan dibatalkan" in c.text)
    await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == chat and "Dibatalkan" in c.text, timeout=30)
    # the chat is free at once; the wait is long because this may be b's first reply, which loads the embedder
    # and the triage model (seconds on a quiet machine, more on a loaded CI runner)
    await deliver(fake_tg, b, update(chat, f"/balas {COMMENT}"))
    await fake_tg.wait_until(lambda: sent(fake_tg, chat, "Saran balasan 1"), timeout=60)
    assert not sent(fake_tg, chat, "Masih memproses")

    # 4. A profile set through A is what B uses, even though B had read that chat before.
    chat = 3004
    await deliver(fake_tg, b, update(chat, "/profil"))
    await fake_tg.wait_until(lambda: sent(fake_tg, chat, "(belum diatur)"), timeout=30)
    await deliver(fake_tg, a, update(chat, "/profil nama Dinas Kominfo Provinsi Uji"))
    await fake_tg.wait_until(lambda: sent(fake_tg, chat, "Profil disimpan"), timeout=30)
    await deliver(fake_tg, b, update(chat, "/profil"))
    await fake_tg.wait_until(lambda: len(sent(fake_tg, chat, "Dinas Kominfo Provinsi Uji")) == 2, timeout=30)

    # 5. A button under A's message, pressed and delivered to B, finds the text A remembered.
    chat = 3005
    await deliver(fake_tg, a, update(chat, "Pendaftaran beasiswa dibuka Senin, 4 Agustus 2025, di kantor kecamatan."))
    asked = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == chat and "Mau diapakan" in c.text)
    audit = next(button["callback_data"] for row in asked["reply_markup"]["inline_keyboard"] for button in row
                 if button["callback_data"].startswith("au:"))
    # A writes the chat's state right after answering (a person needs longer to press the button).
    await fake_tg.wait_until(lambda: shared.hexists(f"humasbot:chat:{chat}", "entries"), timeout=30)
    await deliver(fake_tg, b, {"update_id": next(update_ids), **callback_query(chat, chat, audit)})
    await fake_tg.wait_until(lambda: sent(fake_tg, chat, "Audit caption", "editMessageText"), timeout=60)
    assert not sent(fake_tg, chat, "kedaluwarsa")

    # 6. Usage of both processes is in Redis (the cancelled call of step 3 is counted when its
    #    thread finishes); nothing went to the SQLite state file.
    expected = {"3002": 1, "3003": 2}
    deadline = time.monotonic() + 20
    while True:
        by_user = await asyncio.to_thread(cli_json, env, tmp_path, "stats", "--by", "user")
        counts = {row["key"]: row["requests"] for row in by_user["rows"]}
        if counts == expected or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.5)
    assert counts == expected
    shared.close()
    assert not (tmp_path / "data" / "state.sqlite3").exists()
