"""Reply defects an officer found in round 9 (issue 11): a complaint about the citizen's own case (an
application with no news, a queue that ran out) was asked for "detail lokasi dan foto", which helps
nobody; it is asked for the case's details, and a thing at a place still for its location and photo."""

from __future__ import annotations

import pytest

from bot.core.models import ReplyRequest
from bot.core.triage_rules import sure_rule
from bot.offline.complaint import about_a_case
from bot.offline.engine import OfflineEngine


@pytest.mark.parametrize(
    ("comment", "case"),
    [
        ("min sy udh daftar dari tgl 5 tp sampe skrg blm ada kabar, kecewa", True),
        ("antri dr subuh berasnya udh habis, sia2", True),
        ("pengajuan saya ditolak tanpa alasan, parah", True),
        ("jalan depan sekolah berlubang sebulan dibiarin", False),
        ("sampah numpuk di pasar, bau banget", False),
        ("lampu jalan mati dari minggu lalu", False),
    ],
)
def test_a_complaint_about_a_case_asks_for_its_details_not_a_photo(comment: str, case: bool) -> None:
    assert about_a_case(comment) is case
    reply = OfflineEngine().reply(ReplyRequest(comment=comment)).suggestions[0]
    assert ("nomor pendaftaran" in reply) is case and ("foto" in reply) is not case


@pytest.mark.parametrize(
    ("comment", "kind", "escalate"),
    [
        ("petugasnya minta tambahan 5 ribu per kantong katanya buat plastik, emang gitu aturannya?", "complaint", True),
        ("jukir di depan puskesmas narik 15rb, padahal tarifnya 3rb", "complaint", True),
        ("panitia pembagian beras mungut 10 ribu per KK katanya uang lelah", "complaint", True),
        ("gmn cara ngadu ke inspektorat kalo ada petugas yg minta uang?", "question", False),
    ],
)
def test_an_official_asking_for_money_is_a_levy_report_not_a_rumour(comment: str, kind: str, escalate: bool) -> None:
    triage = sure_rule(comment)
    if kind == "complaint":
        assert triage is not None and (triage.kind, triage.escalate) == (kind, escalate)
    else:
        assert triage is None  # a question about where to report is left to the classifier
