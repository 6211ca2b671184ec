"""Round 44 of issue 11: patterns sealed batch 44 showed, each in a text of our own.

Steps numbered with keycaps under "Cara daftar"; what to bring under "Bawa saat ...:"; a statement's or a talk's
issue date on its own line; hours that are the only time; a pointer to the questions below; a verdict on a detail of a
forgery; ages in words; a host's recap; a range said again; every clinic of a region; callers' turns in answers;
"daftar di atas"; a cap's purpose; water stopped; a cash aid's amount; a notice's basis; tasks addressed to the
office's people; "Sabtu & Minggu"; a fee waived "dari biaya apa pun"; "jangan hanya datang"; hyphenated words;
"sunat" of "khitanan"; what is still paid; a table's totals row; an FAQ's channel and fee questions.
"""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from bot.offline.answer import answer_question
from tests.support.reading_checks import facts_of, marked_line
from tests.support.reading_checks import instagram_post as _post

BROADCAST = (
    "*PELATIHAN MENJAHIT GRATIS UNTUK IBU RUMAH TANGGA*\n\n"
    "Dinas Koperasi Kota Contoh membuka pelatihan menjahit gratis untuk 40 ibu rumah tangga.\n"
    "🗓️ Jadwal: tiap Sabtu & Minggu, mulai Sabtu 3 April 2027, pukul 08.00–11.00 WITA\n"
    "📍 Tempat: Aula Kelurahan Mawar, Jl. Kenanga No. 4\n\n"
    "*Cara daftar* ✍️\n"
    "1️⃣ Isi formulir di bit.ly/JahitContoh27\n"
    "2️⃣ Unggah foto KTP\n\n"
    "📋 Bawa saat hari pertama:\n"
    "✅ KTP asli\n"
    "✅ Gunting kain sendiri\n\n"
    "📢 Peserta terpilih diumumkan Senin, 29 Maret 2027 lewat Instagram @dinkopcontoh.\n\n"
    "Untuk admin kelurahan: mohon rekap pendaftar dikirim tiap Jumat.\n"
)


def test_keycap_steps_under_a_how_heading_are_the_ways_in() -> None:
    how = facts_of(read_draft(BROADCAST), Slot.HOW)
    assert "Isi formulir di bit.ly/JahitContoh27" in how and "Unggah foto KTP" in how, how
    assert not any(h.lower().startswith("daftar") for h in how), how


def test_a_bring_heading_lists_requirements() -> None:
    needs = facts_of(read_draft(BROADCAST), Slot.REQUIREMENTS)
    assert "KTP asli" in needs and "Gunting kain sendiri" in needs, needs


def test_a_steps_line_drops_its_emoji_and_days_joined_by_an_ampersand_stay_one_time() -> None:
    post = _post(BROADCAST)
    assert "Pengumuman: Peserta terpilih diumumkan" in post, post
    assert "Sabtu & Minggu, mulai Sabtu, 3 April 2027" in post, post
    assert "tiap Jumat" not in post.lower(), post  # the admins' task, no hours of the class


CLARIFICATION = (
    "KLARIFIKASI DINAS KOMINFO KABUPATEN CONTOH\n"
    "Rabu, 10 Maret 2027\n\n"
    "Beredar surat berkop Pemkab Contoh perihal \"Penerimaan Pegawai Kontrak Tahun 2027\" yang meminta pelamar "
    "mentransfer Rp500.000.\n\n"
    "Berikut penjelasan untuk meluruskan kabar tersebut.\n\n"
    "Apakah surat itu asli?\n"
    "Stempel di surat itu bahkan dibuat keliru. Pemkab Contoh tidak membuka penerimaan pegawai kontrak pada tahun "
    "2027.\n\n"
    "Ke mana melapor?\n"
    "Layanan pengaduan dibuka setiap hari kerja pukul 08.00–15.00 WITA di WhatsApp 0812-0000-1111.\n"
)


def test_a_statements_issue_date_is_no_when_and_lone_hours_say_what_they_are_of() -> None:
    post = _post(CLARIFICATION)
    assert "10 Maret" not in post, post
    assert "Kapan" not in post, post
    assert "Layanan pengaduan" in marked_line(post, "🕗"), post


def test_a_pointer_to_the_questions_below_and_a_forgerys_detail_are_no_lines() -> None:
    post = _post(CLARIFICATION)
    assert "Berikut penjelasan" not in post, post
    assert "Stempel di surat itu bahkan dibuat keliru. Faktanya" not in post, post


TALK = (
    "TRANSKRIP DIALOG INTERAKTIF RADIO SUARA CONTOH\n"
    "Selasa, 2 Februari 2027, pukul 10.00–10.30 WITA\n\n"
    "PENYIAR: Bu dokter, siapa saja yang diberi vitamin A?\n\n"
    "dr. RINA: Anak umur enam bulan sampai 59 bulan. Mulai Senin, 15 Februari sampai Sabtu, 27 Februari 2027. "
    "Datang saja ke semua posyandu dan puskesmas di Contoh, pukul 08.00 sampai 12.00 WITA.\n\n"
    "PENELEPON: Anak saya umur tujuh tahun, waktu kecil sudah dapat vitamin. Masih perlu kah?\n\n"
    "dr. RINA: Tidak perlu, Ibu. Vitamin A untuk balita saja.\n\n"
    "PENYIAR: Pendengar, ingat: vitamin A gratis, 15 sampai 27 Februari, di posyandu dan puskesmas.\n"
)


def test_a_hosts_recap_may_lead_and_the_airing_is_no_when() -> None:
    sheet = read_draft(TALK)
    assert sheet.lead is not None and "vitamin A gratis" in sheet.lead.text, sheet.lead
    when = marked_line(_post(TALK), "📅")
    assert "2 Februari" not in when and when.count("Februari") <= 2, when


def test_ages_in_words_and_every_clinic_of_a_region() -> None:
    sheet = read_draft(TALK)
    assert any("enam bulan sampai 59 bulan" in w for w in facts_of(sheet, Slot.WHO)), facts_of(sheet, Slot.WHO)
    assert "semua posyandu dan puskesmas di Contoh" in facts_of(sheet, Slot.WHERE), facts_of(sheet, Slot.WHERE)


def test_an_answer_never_quotes_a_caller_nor_keeps_a_speakers_label() -> None:
    answered = answer_question("anak sy 3 thn blm dapat, mulai tgl brp?", TALK, "friendly")
    assert answered is not None
    text = answered[0][0]
    assert "waktu kecil" not in text and "dr. RINA" not in text, text


OUTAGE = (
    "PEMBERITAHUAN\n\n"
    "Karena perbaikan pipa induk, pengaliran air DIHENTIKAN sementara pada Kamis, 4 Maret 2027 pukul 20.00 WITA "
    "sampai Jumat, 5 Maret 2027 pukul 10.00 WITA.\n\n"
    "🚚 Tangki air GRATIS di halaman Kantor Lurah Melati, Jumat pukul 07.00–11.00 WITA. Bawa wadah sendiri, "
    "maksimal tiga jeriken per rumah agar semua kebagian.\n\n"
    "Wilayah lain di luar daftar di atas tetap normal.\n"
)


def test_water_stopped_leads_and_a_caps_purpose_is_cut() -> None:
    sheet = read_draft(OUTAGE)
    assert sheet.lead is not None and "pengaliran air" in sheet.lead.text.lower(), sheet.lead
    assert "maksimal tiga jeriken per rumah" in facts_of(sheet, Slot.QUOTA), facts_of(sheet, Slot.QUOTA)
    assert not any("daftar di atas" in h for h in facts_of(sheet, Slot.HOW)), facts_of(sheet, Slot.HOW)


AID = (
    "PENGUMUMAN\n\n"
    "Berdasarkan hasil Musyawarah Desa tanggal 2 Februari 2027, bersama ini kami umumkan hal-hal berikut:\n"
    "1. Besar bantuan Rp300.000 per bulan per keluarga. Tiga bulan dibayar sekaligus, jadi setiap keluarga menerima "
    "Rp900.000.\n"
    "2. Keluarga yang sudah menerima PKH tidak dapat menerima BLT Dana Desa.\n"
    "3. Penyaluran pada Senin, 8 Maret 2027 pukul 09.00 WITA di Kantor Desa Contoh.\n"
    "4. Warga yang tidak masuk daftar dapat mengajukan sanggahan paling lambat Jumat, 5 Maret 2027.\n\n"
    "Kepada para Kepala Dusun agar menyerahkan daftar hadir paling lambat Rabu, 10 Maret 2027.\n"
)


def test_a_cash_aids_amounts_are_benefits_and_a_basis_date_is_no_when() -> None:
    sheet = read_draft(AID)
    benefits = facts_of(sheet, Slot.BENEFIT)
    assert "Besar bantuan Rp300.000 per bulan per keluarga" in benefits, benefits
    assert "setiap keluarga menerima Rp900.000" in benefits, benefits
    assert not any("PKH" in b for b in benefits), benefits
    post = _post(AID)
    assert "2 Februari" not in post and "10 Maret" not in post, post
    assert "5 Maret 2027" in marked_line(post, "⏳"), post


JOB_FAIR = (
    "Bupati Contoh yang diwakili Asisten II membuka Job Fair 2027 di GOR Contoh, Rabu (12/5/2027). Bupati "
    "mengapresiasi langkah panitia yang membebaskan pencari kerja dari biaya apa pun. \"Jangan hanya datang lalu "
    "pulang,\" pesannya. Kuota walk-in untuk tiga ratus anak muda setiap hari. Pelamar mendaftar di laman "
    "kerja.contohkab.go.id.\n"
)


def test_a_fee_waived_for_someone_is_a_cost_and_a_nudge_is_no_step() -> None:
    sheet = read_draft(JOB_FAIR)
    costs = [f for f in sheet.of(Slot.COST)]
    assert any(f.display == "bebas biaya apa pun" for f in costs), costs
    assert not any("Jangan hanya" in h for h in facts_of(sheet, Slot.HOW)), facts_of(sheet, Slot.HOW)


def test_a_span_never_stops_inside_a_hyphenated_word() -> None:
    draft = ("Khitanan massal gratis di RSUD Contoh, Sabtu 5 Juni 2027. Panitia menyiapkan kuota bagi dua ratus anak "
             "laki-laki.\n")
    assert "dua ratus anak laki-laki" in facts_of(read_draft(draft), Slot.QUOTA)


def test_an_everyday_name_of_the_service_is_not_unsaid() -> None:
    draft = ("Khitanan massal gratis digelar di Gedung Serbaguna Contoh, Sabtu 5 Juni 2027. Orang tua tidak perlu "
             "mengeluarkan biaya sepeser pun.\n")
    answered = answer_question("sunatnya bayar gk min?", draft, "friendly")
    assert answered is not None and "belum menyebutkan" not in answered[0][0], answered


AMNESTY = (
    "Program pemutihan pajak kendaraan berlaku 1 Juli sampai 30 September 2027. Selama program, seluruh denda PKB "
    "dihapuskan. Yang dibayar cukup pokok PKB tahun berjalan. SWDKLLJ beserta dendanya tetap wajib dibayar, "
    "demikian pula biaya STNK baru.\n"
)


def test_what_is_still_paid_under_a_relief_is_a_cost() -> None:
    costs = facts_of(read_draft(AMNESTY), Slot.COST)
    assert any(c.startswith("Yang dibayar cukup pokok PKB") for c in costs), costs
    assert "SWDKLLJ beserta dendanya tetap wajib dibayar" in costs, costs


FLOOD = (
    "LAPORAN BANJIR KABUPATEN CONTOH\n\n"
    "1. Wilayah terdampak\n"
    "Kecamatan | Desa | Jiwa\n"
    "Sungai Biru | 4 | 1.350\n"
    "Tanjung Hijau | 3 | 744\n"
    "Jumlah | 7 | 2.094\n\n"
    "2. Posko pengungsian\n"
    "- Aula Kantor Camat Sungai Biru\n\n"
    "Warga yang rumahnya tergenang diminta segera pindah ke posko pengungsian.\n\n"
    "3. Catatan untuk camat dan lurah\n"
    "Data pengungsi dikirim ke Pusdalops setiap hari paling lambat pukul 15.00 WIB.\n"
)


def test_a_totals_row_is_no_place_and_a_note_to_the_office_gives_no_deadline() -> None:
    post = _post(FLOOD)
    assert "Jumlah" not in marked_line(post, "📍"), post
    assert "15.00" not in post, post


FAQ = (
    "TANYA JAWAB IZIN USAHA MIKRO\n\n"
    "T: Di mana mengajukannya?\n"
    "J: Permohonan diajukan secara daring melalui OSS di oss.go.id. Buat akun dengan NIK.\n\n"
    "T: Berapa biayanya?\n"
    "J: Izin usaha mikro tidak dipungut biaya.\n"
)


def test_an_faqs_channel_and_fee_questions_fill_how_and_cost() -> None:
    sheet = read_draft(FAQ)
    assert any("oss.go.id" in h for h in facts_of(sheet, Slot.HOW)), facts_of(sheet, Slot.HOW)
    assert any("tidak dipungut biaya" in c for c in facts_of(sheet, Slot.COST)), facts_of(sheet, Slot.COST)


def test_a_needs_heading_without_a_colon_answers_with_the_sentence_under_it() -> None:
    answered = answer_question("bawa dokumen apa aja pas ngungsi?", FLOOD.replace(
        "3. Catatan",
        "3. Yang perlu dibawa saat mengungsi\nSimpan KK dan KTP di dalam plastik kedap air.\n\n4. Catatan"),
        "friendly")
    assert answered is not None and "Simpan KK dan KTP" in answered[0][0], answered


def test_an_official_account_asked_is_a_contact() -> None:
    draft = ("Pemkot Contoh tidak membuka rekrutmen honorer. Pengumuman resmi hanya dimuat di situs contohkota.go.id "
             "dan "
             "akun Instagram @pemkot.contoh.\n")
    answered = answer_question("ig resmi pemkot apa ya min?", draft, "friendly")
    assert answered is not None and "@pemkot.contoh" in answered[0][0], answered


def test_a_fee_waived_inside_an_appreciation_is_answered_as_its_content() -> None:
    answered = answer_question("bayar gk min?", JOB_FAIR, "friendly")
    assert answered is not None and "panitia membebaskan pencari kerja dari biaya apa pun" in answered[0][0], answered


def test_the_fact_lock_reads_short_weekdays_inside_a_range() -> None:
    from bot.core.fact_check import check_facts

    source = "Imunisasi mulai Senin, 7 September sampai Rabu, 30 September 2026."
    assert check_facts("🗓️ Sen 7 – Rab 30 September 2026", [source]).ok
    assert not check_facts("🗓️ Sen 8 – Rab 30 September 2026", [source]).ok


def test_waiting_for_a_stage_is_no_step_but_waiting_at_a_place_is() -> None:
    later = ("Bantuan diberikan kepada nelayan kecil. Nelayan yang sudah menerima bantuan tahun lalu diminta menunggu "
             "tahap berikutnya.")
    assert facts_of(read_draft(later), Slot.HOW) == []
    stop = "Bus sekolah gratis mulai Senin, 4 Januari 2027. Siswa diminta menunggu di halte bertanda stiker biru."
    assert any("halte bertanda stiker biru" in h for h in facts_of(read_draft(stop), Slot.HOW))
