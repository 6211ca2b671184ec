"""A reply cites the guidelines that shaped it: its kind's topics, never a word-alike (issue 11).

Comments here are written for these tests; none is an item of the quality data set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_service
from bot.core.guideline_queries import REPLY_TOPICS
from bot.core.services import HumasService
from bot.settings import Settings

#: One comment per kind, written for this test.
COMMENTS = {
    "question": "kapan pendaftaran beasiswa dibuka lagi min?",
    "complaint": "jalan depan pasar berlubang sudah tiga bulan, tidak ada yang memperbaiki",
    "hoax": "katanya air PDAM tercemar limbah pabrik, jangan diminum, sebarkan!",
    "praise": "terima kasih petugas kebersihan, taman kota jadi rapi sekali",
    "abuse": "dasar pejabat fungsional tidak becus, kerja cuma foto-foto",
    "spam": "mau cuan cepat? main slot gacor di situs kami, link di bio",
    "political": "pilih calon nomor dua ya, yang lain tidak becus",
    "personal_data": "ini NIK saya 3201010101010001 tolong dicek bantuan saya",
    "other": "@budi lihat ini",
}


@pytest.fixture(scope="module")
def shipped() -> HumasService:
    service = build_service(Settings(embeddings="hash", openai_api_key=None, openai_base_url=None))
    service.ensure_knowledge()
    return service


@pytest.mark.parametrize("kind", sorted(REPLY_TOPICS))
def test_each_kind_cites_its_template_and_only_its_own_topics(shipped: HumasService, kind: str) -> None:
    hits = shipped._reply_guidelines(kind, COMMENTS[kind])
    topics = {hit.topic for hit in hits}
    assert hits and len(hits) <= shipped.settings.top_k
    assert topics <= set(REPLY_TOPICS[kind]), topics
    assert "templat-balasan" in topics, topics  # the kind's template is always among them


def test_a_reply_cites_only_guidelines_of_its_kind(shipped: HumasService) -> None:
    result = shipped.reply(COMMENTS["abuse"])
    wanted = {"09", "10", "13"}  # general rules, templates, escalation
    assert result.sources
    assert all(Path(s.path).name.split("-")[0] in wanted for s in result.sources), result.sources


def test_a_shared_word_does_not_pull_in_an_unrelated_guideline(shipped: HumasService) -> None:
    # "pranata humas" and "jabatan fungsional" are the career guideline's own words; the comment is an insult
    comment = "pranata humas jabatan fungsional angka kredit kalian tidak berguna, dasar bodoh"
    assert any(hit.topic == "pranata-humas" for hit in shipped.search(comment)), "the word does match it"
    topics = {hit.topic for hit in shipped._reply_guidelines("abuse", comment)}
    assert "pranata-humas" not in topics
    assert topics <= set(REPLY_TOPICS["abuse"])


def _service(tmp_path: Path, docs: dict[str, str]) -> HumasService:
    knowledge = tmp_path / "kb"
    knowledge.mkdir()
    for name, text in docs.items():
        (knowledge / name).write_text(text, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", knowledge_dir=knowledge, embeddings="hash",
                        openai_api_key=None, openai_base_url=None)
    service = build_service(settings)
    service.ensure_knowledge()
    return service


RECIPE = """---
title: Resep Sayur Asem
topic: resep-masakan
---

# Resep Sayur Asem

Rebus asam, jagung, labu siam dan kacang panjang. Pasar tradisional menjual semua bahannya.
Harga bahan di pasar naik menjelang lebaran.
"""

TEMPLATE = """---
title: Templat Balasan Keluhan
topic: templat-balasan
---

# Templat Balasan Keluhan

Ucapkan terima kasih, akui masalahnya, sebutkan tindak lanjut dan kanal pengaduan resmi.
"""


def test_the_floor_drops_a_word_alike_of_another_topic(tmp_path: Path) -> None:
    service = _service(tmp_path, {"resep.md": RECIPE, "templat.md": TEMPLATE})
    comment = "harga bahan di pasar naik terus, pasar tradisional kotor"
    assert any(hit.topic == "resep-masakan" for hit in service.search(comment))
    hits = service._reply_guidelines("complaint", comment)
    assert [hit.topic for hit in hits] and {hit.topic for hit in hits} == {"templat-balasan"}


def test_none_rather_than_a_wrong_one(tmp_path: Path) -> None:
    service = _service(tmp_path, {"resep.md": RECIPE})
    assert service._reply_guidelines("complaint", "harga bahan di pasar naik terus") == []
    assert service.reply("harga bahan di pasar naik terus").sources == []


def test_an_uploaded_guideline_with_a_reply_topic_is_cited(tmp_path: Path) -> None:
    own = TEMPLATE.replace("topic: templat-balasan", "topic: klarifikasi-hoaks").replace(
        "Templat Balasan Keluhan", "Klarifikasi Kabar Bohong Daerah")
    service = _service(tmp_path, {"resep.md": RECIPE, "klarifikasi.md": own})
    hits = service._reply_guidelines("hoax", "katanya harga beras naik karena gudang terbakar, hoaks?")
    assert [hit.title for hit in hits] == ["Klarifikasi Kabar Bohong Daerah"]


def test_a_knowledge_base_without_topics_is_ranked_as_before(tmp_path: Path) -> None:
    plain = "# Panduan\n\nBalas keluhan warga dengan sopan dan arahkan ke kanal pengaduan.\n"
    service = _service(tmp_path, {"panduan.md": plain})
    assert [hit.title for hit in service._reply_guidelines("complaint", "keluhan jalan rusak")] == ["Panduan"]
