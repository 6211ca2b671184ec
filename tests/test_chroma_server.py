"""Chroma in client/server mode: a real `chroma run` server, used through HUMASBOT_CHROMA_MODE=http.

The CLI (`python -m bot ingest|search --json`, as subprocesses) and `KnowledgeBase` store and
find chunks on the server, nothing in the local data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.errors import StoreError
from bot.retrieval.knowledge_base import KnowledgeBase
from bot.settings import Settings
from tests.support.fake_telegram import free_port
from tests.support.knowledge import PROJECT_ROOT, SAMPLE_DOCS
from tests.support.local_servers import ServerProcess


def _env(server: ServerProcess, data_dir: Path, knowledge: Path, collection: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUMASBOT_", "TELEGRAM_", "OPENAI_"))}
    env.update({
        "HUMASBOT_CHROMA_MODE": "http",
        "HUMASBOT_CHROMA_HOST": server.host,
        "HUMASBOT_CHROMA_PORT": str(server.port),
        "HUMASBOT_COLLECTION": collection,
        "HUMASBOT_DATA_DIR": str(data_dir),
        "HUMASBOT_KNOWLEDGE_DIR": str(knowledge),
        "HUMASBOT_EMBEDDINGS": "hash",
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p),
    })
    return env


def cli(env: dict[str, str], cwd: Path, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "bot", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return json.loads(done.stdout)


def http_settings(server: ServerProcess, tmp_path: Path, knowledge: Path, collection: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path / "data", knowledge_dir=knowledge, embeddings="hash", collection=collection,
        chroma_mode="http", chroma_host=server.host, chroma_port=server.port,
    )


def test_cli_ingest_and_search_through_the_server(chroma_server, tmp_path, sample_knowledge):
    data_dir = tmp_path / "data"
    env = _env(chroma_server, data_dir, sample_knowledge, "cli")

    first = cli(env, tmp_path, "ingest", "--json")
    assert first["files"] == len(SAMPLE_DOCS) and first["added"] > 0
    assert first["chunks"] == first["added"] and not first["errors"]

    again = cli(env, tmp_path, "ingest", "--json")  # idempotent: nothing new, nothing lost
    assert again["added"] == 0 and again["removed"] == 0
    assert again["unchanged"] == len(SAMPLE_DOCS) and again["chunks"] == first["chunks"]

    found = cli(env, tmp_path, "search", "klarifikasi kabar bohong yang viral", "-k", "3", "--json")
    assert 1 <= len(found["hits"]) <= 3
    assert found["hits"][0]["title"] == "Menanggapi Hoaks di Media Sosial"
    assert found["hits"][0]["path"] == "knowledge/hoaks.md"

    assert not (data_dir / "chroma").exists()  # the vectors live on the server only


def test_knowledge_base_updates_prunes_and_shares_the_server(chroma_server, tmp_path, sample_knowledge):
    settings = http_settings(chroma_server, tmp_path, sample_knowledge, "kb")
    kb = KnowledgeBase(settings)
    report = kb.ingest()
    assert report.new == len(SAMPLE_DOCS) and report.added == kb.count()

    # A second instance (another process, another machine) sees the same chunks.
    other = KnowledgeBase(http_settings(chroma_server, tmp_path / "elsewhere", sample_knowledge, "kb"))
    assert other.count() == kb.count()
    dense = other.search("jam buka dan biaya layanan", k=2, mode="dense")
    assert dense and dense[0].title == "Informasi Jadwal Layanan"

    # A changed file: its new chunk is stored, the stale one deleted; re-ingest is a no-op.
    (sample_knowledge / "nada.md").write_text(
        "# Nada Bahasa yang Ramah\n\nSapa warga dengan hangat dan tutup dengan ajakan yang jelas.\n", encoding="utf-8"
    )
    changed = kb.ingest()
    assert changed.updated == 1 and changed.added >= 1 and changed.removed >= 1
    assert kb.ingest().added == 0

    # A deleted file is pruned from the server.
    (sample_knowledge / "hoaks.md").unlink()
    pruned = kb.ingest(prune=True)
    assert pruned.removed > 0
    assert {d.path for d in other.documents()} == {"knowledge/layanan.md", "knowledge/nada.md"}
    hits = kb.search("sapa warga dengan hangat", k=1)
    assert hits and hits[0].path == "knowledge/nada.md"


def test_no_server_is_a_clear_store_error(tmp_path, knowledge_dir):
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path, knowledge_dir=knowledge_dir, embeddings="hash",
        chroma_mode="http", chroma_host="127.0.0.1", chroma_port=free_port(),
    )
    with pytest.raises(StoreError, match="server Chroma 127.0.0.1"):
        KnowledgeBase(settings).count()
