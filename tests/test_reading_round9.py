"""Reading classes fixed in round 9a of issue 11, found on the unseen drafts ext11-*: targets said as a
clause, figures with their units and without their verb, "free" said without the word, place lists a
count or "masing-masing" announces, requirements listed under "WAJIB membawa:", groups named
by a condition, ways in that stop before a phone line, the what of an achievement and of a notice, an
official of an office named by a list, quotas from a stock or from what each one gets, and deadlines
counted from an event. Each class is asserted where it must fire and where it must not."""

from __future__ import annotations

from pathlib import Path

from benchmarks import quality_metrics as qm
from benchmarks.quality import SCORED_SLOTS, predicted_slots
from bot.core.inputs import clean_input
from bot.core.reading import Slot, read_draft


def texts(draft: str, slot: Slot) -> list[str]:
    return [f.text for f in read_draft(draft).of(slot)]


# targets and figures

def test_a_target_said_as_a_clause_is_the_target_and_its_count_no_figure() -> None:
    draft = ("Dinas Sosial menargetkan 4.000 lansia Kabupaten Sigi menerima kartu jaminan sosial. Hingga kini "
             "sudah 1.250 lansia yang menerima kartu.")
    assert texts(draft, Slot.TARGET) == ["4.000 lansia Kabupaten Sigi menerima kartu jaminan sosial"]
    assert texts(draft, Slot.FIGURES) == ["1.250 lansia"]
    quoted = '"Kami targetkan tahun depan luas tanam jagung tembus 12.000 hektare," kata Kepala Dinas.'
    assert texts(quoted, Slot.TARGET) == ["tahun depan luas tanam jagung tembus 12.000 hektare"]
    assert texts(quoted, Slot.FIGURES) == []


def test_a_figure_drops_its_verb_keeps_its_approximation_and_its_rate() -> None:
    draft = ("Produksi jagung mencapai 88.400 ton. Angka itu sekitar 40 persen dari produksi provinsi. "
             "Produktivitas naik dari 5,1 ton per hektare menjadi 6,2 ton per hektare.")
    figures = texts(draft, Slot.FIGURES)
    assert "88.400 ton" in figures and "sekitar 40 persen" in figures
    assert "5,1 ton per hektare" in figures and "6,2 ton per hektare" in figures
    assert not any(f.startswith("mencapai") for f in figures)


def test_a_count_that_announces_a_place_list_is_no_figure_but_a_count_of_places_reached_is() -> None:
    listed = "Layanan dibuka di empat titik, yakni Kantor Camat Soasio, Pasar Goto, dan Pelabuhan Rum."
    assert texts(listed, Slot.FIGURES) == []
    reached = "Banjir merendam 830 rumah di sembilan desa. Sebanyak 2.100 jiwa terdampak."
    assert "sembilan desa" in texts(reached, Slot.FIGURES)


def test_a_stock_and_what_each_one_gets_are_quotas() -> None:
    stock = "Vaksinasi gratis untuk hewan peliharaan. Stok vaksin 900 dosis, siapa cepat dia dapat."
    assert texts(stock, Slot.QUOTA) == ["900 dosis"]
    each = "Setiap keluarga penerima mendapat 15 kg beras dan 1 liter minyak goreng di balai desa."
    assert texts(each, Slot.QUOTA) == ["15 kg beras", "1 liter minyak goreng"]  # the goods belong to the measure (10a)
    assert texts(each, Slot.FIGURES) == []


# cost

def test_free_said_without_the_word_is_the_cost() -> None:
    borne = "Seluruh biaya pemeriksaan ditanggung Pemkab Sigi, warga cukup membawa KTP."
    assert texts(borne, Slot.COST) == ["ditanggung Pemkab Sigi"]
    slang = "Vaksinnya gak perlu bayar sama sekali ya, Sob. Cukup datang ke posko."
    assert texts(slang, Slot.COST) == ["gak perlu bayar sama sekali"]
    joined = "Pengambilan bantuan GRATIS, tidak ada pungutan dalam bentuk apa pun."
    assert texts(joined, Slot.COST) == ["GRATIS, tidak ada pungutan dalam bentuk apa pun"]


def test_gratis_inside_a_programs_name_is_no_cost_but_the_word_in_a_sentence_is() -> None:
    named = "Pendaftaran Program Sekolah Gratis Berkualitas dibuka melalui laman resmi dinas."
    assert texts(named, Slot.COST) == []
    said = "Pendaftaran Program Sekolah Berkualitas dibuka gratis melalui laman resmi dinas."
    assert texts(said, Slot.COST) == ["gratis"]


def test_a_price_the_government_pays_citizens_is_a_figure_not_their_cost() -> None:
    bought = "Serapan jagung petani oleh Bulog mencapai 12.000 ton dengan harga pembelian Rp5.500 per kilogram."
    assert texts(bought, Slot.COST) == []
    assert "Rp5.500 per kilogram" in texts(bought, Slot.FIGURES)
    paid = "Siswa diminta membeli seragam seharga Rp350.000 di koperasi sekolah."
    assert texts(paid, Slot.COST) == ["Rp350.000"]


# places

def test_a_place_list_keeps_bracketed_acronyms_and_goes_on_after_masing_masing() -> None:
    acronym = ("Layanan digelar di tiga titik, yakni Pusat Pelayanan Terpadu (PPT) Tobelo, Kantor Camat Galela, "
               "dan Pasar Kao, mulai Senin (3/11/2025).")
    assert texts(acronym, Slot.WHERE) == ["Pusat Pelayanan Terpadu (PPT) Tobelo, Kantor Camat Galela, dan Pasar Kao"]
    each = ("Pemeriksaan tersedia di empat puskesmas, masing-masing Puskesmas Tobelo, Puskesmas Kao, dan "
            "Puskesmas Jailolo.")
    assert texts(each, Slot.WHERE) == ["Puskesmas Tobelo, Puskesmas Kao, dan Puskesmas Jailolo"]


def test_a_region_with_its_province_is_no_where_nor_an_office_to_hand_papers_to() -> None:
    region = ("Kementerian membuka layanan di Kabupaten Alor, Nusa Tenggara Timur, bertempat di Aula Kantor Camat "
              "Kalabahi.")
    assert texts(region, Slot.WHERE) == ["Aula Kantor Camat Kalabahi"]
    papers = "Formulir diserahkan kepada petugas pendamping di kantor desa masing-masing paling lambat 5 Januari."
    assert texts(papers, Slot.WHERE) == []


def test_where_a_trip_departs_is_a_where() -> None:
    draft = "Pemberangkatan dijadwalkan Jumat, 19 Desember 2025, pukul 06.30 WITA dari Terminal Regional Daya."
    assert texts(draft, Slot.WHERE) == ["Terminal Regional Daya"]


# requirements, who, how

def test_requirements_stop_at_the_channel_go_on_with_bukti_and_are_listed_under_a_header() -> None:
    channel = "Pendaftar cukup membawa KTP dan ijazah terakhir melalui loket pendaftaran."
    assert texts(channel, Slot.REQUIREMENTS) == ["cukup membawa KTP dan ijazah terakhir"]
    header = ("Pembagian beras dilaksanakan Sabtu pagi.\n"
              "Peserta WAJIB membawa:\n1. KTP asli\n2. Kartu undangan dari RT\n")
    assert texts(header, Slot.REQUIREMENTS) == ["KTP asli", "Kartu undangan dari RT"]
    going_on = "Pemohon menyiapkan fotokopi KTP, bukti pembayaran PBB, serta surat keterangan ahli waris."
    assert texts(going_on, Slot.REQUIREMENTS) == [
        "menyiapkan fotokopi KTP, bukti pembayaran PBB, serta surat keterangan ahli waris"]


def test_groups_named_by_a_condition_and_those_who_may_be_represented() -> None:
    condition = "Skrining gratis bagi warga berusia 45 tahun ke atas, penderita asma, dan penderita jantung."
    assert texts(condition, Slot.WHO) == ["warga berusia 45 tahun ke atas, penderita asma, dan penderita jantung"]
    represented = "Warga lansia, penyandang disabilitas, dan yang sedang dirawat dapat diwakilkan oleh keluarga."
    assert texts(represented, Slot.WHO) == ["Warga lansia, penyandang disabilitas, dan yang sedang dirawat"]


def test_a_body_papers_are_handed_to_and_a_group_that_drops_out_are_no_who() -> None:
    handed = "Berkas dikumpulkan kepada panitia seleksi di kantor kecamatan paling lambat 10 Januari 2026."
    assert texts(handed, Slot.WHO) == []
    assert texts(handed, Slot.HOW) == ["Berkas dikumpulkan kepada panitia seleksi di kantor kecamatan"]
    dropped = "Peserta yang sudah terdaftar namun batal berangkat diminta mengabari panitia."
    assert texts(dropped, Slot.WHO) == []


def test_a_way_in_stops_before_a_phone_line_and_never_points_back() -> None:
    draft = ("Pengaduan dapat disampaikan melalui aplikasi Sigi Lapor atau WhatsApp Pengaduan 0812-3300-4411. "
             "Pembatalan dilakukan melalui laman yang sama. Sisa kursi diberikan kepada daftar tunggu.")
    assert texts(draft, Slot.HOW) == ["melalui aplikasi Sigi Lapor"]
    assert "0812-3300-4411" in texts(draft, Slot.CONTACT)


# what, attribution, deadline

def test_the_what_of_an_achievement_is_what_its_result_is_of() -> None:
    subject = ("Ternate – Cakupan air bersih Kota Ternate sepanjang 2025 mencapai 91,4 persen, naik dari 86 persen. "
               "Capaian ini disampaikan dalam rapat evaluasi.")
    assert texts(subject, Slot.WHAT) == ["Cakupan air bersih Kota Ternate"]
    result = ("Pemerintah Kota Ternate mencatat capaian Imunisasi Dasar Lengkap (IDL) sebesar 96 persen per "
              "November 2025, naik dari 89 persen.")
    assert texts(result, Slot.WHAT) == ["Imunisasi Dasar Lengkap (IDL)"]


def test_a_notice_and_a_handover_name_their_what() -> None:
    notice = ("Diberitahukan kepada warga bahwa pembagian bibit kelapa tahap II akan dilaksanakan pada Sabtu, "
              "6 Desember 2025 di Balai Desa Lamteh.")
    assert texts(notice, Slot.WHAT) == ["pembagian bibit kelapa tahap II"]


def test_an_official_of_an_office_named_by_a_list_is_credited() -> None:
    draft = ("Hal itu disampaikan Kepala Dinas Kelautan, Perikanan dan Peternakan Kabupaten Sitaro, Marthen "
             "Lumi, di Ondong.")
    assert texts(draft, Slot.ATTRIBUTION) == [
        "Kepala Dinas Kelautan, Perikanan dan Peternakan Kabupaten Sitaro, Marthen Lumi"]


def test_a_deadline_counted_from_an_event() -> None:
    draft = "Klaim diajukan paling lambat 14 hari setelah panen gagal melalui penyuluh desa."
    assert texts(draft, Slot.DEADLINE) == ["paling lambat 14 hari setelah panen gagal"]
    limit = "Pendaftaran maksimal 3 hari sebelum pelaksanaan."
    assert texts(limit, Slot.DEADLINE) == []


# the unseen drafts of the round

EXT11 = sorted((Path(__file__).parent / "data" / "quality" / "drafts_extra").glob("ext11-*.md"))


def test_the_round_drafts_are_read_with_slot_f1_of_at_least_0_8() -> None:
    assert len(EXT11) == 8
    total = qm.Counts()
    for path in EXT11:
        draft = qm.read_draft(path)
        predicted = predicted_slots(clean_input(draft.body, max_chars=100_000, what="Draf"))
        for slot in SCORED_SLOTS:
            total.add(qm.slot_counts(predicted.get(slot, []), draft.facts.get(slot, [])))
    assert total.f1 >= 0.8
