"""Connecting to the shared Redis server, and the names of the keys kept there.

Every key starts with `humasbot:`; give each bot its own Redis database (`redis://host:6379/N`).
The `redis` package is an optional extra (`pip install "humasbot[shared]"`): imported lazily.
"""

from __future__ import annotations

from typing import Any

from bot.errors import BadInput

PREFIX = "humasbot:"
MISSING = 'HUMASBOT_REDIS_URL diatur, tetapi paket redis belum terpasang: pip install "humasbot[shared]".'
#: Seconds to connect and per command: a Redis that hangs must not hang the bot for long.
TIMEOUT = 5.0


def key(*parts: object) -> str:
    """`key("chat", 42)` -> "humasbot:chat:42"."""
    return PREFIX + ":".join(str(p) for p in parts)


def _options() -> dict[str, Any]:
    return {"decode_responses": True, "socket_timeout": TIMEOUT, "socket_connect_timeout": TIMEOUT}


def async_client(url: str) -> Any:
    """A `redis.asyncio.Redis` for the bot's event loop (connects on first use)."""
    try:
        import redis.asyncio as aioredis
    except ImportError as err:
        raise BadInput(MISSING) from err
    return aioredis.Redis.from_url(url, **_options())


def sync_client(url: str) -> Any:
    """A blocking `redis.Redis` (thread-safe pool) for the worker threads and the CLI."""
    try:
        import redis
    except ImportError as err:
        raise BadInput(MISSING) from err
    return redis.Redis.from_url(url, **_options())


def check(url: str) -> None:
    """Fail early, with an Indonesian message, when Redis cannot be reached."""
    client = sync_client(url)
    try:
        client.ping()
    except Exception as err:
        raise BadInput(f"Redis di HUMASBOT_REDIS_URL tidak dapat dihubungi: {err}") from err
    finally:
        client.close()
