"""Usage accounting: one row per request (task, user, engine, tokens, cost, latency) in SQLite.

`UsageLog` implements the service's `UsageRecorder`. The database (the shared state file) is
opened lazily on first use, in WAL mode, with one short-lived connection per call, so the log is
safe to use from several threads (the Telegram bot) and processes (CLI while the bot runs).
Costs are estimates from the configured prices per million tokens (USD by default), unless the
caller gives one: a transcription is priced by the minute of audio (`bot/llm/transcribe.py`).
"""

from __future__ import annotations

import math
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from bot import state_file
from bot.core.models import Usage

GroupBy = Literal["day", "user"]
NO_USER = "-"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS usage_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts REAL NOT NULL,
    day TEXT NOT NULL,
    task TEXT NOT NULL,
    user_id TEXT NOT NULL,
    engine TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    calls INTEGER NOT NULL DEFAULT 0,
    cost REAL NOT NULL DEFAULT 0,
    latency_ms REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS usage_log_day ON usage_log(day);
CREATE INDEX IF NOT EXISTS usage_log_user ON usage_log(user_id);
"""


class UsageTotal(BaseModel):
    """Totals for one day or one user."""

    key: str
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cost: float
    avg_latency_ms: float
    p95_latency_ms: float


def estimate_cost(usage: Usage | None, price_prompt_per_1m: float, price_completion_per_1m: float) -> float:
    if usage is None:
        return 0.0
    return usage.prompt_tokens / 1e6 * price_prompt_per_1m + usage.completion_tokens / 1e6 * price_completion_per_1m


def _p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


class UsageLog:
    """Writes and sums usage rows. `UsageLog(db_path, price_prompt_per_1m=..., price_completion_per_1m=...)`."""

    def __init__(self, db_path: Path, price_prompt_per_1m: float = 0.15, price_completion_per_1m: float = 0.60) -> None:
        self.db_path = Path(db_path)
        self.price_prompt_per_1m = price_prompt_per_1m
        self.price_completion_per_1m = price_completion_per_1m
        self._ready = False
        self._lock = threading.Lock()
        #: One writer at a time in this process: 50 threads writing at once otherwise wait on
        #: SQLite's own lock, whose retries sleep (p95 ~340 ms per row in benchmarks/load.py's burst).
        self._write_lock = threading.Lock()
        #: The writer's connection, kept open (opening one costs ~2 ms of CPU per row); under `_write_lock`.
        self._writer: sqlite3.Connection | None = None
        #: Broken state files this log moved aside (`bot.state_file`), not yet told to anyone.
        self.recovered: list[state_file.Recovered] = []

    def _recover(self) -> None:
        """After an error that says the file is broken: move it aside (unless another user of the
        file already did) and let the next use create the table in the new file."""
        with self._lock:
            self._move_if_broken()
            self._ready = False

    def _move_if_broken(self) -> None:
        found = state_file.recover(self.db_path)
        if found is not None:
            self.recovered.append(found)

    def _ensure_schema(self) -> None:
        """Create the file (WAL) and the table on first use."""
        with self._lock:
            if not self._ready:
                self.db_path.parent.mkdir(parents=True, exist_ok=True)
                self._move_if_broken()
                state_file.create_tables(self.db_path, _SCHEMA)
                self._ready = True

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self._ensure_schema()
        conn = sqlite3.connect(self.db_path, timeout=10)
        try:
            with conn:
                yield conn
        finally:
            conn.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """The kept writer connection, in a transaction; dropped (and reopened next time) after an error."""
        if self._writer is None:
            self._ensure_schema()
            conn = sqlite3.connect(self.db_path, timeout=10, check_same_thread=False)
            # WAL without an fsync per row: a power cut may lose the last rows, never the file.
            conn.execute("PRAGMA synchronous=NORMAL")
            self._writer = conn
        try:
            with self._writer:
                yield self._writer
        except sqlite3.Error:
            self._writer.close()
            self._writer = None
            raise

    def record(
        self,
        *,
        task: str,
        user_id: str | None,
        engine: str,
        usage: Usage | None,
        latency_ms: float,
        cost: float | None = None,
        now: datetime | None = None,
    ) -> None:
        """Store one request; its `cost` (USD) is estimated from the tokens unless given. `now`
        (local time) is for tests."""
        now = now or datetime.now()
        usage = usage or Usage()
        if cost is None:
            cost = estimate_cost(usage, self.price_prompt_per_1m, self.price_completion_per_1m)
        with self._write_lock:
            try:
                self._insert(now, task, user_id, engine, usage, cost, latency_ms)
            except sqlite3.DatabaseError as err:
                if not state_file.is_broken(err):
                    raise
                self._recover()
                self._insert(now, task, user_id, engine, usage, cost, latency_ms)

    def _insert(
        self, now: datetime, task: str, user_id: str | None, engine: str, usage: Usage, cost: float, latency_ms: float
    ) -> None:
        """One row, through the kept writer connection (under `_write_lock`)."""
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO usage_log (ts, day, task, user_id, engine, model, prompt_tokens, completion_tokens,"
                " calls, cost, latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now.timestamp(),
                    now.date().isoformat(),
                    task,
                    str(user_id) if user_id is not None else NO_USER,
                    engine,
                    usage.model,
                    usage.prompt_tokens,
                    usage.completion_tokens,
                    usage.calls,
                    cost,
                    float(latency_ms),
                ),
            )

    def totals(self, group_by: GroupBy = "day", days: int | None = None, today: date | None = None) -> list[UsageTotal]:
        """Totals per day (newest first) or per user (most requests first), optionally for the last `days` days."""
        if group_by not in ("day", "user"):
            raise ValueError(group_by)
        column = "day" if group_by == "day" else "user_id"
        where, params = "", []
        if days is not None:
            first = (today or date.today()) - timedelta(days=max(days, 1) - 1)
            where, params = "WHERE day >= ?", [first.isoformat()]
        if not self._ready and not self.db_path.exists():
            return []
        query = f"SELECT {column}, prompt_tokens, completion_tokens, cost, latency_ms FROM usage_log {where}"
        try:
            with self._connect() as conn:
                rows = conn.execute(query, params).fetchall()
        except sqlite3.DatabaseError as err:
            if not state_file.is_broken(err):
                raise
            self._recover()
            with self._connect() as conn:  # the new file
                rows = conn.execute(query, params).fetchall()
        return summarize(rows, group_by)

    def prune(self, older_than_days: int) -> int:
        """Delete rows older than `older_than_days`; returns how many."""
        cutoff = time.time() - older_than_days * 86400
        with self._connect() as conn:
            return conn.execute("DELETE FROM usage_log WHERE ts < ?", (cutoff,)).rowcount


def summarize(rows: Iterable[tuple[str, int, int, float, float]], group_by: GroupBy) -> list[UsageTotal]:
    """Totals from (key, prompt tokens, completion tokens, cost, latency ms) rows, sorted for `group_by`."""
    groups: dict[str, list[tuple[int, int, float, float]]] = {}
    for key, prompt, completion, cost, latency in rows:
        groups.setdefault(str(key), []).append((prompt, completion, cost, latency))
    out = [
        UsageTotal(
            key=key,
            requests=len(items),
            prompt_tokens=sum(i[0] for i in items),
            completion_tokens=sum(i[1] for i in items),
            cost=round(sum(i[2] for i in items), 6),
            avg_latency_ms=round(sum(i[3] for i in items) / len(items), 1),
            p95_latency_ms=round(_p95([i[3] for i in items]), 1),
        )
        for key, items in groups.items()
    ]
    if group_by == "day":
        out.sort(key=lambda t: t.key, reverse=True)
    else:
        out.sort(key=lambda t: (-t.requests, t.key))
    return out


def _int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _money(x: float) -> str:
    return f"{x:,.4f}".replace(",", "_").replace(".", ",").replace("_", ".")


def format_totals(rows: Sequence[UsageTotal], title: str) -> str:
    """A plain-text table in Indonesian (monospace: wrap in <pre> or ``` on Telegram)."""
    if not rows:
        return f"{title}\nBelum ada pemakaian yang tercatat."
    headers = ("Kunci", "Permintaan", "Token masuk", "Token keluar", "Biaya (USD)", "Rata-rata ms", "p95 ms")
    body = [
        (r.key, _int(r.requests), _int(r.prompt_tokens), _int(r.completion_tokens), _money(r.cost),
         _int(round(r.avg_latency_ms)), _int(round(r.p95_latency_ms)))
        for r in rows
    ]
    requests = sum(r.requests for r in rows)
    avg = sum(r.avg_latency_ms * r.requests for r in rows) / requests if requests else 0.0
    total = ("Total", _int(requests), _int(sum(r.prompt_tokens for r in rows)),
             _int(sum(r.completion_tokens for r in rows)), _money(sum(r.cost for r in rows)), _int(round(avg)), "")
    table = [headers, *body, total]
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    rule = "-" * len(line(headers))
    lines = [title, line(headers), rule, *(line(r) for r in body), rule, line(total)]
    lines.append("Biaya adalah perkiraan dari harga per 1 juta token (pesan suara: per menit audio) di pengaturan.")
    return "\n".join(lines)
