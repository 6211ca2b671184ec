"""The lead of a draft, round 4: what changes for citizens, not the official's act or the denied rumour."""

from __future__ import annotations

from bot.core.reading import DraftKind, read_draft

THREAD = (
    "[1/3] INFO LALU LINTAS 🚦 Dishub Kota Kediri memberlakukan pengalihan arus pada Minggu, 7 Juni 2026.\n\n"
    "[2/3] Mulai pukul 06.00 WIB, Jalan Dhoho, Jalan Brawijaya dan Jalan Hayam Wuruk ditutup untuk kendaraan "
    "sampai pukul 11.00 WIB.\n\n"
    "[3/3] Kendaraan dari arah selatan diminta melewati Jalan Joyoboyo."
)
DENIAL = (
    "Dinas Kesehatan Kabupaten Klaten menegaskan kabar bahwa pasien BPJS harus membayar Rp200 ribu untuk "
    "rawat inap tidak benar. Kabar itu beredar di media sosial sejak pekan lalu. Kepala Dinas Kesehatan, "
    "Rini Astuti, mengatakan peserta BPJS Kesehatan yang aktif tidak perlu membayar apa pun untuk rawat inap "
    "kelas sesuai haknya. Warga yang dimintai uang dapat melapor ke 0272 321 456."
)
RIGHT = (
    "Pemkab Sampang meresmikan gedung baru Pasar Srimangunan, Senin (2/3/2026). Bupati didampingi Sekda dan "
    "Kepala Dinas Perdagangan. Dalam kesempatan itu Bupati menyampaikan pedagang yang terdata sebelum "
    "pembangunan berhak menempati los baru tanpa biaya sewa selama tiga bulan pertama. Pemkab juga "
    "menyediakan mobil pengangkut barang."
)
ORGANISER = (
    "Sebanyak tiga ratus warga mengikuti pemeriksaan gigi gratis bagi anak sekolah dasar yang digelar "
    "Puskesmas Batu Ampar bersama Persatuan Dokter Gigi Indonesia di halaman puskesmas, Sabtu (9/5/2026)."
)
FREE_TAIL = (
    "Kepala Disdukcapil Kota Bima menjelaskan bahwa penggantian KTP yang rusak bisa dilakukan di kantor kelurahan "
    "setiap hari kerja, dan tidak dipungut biaya apa pun. Pemohon membawa KTP lama."
)


def test_a_thread_tag_and_a_time_opening_do_not_hide_a_road_closure() -> None:
    sheet = read_draft(THREAD)
    texts = [c.text for c in sheet.clauses]
    assert not any(t.startswith("[") for t in texts)
    assert any(t.startswith("Jalan Dhoho, Jalan Brawijaya dan Jalan Hayam Wuruk ditutup") for t in texts)
    assert sheet.lead is not None and "ditutup" in sheet.lead.text


def test_a_clarification_leads_with_the_correct_fact_not_the_denied_rumour() -> None:
    sheet = read_draft(DENIAL)
    assert sheet.kind == DraftKind.CLARIFICATION
    assert sheet.lead is not None
    assert "tidak perlu membayar" in sheet.lead.text and "tidak benar" not in sheet.lead.text


def test_a_right_given_to_citizens_outweighs_a_side_service() -> None:
    sheet = read_draft(RIGHT)
    assert sheet.lead is not None and "berhak menempati los baru tanpa biaya sewa" in sheet.lead.text


def test_the_organiser_after_yang_digelar_is_not_part_of_the_lead() -> None:
    sheet = read_draft(ORGANISER)
    assert sheet.lead is not None
    assert "pemeriksaan gigi gratis bagi anak sekolah dasar" in sheet.lead.text
    assert "Persatuan Dokter Gigi" not in sheet.lead.text


def test_the_price_after_a_comma_stays_with_what_it_prices() -> None:
    sheet = read_draft(FREE_TAIL)
    assert sheet.lead is not None
    assert sheet.lead.text.endswith("dan tidak dipungut biaya apa pun")
    assert sheet.lead.text.startswith("penggantian KTP yang rusak")
