"""Preparation rules are requirements: what participants must do to get ready (fast, eat or sleep first, wear,
come along with someone, bring what is no paper), each item of a directive; what is not needed or only allowed,
and what an appeal asks beyond preparing, are not (bot/core/reading/preparation.py)."""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft

INTRO = "Pemeriksaan kesehatan gratis digelar di Puskesmas Kota pada Senin (9/3/2026) pukul 08.00 WIB. "


def _requirements(draft: str) -> list[str]:
    return [f.text for f in read_draft(draft).of(Slot.REQUIREMENTS)]


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Peserta diminta membawa KTP, berpuasa sekurang-kurangnya delapan jam sebelum pemeriksaan, serta membawa obat "
     "yang sedang rutin diminum agar dokter bisa menilai dosisnya.",
     ["berpuasa sekurang-kurangnya delapan jam sebelum pemeriksaan", "membawa obat yang sedang rutin diminum"]),
    ("Pasien juga diminta tidak memakai riasan atau krim di sekitar mata pada hari operasi dan harus didampingi "
     "satu orang anggota keluarga.",
     ["tidak memakai riasan atau krim di sekitar mata pada hari operasi", "didampingi satu orang anggota keluarga"]),
    ("Siswa wajib mengenakan seragam sekolah dan membawa kartu pelajar.", ["mengenakan seragam sekolah"]),
    ("Penumpang harus tiba di pelabuhan paling lambat satu jam sebelum keberangkatan.",
     ["tiba di pelabuhan paling lambat satu jam sebelum keberangkatan"]),
])
def test_each_preparation_of_a_directive_is_a_requirement(sentence: str, wanted: list[str]) -> None:
    found = _requirements(INTRO + sentence)
    for item in wanted:
        assert any(item in f or f in item and len(f) > len(item) // 2 for f in found), (item, found)


def test_a_list_under_a_preparation_header_is_read() -> None:
    draft = (INTRO + "\n\nPersiapan sebelum donor:\n• tidur cukup minimal 5 jam malam sebelumnya\n"
             "• sudah sarapan, jangan datang dengan perut kosong\n")
    found = _requirements(draft)
    assert "tidur cukup minimal 5 jam malam sebelumnya" in found
    assert any("sudah sarapan" in f for f in found)


@pytest.mark.parametrize("sentence", [
    "Pengungsi tidak perlu membawa perabot rumah tangga.",
    "Warga diminta segera mengungsi bila air sungai berubah keruh dan membawa kayu.",
    "Pemilik diminta membawa hewannya ke titik vaksinasi sesuai jadwal.",
    "Minum air putih diperbolehkan, peserta boleh makan buah.",
])
def test_what_is_not_needed_allowed_or_no_preparation_is_no_requirement(sentence: str) -> None:
    found = _requirements(INTRO + sentence)
    assert not any(w in f for f in found for w in ("perabot", "kayu", "hewannya", "air putih")), found
