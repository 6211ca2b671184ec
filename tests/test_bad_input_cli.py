"""Bad input through the command line (click's CliRunner, the real commands).

Arguments, standard input and files carry the corpus. Every run ends with exit status 0 and a
result, or exit status 2 and "Galat: <clear Indonesian message>" (with --json, also
{"error": ...} on stdout); never a traceback. Bad knowledge files change nothing stored.
The service is built once and shared by the runs (building it is not what is tested here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.cli
from bot.app import build_service
from bot.retrieval.embeddings import HashEmbeddings
from bot.settings import Settings
from tests.support.bad_input_corpus import error_problem, file_corpus, output_problem, sample, text_corpus
from tests.support.knowledge import SAMPLE_DOCS

MAX_UPLOAD = 4096
CORPUS = text_corpus()


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("bad-cli")
    knowledge = root / "knowledge"
    knowledge.mkdir()
    for name, text in SAMPLE_DOCS.items():
        (knowledge / name).write_text(text, encoding="utf-8")
    settings = Settings(
        _env_file=None, data_dir=root / "data", knowledge_dir=knowledge, embeddings="hash", max_upload_bytes=MAX_UPLOAD
    )
    service = build_service(settings, embedder=HashEmbeddings())
    service.ingest()
    return settings, service


@pytest.fixture()
def cli(shared, monkeypatch: pytest.MonkeyPatch):
    settings, service = shared

    class SharedCtx(bot.cli.Ctx):
        def __init__(self) -> None:
            super().__init__()
            self._settings, self._service = settings, service

    monkeypatch.setattr(bot.cli, "Ctx", SharedCtx)
    return service


class Tally:
    def __init__(self) -> None:
        self.runs = 0
        self.ok = 0
        self.refused = 0
        self.failures: list[str] = []

    def invoke(self, label: str, args: list[str], stdin: bytes | None = None) -> None:
        self.runs += 1
        result = CliRunner().invoke(bot.cli.main, args, input=stdin, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            self.failures.append(f"{label}: CRASH {type(result.exception).__name__}: {result.exception}"[:300])
            return
        as_json = "--json" in args
        if result.exit_code == 0:
            self.ok += 1
            text = result.stdout
            if as_json:
                try:
                    json.loads(text)
                except ValueError:
                    self.failures.append(f"{label}: stdout is not one JSON object: {text[:200]!r}")
                    return
            if problem := output_problem(text):
                self.failures.append(f"{label}: {problem}")
            return
        if result.exit_code != 2:
            self.failures.append(f"{label}: exit status {result.exit_code}: {result.output[:200]!r}")
            return
        self.refused += 1
        err = result.stderr.strip()
        if not err.startswith("Galat: "):
            self.failures.append(f"{label}: stderr is not 'Galat: ...': {err[:200]!r}")
            return
        if problem := error_problem(err.removeprefix("Galat: ")):
            self.failures.append(f"{label}: {problem}")
        if as_json and json.loads(result.stdout).get("error") != err.removeprefix("Galat: "):
            self.failures.append(f"{label}: --json did not print the error object")


def _bytes(text: str) -> bytes:
    """What a terminal would send: UTF-8, lone surrogates as invalid bytes."""
    return text.encode("utf-8", "surrogatepass")


def test_text_corpus_through_the_cli(cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tally = Tally()
    cases = sample(CORPUS, 360, seed=11)
    for n, case in enumerate(cases):
        label = case.label()
        kind = n % 5
        if kind == 0:  # the comment as an argument ("--": a text starting with "-" is not an option)
            tally.invoke(label + " reply arg", ["reply", "--json", "--", case.text])
        elif kind == 1:  # the comment on standard input
            tally.invoke(label + " reply stdin", ["reply", "-"], stdin=_bytes(case.text))
        elif kind == 2:  # the draft in a file
            path = tmp_path / f"draf-{case.index}.txt"
            path.write_bytes(_bytes(case.text))
            tally.invoke(label + " rewrite file", ["rewrite", str(path), "--platform", "x", "--json"])
        elif kind == 3:
            tally.invoke(label + " audit stdin", ["audit", "-", "--json"], stdin=_bytes(case.text))
        else:
            tally.invoke(label + " search arg", ["search", "--json", "--", case.text])
    with capsys.disabled():
        print(f"\n[bad input] CLI: {tally.runs} runs of reply/rewrite/audit/search "
              f"({tally.ok} answered, {tally.refused} refused with status 2)")
    assert not tally.failures, "\n".join(tally.failures[:40])
    assert tally.refused >= 50 and tally.ok >= 50


def test_bad_files_through_the_cli(cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tally = Tally()
    before = sorted(r.id for r in cli.knowledge.store.records(with_text=False))
    files = file_corpus(MAX_UPLOAD)
    for case in files:
        path = tmp_path / case.name
        path.write_bytes(case.data)
        tally.invoke(case.label() + " ingest", ["ingest", str(path), "--json"])
        if case.category == "malformed_utf8":  # a draft or a context that is no UTF-8
            tally.invoke(case.label() + " rewrite", ["rewrite", str(path), "--json"])
            tally.invoke(case.label() + " reply --context", ["reply", "Kapan jadwalnya?", "--context", str(path)])
    for missing in ("tidak-ada.txt", str(tmp_path)):
        tally.invoke(f"missing {missing}", ["rewrite", missing])
        tally.invoke(f"missing {missing}", ["audit", missing, "--json"])
    tally.invoke("missing ingest", ["ingest", "tidak-ada.md"])
    tally.invoke("binary stdin", ["reply", "-"], stdin=b"\x00\x01\x02 biner")
    tally.invoke("broken stdin", ["rewrite", "-"], stdin=b"\xff\xfe\xfd draf")
    tally.invoke("empty stdin", ["audit", "-"], stdin=b"")
    after = sorted(r.id for r in cli.knowledge.store.records(with_text=False))
    with capsys.disabled():
        print(f"\n[bad input] CLI: {tally.runs} runs with bad files, paths and standard input")
    assert not tally.failures, "\n".join(tally.failures[:40])
    assert tally.ok == 0, "a bad file was accepted"
    assert after == before
