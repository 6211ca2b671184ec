"""The usage log: rows, costs, totals by day and by user, the Indonesian table."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.core.models import Usage
from bot.usage import UsageLog, UsageTotal, estimate_cost, format_totals


@pytest.fixture()
def log(tmp_path: Path) -> UsageLog:
    return UsageLog(tmp_path / "state" / "state.sqlite3", price_prompt_per_1m=0.15, price_completion_per_1m=0.60)


def test_created_lazily(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    UsageLog(path)
    assert not path.exists()


def test_cost_estimate() -> None:
    assert estimate_cost(Usage(prompt_tokens=1_000_000, completion_tokens=500_000), 0.15, 0.60) == pytest.approx(0.45)
    assert estimate_cost(None, 0.15, 0.60) == 0.0


def test_record_and_totals_by_day_and_user(log: UsageLog) -> None:
    usage = Usage(model="gpt-4o-mini", prompt_tokens=1000, completion_tokens=200, calls=1)
    day1, day2 = datetime(2026, 11, 20, 9), datetime(2026, 11, 23, 10)
    log.record(task="rewrite", user_id="7", engine="gpt-4o-mini", usage=usage, latency_ms=800, now=day1)
    log.record(task="reply", user_id="7", engine="gpt-4o-mini", usage=usage, latency_ms=1200, now=day2)
    log.record(task="reply", user_id="9", engine="offline", usage=None, latency_ms=20, now=day2)
    log.record(task="reply", user_id=None, engine="offline", usage=None, latency_ms=10, now=day2)

    by_day = log.totals("day")
    assert [t.key for t in by_day] == ["2026-11-23", "2026-11-20"]
    latest = by_day[0]
    assert (latest.requests, latest.prompt_tokens, latest.completion_tokens) == (3, 1000, 200)
    assert latest.cost == pytest.approx(1000 / 1e6 * 0.15 + 200 / 1e6 * 0.60)
    assert latest.avg_latency_ms == pytest.approx((1200 + 20 + 10) / 3, abs=0.1)
    assert latest.p95_latency_ms == 1200

    by_user = log.totals("user")
    assert [(t.key, t.requests) for t in by_user] == [("7", 2), ("-", 1), ("9", 1)]
    assert by_user[0].prompt_tokens == 2000

    recent = log.totals("day", days=2, today=date(2026, 11, 23))
    assert [t.key for t in recent] == ["2026-11-23"]
    with pytest.raises(ValueError):
        log.totals("week")  # type: ignore[arg-type]


def test_wal_and_concurrent_writes(log: UsageLog) -> None:
    def work(uid: int) -> None:
        for _ in range(20):
            log.record(task="reply", user_id=str(uid), engine="m", usage=Usage(prompt_tokens=1), latency_ms=1)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(t.requests for t in log.totals("user")) == 100
    with sqlite3.connect(log.db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_kept_writer_connections_do_not_block_each_other(log: UsageLog) -> None:
    """Two logs on one file (two bot processes): each keeps its writer open between rows."""
    other = UsageLog(log.db_path)
    for i in range(30):
        (log if i % 2 else other).record(task="reply", user_id="1", engine="m", usage=None, latency_ms=1)
    with sqlite3.connect(log.db_path, timeout=0.5) as conn:  # no write transaction left open
        conn.execute("INSERT INTO usage_log (ts, day, task, user_id, engine, model, prompt_tokens,"
                     " completion_tokens, calls, cost, latency_ms)"
                     " VALUES (0, '2026-01-01', 'x', '-', 'm', '', 0, 0, 0, 0, 0)")
    assert sum(t.requests for t in log.totals("user")) == 31
    assert sum(t.requests for t in other.totals("user")) == 31


def test_format_totals_indonesian_table() -> None:
    rows = [
        UsageTotal(key="2026-11-23", requests=1234, prompt_tokens=1_500_000, completion_tokens=2500, cost=1.5,
                   avg_latency_ms=850.4, p95_latency_ms=1200),
        UsageTotal(key="2026-11-22", requests=1, prompt_tokens=10, completion_tokens=5, cost=0.0001,
                   avg_latency_ms=20, p95_latency_ms=20),
    ]
    text = format_totals(rows, "Pemakaian per hari")
    lines = text.splitlines()
    assert lines[0] == "Pemakaian per hari"
    assert "Permintaan" in lines[1] and "Biaya (USD)" in lines[1]
    assert "1.234" in text and "1.500.000" in text and "1,5000" in text
    assert any(line.startswith("Total") and "1.235" in line for line in lines)
    assert format_totals([], "Pemakaian") == "Pemakaian\nBelum ada pemakaian yang tercatat."


def test_service_records_usage_through_the_llm_engine(tmp_path: Path) -> None:
    """End to end: the fake model's `usage` ends up in the log with its cost."""
    from bot.app import build_service
    from bot.retrieval.embeddings import HashEmbeddings
    from tests.support.fake_openai import FakeOpenAI, make_llm_settings
    from tests.support.llm_answers import reply_answer

    with FakeOpenAI() as fake:
        settings = make_llm_settings(fake, tmp_path)
        fake.add_json(reply_answer(), prompt_tokens=1200, completion_tokens=300)
        service = build_service(settings, embedder=HashEmbeddings())
        result = service.reply("Kapan jadwal rekam KTP-el?", user_id="77")
    assert result.engine == fake.model
    log = UsageLog(settings.state_db)
    (row,) = log.totals("user")
    assert (row.key, row.requests, row.prompt_tokens, row.completion_tokens) == ("77", 1, 1200, 300)
    assert row.cost == pytest.approx(
        1200 / 1e6 * settings.price_prompt_per_1m + 300 / 1e6 * settings.price_completion_per_1m
    )
    assert log.totals("day")[0].requests == 1


def test_an_explicit_cost_is_kept_instead_of_the_token_estimate(log: UsageLog) -> None:
    """A transcription is priced by the minute (bot/llm/transcribe.py), not by its tokens."""
    usage = Usage(model="whisper-1", calls=1)
    log.record(task="transcribe", user_id="7", engine="transcribe", usage=usage, latency_ms=900, cost=0.009)
    log.record(task="transcribe", user_id="7", engine="transcribe", usage=Usage(prompt_tokens=1000), latency_ms=9,
               cost=0.0)
    [day] = log.totals("day")
    assert (day.requests, day.prompt_tokens, day.cost) == (2, 1000, pytest.approx(0.009))
