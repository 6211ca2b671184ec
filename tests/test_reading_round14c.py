"""Round 14c: reading mechanisms that hold on text written apart (background paragraphs, a claim told and
taken back, the audience of a lead, a lead without its setting, what an emergency or a clarification is about).
Every sentence here is our own, written apart from the drafts the rules were measured on."""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from bot.core.reading.background import background_spans
from bot.core.reading.kind import draft_kind
from bot.core.reading.lead import clause_benefit
from bot.core.reading.lead_trim import without_setting
from bot.core.reading.rumour import answers_a_claim
from bot.core.reading.sheet import Clause, DraftKind, Fact
from bot.core.reading.what_kinds import claim_what, hazard_what

_BACKGROUND_FIRST = (
    "Pada musim kemarau 2025 sekitar 6.300 hektare kebun kakao di Kabupaten Luwu mengering, dan hasil panen turun "
    "hampir 22 persen dibanding tahun sebelumnya. Harga biji kakao kering di tingkat petani juga turun 15 persen, "
    "terutama di Kecamatan Bua, Ponrang dan Larompong Selatan.\n\n"
    "Tahun 2026 ini Dinas Perkebunan Kabupaten Luwu membagikan bibit kakao unggul bagi kelompok tani yang terdaftar "
    "di Simluhtan. Setiap kelompok mendapat 500 batang bibit. Pengajuan disampaikan lewat penyuluh di kecamatan "
    "paling lambat 30 Mei 2026."
)


def test_a_background_paragraph_of_an_earlier_year_is_found() -> None:
    spans = background_spans(_BACKGROUND_FIRST)
    assert len(spans) == 1
    assert _BACKGROUND_FIRST[spans[0][0] : spans[0][1]].startswith("Pada musim kemarau 2025")


def test_a_heading_marks_its_section_as_background_whatever_it_says() -> None:
    text = ("Kemenkes Buka Pendaftaran Kader\n\nLatar Belakang\nProgram ini dimulai pada 2026 dan kini diikuti "
            "4.100 kader.\n\nPendaftaran kader gelombang kedua dibuka 1 sampai 15 Juli 2026.")
    spans = background_spans(text)
    assert [text[s:e][:14] for s, e in spans] == ["Latar Belakang"]


def test_a_paragraph_that_offers_or_reports_a_result_is_no_background() -> None:
    offer = "Tahun lalu 900 warga ikut. Tahun 2026 pendaftaran dibuka kembali bagi 1.200 warga."
    result = "Sepanjang 2025 Pemkab berhasil menurunkan kasus DBD dari 410 menjadi 120 kasus.\n\nTerima kasih."
    assert background_spans(offer) == []
    assert background_spans(result + " Tahun 2026 dilanjutkan.") == []


def test_background_statistics_do_not_make_a_programme_an_achievement() -> None:
    sheet = read_draft(_BACKGROUND_FIRST)
    assert sheet.kind == DraftKind.SERVICE
    news = _BACKGROUND_FIRST.index("Tahun 2026")
    assert sheet.lead is not None and sheet.lead.start >= news  # context never leads


_CLAIM_LATE = (
    "Samsat Kota Jambi tetap melayani pembayaran pajak kendaraan setiap hari kerja di kantor Samsat dan gerai "
    "Samsat di dua pusat perbelanjaan. Pembayaran tidak dipungut biaya tambahan apa pun.\n\n"
    "Sejak Senin beredar pesan berantai yang menyebut pembayaran pajak kendaraan di Jambi dihentikan sampai akhir "
    "bulan karena sistem diganti.\n\n"
    "Kepala UPTD Samsat Kota Jambi, Rahmad Hidayat, menegaskan kabar itu tidak benar. Sistem berjalan normal dan "
    "loket tetap buka seperti biasa."
)


def test_a_claim_told_and_taken_back_late_is_a_clarification() -> None:
    assert read_draft(_CLAIM_LATE).kind == DraftKind.CLARIFICATION


def test_a_fraud_warning_with_a_fake_link_is_no_answered_claim() -> None:
    warning = ["Beredar pesan berisi tautan palsu yang mengatasnamakan Dinsos.",
               "Jangan klik tautan tersebut dan jangan bagikan kode OTP kepada siapa pun."]
    assert not answers_a_claim(warning)
    assert answers_a_claim(["Video itu viral di media sosial.", "Dinas memastikan isi video tersebut keliru."])


def test_the_claim_and_its_denial_are_what_a_clarification_is_about() -> None:
    whats = [f.text for f in claim_what(_CLAIM_LATE)]
    assert whats[0].startswith("pesan berantai yang menyebut pembayaran pajak kendaraan di Jambi dihentikan")
    assert whats[1] == "tidak benar"
    assert claim_what("Informasi yang beredar itu keliru, kata kepala dinas.") == []  # "informasi | yang" names none


def test_an_emergency_is_about_its_hazard_not_a_past_one() -> None:
    text = ("PERINGATAN DINI\nSisa banjir pekan lalu sudah surut. Gelombang tinggi 2,5 hingga 3 meter "
            "diperkirakan terjadi di perairan selatan Lombok pada 4–6 Agustus 2026.")
    assert [f.text for f in hazard_what(text)] == ["Gelombang tinggi 2,5 hingga 3 meter"]
    assert hazard_what("Jika banjir datang malam ini, warga bantaran diminta naik ke lantai dua.") == []


def test_a_lead_offered_to_everybody_gives_the_drafts_audience() -> None:
    text = ("Puskesmas Kecamatan Mariso menggelar pemeriksaan mata gratis bagi seluruh warga pada Sabtu, 9 Mei "
            "2026, di halaman kantor camat. Bagi warga berusia 60 tahun ke atas, tersedia 150 kacamata baca.")
    who = [f.text for f in read_draft(text).of(Slot.WHO)]
    assert "seluruh warga" in who


def test_a_group_ends_before_the_hours_of_the_offer() -> None:
    text = ("RSUD Kota Baubau membuka layanan cek kesehatan gratis untuk masyarakat umum hingga pukul 11.00 WITA "
            "di lobi rumah sakit.")
    who = [f.text for f in read_draft(text).of(Slot.WHO)]
    assert who and all("pukul" not in w for w in who)


def test_a_lead_ends_before_its_dated_time_and_place() -> None:
    text = ("Dinas Kesehatan Kota Binjai membuka layanan cek gigi anak gratis di 8 puskesmas se-Kota Binjai "
            "setiap Sabtu pukul 08.00 sampai 11.00 WIB.")
    lead = read_draft(text).lead
    assert lead is not None and lead.text.endswith("gratis")


def test_a_lead_keeps_a_setting_that_is_its_news() -> None:
    moved = ("Mulai 2 Maret 2026, pelayanan perekaman KTP elektronik Disdukcapil Kota Bitung dipindahkan sementara "
             "ke Gedung Serbaguna Girian selama kantor direnovasi.")
    lead = read_draft(moved).lead
    assert lead is not None and "Gedung Serbaguna Girian" in lead.text
    inside = "aliran air ke wilayah Kecamatan Medan Johor dan Medan Amplas akan terhenti selama perbaikan pipa"
    place = inside.index("Kecamatan")
    facts = [Fact(Slot.WHERE, "Kecamatan Medan Johor dan Medan Amplas", place, place + 37)]
    clause = Clause(inside, 0, len(inside), 0, benefit=4.0)
    assert without_setting(clause, facts, inside, DraftKind.SERVICE) == clause  # a predicate follows the place


def test_a_weekday_without_a_date_stays_with_its_offer() -> None:
    text = "Menjelang libur sekolah, Kantor Imigrasi Kelas II Jember membuka layanan paspor pada hari Minggu."
    lead = read_draft(text).lead
    assert lead is not None and lead.text.endswith("pada hari Minggu")


def test_a_clause_that_points_back_or_gives_the_occasion_weighs_less() -> None:
    assert clause_benefit("tidak ada pungutan apa pun untuk mendapatkan bantuan ini") < clause_benefit(
        "bantuan bibit kakao gratis bagi kelompok tani")
    assert clause_benefit("Imbauan ini dikeluarkan menyusul naiknya titik panas di lahan gambut",
                          DraftKind.APPEAL) == 0.0


def test_a_contest_and_its_prize_give_citizens_something() -> None:
    assert clause_benefit("lomba mural dan lomba baca puisi dengan total hadiah Rp75 juta") >= 2.5


def test_a_call_centre_number_is_read_whole() -> None:
    sheet = read_draft("Keluhan layanan air dapat disampaikan ke call center 1500-287 setiap hari.")
    assert [f.text for f in sheet.of(Slot.CONTACT)] == ["call center 1500-287"]


def test_kind_reads_the_news_after_a_background_opening() -> None:
    assert draft_kind(_BACKGROUND_FIRST) == DraftKind.SERVICE


def test_whoever_a_scam_reaches_or_an_ask_addresses_is_no_group_served() -> None:
    text = ("Pemkab Sinjai membagikan bibit cengkeh gratis bagi petani pemilik kebun di lereng Gunung Bawakaraeng. "
            "Warga yang menerima tawaran jatah bibit berbayar diminta segera melapor. Dinas juga meminta petani "
            "tidak percaya pada calo yang menjanjikan bibit tambahan.")
    who = [f.text for f in read_draft(text).of(Slot.WHO)]
    assert not any("tawaran" in w or "calo" in w for w in who)


def test_what_a_retold_rumour_states_is_no_fact_of_the_clarification() -> None:
    text = ("Sejak Senin beredar pesan berantai yang menyebut warga Kota Parepare wajib membawa surat pengantar RT "
            "dan mendaftar ulang melalui tautan bit.ly/daftar-kis paling lambat 20 Juli 2026 agar KIS tidak "
            "dinonaktifkan.\n\n"
            "Kepala Dinas Sosial Kota Parepare, Andi Ruslan, menegaskan kabar itu tidak benar. Kepesertaan KIS tetap "
            "aktif dan warga tidak perlu mendaftar ulang. Pertanyaan dapat disampaikan ke kantor Dinas Sosial di "
            "Jalan Bau Massepe setiap hari kerja.")
    sheet = read_draft(text)
    assert sheet.kind == DraftKind.CLARIFICATION
    assert not sheet.of(Slot.REQUIREMENTS) and not sheet.of(Slot.HOW) and not sheet.of(Slot.DEADLINE)
    assert [f.text for f in sheet.of(Slot.WHERE)] == ["kantor Dinas Sosial di Jalan Bau Massepe"]
    assert "tautan bit.ly/daftar-kis" in sheet.of(Slot.WHAT)[0].text  # a dot inside a link ends no claim


def test_a_headline_verdict_does_not_hide_the_rumour_the_body_retells() -> None:
    text = ("Dishub Makassar: Kabar Tarif Pete-pete Naik Dua Kali Lipat Tidak Benar\n\n"
            "Sejak Jumat sebuah unggahan ramai dibagikan di grup warga. Unggahan itu menyebutkan tarif angkutan "
            "kota naik menjadi Rp10.000 dan penumpang pelajar wajib membayar penuh.\n\n"
            "Kepala Dinas Perhubungan Kota Makassar menegaskan kabar tersebut tidak benar. Tarif pete-pete tetap "
            "Rp5.000 dan pelajar berseragam tetap membayar Rp3.000.")
    lead = read_draft(text).lead
    assert lead is not None and "tetap" in lead.text and "Rp10.000" not in lead.text
