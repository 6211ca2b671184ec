"""The Redis-backed shared state, piece by piece, against a real redis-server.

Two instances of each piece stand for two bot processes: chat state merged per key, the
per-chat lock with expiry and cross-process /batal, update_id claims, usage records.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime

import pytest
import redis.asyncio as aioredis

from bot.core.models import Usage
from bot.errors import BadInput
from bot.redis_usage import RedisUsageLog
from bot.settings import Settings
from bot.telegram_app import shared_state
from bot.telegram_app.locks import CANCELLED, ChatJobs
from bot.telegram_app.redis_locks import RedisChatJobs
from bot.telegram_app.redis_persistence import RedisChatPersistence
from bot.telegram_app.state import SqliteChatPersistence

CHAT = 4242


@pytest.fixture
async def clients(redis_url):
    """Two async clients: process A and process B."""
    a, b = (aioredis.Redis.from_url(redis_url, decode_responses=True) for _ in range(2))
    yield a, b
    await a.aclose()
    await b.aclose()


# --- chat state -----------------------------------------------------------------------------
async def test_chat_state_is_merged_per_key_between_processes(clients):
    a, b = RedisChatPersistence(clients[0]), RedisChatPersistence(clients[1])
    data_a: dict = {}
    data_b: dict = {}
    assert await a.get_chat_data() == {}  # nothing loaded up front: chats are read when used
    await a.refresh_chat_data(CHAT, data_a)
    await b.refresh_chat_data(CHAT, data_b)

    data_a["profile"] = {"name": "Dinas A"}
    await a.update_chat_data(CHAT, dict(data_a))
    await b.refresh_chat_data(CHAT, data_b)
    assert data_b == {"profile": {"name": "Dinas A"}}

    # B remembers a button text (not written yet) while A changes the profile.
    data_b["entries"] = {"k1": {"text": "draf"}}
    data_a["profile"] = {"name": "Dinas A2", "tone": "formal"}
    await a.update_chat_data(CHAT, dict(data_a))
    await b.refresh_chat_data(CHAT, data_b)
    assert data_b == {"profile": {"name": "Dinas A2", "tone": "formal"}, "entries": {"k1": {"text": "draf"}}}

    # B writes only what it changed: A's profile survives, A sees B's entry.
    await b.update_chat_data(CHAT, dict(data_b))
    await a.refresh_chat_data(CHAT, data_a)
    assert data_a == data_b

    # A removes a key (/profil reset); B follows.
    data_a.pop("profile")
    await a.update_chat_data(CHAT, dict(data_a))
    await b.refresh_chat_data(CHAT, data_b)
    assert data_b == {"entries": {"k1": {"text": "draf"}}}

    await b.drop_chat_data(CHAT)
    fresh: dict = {}
    await RedisChatPersistence(clients[0]).refresh_chat_data(CHAT, fresh)
    assert fresh == {}


# --- per-chat lock --------------------------------------------------------------------------
async def test_lock_is_seen_by_the_other_process_and_released(clients):
    a, b = RedisChatJobs(clients[0], tick=0.05), RedisChatJobs(clients[1], tick=0.05)
    job = await a.claim(CHAT)
    assert job is not None
    assert await a.claim(CHAT) is None  # the same process
    assert await b.claim(CHAT) is None and await b.busy(CHAT)  # another process
    assert not await b.busy(CHAT + 1)

    assert await a.run(job, asyncio.sleep(0.2, result="selesai")) == "selesai"  # renewed while it runs
    await a.release(job)
    assert not await b.busy(CHAT)
    other = await b.claim(CHAT)
    assert other is not None
    await b.release(other)


async def test_batal_in_another_process_cancels_the_holder(clients):
    a, b = RedisChatJobs(clients[0], tick=0.05), RedisChatJobs(clients[1], tick=0.05)
    job = await a.claim(CHAT)
    running = asyncio.create_task(a.run(job, asyncio.sleep(30)))
    await asyncio.sleep(0.1)
    assert await b.cancel(CHAT)
    assert await asyncio.wait_for(running, 2) is CANCELLED
    await a.release(job)
    assert not await clients[0].exists("humasbot:lock:4242", "humasbot:cancel:4242")
    assert not await b.cancel(CHAT)  # nothing runs anywhere now


async def test_a_dead_holders_lock_expires(clients):
    a, b = RedisChatJobs(clients[0], ttl=0.3), RedisChatJobs(clients[1])
    assert await a.claim(CHAT) is not None  # ... and the process "dies": never released
    assert await b.claim(CHAT) is None
    await asyncio.sleep(0.5)
    assert await b.claim(CHAT) is not None


# --- update ids ------------------------------------------------------------------------------
async def test_each_update_id_is_claimed_once(clients):
    a, b = shared_state.SharedState(clients[0], "a"), shared_state.SharedState(clients[1], "b")
    results = await asyncio.gather(*(s.claim_update(7001) for s in (a, b, a, b)))
    assert sorted(results) == [False, False, False, True]
    assert await b.claim_update(7002)
    assert 0 < await clients[0].ttl("humasbot:update:7001") <= shared_state.UPDATE_TTL


# --- usage -----------------------------------------------------------------------------------
def test_usage_from_two_processes_is_counted_together(redis_url):
    a, b = RedisUsageLog(redis_url), RedisUsageLog(redis_url)
    usage = Usage(prompt_tokens=1000, completion_tokens=500, calls=1, model="m")
    a.record(task="rewrite", user_id="1", engine="llm", usage=usage, latency_ms=100, now=datetime(2025, 5, 1, 9))
    b.record(task="reply", user_id="2", engine="llm", usage=usage, latency_ms=300, now=datetime(2025, 5, 2, 9))
    b.record(task="reply", user_id="1", engine="offline", usage=None, latency_ms=50, now=datetime(2025, 5, 2, 10))

    by_day = a.totals("day")
    assert [(t.key, t.requests) for t in by_day] == [("2025-05-02", 2), ("2025-05-01", 1)]
    by_user = b.totals("user")
    assert [(t.key, t.requests, t.prompt_tokens) for t in by_user] == [("1", 2, 1000), ("2", 1, 1000)]
    assert by_user[0].cost == pytest.approx(1000 / 1e6 * 0.15 + 500 / 1e6 * 0.60)
    assert [t.key for t in a.totals("day", days=1, today=date(2025, 5, 2))] == ["2025-05-02"]

    assert a.prune(older_than_days=(date.today() - date(2025, 5, 2)).days) == 1
    assert [t.key for t in b.totals("day")] == ["2025-05-02"]


def test_usage_in_redis_keeps_an_explicit_cost(redis_url):
    log = RedisUsageLog(redis_url)
    usage = Usage(prompt_tokens=1000, calls=1, model="whisper-1")
    log.record(task="transcribe", user_id="1", engine="transcribe", usage=usage, latency_ms=10, cost=0.009,
               now=datetime(2025, 6, 1, 9))
    assert log.totals("day", days=1, today=date(2025, 6, 1))[0].cost == pytest.approx(0.009)


# --- wiring ----------------------------------------------------------------------------------
def test_without_redis_url_nothing_changes(tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.redis_url is None
    shared = shared_state.open_shared(settings)
    assert shared is None
    assert isinstance(shared_state.make_persistence(settings, shared), SqliteChatPersistence)
    assert type(shared_state.make_jobs(shared)) is ChatJobs


def test_unreachable_redis_is_reported(tmp_path):
    from tests.support.fake_telegram import free_port

    url = f"redis://127.0.0.1:{free_port()}/0"
    settings = Settings(_env_file=None, data_dir=tmp_path, redis_url=url)  # type: ignore[call-arg]
    with pytest.raises(BadInput, match="HUMASBOT_REDIS_URL tidak dapat dihubungi"):
        shared_state.open_shared(settings)


def test_redis_url_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("HUMASBOT_REDIS_URL", "redis://127.0.0.1:6390/3")
    assert Settings(_env_file=None, data_dir=tmp_path).redis_url == "redis://127.0.0.1:6390/3"  # type: ignore[call-arg]
