"""A sub-group a procedure treats apart (people registering without a phone, those without a BPJS card, those who
may send a proxy) is no "Untuk siapa" when the draft names who may come; the audience stays
(bot/core/reading/who.py, `_variant`)."""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft

AUDIENCE = ("Layanan pemeriksaan kesehatan gratis bagi warga berusia 18 tahun ke atas dibuka mulai Senin (9/3/2026) "
            "di 22 puskesmas. ")


def _who(draft: str) -> list[str]:
    return [f.text for f in read_draft(draft).of(Slot.WHO)]


@pytest.mark.parametrize(("sentence", "subgroup"), [
    ("Warga yang belum memiliki telepon pintar tetap bisa didaftarkan oleh petugas di loket.",
     "telepon pintar"),
    ("Menurut dokter, pasien yang belum memiliki kartu BPJS Kesehatan tidak perlu khawatir karena akan dibantu.",
     "BPJS"),
    ("Kelompok yang belum mengusulkan dapat mengajukan usulan melalui penyuluh di desanya.", "mengusulkan"),
    ("Bagi lansia dan penyandang disabilitas, pembelian boleh diwakilkan kepada anggota keluarga.",
     "disabilitas"),
    ("Petani perorangan yang belum bergabung dengan kelompok tani dianjurkan bergabung lebih dulu.", "perorangan"),
])
def test_a_sub_group_of_the_procedure_is_not_who_may_come(sentence: str, subgroup: str) -> None:
    found = _who(AUDIENCE + sentence)
    assert not any(subgroup in f for f in found), found
    assert any("18 tahun ke atas" in f for f in found), found


def test_without_a_named_audience_the_group_is_kept() -> None:
    found = _who("Pemeriksaan gratis dibuka di puskesmas. Warga yang belum memiliki telepon pintar tetap bisa "
                 "didaftarkan oleh petugas di loket.")
    assert any("telepon pintar" in f for f in found), found


@pytest.mark.parametrize("sentence", [
    "Bagi warga yang belum memiliki JKN, pendaftaran dibuka setiap hari kerja di puskesmas.",
    "Warga lanjut usia 60 tahun ke atas berhak mendapat pemeriksaan mata tambahan.",
])
def test_a_group_the_offer_opens_to_stays(sentence: str) -> None:
    found = _who(AUDIENCE + sentence)
    assert len(found) >= 2, found


def test_a_group_ends_where_the_act_given_it_takes_its_predicate() -> None:
    found = _who("Bantuan bibit bagi kelompok tani terdaftar. Penyaluran kepada kelompok berlangsung 16 sampai 27 "
                 "Maret 2026 di Balai Penyuluhan Pertanian.")
    assert not any("berlangsung" in f for f in found), found


@pytest.mark.parametrize("condition", ["sudah berusia 17 tahun atau akan genap 17 tahun sampai 31 Desember 2026",
                                       "sudah lulus atau akan lulus tahun ini"])
def test_a_group_goes_on_with_a_condition_joined_by_atau_akan(condition: str) -> None:
    found = _who(f"Perekaman KTP elektronik di sekolah diperuntukkan bagi siswa yang {condition}.")
    assert any(f.endswith(condition.split()[-1]) for f in found), found


@pytest.mark.parametrize(("sentence", "start"), [
    ("Penerima yang sakit atau tidak bisa berjalan dapat diwakili satu anggota keluarga dengan membawa surat kuasa.",
     "Penerima yang sakit"),
    ("Bagi lansia dan penyandang disabilitas, pembelian boleh diwakilkan kepada anggota keluarga.", "Bagi lansia"),
    ("Warga yang belum memiliki telepon pintar tetap bisa didaftarkan oleh petugas di loket.", "Warga yang belum"),
])
def test_the_way_a_sub_group_is_served_is_a_how(sentence: str, start: str) -> None:
    hows = [f.text for f in read_draft(AUDIENCE + sentence).of(Slot.HOW)]
    assert any(h.startswith(start) for h in hows), hows


def test_a_sub_group_only_reassured_or_advised_gives_no_how() -> None:
    draft = AUDIENCE + "Petani perorangan yang belum bergabung dengan kelompok tani dianjurkan bergabung lebih dulu."
    assert not any("perorangan" in f.text for f in read_draft(draft).of(Slot.HOW))


@pytest.mark.parametrize("verb", ["dibuka", "dimulai", "digelar"])
def test_a_group_ends_before_the_service_opens(verb: str) -> None:
    found = _who(f"Layanan pemeriksaan gratis bagi warga berusia 18 tahun ke atas {verb} mulai Senin (9/3/2026).")
    assert found and not any(verb in f for f in found), found
