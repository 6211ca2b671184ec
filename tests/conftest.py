"""Shared fixtures: the fakes, servers and sample data of `tests/support/`, loaded as plugins.

Every test runs with HUMASBOT_DATA_DIR pointed at its own tmp folder, so no test
touches the user's real data folder.
"""

from __future__ import annotations

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
