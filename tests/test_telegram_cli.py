"""`humasbot run`: refuses to start without a token (exit 2, Indonesian message)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.errors import BadInput
from bot.settings import Settings
from bot.telegram_app.application import build_application


def test_run_without_token_exits_2(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    assert "TELEGRAM_BOT_TOKEN belum diatur" in result.output


def test_run_help_lists_webhook_options():
    result = CliRunner().invoke(main, ["run", "--help"])
    assert result.exit_code == 0
    for option in ("--webhook-url", "--listen", "--port", "--secret-token"):
        assert option in result.output


def test_build_application_needs_a_token(tmp_path):
    with pytest.raises(BadInput, match="TELEGRAM_BOT_TOKEN"):
        build_application(Settings(data_dir=tmp_path, telegram_bot_token=None), service=None)  # type: ignore[arg-type]
