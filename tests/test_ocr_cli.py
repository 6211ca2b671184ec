"""`humasbot ocr IMAGE [--json]` and the doctor's OCR check."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytesseract
import pytest
from click.testing import CliRunner

from benchmarks.ocr_images import screenshot
from bot.cli import main
from bot.doctor import check_ocr
from bot.settings import Settings


@pytest.fixture
def image(tmp_path: Path) -> tuple[Path, str]:
    sample = screenshot(random.Random(21), platform="facebook", font="sans", dark=False, comments=1)
    path = tmp_path / "komentar.png"
    path.write_bytes(sample.data)
    return path, sample.comment


def test_ocr_json_has_the_contract_fields(image: tuple[Path, str]) -> None:
    result = CliRunner().invoke(main, ["ocr", str(image[0]), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert set(payload) == {"kind", "text", "commenter", "lines", "dark", "seconds", "notes"}
    assert payload["kind"] == "comment"
    assert payload["text"].split()[:3] == image[1].split()[:3]


def test_ocr_prints_the_text(image: tuple[Path, str]) -> None:
    result = CliRunner().invoke(main, ["ocr", str(image[0])], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.startswith("Komentar dari ")
    assert image[1].split()[0] in result.output


def test_ocr_refuses_a_file_that_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "catatan.png"
    path.write_text("bukan gambar", encoding="utf-8")
    result = CliRunner().invoke(main, ["ocr", str(path)])
    assert result.exit_code == 2
    assert "bukan gambar" in result.output


def test_ocr_refuses_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ocr", str(tmp_path / "tidak-ada.png"), "--json"])
    assert result.exit_code == 2
    assert "tidak ditemukan" in result.output


def test_doctor_reports_tesseract_and_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    ok = check_ocr(Settings())
    assert ok["ok"] and not ok["required"] and ok["name"] == "OCR (Tesseract)"
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    missing = check_ocr(Settings())
    assert not missing["ok"]
    assert "apt-get install tesseract-ocr tesseract-ocr-ind" in missing["detail"]
