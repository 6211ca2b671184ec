"""Round 42 of issue 11: patterns sealed batch 42 showed, each in a text of our own.

A voice note's transcript under an editor's bracketed note, an evacuation said aloud beside free meals, a new
service's old counter kept open, a weekly prayer break in a timetable, a free trial said in a quote with the fare
after it in words, two doers praised together, a target said with "kami targetkan", the village heads' own
deadline, a launch ceremony's hall, a benefit that only repeats the quota, a report line opened by an emoji.
"""

from __future__ import annotations

from bot.core.reading import DraftKind, Slot, read_draft
from bot.core.reading.lead import clause_benefit
from tests.support.reading_checks import facts_of, marked_line
from tests.support.reading_checks import instagram_post as _post

VOICE_NOTE = (
    "[TRANSKRIP PESAN SUARA – Kepala Pelaksana BPBD Kabupaten Contoh di grup WA \"Siaga Banjir\", Senin 9/11/2026 "
    "pukul 20.15 WIB. Diketik ulang Pusdalops untuk warga]\n\n"
    "\"Selamat malam Bapak Ibu Camat dan Kepala Desa. Langsung saja ya.\n\n"
    "Air Sungai Contoh di pos pantau Jembatan Merah sudah dua ratus enam puluh senti. Jadi malam ini statusnya kita "
    "naikkan ke Siaga Dua.\n\n"
    "Untuk desa di bantaran, terutama Sukamaju dan Karanganyar, kalau air sudah masuk halaman, jangan tunggu, "
    "langsung bawa keluarga ke titik pengungsian. Lansia dan anak-anak didahulukan.\n\n"
    "Dapur umum kita buka di halaman Kantor Camat Sukamaju mulai besok pagi jam enam, makan untuk pengungsi "
    "gratis. Terima kasih.\"\n\n"
    "Nomor darurat Pusdalops (24 jam): 0812-1111-2222.\n"
)


def test_an_editors_bracketed_note_with_its_own_stamp_is_no_line_of_the_post() -> None:
    post = _post(VOICE_NOTE)
    assert "Diketik ulang" not in post and "TRANSKRIP" not in post, post


def test_an_evacuation_said_aloud_leads_above_free_meals_with_its_condition() -> None:
    sheet = read_draft(VOICE_NOTE)
    assert sheet.lead is not None and "titik pengungsian" in sheet.lead.text, sheet.lead
    first = _post(VOICE_NOTE).splitlines()[0]
    assert first.startswith("Kalau air sudah masuk halaman") and "titik pengungsian" in first, first


def test_an_alert_status_raised_aloud_weighs_as_a_warning() -> None:
    assert clause_benefit("statusnya kita naikkan ke Siaga Dua", DraftKind.EMERGENCY) > 0
    assert clause_benefit("statusnya kita bahas besok", DraftKind.EMERGENCY) == 0


APP = (
    "Mulai Senin, 4 Januari 2027, pendaftaran pasien rawat jalan RSUD Contoh memakai aplikasi antrean online.\n\n"
    "Pasien cukup ambil nomor antrean dari HP sehari sebelum berobat.\n\n"
    "Loket manual tetap dibuka Senin–Sabtu pukul 07.30–10.00 WIB dengan 50 nomor per hari. Loket ini diutamakan "
    "untuk lansia dan ibu hamil.\n"
)
HOLIDAY = (
    "Dinas Lingkungan Hidup Kota Contoh menyampaikan pengangkutan sampah rumah tangga tetap jalan selama libur "
    "Lebaran 2027. Truk berangkat lebih pagi, pukul 05.00 WIB.\n"
)


def test_the_old_counter_kept_open_beside_a_new_service_is_no_lead_but_a_holiday_service_is() -> None:
    sheet = read_draft(APP)
    assert sheet.lead is not None and "tetap dibuka" not in sheet.lead.text, sheet.lead
    kept_open = clause_benefit("Loket manual tetap dibuka Senin–Sabtu", DraftKind.SERVICE)
    assert clause_benefit("pengangkutan sampah rumah tangga tetap jalan selama libur Lebaran 2027",
                          DraftKind.SERVICE) > kept_open


BOAT = (
    "Kapal Sungai Contoh Mulai Berlayar\n\n"
    "Wali Kota Contoh, Budi Santoso, meresmikan kapal sungai Contoh di Dermaga Pasar Ikan, Sabtu (1/5/2027).\n\n"
    "\"Mulai Senin (3/5) sampai Minggu (9/5), warga naik gratis, cukup datang ke dermaga. Setelah masa uji coba, "
    "tarifnya empat ribu rupiah sekali jalan,\" kata Budi.\n\n"
    "Kapal berangkat setiap tiga puluh menit, pukul 06.00 sampai 18.00 WIB. Khusus hari Jumat, layanan dihentikan "
    "sementara pukul 11.30 hingga 13.30 WIB.\n"
)


def test_a_weekly_break_is_no_outage_and_a_free_trial_said_in_a_quote_leads() -> None:
    sheet = read_draft(BOAT)
    assert sheet.lead is not None and "naik gratis" in sheet.lead.text, sheet.lead


def test_a_fare_in_words_after_a_free_trial_stays_on_the_cost_line() -> None:
    assert "empat ribu rupiah" in marked_line(_post(BOAT), "💰"), _post(BOAT)


POWER = (
    "Bupati Contoh yang diwakili Sekretaris Daerah secara resmi melepas pelaksanaan program bantuan pasang baru "
    "listrik bertempat di Aula Kantor Bupati Contoh, Rabu (12/5/2027).\n\n"
    "Sekda menyampaikan apresiasi kepada Kementerian ESDM dan PLN yang menanggung seluruh biaya penyambungan dan "
    "instalasi kabel dalam rumah.\n\n"
    "Tahun ini Kabupaten Contoh memperoleh kuota delapan ratus sambungan rumah tangga.\n\n"
    "Warga yang rumahnya belum punya meteran sendiri dapat melapor ke kantor desa dengan membawa fotokopi KTP dan KK, "
    "paling lambat Jumat, 18 Juni 2027. Selanjutnya kepala desa dan lurah menyampaikan usulan hasil verifikasi ke "
    "Bagian Perekonomian paling lambat 30 Juni 2027.\n\n"
    "\"Kami targetkan seluruh sambungan sudah menyala sebelum akhir Oktober 2027,\" ujarnya.\n"
)


def test_two_praised_doers_are_named_together_in_the_lead() -> None:
    assert _post(POWER).splitlines()[0].startswith("Kementerian ESDM dan PLN menanggung"), _post(POWER)


def test_a_target_and_the_village_heads_deadline_are_targets_with_whose_they_are() -> None:
    sheet = read_draft(POWER)
    targets = [f.display or f.text for f in sheet.of(Slot.TARGET)]
    assert any(t.startswith("kepala desa dan lurah menyampaikan") for t in targets), targets
    assert any(t.startswith("seluruh sambungan sudah menyala sebelum akhir Oktober") for t in targets), targets
    assert not any("Oktober" in w for w in facts_of(sheet, Slot.WHEN)), facts_of(sheet, Slot.WHEN)
    post = _post(POWER)
    assert "Sampaikan usulan" not in post, post  # the village heads' step is no citizen's
    assert "18 Juni 2027" in marked_line(post, "⏳"), post


def test_a_launch_halls_day_and_place_are_history_when_citizens_have_a_deadline() -> None:
    post = _post(POWER)
    assert "Aula Kantor Bupati" not in post and "12 Mei" not in post, post
    assert "datang, ya" not in post, post


def test_a_benefit_that_only_repeats_the_quota_is_said_once() -> None:
    post = _post(POWER)
    assert post.lower().count("delapan ratus sambungan") == 1, post


HOAX = (
    "[HOAKS] Link pendaftaran bansos yang beredar di WhatsApp itu palsu.\n\n"
    "Pemkab Contoh tidak pernah membuka pendaftaran bansos lewat link apa pun. Nama penerima dicek di kantor "
    "desa.\n\n"
    "📞 Ragu atau menemukan link serupa? Laporkan ke WA Pengaduan Dinsos Contoh 0812-3333-4444.\n"
)


def test_a_report_lines_situation_is_said_without_the_lines_emoji() -> None:
    line = marked_line(_post(HOAX), "📣")
    assert "bila ragu atau menemukan link serupa" in line and "📞 " not in line.split(":")[0], line


VACCINE = (
    "Vaksinasi rabies gratis bagi anjing dan kucing peliharaan warga. Jadwal pelayanan pukul 08.00–12.00 WITA:\n"
    "- Senin, 13 September 2027: Balai Desa Contoh\n"
    "- Kamis, 16 September 2027: Lapangan Desa Maju\n\n"
    "Catatan:\n"
    "- Rabu 15/9 tim tidak turun lapangan.\n"
    "- Hewan yang divaksin berumur minimal 3 bulan.\n"
)


def test_a_day_the_field_team_stays_in_is_said_as_a_day_off() -> None:
    days = [f.display or f.text for f in read_draft(VACCINE).of(Slot.WHEN) if "15" in f.text]
    assert days and all("(libur)" in d for d in days), days


FAQ = (
    "TANYA-JAWAB ANTREAN ONLINE RSUD CONTOH\n"
    "(Humas RSUD Contoh – diperbarui 3 Januari 2027)\n\n"
    "Mulai Senin, 4 Januari 2027, pendaftaran pasien rawat jalan RSUD Contoh memakai aplikasi antrean online "
    "bernama SI-ANTRE CONTOH.\n\n"
    "1. Apa itu SI-ANTRE CONTOH?\n"
    "Aplikasi untuk ambil nomor antrean dari HP. Aplikasinya gratis.\n\n"
    "2. Kalau sakit mendadak atau darurat?\n"
    "IGD buka 24 jam dan tidak pakai antrean online. Langsung datang.\n"
)


def test_a_faqs_special_case_answer_does_not_lead_the_new_way_to_register_does() -> None:
    sheet = read_draft(FAQ)
    assert sheet.lead is not None and "aplikasi antrean online" in sheet.lead.text, sheet.lead
    first = _post(FAQ).splitlines()[0]
    assert "SI-ANTRE" in first, first  # a hyphenated name in capitals keeps them
    assert "diperbarui" not in _post(FAQ), _post(FAQ)  # the FAQ's own stamp


PRICES = (
    "Petani yang terdaftar kini dapat menebus pupuk bersubsidi di kios resmi. Kios wajib menjual sesuai harga "
    "eceran tertinggi, yakni Urea Rp90.000 per sak isi 50 kilogram, NPK Phonska Rp92.000 per sak isi 50 kilogram, "
    "dan pupuk organik Rp25.600 per sak isi 40 kilogram.\n"
)


def test_a_price_list_names_its_first_item_and_items_of_several_capitalised_words() -> None:
    costs = facts_of(read_draft(PRICES), Slot.COST)
    assert "Urea Rp90.000 per sak isi 50 kilogram" in costs, costs
    assert "NPK Phonska Rp92.000 per sak isi 50 kilogram" in costs, costs


OUTAGE = (
    "Perumda Air Minum Kota Contoh memberitahukan pekerjaan penggantian katup pipa yang sebelumnya direncanakan "
    "pada Sabtu (6/2/2027) diundur menjadi Sabtu (13/2/2027) pukul 21.00 WITA hingga Minggu (14/2/2027) pukul "
    "09.00 WITA. Aliran air ke Kelurahan Contoh dan Kelurahan Maju akan terhenti selama pekerjaan.\n"
)


def test_a_day_that_moved_alone_is_the_old_schedule_never_the_old_place() -> None:
    post = _post(OUTAGE)
    assert "Lokasi lama" not in post, post
    assert "6 Februari 2027" in marked_line(post, "↩️") and "Jadwal lama" in marked_line(post, "↩️"), post


RADIO = (
    "PENYIAR: Pak, apa saja yang dihapus?\n"
    "NARASUMBER: Mulai 1 Oktober sampai 18 Desember 2026 ada pemutihan. Jadi denda pajak kendaraan bermotor "
    "dihapus seratus persen. Masyarakat cukup bayar pokoknya saja.\n"
)


def test_a_transcripts_spoken_opener_is_no_word_of_a_value() -> None:
    line = marked_line(_post(RADIO), "💰")
    assert "Jadi denda" not in line and "enda pajak kendaraan bermotor dihapus" in line, line


SHELTERS = (
    "PERINGATAN DINI BANJIR BPBD KABUPATEN CONTOH\n\n"
    "Status Sungai Contoh naik menjadi Siaga. Pertama, jembatan gantung Desa Sukamaju kita tutup untuk semua "
    "kendaraan mulai pukul 21.00 WIB sampai ada pemberitahuan lagi. Kedua, dapur umum kita buka di halaman Kantor "
    "Camat Sukamaju mulai besok pukul 06.00 WIB, makan untuk pengungsi gratis.\n\n"
    "Titik pengungsian sementara\n"
    "• Masjid Raya Desa Sukamaju (lantai dua)\n"
    "• Aula SMP Negeri 3 Contoh\n\n"
    "Nomor darurat BPBD (24 jam): 0812-4444-5555.\n"
)


def test_shelters_under_a_plain_heading_are_where_to_flee_and_the_kitchen_is_help() -> None:
    post = _post(SHELTERS)
    assert "Masjid Raya Desa Sukamaju" in marked_line(post, "📍 Tempat mengungsi"), post
    assert "Kantor Camat Sukamaju" not in marked_line(post, "📍 Tempat mengungsi"), post


def test_a_side_line_says_no_ordinal_of_the_draft() -> None:
    line = marked_line(_post(SHELTERS), "⛔")
    assert "Pertama" not in line and "Jembatan gantung Desa Sukamaju" in line, line


LINK_HOAX = (
    "⚠️ [HOAKS] LINK PENDAFTARAN BANTUAN TUNAI DARI PEMKAB CONTOH ⚠️\n\n"
    "Beredar pesan berantai berisi link yang katanya pendaftaran bantuan tunai Rp1 juta dari Pemkab Contoh.\n\n"
    "❌ Itu TIDAK BENAR. Pemkab Contoh tidak pernah membuka pendaftaran bansos lewat link apa pun.\n\n"
    "\"Kalau sudah terlanjur isi link itu, segera ganti PIN m-banking,\" pesan Kepala Dinas Sosial Contoh.\n"
)


def test_an_officials_quoted_advice_is_never_the_rumour_the_hook_names() -> None:
    first = _post(LINK_HOAX).splitlines()[0]
    assert "terlanjur" not in first, first
