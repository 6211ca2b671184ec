"""The spending caps' store in SQLite (the data folder's state file), for one bot process and the CLI.

Implements `bot.core.budget_store.BudgetStore`. A reservation is one `BEGIN IMMEDIATE` transaction
(read the counters, check, add), so no other thread or process can slip in between the check and
the add. One writer at a time in this process (a lock), as in `bot/usage.py`: fifty threads
otherwise wait on SQLite's own lock, whose retries sleep. A state file that is not a database is
moved aside (`bot.state_file`) and the store starts empty in a new one.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TypeVar

from bot import state_file
from bot.core.budget_store import CapName, Charge, Counter, Spend

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS budget_spend (
    period TEXT NOT NULL,
    scope TEXT NOT NULL,
    tokens INTEGER NOT NULL DEFAULT 0,
    nano_usd INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (period, scope)
);
CREATE TABLE IF NOT EXISTS budget_caps (name TEXT PRIMARY KEY, spec TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS budget_alerted (
    period TEXT NOT NULL, scope TEXT NOT NULL, level INTEGER NOT NULL, PRIMARY KEY (period, scope, level)
);
CREATE TABLE IF NOT EXISTS budget_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, ts REAL NOT NULL, text TEXT NOT NULL);
"""


class SqliteBudgetStore:
    """`SqliteBudgetStore(settings.state_db)`; the file and tables are created on first use."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        #: Broken state files this store moved aside (`bot.state_file`).
        self.recovered: list[state_file.Recovered] = []

    def _open(self) -> sqlite3.Connection:
        if self._conn is None:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.db_path, timeout=10, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            self._conn = conn
        return self._conn

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return state_file.transaction(self._open())

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work` in one write transaction, under this process's lock; once more in a new file when
        the state file turned out broken."""
        with self._lock:
            try:
                with self._transaction() as conn:
                    return work(conn)
            except sqlite3.DatabaseError as err:
                self._drop()
                if not state_file.is_broken(err):
                    raise
                found = state_file.recover(self.db_path)
                if found is not None:
                    self.recovered.append(found)
                with self._transaction() as conn:
                    return work(conn)

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        with self._lock:
            self._drop()

    # --- counters --------------------------------------------------------------------------
    def reserve(self, charges: Sequence[Charge], amount: Spend) -> int | None:
        def work(conn: sqlite3.Connection) -> int | None:
            for index, charge in enumerate(charges):
                if charge.unit is not None:
                    counted = _read(conn, charge.counter).of(charge.unit)
                    if counted + min(amount.of(charge.unit), charge.limit) > charge.limit:
                        return index
            for charge in charges:
                _add(conn, charge.counter, amount)
            return None

        return self._run(work)

    def settle(self, counters: Sequence[Counter], delta: Spend) -> list[Spend]:
        def work(conn: sqlite3.Connection) -> list[Spend]:
            for counter in counters:
                _add(conn, counter, delta)
            return [_read(conn, counter) for counter in counters]

        return self._run(work)

    def spent(self, period: str) -> dict[str, Spend]:
        def work(conn: sqlite3.Connection) -> dict[str, Spend]:
            rows = conn.execute("SELECT scope, tokens, nano_usd FROM budget_spend WHERE period = ?", (period,))
            return {scope: Spend(tokens, nano) for scope, tokens, nano in rows}

        return self._run(work)

    def reset(self, periods: Sequence[str]) -> None:
        def work(conn: sqlite3.Connection) -> None:
            for period in periods:
                conn.execute("DELETE FROM budget_spend WHERE period = ?", (period,))
                conn.execute("DELETE FROM budget_alerted WHERE period = ?", (period,))

        self._run(work)

    # --- caps ------------------------------------------------------------------------------
    def overrides(self) -> dict[str, str]:
        return self._run(lambda conn: dict(conn.execute("SELECT name, spec FROM budget_caps").fetchall()))

    def set_override(self, name: CapName, spec: str | None) -> None:
        def work(conn: sqlite3.Connection) -> None:
            if spec is None:
                conn.execute("DELETE FROM budget_caps WHERE name = ?", (name,))
            else:
                conn.execute("INSERT OR REPLACE INTO budget_caps (name, spec) VALUES (?, ?)", (name, spec))

        self._run(work)

    # --- alerts ----------------------------------------------------------------------------
    def raise_alert(self, counter: Counter, level: int, text: str) -> bool:
        def work(conn: sqlite3.Connection) -> bool:
            new = conn.execute(
                "INSERT OR IGNORE INTO budget_alerted (period, scope, level) VALUES (?, ?, ?)",
                (counter.period, counter.scope, level),
            ).rowcount
            if new:
                conn.execute("INSERT INTO budget_outbox (ts, text) VALUES (?, ?)", (time.time(), text))
            return bool(new)

        return self._run(work)

    def forget_alerts(self, periods: Sequence[str]) -> None:
        def work(conn: sqlite3.Connection) -> None:
            conn.executemany("DELETE FROM budget_alerted WHERE period = ?", [(p,) for p in periods])

        self._run(work)

    def take_alerts(self) -> list[str]:
        def work(conn: sqlite3.Connection) -> list[str]:
            rows = conn.execute("SELECT id, text FROM budget_outbox ORDER BY id").fetchall()
            if rows:
                conn.execute("DELETE FROM budget_outbox WHERE id <= ?", (rows[-1][0],))
            return [text for _, text in rows]

        return self._run(work)


def _read(conn: sqlite3.Connection, counter: Counter) -> Spend:
    row = conn.execute(
        "SELECT tokens, nano_usd FROM budget_spend WHERE period = ? AND scope = ?", (counter.period, counter.scope)
    ).fetchone()
    return Spend(*row) if row else Spend()


def _add(conn: sqlite3.Connection, counter: Counter, delta: Spend) -> None:
    """Add `delta` to a counter (created at zero); it never goes below zero (a reset in between)."""
    conn.execute(
        "INSERT INTO budget_spend (period, scope, tokens, nano_usd) VALUES (?, ?, MAX(0, ?), MAX(0, ?)) "
        "ON CONFLICT (period, scope) DO UPDATE SET tokens = MAX(0, tokens + ?), nano_usd = MAX(0, nano_usd + ?)",
        (counter.period, counter.scope, delta.tokens, delta.nano_usd, delta.tokens, delta.nano_usd),
    )
