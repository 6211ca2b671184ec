"""Real servers on 127.0.0.1 for the "beyond one machine" tests: Redis and a Chroma server.

Fixtures (this module is a plugin in tests/conftest.py's `pytest_plugins`: name them as parameters)

    chroma_server   (module scope) `chroma run --path <tmp> --host 127.0.0.1 --port <free>`, started
                    from the venv's `chroma` CLI, ready once its heartbeat answers; `.host`, `.port`
    redis_server    (module scope) `redis-server --port <free> --save '' --appendonly no`; the test
                    is skipped when the binary is missing (CI installs it: .ci/run); `.url`
    redis_url       (function scope) the server's URL, its database emptied before the test

Each server is stopped (SIGTERM, then SIGKILL) when its module's tests are done.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.fake_telegram import free_port

CHROMA_CLI = Path(sys.executable).with_name("chroma")


@dataclass
class ServerProcess:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    host: str = "127.0.0.1"
    port: int = 0

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]

    def wait_ready(self, ready: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.output()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{self.name} not ready within {timeout}s:\n{self.output()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start_server(name: str, args: list[str], folder: Path, port: int) -> ServerProcess:
    log = folder / f"{name}.log"
    with log.open("wb") as out:  # a file, not a pipe: the server never blocks on its output
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    return ServerProcess(name, proc, log, port=port)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A Chroma server with its own data folder, ready (heartbeat answered)."""
    if not CHROMA_CLI.exists():
        pytest.skip(f"the chroma CLI is not installed next to {sys.executable}")
    folder = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    args = [str(CHROMA_CLI), "run", "--path", str(folder / "db"), "--host", "127.0.0.1", "--port", str(port)]
    server = start_server("chroma", args, folder, port)
    try:
        server.wait_ready(lambda: _answers(f"http://127.0.0.1:{port}/api/v2/heartbeat"), timeout=60)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A throwaway Redis (nothing saved to disk), ready (PING answered)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server; .ci/run installs it)")
    pytest.importorskip("redis", reason='the redis package is not installed: pip install -e ".[test]"')
    import redis

    folder = tmp_path_factory.mktemp("redis-server")
    port = free_port()
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(folder)]
    server = start_server("redis", args, folder, port)

    def pong() -> bool:
        try:
            return bool(redis.Redis(host="127.0.0.1", port=port, socket_timeout=1).ping())
        except redis.RedisError:
            return False

    try:
        server.wait_ready(pong, timeout=30)
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: ServerProcess) -> str:
    """The test Redis, emptied: every test starts from no shared state."""
    import redis

    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    client.close()
    return redis_server.url
