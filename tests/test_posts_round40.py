"""Round 40 of issue 11: patterns sealed batch 40 and batch 39's leftovers showed, each in a text of our own.

A rule for one group said with a time, a price list whole, a cap list whole, a task asked of the office's own
people, a tariff's rows, a route's arrow, a stretched "GRATISSS", whom an offer leaves out, keycap-numbered steps,
a number to call that is no place, a place corrected on air, a fee rumour and a question that checks it.
"""

from __future__ import annotations

from bot.core.inputs import clean_input
from bot.core.models import ReplyRequest
from bot.core.reading import Slot, read_draft
from bot.offline.post_plain import plain_lead
from bot.offline.reply import build_reply
from tests.support.reading_checks import facts_of, marked_block, marked_line
from tests.support.reading_checks import instagram_post as _post

MARKET = (
    "Kepada Yth. Ketua RT se-Kelurahan Contoh, mohon diteruskan ke warga.\n\n"
    "Kelurahan Contoh menggelar Pasar Murah Kelurahan Contoh pada Sabtu, 11 Desember 2027, di halaman Kantor "
    "Lurah Contoh, pukul 07.30 WITA sampai barang habis.\n\n"
    "Barang dan harga yang disiapkan:\n"
    "1. beras premium kemasan lima kilogram Rp62.000\n"
    "2. minyak goreng satu liter enam belas ribu rupiah\n"
    "3. gula pasir tiga belas ribu lima ratus rupiah per kilogram\n"
    "4. telur ayam satu rak Rp50.000\n"
    "5. bawang putih Rp35.000 per kilogram\n\n"
    "Ketentuan:\n"
    "- Pembelian memakai kupon, satu kupon untuk satu KK.\n"
    "- Mohon Ketua RT menyelesaikan pembagian kupon paling lambat Rabu, 8 Desember 2027.\n"
    "- Setiap kupon berlaku untuk paling banyak dua kemasan beras, dua liter minyak goreng dan satu rak telur.\n"
    "- Warga yang belum mendapat kupon boleh membeli setelah pukul 10.30 WITA jika barang masih tersisa.\n"
)


def test_a_rule_for_those_without_a_coupon_is_said_whole_never_as_the_coupon_time() -> None:
    post = _post(MARKET)
    rule = marked_line(post, "ℹ️")
    assert "belum mendapat kupon boleh membeli setelah pukul 10.30" in rule, post
    assert "Nomor antrean" not in post and "Kupon boleh membeli" not in post, post
    assert "10.30" not in marked_line(post, "📅"), post


def test_a_price_list_under_its_header_is_kept_whole_prices_in_words_included() -> None:
    costs = " | ".join(facts_of(read_draft(MARKET), Slot.COST))
    for item in ("Rp62.000", "enam belas ribu rupiah", "tiga belas ribu lima ratus rupiah", "Rp50.000", "Rp35.000"):
        assert item in costs, costs


def test_a_cap_with_a_list_of_things_is_said_whole() -> None:
    quotas = facts_of(read_draft(MARKET), Slot.QUOTA)
    assert "paling banyak dua kemasan beras, dua liter minyak goreng dan satu rak telur" in quotas, quotas


def test_a_task_asked_of_the_office_s_own_people_is_no_citizen_deadline() -> None:
    sheet = read_draft(MARKET)
    assert not [f for f in sheet.of(Slot.DEADLINE) if "8 Desember" in f.text], sheet.of(Slot.DEADLINE)
    target = next(f for f in sheet.of(Slot.TARGET) if "8 Desember" in f.text)
    assert target.display.startswith("Ketua RT menyelesaikan pembagian kupon"), target.display
    assert "Batas waktu" not in _post(MARKET)


BUS = (
    "🚍 TRAYEK BARU BUS KOTA RESMI JALAN! 🚍\n\n"
    "Mulai Senin, 3 Januari 2028, Bus Kota Koridor 5 resmi melayani rute Terminal Contoh ⇄ Pelabuhan Lama 🎉\n\n"
    "🕗 Jam operasional: setiap hari pukul 06.00 – 19.00 WITA\n\n"
    "💸 GRATISSS selama masa uji coba sampai 31 Januari 2028!\n"
    "Mulai 1 Februari 2028 tarifnya:\n"
    "👉 Umum Rp5.000\n"
    "👉 Pelajar Rp2.500\n"
    "👉 Lansia tetap gratis 🤍\n\n"
    "Info: WA 0812-0000-1111\n"
)


def test_a_tariff_s_rows_never_lead_and_a_new_route_does() -> None:
    sheet = read_draft(BUS)
    assert sheet.lead is not None and "resmi melayani rute" in sheet.lead.text, sheet.lead


def test_an_arrow_joins_a_route_s_ends_in_the_first_line() -> None:
    assert plain_lead(read_draft(BUS), "Bus Kota Koridor 5 resmi melayani rute Terminal Contoh ⇄ Pelabuhan Lama 🎉") \
        == "Bus Kota Koridor 5 resmi melayani rute Terminal Contoh ⇄ Pelabuhan Lama."


def test_a_stretched_free_is_free_for_its_period_with_the_fares_after_it() -> None:
    post = _post(BUS)
    cost = marked_line(post, "💰")
    assert "GRATIS selama masa uji coba sampai 31 Januari 2028" in cost and "GRATISSS" not in cost, post
    assert "Mulai 1 Februari 2028: Umum Rp5.000" in cost and "Rp2.500" in cost, post
    assert "Lansia tetap gratis" in cost, post
    assert "31 Januari" not in marked_line(post, "📅"), post


SCHOLARSHIP = (
    "Pemerintah Provinsi Contoh membuka pendaftaran Beasiswa Cendekia Contoh 2027 mulai Senin, 2 Agustus 2027 "
    "hingga Senin, 23 Agustus 2027 melalui laman https://beasiswa.contoh.go.id.\n\n"
    "Kepala Dinas Pendidikan menjelaskan sasaran program ini adalah mahasiswa aktif program Sarjana (S1) atau "
    "Diploma Empat (D4) semester tiga sampai tujuh, berkartu tanda penduduk Provinsi Contoh.\n\n"
    "Mahasiswa yang saat ini sedang menerima beasiswa lain dari APBD tidak dapat mendaftar. Syaratnya IPK paling "
    "rendah 3,00 untuk jalur prestasi dan 2,75 untuk jalur afirmasi. Pendaftar yang lolos verifikasi berkas akan "
    "mengikuti wawancara pada Senin, 6 September 2027.\n"
)


def test_whom_an_offer_leaves_out_has_a_line_of_its_own() -> None:
    post = _post(SCHOLARSHIP)
    assert "semester tiga sampai tujuh, berkartu tanda penduduk Provinsi Contoh" in marked_line(post, "👥 Untuk siapa")
    assert "tidak dapat mendaftar" in marked_line(post, "👥 Pengecualian"), post
    assert "tidak dapat mendaftar" not in marked_line(post, "👥 Untuk siapa"), post


def test_a_decimal_comma_splits_no_condition_and_passing_a_check_is_no_step() -> None:
    sheet = read_draft(SCHOLARSHIP)
    assert "IPK paling rendah 3,00 untuk jalur prestasi dan 2,75 untuk jalur afirmasi" in facts_of(
        sheet, Slot.REQUIREMENTS)
    post = _post(SCHOLARSHIP)
    assert "Wawancara pada Senin, 6 September 2027" in post and "Verifikasi berkas akan" not in post, post


WARNING = (
    "*INFO BPBD KABUPATEN CONTOH* 🔴\n"
    "*PERINGATAN DINI BANJIR – STATUS SIAGA*\n\n"
    "Tinggi muka air di pos pantau Sungai Contoh sudah 3,8 meter dan terus naik.\n\n"
    "*YANG HARUS DILAKUKAN SEKARANG* ⬇️\n"
    "1️⃣ Simpan dokumen penting dalam plastik dan masukkan ke tas siaga.\n"
    "2️⃣ Ungsikan lebih dulu lansia dan anak-anak.\n"
    "3️⃣ Matikan listrik dari meteran sebelum air masuk rumah.\n\n"
    "*TITIK PENGUNGSIAN* 🏫\n"
    "📍 Gedung Serbaguna Contoh\n"
    "📍 Masjid Raya Contoh\n\n"
    "*NOMOR DARURAT* ☎️\n"
    "• Pusdalops BPBD Contoh: 0811-0000-2222\n"
    "• Polres Contoh: 110\n"
)


def test_keycap_numbers_are_list_numbers() -> None:
    assert clean_input("1️⃣ Simpan dokumen penting\n2️⃣ Matikan listrik", max_chars=1000) == (
        "1. Simpan dokumen penting\n2. Matikan listrik")


def test_a_broadcast_s_steps_shelters_and_status_each_reach_their_line() -> None:
    post = _post(clean_input(WARNING, max_chars=10_000))
    assert "Status: SIAGA" in post, post
    assert "Gedung Serbaguna Contoh, Masjid Raya Contoh" in marked_line(post, "📍 Tempat mengungsi"), post
    steps = marked_line(post, "📝")
    assert "Ungsikan lebih dulu lansia" in steps.replace("ungsikan", "Ungsikan"), post
    assert "Pantau Sungai" not in post and "pantau Sungai Contoh sudah" not in steps, post
    assert "Polres Contoh" not in marked_line(post, "📍"), post


RADIO = (
    "PENYIAR: Yak, balik lagi dengan saya, pendengar setia di mana saja berada. Ada pengumuman dari Disdukcapil "
    "Kabupaten Contoh. Mulai hari Senin, tanggal enam Desember, tim Disdukcapil turun jemput bola ke desa-desa.\n\n"
    "Senin, enam Desember, di Desa Satu, Kecamatan Utara. Selasa, tujuh Desember, di Desa Dua... eh, maaf, ralat. "
    "Hari Selasa itu di Desa Tiga, Kecamatan Barat. Rabu, delapan Desember, di Desa Empat, Kecamatan Timur. "
    "Semua layanan ini gratis.\n"
)


def test_a_place_corrected_on_air_is_dropped_and_its_weekday_takes_the_right_one() -> None:
    post = _post(RADIO)
    schedule = marked_block(post, "📅")  # its rows too (round 41)
    assert "Selasa, 7 Desember 2027 di Desa Tiga" in schedule or "Selasa, 7 Desember" in schedule and \
        "Desa Tiga" in schedule, post
    assert "Desa Dua" not in schedule, post
    assert "Desa Satu" in schedule, post
    assert "balik lagi dengan saya" not in post, post


HOAX = (
    "Beredar Pesan Vaksin Sekolah Bayar Rp40 Ribu, Dinkes Contoh: Itu Hoaks\n\n"
    "Beredar pesan berantai yang menyebutkan orang tua wajib membayar Rp40.000 per anak untuk vaksin di sekolah. "
    "Pesan yang sama menyebut anak yang tidak divaksin tidak naik kelas.\n\n"
    "Dinas Kesehatan Kabupaten Contoh memastikan informasi tersebut tidak benar.\n\n"
    "\"Pesan itu hoaks. Vaksinasi di sekolah itu gratis, dibiayai pemerintah. Vaksinasi juga tidak ada "
    "kaitannya dengan kenaikan kelas,\" kata Kepala Dinas Kesehatan.\n"
)


def test_a_fee_rumour_is_answered_first_by_the_free_it_denies() -> None:
    sheet = read_draft(HOAX)
    assert sheet.lead is not None and "gratis" in sheet.lead.text, sheet.lead


def test_a_question_that_checks_the_rumour_gets_the_truth_never_the_rumour() -> None:
    request = ReplyRequest(comment="bener gak kudu mbayar 40 ribu? sy udh ditagih di grup kelas", context=HOAX,
                           hint_kind="question")
    first = build_reply(request).suggestions[0]
    assert "gratis" in first, first
    assert "wajib membayar Rp40.000" not in first and "Beredar pesan" not in first, first


REPORT = (
    "Cakupan JKN Kabupaten Contoh Tembus 99 Persen\n\n"
    "Hingga 1 Januari 2028, jumlah peserta JKN di Kabupaten Contoh tercatat 201.500 jiwa dari total 203.000 jiwa "
    "penduduk. Sasaran imunisasi tersebar di 21 puskesmas.\n\n"
    "Warga yang belum terdaftar cukup membawa KTP dan Kartu Keluarga ke puskesmas terdekat untuk langsung "
    "didaftarkan sebagai peserta JKN yang iurannya ditanggung pemerintah daerah.\n"
)


def test_a_count_s_date_is_no_when_and_a_spread_is_no_place() -> None:
    sheet = read_draft(REPORT)
    assert not [f for f in sheet.of(Slot.WHEN) if "1 Januari 2028" in f.text], sheet.of(Slot.WHEN)
    assert "21 puskesmas" not in facts_of(sheet, Slot.WHERE)
    assert "201.500 jiwa dari total 203.000 jiwa" in " | ".join(facts_of(sheet, Slot.FIGURES))
