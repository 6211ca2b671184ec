"""Issue 11: the no-benefit warning is true (fires on meetings/visits/ceremonies that give citizens
nothing, not on drafts with a benefit) and a quote or an attendance list never leads when a
sentence that gives citizens something exists. Drafts written for these tests only."""

from __future__ import annotations

import pytest

from bot.offline.analysis import NO_BENEFIT_WARNING, OFFICE_QUESTIONS, analyze_draft

MEETING = """Wali Kota Terima Audiensi Paguyuban Pedagang

Wali Kota Madiun menerima audiensi pengurus Paguyuban Pedagang Pasar Besar di ruang kerjanya, Rabu (4/3/2026).
Pertemuan berlangsung hangat dalam suasana kekeluargaan.
"Kami berterima kasih atas kunjungan ini dan siap bersinergi," ujar Wali Kota.
Turut hadir Sekretaris Daerah dan Kepala Dinas Perdagangan."""

VISIT = """Sekda Kunjungi Kantor Kecamatan Sukamaju

Sekretaris Daerah melakukan kunjungan kerja ke Kantor Kecamatan Sukamaju, Selasa (10/2/2026).
Dalam kunjungan itu Sekda meninjau ruang arsip dan berdialog dengan para pegawai.
Ia berharap kinerja aparatur kecamatan terus meningkat."""

MEETING_WITH_BENEFIT = """Rapat Koordinasi Posyandu, Timbang Balita Gratis Mulai Senin

Rapat koordinasi yang dibuka oleh Wakil Bupati itu diikuti para camat, kepala puskesmas dan kader posyandu.
"Kami ingin semua balita terpantau," kata Wakil Bupati.
Mulai Senin (9/3/2026), orang tua dapat menimbang balita secara gratis di seluruh posyandu
Kecamatan Sukamaju pukul 08.00 WIB.
Orang tua cukup membawa buku KIA."""

SERVICE = """Pemkot Buka Layanan Perekaman KTP-el Keliling

Dinas Kependudukan membuka layanan perekaman KTP-el keliling gratis di Balai Kelurahan Sukamaju
pada Sabtu (14/3/2026) pukul 08.00-14.00 WIB.
Warga cukup membawa fotokopi Kartu Keluarga.
"Kami jemput bola agar warga tidak perlu antre di kantor dinas," kata Kepala Dinas."""


@pytest.mark.parametrize("draft", [MEETING, VISIT], ids=["audiensi", "kunjungan"])
def test_no_benefit_warning_fires_on_meetings_and_visits(draft: str) -> None:
    analysis = analyze_draft(draft)
    assert NO_BENEFIT_WARNING in analysis.warnings
    assert OFFICE_QUESTIONS in analysis.warnings
    assert "Apa yang berubah bagi warga?" in OFFICE_QUESTIONS and "Kapan dan di mana" in OFFICE_QUESTIONS
    assert analysis.lead  # still an honest post


@pytest.mark.parametrize("draft", [MEETING_WITH_BENEFIT, SERVICE], ids=["rapat-dengan-manfaat", "layanan"])
def test_no_benefit_warning_does_not_fire_on_drafts_with_a_benefit(draft: str) -> None:
    warnings = analyze_draft(draft).warnings
    assert NO_BENEFIT_WARNING not in warnings and OFFICE_QUESTIONS not in warnings
    assert not any("manfaat bagi warga" in w for w in warnings)


def test_attendance_and_quote_never_lead_when_a_benefit_sentence_exists() -> None:
    lead = analyze_draft(MEETING_WITH_BENEFIT).lead_full
    assert "timbang" in lead.lower() or "menimbang" in lead.lower()
    assert "diikuti" not in lead and "kata" not in lead and "“" not in lead and '"' not in lead


def test_quote_does_not_lead_a_service_draft() -> None:
    lead = analyze_draft(SERVICE).lead_full
    assert "KTP-el keliling" in lead
    assert "jemput bola" not in lead
