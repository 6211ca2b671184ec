"""A one-shot run (the CLI's `reply`, `demo`) waits for the triage model instead of falling back to the
rules: its process would end before a background training wrote the cache, so every run would answer
with the rules and pay the wait (found on round 11's reply read: 35 s per `reply`, rules only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.core.triage import CommentTriage, Example
from bot.retrieval.embeddings import HashEmbeddings

SMALL = [
    Example("pelayanan kantor kelurahan lambat sekali, berkas saya ditahan seminggu", "complaint", False),
    Example("petugas kelurahan lambat, berkas tertahan terus", "complaint", False),
    Example("dasar pejabat tukang tidur, otaknya ditaruh di dengkul", "abuse", False),
    Example("pejabat tukang tidur semua, otak di dengkul", "abuse", False),
    Example("selamat pagi semua warga desa sukamaju", "other", False),
    Example("pagi warga sukamaju, salam kenal", "other", False),
]


def _bag(texts: list[str]) -> list[list[float]]:
    return HashEmbeddings(64).embed_documents(texts)


def _corpus(path: Path) -> Path:
    path.write_text("".join(json.dumps({"text": e.text, "kind": e.kind, "escalate": e.escalate}) + "\n"
                            for e in SMALL), encoding="utf-8")
    return path


def test_ready_trains_now_says_so_once_and_caches(tmp_path: Path) -> None:
    corpus, cache = _corpus(tmp_path / "c.jsonl"), tmp_path / "cache"
    heard: list[str] = []
    triage = CommentTriage(_bag, model_id="h", corpus=corpus, cache_dir=cache)
    assert not triage.cached()
    assert triage.ready(heard.append) is not None
    assert len(heard) == 1 and "sekali saja" in heard[0]
    assert triage.cached() and len(list(cache.glob("triage-*.npz"))) == 1
    again = CommentTriage(_bag, model_id="h", corpus=corpus, cache_dir=cache)
    assert again.ready(heard.append) is not None and len(heard) == 1  # loaded: nothing to announce


def test_ready_without_an_embedder_is_the_rules_and_silent() -> None:
    heard: list[str] = []
    assert CommentTriage(None).ready(heard.append) is None and heard == []


def test_the_cli_reply_waits_for_the_model_and_leaves_it_cached(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HUMASBOT_EMBEDDINGS", "hash")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    cache = tmp_path / "cache"
    corpus = _corpus(tmp_path / "c.jsonl")

    def triage(*_args: object) -> CommentTriage:
        return CommentTriage(_bag, model_id="h", corpus=corpus, cache_dir=cache)

    monkeypatch.setattr("bot.app.build_triage", triage)
    result = CliRunner().invoke(main, ["reply", "--json", "petugas kelurahan lambat, berkas tertahan"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Menyiapkan pengklasifikasi komentar" in result.stderr
    assert json.loads(result.stdout)["kind"] == "complaint"
    assert len(list(cache.glob("triage-*.npz"))) == 1
