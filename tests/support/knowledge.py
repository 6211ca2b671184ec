"""The sample guidelines, the settings built on them, and an embedder that counts (fixtures).

Every test gets an empty data folder of its own (tests/conftest.py); these give it a knowledge
folder, offline settings and, when asked, three small Indonesian guideline documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from bot.settings import Settings

PROJECT_ROOT = Path(__file__).resolve().parents[2]


# --- settings ------------------------------------------------------------------------


@pytest.fixture()
def knowledge_dir(tmp_path: Path) -> Path:
    """An empty knowledge folder of the test's own (fill it in the test)."""
    path = tmp_path / "knowledge"
    path.mkdir()
    return path


@pytest.fixture()
def settings(tmp_path: Path, knowledge_dir: Path) -> Settings:
    """Offline settings: hash embeddings, data and knowledge folders under tmp_path."""
    return Settings(data_dir=tmp_path / "humasbot-data", knowledge_dir=knowledge_dir, embeddings="hash")


# --- retrieval -----------------------------------------------------------------------

SAMPLE_DOCS: dict[str, str] = {
    "hoaks.md": """---
title: Menanggapi Hoaks di Media Sosial
topic: hoaks
basis: contoh uji
date: 2026-01-01
---

# Menanggapi Hoaks di Media Sosial

## Langkah klarifikasi

Bila sebuah kabar bohong menjadi viral, humas segera memverifikasi faktanya ke unit teknis,
lalu menerbitkan klarifikasi singkat dengan label HOAKS dan tautan ke sumber resmi.
Jangan menyebarluaskan ulang tangkapan layar hoaks tanpa tanda silang.

## Menjawab komentar warganet

Balas komentar yang bertanya dengan sopan dan arahkan ke unggahan klarifikasi.
""",
    "layanan.md": """---
title: Informasi Jadwal Layanan
topic: layanan
---

# Informasi Jadwal Layanan

## Jam buka

Tulis hari, tanggal, jam buka dan jam tutup layanan secara lengkap di kalimat pertama.
Sebutkan biaya: tulis gratis bila memang gratis.

## Syarat dokumen

Sebutkan dokumen yang harus dibawa warga, misalnya KTP dan kartu keluarga.
""",
    "nada.md": """# Nada Bahasa yang Ramah

Gunakan sapaan yang hangat seperti "Halo, warga!" dan hindari bahasa birokrasi yang kaku.
Kalimat pendek lebih mudah dibaca di ponsel. Akhiri dengan ajakan yang jelas.
""",
}


@pytest.fixture()
def sample_knowledge(knowledge_dir: Path) -> Path:
    """The knowledge folder holding three small Indonesian guideline documents."""
    for name, text in SAMPLE_DOCS.items():
        (knowledge_dir / name).write_text(text, encoding="utf-8")
    return knowledge_dir


class CountingEmbeddings(Embeddings):
    """Wraps an embedder and counts the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner = inner
        self.model_id = inner.model_id
        self.document_texts: list[str] = []
        self.query_calls = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.document_texts.extend(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        self.query_calls += 1
        return self.inner.embed_query(text)


@pytest.fixture()
def counting_embedder() -> CountingEmbeddings:
    """Hash embeddings that record every text embedded (`.document_texts`)."""
    from bot.retrieval.embeddings import HashEmbeddings

    return CountingEmbeddings(HashEmbeddings())
