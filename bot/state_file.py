"""The data folder's state file (`settings.state_db`, SQLite): telling a broken file from a busy one,
and moving a broken one aside so the bot starts again with empty state instead of not at all.

A disk fault or a partial copy leaves a file that is not a database (or a malformed one). Every
open of it then fails, so without this the bot, `stats` and every save would fail for good. The
broken file is kept (renamed `<name>.corrupt-<UTC time>`, with its WAL and journal files) for
whoever wants to rescue rows from it by hand; nothing is deleted.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

#: SQLite's primary result codes for "this is not (or no longer) a database file".
_BROKEN_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
#: Files SQLite keeps beside the database; they belong to the broken file and go with it.
_SIDECARS = ("-wal", "-shm", "-journal")
#: One move at a time in this process: the chat state and the usage log share the file.
_MOVING = threading.Lock()


@dataclass(frozen=True)
class Recovered:
    """A broken state file that was moved aside."""

    path: Path
    moved_to: Path
    reason: str

    def notice(self) -> str:
        """What admins are told (Indonesian)."""
        return (
            f"⚠️ Berkas status HumasBot ({self.path.name}) rusak ({self.reason}). Berkas itu dipindahkan ke "
            f"{self.moved_to.name} dan bot mulai dengan status kosong: profil obrolan dan catatan pemakaian "
            "yang tersimpan di sana tidak terbaca. Atur ulang profil dengan /profil."
        )


def is_broken(err: BaseException) -> bool:
    """Whether a sqlite3 error says the file is corrupt or not a database (not merely busy or unreadable)."""
    code = getattr(err, "sqlite_errorcode", None)
    return isinstance(err, sqlite3.DatabaseError) and code is not None and code & 0xFF in _BROKEN_CODES


def problem(path: Path) -> str | None:
    """Why the file at `path` is broken, or None when it is a sound database (or not there yet).

    Errors that are not corruption (locked, unreadable) raise: they say nothing about the file.
    """
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=15)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        if is_broken(err):
            return str(err)
        raise
    findings = [str(row[0]) for row in rows]
    return None if findings == ["ok"] else "; ".join(findings[:3])


def recover(path: Path, now: datetime | None = None) -> Recovered | None:
    """Move the file at `path` aside when it is broken; None when it is sound (or absent)."""
    with _MOVING:
        reason = problem(path)
        if reason is None:
            return None
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        path.replace(target)
        for suffix in _SIDECARS:
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                sidecar.replace(target.with_name(target.name + suffix))
    found = Recovered(path, target, reason)
    log.error("state file %s is broken (%s): moved to %s, starting with empty state", path, reason, target)
    return found


@contextmanager
def transaction(conn: sqlite3.Connection, write: bool = True) -> Iterator[sqlite3.Connection]:
    """One explicit transaction on an autocommit connection; a writing one is immediate (it takes the
    write lock at once, so what it reads no other process changes before it commits)."""
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def create_tables(path: Path, schema: str) -> None:
    """Open the state file at `path` in WAL mode and run `schema` (its CREATE ... IF NOT EXISTS) on it."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(schema)
    finally:
        conn.close()
