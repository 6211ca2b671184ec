"""The quality harness measures the shipped service only once its triage model is ready."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import quality


class _Triage:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    def ready(self, notify: Any = None) -> None:
        self.calls.append("triage ready")


class _Service:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls
        self.triage = _Triage(calls)

    def ensure_knowledge(self) -> None:
        self.calls.append("knowledge")


def test_build_waits_for_the_triage_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str] = []
    monkeypatch.setattr(quality, "build_service", lambda settings: _Service(calls))
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path))
    service = quality.build(tmp_path)
    assert calls == ["knowledge", "triage ready"]
    assert isinstance(service, _Service)
