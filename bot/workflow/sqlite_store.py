"""The workflow's state in the data folder's state file (SQLite, WAL), shared with chat state and usage.

Each change runs in a `BEGIN IMMEDIATE` transaction: the request is read, the step computed, and
the row written with a conditional UPDATE (`WHERE version = ?`) together with its archive event,
so two approvers in two threads or two processes give exactly one decision. The archive table has
no UPDATE or DELETE path here, and triggers refuse both, so not even a hand-written query through
this file changes it. A broken state file is moved aside as for the usage log (`bot.state_file`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from bot import state_file
from bot.workflow.models import ApprovalRequest, ArchiveEvent, RequestNotFound, Role, RoleGrant
from bot.workflow.store import Transition

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS approval_requests (
    id TEXT PRIMARY KEY,
    chat_id INTEGER NOT NULL,
    result_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL,
    version INTEGER NOT NULL,
    waiting_since TEXT,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS approval_requests_result ON approval_requests(chat_id, result_key, created_at);
CREATE INDEX IF NOT EXISTS approval_requests_waiting ON approval_requests(waiting_since);
CREATE TABLE IF NOT EXISTS approval_roles (
    role TEXT NOT NULL,
    chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (role, chat_id, user_id)
);
CREATE TABLE IF NOT EXISTS approval_chat_settings (
    chat_id INTEGER PRIMARY KEY,
    required INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS approval_archive (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    request_id TEXT NOT NULL,
    chat_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    actor_id INTEGER NOT NULL,
    actor_name TEXT NOT NULL,
    state TEXT NOT NULL,
    text TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS approval_archive_at ON approval_archive(at);
CREATE TRIGGER IF NOT EXISTS approval_archive_no_update BEFORE UPDATE ON approval_archive
BEGIN SELECT RAISE(ABORT, 'approval_archive is append-only'); END;
CREATE TRIGGER IF NOT EXISTS approval_archive_no_delete BEFORE DELETE ON approval_archive
BEGIN SELECT RAISE(ABORT, 'approval_archive is append-only'); END;
"""

_ARCHIVE_COLUMNS = ("at", "event", "request_id", "chat_id", "kind", "actor_id", "actor_name", "state", "text",
                    "text_sha256", "note")


def stamp(at: datetime) -> str:
    """A UTC time as fixed-width ISO text: sorts as it compares."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


class SqliteWorkflowStore:
    """`SqliteWorkflowStore(settings.state_db)`: opened lazily, one short connection per call."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._ready = False
        self._lock = threading.Lock()
        #: Broken state files this store moved aside (`bot.state_file`), not yet told to anyone.
        self.recovered: list[state_file.Recovered] = []

    # --- connections --------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        with self._lock:
            if self._ready:
                return
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            found = state_file.recover(self.db_path)
            if found is not None:
                self.recovered.append(found)
            state_file.create_tables(self.db_path, _SCHEMA)
            self._ready = True

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction; a writing one is immediate (takes the write lock at once), so what it reads
        no one else changes before it commits."""
        self._ensure_schema()
        conn = sqlite3.connect(self.db_path, timeout=15, isolation_level=None)
        try:
            with state_file.transaction(conn, write):
                yield conn
        finally:
            conn.close()

    def _run(self, work: Callable[[sqlite3.Connection], T], write: bool = True) -> T:
        """`work` in a transaction; once more in a fresh file when this one turns out to be broken."""
        try:
            with self._transaction(write) as conn:
                return work(conn)
        except sqlite3.DatabaseError as err:
            if not state_file.is_broken(err):
                raise
            with self._lock:
                self._ready = False
        with self._transaction(write) as conn:
            return work(conn)

    # --- requests -----------------------------------------------------------------------------
    @staticmethod
    def _write_event(conn: sqlite3.Connection, event: ArchiveEvent | None) -> None:
        if event is None:
            return
        values = event.model_dump(exclude={"seq"})
        values["at"] = stamp(event.at)
        marks = ", ".join("?" * len(_ARCHIVE_COLUMNS))
        conn.execute(f"INSERT INTO approval_archive ({', '.join(_ARCHIVE_COLUMNS)}) VALUES ({marks})",
                     [values[c] for c in _ARCHIVE_COLUMNS])

    @staticmethod
    def _row(request: ApprovalRequest) -> tuple[object, ...]:
        waiting = stamp(request.waiting_since) if request.waiting_since is not None and request.waiting else None
        return (request.state.value, request.version, waiting, request.model_dump_json())

    def create(self, request: ApprovalRequest, event: ArchiveEvent) -> None:
        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO approval_requests (id, chat_id, result_key, created_at, state, version, waiting_since,"
                " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (request.id, request.chat_id, request.result_key, stamp(request.created_at), *self._row(request)),
            )
            self._write_event(conn, event)

        self._run(work)

    def change(self, request_id: str, step: Transition) -> ApprovalRequest:
        def work(conn: sqlite3.Connection) -> ApprovalRequest:
            row = conn.execute("SELECT body FROM approval_requests WHERE id = ?", (request_id,)).fetchone()
            if row is None:
                raise RequestNotFound(f"Ajuan {request_id} tidak ditemukan (mungkin obrolannya sudah dihapus).")
            current = ApprovalRequest.model_validate_json(row[0])
            new, event = step(current)
            updated = conn.execute(
                "UPDATE approval_requests SET state = ?, version = ?, waiting_since = ?, body = ?"
                " WHERE id = ? AND version = ?",
                (*self._row(new), request_id, current.version),
            ).rowcount
            if updated != 1:  # cannot happen inside BEGIN IMMEDIATE; refuse rather than overwrite
                raise sqlite3.OperationalError(f"approval request {request_id} changed during its transaction")
            self._write_event(conn, event)
            return new

        return self._run(work)

    def _read(self, query: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        if not self._ready and not self.db_path.exists():
            return []
        return self._run(lambda conn: conn.execute(query, params).fetchall(), write=False)

    def get(self, request_id: str) -> ApprovalRequest | None:
        rows = self._read("SELECT body FROM approval_requests WHERE id = ?", (request_id,))
        return ApprovalRequest.model_validate_json(rows[0][0]) if rows else None

    def latest_for(self, chat_id: int, result_key: str) -> ApprovalRequest | None:
        rows = self._read(
            "SELECT body FROM approval_requests WHERE chat_id = ? AND result_key = ? ORDER BY created_at DESC LIMIT 1",
            (chat_id, result_key),
        )
        return ApprovalRequest.model_validate_json(rows[0][0]) if rows else None

    def waiting(self) -> list[ApprovalRequest]:
        rows = self._read(
            "SELECT body FROM approval_requests WHERE waiting_since IS NOT NULL ORDER BY waiting_since, id", ()
        )
        return [ApprovalRequest.model_validate_json(r[0]) for r in rows]

    def forget_chat(self, chat_id: int, event: ArchiveEvent) -> int:
        def work(conn: sqlite3.Connection) -> int:
            removed = conn.execute("DELETE FROM approval_requests WHERE chat_id = ?", (chat_id,)).rowcount
            conn.execute("DELETE FROM approval_roles WHERE chat_id = ?", (chat_id,))
            conn.execute("DELETE FROM approval_chat_settings WHERE chat_id = ?", (chat_id,))
            self._write_event(conn, event)
            return int(removed)

        return self._run(work)

    # --- roles and settings -------------------------------------------------------------------
    def put_grant(self, grant: RoleGrant, event: ArchiveEvent) -> None:
        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT OR REPLACE INTO approval_roles (role, chat_id, user_id, body) VALUES (?, ?, ?, ?)",
                (grant.role, grant.chat_id, grant.user.id, grant.model_dump_json()),
            )
            self._write_event(conn, event)

        self._run(work)

    def drop_grant(self, role: Role, chat_id: int, user_id: int, event: ArchiveEvent) -> bool:
        def work(conn: sqlite3.Connection) -> bool:
            gone = conn.execute(
                "DELETE FROM approval_roles WHERE role = ? AND chat_id = ? AND user_id = ?", (role, chat_id, user_id)
            ).rowcount
            if gone:
                self._write_event(conn, event)
            return bool(gone)

        return self._run(work)

    def grants(self) -> list[RoleGrant]:
        rows = self._read("SELECT body FROM approval_roles ORDER BY chat_id, role, user_id", ())
        return [RoleGrant.model_validate_json(r[0]) for r in rows]

    def set_required(self, chat_id: int, required: bool | None, event: ArchiveEvent) -> None:
        def work(conn: sqlite3.Connection) -> None:
            if required is None:
                conn.execute("DELETE FROM approval_chat_settings WHERE chat_id = ?", (chat_id,))
            else:
                conn.execute("INSERT OR REPLACE INTO approval_chat_settings (chat_id, required) VALUES (?, ?)",
                             (chat_id, int(required)))
            self._write_event(conn, event)

        self._run(work)

    def required_by_chat(self) -> dict[int, bool]:
        rows = self._read("SELECT chat_id, required FROM approval_chat_settings", ())
        return {int(chat): bool(flag) for chat, flag in rows}

    # --- archive ------------------------------------------------------------------------------
    def append(self, event: ArchiveEvent) -> None:
        self._run(lambda conn: self._write_event(conn, event))

    def events(self, since: datetime | None = None, until: datetime | None = None) -> list[ArchiveEvent]:
        where, params = [], []
        if since is not None:
            where.append("at >= ?")
            params.append(stamp(since))
        if until is not None:
            where.append("at < ?")
            params.append(stamp(until))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._read(f"SELECT seq, {', '.join(_ARCHIVE_COLUMNS)} FROM approval_archive {clause} ORDER BY at, seq",
                          tuple(params))
        names = ("seq", *_ARCHIVE_COLUMNS)
        return [ArchiveEvent.model_validate(dict(zip(names, row, strict=True))) for row in rows]
