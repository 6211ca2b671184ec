"""A clarification that retells the rumour and denies it in one sentence ("Menanggapi pesan berantai ... yang
menyebutkan bahwa X, Dinas ... menegaskan informasi tersebut TIDAK BENAR"): found on round 11's officer read,
where the post said "Faktanya: <the rumour>". The retold part never leads."""

from __future__ import annotations

from bot.core.models import RewriteRequest
from bot.core.reading import read_draft
from bot.core.reading.extract import sentence_spans
from bot.core.reading.rumour import rumour_spans
from bot.offline.engine import OfflineEngine

DRAFT = (
    "KLARIFIKASI\n\n"
    "Menanggapi pesan berantai yang beredar sejak Senin (19/1) yang menyebutkan bahwa pembayaran iuran sampah "
    "kini wajib melalui petugas RT dengan tarif Rp35.000 per bulan, Dinas Lingkungan Hidup Kota Contoh "
    "menegaskan informasi tersebut TIDAK BENAR.\n\n"
    "Retribusi sampah rumah tangga tetap Rp10.000 per bulan dan dibayarkan bersama tagihan air PDAM. Tidak ada "
    "penarikan tunai oleh petugas RT maupun petugas kebersihan.\n\n"
    "Warga yang didatangi penagih tunai diminta tidak membayar dan melapor ke call center DLH 0548-21234."
)
RUMOUR = "wajib melalui petugas RT dengan tarif Rp35.000"


def test_the_rumour_retold_inside_its_denial_is_a_span_no_clause_of_which_leads() -> None:
    sheet = read_draft(DRAFT)
    assert sheet.kind.value == "clarification"
    assert sheet.lead is not None and RUMOUR not in sheet.lead.text
    spans = rumour_spans(DRAFT, sentence_spans(DRAFT))
    assert any(RUMOUR in DRAFT[s:e] for s, e in spans)


def test_the_post_never_states_the_rumour_as_the_fact() -> None:
    result = OfflineEngine().rewrite(RewriteRequest(draft=DRAFT, platforms=["instagram", "x"]))
    for post in result.posts:
        facts = [line for line in post.text.splitlines() if line.startswith("Faktanya")]
        assert all(RUMOUR not in line for line in facts), post.text
        assert not post.text.startswith("Pembayaran iuran sampah kini wajib"), post.text


def test_a_sentence_without_reported_speech_before_its_denial_gives_no_span() -> None:
    text = "Kabar itu tidak benar. Layanan tetap gratis."
    assert rumour_spans(text, [(0, 22), (23, len(text))]) == []
