"""Complaint replies read as an officer would on round 11's fresh comments (docs/quality.md, round 11f):
a complaint's "gimana sih" or "tolong dong" asks for help, not for the draft's opening sentence, its
location line or its first "how"; a levy put as "bener gitu?" gets the official fee; a question asked
outright inside a complaint is still answered."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from bot.core.models import ReplyRequest
from bot.offline.engine import OfflineEngine
from bot.offline.reply import _explicit, _shares_a_word

EXTRA = qm.DATA / "drafts_extra"
FLOOD, MPP, PTSL = "ext17-04", "ext16-01", "ext18-03"


def body(prefix: str) -> str:
    return qm.read_draft(next(EXTRA.glob(f"{prefix}-*.md"))).body


def complaint(comment: str, prefix: str) -> str:
    request = ReplyRequest(comment=comment, context=body(prefix), guidelines=[], hint_kind="complaint")
    return OfflineEngine().reply(request).suggestions[0]


@pytest.mark.parametrize(
    ("comment", "prefix", "channel", "unrelated"),
    [
        ("posko asera udh 2 hari gak ada air bersih min, anak2 mulai gatal2. tolong dong", FLOOD,
         "0821-8877-0112", ["dapur umum", "600 paket"]),
        ("kemarin jam 6 sore dtg ke MPP katanya sistem down, pulang dgn tangan kosong. gimana sih", MPP,
         "0811-5120-7788", ["Mulai Senin, 5 Januari 2026", "Jadwalnya"]),
    ],
)
def test_a_complaints_cry_for_help_gets_the_channel_not_the_drafts_other_facts(
        comment: str, prefix: str, channel: str, unrelated: list[str]) -> None:
    reply = complaint(comment, prefix)
    assert channel in reply
    assert not any(text in reply for text in unrelated), reply


def test_a_levy_put_as_a_question_gets_the_official_fee_and_nothing_about_the_programme() -> None:
    reply = complaint("pak kades minta 500rb per bidang katanya buat patok sama materai, bener gitu?", PTSL)
    assert "Rp150.000 per bidang" in reply
    assert "4.870" not in reply and "Caranya" not in reply


def test_a_question_asked_outright_inside_a_complaint_is_still_answered() -> None:
    reply = complaint("antri di MPP lama bgt. antrinya bisa online?", MPP)
    assert "SIPANDAI" in reply


@pytest.mark.parametrize(
    ("question", "explicit"),
    [("antrinya bisa online?", True), ("bener gitu?", False), ("resmi kah?", False), ("gimana sih", False),
     ("mau minta fogging di lorong kami gmn caranya min", True), ("udh sepinggang air, ngungsi kemana ini", True)],
)
def test_a_question_is_asked_outright_with_a_question_mark_or_a_way_or_place_asked_in_words(
        question: str, explicit: bool) -> None:
    assert _explicit(question) is explicit


def test_an_answer_is_relevant_to_a_complaint_only_by_a_word_beyond_the_common_ones() -> None:
    assert _shares_a_word("Biaya persiapan Rp150.000 per bidang.", "minta 500rb per bidang")
    assert not _shares_a_word("Warga dapat informasi layanan di kantor.", "warga kecewa layanan lambat")
