"""The HTTP client under the bot's Bot API calls: aiohttp, through PTB's `BaseRequest` interface.

PTB's default `HTTPXRequest` costs ~1.2 ms of CPU per call on this project's machine, ~1.7 ms with
30 calls in flight (httpx/httpcore scan the connection pool on every request); aiohttp's C-backed
client costs ~0.4 ms. Every answer makes about 7 calls (placeholder, "typing…", the edit, one
message per further post), all on the one event loop, so under 50 chats at once this is the
difference between the bot keeping up and the bot being the queue (docs/benchmarks.md).

PTB keeps everything Telegram-specific (parameters, JSON errors, `RetryAfter`, flood control):
this class only moves bytes. getUpdates keeps PTB's own client (one call at a time).

Every URL carries the bot token (`.../bot<token>/sendMessage`), and aiohttp's errors quote the URL:
their text is redacted here, and they are not chained (a traceback would print the original).
"""

from __future__ import annotations

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.logsafe import redact


def _pick(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


class AiohttpRequest(BaseRequest):
    """`BaseRequest` over one `aiohttp.ClientSession` with at most `connection_pool_size` connections.

    Timeouts mean what they mean for `HTTPXRequest`, except that aiohttp has no write timeout (a
    stalled upload ends at the read timeout instead). Proxies come from the usual environment
    variables (`HTTPS_PROXY`, ...), as with PTB's default client.
    """

    def __init__(
        self,
        connection_pool_size: int = 32,
        *,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 10.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
                trust_env=True,
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        connect = _pick(connect_timeout, self._connect_timeout)
        pool = _pick(pool_timeout, self._pool_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None or pool is None else connect + pool,  # pool wait + connecting
            sock_connect=connect,
            sock_read=_pick(read_timeout, self._read_timeout),
        )
        try:
            async with self._session.request(method, url, data=_body(request_data), timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's timeouts derive from it
            raise TimedOut(f"aiohttp: {type(err).__name__}") from None
        except aiohttp.ClientError as err:  # a malformed URL too (InvalidUrlClientError)
            raise NetworkError(redact(f"aiohttp.{type(err).__name__}: {err}")) from None


def _body(request_data: RequestData | None) -> aiohttp.FormData | dict[str, str] | None:
    """Form fields as PTB's own client sends them: urlencoded, or multipart when files go along."""
    if request_data is None:
        return None
    files = request_data.multipart_data
    if not files:
        return request_data.json_parameters
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
