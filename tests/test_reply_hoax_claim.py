"""Round 19t: a hoax reply cites a draft line only when it is about what the rumour claims, not when it shares
only the draft's subject (the agency every sentence names); a rumour passed on as a warning is asked not to be
spread rather than thanked for asking."""

from __future__ import annotations

import pytest

from bot.core.models import ReplyRequest
from bot.core.reading import read_draft
from bot.offline.reply_hoax import about_the_claim, hoax_reply

DRAFT = (
    "KLARIFIKASI PDAM TIRTA MANDIRI\n\n"
    "Beredar pesan berantai yang menyebut air PDAM akan mati total selama seminggu mulai Senin. "
    "Informasi tersebut tidak benar.\n\n"
    "PDAM hanya menghentikan aliran pada Selasa, 8 Desember 2026 pukul 08.00–14.00 WIB di Kelurahan Sukamaju "
    "untuk penggantian pipa transmisi. Di luar wilayah itu air PDAM mengalir normal.\n\n"
    "Petugas PDAM tidak pernah menagih uang di rumah warga dan selalu membawa kartu identitas.\n\n"
    "Pengaduan: call center PDAM 0261-555123."
)


@pytest.mark.parametrize("line", [
    "Faktanya: petugas PDAM tidak pernah menagih uang di rumah warga dan selalu membawa kartu identitas.",
    "Faktanya: pengaduan lewat call center PDAM 0261-555123.",
])
@pytest.mark.parametrize("comment", [
    "katanya PDAM mau mati seminggu penuh? sodara sy yg kerja di sana bilang",
    "air pdam bakal mati total 7 hari, siap2 nampung air ya",
])
def test_a_line_sharing_only_the_subject_is_not_about_the_claim(comment: str, line: str) -> None:
    assert not about_the_claim(comment, line, DRAFT)


@pytest.mark.parametrize(("comment", "line"), [
    ("katanya PDAM mau mati seminggu penuh? sodara sy yg kerja di sana bilang",
     "Faktanya: air PDAM tidak mati seminggu; aliran hanya dihentikan Selasa pukul 08.00–14.00 WIB."),
    ("ada petugas pdam nagih uang ke rumah2, bener ga tuh?",
     "Faktanya: petugas PDAM tidak pernah menagih uang di rumah warga."),
])
def test_a_line_about_what_the_rumour_names_is(comment: str, line: str) -> None:
    assert about_the_claim(comment, line, DRAFT)


def test_the_outage_rumour_is_not_answered_with_the_fraud_warning() -> None:
    comment = "lah katanya PDAM mau mati total seminggu? temen sy yg kerja di sana bilang gitu"
    reply = hoax_reply(ReplyRequest(comment=comment, context=DRAFT), read_draft(DRAFT), True)[0]
    assert "menagih uang" not in reply


@pytest.mark.parametrize("comment", [
    "kemarin ada yg share katanya telur palsu dari plastik dijual di pasar, waspada bun",
    "hati2 ada kabar vaksin di sekolah bikin demam tinggi, jangan mau",
])
def test_a_rumour_passed_on_is_asked_not_to_be_spread(comment: str) -> None:
    first = hoax_reply(ReplyRequest(comment=comment), None, False)[0]
    assert "bertanya" not in first and "jangan disebarkan" in first and "cek" in first


def test_a_rumour_asked_about_is_thanked_for_asking() -> None:
    first = hoax_reply(ReplyRequest(comment="katanya telur di pasar ada yg palsu dari plastik, bener ga min?"), None,
                       False)[0]
    assert "bertanya" in first
