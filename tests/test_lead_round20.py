"""Round 20l: the lead by mechanisms, not phrases. A verbless label that announces a list gives nothing; a ban cut
at the commas of its verb list keeps its object; an emergency leads with what people where the danger is are asked
to do; a clarification leads with the clause that takes up the rumour's words and says it is otherwise; an office's
organising act is not part of what citizens get. Drafts are our own, not the data's."""

from __future__ import annotations

import pytest

from bot.core.reading import read_draft
from bot.core.reading.lead_roles import Role, clause_role
from bot.core.reading.lead_shape import counts_unnamed, has_verb, with_object, without_organiser
from bot.core.reading.rumour import answers_rumour
from bot.core.reading.sheet import Clause, DraftKind

E, A = DraftKind.EMERGENCY, DraftKind.APPEAL


def _lead(draft: str) -> str:
    read_draft.cache_clear()
    sheet = read_draft(draft)
    assert sheet.lead is not None
    return sheet.lead.text


@pytest.mark.parametrize(("text", "verb"), [
    ("Imbauan tambahan bagi warga", False),
    ("Tiga layanan untuk pemilik ternak", False),
    ("Beras medium dijual Rp12.000 per kilogram", True),
    ("posko kesehatan buka 24 jam", True),
    ("Pasar Murah menjelang Lebaran", False),  # "menjelang" joins a time, it is no verb
])
def test_a_verb_is_read_by_its_prefix_or_a_bare_predicate(text: str, verb: bool) -> None:
    assert has_verb(text) is verb


def test_a_verbless_label_before_a_list_gives_nothing_its_lines_lead() -> None:
    draft = ("INFO BPBD KABUPATEN CIANJUR\n\n"
             "Banjir merendam tiga desa di Kecamatan Cidaun sejak Selasa malam.\n\n"
             "Pesan penting untuk warga bantaran sungai:\n"
             "- Warga di bantaran Sungai Cidaun diminta segera mengungsi ke balai desa terdekat.\n"
             "- Matikan aliran listrik rumah sebelum pergi.\n")
    assert "mengungsi" in _lead(draft)


def test_a_label_after_a_verb_in_its_sentence_is_no_bare_label() -> None:
    # "menggelar" before the colon: the sentence says what happens, its clause may lead
    draft = ("Dinas Perdagangan Kota Palopo menggelar bazar minyak goreng murah pekan ini di tiga kelurahan:\n"
             "- Senin 7 Desember di Kelurahan Amassangan\n- Rabu 9 Desember di Kelurahan Balandai\n\n"
             "Minyak goreng dijual Rp14.000 per liter.")
    read_draft.cache_clear()
    sheet = read_draft(draft)
    label = next(c for c in sheet.clauses if "bazar minyak goreng" in c.text)
    assert label.benefit > 0


def test_a_ban_cut_at_its_verb_list_keeps_its_object() -> None:
    draft = ("SURAT EDARAN BUPATI NGAWI\n\nSehubungan dengan temuan flu burung di Kecamatan Paron, disampaikan:\n"
             "1. Warga dilarang membeli, menjual, memotong maupun membawa unggas yang sakit keluar desa.\n"
             "2. Kandang unggas dibersihkan dengan disinfektan setiap pagi.\n")
    lead = _lead(draft)
    assert lead.startswith("Warga dilarang membeli") and lead.endswith("unggas yang sakit keluar desa")


def test_a_lead_that_does_not_end_on_a_verb_is_left_alone() -> None:
    draft = "Warga dilarang membakar sampah, terutama di musim kemarau, dan ranting kering."
    clause = Clause(text="Warga dilarang membakar sampah", start=0, end=30, sentence=0)
    assert with_object(draft, clause, [clause]) == clause


@pytest.mark.parametrize(("clause", "kind", "role"), [
    ("Warga dari tiga dusun itu diminta bertahan di tenda pengungsian sampai tanah dinyatakan stabil", E, Role.ASK),
    ("Pendaki diimbau turun sebelum pukul 14.00 selama status waspada", E, Role.ASK),
    # a call or a report is a fact for later lines, even asked of people
    ("Warga yang membutuhkan evakuasi diminta menghubungi Pusdalops di nomor 112", E, Role.OTHER),
    ("Warga diminta segera melapor bila melihat retakan baru", E, Role.OTHER),
    # outside an emergency the ask keeps its word weight
    ("Warga diminta bertahan di rumah saat hujan lebat", A, Role.OTHER),
])
def test_an_emergency_leads_with_what_people_are_asked_to_do(clause: str, kind: DraftKind, role: Role) -> None:
    assert clause_role(clause, kind) == role


def test_a_clarification_answer_takes_up_the_rumours_words() -> None:
    words = frozenset({"sertifikat", "tanah", "dibatalkan", "elektronik"})
    assert answers_rumour("Sertifikat tanah lama tetap sah dan tidak dibatalkan", words)
    assert not answers_rumour("Sertifikat tanah lama dapat dialihmediakan di kantor pertanahan", words)  # no counter
    assert not answers_rumour("Layanan ini tidak dipungut biaya", words)  # not the rumour's thing


def test_a_clarification_leads_with_the_fact_that_answers_the_rumour_not_the_service_after_it() -> None:
    draft = ("KLARIFIKASI KANTOR PERTANAHAN KOTA BITUNG\n\n"
             "Beredar pesan berantai yang menyebutkan sertifikat tanah lama akan dibatalkan mulai 2027 bila tidak "
             "diganti sertifikat elektronik.\n\n"
             "Kepala Kantor Pertanahan, Rudi Pangemanan, menegaskan informasi tersebut tidak benar. "
             "Pesan itu dibuat oleh pihak yang tidak bertanggung jawab.\n\n"
             "Sertifikat tanah lama tetap sah sebagai bukti kepemilikan dan tidak akan dibatalkan.\n\n"
             "Warga yang ingin mengganti sertifikat dapat datang ke loket layanan di Kantor Pertanahan Kota Bitung "
             "setiap hari kerja.")
    assert _lead(draft).startswith("Sertifikat tanah lama tetap sah")


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemerintah Desa Sukamaju memberitahukan bahwa pembagian bibit kakao gratis dimulai pekan depan",
     "pembagian bibit kakao gratis dimulai pekan depan"),
    ("UPT Jalan Provinsi mengumumkan kepada pengguna jalan bahwa ruas Sentani–Genyem ditutup pada malam hari",
     "ruas Sentani–Genyem ditutup pada malam hari"),
    # a negation before the notice: the object alone would say the opposite
    ("Dinas Sosial tidak pernah mengumumkan bahwa bantuan dapat dicairkan lewat tautan", None),
    # citizens as the subject, or an organising act: the clause stays whole (the post frames it)
    ("Warga Kelurahan Mawar memberitahukan bahwa kerja bakti digelar Minggu pagi", None),
    ("Dinas Tenaga Kerja Kabupaten Bogor membuka pendaftaran pelatihan las gratis angkatan II", None),
    # too little left after the notice
    ("Camat Kota Baru mengumumkan bahwa pasar libur", None),
])
def test_the_lead_is_what_an_offices_notice_says(text: str, expected: str | None) -> None:
    clause = Clause(text=text, start=0, end=len(text), sentence=0, benefit=5.0)
    out = without_organiser(clause)
    assert out is not None
    assert out.text == (expected if expected is not None else text)
    assert out.start + len(out.text) == clause.end


@pytest.mark.parametrize(("clause", "counted"), [
    ("Dinas Pertanian membuka tiga layanan bagi peternak di Kecamatan Batu", True),
    ("Pemkab menyiapkan beberapa kemudahan bagi pelaku usaha", True),
    ("Pemkab menyiapkan dua layanan, yaitu cek gula darah dan cek mata", False),  # named right away
    ("disampaikan kepada warga pada Januari 2027 hal-hal berikut", False),  # a year is no count
    ("Vaksinasi rabies gratis untuk anjing dan kucing", False),
])
def test_an_offer_counted_and_not_named_is_recognised(clause: str, counted: bool) -> None:
    assert counts_unnamed(clause) is counted


def test_a_draft_that_counts_its_services_leads_with_the_first_one_named() -> None:
    draft = ("Maros, 3 Desember 2026 – Dinas Kesehatan Kabupaten Maros membuka dua layanan bagi warga lanjut usia di "
             "Kecamatan Turikale.\n\n"
             "Pertama, pemeriksaan mata dan kacamata baca gratis setiap Sabtu di Puskesmas Turikale. Kedua, "
             "pendampingan senam lansia setiap Minggu pagi di lapangan kecamatan.\n\n"
             "Warga cukup membawa KTP.")
    assert "pemeriksaan mata" in _lead(draft)


def test_a_salutation_never_leads() -> None:
    draft = ("Bapak, Ibu dan dunsanak sakampuang yang kami hormati\n\n"
             "Pemerintah Nagari Koto Baru memberitahukan bahwa pembagian beras bantuan pangan tahap kedua "
             "untuk 80 keluarga penerima dilaksanakan Kamis, 10 Desember 2026 di kantor wali nagari.")
    lead = _lead(draft)
    assert "hormati" not in lead and "beras bantuan pangan" in lead
