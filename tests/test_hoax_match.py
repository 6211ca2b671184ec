"""Round 16t: a hoax reply corrects the claim the citizen made, never a different claim the context draft
clarifies (`bot.offline.hoax_match`). Draft and comments written for this test."""

from __future__ import annotations

import pytest

from bot.core.models import ReplyRequest
from bot.offline.engine import OfflineEngine
from bot.offline.hoax_match import addresses_claim, harm_stems, named_things

DRAFT = """Perumda Air Minum Tirta Lestari Kabupaten Contoh menegaskan pesan berantai yang menyebut air PDAM \
tercemar bakteri E. coli setelah banjir tidak benar.
Hasil uji laboratorium Dinas Kesehatan pada Senin (9/3/2026) menunjukkan air di seluruh jaringan memenuhi baku mutu \
air minum dan tidak mengandung bakteri berbahaya.
"Kami mengimbau warga tidak menyebarkan pesan yang belum jelas sumbernya," kata Direktur Utama Perumda, Rahmat \
Hidayat.
Pengaduan layanan air dapat disampaikan melalui WhatsApp 0812-7000-1122.
"""


def first(comment: str, escalate: bool = True) -> str:
    request = ReplyRequest(comment=comment, context=DRAFT, guidelines=[], hint_kind="hoax",  # type: ignore[arg-type]
                           hint_escalate=escalate)
    result = OfflineEngine().reply(request)
    return result.suggestions[0] if result.suggestions else ""


@pytest.mark.parametrize("comment", [
    "katanya air pdam skrg ada bakteri e coli abis banjir, bener ga min?",
    "di grup RT rame: air PDAM tercemar bakteri, jangan diminum dulu",
])
def test_the_claim_the_draft_clarifies_is_corrected_with_its_facts(comment: str) -> None:
    assert addresses_claim(comment, DRAFT)
    reply = first(comment)
    assert "baku mutu" in reply or "tidak benar" in reply.lower()


@pytest.mark.parametrize("comment", [
    "Beredar pesan air PDAM dicampur racun tikus sama oknum, jgn diminum!!",
    "katanya air pdam bikin ginjal rusak krn kebanyakan kaporit",
    "dengar2 pipa pdam di kelurahan kami mau meledak krn tekanan",
])
def test_another_claim_on_the_same_topic_is_checked_not_answered_with_the_clarification(comment: str) -> None:
    assert not addresses_claim(comment, DRAFT)
    reply = first(comment)
    assert "bakteri" not in reply and "baku mutu" not in reply and "tidak benar" not in reply.lower()
    assert "cek" in reply or "periksa" in reply


@pytest.mark.parametrize(("comment", "names"), [
    ("bener gak gunung dempo mau meletus minggu ini?", {"dempo"}),
    ("katanya bendungan batu tegi retak", {"batu"}),
    ("warga sleman disuruh ngungsi malam ini", {"sleman"}),
    ("jembatan baru di kota mau ambruk", set()),
])
def test_named_things_are_names_not_ordinary_words(comment: str, names: set[str]) -> None:
    assert named_things(comment) == names


def test_an_eruption_report_of_another_volcano_is_no_answer() -> None:
    draft = ("Pos Pengamatan Gunung Api Lewotobi mencatat erupsi Gunung Lewotobi Laki-laki pada Kamis pagi. Warga "
             "Desa Klatanlo dievakuasi ke posko pengungsian.")
    assert not addresses_claim("gunung dempo mau meletus besar malam ini, semua harus ngungsi", draft)
    assert addresses_claim("katanya lewotobi erupsi lagi ya? warga klatanlo dievakuasi?", draft)
    assert harm_stems("vaksin campak bikin mandul") >= {"mandul"}
