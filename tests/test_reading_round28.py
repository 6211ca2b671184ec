"""Round 28 of issue 11: a ralat's wrong text, the date of the release it corrects, a venue no longer used, and a
clarification whose long rumour must never be shown as if it were true.

Texts are our own, written in the shapes the sealed batch showed (a "RALAT SIARAN PERS" quoting "Tertulis:" and
"Seharusnya:", a WhatsApp broadcast that retells a long rumour before "Kabar itu TIDAK BENAR").
"""

from __future__ import annotations

from bot.core.inputs import clean_input
from bot.core.models import RewriteRequest
from bot.core.reading import FactSheet, Slot, read_draft
from bot.core.reading.time_roles import OLD
from bot.offline.answer import answer_question
from bot.offline.asked import asked_age, question_slots
from bot.offline.engine import OfflineEngine

RALAT = (
    "RALAT SIARAN PERS\n\n"
    "Bersama ini kami sampaikan ralat atas siaran pers Dinas Kesehatan Kabupaten Contoh tertanggal 2 Desember 2026 "
    "tentang pemeriksaan mata gratis.\n\n"
    "Tertulis:\n\"... digelar pada Kamis, 10 Desember 2026, di Aula Kantor Camat Hilir.\"\n\n"
    "Seharusnya:\n\"... digelar pada Jumat, 11 Desember 2026, di Gedung PKK Kecamatan Hilir, mulai pukul 08.00 "
    "WIB.\"\n\n"
    "Aula Kantor Camat Hilir tidak lagi digunakan untuk kegiatan ini.\n\n"
    "Pemeriksaan mata dan kacamata baca gratis disediakan bagi 200 warga lanjut usia. Peserta membawa KTP. "
    "Informasi: 0812-1111-2222."
)

RUMOUR = (
    "INFO RESMI DISHUB KABUPATEN CONTOH\n\n"
    "Sejak kemarin beredar pesan di grup WA yang menyebut Jalan Raya Hulu–Hilir akan ditutup total selama tiga "
    "bulan penuh, sepeda motor dan pejalan kaki pun dilarang lewat, dan angkutan desa trayek Hulu–Hilir berhenti "
    "beroperasi sampai jembatan selesai.\n\n"
    "Kabar itu TIDAK BENAR. Jalan hanya ditutup untuk kendaraan roda empat mulai Senin, 14 Desember 2026 sampai "
    "Minggu, 10 Januari 2027. Sepeda motor tetap bisa lewat jembatan darurat setiap hari pukul 05.00–21.00 WIB.\n\n"
    "Angkutan desa tetap beroperasi lewat jalur pengalihan dengan tarif Rp5.000. Posko informasi: 0812-3333-4444."
)


def _sheet(text: str) -> FactSheet:
    return read_draft(clean_input(text, max_chars=8000))


def _post(text: str, platform: str = "instagram") -> str:
    body = clean_input(text, max_chars=8000)
    return OfflineEngine().rewrite(RewriteRequest(draft=body, platforms=[platform])).posts[0].text


def test_a_ralat_wrong_text_and_the_corrected_release_date_are_old() -> None:
    roles = {f.text: f.role for f in _sheet(RALAT).facts if f.slot in (Slot.WHEN, Slot.WHERE)}
    assert roles.get("2 Desember 2026") == OLD, roles
    assert any("10 Desember 2026" in t and r == OLD for t, r in roles.items()), roles
    assert roles.get("Aula Kantor Camat Hilir") == OLD, roles
    assert any("11 Desember 2026" in t and r != OLD for t, r in roles.items()), roles
    post = _post(RALAT)
    when = next(line for line in post.splitlines() if line.startswith("📅"))
    assert "11 Desember 2026" in when and "10 Desember" not in when and "2 Desember" not in when, post


def test_the_venue_in_use_is_not_called_off_by_another_one() -> None:
    text = ("Pemeriksaan mata gratis digelar di Aula Kantor Camat Hilir pada Jumat, 11 Desember 2026, karena gedung "
            "lama tidak lagi digunakan. Peserta membawa KTP.")
    roles = {f.text: f.role for f in _sheet(text).facts if f.slot in (Slot.WHEN, Slot.WHERE)}
    assert "Aula Kantor Camat Hilir" in roles and roles["Aula Kantor Camat Hilir"] != OLD, roles
    assert any("11 Desember 2026" in t and r != OLD for t, r in roles.items()), roles


def test_a_long_rumour_is_never_told_as_if_true() -> None:
    for platform in ("instagram", "facebook", "whatsapp"):
        post = _post(RUMOUR, platform)
        for line in post.splitlines():
            if "dilarang lewat" in line or "tiga bulan" in line:  # only ever told as a rumour, with its verdict
                assert "beredar" in line and "TIDAK BENAR" in line, post
        assert not post.startswith(("Jalan Raya", "Sepeda motor dan pejalan kaki pun")), post


AID = (
    "Penyaluran BLT Dana Desa Kecamatan Hulu digelar Senin, 14 Desember 2026 di balai desa masing-masing.\n\n"
    "📋 YANG DIBAWA:\n"
    "KTP-el dan Kartu Keluarga asli (fotokopi tidak dilayani), plus kartu undangan dari desa.\n\n"
    "🧾 Yang perlu dibawa:\n"
    "- Surat kuasa bila diwakilkan\n"
    "- Buku tabungan tidak perlu dibawa\n\n"
    "Informasi: 0812-5555-6666."
)


def test_what_to_bring_under_a_header_is_read_and_a_bracketed_no_is_no_exclusion() -> None:
    needs = [f.text for f in _sheet(AID).facts if f.slot == Slot.REQUIREMENTS]
    assert any(t.startswith("KTP-el dan Kartu Keluarga asli") for t in needs), needs
    assert "Surat kuasa bila diwakilkan" in needs, needs
    assert not any("Buku tabungan" in t for t in needs), needs  # what need not be brought is no requirement
    post = _post(AID)
    assert "Tidak dilayani" not in post, post  # the bracket notes what to bring, no service left out
    assert "KTP-el dan Kartu Keluarga asli" in post, post


MEETING = (
    "Bupati Contoh yang diwakili Asisten Perekonomian membuka Rapat Koordinasi Tim Pengendalian Inflasi Daerah "
    "(TPID) di Ruang Rapat Kantor Bupati pada Rabu (9/12/2026). Kepala Dinas Perdagangan memaparkan hasil "
    "pemantauan pekan ini, di mana harga cabai rawit di Pasar Sentral naik menjadi Rp65.000 per kilogram dan "
    "bawang merah Rp48.000 per kilogram. Rapat menyepakati pemantauan harga harian. Setiap perangkat daerah "
    "diminta menyerahkan laporan rencana aksi paling lambat Jumat (18/12/2026)."
)


def test_a_meeting_that_reports_market_prices_gives_citizens_nothing() -> None:
    sheet = _sheet(MEETING)
    assert not sheet.citizen_benefit and sheet.lead is None, sheet.lead
    offer = MEETING.replace("Rapat menyepakati pemantauan harga harian.",
                            "Pasar murah digelar Sabtu dengan harga beras Rp10.000 per kilogram.")
    assert _sheet(offer).citizen_benefit  # a price of what citizens may buy is still an offer


def test_question_words_of_aceh_madura_and_java_are_read() -> None:
    assert asked_age("aneuk lon umu 12 thon, mantong jeut ikut?") == 12 * 12  # in months
    assert "who" in question_slots("aneuk lon umu 12 thon, mantong jeut ikut?")
    assert "when" in question_slots("ponapa ampon dimulai pemutihan pbb niki? sampe bilâ?")
    assert "cost" in question_slots("jalur prestasi IPK minimal pinten? bayar pinten?")
    assert "target" in question_slots("targete pemkab pinten persen?")  # a Javanese enclitic on "target"


POSTER = (
    "AWAS HOAKS!\n\n"
    "BEREDAR PESAN BERANTAI DI WHATSAPP:\n"
    "\"PENDAFTARAN BANTUAN UMKM 2027\n"
    "WAJIB BAYAR RP 250.000\n"
    "TRANSFER KE NOMOR 0852-1111-9999\n"
    "KUOTA TERBATAS\"\n\n"
    "ITU TIDAK BENAR!\n\n"
    "FAKTA:\n"
    "PENDAFTARAN BANTUAN UMKM 2027 GRATIS, TIDAK DIPUNGUT BIAYA APA PUN.\n"
    "PENDAFTARAN DIBUKA 4 – 29 JANUARI 2027 DI KANTOR DINAS KOPERASI.\n\n"
    "LAPOR PENIPUAN KE WA PENGADUAN 0811-2222-3333"
)


def test_a_quoted_message_is_the_rumour_line_by_line() -> None:
    sheet = _sheet(POSTER)
    texts = [f.text for f in sheet.facts]
    assert not any("250.000" in t or "0852-1111-9999" in t for t in texts), texts
    post = _post(POSTER)
    for line in post.splitlines():
        if line.startswith(("💰", "📞")):
            assert "250.000" not in line and "0852-1111-9999" not in line, post


def test_an_answer_never_quotes_the_message_the_draft_denies() -> None:
    body = clean_input(POSTER, max_chars=8000)
    for question in ("sy udh transfer 250rb ke nomor itu, gmn ini?", "daftar bantuan umkm bayar gak kak?",
                     "nomor wa nya brp min?"):
        answered = answer_question(question, body, "friendly")
        assert answered is not None, question
        for suggestion in answered[0]:
            assert "250.000" not in suggestion and "0852-1111-9999" not in suggestion, suggestion
    cost = answer_question("daftar bantuan umkm bayar gak kak?", body, "friendly")
    assert cost is not None and "gratis" in cost[0][0].lower(), cost


def test_where_a_person_s_kin_works_is_no_venue() -> None:
    text = ("Rina (20), mahasiswa semester lima, nyaris berhenti kuliah. Ayahnya buruh tani di Kecamatan Hulu, ibunya "
            "berjualan sayur. Kini pendaftaran beasiswa daerah dibuka di Kantor Dinas Pendidikan hingga 31 Desember "
            "2026.")
    places = [f.text for f in _sheet(text).facts if f.slot == Slot.WHERE]
    assert "Kecamatan Hulu" not in places, places
    assert any("Kantor Dinas Pendidikan" in p for p in places), places


def test_a_window_since_a_day_until_another_is_still_open() -> None:
    text = ("Dinas Pendidikan Kabupaten Contoh membuka pendaftaran beasiswa daerah 2027 sejak Senin (7/12/2026) hingga "
            "Kamis (31/12/2026) pukul 23.59 WIB. Verifikasi berkas dilakukan 4–15 Januari 2027. Bantuan Rp5.000.000 "
            "untuk satu tahun. Daftar lewat beasiswa.contohkab.go.id.")
    post = _post(text)
    assert "31 Desember 2026" in post, post
    started = "Layanan ini sudah dibuka sejak Senin (7/12/2026) dan kini ramai dikunjungi warga."
    assert not any("7 Desember" in line for line in _post(started).splitlines() if line.startswith("📅")), started
