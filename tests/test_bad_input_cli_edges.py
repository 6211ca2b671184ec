"""The command line at its edges: what is read, how usage errors read, what `doctor` shows.

* Input is checked for its kind and size before it is read, and read in a bounded amount: a
  character device, a FIFO, a huge (sparse) file, endless standard input are refused at once with
  an Indonesian message and exit 2, in a process that could not even hold the input in memory.
* Usage errors (unknown option, missing argument, bad choice, bad number, unknown command, extra
  arguments) are one Indonesian line, and under --json also `{"error": ...}` on stdout; exit 2.
* `doctor` never shows the password of a URL it names; bad settings are one line naming the setting.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.cli
from bot.settings import Settings
from tests.support.bad_input_corpus import error_problem
from tests.support.fake_telegram import free_port
from tests.support.knowledge import PROJECT_ROOT

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and limits")
#: Address space for the refusing process: the interpreter and the CLI fit, a 2 GB input does not.
MEMORY_LIMIT = 1024 * 1024 * 1024
#: Under this limit, the CLI refuses before it builds the service (it needs more than this).
LIMITED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from bot.cli import main
sys.argv = ["humasbot", *sys.argv[1:]]
main()
"""


def refusal(result_stderr: str, result_stdout: str = "", *, as_json: bool = False) -> str:
    """The Indonesian message of a refusal (checked), from stderr and, with --json, stdout."""
    lines = result_stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Galat: "), result_stderr[-2000:]
    message = lines[0].removeprefix("Galat: ")
    assert error_problem(message) is None, error_problem(message)
    if as_json:
        assert json.loads(result_stdout) == {"error": message}, result_stdout
    return message


def run_limited(tmp_path: Path, args: list[str], stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUMASBOT_", "TELEGRAM_", "OPENAI_"))}
    env.update({
        "HUMASBOT_DATA_DIR": str(tmp_path / "data"),
        "HUMASBOT_EMBEDDINGS": "hash",
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p),
        "ORT_DISABLE_TELEMETRY": "1",
    })
    return subprocess.run([sys.executable, "-c", LIMITED.format(limit=MEMORY_LIMIT), *args], env=env, cwd=tmp_path,
                          stdin=stdin if stdin is not None else subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=60)


# --- finding 11: kind and size first, then a bounded read ----------------------------------------
@POSIX
@pytest.mark.parametrize("command", ["rewrite", "audit"])
def test_a_huge_sparse_file_is_refused_without_reading_it(tmp_path: Path, command: str):
    huge = tmp_path / "draf-besar.txt"
    with huge.open("wb") as f:
        f.truncate(2 * 1024**3)  # 2 GB, almost no disk
    done = run_limited(tmp_path, [command, str(huge), "--json"])
    assert done.returncode == 2, done.stderr[-2000:]
    assert "terlalu besar" in refusal(done.stderr, done.stdout, as_json=True)


@POSIX
@pytest.mark.parametrize("args", [["rewrite", "/dev/zero"], ["audit", "/dev/urandom"], ["reply", "x", "--context",
                                                                                          "/dev/zero"]])
def test_a_device_is_refused_as_no_regular_file(tmp_path: Path, args: list[str]):
    done = run_limited(tmp_path, args)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "bukan berkas biasa" in refusal(done.stderr)


@POSIX
@pytest.mark.parametrize("command", [["rewrite", "-"], ["reply", "-"], ["audit"]])
def test_endless_standard_input_is_read_in_a_bounded_amount(tmp_path: Path, command: list[str]):
    with open("/dev/zero", "rb") as zero:
        done = run_limited(tmp_path, command, stdin=zero.fileno())
    assert done.returncode == 2, done.stderr[-2000:]
    assert "terlalu besar" in refusal(done.stderr)


@POSIX
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path):
    fifo = tmp_path / "draf.fifo"
    os.mkfifo(fifo)
    results: list[object] = []
    worker = threading.Thread(
        target=lambda: results.append(CliRunner().invoke(bot.cli.main, ["rewrite", str(fifo)])), daemon=True
    )
    worker.start()
    worker.join(10)
    if worker.is_alive():  # it waits for a writer: give it one (an empty one) so the test can end
        with open(fifo, "wb"):
            pass
        worker.join(10)
        pytest.fail("rewrite waited on a FIFO")
    (result,) = results
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    assert "bukan berkas biasa" in refusal(result.stderr)  # type: ignore[attr-defined]


@POSIX
def test_ingest_of_a_device_or_fifo_says_what_it_is(tmp_path: Path):
    fifo = tmp_path / "pedoman.fifo"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        result = CliRunner().invoke(bot.cli.main, ["ingest", path, "--json"])
        assert result.exit_code == 2, result.output
        assert "bukan berkas biasa" in refusal(result.stderr, result.stdout, as_json=True)


def test_a_long_file_is_refused_by_size_before_the_text_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HUMASBOT_MAX_INPUT_CHARS", "100")
    big = tmp_path / "draf.txt"
    big.write_text("Warga " * 10_000, encoding="utf-8")  # 60 kB for a limit of 100 characters
    result = CliRunner().invoke(bot.cli.main, ["audit", str(big), "--json"])
    assert result.exit_code == 2
    assert "terlalu besar" in refusal(result.stderr, result.stdout, as_json=True)


# --- finding 12: usage errors keep the --json contract, in Indonesian ---------------------------
USAGE_ERRORS = [
    ["search", "--json", "--bogus", "vaksin"],  # unknown option
    ["search", "--jsno", "vaksin"],  # unknown option, near --json (no JSON asked)
    ["search", "--json"],  # missing argument
    ["stats", "--json", "--by", "minggu"],  # bad choice
    ["stats", "--json", "--days", "tiga"],  # not a number
    ["stats", "--json", "--days", "0"],  # out of range
    ["search", "--json", "vaksin", "-k"],  # option without its value
    ["rewrite", "--json", "--tone", "marah"],  # bad choice
    ["audit", "--json", "draf.txt", "lebih"],  # extra argument
    ["tulis", "--json"],  # unknown command
    ["--json", "search", "vaksin"],  # --json before the command
    ["doctor", "--json=ya"],  # a flag given a value
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=lambda a: " ".join(a))
def test_usage_errors_are_indonesian_and_keep_the_json_contract(args: list[str]):
    result = CliRunner().invoke(bot.cli.main, args)
    assert result.exit_code == 2, result.output
    as_json = "--json" in args or any(a.startswith("--json=") for a in args)
    refusal(result.stderr, result.stdout, as_json=as_json)
    if not as_json:
        assert result.stdout == ""


def test_help_and_version_still_work():
    assert CliRunner().invoke(bot.cli.main, ["search", "--help"]).exit_code == 0
    assert CliRunner().invoke(bot.cli.main, ["--version"]).exit_code == 0


# --- finding 15: doctor masks URL passwords ------------------------------------------------------
def test_doctor_masks_every_url_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    password = "pw-SECRET-4242"
    closed = free_port()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "7212345678:AAHsecretTokenForTests_abcdefghijklmn")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", f"http://humas:{password}@127.0.0.1:{closed}")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://humas:{password}@127.0.0.1:{closed}/v1")
    monkeypatch.setenv("HUMASBOT_REDIS_URL", f"redis://:{password}@127.0.0.1:{closed}/0")
    monkeypatch.setenv("HUMASBOT_EMBEDDINGS", "hash")
    for args in (["doctor"], ["doctor", "--json"]):
        result = CliRunner().invoke(bot.cli.main, args)
        assert result.exit_code in (0, 1), result.output
        assert password not in result.output and "AAHsecret" not in result.output, result.output
        assert "humas:***@127.0.0.1" in result.output and ":***@127.0.0.1" in result.output


# --- finding 17: settings, the allow list in particular -----------------------------------------
@pytest.mark.parametrize("value", ["1, 2", "1 2", "1;2", " 1 ,\t2 ", "[1, 2]", "1,,2,"])
def test_an_allow_list_in_any_usual_spelling(monkeypatch: pytest.MonkeyPatch, value: str):
    monkeypatch.setenv("HUMASBOT_ALLOWED_USER_IDS", value)
    assert Settings(_env_file=None).allowed_user_ids == [1, 2]  # type: ignore[call-arg]


@pytest.mark.parametrize("value", ["1, dua", "1.5", "semua", "1_000", "١٢", "0x10", "[1, 'a']"])
def test_a_malformed_allow_list_is_refused_never_opened(monkeypatch: pytest.MonkeyPatch, value: str):
    monkeypatch.setenv("HUMASBOT_ALLOWED_USER_IDS", value)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:TEST")
    for args in (["run"], ["doctor", "--json"]):
        result = CliRunner().invoke(bot.cli.main, args)
        assert result.exit_code == 2, result.output
        message = refusal(result.stderr, result.stdout, as_json="--json" in args)
        assert "HUMASBOT_ALLOWED_USER_IDS" in message
