"""Round 29 of issue 11: a poster's header lines, a quoted hoax as its own paragraph, "no sign-up needed", and the
post's opening (a range of days is no dateline; a title that holds the lead is not said twice).

Texts are our own, written in the shapes the sealed batch showed (a poster whose "DAFTAR LANGSUNG DI:" and
"BATAS AKHIR BERKAS:" stand on their own lines, a WhatsApp message quoted whole under "... berbunyi:").
"""

from __future__ import annotations

from bot.core.reading import DraftKind, Slot, read_draft
from bot.core.reading.datelines import strip_leading
from bot.core.reading.lead import clause_benefit
from bot.core.reading.lead_roles import Role, clause_role
from bot.offline.asked import asked_age
from bot.offline.post_context import unfit_context
from bot.offline.post_hook import headline
from tests.support.reading_checks import facts_of as _facts
from tests.support.reading_checks import instagram_post as _post

POSTER = (
    "PENDAFTARAN BANTUAN PENDIDIKAN KABUPATEN CONTOH 2027\n\n"
    "Bantuan biaya kuliah bagi mahasiswa dari keluarga kurang mampu. Gratis, tanpa pungutan.\n\n"
    "PENDAFTARAN DIBUKA:\n"
    "11 – 22 Januari 2027\n"
    "Senin – Jumat, pukul 08.00 – 15.00 WIB\n\n"
    "DAFTAR LANGSUNG DI:\n"
    "KANTOR BAGIAN KESEJAHTERAAN RAKYAT\n"
    "GEDUNG SETDA LANTAI 2\n"
    "ATAU DARING:\n"
    "bantuan.contohkab.go.id\n\n"
    "BATAS AKHIR BERKAS:\n"
    "JUMAT, 22 JANUARI 2027, PUKUL 15.00 WIB\n\n"
    "INFO: 0813-5555-6666"
)

QUOTED_HOAX = (
    "Klarifikasi: Pesan \"Beras Gratis di Alun-Alun\" adalah Hoaks\n\n"
    "Sejak Senin (7/12/2026) beredar pesan berantai di WhatsApp berbunyi:\n\n"
    "\"PENTING!! Pemkab bagi beras gratis 20 kg utk semua warga di Alun-Alun Kota Lama hari sabtu jam 6 pagi. "
    "WAJIB isi data dl lewat link bit.ly/beras-gratis-xx, kuota terbatas!!\"\n\n"
    "Dinas Kominfo menegaskan informasi tersebut TIDAK BENAR. Pemkab tidak pernah meminta warga mengisi data "
    "melalui tautan yang disebar lewat WhatsApp.\n\n"
    "Yang benar, Dinas Ketahanan Pangan menggelar pasar murah pada Rabu, 16 Desember 2026, di halaman Kantor "
    "Kecamatan Hulu, mulai pukul 07.00 WIB. Beras dijual Rp55.000 per karung 5 kg. Tidak perlu mendaftar."
)




def test_lines_under_a_where_header_are_places_and_a_link_line_is_the_way_in() -> None:
    sheet = read_draft(POSTER)
    assert "KANTOR BAGIAN KESEJAHTERAAN RAKYAT" in _facts(sheet, Slot.WHERE)
    assert "GEDUNG SETDA LANTAI 2" in _facts(sheet, Slot.WHERE)
    assert not any("DARING" in p for p in _facts(sheet, Slot.WHERE))  # a new header ends the list
    hows = _facts(sheet, Slot.HOW)
    assert "bantuan.contohkab.go.id" in hows
    assert not any(h.upper().endswith(" DI") for h in hows)  # "DAFTAR LANGSUNG DI" says nothing alone


def test_a_date_under_a_deadline_header_is_the_deadline() -> None:
    sheet = read_draft(POSTER)
    assert any("22 JANUARI 2027" in d for d in _facts(sheet, Slot.DEADLINE))
    sheet = read_draft("Pendaftaran pelatihan menjahit gratis dibuka.\n\nBatas waktu: Senin, 4 Januari 2027\n")
    assert _facts(sheet, Slot.DEADLINE) == ["Senin, 4 Januari 2027"]


def test_a_range_of_days_or_months_is_no_dateline() -> None:
    assert strip_leading("Senin – Jumat, pukul 08.00") == "Senin – Jumat, pukul 08.00"
    assert strip_leading("SENIN – JUMAT, PUKUL 08.00") == "SENIN – JUMAT, PUKUL 08.00"
    assert strip_leading("Januari – Maret 2027 dibuka") == "Januari – Maret 2027 dibuka"
    assert strip_leading("SINTANG – Dinas Sosial membuka") == "Dinas Sosial membuka"


def test_the_poster_post_names_the_office_the_days_and_the_link() -> None:
    post = _post(POSTER)
    assert "Senin – Jumat" in post or "Senin–Jumat" in post or "SENIN – JUMAT" in post
    assert "KANTOR BAGIAN KESEJAHTERAAN RAKYAT" in post
    assert "bantuan.contohkab.go.id" in post


def test_a_message_quoted_as_its_own_paragraph_is_the_rumours() -> None:
    sheet = read_draft(QUOTED_HOAX)
    assert not any("bit.ly" in h for h in _facts(sheet, Slot.HOW))
    assert not any("mengisi data" in h for h in _facts(sheet, Slot.HOW))  # what the office never asks
    assert not any("Alun-Alun" in w for w in _facts(sheet, Slot.WHERE))
    assert any("Kantor Kecamatan Hulu" in w for w in _facts(sheet, Slot.WHERE))
    post = _post(QUOTED_HOAX)
    assert "bit.ly" not in post and "20 kg" not in post
    assert "Kantor Kecamatan Hulu" in post


def test_no_sign_up_needed_is_the_way_in_and_asks_nobody_to_register() -> None:
    draft = ("Cek kesehatan gratis bagi warga lansia digelar Minggu, 13 Desember 2026, pukul 07.00–10.00 WIB di "
             "Taman Kota Contoh. Tidak perlu mendaftar, cukup datang membawa KTP.")
    assert "Tidak perlu mendaftar" in _facts(read_draft(draft), Slot.HOW)
    post = _post(draft)
    assert "Tidak perlu mendaftar" in post
    assert "daftar sekarang" not in post.lower()


def test_a_title_that_holds_the_lead_is_not_said_twice_and_no_lead_ends_on_its_list_intro() -> None:
    draft = ("Rapat Penataan Terminal, Angkot Trayek Hulu Pindah ke Terminal Baru\n\n"
             "KOTA CONTOH – Pemerintah Kota Contoh menggelar rapat penataan terminal di Aula Bappeda, Selasa "
             "(12/1/2027). Setelah mendengarkan masukan peserta, rapat menyepakati sejumlah hal.")
    sheet = read_draft(draft)
    assert headline(sheet, "Angkot Trayek Hulu Pindah ke Terminal Baru") == ""  # the lead is the title's clause
    assert headline(sheet, "Tarif angkot tetap Rp5.000") == sheet.title.strip()
    agreed = "Setelah mendengarkan masukan peserta, rapat menyepakati sejumlah hal."
    index = next(c.sentence for c in sheet.clauses if "menyepakati" in c.text)
    assert unfit_context(sheet, index, agreed, has_facts=False)
    schedule = ("Pasar murah keliling Dinas Perdagangan Kabupaten Contoh digelar dengan jadwal:\n"
                "- Senin, 14 Desember 2026 – halaman Kantor Desa Hulu\n"
                "- Rabu, 16 Desember 2026 – Lapangan Desa Hilir\n"
                "Setiap lokasi buka pukul 07.00 WIB. Beras Rp55.000 per karung.")
    post = _post(schedule)
    assert "dengan jadwal." not in post, post


def test_a_works_notice_leads_with_the_closure_above_the_help_offered_meanwhile() -> None:
    draft = ("PEMBERITAHUAN PERBAIKAN JEMBATAN\n\n"
             "Dinas PUPR Kabupaten Contoh memberitahukan bahwa Jembatan Sungai Hulu di Desa Hilir ditutup untuk "
             "kendaraan roda empat mulai Senin, 11 Januari 2027 sampai Sabtu, 30 Januari 2027. Kendaraan roda empat "
             "dialihkan melalui jalan Desa Tengah.\n\n"
             "Selama penutupan, disediakan dua unit bus sekolah gratis setiap hari pukul 06.30 WIB dari simpang Desa "
             "Hilir menuju SMP Negeri 1 Hulu. Pengaduan: 0812-7777-8888.")
    sheet = read_draft(draft)
    assert sheet.lead is not None and "ditutup untuk kendaraan roda empat" in sheet.lead.text, sheet.lead


def test_an_achievement_leads_with_its_invitation_not_a_side_service_of_the_celebration() -> None:
    draft = ("Kabupaten Contoh Raih WTP Sepuluh Kali Berturut-turut\n\n"
             "Pemerintah Kabupaten Contoh kembali meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK untuk kesepuluh "
             "kalinya. Angka stunting juga turun dari 22,1 persen menjadi 15,2 persen.\n\n"
             "Sebagai wujud syukur, Pemkab Contoh mengundang seluruh masyarakat mengikuti Jalan Sehat Syukuran "
             "pada Minggu, 20 Desember 2026, pukul 06.30 WITA dari Lapangan Merdeka. Peserta tidak dipungut biaya.\n\n"
             "Di garis finis, Dinas Kesehatan membuka layanan cek kesehatan gratis berupa pemeriksaan tekanan darah, "
             "gula darah, dan kolesterol.")
    sheet = read_draft(draft)
    assert sheet.lead is not None and "mengundang seluruh masyarakat" in sheet.lead.text, sheet.lead
    # an ask is no invitation to a celebration
    assert clause_role("Bupati juga mengajak warga ikut mengawasi", DraftKind.ACHIEVEMENT) != Role.INVITED
    assert clause_role("Pemkab mengajak warga mengikuti Fun Run 5 kilometer", DraftKind.ACHIEVEMENT) == Role.INVITED


def test_what_a_group_already_received_weighs_less_in_an_event_or_a_service() -> None:
    done = ("Sebanyak seratus pasangan suami istri resmi menerima buku nikah setelah mengikuti sidang isbat nikah "
            "terpadu")
    offered = done.replace("resmi menerima", "menerima")
    for kind in (DraftKind.EVENT, DraftKind.SERVICE):
        assert clause_benefit(done, kind) < clause_benefit(offered, kind)
    assert clause_benefit(done, DraftKind.ACHIEVEMENT) == clause_benefit(offered, DraftKind.ACHIEVEMENT)


def test_an_age_said_after_a_regional_or_enclitic_pronoun_is_read() -> None:
    assert asked_age("lae umur ku 36 pas, bisa daftar nya?") == 36 * 12
    assert asked_age("umur ambo 45 lai bisa ikut?") == 45 * 12
    assert asked_age("usia sy 17 thn bisa?") == 17 * 12


def test_each_row_of_a_schedule_told_as_a_sentence_names_its_place() -> None:
    draft = ("Skrining katarak gratis bagi warga berusia 40 tahun ke atas. \"Skrining kami buka bergiliran. Puskesmas "
             "Hulu hari Senin, 11 Januari 2027; Puskesmas Tengah Rabu, 13 Januari; dan terakhir Puskesmas Hilir Sabtu, "
             "16 Januari 2027,\" kata Kepala Dinas Kesehatan.")
    places = _facts(read_draft(draft), Slot.WHERE)
    assert {"Puskesmas Hulu", "Puskesmas Tengah", "Puskesmas Hilir"} <= set(places), places


def test_the_room_and_its_mood_are_no_context() -> None:
    draft = ("Pemeriksaan mata gratis digelar di Pendopo Kabupaten Contoh, Senin (7/12/2026). Ratusan kader posyandu, "
             "para camat dan kepala puskesmas memadati kursi yang disiapkan panitia. Acara berlangsung meriah. "
             "Acara diawali dengan menyanyikan lagu Indonesia Raya dan pembacaan doa.")
    sheet = read_draft(draft)
    for word in ("memadati", "berlangsung meriah", "diawali dengan"):
        index = next(c.sentence for c in sheet.clauses if word in c.text)
        text = next(c.text for c in sheet.clauses if word in c.text)
        assert unfit_context(sheet, index, text, has_facts=False), word


def test_a_line_pointing_at_hours_not_shown_and_a_blessing_are_no_context() -> None:
    draft = ("Jembatan Hulu ditutup untuk mobil mulai Senin, 11 Januari 2027. Sepeda motor boleh lewat jembatan "
             "darurat pukul 06.00–18.00 WIB. Di luar jam tersebut jembatan darurat ditutup demi keselamatan. "
             "Tuhan memberkati kita semua.")
    sheet = read_draft(draft)
    for word in ("Di luar jam tersebut", "Tuhan memberkati"):
        clause = next(c for c in sheet.clauses if word in c.text)
        assert unfit_context(sheet, clause.sentence, clause.text, has_facts=False), word


def test_a_clinic_where_victims_are_treated_is_no_affected_area() -> None:
    draft = ("Dinas Kesehatan Kabupaten Contoh mengimbau masyarakat waspada rabies. Vaksin Anti Rabies bagi korban "
             "gigitan diberikan gratis di Puskesmas Hulu, Puskesmas Hilir serta RSUD Contoh. Call center: "
             "0812-4444-5555.")
    post = _post(draft)
    assert "Puskesmas Hulu" in post
    assert not any("terdampak" in line and "Puskesmas" in line for line in post.splitlines()), post


def test_an_act_named_as_a_moment_is_no_way_in() -> None:
    draft = ("Pelatihan menjahit gratis dibuka. Peserta berusia 18 sampai 35 tahun pada saat mendaftar, pendidikan "
             "paling rendah SMP. Pendaftaran melalui laman kerja.contohkab.go.id.")
    hows = _facts(read_draft(draft), Slot.HOW)
    assert not any(h.startswith("mendaftar, pendidikan") for h in hows), hows
    assert any("kerja.contohkab.go.id" in h for h in hows), hows


def test_no_re_registration_is_no_way_in() -> None:
    draft = ("Dinas Sosial menegaskan kabar itu tidak benar. Kepesertaan KIS tetap aktif dan warga tidak perlu "
             "mendaftar ulang.")
    assert not any("mendaftar" in h for h in _facts(read_draft(draft), Slot.HOW))
