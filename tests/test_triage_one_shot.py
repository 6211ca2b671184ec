"""A one-shot run (the CLI's `reply`, `demo`) waits for the triage model instead of falling back to the
rules: its process would end before a background training wrote the cache, so every run would answer
with the rules and pay the wait (found on round 11's reply read: 35 s per `reply`, rules only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.core.triage import CommentTriage
from tests.support.triage_corpus import SMALL, bag, write_corpus


def _corpus(path: Path) -> Path:
    return write_corpus(path, SMALL)


def test_ready_trains_now_says_so_once_and_caches(tmp_path: Path) -> None:
    corpus, cache = _corpus(tmp_path / "c.jsonl"), tmp_path / "cache"
    heard: list[str] = []
    triage = CommentTriage(bag, model_id="h", corpus=corpus, cache_dir=cache)
    assert not triage.cached()
    assert triage.ready(heard.append) is not None
    assert len(heard) == 1 and "sekali saja" in heard[0]
    assert triage.cached() and len(list(cache.glob("triage-*.npz"))) == 1
    again = CommentTriage(bag, model_id="h", corpus=corpus, cache_dir=cache)
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
        return CommentTriage(bag, model_id="h", corpus=corpus, cache_dir=cache)

    monkeypatch.setattr("bot.app.build_triage", triage)
    result = CliRunner().invoke(main, ["reply", "--json", "petugas kelurahan lambat, berkas tertahan"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Menyiapkan pengklasifikasi komentar" in result.stderr
    assert json.loads(result.stdout)["kind"] == "complaint"
    assert len(list(cache.glob("triage-*.npz"))) == 1


def test_processes_sharing_one_cache_folder_train_side_by_side(tmp_path: Path) -> None:
    """Several bot processes (or data folders) may share HUMASBOT_TRIAGE_CACHE_DIR: writers racing on
    the same weights never read each other's half-written file, and the older corpus's weights go."""
    import threading

    corpus, cache = _corpus(tmp_path / "c.jsonl"), tmp_path / "shared"
    stale = CommentTriage(bag, model_id="old", corpus=corpus, cache_dir=cache)
    assert stale.ready() is not None and stale.cached()
    racers = [CommentTriage(bag, model_id="h", corpus=corpus, cache_dir=cache) for _ in range(4)]
    threads = [threading.Thread(target=t.prepare) for t in racers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(t.uses_model and t.prepare() is not None for t in racers)
    weights = racers[0].cache_path(_key(corpus))
    assert weights is not None
    assert sorted(p.name for p in cache.iterdir() if p.name != ".triage.lock") == [weights.name]
    assert not stale.cached()


def _key(corpus: Path) -> str:
    from bot.core.triage import corpus_key

    return corpus_key(CommentTriage(bag, model_id="h", corpus=corpus).examples(), "h")


def test_the_cache_folder_is_a_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bot.settings import Settings

    monkeypatch.setenv("HUMASBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HUMASBOT_TRIAGE_CACHE_DIR", raising=False)
    assert Settings().triage_dir == tmp_path / "data" / "triage"
    monkeypatch.setenv("HUMASBOT_TRIAGE_CACHE_DIR", str(tmp_path / "weights"))
    assert Settings().triage_dir == tmp_path / "weights"
