"""Clauses, ceremony, the lead and the kind of a draft (bot/core/reading)."""

from __future__ import annotations

import json

import pytest

from benchmarks import quality_metrics as qm
from bot.core.reading import DraftKind, Slot, read_draft

OPENING = (
    "Bupati Sleman yang diwakili Asisten I membuka secara resmi pasar murah, bertempat di Lapangan "
    "Kecamatan Depok pada Sabtu (14/6/2025) pukul 07.30 WIB. Turut hadir Forkopimcam Depok, para lurah "
    "serta tokoh masyarakat."
)
VISIT_THEN_SERVICE = (
    "Rombongan Pemkab Sigi melakukan studi tiru tata kelola arsip ke Pemkot Palu, Senin (3/3/2025). "
    "Kepala Dinas Arsip mengatakan kunjungan itu sangat bermanfaat. \"Kami belajar banyak,\" ujarnya. "
    "Sementara itu, Dinas Kependudukan membuka layanan perekaman KTP elektronik gratis bagi warga lansia di "
    "kantor kecamatan setiap Sabtu."
)
VISIT = (
    "Wakil Gubernur melaksanakan kunjungan kerja ke Kabupaten Banggai, Selasa (4/3/2025). Kedatangan rombongan "
    "disambut tarian adat dan pengalungan kain tenun. Wagub didampingi Kepala Bappeda dan Kepala Dinas PUPR. "
    "Kunjungan ditutup dengan ramah tamah bersama tokoh adat."
)


def _content(draft: str) -> list[str]:
    return [c.text for c in read_draft(draft).content()]


def test_ceremony_goes_clause_by_clause_and_the_facts_stay() -> None:
    sheet = read_draft(OPENING)
    content = [c.text for c in sheet.content()]
    assert "bertempat di Lapangan Kecamatan Depok" in content
    assert any(c.startswith("pada Sabtu (14/6/2025)") for c in content)
    ceremonial = [c.text for c in sheet.clauses if c.ceremonial]
    assert any("diwakili" in c for c in ceremonial)
    assert any(c.startswith("Turut hadir") and "tokoh masyarakat" in c for c in ceremonial)
    assert not any("Turut hadir" in c or "diwakili" in c for c in content)


def test_an_appreciation_gives_what_it_appreciates() -> None:
    content = _content("Gubernur mengapresiasi langkah Pemkab Bantul yang membebaskan biaya pembuatan akta "
                       "kelahiran bagi warga.")
    assert content == ["membebaskan biaya pembuatan akta kelahiran bagi warga"]


def test_a_speech_frame_gives_what_was_said() -> None:
    content = _content("Kepala Dinas Sosial, Budi Santoso, menjelaskan bahwa bantuan beras 10 kilogram dibagikan "
                       "kepada 500 keluarga penerima manfaat.")
    assert "bantuan beras 10 kilogram dibagikan kepada 500 keluarga penerima manfaat" in content
    assert "Kepala Dinas Sosial, Budi Santoso" in content


def test_a_list_frame_gives_the_whole_list() -> None:
    content = _content("Sejumlah capaian dipaparkan, di antaranya jalan desa sepanjang 12 kilometer, 40 unit rumah "
                       "layak huni, serta dua puskesmas baru.")
    assert "jalan desa sepanjang 12 kilometer, 40 unit rumah layak huni, serta dua puskesmas baru" in content


def test_clauses_are_sub_spans_and_read_on_their_own() -> None:
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    tune = set(split["drafts"]["tune"])
    for draft in (d for d in qm.load_drafts() if d.id in tune):
        sheet = read_draft(draft.body)
        for clause in sheet.clauses:
            assert sheet.draft[clause.start : clause.end] == clause.text
            assert not clause.text.lower().startswith(("yang ", ", ")), (draft.id, clause.text)
            assert not clause.text.endswith((",", " yang", " dan")), (draft.id, clause.text)
        starts = [c.start for c in sheet.content()]
        assert starts == sorted(starts)


def test_the_lead_is_what_citizens_get_not_the_visit_or_the_quote() -> None:
    sheet = read_draft(VISIT_THEN_SERVICE)
    assert sheet.citizen_benefit and sheet.lead is not None
    assert "perekaman KTP elektronik gratis bagi warga lansia" in sheet.lead.text
    assert "studi tiru" not in sheet.lead.text
    assert sheet.first(Slot.BENEFIT) is not None and sheet.first(Slot.BENEFIT).text == sheet.lead.text


def test_a_visit_gives_citizens_nothing_and_says_what_to_ask() -> None:
    sheet = read_draft(VISIT)
    assert sheet.kind == DraftKind.MEETING
    assert not sheet.citizen_benefit and sheet.lead is None
    assert len(sheet.office_questions) >= 2
    assert not sheet.has(Slot.BENEFIT)


def test_an_emergency_leads_with_what_to_do() -> None:
    sheet = read_draft(
        "BPBD Kabupaten Garut menetapkan status tanggap darurat banjir bandang selama tujuh hari. Sebanyak 320 "
        "warga mengungsi di GOR Ciateul. Bupati didampingi Kapolres meninjau lokasi pengungsian. Warga di bantaran "
        "Sungai Cimanuk diimbau segera mengungsi ke posko terdekat.")
    assert sheet.kind == DraftKind.EMERGENCY
    assert sheet.lead is not None and "meninjau" not in sheet.lead.text


@pytest.mark.parametrize(("draft", "kind"), [
    ("Dinas Kesehatan memastikan kabar vaksin campak berbahaya yang beredar di media sosial adalah hoaks. "
     "Vaksin yang digunakan telah mendapat izin BPOM.", DraftKind.CLARIFICATION),
    ("Pemkot Bogor mengimbau warga tidak membuang sampah ke sungai selama musim hujan. Pelanggar dapat "
     "dikenai denda sesuai perda.", DraftKind.APPEAL),
    ("Kota Batu meraih penghargaan Kota Layak Anak kategori Nindya. Capaian ini naik satu peringkat dari "
     "tahun lalu.", DraftKind.ACHIEVEMENT),
    ("Pemkab Sumedang menggelar pasar murah di halaman kantor kecamatan. Beras dijual Rp10.500 per kilogram.",
     DraftKind.EVENT),
    ("Mulai bulan depan, layanan perpanjangan SIM kini bisa dilakukan melalui aplikasi tanpa datang ke kantor "
     "polisi.", DraftKind.SERVICE),
])
def test_kind_follows_the_opening(draft: str, kind: DraftKind) -> None:
    assert read_draft(draft).kind == kind


def test_the_what_is_the_object_of_the_opening_act() -> None:
    sheet = read_draft("Pemerintah Kota Malang menggelar Festival Kuliner Nusantara di Alun-alun Tugu pada Sabtu "
                       "(5/7/2025). Pengunjung dapat masuk gratis.")
    assert [f.text for f in sheet.of(Slot.WHAT)] == ["Festival Kuliner Nusantara"]
    assert sheet.lead is not None and "gratis" in sheet.lead.text
