"""Attendance said with "turut/ikut/tampak" and any verb of being there (round 20 officer read): the clause is
ceremony, never a post's context line, and it does not swallow the content before it."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading.clauses import is_ceremonial
from bot.offline.engine import OfflineEngine

DRAFT = (
    "Pemerintah Kota Tirtamulya menggelar pasar murah di Lapangan Merdeka pada Sabtu, 12 Desember 2026, pukul "
    "08.00 WIB. Beras premium dijual Rp60.000 per lima kilogram, maksimal dua karung per orang. Turut mendampingi "
    "Kepala Kantor Cabang Bulog serta perwakilan Satgas Pangan Polres Tirtamulya. Warga cukup membawa KTP."
)


@pytest.mark.parametrize("clause", [
    "Turut mendampingi Kepala Perum Bulog Kantor Wilayah serta perwakilan Satgas Pangan",
    "Ikut menyaksikan penyerahan itu para camat se-kabupaten",
    "Tampak hadir Ketua DPRD dan unsur Forkopimda",
    "turut serta menghadiri kegiatan tersebut jajaran OPD",
])
def test_attendance_is_ceremony(clause: str) -> None:
    assert is_ceremonial(clause)


def test_a_clause_that_only_mentions_company_is_not_attendance() -> None:
    assert not is_ceremonial("Warga diminta ikut menjaga kebersihan pasar")


def test_the_attendance_sentence_never_reaches_a_post() -> None:
    result = OfflineEngine().rewrite(RewriteRequest(draft=DRAFT, platforms=["instagram", "facebook"]))
    for post in result.posts:
        assert "mendampingi" not in post.text.lower() and "Satgas Pangan" not in post.text
    assert "Rp60.000" in result.posts[0].text
