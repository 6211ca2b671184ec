"""Round 30 of issue 11: a letter-style announcement (a table with a "No" column, an office address, a long lettered
list of requirements inside a numbered one), a caption's price beside the market price, schedule rows with arrows,
a place list that names the area each place serves, a target said as a bare rate, and questions in regional speech.

Texts are our own, written in the shapes the sealed batch showed.
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.reading import Slot, read_draft
from bot.offline.answer import answer_question
from bot.offline.asked import asked_age, question_parts
from bot.offline.post_context import unfit_context
from tests.support.reading_checks import facts_of as _facts
from tests.support.reading_checks import instagram_post as _post

LETTER = (
    "PEMERINTAH KABUPATEN CONTOH\n"
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n"
    "Jl. Merdeka No. 112 Kota Lama\n\n"
    "PENGUMUMAN\n\n"
    "Dalam rangka mendukung target perekaman KTP-el seratus persen bagi penduduk wajib KTP di Kabupaten Contoh "
    "pada akhir tahun 2026, diumumkan hal-hal berikut:\n\n"
    "1. Pelayanan jemput bola dilaksanakan di empat kecamatan, dengan jadwal:\n\n"
    "| No | Hari/Tanggal | Tempat Pelayanan | Kecamatan |\n"
    "|----|--------------|------------------|-----------|\n"
    "| 1 | Senin, 7 Desember 2026 | Aula Kantor Camat Hulu | Hulu |\n"
    "| 2 | Rabu, 9 Desember 2026 | Balai Kampung Sungai Dalam | Tengah |\n"
    "| 3 | Jumat, 11 Desember 2026 | Gedung Serbaguna Kampung Muara | Hilir |\n"
    "| 4 | Senin, 14 Desember 2026 | Aula Kantor Camat Pesisir | Pesisir |\n\n"
    "2. Pelayanan dibuka pukul 08.00 s.d. 14.00 WIB.\n"
    "3. Persyaratan:\n"
    "   a. perekaman KTP-el: fotokopi KK;\n"
    "   b. KIA: fotokopi akta kelahiran anak dan KK asli, ditambah pas foto berwarna ukuran 2x3 sebanyak dua lembar "
    "bagi anak usia 5 tahun ke atas;\n"
    "   c. aktivasi IKD: membawa telepon pintar dengan nomor HP yang aktif.\n"
    "4. Kepala Dinas, Budi Santoso, mengatakan antrean akan dibatasi agar pelayanan tetap tertib dan warga "
    "tidak menunggu terlalu lama di lokasi, terutama lansia dan ibu yang membawa bayi.\n"
    "5. Seluruh pelayanan tidak dipungut biaya. Informasi: WhatsApp 0821-0000-1111.\n"
)




def test_a_numbering_column_is_no_day_and_a_rule_row_no_place() -> None:
    sheet = read_draft(LETTER)
    assert not any(set(w) <= set("-:| ") for w in _facts(sheet, Slot.WHERE))
    post = _post(LETTER)
    assert "Senin, 7 Desember 2026 — Aula Kantor Camat Hulu" in post
    assert "Rabu, 9 Desember 2026 — Balai Kampung Sungai Dalam" in post
    assert "1 — " not in post and "3 — " not in post
    assert check_facts(post, [LETTER]).ok  # no "1 Desember" or "3 Desember" made of a row's number


def test_an_address_number_is_no_emergency_line() -> None:
    assert "112" not in _facts(read_draft(LETTER), Slot.CONTACT)
    sheet = read_draft("Banjir di Desa Hulu. Warga yang butuh evakuasi dapat menghubungi nomor darurat 112.")
    assert any("112" in c for c in _facts(sheet, Slot.CONTACT))


def test_a_long_requirement_item_is_whole_and_the_list_around_it_is_not_one() -> None:
    sheet = read_draft(LETTER)
    papers = _facts(sheet, Slot.REQUIREMENTS)
    assert any(p.endswith("bagi anak usia 5 tahun ke atas") for p in papers)
    assert not any("Kepala Dinas" in p or "dipungut" in p for p in papers)  # items 4 and 5 of the outer list
    assert "anak usia 5 tahun ke atas" not in _facts(sheet, Slot.WHO)  # whom a paper is asked of, not who may come


def test_a_bare_rate_target_says_what_it_measures_and_by_when() -> None:
    sheet = read_draft(LETTER)
    assert _facts(sheet, Slot.TARGET) == [
        "perekaman KTP-el seratus persen bagi penduduk wajib KTP di Kabupaten Contoh pada akhir tahun 2026"]
    sheet = read_draft("Cakupan imunisasi naik. \"Target kami 95 persen sebelum akhir 2027,\" kata Kepala Dinkes.")
    assert _facts(sheet, Slot.TARGET) == ["95 persen sebelum akhir 2027"]


CAPTION = (
    "📢 PASAR MURAH AKHIR TAHUN 🛒\n\n"
    "Pemkot Contoh menggelar Pasar Murah di tiga titik 👇\n\n"
    "🗓️ Rabu (16/12) ➡️ Lapangan Kelurahan Hulu\n"
    "🗓️ Kamis (17/12) ➡️ Halaman Kantor Camat Tengah\n"
    "🗓️ Jumat (18/12) ➡️ Meunasah Gampong Baru\n"
    "⏰ Pukul 08.00–12.00 WIB\n\n"
    "🛍️ Isi paket: beras 5 kg, minyak goreng 2 liter, gula pasir 1 kg\n"
    "💰 Cuma Rp75.000/paket (harga pasar ± Rp150.000), selisihnya disubsidi Pemkot\n"
    "🪪 Syarat: bawa KTP asli. 1 KK = 1 paket\n"
    "Info: WA 0852-0000-2222"
)


def test_the_price_paid_is_not_the_market_price_beside_it() -> None:
    sheet = read_draft(CAPTION)
    assert _facts(sheet, Slot.COST) == ["Rp75.000/paket"]
    post = _post(CAPTION)
    assert "Rp75.000" in post
    assert "Harga: Harga pasar" not in post and "Biaya: Harga pasar" not in post


def test_a_row_of_a_day_an_arrow_and_a_name_is_a_stop_of_the_schedule() -> None:
    assert "Meunasah Gampong Baru" in _facts(read_draft(CAPTION), Slot.WHERE)
    post = _post(CAPTION)
    assert "Jumat (18/12) — Meunasah Gampong Baru" in post
    assert "Rabu (16/12) — Lapangan Kelurahan Hulu" in post


def test_a_list_of_places_each_with_the_area_it_serves_is_read_whole() -> None:
    draft = ("Kelambu dibagikan gratis mulai Senin (11/1/2027). Pembagian dilakukan di Puskesmas Kota dan Puskesmas "
             "Sentani untuk warga Distrik Kota dan Sentani, Puskesmas Ansus untuk Distrik Barat, serta Puskesmas "
             "Ambai untuk Distrik Kepulauan Ambai, setiap hari kerja pukul 08.00–13.00 WIT.")
    places = " ".join(_facts(read_draft(draft), Slot.WHERE))
    for place in ("Puskesmas Kota", "Puskesmas Ansus untuk Distrik Barat", "Puskesmas Ambai"):
        assert place in places
    lead = _post(draft).split("\n\n")[0]
    assert "Puskesmas Ansus" not in lead  # a list this long is the where line's, not the lead's
    # one place that serves one area stays that place
    sheet = read_draft("Vaksinasi gratis pada Senin (4/1/2027) di Puskesmas Hulu untuk warga Desa Hulu.")
    assert "Puskesmas Hulu" in _facts(sheet, Slot.WHERE)


def test_a_school_written_with_n_for_negeri_is_the_drafts() -> None:
    source = "Posko pengungsian dibuka di Aula Kantor Camat Hulu dan SMP Negeri 1 Hulu."
    assert check_facts("Posko: SMP N 1 Hulu", [source]).ok
    assert not check_facts("Posko: SMK N 1 Hulu", [source]).ok  # a school the draft never names


def test_calling_where_is_asking_for_the_number() -> None:
    assert question_parts("air dah masok rumah kamek 😭 perahu karet nelpon mane bang?")[0][1] == ["contact"]


def test_an_age_said_in_words_is_read() -> None:
    assert asked_age("pedhet kulo umure nembe sewulan, melu disuntik ora?") == 1
    assert asked_age("umurnya dua bulan boleh?") == 2
    assert asked_age("umur setahun boleh ikut?") == 12
    assert asked_age("bayar sebulan berapa?") is None  # a month of fees, not an age
    assert asked_age("sudah setahun tinggal di sini, umur 30 bisa daftar?") == 360


RAKOR = (
    "SIARAN PERS\n"
    "Nomor: 011/SP/DKIP/XII/2026\n\n"
    "RAKOR EVALUASI REALISASI APBD TRIWULAN IV\n\n"
    "1. Pemerintah Kabupaten Contoh menggelar Rapat Koordinasi Evaluasi Realisasi APBD Triwulan IV, bertempat di "
    "Ruang Rapat Lantai II Kantor Bupati Contoh, pada Selasa (15/12/2026) pukul 09.00 WIT.\n\n"
    "2. Berdasarkan paparan BKAD, realisasi keuangan APBD per 11 Desember 2026 mencapai 78,4 persen. Pekerjaan fisik "
    "di Kecamatan Hulu dan Kecamatan Hilir terkendala cuaca.\n\n"
    "3. Sekda menginstruksikan seluruh OPD menyampaikan laporan ke BKAD paling lambat Senin, 28 Desember 2026. Kas "
    "bendahara pengeluaran wajib ditutup pada 31 Desember 2026.\n\n"
    "Demikian siaran pers ini disampaikan untuk dipublikasikan.\n\n"
    "Narahubung:\n"
    "Kepala Bidang Informasi dan Komunikasi Publik, Rahmat Tawa – 0823-0000-3333"
)


def test_a_press_releases_contact_offers_citizens_nothing_and_a_meeting_shows_its_own_day() -> None:
    sheet = read_draft(RAKOR)
    assert not sheet.citizen_benefit
    post = _post(RAKOR)
    assert "15 Desember 2026" in post and "Ruang Rapat Lantai II" in post
    when = post.split("📅", 1)[-1].split("\n", 1)[0]
    where = post.split("📍", 1)[-1].split("\n", 1)[0]
    assert "15 Desember 2026" in when and "31 Desember 2026" not in when  # the offices' date is no time for citizens
    assert "Ruang Rapat" in where and "Kecamatan Hulu" not in where
    # a service's contact under "Narahubung:" still counts for citizens when the draft is no press release
    service = ("Pemeriksaan mata gratis bagi lansia digelar Sabtu (12/12/2026) di Puskesmas Hulu.\n\n"
               "Narahubung:\nPetugas Puskesmas Hulu – 0823-0000-4444")
    assert read_draft(service).citizen_benefit


def test_a_task_given_to_village_heads_is_ceremony_not_a_lead() -> None:
    draft = ("Kapal layanan kesehatan mulai berlayar ke enam kampung. Bupati meminta para kepala kampung menyiapkan "
             "balai kampung sebagai tempat pelayanan dan menggerakkan kader posyandu untuk mengumumkan jadwal "
             "kedatangan kapal kepada warga.")
    sheet = read_draft(draft)
    tasked = [c for c in sheet.clauses if "balai kampung" in c.text]
    assert tasked and all(c.ceremonial for c in tasked)
    assert sheet.lead is None or "balai kampung" not in sheet.lead.text


def test_whom_a_speech_thanks_is_no_context_line() -> None:
    draft = ("Pendaftaran BPJS Kesehatan gratis dibuka mulai Senin (4/1/2027) di puskesmas terdekat. Dalam amanatnya, "
             "Bupati menyampaikan terima kasih kepada seluruh jajaran, mulai dari dinas kesehatan, dinas sosial, "
             "disdukcapil, hingga kader di desa, yang telah bekerja sepanjang tahun. Warga cukup membawa KTP dan KK.")
    sheet = read_draft(draft)
    thanks = next(c.sentence for c in sheet.clauses if "kader di desa" in c.text)
    fragment = "Dinas sosial, disdukcapil, hingga kader di desa, yang telah bekerja sepanjang tahun."
    assert unfit_context(sheet, thanks, fragment, False)


def test_a_regional_word_is_not_said_missing() -> None:
    draft = ("Pasar murah digelar Rabu (16/12/2026) di Lapangan Kelurahan Hulu. Paket sembako dijual Rp75.000. "
             "Tersedia juga daging sapi segar Rp140.000/kg, maksimal 2 kg per orang. Info: WA 0852-0000-2222.")
    answered = answer_question("sie leumo na cit? sikilo padum kak?", draft, "friendly")
    said = " ".join(answered[0]) if answered else ""
    assert "Soal leumo" not in said and "Soal cit" not in said
    answered = answer_question("ada tepung ga min?", draft, "friendly")
    assert answered is not None and "tepung" in " ".join(answered[1] + answered[0]).lower()  # a thing it never names


def test_a_rows_hours_line_answers_the_hour_and_a_span_of_weeks_is_no_weekday() -> None:
    draft = ("Samsat Keliling hadir di tiga kecamatan minggu depan. Program bebas denda berlaku sampai 30 April 2027."
             "\n\n"
             "📅 Jadwal:\n"
             "🔹 Senin, 15 Maret 2027 ➡️ Alun-alun Kecamatan Hulu\n"
             "🔹 Rabu, 17 Maret 2027 ➡️ Halaman Kantor Kecamatan Tengah\n"
             "🔹 Jumat, 19 Maret 2027 ➡️ Lapangan Kecamatan Hilir\n\n"
             "⏰ Buka pukul 08.00–12.00 WIB, hari Jumat hanya sampai 11.00 WIB.\n\n"
             "Info: WA 0821-0000-5555.")
    answered = answer_question("ka tengah buka jam sabaraha?", draft, "friendly")
    said = answered[0][0] if answered else ""
    assert "08.00–12.00" in said and "30 April" not in said
    answered = answer_question("anak sy 17 thn kurang 2 minggu, bisa bikin KTP di hilir kapan?", draft, "friendly")
    assert answered is not None and "hari Minggu" not in " ".join(answered[0])


def test_how_to_care_for_what_is_given_is_no_way_in() -> None:
    draft = ("Kelambu berinsektisida dibagikan gratis mulai Senin (11/1/2027) di Puskesmas Kota, dua kelambu untuk "
             "setiap rumah tangga. Warga cukup membawa KK asli.\n\n"
             "\"Kelambu cukup dicuci dengan air biasa tanpa deterjen, lalu dikeringkan di tempat teduh, jangan dijemur "
             "di bawah matahari langsung,\" jelas Kepala Dinas Kesehatan.")
    assert not any("dijemur" in h for h in _facts(read_draft(draft), Slot.HOW))
    # an ask that opens its sentence is still read
    asked = draft + " Jangan membeli kelambu dari orang yang mengaku petugas."
    assert any("membeli kelambu" in h for h in _facts(read_draft(asked), Slot.HOW))
