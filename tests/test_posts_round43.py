"""Round 43 of issue 11: patterns sealed batch 43 showed, each in a text of our own.

A how-act that runs past "(Jl. Merdeka)"; a chain message told again after its denial, whose demand is no step; a
group whose service is put off; a recruitment's purpose clause full of stunting figures; two free offers of equal
weight, one saying where and when; a lead cut before a list's second place; an office's catchment area; a target
said with a regional pronoun and a holiday; a fee cap far after "Biaya"; a shouted acronym expansion; requirements
under a section heading; the committee's and the schools' own deadlines; a credit line; "satu rumah dapat dua
sachet"; a date after a place's name mid-sentence; and the fact lock's "Tj.", "Dispusip", "kemarin" and
"450 (empat ratus lima puluh) bidang".
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.reading import DraftKind, Slot, read_draft
from bot.core.reading.acronyms import find_acronyms
from bot.core.reading.datelines import dates_a_dateline
from bot.offline.post_claim import short_claim
from tests.support.reading_checks import facts_of, marked_line
from tests.support.reading_checks import instagram_post as _post

PARKING = (
    "Pawai budaya HUT Kota Contoh digelar Sabtu, 8 Mei 2027 pukul 13.00 WITA.\n\n"
    "Penonton diminta parkir di dua kantong parkir resmi, yakni halaman Kantor Dinas Sosial (Jl. Merdeka) dan "
    "Lapangan Karya. Tarif parkir Rp2.000 untuk sepeda motor.\n"
)


def test_an_asked_act_runs_past_an_abbreviations_dot() -> None:
    how = facts_of(read_draft(PARKING), Slot.HOW)
    assert any("(Jl. Merdeka) dan Lapangan Karya" in h for h in how), how
    assert not any(h.endswith("(Jl") for h in how), how


RETOLD = (
    "Dinas Kominfo Kota Contoh menegaskan bahwa pesan suara yang beredar di grup WhatsApp sejak Senin malam adalah "
    "hoaks. Pesan yang mengaku dari petugas BMKG itu menyebut banjir bandang setinggi tiga meter akan melanda "
    "Kelurahan Sukamaju pada Selasa malam dan meminta warga segera mengungsi ke arah perbukitan.\n\n"
    "\"Tidak ada peringatan dini banjir bandang dari BMKG untuk Kota Contoh,\" kata Kepala Pelaksana BPBD.\n\n"
    "Untuk laporan darurat, warga dapat menghubungi Call Center 112.\n"
)


def test_a_rumour_told_again_after_its_denial_gives_no_step_and_names_the_claim() -> None:
    post = _post(RETOLD)
    assert "perbukitan" not in post, post
    first = post.splitlines()[0]
    assert first.startswith("📢 [HOAKS]") and "banjir bandang setinggi tiga meter" in first, first
    assert "sejak Senin malam" not in first, first


def test_a_claim_with_a_second_demand_is_cut_before_it() -> None:
    claim = ("\"mulai 1 Maret 2027 semua kartu KIS lama tidak berlaku lagi dan warga wajib menggantinya di kantor "
             "BPJS terdekat\"")
    assert short_claim(claim) == "\"mulai 1 Maret 2027 semua kartu KIS lama tidak berlaku lagi …\""


POSTPONED = (
    "Operasi katarak gratis digelar di RSUD Contoh pada 10–12 Mei 2027 bagi warga berusia 45 tahun ke atas. Bagi "
    "pasien dengan gula darah tinggi, operasi akan ditunda sampai kondisinya terkontrol.\n"
)


def test_those_whose_service_is_put_off_are_not_whom_it_is_for() -> None:
    who = facts_of(read_draft(POSTPONED), Slot.WHO)
    assert any("45 tahun" in w for w in who), who
    assert not any("gula darah" in w for w in who), who


RECRUITMENT = (
    "PENGUMUMAN\nREKRUTMEN KADER POSYANDU TAHUN 2027\n\n"
    "Dalam rangka percepatan penurunan stunting untuk menurunkan prevalensi stunting Kabupaten Contoh menjadi 12 "
    "persen pada akhir 2027, Dinas Kesehatan membuka pendaftaran kader posyandu di 30 desa.\n\n"
    "A. PERSYARATAN\n"
    "1. Berdomisili di desa yang dilamar;\n"
    "2. Berusia 20 sampai 45 tahun;\n"
    "3. Pendidikan paling rendah SMA atau sederajat.\n\n"
    "B. JADWAL\n"
    "Pendaftaran: 11–22 Januari 2027 di puskesmas kecamatan.\n"
    "Kepala puskesmas wajib mengirim rekap berkas ke Dinas Kesehatan paling lambat Sabtu, 23 Januari 2027.\n"
)


def test_a_purpose_clause_full_of_figures_makes_no_achievement() -> None:
    assert read_draft(RECRUITMENT).kind != DraftKind.ACHIEVEMENT


def test_requirements_under_a_section_heading_are_read() -> None:
    needs = facts_of(read_draft(RECRUITMENT), Slot.REQUIREMENTS)
    assert any("Berdomisili di desa" in n for n in needs) and any("SMA" in n for n in needs), needs


def test_an_offices_own_deadline_is_no_line_for_citizens() -> None:
    post = _post(RECRUITMENT)
    assert "Kepala puskesmas wajib" not in post and "23 Januari" not in post, post


LAND = (
    "PENGUMUMAN\nPENDAFTARAN TANAH SISTEMATIS LENGKAP (PTSL) TAHUN 2027\n\n"
    "Warga yang tanahnya belum bersertipikat dapat mengumpulkan berkas di Kantor Desa Contoh mulai 7 Juni sampai "
    "9 Juli 2027.\n\n"
    "1. Berkas dimasukkan dalam map warna hijau, satu map untuk satu bidang, berisi:\n"
    "   a. fotokopi KTP dan KK pemilik tanah;\n"
    "   b. fotokopi SPPT PBB tahun terakhir.\n\n"
    "2. Biaya persiapan PTSL sesuai SKB Tiga Menteri dan Peraturan Bupati Contoh sebesar Rp200.000 per bidang. "
    "Selain itu tidak ada pungutan lain.\n\n"
    "3. Panitia desa akan meneruskan seluruh berkas ke Kantor Pertanahan paling lambat tanggal 16 Juli 2027.\n"
)


def test_a_fee_cap_far_after_its_word_is_the_cost_with_no_other_levy() -> None:
    cost = facts_of(read_draft(LAND), Slot.COST)
    assert "Rp200.000" in " ".join(cost) and any("pungutan lain" in c for c in cost), cost


def test_an_indented_list_under_a_long_header_is_the_requirements() -> None:
    needs = facts_of(read_draft(LAND), Slot.REQUIREMENTS)
    assert any("fotokopi KTP dan KK" in n for n in needs) and any("SPPT PBB" in n for n in needs), needs


def test_the_committees_own_deadline_is_no_deadline_for_citizens() -> None:
    sheet = read_draft(LAND)
    assert not any("16 Juli" in d for d in facts_of(sheet, Slot.DEADLINE)), facts_of(sheet, Slot.DEADLINE)
    assert "16 Juli" not in _post(LAND)


def test_a_shouted_acronym_expansion_is_written_as_a_name() -> None:
    assert dict(find_acronyms(LAND))["PTSL"] == "Pendaftaran Tanah Sistematis Lengkap"
    assert dict(find_acronyms("KARTU INDONESIA SEHAT DAN BPJS (KISB) dibagikan."))["KISB"] == \
        "Kartu Indonesia Sehat dan BPJS"


ABATE = (
    "Kasus DBD di wilayah kerja Puskesmas Contoh naik sejak awal November. Fogging dari puskesmas tidak bayar. "
    "Bubuk abate bisa diambil gratis di Puskesmas Contoh dan di Pustu Sukamaju, Senin sampai Sabtu jam delapan "
    "sampai jam dua belas siang. Satu rumah dapat dua sachet. Target katong, angka bebas jentik sembilan puluh "
    "lima persen sebelum Natal.\n"
)


def test_of_equal_offers_the_one_saying_where_and_when_leads_without_a_dangling_and() -> None:
    sheet = read_draft(ABATE)
    assert sheet.lead is not None and sheet.lead.text.startswith("Bubuk abate"), sheet.lead
    first = _post(ABATE).splitlines()[0]
    assert first == "Bubuk abate bisa diambil gratis.", first


def test_hours_after_a_place_mid_sentence_are_read_and_no_dateline() -> None:
    assert any("jam delapan" in w for w in facts_of(read_draft(ABATE), Slot.WHEN))
    text = "Abate diambil di Pustu Negeri Lama, Senin sampai Sabtu."
    assert not dates_a_dateline(text, text.index("Senin"))
    heading = "SIARAN PERS\nMataram, 9 Maret 2026 – Pemkot ..."
    assert dates_a_dateline(heading, heading.index("9 Maret"))


def test_a_catchment_area_a_quota_per_house_and_a_target_said_whole() -> None:
    sheet = read_draft(ABATE)
    assert "Puskesmas Contoh" in facts_of(sheet, Slot.WHERE), facts_of(sheet, Slot.WHERE)
    assert "Satu rumah dapat dua sachet" in facts_of(sheet, Slot.QUOTA), facts_of(sheet, Slot.QUOTA)
    target = marked_line(_post(ABATE), "🎯")
    assert "Angka bebas jentik" in target and "sebelum Natal" in target, target


FAQ = (
    "TANYA JAWAB PENERIMAAN MURID BARU KOTA CONTOH 2027\n"
    "Disusun oleh Dinas Pendidikan Kota Contoh | dibagikan melalui grup WA komite sekolah\n\n"
    "T: Kapan pendaftaran dibuka?\n"
    "J: Pendaftaran SMP dibuka 7–11 Juni 2027 secara daring. Sekolah diminta mengunggah data daya tampung paling "
    "lambat 31 Mei 2027. Pendaftaran tidak dipungut biaya apa pun.\n"
)


def test_a_credit_line_and_the_schools_own_deadline_stay_out_of_the_post() -> None:
    post = _post(FAQ)
    assert "Disusun oleh" not in post and "31 Mei" not in post, post


def test_the_lock_knows_usual_short_forms_a_day_before_and_a_count_with_its_words() -> None:
    port = "Kapal rute Selatpanjang–Tanjung Balai Karimun berangkat pukul 08.00 WIB."
    assert check_facts("Kapal ke Tj. Balai Karimun jam 8 pagi", [port]).ok
    library = "Dinas Perpustakaan dan Kearsipan Kabupaten Contoh membawa 1.500 buku."
    assert check_facts("Dispusip bawa 1.500 buku", [library]).ok
    talk = "Dialog Kamis (19/11/2026). Sejak awal November sampai kemarin ada 14 kasus DBD."
    assert check_facts("Sampai Rab 18/11 ada 14 kasus", [talk]).ok
    assert not check_facts("Sampai Sel 17/11 ada 14 kasus", [talk]).ok
    quota = "Desa Contoh mendapat kuota 450 (empat ratus lima puluh) bidang tanah."
    assert check_facts("Kuota 450 bidang", [quota]).ok
    assert not check_facts("Kuota 540 bidang", [quota]).ok


def test_hours_a_road_is_closed_are_no_deadline_but_a_closing_hour_is() -> None:
    road = read_draft("Jl. Merdeka di sisi alun-alun kembali ditutup pukul 19.00 hingga 23.00 WITA selama konser.")
    assert not facts_of(road, Slot.DEADLINE) and any("19.00" in w for w in facts_of(road, Slot.WHEN))
    closing = read_draft("Pendaftaran lomba ditutup pukul 16.00 WIB hari ini.")
    assert any("16.00" in d for d in facts_of(closing, Slot.DEADLINE)), closing.facts


def test_a_line_pointing_at_the_drafts_layout_is_no_context() -> None:
    draft = ("PASAR MURAH KELILING\n\nSenin 22/2 – Kelurahan Mandala, pukul 08.00–12.00 WIT.\n"
             "Beras medium 5 kg | Rp58.000\nMinyak goreng 1 liter | Rp14.000\n\n"
             "Harga di atas sudah disubsidi Pemkab Contoh, jadi jauh di bawah harga pasar.\n")
    assert "di atas" not in _post(draft)


def test_personal_data_of_someone_else_escalates_with_an_illness_a_km_address_or_their_number() -> None:
    from bot.core.triage_rules import personal_data_escalates

    assert personal_data_escalates("Tolong hubungi ibu Rina di 0812 1111 2222, anaknya sudah 3 hari demam tinggi")
    assert personal_data_escalates("Rumah kades di Jl. Raya Sukamaju km 4 pagar hijau, WA-nya 0813 2222 3333")
    assert not personal_data_escalates("Hubungi sy di 0812 3456 7890 ya min, mau tanya pendaftaran")


SCREENING = (
    "Bupati Contoh membuka secara resmi skrining mata bertempat di Aula Puskesmas Sukamaju, Kecamatan Kota, pada "
    "Senin (1/3/2027).\n\n"
    "Skrining dilakukan bergilir, yaitu di Puskesmas Sukamaju pada Senin–Selasa (1–2/3), Puskesmas Lembah pada Rabu "
    "(3/3) dan Puskesmas Pantai pada Kamis (4/3), setiap hari mulai pukul 08.00 sampai 13.00 WITA. Skrining gratis.\n"
)


def test_a_building_named_after_its_hall_is_a_venue_and_hours_for_every_day_stand_apart() -> None:
    sheet = read_draft(SCREENING)
    assert "Puskesmas Sukamaju" in facts_of(sheet, Slot.WHERE), facts_of(sheet, Slot.WHERE)
    whens = facts_of(sheet, Slot.WHEN)
    assert not any("Kamis" in w and "08.00" in w for w in whens), whens
    post = _post(SCREENING)
    assert "Senin–Selasa, 1–2 Maret 2027 di Puskesmas Sukamaju" in post, post


def test_a_line_addressed_to_the_hamlet_heads_is_their_deadline() -> None:
    draft = ("Reaktivasi BPJS PBI dibuka di Kantor Nagari Contoh pada Selasa–Kamis, 9–11 Februari 2027.\n\n"
             "Untuk Bapak Kapalo Jorong: rekap nama warga yang kartunya nonaktif tolong diserahkan ke kantor nagari "
             "paling lambat Senin, 8 Februari 2027.\n")
    sheet = read_draft(draft)
    assert not any("8 Februari" in d for d in facts_of(sheet, Slot.DEADLINE)), sheet.facts
    assert "8 Februari" not in _post(draft)


WAVES = (
    "INFO PENTING BPBD KABUPATEN CONTOH\n\n"
    "Peringatan gelombang tinggi berlaku mulai Selasa (15/12) sampai Kamis (17/12/2026).\n\n"
    "1. Nelayan dengan perahu di bawah 10 GT diimbau tidak melaut selama masa peringatan.\n\n"
    "2. Keberangkatan kapal cepat rute Contoh–Pulau Jauh ditiadakan pada Selasa dan Rabu (15–16/12).\n\n"
    "Kepada para camat dan kepala desa pesisir, mohon laporan situasi dikirim ke Pusdalops setiap hari pukul 17.00 "
    "WIB.\n\nDarurat: Pusdalops BPBD 0812-0000-1111.\n"
)


def test_departures_called_off_are_no_holiday_and_the_officials_hour_is_theirs() -> None:
    post = _post(WAVES)
    off = marked_line(post, "⛔")
    assert off.startswith("⛔ Ditiadakan:") and "Selasa dan Rabu" in off and "libur" not in post.lower(), post
    assert "17.00" not in post, post


LIBRARY = (
    "MOBIL PERPUSTAKAAN KELILING HADIR DI KAMPUNG!\n\n"
    "Libur sekolah jangan cuma main HP ya. Dinas Perpustakaan Kabupaten Contoh membawa 1.000 buku ke "
    "kecamatan-kecamatan.\n\n"
    "Senin 12/7 – Kecamatan Kota: Taman Kota\nSelasa 13/7 – Kecamatan Pantai: Balai Desa Pantai\n\n"
    "Baca di tempat gratis, pinjam buku cukup bawa KTP. Kalau hujan deras, layanan pindah ke teras terdekat.\n"
)


def test_a_promotions_jangan_cuma_makes_no_appeal_and_a_rain_fallback_leads_nothing() -> None:
    sheet = read_draft(LIBRARY)
    assert sheet.kind != DraftKind.APPEAL, sheet.kind
    assert sheet.lead is None or "hujan" not in sheet.lead.text and "teras" not in sheet.lead.text, sheet.lead


def test_a_question_naming_what_one_sentence_names_is_answered_by_it() -> None:
    from bot.offline.answer import answer_question

    draft = ("Pendaftaran sertifikat tanah gratis dibuka di Kantor Desa Contoh mulai 7 Juni 2027. Bawa fotokopi KTP "
             "dan KK serta bukti penguasaan tanah. Tanah yang berada dalam kawasan hutan atau masih sengketa tidak "
             "dapat diikutkan tahun ini.")
    reply = answer_question("tanah kami masuk kawasan hutan kata orang, bisa disertifikatkan kah?", draft, "friendly")
    assert reply is not None and "kawasan hutan atau masih sengketa tidak dapat diikutkan" in reply[0][0], reply


def test_a_range_of_dates_that_moves_one_end_of_the_drafts_range_is_caught() -> None:
    draft = ("1. Warga dapat mengumpulkan berkas di Kantor Desa mulai Senin, 7 Juni 2027 sampai dengan Jumat, 9 Juli "
             "2027.\n\n2. Pengukuran dimulai pertengahan Juli 2027.\n\n3. Panitia meneruskan berkas paling lambat "
             "tanggal 16 Juli 2027.\n")
    assert check_facts("Kumpul berkas: Sen 7 Juni – Jum 9 Juli 2027", [draft]).ok
    assert not check_facts("Kumpul berkas: Sen 7 Juni – Jum 16 Juli 2027", [draft]).ok
    surgery = ("Operasi katarak dibuka Selasa (10/3/2026).\n\nOperasi dilanjutkan Rabu dan Kamis (11-12/3/2026).\n\n"
               "Pendaftaran paling lambat Senin (2/3/2026).")
    assert check_facts("Operasi katarak gratis 10–12 Maret 2026", [surgery]).ok
