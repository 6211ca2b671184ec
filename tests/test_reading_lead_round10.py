"""Leads of round 10's officer read (ext19): a relief said the other way round with a long subject ("Denda
keterlambatan PBB-P2 tahun 2015 sampai 2024 dihapus"), what citizens may now ask for beside the ceremony that
launched it, and an emergency whose closure and detour stand further down (it stays an emergency). Sentences written
here, not the ext19 drafts."""

from __future__ import annotations

from bot.core.reading import DraftKind, Slot, read_draft

RELIEF = ("Kabar baik bagi pemilik kendaraan di Kabupaten Lebak.\n\nMulai 1 November sampai 31 Desember 2026, "
          "denda pajak kendaraan bermotor tahun 2019 sampai 2025 dihapus seluruhnya, jadi pemilik cukup membayar pokok "
          "pajak. Pembayaran dapat dilakukan di Samsat Rangkasbitung "
          "setiap Senin sampai Sabtu pukul 08.00–14.00 WIB.")

LAUNCH = ("SERANG – Wali Kota Serang yang diwakili Sekretaris Daerah meluncurkan Layanan Kacamata Keliling di halaman "
          "Balai Kota Serang, Rabu (4/11/2026), didampingi Ketua TP PKK. Peluncuran ditandai dengan pengguntingan pita."
          "\n\nKepala Dinas Kesehatan, dr. Rina Marlina, menjelaskan bahwa mulai pekan depan lansia dapat memeriksakan "
          "mata dan memperoleh kacamata baca secara gratis di 16 puskesmas. Pemeriksaan dibuka setiap Selasa dan Jumat."
          "\n\nWarga cukup membawa KTP dan kartu BPJS Kesehatan.")

DETOUR = ("UPDATE BANJIR JALAN LINTAS TIMUR\nBPBD Kabupaten Pelalawan, Selasa (10/11/2026) pukul 09.00 WIB\n\n"
          "1. Banjir setinggi 60 sentimeter merendam Jalan Lintas Timur di Kecamatan Pangkalan Kerinci sejak Senin "
          "malam. Tidak ada korban jiwa.\n\n2. Sebanyak 120 kepala keluarga terdampak dan sebagian mengungsi ke rumah "
          "kerabat.\n\n3. Jalan Lintas Timur ditutup untuk kendaraan kecil. Untuk sementara, kendaraan dari Pekanbaru "
          "menuju Pangkalan Kerinci dialihkan melalui Jalan Koridor RAPP. Truk dilarang melintas di jalur tersebut.\n\n"
          "4. Warga diimbau tidak bermain di genangan air.\n\nLaporan kejadian: Pusdalops BPBD 0761-493-111.")


def test_a_relief_said_the_other_way_round_leads_even_with_a_long_subject() -> None:
    sheet = read_draft(RELIEF)
    assert sheet.citizen_benefit
    assert sheet.lead is not None and "dihapus seluruhnya" in sheet.lead.text


def test_what_citizens_may_ask_for_leads_over_the_ceremony_that_launched_it() -> None:
    sheet = read_draft(LAUNCH)
    assert sheet.lead is not None
    assert "kacamata baca secara gratis" in sheet.lead.text or "lansia dapat" in sheet.lead.text
    assert "halaman Balai Kota" not in sheet.lead.text


def test_an_emergency_with_a_closure_further_down_stays_an_emergency() -> None:
    """Its instructions (a closure, a detour, a ban) are an emergency's, not an appeal's; "Tidak ada korban
    jiwa" is news, not what citizens get."""
    sheet = read_draft(DETOUR)
    assert sheet.kind == DraftKind.EMERGENCY
    assert sheet.lead is not None and "korban" not in sheet.lead.text


def _hows(draft: str) -> list[str]:
    return [f.text for f in read_draft(draft).of(Slot.HOW)]


def test_a_how_keeps_the_items_of_its_list_and_stops_at_a_new_clause() -> None:
    """A comma before a lower-case word went on cutting ("mendaftar melalui pendamping PKH, kepala desa, atau
    langsung datang ..." was read as "mendaftar melalui pendamping PKH"): the stop read "[A-Z]" without case."""
    listed = ("Warga dapat mendaftar melalui pendamping PKH, kepala desa, atau langsung datang ke kantor Dinas Sosial "
              "setempat. Layanan ini gratis.")
    assert any(h.endswith("langsung datang ke kantor Dinas Sosial setempat") for h in _hows(listed))
    clause = "Warga cukup datang langsung, petugas siap membantu pengisian formulir di lokasi."
    assert all("petugas" not in h for h in _hows(clause))
    named = "Pendaftaran dibuka melalui laman daftar.kotacontoh.go.id, Kepala Dinas menambahkan kuota terbatas."
    assert all("Kepala Dinas" not in h for h in _hows(named))
