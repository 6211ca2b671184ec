"""Failing starts of the real `python -m bot run`: one Indonesian line, exit 2, and no secret anywhere.

Each start gets a bot token, an OpenAI key, a webhook secret and a password in its URLs, then fails:
the Bot API answers 401 or 404 (a revoked or mistyped token), or cannot be reached, or its base
URL is malformed, or a setting is. All output (stdout, stderr, every file the run left) is scanned
for the secrets. The logging filter and the URL mask are also tested on their own.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from bot import logsafe
from tests.support.bad_input_corpus import error_problem
from tests.support.fake_telegram import FakeTelegram, free_port
from tests.support.knowledge import PROJECT_ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")

TOKEN = "7212345678:AAHsecretTokenForTests_abcdefghijklmn"
API_KEY = "sk-test-SECRETkey-0123456789abcdef"
WEBHOOK_SECRET = "hook-SECRET-0123456789"
URL_PASSWORD = "pw-SECRET-4242"
SECRETS = (TOKEN, TOKEN.split(":")[1], API_KEY, WEBHOOK_SECRET, URL_PASSWORD)


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUMASBOT_", "TELEGRAM_", "OPENAI_"))}
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir(exist_ok=True)
    (knowledge / "balas.md").write_text("# Membalas\n\nJawab pertanyaan warga dengan sopan.\n", encoding="utf-8")
    env.update({
        "HUMASBOT_DATA_DIR": str(tmp_path / "data"),
        "HUMASBOT_EMBEDDINGS": "hash",
        "HUMASBOT_KNOWLEDGE_DIR": str(knowledge),
        "HUMASBOT_OPEN_MODE": "true",
        "HUMASBOT_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "HUMASBOT_LOG_LEVEL": "DEBUG",  # the most the bot ever logs
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "OPENAI_API_KEY": API_KEY,
        "OPENAI_BASE_URL": f"http://humas:{URL_PASSWORD}@127.0.0.1:{free_port()}/v1",
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p),
        "ORT_DISABLE_TELEMETRY": "1",
        "ANONYMIZED_TELEMETRY": "False",
        **extra,
    })
    return env


async def failing_start(tmp_path: Path, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *args, cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode is not None
    return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def check_failed_start(tmp_path: Path, code: int, out: str, err: str, *, expect: str) -> str:
    """Exit 2, one "Galat: ..." line in Indonesian, no traceback, no secret in any output or file."""
    everything = out + err
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.parent.name != "knowledge":
            everything += path.read_bytes().decode("utf-8", "replace")
    leaked = [s for s in SECRETS if s in everything]
    assert not leaked, f"secrets {leaked} in the output:\n{err[-3000:]}"
    assert code == 2, f"exit {code}:\n{err[-3000:]}"
    assert "Traceback" not in err and "Unclosed" not in err, err[-3000:]
    errors = [line for line in err.splitlines() if line.startswith("Galat: ")]
    assert len(errors) == 1, err[-3000:]
    message = errors[0].removeprefix("Galat: ")
    assert error_problem(message) is None, error_problem(message)
    assert expect in message, message
    return message


@pytest.mark.parametrize("kind", ["unauthorized", "not_found"])
async def test_a_refused_token_is_one_line_without_the_token(fake_tg: FakeTelegram, tmp_path: Path, kind: str):
    fake_tg.fail_next("getMe", 10, kind=kind)
    base = fake_tg.url.replace("http://", f"http://humas:{URL_PASSWORD}@")
    env = env_for(tmp_path, TELEGRAM_API_BASE_URL=base)
    args = ("--webhook-url", "https://humas.example/hook") if kind == "not_found" else ()
    code, out, err = await failing_start(tmp_path, env, *args)
    message = check_failed_start(tmp_path, code, out, err, expect="TELEGRAM_BOT_TOKEN")
    assert "menolak" in message
    assert [c.method for c in fake_tg.calls] == ["getMe"]  # refused once: not retried, nothing else tried


async def test_an_unreachable_bot_api_is_one_line(tmp_path: Path):
    env = env_for(tmp_path, TELEGRAM_API_BASE_URL=f"http://humas:{URL_PASSWORD}@127.0.0.1:{free_port()}")
    code, out, err = await failing_start(tmp_path, env)
    message = check_failed_start(tmp_path, code, out, err, expect="tidak dapat dihubungi")
    assert "humas:***@127.0.0.1" in message  # the server is named, its password masked


@pytest.mark.parametrize(
    "base",
    ["127.0.0.1:9", "http://[::1", "ftp://127.0.0.1/", f"ftp://humas:{URL_PASSWORD}@127.0.0.1/", "http://", "  "],
)
async def test_a_malformed_bot_api_url_is_one_line(tmp_path: Path, base: str):
    code, out, err = await failing_start(tmp_path, env_for(tmp_path, TELEGRAM_API_BASE_URL=base))
    check_failed_start(tmp_path, code, out, err, expect="TELEGRAM_API_BASE_URL")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HUMASBOT_ALLOWED_USER_IDS", "1, dua"),
        ("HUMASBOT_ALLOWED_CHAT_IDS", "-100123 grup"),
        ("HUMASBOT_ADMIN_IDS", "1.5"),
        ("HUMASBOT_TOP_K", "banyak"),
        ("HUMASBOT_CHROMA_MODE", "awan"),
        ("OPENAI_BASE_URL", f"htp:/humas:{URL_PASSWORD}@model"),
        ("HUMASBOT_REDIS_URL", f"http://humas:{URL_PASSWORD}@127.0.0.1:6379"),
    ],
)
async def test_a_malformed_setting_is_one_line_naming_it(tmp_path: Path, name: str, value: str):
    code, out, err = await failing_start(tmp_path, env_for(tmp_path, **{name: value}))
    check_failed_start(tmp_path, code, out, err, expect=name)


# --- the mask and the filter on their own -------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"https://humas:{URL_PASSWORD}@api.example/v1", "https://humas:***@api.example/v1"),
        (f"redis://:{URL_PASSWORD}@10.0.0.5:6379/2", "redis://:***@10.0.0.5:6379/2"),
        (f"https://{API_KEY}@api.example/", "https://***@api.example/"),
        (f"http://127.0.0.1:8081/bot{TOKEN}/getMe", "http://127.0.0.1:8081/bot***/getMe"),
        (f"http://[::1/file/bot{TOKEN}/documents/a.pdf", "http://[::1/file/bot***/documents/a.pdf"),
        (f"https://api.example/v1?api_key={API_KEY}&model=x", "https://api.example/v1?api_key=***&model=x"),
        ("https://api.telegram.org", "https://api.telegram.org"),
        ("127.0.0.1:9", "127.0.0.1:9"),
    ],
)
def test_mask_url(url: str, shown: str):
    assert logsafe.mask_url(url) == shown


def test_the_filter_scrubs_messages_arguments_and_tracebacks(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(logsafe, "_SECRETS", set())
    logsafe.add_secrets([WEBHOOK_SECRET, API_KEY, None, ""])
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(logsafe.SecretFilter())
    logger = logging.getLogger("tests.logsafe")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("webhook %s, key %r", WEBHOOK_SECRET, {"key": API_KEY})
        logger.info("calling http://h/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected by redis://u:{URL_PASSWORD}@h/0")
        except RuntimeError:
            logger.exception("start failed")
        logger.error("stack", stack_info=True, extra={"note": API_KEY})
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert not [s for s in SECRETS if s in text], text
    assert "Traceback" in text and "RuntimeError" in text and "start failed" in text  # still useful
    assert text.count(logsafe.MASK) >= 5


def test_install_covers_every_handler_and_warnings(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(logsafe, "_SECRETS", set())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    monkeypatch.setattr(root, "handlers", [handler])
    with warnings.catch_warnings():  # restores warnings.showwarning afterwards
        warnings.simplefilter("always")
        logging.captureWarnings(False)  # an earlier CLI run in this process may have captured them already
        logsafe.install([WEBHOOK_SECRET])
        try:
            logging.getLogger("telegram.ext.some").error("secret %s", WEBHOOK_SECRET)
            warnings.warn(f"key {WEBHOOK_SECRET} in a warning", UserWarning, stacklevel=1)
        finally:
            logging.captureWarnings(False)
    text = stream.getvalue()
    assert WEBHOOK_SECRET not in text and text.count(logsafe.MASK) == 2, text


@pytest.mark.parametrize("where", ["main", "thread"])
def test_an_uncaught_exception_prints_redacted(tmp_path: Path, where: str):
    raising = f"raise RuntimeError('token {TOKEN} and key {API_KEY}')"
    if where == "thread":
        raising = f"import threading; t = threading.Thread(target=lambda: exec({raising!r})); t.start(); t.join()"
    code = f"from bot import logsafe; logsafe.install([{API_KEY!r}]); {raising}"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert "Traceback" in done.stderr and "RuntimeError" in done.stderr, done.stderr
    assert TOKEN not in done.stderr and API_KEY not in done.stderr, done.stderr


# --- domain errors shown in a chat --------------------------------------------------------------
@pytest.mark.parametrize(("command", "method"), [("/sumber", "documents"), ("/balas Kapan jadwalnya?", "reply")])
async def test_a_domain_error_shown_in_a_chat_is_redacted(bot, fake_tg, tg_service, monkeypatch, command, method):
    from bot.errors import StoreError
    from tests.support.fake_telegram import USER, text_message

    def broken(*args: object, **kwargs: object) -> None:
        raise StoreError(f"Server Chroma http://humas:{URL_PASSWORD}@10.0.0.5:8000 tidak dapat dihubungi.")

    monkeypatch.setattr(tg_service, method, broken)
    mark = len(fake_tg.calls)
    fake_tg.push(text_message(USER, USER, command))
    await fake_tg.wait_until(lambda: any("Chroma" in t for t in fake_tg.chat_texts(USER)), timeout=30)
    shown = [c.text for c in fake_tg.calls[mark:] if c.text]
    assert not [t for t in shown if URL_PASSWORD in t], shown
    assert any("humas:***@10.0.0.5" in t for t in shown), shown
