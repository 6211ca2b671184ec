"""The CLI contract, driven through click's test runner on the real core (offline engine)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.core.models import PLATFORMS

DRAFT = (
    "Wali Kota Contoh, Bapak H. Budi Santoso, S.E., M.Si., menghadiri rapat koordinasi "
    "bertempat di Ruang Rapat Balai Kota, Senin (12/5/2025). Dalam rapat tersebut diputuskan "
    "bahwa layanan perpanjangan SIM keliling gratis dibuka di Taman Merdeka pada Sabtu, 17 Mei 2025 "
    "pukul 08.00-12.00 WIB. Warga cukup membawa KTP asli dan SIM lama."
)


@pytest.fixture()
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HUMASBOT_EMBEDDINGS", "hash")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    return tmp_path


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def as_json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_is_idempotent(cli_env: Path) -> None:
    first = as_json(run("ingest", "--json"))
    assert first["added"] > 0 and first["chunks"] == first["added"]
    second = as_json(run("ingest", "--json"))
    assert second["added"] == 0 and second["chunks"] == first["chunks"]


def test_search_returns_hits_with_sources(cli_env: Path) -> None:
    payload = as_json(run("search", "batas karakter caption Instagram", "-k", "3", "--json"))
    assert 1 <= len(payload["hits"]) <= 3
    for hit in payload["hits"]:
        assert set(hit) == {"title", "path", "text", "score"}
        assert hit["path"].startswith("knowledge/") and hit["title"]


def test_rewrite_json_contract(cli_env: Path) -> None:
    draft_file = cli_env / "draft.txt"
    draft_file.write_text(DRAFT, encoding="utf-8")
    payload = as_json(run("rewrite", str(draft_file), "--json"))
    assert payload["engine"] == "offline"
    assert [p["platform"] for p in payload["posts"]] == list(PLATFORMS)
    for post in payload["posts"]:
        assert {"platform", "text", "hashtags", "char_count", "limit"} <= set(post)
        assert 0 < post["char_count"] <= post["limit"]
        assert "menghadiri" not in post["text"]
    assert payload["fact_check"]["ok"] is True and payload["fact_check"]["invented"] == []
    # the offline engine was given every retrieved chunk: the verdict names them, and they are the sources
    grounding = payload["fact_check"]["grounding"]
    assert grounding and {cid.split("#")[0] for cid in grounding} == {s["path"] for s in payload["sources"]}
    assert payload["sources"] and all({"title", "path"} <= set(s) for s in payload["sources"])
    assert any("offline" in w.lower() for w in payload["warnings"])


def test_rewrite_from_stdin_single_platform(cli_env: Path) -> None:
    payload = as_json(run("rewrite", "-", "--platform", "x", "--json", input=DRAFT))
    (post,) = payload["posts"]
    assert post["platform"] == "x" and post["char_count"] <= 280


def test_rewrite_human_output(cli_env: Path) -> None:
    result = run("rewrite", "-", "--platform", "instagram", input=DRAFT)
    assert result.exit_code == 0
    assert "Instagram" in result.stdout and "Sumber:" in result.stdout


def test_reply_json_contract(cli_env: Path) -> None:
    payload = as_json(run("reply", "Min, jalan di depan pasar rusak parah sudah 3 bulan, kapan diperbaiki?", "--json"))
    assert {"engine", "kind", "escalate", "reason", "suggestions", "sources"} <= set(payload)
    assert payload["kind"] in ("complaint", "question")
    assert 1 <= len(payload["suggestions"]) <= 3


def test_reply_uses_context_file(cli_env: Path) -> None:
    context = cli_env / "info.txt"
    context.write_text("Pendaftaran beasiswa dibuka sampai 30 Juni 2025 di kantor kelurahan.", encoding="utf-8")
    payload = as_json(run("reply", "Kapan batas pendaftaran beasiswa?", "--context", str(context), "--json"))
    assert payload["kind"] == "question"
    assert any("30 Juni 2025" in s for s in payload["suggestions"])


def test_reply_from_stdin(cli_env: Path) -> None:
    payload = as_json(run("reply", "-", "--json", input="Terima kasih Pemkot, pelayanannya cepat sekali!"))
    assert payload["kind"] == "praise"


def test_audit_json_contract(cli_env: Path) -> None:
    payload = as_json(run("audit", "-", "--json", input=DRAFT))
    assert set(payload) >= {"score", "findings"}
    assert 0 <= payload["score"] < 80
    rules = {f["rule"] for f in payload["findings"]}
    assert "ceremonial_opener" in rules
    for finding in payload["findings"]:
        assert set(finding) >= {"rule", "severity", "message", "source"}


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("rewrite", "-"), ""),
        (("rewrite", "-"), "   \n\t  "),
        (("rewrite", "-"), "x" * 50_000),
        (("rewrite", "-"), b"\x00\x01\x02binary"),
        (("rewrite", "-"), b"\xff\xfe\xfa not utf-8"),
        (("reply", ""), None),
        (("reply", "\U0001F600\U0001F600"), None),
        (("audit", "-"), "\u200b\u200b\u200b"),
        (("rewrite", "missing-file.txt"), None),
        (("rewrite", "."), None),
        (("search", "   "), None),
    ],
)
def test_bad_input_exits_2_with_indonesian_message(cli_env: Path, args: tuple[str, ...], stdin) -> None:
    result = run(*args, "--json", input=stdin)
    assert result.exit_code == 2, result.output
    assert "Galat:" in result.stderr
    message = json.loads(result.stdout)["error"]
    assert any(
        word in message
        for word in ("kosong", "terlalu panjang", "biner", "UTF-8", "tidak ditemukan", "folder", "kata")
    )


def test_unknown_platform_is_rejected_by_cli(cli_env: Path) -> None:
    result = run("rewrite", "-", "--platform", "myspace", input=DRAFT)
    assert result.exit_code == 2


def test_chat_session_rewrites_and_quits(cli_env: Path) -> None:
    script = f"1\n{DRAFT}\n\nx\n2\nTerima kasih, mantap!\n\n9\n0\n"
    result = run("chat", input=script)
    assert result.exit_code == 0
    assert "Mesin: offline" in result.stdout
    assert "=== X (" in result.stdout
    assert "Pujian" in result.stdout
    assert "Pilihan tidak dikenal" in result.stdout
    assert result.stdout.rstrip().endswith("Sampai jumpa.")


def test_doctor_reports_offline_engine(cli_env: Path) -> None:
    run("ingest")
    result = run("doctor", "--json")
    payload = json.loads(result.stdout)
    names = {c["name"]: c for c in payload["checks"]}
    assert names["Basis pengetahuan"]["ok"]
    assert "offline" in names["Model bahasa"]["detail"]
    assert result.exit_code == 0


def test_python_dash_m_bot_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, check=True)
    assert "rewrite" in out.stdout and "reply" in out.stdout


# --- platforms: repeats, comma lists, all ----------------------------------------------


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["-p", "instagram", "-p", "x"], ["instagram", "x"]),
        (["-p", "instagram,x"], ["instagram", "x"]),
        (["--platform", "X, tiktok", "-p", "wa"], ["x", "tiktok", "whatsapp"]),
        (["-p", "x", "-p", "x,instagram"], ["x", "instagram"]),
        (["-p", "instagram", "-p", "all"], list(PLATFORMS)),
        ([], list(PLATFORMS)),
    ],
)
def test_rewrite_platforms_repeat_and_comma_lists(cli_env: Path, options: list[str], expected: list[str]) -> None:
    payload = as_json(run("rewrite", "-", *options, "--json", input=DRAFT))
    assert [p["platform"] for p in payload["posts"]] == expected


def test_unknown_platform_in_a_list_is_named(cli_env: Path) -> None:
    result = run("rewrite", "-", "-p", "instagram,myspace", "-p", "x", "--json", input=DRAFT)
    assert result.exit_code == 2
    message = json.loads(result.stdout)["error"]
    assert "'myspace' tidak dikenal" in message and "instagram" in message
    assert "Traceback" not in result.output
    assert "Basis pengetahuan disiapkan" not in result.stderr, "told before a first run's ingest"


def test_chat_rewrite_takes_a_platform_list(cli_env: Path) -> None:
    result = run("chat", input=f"1\n{DRAFT}\n\ninstagram, x\n1\n{DRAFT}\n\ninstagram,myspace\n0\n")
    assert result.exit_code == 0, result.output
    first, second = result.stdout.split("Platform 'myspace' tidak dikenal; memakai semua platform.")
    assert "=== Instagram (" in first and "=== X (" in first and "=== Facebook (" not in first
    assert "=== Facebook (" in second and "=== TikTok (" in second


# --- a missing or empty knowledge folder is an error ------------------------------------


def _error(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "Galat:" in result.stderr
    return json.loads(result.stdout)["error"]


@pytest.mark.parametrize("state", ["missing", "empty", "unsupported files only"])
def test_ingest_of_a_knowledge_folder_without_guidelines_exits_2(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, state: str
) -> None:
    folder = cli_env / "pedoman"
    if state != "missing":
        folder.mkdir()
    if state == "unsupported files only":
        (folder / "README.md").write_text("# Tentang folder ini", encoding="utf-8")
        (folder / "tabel.xlsx").write_bytes(b"PK\x03\x04")
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(folder))
    message = _error(run("ingest", "--json"))
    assert str(folder) in message
    assert ("tidak ditemukan" if state == "missing" else "tidak berisi pedoman") in message


def test_ingest_of_an_explicit_folder_without_supported_files_exits_2(cli_env: Path) -> None:
    folder = cli_env / "lampiran"
    folder.mkdir()
    (folder / "foto.png").write_bytes(b"\x89PNG\r\n")
    message = _error(run("ingest", str(folder), "--json"))
    assert str(folder) in message and "tidak berisi berkas yang didukung" in message
    assert as_json(run("search", "batas karakter", "--json"))["hits"], "the shipped knowledge is still ingested"


@pytest.mark.parametrize("command", [("rewrite", "-"), ("search", "caption"), ("reply", "Kapan dibuka?")])
def test_first_run_auto_ingest_of_an_empty_folder_exits_2(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    folder = cli_env / "kosong"
    folder.mkdir()
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(folder))
    message = _error(run(*command, "--json", input=DRAFT))
    assert str(folder) in message


def test_first_run_auto_ingest_that_stores_nothing_exits_2(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = cli_env / "rusak"
    folder.mkdir()
    (folder / "pedoman.pdf").write_bytes(b"bukan pdf")
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(folder))
    message = _error(run("rewrite", "-", "--json", input=DRAFT))
    assert str(folder) in message and "pedoman.pdf" in message and "kosong" in message


def test_demo_with_an_empty_knowledge_folder_exits_2(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = cli_env / "kosong"
    folder.mkdir()
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(folder))
    result = run("demo", "--no-chat")
    assert result.exit_code == 2, result.output
    assert f"Galat: Folder pengetahuan '{folder}' tidak berisi pedoman" in result.stderr
    assert "== 2. Draf asli" not in result.stdout


def test_files_given_beside_an_empty_knowledge_folder_are_ingested(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An existing empty folder may be meant (only these files are to be known); a missing one is a mistake."""
    note = cli_env / "catatan.md"
    note.write_text("# Jadwal Layanan\n\nLayanan SIM keliling dibuka setiap Sabtu pukul 08.00 WIB.\n", encoding="utf-8")
    empty = cli_env / "kosong"
    empty.mkdir()
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(empty))
    report = as_json(run("ingest", str(note), "--json"))
    assert report["files"] == 1 and report["added"] >= 1
    monkeypatch.setenv("HUMASBOT_KNOWLEDGE_DIR", str(cli_env / "salah-ketik"))
    message = _error(run("ingest", str(note), "--json"))
    assert str(cli_env / "salah-ketik") in message and "tidak ditemukan" in message


def test_audit_platform_is_one_name_any_case_and_refused_in_indonesian(cli_env: Path) -> None:
    assert as_json(run("audit", "-", "-p", "X", "--json", input=DRAFT))["platform"] == "x"
    for bad in ("myspace", "instagram,x"):
        message = _error(run("audit", "-", "-p", bad, "--json", input=DRAFT))
        assert f"Platform '{bad}' tidak dikenal. Pilih satu" in message
