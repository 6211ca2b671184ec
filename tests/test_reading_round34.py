"""Round 34 of issue 11: what the officer read of batch 33 left, and what sealed batch 34 showed.

Texts are our own, written in the shapes the sealed batches showed.
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.number_words import read_out_in_digits
from bot.core.reading import Slot, read_draft
from bot.core.reading.key_facts import tag_word
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import slot_texts

CHURCH = (
    "PENGUMUMAN JEMAAT\n"
    "Jemaat Efata Contoh – Minggu, 6 Juni 2027\n\n"
    "Ada titipan dari Dinas Kesehatan. Tim imunisasi keliling datang gratis ke Kampung Apalapsili pada hari "
    "Selasa, 15 Juni 2027, dan ke Kampung Walma pada hari Kamis, 17 Juni 2027, di pustu masing-masing. "
    "Kalau sakit sebelum itu, silakan langsung ke Puskesmas Kurima seperti biasa.\n"
)
VISIT = (
    "CONTOH – Bupati Contoh, Yusuf Malik, melakukan kunjungan kerja ke Kecamatan Timur, Rabu (14/7/2027). "
    "Dalam kunjungan itu Bupati didampingi Ketua TP PKK.\n\n"
    "Bupati kemudian membuka secara resmi pasar murah yang bertempat di halaman Kantor Camat Timur pada Rabu pagi "
    "itu pukul 09.00 WIB. Beras lima kilogram dijual Rp55.000.\n\n"
    "\"Saya minta Dinas Perdagangan tidak berhenti di sini. Saya juga minta kontraktor jembatan bekerja cepat,\" "
    "kata Bupati.\n"
)
PRICE_TARGET = (
    "Kapal kargo bersubsidi mulai melayani lima distrik. Warga cukup membayar tiga ribu rupiah per kilogram "
    "barang.\n\n"
    "\"Target kami, harga gula di distrik itu turun di bawah Rp20 ribu per kilogram sebelum akhir 2027,\" ujar "
    "Kepala Dinas. Kegiatan ditutup dengan makan bersama di halaman Bandara Contoh.\n"
)
BROADCAST = (
    "*[INFO KELURAHAN CONTOH]*\n\n"
    "Sampurasun, wargi Contoh nu dipikacinta\n"
    "Diteruskan dari Kasi Kesra, mohon dibaca sampai habis\n\n"
    "🩺 *PERIKSA GIGI GRATIS untuk ANAK SD* 🩺\n"
    "📅 Sabtu, 10 Juli 2027, jam 08.00 s.d. 11.00 WIB\n"
    "📍 Aula Kantor Kelurahan Contoh\n\n"
    "✅ Layanan:\n"
    "• cek gigi berlubang dan karang gigi\n"
    "• periksa kebersihan mulut, sikat gigi GRATIS (stok 200 buah)\n"
    "• penyuluhan cara menyikat gigi\n\n"
    "Daftar ke wali kelas paling lambat Rabu, 7 Juli 2027.\n"
)
NOTICE = (
    "DINAS PERHUBUNGAN KABUPATEN CONTOH\n"
    "PENGUMUMAN\n"
    "Nomor: 55/PG/2027\n"
    "tentang\n"
    "Perubahan Jadwal Bus Perintis Trayek Kota Contoh\n\n"
    "Mulai Senin, 2 Agustus 2027 jadwal bus berubah sebagai berikut:\n\n"
    "Trayek | Jam berangkat | Hari\n"
    "Terminal Kota – Desa Ujung | 07.00 dan 13.00 | setiap hari\n"
    "Terminal Kota – Desa Hulu | 08.00 | Selasa dan Jumat\n\n"
    "Keberangkatan Jumat pukul 16.00 DITIADAKAN. Barang bawaan sampai 10 kg tidak dikenakan biaya.\n"
)
CAROUSEL = (
    "Slide 1/3\n"
    "Daftar poli Puskesmas Contoh kini bisa lewat WhatsApp mulai Senin, 6 September 2027.\n\n"
    "Slide 2/3\n"
    "Kirim pesan dengan format NAMA#POLI#TANGGAL.\n"
    "Contoh: Hasnah#Umum#07-09-2027\n\n"
    "Slide 3/3\n"
    "Layanan gratis bagi peserta BPJS. Info: 0811-4000-1234\n"
)
OUTAGE = (
    "Pipa transmisi pecah, aliran air ke Kecamatan Utara terhenti. Perbaikan ditargetkan rampung Kamis "
    "(9/9/2027) pukul 18.00 WIB. Pelanggan di ujung jaringan diperkirakan menerima air normal paling lambat "
    "Jumat (10/9/2027) pagi. Mobil tangki membagikan air bersih gratis di Lapangan Merdeka.\n"
)


def test_an_issue_date_heading_a_later_schedule_is_no_when() -> None:
    whens = slot_texts(CHURCH, Slot.WHEN)
    assert not any("6 Juni" in w for w in whens)
    assert any("15 Juni 2027" in w for w in whens) and any("17 Juni 2027" in w for w in whens)


def test_a_lone_heading_date_is_still_the_when() -> None:
    alone = ("PENGUMUMAN\nPosyandu Lansia RW 03 – Sabtu, 12 Juni 2027\n\n"
             "Pemeriksaan tensi gratis di Balai RW 03 pukul 08.00 WIB.\n")
    assert any("12 Juni 2027" in w for w in slot_texts(alone, Slot.WHEN))


def test_a_place_a_step_names_is_not_said_again_beside_a_schedule() -> None:
    post = _post(CHURCH)
    assert "Puskesmas Kurima" in post
    assert "📍 Di mana: Puskesmas Kurima" not in post


def test_a_day_pointed_back_at_takes_the_date_said_before() -> None:
    sheet = read_draft(VISIT)
    shown = [f.display or f.text for f in sheet.facts if f.slot == Slot.WHEN]
    assert any(s.startswith("Rabu, 14 Juli 2027") and "09.00" in s for s in shown)


def test_an_official_asked_to_act_is_no_step_for_citizens() -> None:
    hows = slot_texts(VISIT, Slot.HOW)
    assert not any("Dinas Perdagangan" in h or "kontraktor" in h for h in hows)


def test_a_price_a_target_names_is_no_cost_and_the_target_says_what_it_prices() -> None:
    costs = slot_texts(PRICE_TARGET, Slot.COST)
    assert not any("Rp20 ribu" in c for c in costs)
    assert slot_texts(PRICE_TARGET, Slot.TARGET) == [
        "harga gula di distrik itu turun di bawah Rp20 ribu per kilogram sebelum akhir 2027"]


def test_an_occasions_closing_is_ceremony_and_no_road_closed() -> None:
    post = _post(PRICE_TARGET)
    assert "Ruas ditutup" not in post
    assert any(c.ceremonial and c.text.startswith("Kegiatan ditutup") for c in read_draft(PRICE_TARGET).clauses)


def test_a_headlines_speaker_before_a_quote_is_cut() -> None:
    draft = ("Pasar Murah Keliling Tiba di Lima Desa, Bupati: “Jangan Lagi Warga Antre Jauh”\n\n"
             "Pemerintah Kabupaten Contoh menggelar pasar murah keliling di lima desa mulai Senin (5/7/2027). "
             "Beras lima kilogram dijual Rp55.000.\n")
    first = _post(draft).split("\n", 1)[0]
    assert "Bupati" not in first


def test_a_broadcasts_heading_leads_and_its_greeting_and_frame_are_no_lines() -> None:
    post = _post(BROADCAST)
    assert post.split("\n", 1)[0].lower().startswith("periksa gigi gratis untuk anak sd")
    assert "Sampurasun" not in post and "Diteruskan" not in post and "dibaca sampai habis" not in post


def test_a_list_of_services_is_no_list_of_steps() -> None:
    hows = slot_texts(BROADCAST, Slot.HOW)
    assert not any("cek gigi" in h or "periksa kebersihan" in h for h in hows)
    assert any("wali kelas" in h for h in hows)


def test_a_notices_subject_leads_and_a_table_row_never_does() -> None:
    post = _post(NOTICE)
    assert post.split("\n", 1)[0].startswith("Perubahan Jadwal Bus Perintis")
    assert "Trayek | Jam berangkat" not in post
    assert not any("|" in c.text for c in read_draft(NOTICE).clauses if c.benefit > 0)


def test_slide_counters_and_an_example_line_give_no_date() -> None:
    whens = slot_texts(CAROUSEL, Slot.WHEN)
    assert whens and all("Mei" not in w and "Maret" not in w for w in whens)
    assert not any("07-09-2027" in w for w in whens)


def test_when_service_is_back_is_an_estimate_not_a_citizens_deadline() -> None:
    assert not slot_texts(OUTAGE, Slot.DEADLINE)
    assert any("paling lambat Jumat (10/9/2027)" in t for t in slot_texts(OUTAGE, Slot.TARGET))


def test_a_phone_number_read_out_in_regional_digit_words_is_in_digits() -> None:
    assert read_out_in_digits("di nomor kosong dalapan dua dua, tilu hiji dua hiji, dalapan tujuh opat hiji.") == \
        "di nomor 0822-3121-8741."
    assert read_out_in_digits("nomere nol wolu siji telu, papat limo enem pitu") == "nomere 0813-4567"


def test_the_fact_lock_reads_relative_days_worded_counts_and_usual_short_forms() -> None:
    draft = ("CONTOH – Pasar murah digelar di Lapangan Timur, Kamis (22/7/2027). Besok, Jumat, pasar murah pindah "
             "ke Lapangan Barat, lalu Senin depan ke Lapangan Selatan. Kuota peserta dibatasi tiga ribu lima ratus "
             "orang. Wawancara dengan bagian personalia perusahaan. Usulan disampaikan ke Dinas Perumahan dan Kawasan "
             "Permukiman. Imunisasi kejar campak-rubela gratis.")
    good = ("Pasar murah Kam 22/7, Jum 23/7 dan Sen 26/7. Kuota 3.500 peserta. Wawancara dengan HRD. "
            "Usulan ke Disperkim. Imunisasi MR gratis.")
    assert check_facts(good, [draft]).ok
    for planted in ("Jum 24/7", "Sen 27/7", "Kuota 3.600 peserta"):
        assert not check_facts(good.replace("Jum 23/7", planted) if "/7" in planted
                               else good.replace("Kuota 3.500 peserta", planted), [draft]).ok


FOGGING = (
    "IMBAUAN CAMAT CONTOH TENTANG DEMAM BERDARAH\n\n"
    "Camat Contoh mengimbau seluruh warga untuk mendukung pengasapan (fogging) yang dilaksanakan Puskesmas Contoh "
    "pukul 06.00–09.00 WIB dengan jadwal sebagai berikut:\n"
    "– Selasa, 26 Januari 2027: Desa Sekuro (RT 03 RW 02);\n"
    "– Rabu, 27 Januari 2027: Desa Srobyong (RT 01 RW 05);\n"
    "– Kamis, 28 Januari 2027: Desa Jambu (RT 02 RW 01).\n\n"
    "Pengasapan tidak dipungut biaya apa pun. Kasus baru dan pungutan liar dapat disampaikan ke Posko DBD "
    "Kecamatan Contoh melalui WhatsApp 0821-3655-7208.\n"
)


def test_an_appeals_dated_list_is_a_schedule_and_a_disease_posko_is_no_shelter() -> None:
    post = _post(FOGGING)
    assert "📅 Jadwal:" in post and "Imbauan:" not in post
    assert "Selasa, 26 Januari 2027: Desa Sekuro (RT 03 RW 02)" in post
    assert "Tempat mengungsi" not in post
    assert post.count("Posko DBD Kecamatan Contoh") == 1  # the step names it; no place line repeats it


def test_a_scripts_speaker_and_a_hosts_greeting_are_no_part_of_a_line() -> None:
    script = ("NASKAH ILM RADIO – IMUNISASI KEJAR CONTOH\n\n"
              "PENYIAR: Selamat pagi pendengar setia Radio Contoh di mana pun berada.\n"
              "DADAN: Dinas Kesehatan ngayakeun imunisasi kejar gratis, Senin 13 September 2027, di posyandu "
              "terdekat.\n"
              "DADAN: Yang balita dibawa ke posyandu, yang anak sekolah diimunisasi di sekolahnya.\n")
    post = _post(script)
    assert "DADAN:" not in post and "PENYIAR:" not in post
    assert "Selamat pagi pendengar" not in post


def test_a_completion_target_with_an_adverb_is_no_when() -> None:
    draft = ("Program bedah rumah menyasar 500 rumah tidak layak huni di Kabupaten Contoh. Pembangunan ditargetkan "
             "rampung seluruhnya pada 30 November 2027. Daftar calon penerima ditempel di kantor desa.\n")
    assert not any("30 November" in w for w in slot_texts(draft, Slot.WHEN))
    assert any("30 November 2027" in t for t in slot_texts(draft, Slot.TARGET))
    assert not any(h.lower().startswith("daftar calon") for h in slot_texts(draft, Slot.HOW))


def test_paired_days_read_out_in_words_are_dates_to_the_fact_lock() -> None:
    worded = "Senin sampai Rabu, tanggal tiga belas sampai lima belas September"
    assert check_facts(worded, ["Senin–Rabu, 13–15 September 2027"]).ok
    assert not check_facts(worded, ["Senin–Rabu, 14–15 September 2027"]).ok


def test_a_shouted_ordinary_word_in_a_hashtag_is_in_normal_case() -> None:
    assert [tag_word(w) for w in ("CEK", "OBAT", "BPJS", "KTP", "DBD")] == ["Cek", "Obat", "BPJS", "KTP", "DBD"]


def test_the_fact_lock_reads_a_phone_number_read_out_in_words() -> None:
    draft = "WhatsApp ke Dinkes di nomor kosong dalapan dua dua, tilu hiji dua hiji, dalapan tujuh opat hiji."
    assert check_facts("WA Dinkes 0822-3121-8741", [draft]).ok
    assert not check_facts("WA Dinkes 0822-3121-8742", [draft]).ok
