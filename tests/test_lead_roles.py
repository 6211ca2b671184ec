"""Round 19l: the lead by the kind of news. A clause's role for its draft's kind (a rule on people in a danger
zone, an appeal's rule or scheduled action, what a service spares citizens) sets what it weighs as a lead.
Sentences are our own, not the data's."""

from __future__ import annotations

import pytest

from bot.core.reading import read_draft
from bot.core.reading.lead import clause_benefit
from bot.core.reading.lead_roles import Role, clause_role
from bot.core.reading.sheet import DraftKind

E, A, S, C = DraftKind.EMERGENCY, DraftKind.APPEAL, DraftKind.SERVICE, DraftKind.CLARIFICATION


@pytest.mark.parametrize(("clause", "kind", "role"), [
    # an emergency's rule on people where the danger is
    ("Warga dilarang beraktivitas dalam radius 4 kilometer dari puncak Gunung Ibu", E, Role.RULE),
    ("Pengunjung pantai tidak boleh berenang selama peringatan gelombang tinggi berlaku", E, Role.RULE),
    ("Nelayan di pesisir selatan tidak diizinkan melaut sampai status dicabut", E, Role.RULE),
    # a rule on vehicles goes with the detour
    ("Truk bermuatan berat dilarang melintas di jembatan darurat", E, Role.OTHER),
    # an appeal's rule, however it is worded
    ("Mulai 1 Maret 2027 minyak jelantah WAJIB disetor ke bank sampah kelurahan", A, Role.RULE),
    ("Layang-layang hanya boleh dimainkan di lapangan terbuka jauh dari kabel listrik", A, Role.RULE),
    ("Masyarakat dilarang membuang sampah ke saluran irigasi", A, Role.RULE),
    # an appeal's action with its schedule
    ("Kerja bakti serentak dilaksanakan setiap hari Minggu pukul 06.30 di lingkungan masing-masing", A,
     Role.SCHEDULED_ASK),
    ("warga mengikuti gotong royong membersihkan parit pada Sabtu, 9 Januari 2027", A, Role.SCHEDULED_ASK),
    # done by officials, or an exhortation: nothing asked of citizens
    ("Penyemprotan hanya dilakukan oleh petugas puskesmas setiap Kamis", A, Role.OTHER),
    ("Kita tidak boleh hanya menunggu bantuan datang", A, Role.OTHER),
    # what a service spares citizens
    ("Warga Kepulauan Sangihe kini tidak perlu lagi menyeberang ke Manado untuk cuci darah", S, Role.SPARED),
    ("sehingga pasien tidak perlu antre sejak subuh", S, Role.SPARED),
    ("Pemohon tak usah datang ke kantor untuk mengurus surat pindah", S, Role.SPARED),
    # in a clarification, what citizens need not do is the correct fact
    ("warga tidak perlu mendaftar ulang kartu BPJS", C, Role.OTHER),
])
def test_the_role_of_a_clause_follows_its_structure_and_the_kind(clause: str, kind: DraftKind, role: Role) -> None:
    assert clause_role(clause, kind) == role


def test_an_emergency_rule_on_people_outweighs_a_handout() -> None:
    rule = "Warga dilarang mendekati tepi sungai dalam radius 500 meter dari tanggul yang jebol"
    handout = "Masker dan air minum dibagikan gratis di posko Kantor Camat"
    assert clause_benefit(rule, E) > clause_benefit(handout, E)
    # the same rule in a service draft keeps its word weight
    assert clause_benefit(rule, S) < clause_benefit(rule, E)


def test_what_a_service_spares_citizens_weighs_less_than_the_service() -> None:
    spared = "Warga Kepulauan Sangihe kini tidak perlu lagi menyeberang ke Manado untuk cuci darah"
    assert clause_benefit(spared, S) < clause_benefit(spared, C)
    assert clause_benefit(spared, S) < clause_benefit(spared, None)


EMERGENCY = (
    "INFO DARURAT BPBD KABUPATEN HALMAHERA BARAT\n\n"
    "Gunung Ibu kembali erupsi pada Selasa (12/1/2027) pukul 06.10 WIT dengan tinggi kolom abu 2.000 meter. "
    "Status Gunung Ibu dinaikkan menjadi Level III (Siaga). Sebanyak 320 warga Desa Gam Ici mengungsi ke posko "
    "pengungsian di Balai Desa.\n\n"
    "Warga dilarang beraktivitas dalam radius 4 kilometer dari kawah aktif. Petani kebun di lereng diminta turun.\n\n"
    "Masker dibagikan gratis di kantor desa dan posko BPBD di Balai Desa Gam Ici.\n\n"
    "Informasi: 0812-4400-1122."
)
CIRCULAR = (
    "SURAT EDARAN BUPATI\n\n"
    "Menindaklanjuti meningkatnya kasus diare, diminta kepada seluruh masyarakat untuk melaksanakan hal-hal "
    "sebagai berikut:\n"
    "1. Merebus air sebelum diminum.\n"
    "2. Kerja bakti membersihkan sumber air dilaksanakan setiap hari Sabtu pukul 07.00–09.00 WITA di "
    "lingkungan masing-masing.\n"
    "3. Warga yang diare lebih dari dua hari agar segera ke puskesmas. Pemeriksaan di puskesmas tidak dipungut "
    "biaya bagi peserta JKN.\n"
)
SERVICE = (
    "TAHUNA – Warga Kepulauan Sangihe kini tidak perlu lagi menyeberang ke Manado untuk cuci darah. "
    "Layanan hemodialisis RSUD Liun Kendage Tahuna dibuka mulai Senin, 4 Januari 2027, setiap Senin sampai "
    "Sabtu pukul 08.00–16.00 WITA. Pasien peserta JKN tidak dikenakan biaya."
)


def test_an_eruption_notice_leads_with_the_rule_not_the_handout() -> None:
    sheet = read_draft(EMERGENCY)
    assert sheet.kind == E
    assert sheet.lead is not None and sheet.lead.text.startswith("Warga dilarang beraktivitas")


def test_a_circular_leads_with_the_scheduled_action_not_the_side_service() -> None:
    sheet = read_draft(CIRCULAR)
    assert sheet.kind == A
    assert sheet.lead is not None and "setiap hari Sabtu" in sheet.lead.text


def test_a_service_leads_with_the_service_not_what_it_spares() -> None:
    sheet = read_draft(SERVICE)
    assert sheet.lead is not None and sheet.lead.text.startswith("Layanan hemodialisis")
