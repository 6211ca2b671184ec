"""Slot finders of the fact sheet (bot/core/reading/slots.py and the finders it calls)."""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft
from bot.core.reading.acronyms import find_acronyms

EVENT = (
    "Pemerintah Kabupaten Sleman melalui Dinas Ketahanan Pangan dan Pertanian (DKPP) menggelar pasar murah. "
    "Bupati Sleman yang diwakili Asisten II membuka secara resmi kegiatan di halaman Kantor Bupati, Senin (9/6/2025). "
    "Pasar murah berikutnya digelar Sabtu (14/6/2025) pukul 07.30 WIB di Balai Desa Sidoarum, Kecamatan Godean, "
    "lalu di Kelurahan Caturtunggal, Condongcatur dan Maguwoharjo. Beras dijual Rp11.000 per kilogram dan setiap "
    "pembeli dibatasi maksimal lima kilogram beras. Warga cukup menunjukkan KTP Sleman. Pendaftaran paling lambat "
    "Kamis (12/6/2025) melalui aplikasi Sleman Pintar. \"Stok kami cukup,\" kata Kepala DKPP Sleman, Ir. Budi "
    "Santoso, Selasa (10/6/2025). Informasi lebih lanjut hubungi 0812-3456-7890."
)
REPORT = (
    "Kepala Dinas Pekerjaan Umum Kabupaten Klaten, Drs. Sri Wahyuni, menyampaikan tingkat kemantapan jalan naik "
    "dari 70,5 persen menjadi 81,2 persen. Sepanjang 2025 diperbaiki 215 kilometer jalan dan dua belas jembatan. "
    "Pekerjaan yang tersisa ditargetkan rampung sebelum Desember 2025, sementara target kemantapan dipatok 90 persen "
    "pada 2027."
)


def texts(draft: str, slot: Slot) -> list[str]:
    return [f.text for f in read_draft(draft).of(slot)]


def test_when_deadline_and_the_date_of_a_statement() -> None:
    when = texts(EVENT, Slot.WHEN)
    assert any("14/6/2025" in w for w in when)
    assert not any("10/6/2025" in w for w in when), "the day a statement was made is not a when"
    assert texts(EVENT, Slot.DEADLINE) == ["paling lambat Kamis (12/6/2025)"]
    shown = [f.display for f in read_draft(EVENT).of(Slot.WHEN) if "14/6" in f.text]
    assert shown == ["Sabtu, 14 Juni 2025, pukul 07.30 WIB"]


def test_where_keeps_whole_place_lists_and_drops_the_ceremony_courtyard() -> None:
    where = texts(EVENT, Slot.WHERE)
    assert "Balai Desa Sidoarum, Kecamatan Godean" in where
    assert "Kelurahan Caturtunggal, Condongcatur dan Maguwoharjo" in where
    assert not any("halaman" in w for w in where)


def test_cost_quota_requirements_how_contact() -> None:
    assert texts(EVENT, Slot.COST) == ["Rp11.000 per kilogram"]
    assert texts(EVENT, Slot.QUOTA) == ["lima kilogram beras"]
    assert texts(EVENT, Slot.REQUIREMENTS) == ["cukup menunjukkan KTP Sleman"]
    assert any("aplikasi Sleman Pintar" in h for h in texts(EVENT, Slot.HOW))
    assert texts(EVENT, Slot.CONTACT) == ["0812-3456-7890"]
    assert not any("0812" in h for h in texts(EVENT, Slot.HOW)), "a number to ask is a contact, not a how"


def test_free_of_charge_is_one_cost_in_its_fullest_wording() -> None:
    draft = "Layanan ini gratis. Vaksinasi tidak dipungut biaya sepeser pun dan tetap gratis bagi warga."
    assert texts(draft, Slot.COST) == ["tidak dipungut biaya sepeser pun"]


def test_figures_targets_and_attribution() -> None:
    figures = texts(REPORT, Slot.FIGURES)
    assert "naik dari 70,5 persen menjadi 81,2 persen" in figures
    assert "215 kilometer" in figures and "dua belas jembatan" in figures
    assert texts(REPORT, Slot.TARGET) == ["rampung sebelum Desember 2025", "90 persen pada 2027"]
    assert not texts(REPORT, Slot.WHEN), "a completion target is not a when"
    assert texts(REPORT, Slot.ATTRIBUTION) == ["Kepala Dinas Pekerjaan Umum Kabupaten Klaten, Drs. Sri Wahyuni"]
    assert texts(EVENT, Slot.ATTRIBUTION) == ["Kepala DKPP Sleman, Ir. Budi Santoso"]


def test_who_needs_what_sets_the_group_apart() -> None:
    draft = "Vaksinasi gratis bagi anak usia 9 sampai 59 bulan. Acara ini untuk masyarakat menjelang Lebaran."
    assert texts(draft, Slot.WHO) == ["anak usia 9 sampai 59 bulan"]


def test_acronyms_from_the_draft_both_ways() -> None:
    text = ("Pemkab melalui Dinas Ketahanan Pangan dan Pertanian (DKPP) dan BPBD (Badan Penanggulangan Bencana "
            "Daerah) serta perayaan Iduladha 1446 H (Hijriah).")
    assert find_acronyms(text) == (("DKPP", "Dinas Ketahanan Pangan dan Pertanian"),
                                   ("BPBD", "Badan Penanggulangan Bencana Daerah"))
    assert read_draft(EVENT).acronyms == (("DKPP", "Dinas Ketahanan Pangan dan Pertanian"),)


BROADCAST = (
    "INFO LAYANAN AIR BERSIH\n\n"
    "Aliran air ke wilayah Kecamatan Sukajaya dan Mekarsari terhenti karena perbaikan pipa.\n\n"
    "Wilayah terdampak:\n- Kelurahan Tegal\n- Perumahan Griya 2 Asri\n\n"
    "Tangki air gratis disiagakan di:\n📍 Balai Warga RW 03\n📍 Halaman Masjid Nurul Huda\n\n"
    "📌 Senin, 4 Mei – Posyandu Melati & Puskesmas Tegal\n\n"
    "Yang perlu dibawa:\n- jeriken sendiri\n- fotokopi KK\n\n"
    "Sasaran: warga yang tinggal di lantai atas rumah susun.\n"
    "Warga yang ingin bertanya dapat menghubungi 0812-1111-2222."
)


def test_where_reads_bullet_and_header_lists_and_affected_areas() -> None:
    where = texts(BROADCAST, Slot.WHERE)
    assert "Kecamatan Sukajaya dan Mekarsari" in where
    assert "Kelurahan Tegal" in where and "Perumahan Griya 2 Asri" in where
    assert "Halaman Masjid Nurul Huda" in where, "a courtyard citizens go to is a where"
    assert "Posyandu Melati & Puskesmas Tegal" in where
    assert not any("\n" in w for w in where)


def test_requirements_and_who_from_lists_and_headers() -> None:
    assert texts(BROADCAST, Slot.REQUIREMENTS) == ["jeriken sendiri", "fotokopi KK"]
    assert texts(BROADCAST, Slot.WHO) == ["warga yang tinggal di lantai atas rumah susun"]
    draft = "Vaksinasi gratis bagi anak usia 1-5 tahun. Warga yang ingin bertanya diminta menghubungi 0812-1111-2222."
    assert texts(draft, Slot.WHO) == ["anak usia 1-5 tahun"], "whoever wants to ask is no group served"


def test_figures_listed_together_are_one_and_rule_thresholds_are_none() -> None:
    draft = ("Fasilitas mitra bertambah menjadi 12 klinik pratama dan 4 rumah sakit. Syarat donor: berat badan "
             "minimal 45 kilogram. Beras 5 kg Rp60.000 per karung.")
    assert texts(draft, Slot.FIGURES) == ["12 klinik pratama dan 4 rumah sakit"]


def test_the_last_day_of_an_offer_is_also_a_deadline_but_not_a_warnings_end() -> None:
    offer = "Keringanan denda berlaku mulai 2 Juni sampai 31 Juli 2025 di seluruh gerai."
    assert texts(offer, Slot.DEADLINE) == ["sampai 31 Juli 2025"]
    assert texts(offer, Slot.WHEN) == ["mulai 2 Juni sampai 31 Juli 2025"]
    warning = "Status siaga banjir berlaku mulai 2 Juni sampai 31 Juli 2025."
    assert texts(warning, Slot.DEADLINE) == []


def test_dates_of_a_ceremony_or_a_report_are_no_when() -> None:
    draft = ("Kegiatan dibuka Bupati di Aula Kantor Camat, Senin (14/7/2025), disaksikan para lurah. Capaian mencapai "
             "90 persen per 1 Juli 2025. Layanan keliling hadir lagi Sabtu (19/7/2025) pukul 08.00 WIB.")
    assert texts(draft, Slot.WHEN) == ["Sabtu (19/7/2025) pukul 08.00 WIB"]


def test_attribution_with_a_rank_and_contacts_by_account() -> None:
    draft = ("Kasi Humas Polres Sikka AKP Yoseph Bata menyampaikan imbauan itu. Informasi: Instagram @polres.sikka "
             "atau surel humas@polres.go.id.")
    assert texts(draft, Slot.ATTRIBUTION) == ["Kasi Humas Polres Sikka AKP Yoseph Bata"]
    assert texts(draft, Slot.CONTACT) == ["@polres.sikka", "humas@polres.go.id"]


def test_a_street_number_stays_with_its_address() -> None:
    draft = "Layanan dibuka di Kantor BPJS Kesehatan Cabang Kupang, Jalan Palapa No. 7, Oebobo, tiap Senin pukul 08.00."
    assert any("Jalan Palapa No. 7" in w for w in texts(draft, Slot.WHERE))


@pytest.mark.parametrize(("draft", "who"), [
    ("Layanan ini terbuka bagi warga ber-KTP Kota Bima yang belum memiliki BPJS.",
     ["warga ber-KTP Kota Bima yang belum memiliki BPJS"]),
    ("Pemeriksaan gigi menyasar siswa SD kelas 4 sampai 6, sedangkan orang tua cukup mengisi formulir.",
     ["siswa SD kelas 4 sampai 6"]),
    ("Sasaran kami warga berusia 40 tahun ke atas, terutama lansia di atas 60 tahun.",
     ["warga berusia 40 tahun ke atas", "lansia di atas 60 tahun"]),
    ("Pelaku usaha kuliner rumahan yang memiliki NIB bisa mendapat pelatihan kemasan gratis.",
     ["Pelaku usaha kuliner rumahan yang memiliki NIB"]),
    ("Siapa yang bisa ikut?\n- pemilik kapal motor di bawah 5 GT\n- nelayan yang belum punya kartu KUSUKA",
     ["pemilik kapal motor di bawah 5 GT", "nelayan yang belum punya kartu KUSUKA"]),
])
def test_who_is_a_qualified_group_the_clause_gives_something(draft: str, who: list[str]) -> None:
    assert texts(draft, Slot.WHO) == who


def test_who_keeps_the_exclusion_as_a_rule_and_leaves_out_those_told_to_report() -> None:
    """Round 11a: those left out are said as a whole rule ("... tidak dapat mengikuti program ini"), as round 10
    reads "tidak berlaku bagi ..."; whoever is told to report is no group served."""
    draft = ("Bantuan diberikan kepada petani penggarap yang terdaftar di kelompok tani. Petani yang sudah menerima "
             "bantuan serupa tahun lalu tidak dapat mengikuti program ini. Warga yang melihat penyimpangan diminta "
             "melapor ke 0812-3333-4444.")
    assert texts(draft, Slot.WHO) == [
        "petani penggarap yang terdaftar di kelompok tani",
        "Petani yang sudah menerima bantuan serupa tahun lalu tidak dapat mengikuti program ini"]
