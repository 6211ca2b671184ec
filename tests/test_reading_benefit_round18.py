"""One judgement of the fact sheet decides whether a draft gives citizens something, for the lead and the
"no benefit" warning alike (round 18l). A draft that opens with a ceremony or a poster's headline and then
gives a cost, who may come, what to bring or a number to call has a benefit and a lead, and the warning stays
silent; a draft whose only content is officials meeting or visiting has none, and the warning is true."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_warnings import NO_BENEFIT_ACHIEVEMENT, NO_BENEFIT_WARNING

CEREMONY_FIRST = (
    "PANGKALAN BUN – Bupati Kotawaringin Barat yang diwakili Asisten I, Darmawan, secara resmi membuka rangkaian "
    "peringatan Hari Jadi Kabupaten di Aula Bappeda, Senin (7/9/2026). Salah satu agenda yang dinanti warga adalah "
    "bursa kerja dengan dua puluh perusahaan.\n\nBursa kerja digelar Kamis (17/9/2026) di Gedung Serbaguna. "
    "Pencari kerja berusia 18 sampai 35 tahun diminta membawa fotokopi ijazah dan KTP. Seluruh kegiatan tidak "
    "dipungut biaya.")
POSTER = (
    "🎪 MINGGU CERIA DI TAMAN KOTA 🎪\n\nYuk datang ke Festival Anak Taman Kota Kendari!\n\n"
    "🗓️ Minggu, 20 September 2026\n📍 Taman Kota Kendari\n\n✨ Gratis untuk anak usia 4–12 tahun\n"
    "✨ Lomba mewarnai dan dongeng\n\nInfo: 0812-3456-7788")
NOTICE = (
    "PENGUMUMAN\n\nDalam rangka perbaikan pipa induk, akan ada penghentian aliran air di Kelurahan Lalolara dan "
    "Anduonohu pada Rabu (23/9/2026) pukul 08.00–16.00 WITA. Pelanggan dimohon menampung air secukupnya. "
    "Pengaduan pelanggan: 0401-312-345.")
MEETINGS = [
    ("KENDARI – Sekretaris Daerah Provinsi Sulawesi Tenggara memimpin rapat koordinasi pengendalian inflasi "
     "bersama bupati dan wali kota se-Sultra di Ruang Rapat Bahteramas, Selasa (8/9/2026). Rapat membahas "
     "ketersediaan stok beras dan harga cabai menjelang akhir tahun.\n\nSekda meminta setiap daerah melaporkan "
     "perkembangan harga setiap pekan kepada tim provinsi."),
    ("Wakil Bupati Sumba Timur, Umbu Lili, menerima kunjungan kerja Komisi II DPRD Kabupaten Sumba Barat di "
     "ruang kerjanya, Kamis (10/9/2026). Kunjungan tersebut membahas tata kelola pasar daerah.\n\nNarahubung "
     "media: Bagian Prokopim, 0812-9988-7766."),
]


def _warnings(draft: str) -> list[str]:
    return OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).warnings


def _no_benefit(warnings: list[str]) -> bool:
    return NO_BENEFIT_WARNING in warnings or NO_BENEFIT_ACHIEVEMENT in warnings


@pytest.mark.parametrize("draft", [CEREMONY_FIRST, POSTER, NOTICE])
def test_a_draft_whose_facts_give_citizens_something_has_a_lead_and_no_warning(draft: str) -> None:
    sheet = read_draft(draft)
    assert sheet.citizen_benefit and sheet.lead is not None
    assert not _no_benefit(_warnings(draft))


def test_the_lead_of_a_ceremony_first_draft_is_not_the_ceremony() -> None:
    lead = read_draft(CEREMONY_FIRST).lead
    assert lead is not None and "membuka" not in lead.text and "Aula" not in lead.text


def test_a_poster_leads_with_its_invitation_not_its_headline_or_a_question() -> None:
    lead = read_draft(POSTER).lead
    assert lead is not None and "Festival Anak" in lead.text


def test_a_notice_framed_by_its_occasion_leads_with_what_happens() -> None:
    lead = read_draft(NOTICE).lead
    assert lead is not None and "penghentian aliran air" in lead.text


@pytest.mark.parametrize("draft", MEETINGS)
def test_a_meeting_or_a_visit_gives_nothing_and_the_warning_says_so(draft: str) -> None:
    sheet = read_draft(draft)
    assert not sheet.citizen_benefit and sheet.lead is None
    assert _no_benefit(_warnings(draft))


PREPARATION = [
    ("MAMUJU – Gubernur Sulawesi Barat yang diwakili Asisten II membuka rapat persiapan kegiatan operasi katarak "
     "gratis yang akan digelar di RSUD Provinsi, Senin (5/10/2026). Operasi katarak tahun ini diperuntukkan gratis "
     "bagi seratus warga lanjut usia dari keluarga kurang mampu.", "Operasi katarak tahun ini"),
    ("SUMBAWA – Sekda Kabupaten Sumbawa membuka sosialisasi pelayanan nikah massal di Aula Setda, Rabu "
     "(7/10/2026). Nikah massal digelar gratis bagi delapan puluh pasangan pada Sabtu (24/10/2026) di Masjid "
     "Nurul Huda.", "Nikah massal digelar gratis"),
]


@pytest.mark.parametrize(("draft", "content"), PREPARATION)
def test_a_meeting_about_the_offer_does_not_lead_the_offer_does(draft: str, content: str) -> None:
    lead = read_draft(draft).lead
    assert lead is not None and content in lead.text and not lead.text.lower().startswith(("rapat", "sosialisasi"))


@pytest.mark.parametrize(("draft", "offer"), [
    ("TOLITOLI – Peringatan Hari Jadi ke-70 diisi berbagai kegiatan. Puncak kegiatan sosial dalam rangkaian itu "
     "adalah pengobatan gratis untuk warga yang digelar Sabtu (12/12/2026) di GOR Kota.", "pengobatan gratis"),
    ("Salah satu agenda yang paling ditunggu warga adalah pasar murah dengan beras Rp10.000 per kilogram di "
     "halaman Kantor Camat, Minggu (13/12/2026). Pasar terbuka untuk umum.", "pasar murah"),
])
def test_a_framing_subject_gives_its_content_as_the_lead(draft: str, offer: str) -> None:
    lead = read_draft(draft).lead
    assert lead is not None and lead.text.startswith(offer)


@pytest.mark.parametrize("draft", [
    "Untuk merayakannya, Pemko mengajak warga mengikuti jalan sehat pada Minggu, 13 Desember 2026, dari Lapangan "
    "Merdeka. Kupon dibagikan di kantor kelurahan.",
    "Dalam rangka Hari Kesehatan Nasional, kami mengajak seluruh warga ikut senam bersama di Alun-alun pada Minggu "
    "(15/11/2026) pukul 06.00 WIB.",
])
def test_citizens_invited_to_take_part_is_the_lead(draft: str) -> None:
    lead = read_draft(draft).lead
    assert lead is not None and "mengajak" in lead.text


@pytest.mark.parametrize("draft", [
    "Kota Tarakan meraih Piala Adipura Kencana. Nilai kota naik dari 74,1 menjadi 82,5. Untuk merayakannya, "
    "Pemkot mengajak warga mengikuti pawai piala pada Sabtu (12/12/2026) dari Taman Berkampung. Kupon doorprize "
    "dibagikan gratis di kantor kelurahan.",
    "Kabupaten Sleman kembali meraih predikat Kabupaten Layak Anak kategori Utama. Jumlah taman bermain ramah "
    "anak bertambah dari 12 menjadi 30. Pemkab mengajak masyarakat hadir dalam festival anak di Lapangan "
    "Denggung, Minggu (20/12/2026). Makanan dan minuman dibagikan gratis bagi pengunjung.",
])
def test_an_award_that_invites_citizens_leads_with_the_invitation(draft: str) -> None:
    lead = read_draft(draft).lead
    assert lead is not None and "mengajak" in lead.text
