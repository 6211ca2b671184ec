"""Round 36 of issue 11: what the officer's read of sealed batch 35 showed (a speech's own frame and its
repeated date, the who of a second offer, spoken registrations and payments, a do's list, a bus route).

Texts are our own, written in the shapes the batch showed.
"""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import marked_line, slot_texts

SPEECH = (
    "SAMBUTAN LURAH CONTOH\n"
    "pada Rapat Koordinasi Ketua RT se-Kelurahan Contoh\n\n"
    "Assalamu'alaikum warahmatullahi wabarakatuh.\n\n"
    "Bapak-Ibu yang saya hormati, saya tidak akan lama. Ada satu hal yang saya minta diteruskan ke warga. Banyak "
    "warga kita yang rumahnya belum bersertifikat. Akibatnya, mau pinjam modal ke bank susah. Ini yang mau kita "
    "bereskan.\n\n"
    "Kelurahan bersama Kantor Pertanahan Contoh akan mengadakan pendaftaran sertifikat tanah gratis di Aula Kantor "
    "Lurah Contoh, pada hari Sabtu, tanggal 19 Juni 2027, mulai jam delapan pagi. Saya ulangi, Sabtu, sembilan "
    "belas Juni. Tempatnya terbatas, hanya delapan puluh pasangan pemilik tanah. Jadi daftarnya lewat ketua RT "
    "masing-masing, paling lambat hari Senin, 14 Juni 2027.\n\n"
    "Satu lagi, hari itu juga dibuka perekaman KTP elektronik untuk warga yang sudah berumur tujuh belas tahun. "
    "Bawa saja Kartu Keluarga.\n\n"
    "Wassalamu'alaikum warahmatullahi wabarakatuh.\n"
)
APPEAL = (
    "IMBAUAN KESIAPSIAGAAN BANJIR\n"
    "BPBD Kabupaten Contoh\n\n"
    "BPBD Kabupaten Contoh mengimbau warga di bantaran Sungai Contoh bersiaga, Selasa–Jumat, 7–10 Desember 2027.\n\n"
    "YANG PERLU DILAKUKAN:\n"
    "1. Simpan dokumen penting di dalam plastik kedap air.\n"
    "2. Matikan aliran listrik dari meteran bila air masuk rumah.\n"
    "3. Mengungsi ke balai desa bila air setinggi lutut.\n\n"
    "YANG TIDAK BOLEH DILAKUKAN:\n"
    "1. Jangan menerobos arus deras.\n"
    "2. Jangan membuang sampah ke sungai.\n\n"
    "Pusdalops BPBD: 0812-3000-4000 (24 jam)\n"
)
THREAD = (
    "1/4 🚌 Bus Kota Rute B2 Terminal Utara – Pasar Baru mulai beroperasi Senin (5/7/2027). Simak ya 👇\n\n"
    "2/4 📍 Rute & halte B2:\n"
    "Halte Terminal Utara ➡️ Halte Simpang Lima ➡️ Halte Jalan Merdeka ➡️ Halte Pasar Baru\n\n"
    "3/4 Jam operasi setiap hari pukul 06.00–20.00 WIB. Tarif Rp3.000 sekali jalan.\n\n"
    "4/4 💳 Cara bayar: pakai QRIS atau kartu uang elektronik, tap di pintu depan. Info: 0812-5555-6666\n"
)


def test_a_speech_frame_and_its_consequences_are_no_context_line() -> None:
    post = _post(SPEECH)
    for framing in ("Ada satu hal", "tidak akan lama", "Akibatnya", "Ini yang mau"):
        assert framing not in post


def test_a_date_repeated_in_words_is_said_once() -> None:
    when = marked_line(_post(SPEECH), "📅")
    assert "19 Juni 2027" in when
    assert when.count("Juni") == 1, when


def test_the_who_of_a_second_offer_names_that_offer() -> None:
    post = _post(SPEECH)
    who = marked_line(post, "👥")
    assert "perekaman KTP elektronik" in who.split(":")[0], who
    assert "tujuh belas tahun" in who


def test_a_spoken_registration_and_a_quota_of_couples_are_read() -> None:
    assert any("daftarnya lewat ketua RT" in h for h in slot_texts(SPEECH, Slot.HOW))
    assert any("delapan puluh pasangan" in q for q in slot_texts(SPEECH, Slot.QUOTA))
    assert "Daftarnya lewat ketua RT masing-masing" in marked_line(_post(SPEECH), "📝")


def test_a_payment_label_names_a_how() -> None:
    assert any(h.startswith("pakai QRIS") for h in slot_texts(THREAD, Slot.HOW))
    assert "QRIS" in marked_line(_post(THREAD), "📝")


def test_a_do_list_with_steps_inside_is_a_list_line() -> None:
    post = _post(APPEAL)
    assert "📋" in post and "🚫" in post
    listed = post.split("📋", 1)[1].split("🚫", 1)[0]
    assert "Simpan dokumen penting" in listed and "Matikan aliran listrik" in listed


def test_a_route_of_stops_is_one_line() -> None:
    route = marked_line(_post(THREAD), "🚏")
    assert "Halte Terminal Utara → Halte Simpang Lima → Halte Jalan Merdeka → Halte Pasar Baru" in route


def test_arrows_of_a_shelter_map_are_no_route() -> None:
    shelters = "Pembagian posko:\n• Desa Atas → Balai Desa Tengah\n• Desa Lereng → SD Negeri 2 Bawah\n"
    assert "🚏" not in _post("BPBD Kabupaten Contoh meminta warga mengungsi sejak Senin (4/10/2027).\n\n" + shelters)


# Leads: what sealed batch 36 showed the lead misses (everyday verbs, a bare "free", a schedule's rows, a price
# ceiling, a statement after "mengingatkan bahwa", a "Faktanya:" heading, a hoax warning that names a lie).

BROADCAST = (
    "Assalamualaikum warga RW 03 🙏\n\n"
    "Mohon maaf ganggu malem-malem. Minggu ini ada warga yang kena demam berdarah. Makanye Puskesmas bakal ngadain "
    "fogging di seluruh RW 03, Sabtu, 9 Oktober 2027, mulai jam 06.00.\n\n"
    "Selain fogging, ada pembagian bubuk abate gratis di pos RW, Minggu, 10 Oktober 2027.\n"
)
CAPTION = (
    "📣 IMUNISASI KEJAR, BUND!\n\n"
    "Puskesmas Contoh bareng kader posyandu buka imunisasi kejar untuk anak umur 0 sampai 59 bulan, keliling ke "
    "desa-desa, Senin, 4 Oktober 2027.\n\n"
    "💸 Semuanya GRATIS\n"
)
OUTAGE = (
    "PENGUMUMAN\n\n"
    "Pekerjaan ini memerlukan penghentian sementara aliran air bersih di sebagian wilayah pelayanan pada Selasa, "
    "16 November 2027, dengan rincian:\n\n"
    "A. pukul 08.00–16.00 WITA\n"
    "   seluruh wilayah pelayanan Kota Contoh (aliran kecil sampai mati)\n"
    "B. pukul 16.00–22.00 WITA\n"
    "   Kelurahan Contoh Dua: Jl. Merdeka, Jl. Pahlawan\n\n"
    "Selama pekerjaan, kami menyiapkan mobil tangki air gratis untuk rumah sakit dan puskesmas.\n"
)
FERTILIZER = (
    "Realisasi Pupuk Bersubsidi Capai 66 Persen\n\n"
    "CONTOH – Penyaluran pupuk bersubsidi hingga akhir Agustus 2027 mencapai 66 persen dari alokasi.\n\n"
    "Dinas Pertanian mengingatkan bahwa penebusan pupuk bersubsidi untuk Musim Tanam I dibuka bertahap di kios "
    "pupuk resmi mulai Senin, 4 Oktober 2027. Harga eceran tertinggi (HET) Urea Rp1.800 per kilogram.\n"
)
RUMOUR = (
    "KLARIFIKASI POLRES CONTOH\n\n"
    "Sejak Kamis (18/11/2027) beredar pesan berantai berisi video penculikan anak berseragam SD di Kecamatan Contoh, "
    "3 anak disebut hilang.\n\n"
    "Faktanya:\n"
    "1. Tidak ada laporan anak hilang maupun percobaan penculikan di Kabupaten Contoh.\n"
    "2. Video yang beredar sudah diunggah sejak tahun 2023 di luar negeri.\n\n"
    "Polres Contoh juga mengingatkan bahwa menyebarkan berita bohong dapat dikenai sanksi pidana.\n"
)


def _lead(draft: str) -> str:
    lead = read_draft(draft).lead
    assert lead is not None
    return lead.text


def test_everyday_verbs_weigh_as_the_standard_ones_and_an_added_offer_stays_second() -> None:
    assert "ngadain fogging" in _lead(BROADCAST)
    assert "buka imunisasi kejar" in _lead(CAPTION)


def test_a_schedule_row_never_leads_a_disruption_notice() -> None:
    assert "penghentian sementara aliran air bersih" in _lead(OUTAGE)


def test_a_statement_after_mengingatkan_bahwa_is_no_ask_and_a_price_ceiling_no_offer() -> None:
    assert _lead(FERTILIZER).startswith("penebusan pupuk bersubsidi untuk Musim Tanam I dibuka")


def test_the_fact_under_faktanya_leads_and_a_hoax_warning_is_no_denial() -> None:
    lead = _lead(RUMOUR)
    assert lead.startswith("Tidak ada laporan anak hilang"), lead
    assert "sanksi" not in lead


def test_a_time_after_a_bracketed_date_takes_no_garbled_label() -> None:
    from bot.offline.post_times import happening

    draft = ("UPDATE BANJIR\n\nHujan deras sejak Selasa (15/6/2027) sore membuat Sungai Contoh meluap pukul 22.30 WIT. "
             "Posko dibuka di Balai Desa Contoh, Rabu (16/6/2027) pukul 07.00 WIT.\n")
    sheet = read_draft(draft)
    late = next(f for f in sheet.facts if f.slot == Slot.WHEN and "22.30" in f.text)
    assert happening(sheet, late) in ("", "meluap", "Sungai Contoh meluap")


def test_a_range_of_number_words_supports_its_digits_and_nothing_else() -> None:
    from bot.core.fact_check import check_facts

    source = ["Badan agak hangat itu reaksi biasa dan hilang dalam satu-dua hari."]
    assert check_facts("Badan hangat hilang 1–2 hari.", source).ok
    assert check_facts("Badan hangat hilang 1–3 hari.", source).invented == ["3"]
