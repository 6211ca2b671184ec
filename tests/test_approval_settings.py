"""The approval settings from the environment, and `bot.app` choosing the store (SQLite or Redis)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import build_approval_desk, build_workflow_store
from bot.errors import ConfigError
from bot.settings import Settings, load_settings
from bot.workflow.models import Person
from bot.workflow.redis_store import RedisWorkflowStore
from bot.workflow.sqlite_store import SqliteWorkflowStore

ENV = Path(__file__).resolve().parents[1] / ".env.example"


@pytest.mark.parametrize(("value", "expected"), [
    ("", False), ("off", False), ("tidak", False), ("all", True), ("semua", True), ("true", True),
    ("-1001234, 42", [-1001234, 42]), ("[7]", [7]),
])
def test_approval_required_values(monkeypatch: pytest.MonkeyPatch, value: str, expected: object) -> None:
    monkeypatch.setenv("HUMASBOT_APPROVAL_REQUIRED", value)
    assert Settings(_env_file=None).approval_required == expected


@pytest.mark.parametrize(("name", "value", "message"), [
    ("HUMASBOT_APPROVAL_REQUIRED", "kadang", "tulis off, all, atau id obrolan"),
    ("HUMASBOT_APPROVER_IDS", "12,abc", "'abc' bukan id Telegram"),
    ("HUMASBOT_APPROVAL_REMIND_HOURS", "0", "harus lebih dari 0"),
    ("HUMASBOT_TIMEZONE", "Jakarta", "harus nama zona waktu"),
])
def test_bad_approval_settings_are_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=f"Pengaturan {name} tidak sah: {message}"):
        load_settings(_env_file=None)


def test_every_approval_setting_is_in_env_example() -> None:
    example = ENV.read_text(encoding="utf-8")
    for name in ("APPROVER_IDS", "APPROVAL_REQUIRED", "APPROVAL_REMIND_HOURS", "TIMEZONE"):
        assert f"# HUMASBOT_{name}=" in example


def test_the_desk_follows_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in [("APPROVER_IDS", "100,101"), ("ADMIN_IDS", "1"), ("APPROVAL_REQUIRED", "-5"),
                        ("APPROVAL_REMIND_HOURS", "0.5"), ("TIMEZONE", "Asia/Makassar")]:
        monkeypatch.setenv(f"HUMASBOT_{name}", value)
    settings = Settings(_env_file=None)
    desk = build_approval_desk(settings)
    assert isinstance(desk.store, SqliteWorkflowStore) and desk.store.db_path == settings.state_db
    assert desk.approvers_for(-5) == [100, 101] and desk.is_admin(1)
    assert desk.requires_approval(-5) and not desk.requires_approval(-6)
    assert desk.remind_after == timedelta(minutes=30)
    request = desk.submit("Teks unggahan.", "post", -5, Person(id=7, name="Staf"))
    approved = desk.decide(request.id, Person(id=100, name="Kabag"), "approve")
    assert approved.decided_at is not None
    assert desk.notice(approved).endswith(f"{approved.decided_at.astimezone(settings.tz):%H.%M}")


def test_redis_url_means_the_redis_store(redis_url: str) -> None:
    store = build_workflow_store(Settings(_env_file=None, HUMASBOT_REDIS_URL=redis_url))
    assert isinstance(store, RedisWorkflowStore)
    assert store.events() == []
