"""The archive: append-only (no path to change or delete an event, in SQLite or Redis), citizens'
personal data redacted in reply suggestions, and `humasbot arsip` exports (CSV read back with the
csv module: UTF-8 with a BOM, Indonesian characters intact; JSON; date ranges; bad input)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.settings import Settings
from bot.workflow import export
from bot.workflow.desk import ApprovalDesk
from bot.workflow.models import Person
from bot.workflow.redis_store import ARCHIVE, RedisWorkflowStore
from bot.workflow.sqlite_store import SqliteWorkflowStore
from bot.workflow.store import WorkflowStore

WIB = ZoneInfo("Asia/Jakarta")
ADMIN = Person(id=1, name="Pak Admin")
KABAG = Person(id=100, name="Bu Ñoman Suryaningsih")
STAFF = Person(id=200, name="Rina Ayu Lestari")
CHAT = -1001
POST = ("Festival Kuliner Nusantara — “Ngopi Bareng” di Alun-alun, Sabtu 6 Desember 2026.\n"
        "Tiket Rp5.000; hubungi hotline Dinas 0812-3456-7890. Café & jajanan khas Sunda: peuyeum, surabi.")
COMMENT = "Saya Budi, NIK 3201012305900001, HP 081298765432, rumah di Jl. Melati No. 12. Kapan dibuka?"
SUGGESTION = "Halo Kak, silakan hubungi kami di 081298765432 atau budi.warga@example.com ya."


class Clock:
    def __init__(self, at: datetime) -> None:
        self.t = at

    def __call__(self) -> datetime:
        return self.t


def make_desk(store: WorkflowStore, clock: Clock) -> ApprovalDesk:
    return ApprovalDesk(store, approver_ids=[KABAG.id], admin_ids=[ADMIN.id], tz=WIB, now=clock)


def fill(desk: ApprovalDesk, clock: Clock) -> None:
    """Events on two local days: 30 Nov 23.30 WIB and 1 Dec 09.00 WIB."""
    clock.t = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
    post = desk.submit(POST, "post", CHAT, STAFF, result_key="p1")
    clock.t = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    desk.decide(post.id, KABAG, "approve", "=SUM(A1:A9) rapi, lanjut.")
    reply = desk.submit(SUGGESTION, "reply", CHAT, STAFF, result_key="r1", context=COMMENT)
    desk.decide(reply.id, KABAG, "revise", "Jangan ulang nomor 081298765432 milik warga.")


@pytest.fixture(params=["sqlite", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> WorkflowStore:
    if request.param == "sqlite":
        return SqliteWorkflowStore(tmp_path / "state.sqlite3")
    return RedisWorkflowStore(request.getfixturevalue("redis_url"))


def test_reply_suggestions_are_archived_redacted(store: WorkflowStore) -> None:
    clock = Clock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    desk = make_desk(store, clock)
    fill(desk, clock)
    events = desk.archive()
    reply_events = [e for e in events if e.kind == "reply"]
    assert [e.event for e in reply_events] == ["submitted", "revision_requested"]
    dump = json.dumps([e.model_dump(mode="json") for e in reply_events], ensure_ascii=False)
    for value in ("081298765432", "budi.warga@example.com", "3201012305900001"):
        assert value not in dump
    assert reply_events[0].text == "Halo Kak, silakan hubungi kami di [TELEPON] atau [EMAIL] ya."
    assert reply_events[1].note == "Jangan ulang nomor [TELEPON] milik warga."
    stored = [r for r in (desk.store.latest_for(CHAT, "r1"),) if r is not None][0]
    assert "3201012305900001" not in stored.context and "[NIK]" in stored.context
    # A post is archived exactly: its public hotline and wording are what was approved.
    approved = next(e for e in events if e.event == "approved")
    assert approved.text == POST and approved.actor_name == KABAG.name


def test_forgetting_the_chat_never_deletes_the_archive(store: WorkflowStore) -> None:
    clock = Clock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    desk = make_desk(store, clock)
    fill(desk, clock)
    before = desk.archive()
    assert desk.forget_chat(ADMIN, CHAT) == 2
    after = desk.archive()
    assert [e.model_dump(exclude={"seq"}) for e in after[: len(before)]] == \
        [e.model_dump(exclude={"seq"}) for e in before]
    assert after[-1].event == "chat_forgotten"


def test_sqlite_archive_refuses_update_and_delete(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    clock = Clock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    fill(make_desk(SqliteWorkflowStore(path), clock), clock)
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE approval_archive SET text = 'diubah'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM approval_archive")
        assert conn.execute("SELECT count(*) FROM approval_archive").fetchone()[0] == 4
    finally:
        conn.close()


def test_redis_archive_is_a_stream_only_added_to(redis_url: str) -> None:
    store = RedisWorkflowStore(redis_url)
    clock = Clock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    desk = make_desk(store, clock)
    fill(desk, clock)
    desk.forget_chat(ADMIN, CHAT)
    assert store.redis.type(ARCHIVE) == "stream"
    assert store.redis.xlen(ARCHIVE) == 5


def test_events_between_local_days(store: WorkflowStore) -> None:
    clock = Clock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    desk = make_desk(store, clock)
    fill(desk, clock)
    low, high = export.day_bounds(date(2026, 11, 30), date(2026, 11, 30), WIB)
    assert [e.event for e in desk.archive(low, high)] == ["submitted"]  # 23.30 WIB is still 30 November
    low, _ = export.day_bounds(date(2026, 12, 1), None, WIB)
    assert [e.event for e in desk.archive(low)] == ["approved", "submitted", "revision_requested"]


def test_csv_opens_with_indonesian_characters_intact(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    desk = make_desk(SqliteWorkflowStore(tmp_path / "s.sqlite3"), clock)
    fill(desk, clock)
    data = export.to_csv(desk.archive(), WIB)
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(table[0]) == export.HEADERS
    body = [dict(zip(table[0], row, strict=True)) for row in table[1:]]
    assert [r["peristiwa"] for r in body] == ["diajukan", "disetujui", "diajukan", "diminta revisi"]
    assert body[0]["waktu"] == "2026-11-30 23:30:00"
    assert body[0]["teks"] == POST  # dash, curly quotes, é, the line break: all intact
    assert body[1]["pelaku"] == "Bu Ñoman Suryaningsih"
    assert body[1]["catatan"] == "'=SUM(A1:A9) rapi, lanjut."  # never run as a formula


def write_events(clock: Clock) -> None:
    settings = Settings()
    fill(make_desk(SqliteWorkflowStore(settings.state_db), clock), clock)


def arsip(*args: str):
    return CliRunner().invoke(main, ["arsip", *args], catch_exceptions=False)


def test_cli_exports_csv_json_and_text(tmp_path: Path) -> None:
    write_events(Clock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC)))
    result = arsip("--csv", "--since", "01/12/2026")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"), newline="")))
    assert [r["peristiwa"] for r in rows] == ["disetujui", "diajukan", "diminta revisi"]

    result = arsip("--json", "--until", "2026-11-30")
    payload = json.loads(result.stdout)
    assert [e["event"] for e in payload["events"]] == ["submitted"]
    assert payload["events"][0]["text"] == POST
    assert payload["events"][0]["local_time"] == "2026-11-30T23:30:00+07:00"

    out = tmp_path / "arsip.csv"
    result = arsip("--csv", "-o", str(out))
    assert result.exit_code == 0 and "4 peristiwa ditulis" in result.stderr
    assert len(list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))) == 5

    text = arsip().stdout
    assert "disetujui" in text and "Catatan: =SUM(A1:A9) rapi, lanjut." in text


def test_cli_with_an_empty_archive() -> None:
    assert arsip().stdout.strip() == "Arsip kosong untuk rentang ini."
    assert json.loads(arsip("--json").stdout) == {"events": []}


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "31/02/2026"], "Tanggal --since '31/02/2026' tidak sah"),
    (["--since", "kemarin"], "tulis 2026-12-01 atau 01/12/2026"),
    (["--since", "2026-12-02", "--until", "2026-12-01"], "tidak boleh sesudah"),
    (["--csv", "--json"], "Pilih salah satu"),
])
def test_cli_bad_input_is_one_indonesian_line(args: list[str], message: str) -> None:
    result = arsip(*args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
