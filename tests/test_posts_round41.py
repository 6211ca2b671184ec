"""Round 41 of issue 11: patterns sealed batch 41 and batch 40's leftovers showed, each in a text of our own.

A road closed while an event runs, an event that needs no sign-up beside a contest that does, a warning's forecast,
a public kitchen's own time, a schedule of many stops, hours and a date range read out on the radio, a broadcast's
slot, the state's money in a visit report, a queue step, a road that opens again beside a ban that stays, repairs
free for the budget, stalls for traders, an organiser speaking of "kami gelar", a discount table, a letter's
address line, a tanker's departure, an age limit in words.
"""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from bot.offline.ages import age_allowed
from tests.support.reading_checks import facts_of, marked_line
from tests.support.reading_checks import instagram_post as _post

FAIR = (
    "KULINER MALAM PASAR LAMA 2027\n"
    "Pemerintah Kota Contoh mengajak warga menikmati kuliner malam di kawasan Pasar Lama Contoh!\n"
    "🗓️ Jumat–Minggu, 8–10 Oktober 2027\n"
    "⏰ 16.00–22.00 WITA\n"
    "📍 Sepanjang Jalan Sudirman, dari Tugu Adipura sampai Simpang Lima\n"
    "🎟️ Masuk GRATIS, tanpa tiket, tanpa registrasi!\n"
    "🎶 Sabtu, 16.30 WITA – Lomba mewarnai anak usia 5–10 tahun (gratis, daftar di Pos Informasi paling lambat "
    "16.00 WITA di hari yang sama)\n"
    "🚧 Jalan Sudirman ditutup untuk kendaraan mulai pukul 14.00 WITA tiap hari selama acara.\n"
    "ℹ️ Info: WhatsApp panitia 0812-3456-7788\n"
)


def test_a_road_closed_while_an_event_runs_is_a_ban_line_never_the_event_s_time() -> None:
    post = _post(FAIR)
    assert "14.00" not in marked_line(post, "📅 Kapan"), post
    assert "ditutup untuk kendaraan mulai pukul 14.00" in marked_line(post, "🚫"), post
    assert marked_line(post, "🚫").startswith("🚫 Larangan: Jalan Sudirman"), post  # the caption's 🚧 left out


def test_an_event_that_needs_no_sign_up_asks_citizens_to_come_not_to_register() -> None:
    post = _post(FAIR)
    assert "daftar sekarang" not in post.lower() and "datang" in post.lower(), post


FLOOD = (
    "*INFO BPBD KABUPATEN CONTOH*\n"
    "*PERINGATAN DINI BANJIR – STATUS SIAGA*\n"
    "Kamis, 4 November 2027 | pukul 15.00 WIB\n\n"
    "Tinggi muka air Sungai Contoh di pos pantau Hulu sudah 3,8 meter. Air diperkirakan sampai di permukiman malam "
    "ini antara pukul 20.00–23.00 WIB.\n\n"
    "*Wilayah yang diminta SIAGA:*\n"
    "▪️ Kec. Hilir\n"
    "▪️ Kec. Tengah\n\n"
    "*TITIK PENGUNGSIAN*\n"
    "📍 Gedung Serbaguna Hilir\n"
    "📍 Masjid Raya Tengah\n"
    "🍲 Dapur umum buka di Gedung Serbaguna Hilir mulai pukul 17.00 WIB.\n\n"
    "Pusdalops BPBD: 0811-2233-4455\n"
)


def test_a_warning_s_forecast_comes_first_and_a_public_kitchen_has_its_own_time() -> None:
    post = _post(FLOOD)
    lines = post.splitlines()
    forecast = next(i for i, line in enumerate(lines) if "diperkirakan sampai di permukiman" in line)
    kapan = next((i for i, line in enumerate(lines) if line.startswith("📅 Kapan")), len(lines))
    assert forecast < kapan, post
    assert "17.00" not in marked_line(post, "📅 Kapan"), post
    assert "Dapur umum" in post and "17.00" in next(line for line in lines if "Dapur umum" in line), post


RADIO = (
    "[Transkrip siaran \"Contoh Menyapa\", RSPD Kabupaten Contoh 97,5 FM, Senin 2 November 2027.]\n\n"
    "PENYIAR: Ini pengumuman dari Disdukcapil. Jadi tim turun ke desa-desa ya, bapak ibu. Senin, sembilan November, "
    "di Desa Satu. Selasa, sepuluh November, di Desa Dua. Rabu, sebelas November, di Desa Tiga. Kamis, dua belas "
    "November, di Desa Empat. Jamnya mulai jam delapan pagi sampai jam dua siang, waktu Indonesia timur. Nomor "
    "antrean dibagi mulai jam tujuh lewat tiga puluh. Semua layanan gratis, bapak ibu.\n"
)


def test_a_schedule_of_many_stops_is_one_stop_a_row_with_hours_said_in_digits() -> None:
    post = _post(RADIO)
    assert "📅 Jadwal:\n▪️ " in post, post
    rows = [line for line in post.splitlines() if line.startswith("▪️ ")]
    assert len([row for row in rows if "Desa" in row]) == 4, post
    assert any("pukul 08.00–14.00" in row.lower() for row in rows), post
    assert "Transkrip" not in post.splitlines()[0], post  # an editor's note in brackets is no headline
    assert "jam delapan" not in post and "jamnya" not in post.lower(), post


TALK = (
    "TRANSKRIP DIALOG \"CONTOH PAGI\"\n"
    "LPP RRI Contoh Pro 1 – Rabu, 1 September 2027, pukul 09.00–10.00 WITA\n\n"
    "PENYIAR: Apa itu Pekan Budaya Contoh tahun ini, Bu?\n\n"
    "KADIS: Jadi begini, Pekan Budaya Contoh tahun ini kita laksanakan tiga hari, eh, hari Jumat tanggal sepuluh "
    "sampai hari Minggu tanggal dua belas September, di Lapangan Merdeka. Ada kuliner, tarian dan pameran.\n\n"
    "PENYIAR: Bagaimana dengan pelaku UMKM?\n\n"
    "KADIS: Kami siapkan empat puluh stan, tidak ada sewa, gratis, diutamakan UMKM lokal. Daftar lewat WhatsApp "
    "panitia paling lambat Sabtu tanggal empat September.\n"
)


def test_a_broadcast_s_slot_is_no_when_and_a_date_range_read_out_is_written_the_eyd_way() -> None:
    whens = facts_of(read_draft(TALK), Slot.WHEN)
    assert not any("1 September" in w or "09.00" in w for w in whens), whens
    assert "Jumat–Minggu, 10–12 September" in _post(TALK), _post(TALK)


def test_the_event_leads_before_stalls_for_traders_said_as_a_written_sentence() -> None:
    first = _post(TALK).splitlines()[0]
    assert first.startswith("Pekan Budaya Contoh tahun ini digelar tiga hari"), first
    assert "eh," not in first and "kita laksanakan" not in first, first


VISIT = (
    "Pemkab Contoh Terima Studi Tiru Pemkab Seberang\n\n"
    "Asisten II Setda Contoh menerima kunjungan studi tiru rombongan Pemkab Seberang di Ruang Rapat Kantor Bupati, "
    "Kamis (18/2/2027). Kepala UPTD Kawasan Konservasi memaparkan bahwa pendapatan dari tarif layanan jasa "
    "lingkungan sepanjang tahun 2026 mencapai Rp12,4 miliar. Kunjungan ditutup dengan foto bersama.\n\n"
    "(Prokompim Setda Contoh)\n"
)


def test_the_state_s_revenue_in_a_visit_report_is_no_cost_and_asks_nobody_to_come() -> None:
    assert not facts_of(read_draft(VISIT), Slot.COST)
    post = _post(VISIT)
    assert "datang" not in post.lower() and "Prokompim" not in post.splitlines()[0], post


SIM = (
    "JADWAL LAYANAN KELILING PEKAN INI\n"
    "Layanan Paspor Keliling hanya untuk penggantian paspor yang habis masa berlakunya, bukan untuk paspor baru.\n"
    "Nomor antrean dibagikan 30 menit sebelum layanan buka.\n"
    "Senin, 7 Juni 2027 di Kantor Camat Utara, pukul 08.00–12.00.\n"
)


def test_a_queue_step_never_leads() -> None:
    first = _post(SIM).splitlines()[0]
    assert not first.startswith("Nomor antrean"), first


ROAD = (
    "✅ JL. MAWAR RAYA SUDAH BISA DILEWATI LAGI!\n\n"
    "Pekerjaan pengaspalan ulang Jl. Mawar Raya sepanjang 1,2 km telah selesai.\n"
    "🚗 Jalur kembali dibuka normal dua arah mulai Sabtu, 16 Oktober 2027 pukul 06.00 WIB.\n"
    "🚛 Kendaraan dengan muatan di atas 10 ton tetap DILARANG melintas.\n"
    "Laporkan kerusakan lewat WA Pengaduan 0821-0000-1111. Ruas ini masih dalam masa pemeliharaan kontraktor, jadi "
    "kerusakan akan diperbaiki tanpa biaya tambahan dari APBD.\n"
)


def test_a_road_that_opens_again_leads_before_a_ban_that_stays_and_upkeep_is_no_cost() -> None:
    post = _post(ROAD)
    assert post.splitlines()[0].startswith("Jalur kembali dibuka normal dua arah"), post
    assert not marked_line(post, "💰"), post


TAX = (
    "Bapenda Kota Contoh memberikan potongan pokok PBB-P2 bagi wajib pajak yang membayar lebih awal.\n\n"
    "Besaran potongan ditentukan oleh bulan pembayaran:\n\n"
    "Bulan pembayaran | Potongan pokok PBB-P2\n"
    "Maret 2027 | 15 persen\n"
    "April 2027 | 10 persen\n"
    "Mei 2027 | 5 persen\n\n"
    "Pembayaran di loket Bapenda, Jalan Merdeka, Senin–Jumat pukul 08.00–15.00 WITA.\n"
)


def test_a_discount_table_is_labelled_by_its_column_and_its_header_is_no_row() -> None:
    post = _post(TAX)
    assert "💰 Potongan:" in post and "Kuota" not in post, post
    assert "Bulan pembayaran" not in post, post


WATER = (
    "*INFO DROPING AIR BERSIH – BPBD KAB. CONTOH*\n\n"
    "Assalamualaikum wr. wb.\n"
    "Yth. Bapak/Ibu Kepala Desa, Kepala Dusun dan warga terdampak kekeringan.\n\n"
    "BPBD Kab. Contoh kembali menyalurkan bantuan air bersih secara gratis ke desa-desa yang sudah mengajukan "
    "permohonan. Jadwal minggu ini:\n\n"
    "1. Selasa 7/9 – Desa Satu\n"
    "2. Rabu 8/9 – Desa Dua\n"
    "3. Kamis 9/9 – Desa Tiga\n\n"
    "Mobil tangki berangkat dari Mako BPBD jam 06.30 WITA. Titik bongkar di depan kantor desa.\n"
)


def test_a_letter_s_address_line_is_no_context_and_a_departure_is_said_as_one() -> None:
    post = _post(WATER)
    assert "Kepala Dusun dan warga terdampak" not in post, post
    assert "berangkat dari Mako BPBD" in post, post


def test_an_age_limit_in_words_said_as_not_yet_is_checked_as_a_number() -> None:
    rule = "Anak yang belum genap tujuh belas tahun dan belum menikah belum bisa rekam KTP-el."
    assert age_allowed(15 * 12, rule) is False
    assert age_allowed(18 * 12, rule) is True


ENROL = (
    "Pendaftaran murid baru SD negeri Kota Contoh dibuka daring lewat spmb.contoh.go.id, 8–12 Juni 2027.\n\n"
    "Hasil Tahap I diumumkan 15 Juni 2027. Daftar ulang di sekolah 17–19 Juni 2027.\n\n"
    "Jadwalnya: Hasil Tahap I diumumkan 15 Juni 2027, hasil Tahap II diumumkan 27 Juni 2027.\n"
)


def test_a_step_s_line_says_an_announcement_once() -> None:
    post = _post(ENROL)
    line = next((line for line in post.splitlines() if "Pengumuman" in line), "")
    assert line.count("Hasil Tahap I diumumkan 15 Juni 2027") == 1 and "27 Juni 2027" in line, post
