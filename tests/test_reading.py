"""The fact sheet (bot/core/reading): spans are the draft's own text, and the key-fact check."""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from bot.core.reading import DraftKind, Slot, missing_key_facts, read_draft
from bot.core.reading.lead import clause_benefit

DRAFT = (
    "Bupati Sleman yang diwakili Asisten I membuka secara resmi pasar murah, bertempat di Lapangan "
    "Kecamatan Depok pada Sabtu (14/6/2025) pukul 07.30 WIB. Beras dijual Rp11.000 per kilogram, "
    "cukup menunjukkan KTP. Informasi lebih lanjut hubungi 0812-3456-7890."
)


@pytest.mark.parametrize("draft", qm.load_drafts() + qm.load_drafts(qm.EXTRA_DRAFTS), ids=lambda d: d.id)
def test_every_fact_and_clause_is_a_span_of_the_draft(draft: qm.Draft) -> None:
    sheet = read_draft(draft.body)
    for fact in sheet.facts:
        assert sheet.draft[fact.start : fact.end] == fact.text
    for clause in sheet.clauses:
        assert sheet.draft[clause.start : clause.end] == clause.text
    assert sheet.citizen_benefit == (sheet.lead is not None)


def test_facts_inside_a_ceremonial_sentence_are_kept() -> None:
    sheet = read_draft(DRAFT)
    assert any("14/6/2025" in f.text for f in sheet.of(Slot.WHEN))
    assert any("Lapangan" in f.text for f in sheet.of(Slot.WHERE))
    assert any("Rp11.000" in f.text for f in sheet.of(Slot.COST))
    assert any(c.ceremonial and "membuka secara resmi" in c.text for c in sheet.clauses)


def test_key_fact_check_names_what_a_post_leaves_out() -> None:
    sheet = read_draft(DRAFT)
    full = "Pasar murah! Sabtu, 14 Juni 2025, pukul 07.30 WIB di Lapangan Kecamatan Depok. Beras Rp11.000 per kg."
    assert missing_key_facts(sheet, full) == []
    missing = missing_key_facts(sheet, "Pasar murah di Lapangan Kecamatan Depok, beras Rp11.000 per kg.")
    assert [f.slot for f in missing] == [Slot.WHEN]


def test_a_meeting_gives_citizens_nothing_and_says_what_to_ask() -> None:
    sheet = read_draft("Wali Kota memimpin rapat koordinasi persiapan Natal bersama Forkopimda di ruang rapat "
                       "Balai Kota. Turut hadir para kepala OPD.")
    assert not sheet.citizen_benefit and sheet.kind == DraftKind.MEETING
    assert sheet.office_questions


@pytest.mark.parametrize(("draft", "kind"), [
    ("Upacara peringatan Hari Sumpah Pemuda digelar di halaman Kantor Bupati, Senin (28/10/2025). Bupati "
     "bertindak sebagai inspektur upacara, diikuti ASN dan pelajar.", DraftKind.MEETING),
    ("Sekda memimpin rapat evaluasi realisasi anggaran triwulan III di ruang rapat Setda. Realisasi keuangan "
     "baru 61 persen dan seluruh OPD diminta mempercepat belanja.", DraftKind.MEETING),
    ("Pemkot menghapus denda keterlambatan PBB untuk tunggakan 2018 sampai 2024. Wajib pajak cukup membayar "
     "pokok pajak di kantor Bapenda hingga 31 Oktober 2025.", DraftKind.SERVICE),
    ("Mari berdonor! Stok darah di PMI menipis. Wali Kota mengajak warga mendonorkan darah di Gedung PMI, "
     "Kamis (24/7/2025).", DraftKind.APPEAL),
])
def test_the_kind_comes_from_what_the_draft_does_for_citizens(draft: str, kind: DraftKind) -> None:
    assert read_draft(draft).kind == kind


def test_a_day_without_its_year_matches_the_same_day_written_in_full() -> None:
    sheet = read_draft("Pasar murah keliling: Rabu (4/6/2025) di Kecamatan Ngimbang, Kamis (5/6) di Kecamatan Babat.")
    assert not missing_key_facts(sheet, "Pasar murah Rabu, 4 Juni 2025 dan Kamis, 5 Juni 2025 di Kecamatan Babat.")
    assert [f.slot for f in missing_key_facts(sheet, "Pasar murah 6 Juni 2025 di Kecamatan Babat.")] == [Slot.WHEN]


def test_what_citizens_receive_weighs_and_an_office_receiving_a_visit_does_not() -> None:
    assert clause_benefit("setiap keluarga penerima akan memperoleh bantuan bahan bangunan") > 0
    assert clause_benefit("Pemkab menerima kunjungan kerja DPRD provinsi") == 0
    assert clause_benefit("anak sulit mendapatkan akta kelahiran dengan nama ayah") == 0


def test_what_a_ceremony_thanks_for_is_not_what_citizens_get() -> None:
    """The opening's appreciation names a programme in passing; the draft's offer is elsewhere, so the
    sheet has no what from the ceremony (a wrong what misleads more than none)."""
    draft = (
        "Bupati Sumber Jaya menghadiri rapat evaluasi di Pendopo Kabupaten, Rabu (4/3/2026). Bupati menyampaikan "
        "terima kasih kepada para kader yang telah menyukseskan program posyandu remaja di seluruh desa.\n\n"
        "Dalam rapat itu disepakati bahwa pemeriksaan gigi anak akan digelar pada Sabtu (14/3/2026) di Puskesmas "
        "Sumber Jaya. Kegiatan tersebut gratis dan terbuka untuk anak usia 6-12 tahun."
    )
    sheet = read_draft(draft)
    assert sheet.citizen_benefit
    assert all("posyandu remaja" not in f.text for f in sheet.of(Slot.WHAT))
