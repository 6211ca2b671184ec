"""The state file (`state.sqlite3`: chat profiles, usage) broken or unwritable.

* Broken before the start (not a database, or a truncated copy): `humasbot run` starts with empty
  state, the broken file is kept aside as `state.sqlite3.corrupt-<time>`, the admins get one
  message; `stats` answers (and says so), `doctor` reports it.
* Broken while the bot runs: the next profile save moves it aside and writes a new file from what
  the bot holds, so no chat loses its profile, and the admins are told.
* A save that cannot be written is never confirmed: /profil says the change was not kept (and
  undoes it), /tambah says the file was not kept.
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.state_file import problem, recover
from bot.telegram_app.state import SqliteChatPersistence
from bot.usage import UsageLog
from tests.support.fake_telegram import (
    ADMIN,
    USER,
    BotHarness,
    FakeTelegram,
    document_message,
    make_service,
    make_settings,
    text_message,
)
from tests.test_faults_kill import env_for

GARBAGE = b"\x00\x17not a database at all\xff" * 400


def broken_copy(good: Path, target: Path) -> None:
    """A partial copy: the header of a real database and half of its pages."""
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def real_state_db(path: Path, chats: int = 40) -> None:
    """A state file with usage rows and chat rows, several pages long."""
    log = UsageLog(path)
    for n in range(200):
        log.record(task="rewrite", user_id=str(n), engine="offline", usage=None, latency_ms=5)
    persistence = SqliteChatPersistence(path)
    for chat in range(chats):
        asyncio.run(persistence.update_chat_data(chat, {"profile": {"name": f"Dinas {chat}" + " x" * 200}}))


def corrupt_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("state.sqlite3.corrupt-*"))


@pytest.mark.parametrize("kind", ["garbage", "truncated"])
def test_problem_and_recover_tell_a_broken_file_from_a_sound_one(tmp_path: Path, kind: str) -> None:
    sound = tmp_path / "sound.sqlite3"
    real_state_db(sound)
    assert problem(sound) is None and recover(sound) is None and sound.exists()
    assert problem(tmp_path / "absent.sqlite3") is None

    broken = tmp_path / "state.sqlite3"
    if kind == "garbage":
        broken.write_bytes(GARBAGE)
    else:
        broken_copy(sound, broken)
    assert problem(broken)
    found = recover(broken)
    assert found is not None and not broken.exists()
    assert found.moved_to.name.startswith("state.sqlite3.corrupt-") and found.moved_to.read_bytes()[:16]
    assert "rusak" in found.notice() and found.moved_to.name in found.notice()


def test_stats_and_doctor_with_a_broken_state_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(data))
    (data / "state.sqlite3").write_bytes(GARBAGE)

    doctor = CliRunner().invoke(main, ["doctor", "--json"])
    checks = {c["name"]: c for c in json.loads(doctor.output)["checks"]}
    assert not checks["Berkas status"]["ok"] and "rusak" in checks["Berkas status"]["detail"]
    assert doctor.exit_code == 1
    assert (data / "state.sqlite3").read_bytes() == GARBAGE  # doctor only looks

    stats = CliRunner().invoke(main, ["stats", "--json"], catch_exceptions=False)
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.stdout)["rows"] == []
    assert "rusak" in stats.stderr and "corrupt-" in stats.stderr
    assert [p.read_bytes() for p in corrupt_files(data)] == [GARBAGE]
    again = CliRunner().invoke(main, ["stats"], catch_exceptions=False)  # told once: the new file is sound
    assert again.exit_code == 0 and "rusak" not in again.stderr
    checks = {c["name"]: c for c in json.loads(CliRunner().invoke(main, ["doctor", "--json"]).output)["checks"]}
    assert checks["Berkas status"]["ok"]


async def test_run_starts_with_a_broken_state_file_and_tells_the_admins(fake_tg: FakeTelegram, tmp_path: Path):
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "balas.md").write_text(
        "# Membalas Komentar\n\nJawab pertanyaan warga dengan sopan.\n", encoding="utf-8"
    )
    env = env_for(tmp_path, TELEGRAM_BOT_TOKEN="123:TEST", TELEGRAM_API_BASE_URL=fake_tg.url,
                  HUMASBOT_ADMIN_IDS=f"{ADMIN},4242", HUMASBOT_ALLOWED_USER_IDS=str(USER),
                  HUMASBOT_KNOWLEDGE_DIR=str(knowledge))
    data = Path(env["HUMASBOT_DATA_DIR"])
    data.mkdir()
    (data / "state.sqlite3").write_bytes(GARBAGE)
    log = tmp_path / "bot.log"
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
                                                    stdout=out, stderr=subprocess.STDOUT)
    try:
        try:
            await fake_tg.wait_for("setMyCommands", timeout=30)
        except AssertionError:
            raise AssertionError(log.read_text(errors="replace")) from None
        for admin in (ADMIN, 4242):
            notice = await fake_tg.wait_for("sendMessage", lambda c, a=admin: c.chat_id == a, timeout=30)
            assert "rusak" in notice.text and "corrupt-" in notice.text
        mark = len(fake_tg.calls)
        fake_tg.push(text_message(USER, USER, "/profil nama Dinas Pulih"))
        await fake_tg.wait_for("sendMessage", lambda c: "Profil disimpan" in c.text, after=mark, timeout=30)
        await asyncio.sleep(0.3)
        assert len(fake_tg.calls_of("sendMessage", ADMIN)) == 1  # once, not per update
    finally:
        proc.terminate()
        await proc.wait()
    output = log.read_text(errors="replace")
    assert "Traceback" not in output and "corrupt-" in output
    assert [p.read_bytes() for p in corrupt_files(data)] == [GARBAGE]
    conn = sqlite3.connect(data / "state.sqlite3")
    try:
        (row,) = conn.execute("SELECT data FROM telegram_chat_data WHERE chat_id = ?", (USER,)).fetchone()
    finally:
        conn.close()
    assert json.loads(row)["profile"]["name"] == "Dinas Pulih"


async def test_broken_while_running_loses_no_profile(
    fake_tg: FakeTelegram, tmp_path: Path, sample_knowledge, spy_engine
):
    settings = make_settings(fake_tg, tmp_path / "data", sample_knowledge)
    bot = await BotHarness(fake_tg, settings, make_service(settings, spy_engine)).start()
    try:
        for chat in (USER, ADMIN):
            mark = bot.send(text_message(chat, chat, f"/profil nama Dinas Nomor {chat}"))
            await fake_tg.wait_for("sendMessage", lambda c, ch=chat: c.chat_id == ch and "Profil disimpan" in c.text,
                                   after=mark)
        admin_messages = len(fake_tg.calls_of("sendMessage", ADMIN))
        # the disk garbles the file under the running bot
        settings.state_db.write_bytes(GARBAGE)
        for suffix in ("-wal", "-shm"):
            settings.state_db.with_name(settings.state_db.name + suffix).unlink(missing_ok=True)

        mark = bot.send(text_message(USER, USER, "/profil tagar #SehatBersama"))
        await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "Profil disimpan" in c.text, after=mark)
        notice = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == ADMIN and "rusak" in c.text, after=mark)
        assert "corrupt-" in notice.text
        assert len(fake_tg.calls_of("sendMessage", ADMIN)) == admin_messages + 1
        assert [p.read_bytes() for p in corrupt_files(settings.data_dir)] == [GARBAGE]
        # usage keeps being recorded into the new file
        mark = bot.send(text_message(USER, USER, "/balas Kapan jadwal vaksin di puskesmas?"))
        await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark, timeout=30)
    finally:
        await bot.stop()

    bot = await BotHarness(fake_tg, settings, make_service(settings, spy_engine)).start()
    try:
        assert bot.app.chat_data[USER]["profile"] == {"name": f"Dinas Nomor {USER}", "hashtags": ["#SehatBersama"]}
        assert bot.app.chat_data[ADMIN]["profile"] == {"name": f"Dinas Nomor {ADMIN}"}
    finally:
        await bot.stop()
    assert [r.requests for r in UsageLog(settings.state_db).totals()] == [1]


def unwritable(path: Path) -> None:
    """Make `path` impossible to write, even for root: a directory where a file must be."""
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
    path.mkdir(parents=True)
    (path / "keep").write_text("x", encoding="utf-8")


async def test_a_profile_that_cannot_be_stored_is_not_confirmed(bot, fake_tg, tg_settings, caplog):
    caplog.set_level(logging.ERROR)
    mark = bot.send(text_message(USER, USER, "/profil nama Dinas Awal"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "Profil disimpan" in c.text, after=mark)

    unwritable(tg_settings.state_db)
    for command, what in (("/profil tagar #Baru", "tagar"), ("/profil nama Dinas Lain", "nama instansi"),
                          ("/profil reset", "pengembalian")):
        mark = bot.send(text_message(USER, USER, command))
        answer = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER, after=mark)
        assert "TIDAK tersimpan" in answer.text and what in answer.text, answer.text
        assert "disimpan" not in answer.text.replace("tersimpan", "")
        # undone: what the bot uses is what was stored
        assert bot.app.chat_data[USER]["profile"] == {"name": "Dinas Awal"}
    assert any("could not be written" in r.getMessage() for r in caplog.records)

    shutil.rmtree(tg_settings.state_db)  # the disk is back
    mark = bot.send(text_message(USER, USER, "/profil tagar #Baru"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "Profil disimpan" in c.text, after=mark)
    await bot.stop()
    await bot.start()
    assert bot.app.chat_data[USER]["profile"] == {"name": "Dinas Awal", "hashtags": ["#Baru"]}


async def test_an_upload_that_cannot_be_stored_says_so(bot, fake_tg, tg_settings, tg_service):
    before = tg_service.knowledge.count()
    uploads = tg_settings.uploads_dir
    if uploads.exists():
        shutil.rmtree(uploads)
    uploads.write_text("a file where the uploads folder should be", encoding="utf-8")
    fake_tg.add_file("doc-ro", b"# Pedoman Baru\n\nIsi pedoman yang cukup panjang untuk satu potongan.\n")
    mark = bot.send(document_message(USER, ADMIN, "doc-ro", "pedoman-baru.md", 80, caption="/tambah"))
    answer = await fake_tg.wait_for(
        "editMessageText", lambda c: c.chat_id == USER and "⏳" not in c.text, after=mark, timeout=30
    )
    assert "pedoman-baru.md tidak tersimpan" in answer.text and "Maaf, terjadi kesalahan" not in answer.text
    assert tg_service.knowledge.count() == before
