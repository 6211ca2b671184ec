"""Shared fixtures: the fakes, servers and sample data of `tests/support/`, loaded as plugins.

Every test runs with HUMASBOT_DATA_DIR pointed at its own tmp folder, so no test
touches the user's real data folder. The comment classifier's weights (derived data, keyed by the
corpus and the embedder) are shared by the whole run through HUMASBOT_TRIAGE_CACHE_DIR: trained by the
first app that needs them, loaded by the others (and by the CLI processes tests start).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = [
    "tests.support.knowledge",
    "tests.support.fake_telegram",
    "tests.support.fake_openai",
    "tests.support.local_servers",
]


@pytest.fixture(autouse=True)
def _isolated_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    data_dir = tmp_path / "humasbot-data"
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(data_dir))
    monkeypatch.setenv("ORT_DISABLE_TELEMETRY", "1")
    return data_dir


@pytest.fixture(scope="session", autouse=True)
def _shared_triage_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One triage weights folder for this run; under pytest-xdist, one for all its workers."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "triage-cache"
    folder.mkdir(parents=True, exist_ok=True)
    before = os.environ.get("HUMASBOT_TRIAGE_CACHE_DIR")
    os.environ["HUMASBOT_TRIAGE_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("HUMASBOT_TRIAGE_CACHE_DIR", None)
    else:
        os.environ["HUMASBOT_TRIAGE_CACHE_DIR"] = before
