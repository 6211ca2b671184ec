"""Clauses, ceremony, the lead and the kind of a draft (bot/core/reading)."""

from __future__ import annotations

import json

import pytest

from benchmarks import quality_metrics as qm
from bot.core.reading import DraftKind, Slot, read_draft
from bot.core.reading.lead import clause_benefit

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


def test_a_headline_line_announces_the_lead_the_body_gives_it() -> None:
    draft = ("SIARAN PERS\nDINAS KESEHATAN KABUPATEN CONTOH\n\nDinkes Buka Pemeriksaan Mata Gratis bagi Warga\n\n"
             "Contoh, 2 Juni 2025 – Dinas Kesehatan menggelar pemeriksaan mata gratis bagi warga lanjut usia "
             "di Puskesmas Kota pada Sabtu (14/6/2025). Warga cukup membawa KTP.")
    sheet = read_draft(draft)
    assert sheet.lead is not None
    assert sheet.lead.start > draft.index("Contoh, 2 Juni")


def test_bullets_and_item_numbers_are_no_part_of_a_clause() -> None:
    draft = ("Pemkot memberikan keringanan pajak. Berikut ketentuannya:\n\n• Penghapusan denda PBB untuk semua wajib "
             "pajak\n1. segera melunasi pokok pajak di kantor Bapenda\n")
    texts = [c.text for c in read_draft(draft).clauses]
    assert "Penghapusan denda PBB untuk semua wajib pajak" in texts
    assert any(t.startswith("segera melunasi") for t in texts)


def test_a_fine_waived_is_a_benefit_and_a_contact_number_is_not() -> None:
    assert clause_benefit("Pemko menghapus seluruh denda keterlambatan PBB-P2 untuk tunggakan 2015 sampai 2024") >= 3.0
    assert clause_benefit("layanan konsultasi melalui WhatsApp 0811-5200-3355 setiap hari kerja") < 1.0


def test_the_what_is_the_thing_the_lead_is_about_when_the_opening_names_nothing() -> None:
    draft = ("Warga Kecamatan Contoh yang menderita katarak tidak perlu khawatir soal biaya. "
             "Operasi katarak gratis akan dilaksanakan di RSUD Contoh pada 2 Juni 2025 bagi 300 warga.")
    sheet = read_draft(draft)
    assert [f.text for f in sheet.of(Slot.WHAT)] == ["Operasi katarak gratis"]
    assert not read_draft("Setiap pendonor mendapat bingkisan gratis di Gedung PMI.").of(Slot.WHAT)
