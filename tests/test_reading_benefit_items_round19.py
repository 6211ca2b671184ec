"""Round 19s: what citizens receive besides the lead. The benefit is who gets what: the object of a receiving
verb ("Setiap KPM menerima ..."), what stands ready for them ("Di posko tersedia ..."), what a service or an
aid holds ("Layanannya meliputi ...", "bingkisan berupa ..."); not a count made ready, not a receiving verb
denied or said of those who got a hoax."""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft

OPENING = ("Dinas Sosial Kabupaten Sinjai menggelar khitanan massal gratis bagi seratus anak di Gedung Serbaguna "
           "Sinjai pada Sabtu (12/12/2026) pukul 08.00 WITA. ")


def benefits(draft: str) -> list[str]:
    return [f.text for f in read_draft(draft).of(Slot.BENEFIT)]


@pytest.mark.parametrize(("sentence", "item"), [
    ("Setiap peserta menerima bingkisan berupa sarung dan peci.", "sarung dan peci"),
    ("Di lokasi tersedia makanan ringan dan air minum untuk orang tua.", "makanan ringan dan air minum"),
    ("Layanannya meliputi pemeriksaan gigi dan pemeriksaan mata.", "pemeriksaan gigi dan pemeriksaan mata"),
    ("Panitia menyiagakan ambulans dan tenaga medis selama acara.", "ambulans dan tenaga medis"),
])
def test_what_citizens_receive_is_a_benefit(sentence: str, item: str) -> None:
    found = benefits(OPENING + sentence + " Pendaftaran di kantor kelurahan, gratis.")
    assert any(item in b for b in found[1:]), found


@pytest.mark.parametrize("sentence", [
    "Setiap titik disediakan delapan ratus paket beras.",
    "Warga yang menerima pesan berantai diminta tidak menyebarkannya.",
    "Pendaftar belum pernah menerima bantuan serupa.",
    "Petugas tidak menerima imbalan dalam bentuk apa pun.",
])
def test_a_count_made_ready_or_a_receiving_denied_is_no_benefit(sentence: str) -> None:
    found = benefits(OPENING + sentence + " Pendaftaran di kantor kelurahan, gratis.")
    words = sentence.rstrip(".").split()[-3:]
    assert not any(" ".join(words) in b for b in found[1:]), found


@pytest.mark.parametrize(("draft", "what"), [
    ("PENGUMUMAN PEMDES SUKAMAJU\nPemdes Sukamaju membuka pendataan calon penerima bantuan bedah rumah tahun 2027, "
     "jatah dua puluh unit. Syarat: rumah berlantai tanah dan pemiliknya warga Sukamaju. Daftar ke kantor desa mulai "
     "Senin 11 Januari 2027. Tidak dipungut biaya.", "pendataan calon penerima bantuan bedah rumah tahun 2027"),
    ("INFO DINSOS\nDinas Sosial Kota Palu membuka pendataan penerima bantuan usaha mikro tahun 2027, kuota 150 orang. "
     "Syarat: KTP Palu dan memiliki usaha rumahan. Daftar di kantor kelurahan mulai Senin (11/1/2027), gratis.",
     "pendataan penerima bantuan usaha mikro tahun 2027"),
])
def test_a_benefit_that_only_names_the_what_is_dropped(draft: str, what: str) -> None:
    sheet = read_draft(draft)
    assert what in [f.text for f in sheet.of(Slot.WHAT)]
    assert what not in benefits(draft)
    assert sheet.lead is not None  # the lead stays: only the benefit slot does not repeat the name


def test_a_benefit_that_says_who_gets_it_stays_beside_the_what() -> None:
    draft = ("Dinas Sosial Kota Palu membuka pendaftaran pelatihan menjahit bagi warga prasejahtera. Peserta mendapat "
             "mesin jahit dan sertifikat. Daftar di kantor kelurahan mulai Senin (11/1/2027), gratis.")
    assert "pendaftaran pelatihan menjahit bagi warga prasejahtera" in benefits(draft)
