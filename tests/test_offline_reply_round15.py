"""Replies read as an officer would on round 15f's comments (tests/data/quality/replies_round15f.yaml), asserted on a
draft and comments written for this test: a complaint that thanks first and complains after a "tapi" is sorry for
what it complains of, not for what it praised; the thing named ends with its clause and never with "jam" before a
number; what a complaint did not ask is not said to be missing from the draft ("Soal operator, info resminya belum
menyebutkan"), and the draft's "who may take part" answers only a complaint about taking part."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from bot.core.models import ReplyRequest
from bot.offline.complaint import complaint_subject
from bot.offline.engine import OfflineEngine

DRAFT = """Dinas Kelautan dan Perikanan Kabupaten Sikka membuka layanan pembuatan Kartu Pelaku Usaha Kelautan dan \
Perikanan (KUSUKA) gratis bagi nelayan, pembudidaya ikan, dan pengolah hasil perikanan.

Pendaftaran dibuka Senin sampai Jumat pukul 08.00-14.00 WITA di kantor DKP, Jalan Ahmad Yani No. 5, Maumere. \
Layanan ini tidak dipungut biaya. Peserta membawa KTP dan KK.

Yang boleh mendaftar adalah nelayan ber-KTP Kabupaten Sikka.

Keluhan dan pengaduan dapat disampaikan melalui WhatsApp DKP 0812-3456-7001.
"""


def first(comment: str, kind: str = "complaint", escalate: bool = False, context: str = DRAFT) -> str:
    request = ReplyRequest(comment=comment, context=context, guidelines=[], hint_kind=kind,  # type: ignore[arg-type]
                           hint_escalate=escalate)
    result = OfflineEngine().reply(request)
    return result.suggestions[0] if result.suggestions else ""


@pytest.mark.parametrize(
    ("comment", "subject"),
    [
        ("makasih petugas puskesmas ramah2. Tapi tolong lah itu antrean poli gigi, sy datang jam 7",
         "antrean poli gigi"),
        ("pelayanan RSUD kemarin bagus, perawatnya sigap 👍 cuma parkirannya itu lho, jukirnya minta 10rb",
         "parkirannya"),
        ("terima kasih jalannya sudah diaspal, namun lampu jalan di tikungan masih mati",
         "lampu jalan di tikungan"),
        ("jalan desa rusak tapi petugas ga pernah datang", "jalan desa"),
    ],
)
def test_after_thanks_the_subject_is_what_the_complaint_turns_to(comment: str, subject: str) -> None:
    assert complaint_subject(comment) == subject


@pytest.mark.parametrize(
    ("comment", "subject"),
    [
        ("dari subuh sy antri minyak goreng murah, jam 9 diumumin habis", "minyak goreng murah"),
        ("antrean loket samsat, sy datang pagi", "antrean loket samsat"),
        ("pasar ikan tgl 5 tutup", "pasar ikan"),
    ],
)
def test_the_subject_ends_with_its_clause_and_before_a_number(comment: str, subject: str) -> None:
    assert complaint_subject(comment) == subject


def test_what_a_complaint_did_not_ask_is_not_said_missing() -> None:
    ktp = qm.read_draft(qm.DATA / "drafts_extra" / "ext21-02-perekaman-ktp-el-malam-kupang.md").body
    for comment in ("bikin KK baru di kantor desa katanya gratis, tp sama operatornya sy dimintai 50rb 'buat print'",
                    "urus KTP malam2 tetep aja petugasnya minta 20rb buat map"):
        assert "belum menyebutkan" not in first(comment, escalate=True, context=ktp)
    for comment in ("bikin kartu di kantor DKP katanya gratis, tp sama operatornya sy dimintai 50rb 'buat print'",
                    "petugas loket minta uang 25rb buat materai, padahal gratis"):
        reply = first(comment, escalate=True)
        assert "belum menyebutkan" not in reply, reply
        assert "tidak dipungut biaya" in reply.lower() or "gratis" in reply.lower(), reply  # the draft's fee stays


def test_the_drafts_who_answers_only_a_complaint_about_taking_part() -> None:
    unrelated = first("nelayan di sini sudah 2 bulan ga dapet solar subsidi, SPBN tutup terus. anak istri makan apa")
    assert "ber-KTP Kabupaten Sikka" not in unrelated, unrelated
    refused = first("sy nelayan dari kabupaten sebelah, kok ditolak daftar? padahal melaut di sini tiap hari")
    assert "ber-KTP Kabupaten Sikka" in refused, refused
