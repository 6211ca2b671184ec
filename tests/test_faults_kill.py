"""SIGKILL in the middle of things: ingestion, profile and usage writes, a running bot.

* `python -m bot ingest <folder>` (about 300 chunks in 100 files, hash embeddings) is killed at a
  few points; a fresh process then finds no duplicate, and `ingest` run again completes the store:
  each chunk exactly once (the expected ids, unique (source, position)), and search finds them.
* A process writing chat profiles and usage rows in a loop is killed: every write it reported as
  done is there, and the database is intact.
* A real `python -m bot run` (polling the fake Bot API) is killed right after it confirmed a
  profile change and answered a request: the profile and the usage row are there afterwards.

An embedded Chroma store must not be opened by two processes at once, so the store is only ever
read by a fresh process once the killed one is gone; the kill moment is taken from the files the
child writes (the store appearing), not from reading the store.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.retrieval.chunking import chunk_document, file_hash, source_key
from bot.retrieval.loaders import load_file
from bot.settings import Settings
from tests.support.fake_telegram import USER, FakeTelegram, text_message
from tests.support.knowledge import PROJECT_ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

FILES, SECTIONS = 100, 3
WORDS = (
    "warga layanan vaksin jadwal kantor kecamatan humas unggahan informasi resmi gratis pendaftaran "
    "dokumen syarat puskesmas kelurahan bantuan sosial jalan banjir sekolah"
).split()

#: Run in a fresh process: what the store holds, and a search (printed as JSON).
INSPECT = """
import json, sys
from bot.retrieval.knowledge_base import KnowledgeBase
from bot.settings import Settings
kb = KnowledgeBase(Settings())
records = list(kb.store.records(with_text=False))
out = {"count": kb.count(), "ids": [r.id for r in records],
       "places": [[r.metadata.get("source"), r.metadata.get("position")] for r in records]}
if len(sys.argv) > 1:
    out["hits"] = [h.path for h in kb.search(sys.argv[1], 3)]
print(json.dumps(out))
"""


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUMASBOT_", "TELEGRAM_", "OPENAI_"))}
    empty = tmp_path / "no-knowledge"
    empty.mkdir(exist_ok=True)
    env.update({
        "HUMASBOT_DATA_DIR": str(tmp_path / "data"),
        "HUMASBOT_EMBEDDINGS": "hash",
        "HUMASBOT_KNOWLEDGE_DIR": str(empty),
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p),
        "PYTHONUNBUFFERED": "1",
        "ORT_DISABLE_TELEMETRY": "1",
        "ANONYMIZED_TELEMETRY": "False",
        **extra,
    })
    return env


def make_docs(folder: Path) -> None:
    rng = random.Random(7)
    folder.mkdir()
    for i in range(FILES):
        parts = [f"# Pedoman {i}\n"]
        for j in range(SECTIONS):
            body = " ".join(rng.choice(WORDS) for _ in range(60))
            parts.append(f"## Bagian {j} dokumen {i}\n\n{body} kode{i}x{j}.\n")
        (folder / f"pedoman-{i:03d}.md").write_text("\n".join(parts), encoding="utf-8")


def expected_ids(folder: Path, env: dict[str, str]) -> set[str]:
    """The chunk ids a complete ingest must store (the same chunker, the same settings)."""
    settings = Settings(_env_file=None, data_dir=Path(env["HUMASBOT_DATA_DIR"]),  # type: ignore[call-arg]
                        knowledge_dir=Path(env["HUMASBOT_KNOWLEDGE_DIR"]), embeddings="hash")
    ids: set[str] = set()
    for path in sorted(folder.glob("*.md")):
        data = path.read_bytes()
        doc = load_file(path, max_bytes=settings.max_upload_bytes, data=data)
        chunks = chunk_document(
            doc, key=source_key(path, settings), path=path.name, fhash=file_hash(data), settings=settings
        )
        ids.update(c.id for c in chunks)
    return ids


def run(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 60) -> str:
    done = subprocess.run([sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def inspect(env: dict[str, str], cwd: Path, query: str | None = None) -> dict[str, Any]:
    return json.loads(run(["-c", INSPECT, *([query] if query else [])], env, cwd))


def check_no_duplicates(state: dict[str, Any], expected: set[str]) -> None:
    assert len(state["ids"]) == len(set(state["ids"])) == state["count"]
    assert set(state["ids"]) <= expected  # nothing stored but the chunks of these files
    places = [tuple(p) for p in state["places"]]
    assert len(places) == len(set(places)), "a (source, position) stored twice"


def kill_ingest(folder: Path, env: dict[str, str], cwd: Path, delay: float) -> bool:
    """Start `python -m bot ingest <folder>`, SIGKILL it `delay` s after its store appeared.
    True when it was killed, False when it had already finished."""
    store = Path(env["HUMASBOT_DATA_DIR"]) / "chroma" / "chroma.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ingest", str(folder), "--json"], env=env, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not store.exists() and proc.poll() is None:
            assert time.monotonic() < deadline, "the store never appeared"
            time.sleep(0.005)
        time.sleep(delay)
        if proc.poll() is not None:
            return False
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        return True
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("delay", [0.0, 0.3, 0.9])
def test_ingest_killed_midway_then_run_again_stores_each_chunk_once(tmp_path, delay):
    folder = tmp_path / "pedoman"
    make_docs(folder)
    env = env_for(tmp_path)
    expected = expected_ids(folder, env)
    assert len(expected) == FILES * SECTIONS

    killed = kill_ingest(folder, env, tmp_path, delay)
    partial = inspect(env, tmp_path)
    check_no_duplicates(partial, expected)
    print(f"[kill] after {delay:.1f} s: killed={killed}, {partial['count']} of {len(expected)} chunks stored")

    report = json.loads(run(["-m", "bot", "ingest", str(folder), "--json"], env, tmp_path))
    assert report["chunks"] == len(expected)
    assert report["added"] == len(expected) - partial["count"]  # only what was missing is embedded

    final = inspect(env, tmp_path, "kode42x1")
    check_no_duplicates(final, expected)
    assert set(final["ids"]) == expected and final["count"] == len(expected)
    assert final["hits"] and final["hits"][0].endswith("pedoman-042.md"), final["hits"]

    again = json.loads(run(["-m", "bot", "ingest", str(folder), "--json"], env, tmp_path))
    assert (again["added"], again["removed"], again["unchanged"], again["chunks"]) == (0, 0, FILES, len(expected))


#: `python -m bot ingest <folder> --json` with an embedder as slow as a real model (0.3 s a batch)
#: that says when it starts a batch, so a kill lands while a known batch is being embedded.
SLOW_INGEST = """
import runpy, sys, time
from bot.retrieval.embeddings import HashEmbeddings
real = HashEmbeddings.embed_documents
def slow(self, texts):
    print("batch", len(texts), flush=True)
    time.sleep(0.3)
    return real(self, texts)
HashEmbeddings.embed_documents = slow
sys.argv = ["bot", "ingest", sys.argv[1], "--json"]
runpy.run_module("bot", run_name="__main__")
"""


def test_ingest_killed_while_a_batch_is_embedded_then_run_again(tmp_path):
    """Killed during the third batch (chunks of several files each): the two batches before it are
    stored, nothing of the third; the next ingest embeds only the rest and stores each chunk once."""
    from bot.retrieval.writer import EMBED_BATCH as _EMBED_BATCH

    folder = tmp_path / "pedoman"
    make_docs(folder)
    env = env_for(tmp_path)
    expected = expected_ids(folder, env)
    assert len(expected) > 3 * _EMBED_BATCH
    proc = subprocess.Popen([sys.executable, "-c", SLOW_INGEST, str(folder)], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        started = 0
        while started < 3:
            line = proc.stdout.readline()
            assert line.startswith("batch"), f"the ingest ended before its third batch: {line!r}"
            started += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    partial = inspect(env, tmp_path)
    check_no_duplicates(partial, expected)
    assert partial["count"] == 2 * _EMBED_BATCH
    sources = {source for source, _ in partial["places"]}
    assert len(sources) > 2  # the batches held chunks of several files

    report = json.loads(run(["-m", "bot", "ingest", str(folder), "--json"], env, tmp_path))
    assert report["added"] == len(expected) - 2 * _EMBED_BATCH
    final = inspect(env, tmp_path, "kode42x1")
    check_no_duplicates(final, expected)
    assert set(final["ids"]) == expected and final["count"] == len(expected)
    assert final["hits"][0].endswith("pedoman-042.md"), final["hits"]


def test_ingest_killed_twice_while_files_change(tmp_path):
    """Killed, one file edited and one removed, killed again, then finished (with --prune)."""
    folder = tmp_path / "pedoman"
    make_docs(folder)
    env = env_for(tmp_path)
    original = expected_ids(folder, env)
    kill_ingest(folder, env, tmp_path, 0.4)
    edited = folder / "pedoman-010.md"
    added = "\n## Bagian baru\n\nJadwal baru kode10xbaru.\n"
    edited.write_text(edited.read_text(encoding="utf-8") + added, encoding="utf-8")
    (folder / "pedoman-020.md").unlink()
    kill_ingest(folder, env, tmp_path, 0.2)
    expected = expected_ids(folder, env)
    check_no_duplicates(inspect(env, tmp_path), expected | original)  # old versions may still be there

    run(["-m", "bot", "ingest", str(folder), "--prune", "--json"], env, tmp_path)
    final = inspect(env, tmp_path, "kode10xbaru")
    check_no_duplicates(final, expected)
    assert set(final["ids"]) == expected
    assert final["hits"][0].endswith("pedoman-010.md")


# --- profiles and usage ---------------------------------------------------------------------
WRITER = """
import asyncio, sys, time
from bot.core.models import Usage
from bot.settings import Settings
from bot.telegram_app.state import SqliteChatPersistence
from bot.usage import UsageLog
settings = Settings()
persistence = SqliteChatPersistence(settings.state_db)
usage = UsageLog(settings.state_db)
n = 0
while True:
    n += 1
    profile = {"profile": {"name": f"Dinas Uji {n}", "hashtags": ["#Uji"]}, "entries": {"k": {"text": "x" * 500}}}
    asyncio.run(persistence.update_chat_data(4242, profile))
    usage.record(task="reply", user_id="4242", engine="fake-model-1",
                 usage=Usage(model="fake-model-1", prompt_tokens=n, completion_tokens=1, calls=1), latency_ms=1.0)
    print(n, flush=True)
"""


def test_profiles_and_usage_written_before_a_kill_are_there_after(tmp_path):
    env = env_for(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", WRITER], env=env, cwd=tmp_path, stdout=subprocess.PIPE, text=True)
    acked = 0
    try:
        assert proc.stdout is not None
        while acked < 40:  # kill it in the middle of its loop, 40 writes reported done
            line = proc.stdout.readline()
            assert line, "the writer died"
            acked = int(line)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    reader = """
import asyncio, json
from bot.settings import Settings
from bot.telegram_app.state import SqliteChatPersistence
from bot.usage import UsageLog
import sqlite3
settings = Settings()
chats = asyncio.run(SqliteChatPersistence(settings.state_db).get_chat_data())
conn = sqlite3.connect(settings.state_db)
rows = conn.execute("SELECT prompt_tokens FROM usage_log ORDER BY id").fetchall()
check = conn.execute("PRAGMA integrity_check").fetchone()[0]
totals = UsageLog(settings.state_db).totals("user")
print(json.dumps({"profile": chats[4242]["profile"], "tokens": [r[0] for r in rows], "check": check,
                  "requests": totals[0].requests}))
"""
    seen = json.loads(run(["-c", reader], env, tmp_path))
    assert seen["check"] == "ok"
    n = int(seen["profile"]["name"].split()[-1])
    assert n >= acked  # every write reported done is there (and maybe the one in flight)
    assert seen["tokens"][:acked] == list(range(1, acked + 1))  # complete rows, in order, none lost
    assert seen["requests"] == len(seen["tokens"]) in (n - 1, n)


async def test_a_killed_bot_keeps_the_profile_it_confirmed_and_the_usage(fake_tg: FakeTelegram, tmp_path):
    knowledge = tmp_path / "knowledge"  # one small guideline: the first run ingests it (an empty folder is refused)
    knowledge.mkdir()
    (knowledge / "balas.md").write_text(
        "# Membalas Komentar\n\nJawab pertanyaan warga dengan sopan.\n", encoding="utf-8"
    )
    env = env_for(tmp_path, TELEGRAM_BOT_TOKEN="123:TEST", TELEGRAM_API_BASE_URL=fake_tg.url, HUMASBOT_OPEN_MODE="true",
                  HUMASBOT_KNOWLEDGE_DIR=str(knowledge))
    log = tmp_path / "bot.log"
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
                                                    stdout=out, stderr=subprocess.STDOUT)
    try:
        try:
            await fake_tg.wait_for("setMyCommands", timeout=20)
        except AssertionError:
            raise AssertionError(log.read_text(errors="replace")) from None
        mark = len(fake_tg.calls)
        fake_tg.push(text_message(USER, USER, "/profil nama Dinas Tahan Banting"))
        await fake_tg.wait_for("sendMessage", lambda c: "Profil disimpan" in c.text, after=mark, timeout=30)
        mark = len(fake_tg.calls)
        fake_tg.push(text_message(USER, USER, "/balas Kapan jadwal vaksin di puskesmas?"))
        await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark, timeout=30)
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()

    settings = Settings(_env_file=None, data_dir=Path(env["HUMASBOT_DATA_DIR"]))  # type: ignore[call-arg]
    conn = sqlite3.connect(settings.state_db)
    try:
        (data,) = conn.execute("SELECT data FROM telegram_chat_data WHERE chat_id = ?", (USER,)).fetchone()
        rows = conn.execute("SELECT task, user_id FROM usage_log").fetchall()
    finally:
        conn.close()
    assert json.loads(data)["profile"]["name"] == "Dinas Tahan Banting"
    assert rows == [("reply", str(USER))]
