"""`humasbot quiz` and `humasbot script` through click's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main

DRAFT = (
    "Pemerintah Kota Contoh membuka layanan perekaman KTP elektronik keliling di Balai Desa Sukamaju "
    "pada Sabtu (14/6/2025) pukul 08.00 WIB. Layanan ini gratis. Warga cukup membawa fotokopi Kartu "
    "Keluarga. Informasi: 0812-3456-7890."
)


@pytest.fixture()
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path / "data"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_quiz_json_from_a_file(cli_env: Path) -> None:
    path = cli_env / "draf.txt"
    path.write_text(DRAFT, encoding="utf-8")
    result = run("quiz", str(path), "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    quiz = payload["quiz"]
    assert quiz["options"][quiz["correct_option_id"]] in ("Gratis", "Cukup bawa fotokopi Kartu Keluarga")
    assert payload["poll"]["options"] and payload["poll_sticker"]["kind"] == "poll"
    assert payload["quiz_sticker"]["correct_option_id"] == quiz["correct_option_id"]


def test_quiz_text_from_standard_input(cli_env: Path) -> None:
    result = run("quiz", input=DRAFT)
    assert result.exit_code == 0, result.output
    assert "== Kuis (Telegram)" in result.stdout and "(benar)" in result.stdout
    assert "Stiker polling Instagram Story" in result.stdout


def test_script_json_and_text(cli_env: Path) -> None:
    payload = json.loads(run("script", "-", "--json", input=DRAFT).stdout)
    assert 15 <= payload["total_seconds"] <= 30 and 3 <= len(payload["scenes"]) <= 5
    text = run("script", input=DRAFT).stdout
    assert text.startswith("== Naskah video (") and "[0-3 dtk] Pembuka" in text and "Rekam:" in text


@pytest.mark.parametrize("command", ["quiz", "script"])
def test_bad_input_is_one_indonesian_line_and_status_2(cli_env: Path, command: str) -> None:
    empty = run(command, "-", "--json", input="   \n")
    assert empty.exit_code == 2
    assert json.loads(empty.stdout)["error"].startswith("Draf kosong")
    missing = run(command, str(cli_env / "tidak-ada.txt"))
    assert missing.exit_code == 2 and "tidak ditemukan" in missing.stderr
    binary = cli_env / "biner.bin"
    binary.write_bytes(b"\x00\x01\x02")
    assert run(command, str(binary)).exit_code == 2


def test_a_meeting_report_explains_why_there_is_no_quiz(cli_env: Path) -> None:
    draft = ("Bupati Contoh menerima audiensi pengurus organisasi kepemudaan di ruang kerjanya, Senin (3/3/2025). "
             "Dalam pertemuan itu kedua pihak bertukar pikiran dan berfoto bersama.")
    result = run("quiz", input=draft)
    assert result.exit_code == 0
    assert "Tidak dibuat:" in result.stdout and "Tanyakan ke OPD pengirim" in result.stdout
