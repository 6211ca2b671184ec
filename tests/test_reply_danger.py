"""A reply to an escalated report of danger leads with safety, not with an apology (round 17t)."""

from __future__ import annotations

import re

import pytest

from bot.core.fact_check import check_facts
from bot.core.models import ReplyRequest
from bot.offline.reply import build_reply
from bot.offline.reply_danger import danger_advice


def _replies(comment: str, escalate: bool, tone: str = "friendly") -> list[str]:
    request = ReplyRequest(comment=comment, tone=tone, hint_kind="complaint", hint_escalate=escalate,  # type: ignore[arg-type]
                           hint_reason="x")
    return build_reply(request).suggestions


@pytest.mark.parametrize(("comment", "step"), [
    ("air laut pasang masuk rumah sampe pinggang, nenek ga bisa jalan", "tempat yang lebih tinggi"),
    ("rob di kampung nelayan makin tinggi, rumah2 kerendem dari subuh", "tempat yang lebih tinggi"),
    ("kabel listrik putus nyentuh pagar sekolah, ada yg urus ga??", "jauhi kabel"),
    ("tiang PLN depan masjid condong, trafonya bunyi terus", "jauhi kabel"),
    ("bau gas menyengat di gang kami dari sore, normal ga sih?", "jangan menyalakan api"),
    ("tebing di atas rumah warga mulai retak dan tanahnya bergeser", "jauhi lereng"),
    ("anak2 muntah dan diare abis makan siang program di sekolah", "simpan sisa makanan"),
    ("nasi kotak dari dapur umum bikin lansia mual dan pusing semalaman", "simpan sisa makanan"),
    ("sudah 5 anak kena campak di dusun kami, satu kejang", "puskesmas atau rumah sakit"),
    ("atap kelas udah melendut, nunggu ambruk pas anak belajar?", "rawan roboh"),
])
def test_an_escalated_danger_leads_with_the_safety_step(comment: str, step: str) -> None:
    for tone in ("formal", "friendly", "casual"):
        replies = _replies(comment, True, tone)
        assert replies, comment
        for reply in replies:
            assert not reply.lower().startswith(("mohon maaf", "kak, mohon maaf", "duh, maaf")), reply
            assert "ketidaknyamanan" not in reply, reply
        assert step in replies[0], (tone, replies[0])
        assert "layanan darurat" in replies[0]
        # no number the comment does not give: the emergency service is named, not dialled from memory
        assert not re.search(r"\d", replies[0]), replies[0]
        assert check_facts("\n".join(replies), [comment]).ok, replies


@pytest.mark.parametrize("comment", [
    "jalan desa bolong2 dua tahun, tiap hujan jadi kolam",
    "antrean dukcapil dari pagi sampe siang, blanko habis",
    "drainase mampet, tiap hujan 15 menit banjir sedengkul di depan toko",
])
def test_an_ordinary_complaint_still_says_sorry(comment: str) -> None:
    assert "maaf" in _replies(comment, False)[0].lower()


def test_a_levy_is_no_danger() -> None:
    reply = _replies("BLT sy dipotong 100rb sama perangkat desa, katanya uang lelah. roboh sudah kepercayaan", True)
    assert "Utamakan keselamatan" not in reply[0]


@pytest.mark.parametrize("comment", [
    "pelayanan loket samsat lambat sekali, nunggu 4 jam",
    "guru honorer belum digaji 5 bulan",
])
def test_no_danger_named_no_safety_advice(comment: str) -> None:
    assert danger_advice(comment) == ""


_CONTEXT = ("Warga yang mengalami gangguan listrik dapat melapor melalui Call Center PLN 123 atau aplikasi PLN Mobile. "
            "Posko pengungsian dibuka di Kantor Camat Uepai dan SMP Negeri 1 Unaaha.")


@pytest.mark.parametrize(("comment", "step", "answer"), [
    ("min kabel listrik putus jatuh ke jalan depan SD, masih nyala kayaknya. lapor kemana cepet??", "jauhi kabel",
     "Call Center PLN"),
    ("posko pengungsian masih nerima org kah? rumah kami mulai kemasukan air ini", "tempat yang lebih tinggi",
     "Kantor Camat Uepai"),
    ("posko pengungsian di mana ya? rumah kami kerendam dr semalam, ada bayi", "tempat yang lebih tinggi",
     "Kantor Camat Uepai"),
])
def test_an_escalated_question_about_a_danger_leads_with_safety_then_answers(comment: str, step: str,
                                                                           answer: str) -> None:
    for tone in ("formal", "friendly", "casual"):
        request = ReplyRequest(comment=comment, tone=tone, context=_CONTEXT, hint_kind="question",  # type: ignore[arg-type]
                               hint_escalate=True, hint_reason="x")
        replies = build_reply(request).suggestions
        assert step in replies[0] and "layanan darurat" in replies[0], replies[0]
        assert replies[0].index(step) < replies[0].index(answer), replies[0]
        assert not re.search(r"\b(?:Halo|Makasih udah nanya)\b", replies[0]), replies[0]


def test_a_question_not_escalated_gets_the_answer_alone() -> None:
    request = ReplyRequest(comment="posko pengungsian di mana ya?", tone="friendly", context=_CONTEXT,
                           hint_kind="question", hint_escalate=False, hint_reason="x")
    assert "keselamatan" not in build_reply(request).suggestions[0]


@pytest.mark.parametrize("channel", [
    "• aplikasi Sehat Kita atau WhatsApp 0811-7602-333 untuk pasien umum",
    "• hotline 0822-9011-3344 untuk pasien rawat inap",
])
def test_a_channel_named_bare_in_a_list_is_said_after_melalui(channel: str) -> None:
    context = ("RSUD membuka poli sore mulai Senin. Pendaftaran dan pengaduan pasien:\n"
               f"{channel}\n")
    for tone in ("formal", "friendly", "casual"):
        request = ReplyRequest(comment="kamar RSUD penuh, bapak sy disuruh tunggu di lorong 2 hari", tone=tone,  # type: ignore[arg-type]
                               context=context, hint_kind="complaint", hint_escalate=False, hint_reason="x")
        first = build_reply(request).suggestions[0]
        assert not re.search(r"resmi(?:nya)?, (?:aplikasi|hotline)", first), first
