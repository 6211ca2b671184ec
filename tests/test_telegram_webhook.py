"""Webhook mode: the real Application behind PTB's webhook server, fed by the fake Bot API.

In-process (manual lifecycle, `WebhookHarness`) and as a real `humasbot run --webhook-url ...`
subprocess, stopped with SIGINT / SIGTERM.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.fake_telegram import ADMIN, USER, FakeTelegram, free_port, text_message
from tests.support.knowledge import PROJECT_ROOT, SAMPLE_DOCS

DRAFT = (
    "Dalam rangka meningkatkan derajat kesehatan masyarakat, Dinas Kesehatan Kota Sukamaju "
    "melaksanakan vaksinasi gratis pada Sabtu, 12 Juli 2025 pukul 08.00-12.00 WIB di Puskesmas "
    "Sukamaju. Warga diminta membawa KTP dan kartu keluarga."
)


# --- in process ------------------------------------------------------------------------------
async def test_webhook_is_set_and_answers_start(webhook_bot, fake_tg):
    hook = await fake_tg.wait_for("setWebhook")
    assert hook["url"] == webhook_bot.webhook_url
    assert hook["secret_token"] == webhook_bot.SECRET
    assert "message" in hook["allowed_updates"] and "callback_query" in hook["allowed_updates"]
    assert not fake_tg.calls_of("deleteWebhook")
    await fake_tg.wait_for("setMyCommands")  # post_init ran

    mark = await webhook_bot.post(text_message(USER, USER, "/start"))
    welcome = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER, after=mark)
    assert "HumasBot" in welcome.text and "Cara pakai" in welcome.text
    assert welcome["parse_mode"] == "HTML"


async def test_webhook_refuses_a_wrong_or_missing_secret(webhook_bot, fake_tg):
    await fake_tg.wait_for("setWebhook")
    mark = len(fake_tg.calls)
    assert await fake_tg.deliver(text_message(USER, USER, "/start"), secret="salah") == 403
    assert await fake_tg.deliver(text_message(USER, USER, "/start"), secret=None) == 403

    # A genuine update afterwards is answered, and nothing answered the refused ones.
    await webhook_bot.post(text_message(ADMIN, ADMIN, "/start"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == ADMIN, after=mark)
    assert not [c for c in fake_tg.calls[mark:] if c.chat_id == USER]


async def test_command_through_the_webhook_rewrites(webhook_bot, fake_tg, spy_engine):
    mark = await webhook_bot.post(text_message(USER, USER, f"/tulis {DRAFT}"))
    result = await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark, timeout=30)
    assert "<pre>" in result.text and "vaksinasi gratis" in result.text.lower()
    assert spy_engine.calls[-1].draft.startswith("Dalam rangka")
    assert not any("Sedang memproses" in t for t in fake_tg.chat_texts(USER))


# --- `humasbot run --webhook-url ...` as a real process ----------------------------------------
#: A new `python -m bot run` process imports the stack and ingests the knowledge before it sets its
#: webhook: ~3 s alone, several times that while the rest of the suite loads both cores (over 40 s once, on a
#: runner that took 83 min for the suite; the wait ends as soon as the call arrives).
START_WAIT = 120.0


def _env(fake: FakeTelegram, tmp_path: Path) -> dict[str, str]:
    knowledge = tmp_path / "pedoman"
    knowledge.mkdir()
    (knowledge / "layanan.md").write_text(SAMPLE_DOCS["layanan.md"], encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUMASBOT_", "TELEGRAM_", "OPENAI_"))}
    env.update({
        "TELEGRAM_BOT_TOKEN": "123:TEST",
        "TELEGRAM_API_BASE_URL": fake.url,
        "HUMASBOT_DATA_DIR": str(tmp_path / "data"),
        "HUMASBOT_EMBEDDINGS": "hash",
        "HUMASBOT_OPEN_MODE": "true",
        "HUMASBOT_KNOWLEDGE_DIR": str(knowledge),
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p),
        "PYTHONUNBUFFERED": "1",
    })
    return env


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
async def test_cli_run_webhook_process(fake_tg, tmp_path, stop_signal):
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg/hook"
    output = tmp_path / "run.log"
    with output.open("wb") as out:  # a file, not a pipe: the child can never block on it
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run",
            "--webhook-url", url, "--listen", "127.0.0.1", "--port", str(port), "--secret-token", "s3cret",
            cwd=tmp_path, env=_env(fake_tg, tmp_path), stdout=out, stderr=subprocess.STDOUT,
        )

    def log() -> str:
        return output.read_text(encoding="utf-8", errors="replace")

    try:
        try:
            hook = await fake_tg.wait_for("setWebhook", timeout=START_WAIT)
        except AssertionError:
            raise AssertionError(f"no setWebhook; exit {proc.returncode}; output:\n{log()}") from None
        assert hook["url"] == url and hook["secret_token"] == "s3cret"

        assert await fake_tg.deliver(text_message(USER, USER, "/start"), secret="salah", timeout=10) == 403
        mark = len(fake_tg.calls)
        assert await fake_tg.deliver(text_message(USER, USER, "/start"), timeout=10) == 200
        welcome = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER, after=mark, timeout=30)
        assert "HumasBot" in welcome.text
        assert len([c for c in fake_tg.calls if c.method == "sendMessage" and c.chat_id == USER]) == 1

        proc.send_signal(stop_signal)
        try:
            code = await asyncio.wait_for(proc.wait(), timeout=10)
        except TimeoutError:
            raise AssertionError(f"still running 10 s after {stop_signal.name}; output:\n{log()}") from None
        assert code == 0, log()
        assert "HumasBot berjalan" in log()
        assert "Traceback" not in log()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
