"""Round 16t: a safety report's reply repeats the hazard the citizen named (the slope, the stray dog, the levee),
not a service mentioned later ("dibawa ke RSUD"), and the thing ends before its state ("retak", "su retak",
"naik tarus"): eastern and Banjar words for "already" and "not" end it like "udah" and "gak". Written for this
test."""

from __future__ import annotations

import pytest

from bot.offline.complaint import complaint_subject


@pytest.mark.parametrize(("comment", "subject"), [
    ("anjing liar di pasar udah gigit 3 orang, satu dibawa ke puskesmas", "anjing liar di pasar"),
    ("tebing di pinggir jalan poros su longsor sedikit2 tiap hujan", "tebing di pinggir jalan poros"),
    ("tanggul sungai bocor dari semalam, air rembes ke sawah", "tanggul sungai"),
    ("kabel listrik putus nyangkut di pagar sekolah, anak2 lewat situ", "kabel listrik"),
    ("plafon kelas retak dan miring, guru2 takut", "plafon kelas"),
    ("lahar dingin sonde berhenti dari tadi, jalan ke kebun tertutup", "lahar dingin"),
])
def test_the_hazard_named_is_the_subject(comment: str, subject: str) -> None:
    assert complaint_subject(comment) == subject
