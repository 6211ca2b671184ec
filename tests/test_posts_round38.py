"""Round 38 of issue 11: hours that belong to something other than the offer (a chat line's hours shown under
"Kapan" as if they were the service's days, one number said twice, the hours of a ban listed as service hours).

Texts are our own, written in the shapes sealed batch 37 and the tuned drafts showed.
"""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from bot.core.reading.key_facts import FREE
from bot.core.reading.time_roles import BANNED, HOURS
from bot.llm.fact_sheet import ROLE_LABELS
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import marked_line

WAIVER = (
    "Pemerintah Kota Contoh menghapus denda keterlambatan PBB-P2 selama Bulan Sadar Pajak, mulai Senin, 6 September "
    "2027 hingga 29 Oktober 2027. Warga cukup melunasi pokok pajak di loket Kantor Bapenda. Bapenda juga membuka "
    "konsultasi melalui WhatsApp 0811-0000-3355 setiap hari kerja pukul 08.00–15.00 WIB.\n"
)
ONE_NUMBER = (
    "Pemutihan denda pajak kendaraan berlaku 4 Januari 2027 sampai dengan 31 Maret 2027 di seluruh kantor Samsat. "
    "Bawa KTP asli dan STNK asli.\n\n"
    "Informasi lebih lanjut: call center 0741-000-100 (hari kerja, 08.00–15.00 WIB).\n"
)
HELPDESK = (
    "Pendaftaran beasiswa daerah dibuka mulai Senin, 4 Januari 2027 melalui laman beasiswa.contoh.go.id dan gratis.\n\n"
    "Helpdesk pendaftaran (WhatsApp, hari kerja 08.00–15.00 WIB): 0811-0000-2027\n"
)
OFFICE_TOO = (
    "Keringanan PBB-P2 berlaku 1 Juni sampai 30 September 2027. Tanya lewat WhatsApp 0813-0000-0619, atau datang "
    "langsung ke Kantor Bapenda Senin–Jumat pukul 08.00–15.00 WITA.\n"
)
WASTE = (
    "Mulai Senin, 5 Juli 2027 warga hanya dapat membuang sampah ke TPS pada pukul 05.00–08.00 WIB dan pukul "
    "16.00–19.00 WIB.\n\n"
    "Membuang sampah di pinggir jalan maupun di TPS pada pukul 19.00–05.00 WIB dilarang. Pelanggar dikenai denda "
    "Rp250.000.\n\n"
    "Pengaduan: WA DLH 0812-0000-1146.\n"
)


def test_a_chat_lines_hours_go_with_its_number_not_under_kapan() -> None:
    post = _post(WAIVER)
    assert "08.00–15.00" not in marked_line(post, "📅"), post
    info = marked_line(post, "📞")
    assert "0811-0000-3355" in info and "setiap hari kerja pukul 08.00–15.00 WIB" in info, info
    assert "6 September 2027" in marked_line(post, "📅")


def test_one_number_is_said_once_with_its_hours() -> None:
    info = marked_line(_post(ONE_NUMBER), "📞")
    assert info.count("0741-000-100") == 1, info
    assert info.count("08.00–15.00") == 1 and "hari kerja" in info, info


def test_hours_in_a_bracket_a_channel_opens_go_with_the_number_whole() -> None:
    post = _post(HELPDESK)
    assert "08.00–15.00" not in marked_line(post, "📅") and "08.00–15.00" not in marked_line(post, "🕗"), post
    assert "0811-0000-2027 (WhatsApp, hari kerja 08.00–15.00 WIB)" in marked_line(post, "📞"), post


def test_an_offices_hours_after_or_datang_stay_the_services_hours() -> None:
    post = _post(OFFICE_TOO)
    info = marked_line(post, "📞")
    assert "08.00–15.00" not in info, info
    assert "08.00–15.00" in post


def test_the_hours_of_a_ban_are_a_ban_not_service_hours() -> None:
    sheet = read_draft(WASTE)
    roles = {f.text: f.role for f in sheet.of(Slot.WHEN)}
    assert roles.get("pukul 19.00–05.00 WIB") == BANNED, roles
    assert roles.get("pukul 05.00–08.00 WIB dan pukul 16.00–19.00 WIB") == HOURS, roles
    post = _post(WASTE)
    assert "19.00–05.00" not in marked_line(post, "🕗"), post
    ban = marked_line(post, "🚫 Larangan")
    assert "19.00–05.00" in ban and "dilarang" in ban, post
    assert "Larangan" in ROLE_LABELS[BANNED] or "LARANGAN" in ROLE_LABELS[BANNED]


PICKUP = (
    "NGANJUK – Kepala Dinas Kependudukan dan Pencatatan Sipil Contoh membuka layanan jemput bola perekaman KTP "
    "elektronik (KTP-el) yang langsung dimulai hari itu juga di sekolah tersebut, Senin (18/1/2027). Dengan begitu, "
    "para pelajar tidak perlu meninggalkan jam pelajaran hanya untuk merekam data. Layanan ini gratis dan dibuka "
    "pukul 08.00–13.00 WIB di aula SMA Negeri 1 Contoh.\n"
)


def test_a_lead_and_a_context_line_never_point_back_to_a_sentence_the_post_does_not_show() -> None:
    post = _post(PICKUP)
    lead = post.split("\n\n")[0]
    assert "tersebut" not in lead and "hari itu" not in lead, post
    assert "jemput bola perekaman KTP" in lead, post
    assert "Dengan begitu" not in post, post


BANK = (
    "Mulai Senin, 5 Juli 2027 sampah anorganik bernilai jual dapat disetor ke Bank Sampah Contoh di kompleks Kantor "
    "DLH, buka Selasa–Sabtu pukul 08.00–13.00 WIB. Harga beli saat ini:\n"
    "- botol plastik bening: Rp3.000/kg\n"
    "- kardus dan kertas: Rp1.500/kg\n"
    "- minyak jelantah: Rp5.000/liter\n"
    "Setoran dibayar tunai di tempat.\n"
)


def test_prices_a_bank_pays_are_labelled_as_the_draft_says_not_as_a_fee() -> None:
    post = _post(BANK)
    assert "Harga beli:" in post, post
    assert "Tarif" not in post, post


# --- from the officer's read of sealed batch 38 (blind at round 37's head); texts our own ---------------------
VOICE_NOTE = (
    "PERNYATAAN CAMAT CONTOH\n\n"
    "Sejak Senin malam beredar pesan suara di grup WhatsApp warga. Dalam pesan itu, seorang perempuan mengatakan ada "
    "penculik anak yang memakai mobil putih berkeliling di Desa Sukamaju. Pesan tersebut juga meminta orang tua tidak "
    "menyekolahkan anaknya sampai pelaku tertangkap.\n\n"
    "Dengan ini kami sampaikan bahwa sampai hari ini tidak ada satu pun laporan anak hilang atau penculikan anak di "
    "wilayah Kecamatan Contoh. Kegiatan belajar di seluruh SD tetap berjalan seperti biasa.\n\n"
    "Pada Selasa pagi, saya bersama Kapolsek Contoh mendatangi SD Negeri Sukamaju 01 serta rumah keluarga yang "
    "disebut dalam pesan suara.\n\n"
    "Ke mana melapor jika melihat hal yang mencurigakan?\n"
    "Hubungi Polsek Contoh melalui layanan darurat 110 atau WhatsApp kecamatan 0857-0000-4163.\n"
)


def test_a_clarification_leads_with_no_case_and_never_retells_the_rumour_or_the_offices_checks() -> None:
    post = _post(VOICE_NOTE)
    lead = post.split("\n\n")[0]
    assert "tidak ada satu pun laporan anak hilang" in lead, post
    assert "tidak menyekolahkan" not in post, post  # the rumour's own ask, told as if true
    assert "SD Negeri Sukamaju 01" not in marked_line(post, "📝"), post  # what the office did is no step
    report = marked_line(post, "📣")
    assert "bila melihat hal yang mencurigakan" in report and "ke mana" not in report.lower(), post


WAVES = (
    "PERINGATAN DINI GELOMBANG TINGGI\n\n"
    "Berdasarkan rilis BMKG, disampaikan kepada seluruh nelayan dan masyarakat pesisir Kabupaten Contoh:\n\n"
    "1. LARANGAN\n"
    "   a. PERAHU NELAYAN, SAMPAN DAN KAPAL MOTOR DI BAWAH 10 GT DILARANG MELAUT pada Sabtu, 21 Agustus 2027 s.d. "
    "Selasa, 24 Agustus 2027.\n\n"
    "2. TITIK KUMPUL\n"
    "   Warga dapat mengungsi sementara ke Aula Kantor Camat Contoh. Posko menyediakan tikar, makanan siap saji dan "
    "air bersih.\n\n"
    "Kontak darurat: Pusdalops BPBD 0813-0000-2911\n"
)


def test_an_emergency_leads_with_the_ban_on_the_sea_not_the_shelters_mats() -> None:
    post = _post(WAVES)
    lead = post.split("\n\n")[0]
    assert lead.startswith("Perahu nelayan, sampan dan kapal motor di bawah 10 GT dilarang melaut"), post
    assert "Disampaikan kepada" not in post and "disampaikan kepada seluruh" not in marked_line(post, "📝"), post


AID = (
    "Diberitahukan kpd seluruh KPM BLT Dana Desa Contoh bahwa pencairan BLT-DD bulan April, Mei dan Juni akan "
    "dilaksanakan Kamis, 8 Juli 2027 pukul 09.00 WITA di Balai Desa Contoh. Masing-masing menerima Rp900.000.\n\n"
    "Daftar nama KPM sdh ditempel di papan pengumuman balai desa. Nama yg tidak ada di daftar berarti bukan penerima "
    "tahap ini. Daftar kios resmi juga ditempel di balai desa.\n\n"
    "Bawa KTP asli dan KK asli.\n"
)


def test_a_list_is_no_registration_and_the_call_to_action_does_not_ask_to_register() -> None:
    post = _post(AID)
    assert "Daftar berarti" not in post and "daftar kios" not in marked_line(post, "📝").lower(), post
    assert "daftar sekarang" not in post.lower(), post


FERTILIZER_PRICES = (
    "Mulai Senin, 2 Agustus 2027 penebusan pupuk bersubsidi cukup dengan KTP-el asli di kios resmi.\n\n"
    "Harga Eceran Tertinggi (HET):\n"
    "   a. Urea: Rp1.800 per kg (Rp90.000 per sak isi 50 kg);\n"
    "   b. NPK: Rp1.840 per kg (Rp92.000 per sak isi 50 kg).\n"
)


def test_a_lettered_price_list_is_said_once_without_its_marks() -> None:
    sheet = read_draft(FERTILIZER_PRICES)
    costs = [f.text for f in sheet.of(Slot.COST)]
    assert costs and not any(c[:3] in ("a. ", "b. ") for c in costs), costs
    post = _post(FERTILIZER_PRICES)
    assert post.count("Urea") == 1, post


MARKET = (
    "Pasar murah keliling digelar di empat lokasi:\n"
    "- Kamis, 9 September 2027: halaman Kantor Kapanewon Contoh, Kabupaten Contoh;\n"
    "- Sabtu, 11 September 2027: Lapangan Kalurahan Sukamaju, Kapanewon Contoh, Kabupaten Contoh.\n\n"
    "Penjualan di semua lokasi dibuka mulai pukul 08.00 WIB sampai stok habis. Beras SPHP dijual Rp58.000 per kemasan "
    "lima kilogram, gula pasir Rp16.000 per kilogram, minyak goreng Minyakita Rp15.000 per liter. Pembeli wajib "
    "menunjukkan KTP asli; satu orang tidak dapat berbelanja dengan membawa KTP milik anggota keluarga lain.\n"
)


def test_a_rows_day_is_no_place_prices_keep_their_items_and_a_refusal_is_no_requirement() -> None:
    sheet = read_draft(MARKET)
    places = [f.text for f in sheet.of(Slot.WHERE)]
    assert not any(p.startswith(("Kamis", "Sabtu")) for p in places), places
    assert not any("anggota keluarga lain" in f.text for f in sheet.of(Slot.REQUIREMENTS))
    post = _post(MARKET)
    assert "di dibuka" not in post and "penjualan dibuka mulai pukul 08.00 WIB" in post, post
    prices = marked_line(post, "💰")
    for item in ("Beras SPHP Rp58.000", "gula pasir Rp16.000", "minyak goreng Minyakita Rp15.000"):
        assert item in prices, prices
    assert "anggota keluarga lain" not in marked_line(post, "🧾"), post


SCREENING = (
    "CONTOH – Dinas Kesehatan Kabupaten Contoh menggelar skrining tuberkulosis (TBC) menggunakan alat rontgen dada "
    "portabel di delapan puskesmas selama dua pekan, mulai Senin (19/4/2027). Seluruh pemeriksaan tidak dipungut "
    "biaya.\n\n"
    "Skrining ini menyasar kelompok berisiko, yaitu warga yang tinggal serumah dengan pasien TBC, warga yang batuk "
    "lebih dari dua minggu, lansia, serta perokok aktif. Ibu hamil tidak dirontgen dan cukup menjalani pemeriksaan "
    "dahak.\n\n"
    "Warga yang terbukti TBC akan mendapat pengobatan gratis sampai tuntas di puskesmas terdekat.\n"
)


def test_a_screening_leads_and_a_list_cut_from_its_head_is_no_context_line() -> None:
    post = _post(SCREENING)
    assert post.split("\n\n")[0].startswith("Skrining tuberkulosis (TBC)"), post
    assert "Warga yang tinggal serumah" not in post, post


WATER_CUT = (
    "Perumda Air Minum Contoh memberitahukan bahwa akan dilakukan perbaikan pipa transmisi pada Rabu, 13 Oktober "
    "2027 pukul 21.00 WIB s.d. Kamis, 14 Oktober 2027 pukul 16.00 WIB. Selama pekerjaan berlangsung, aliran air ke "
    "pelanggan di wilayah berikut TERHENTI:\n"
    "- Kel. Sukamaju: Jl. Purwakarta, Jl. Subang\n"
    "- Kel. Sukasari: Jl. Cibatu\n\n"
    "Air bersih GRATIS dari mobil tangki tersedia di halaman Kantor Kelurahan Sukamaju. Bawa wadah sendiri.\n"
)


def test_a_lead_says_a_list_pointer_as_the_lines_below_and_no_shouted_word() -> None:
    lead = _post(WATER_CUT).split("\n\n")[0]
    assert "berikut" not in lead and "TERHENTI" not in lead, lead
    assert "terhenti" in lead, lead


VILLAGE = (
    "📢 PENGUMUMAN PENYALURAN BLT DANA DESA 📢\n\n"
    "Diberitahukan kpd seluruh KPM BLT Dana Desa Contoh, bahwa pencairan BLT-DD utk bulan April, Mei dan Juni akan "
    "dilaksanakan pada Kamis, 8 Juli 2027 jam 09.00 WITA di Balai Desa Contoh. Masing2 menerima Rp900.000.\n\n"
    "Bawa kupon undangan yg sdh dibagikan ketua RT. Kalau ada oknum yg minta potongan, segera hubungi Sekdes Bpk. "
    "Rahmadi (0852-0000-7302).\n"
)


def test_a_village_posts_chat_spellings_are_spelled_out_and_a_title_does_not_cut_a_contact() -> None:
    post = _post(VILLAGE)
    assert post.split("\n\n")[0].startswith("Pencairan BLT-DD untuk bulan April, Mei dan Juni"), post
    for chat in (" yg ", " utk ", " sdh ", "Masing2"):
        assert chat not in post, (chat, post)
    report = marked_line(post, "📣")
    assert "Rahmadi" in report and "0852-0000-7302" in report, post


FESTIVAL = (
    "Festival Budaya Contoh 2027 digelar Jumat–Minggu, 1–3 Oktober 2027 di Lapangan Puspem Contoh. Tiket masuk bagi "
    "wisatawan domestik Rp25.000 per orang per hari. Warga ber-KTP Kabupaten Contoh dibebaskan dari tiket masuk. Anak "
    "berusia di bawah 10 tahun yang datang bersama orang tua juga tidak dikenai tiket.\n\n"
    "Kendaraan pengunjung diparkir di Terminal Contoh, lalu pengunjung diantar dengan shuttle bus gratis setiap 15 "
    "menit mulai pukul 14.00 hingga 23.30 WITA.\n"
)


def test_a_values_joining_word_a_minute_and_an_age_without_its_people_are_never_shown_so() -> None:
    post = _post(FESTIVAL)
    assert "Lalu pengunjung" not in post and "diantar menit" not in post, post
    assert "anak berusia di bawah 10 tahun" in marked_line(post, "👥").lower(), post


def test_free_rent_is_free() -> None:
    assert FREE.search("Pedagang yang pindah bebas sewa dan retribusi selama tiga bulan pertama")
    assert FREE.search("Warga ber-KTP bebas tiket masuk")
    assert not FREE.search("Warga bebas memilih lokasi mana saja")


def test_mends_from_the_extra_set() -> None:
    assert not FREE.search("Setelah masa bebas sewa, tarif retribusi ditetapkan Rp150 ribu per bulan")
    kurban = ("Panitia kurban diminta mendaftarkan lokasi penyembelihan melalui WhatsApp 0812-0000-5531 paling lambat "
              "3 Juni 2025.")
    assert "3 Juni 2025" in _post(kurban), _post(kurban)
    cattle = ("Vaksinasi ternak gratis digelar 3–5 Maret 2025. Petugas datang ke kandang kelompok, jadi peternak cukup "
              "mendaftarkan jumlah ternak ke penyuluh desa paling lambat Sabtu, 1 Maret 2025.")
    assert any("jumlah ternak" in f.text for f in read_draft(cattle).of(Slot.HOW))
