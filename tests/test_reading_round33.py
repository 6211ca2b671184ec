"""Round 33 of issue 11: what the officer read of batch 32 left, and what sealed batch 33 showed.

Texts are our own, written in the shapes the sealed batches showed.
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.number_words import read_out_in_digits
from bot.core.quiz_fit import fit
from bot.core.reading import DraftKind, Slot, read_draft
from bot.core.reading.lead import clause_benefit
from bot.core.reading.masthead import in_masthead
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import slot_texts

TRAINING = (
    "PELATIHAN MENJAHIT GRATIS BALAI LATIHAN KERJA KABUPATEN CONTOH\n\n"
    "Pendaftaran dibuka 3–21 Mei 2027 di Kantor Balai Latihan Kerja, Jalan Merdeka Nomor 5. Peserta berusia "
    "18–40 tahun dan membawa KTP.\n\n"
    "\"Target kami, minimal 70 persen lulusan sudah punya penghasilan sendiri paling lambat empat bulan setelah "
    "pelatihan,\" kata Kepala Dinas Tenaga Kerja, Hasan Basri.\n\n"
    "Ayo daftar, jangan sampai kehabisan kursi! Ajak saudara dan tetangga yang ingin punya keterampilan 👇\n"
)
REPORT_DUE = (
    "Bantuan bibit jagung untuk kelompok tani dibagikan gratis di Balai Penyuluhan Pertanian Kecamatan Contoh. "
    "Ketua kelompok wajib menyerahkan daftar anggota paling lambat tiga hari setelah pengumuman.\n"
)
INFLATION = (
    "Tim Pengendalian Inflasi Daerah menargetkan harga beras medium tetap terkendali di bawah empat persen hingga "
    "akhir semester pertama 2027. Operasi pasar digelar Selasa (4/5/2027) di Pasar Induk Contoh pukul 08.00 WIB.\n"
)
SPOKEN_PHONE = (
    "Pelayanan akta kelahiran keliling digelar gratis Kamis, 6 Mei 2027 di Kantor Desa Sukamaju. Untuk "
    "pendaftaran, hubungi Bapak Yohanes Lamak di nomor nol delapan lima dua, satu empat tiga, tujuh tujuh "
    "sembilan nol.\n"
)


def test_a_limit_inside_a_stated_target_is_the_target_not_a_deadline() -> None:
    assert not slot_texts(TRAINING, Slot.DEADLINE)
    targets = slot_texts(TRAINING, Slot.TARGET)
    assert any("paling lambat empat bulan setelah pelatihan" in t for t in targets)
    assert "Batas waktu" not in _post(TRAINING)


def test_a_citizens_counted_deadline_stays_a_deadline() -> None:
    assert slot_texts(REPORT_DUE, Slot.DEADLINE) == ["paling lambat tiga hari setelah pengumuman"]
    assert not slot_texts(REPORT_DUE, Slot.TARGET)


def test_a_target_rate_says_what_it_measures_and_by_when() -> None:
    post = _post(TRAINING)
    assert "minimal 70 persen lulusan sudah punya penghasilan sendiri" in post.lower()
    inflation = slot_texts(INFLATION, Slot.TARGET)
    assert inflation == ["harga beras medium tetap terkendali di bawah empat persen hingga akhir semester pertama 2027"]


def test_a_cheer_to_sign_up_is_no_step() -> None:
    assert not any("jangan sampai" in t for t in slot_texts(TRAINING, Slot.HOW))


def test_a_phone_number_read_out_in_words_is_shown_in_digits() -> None:
    assert read_out_in_digits("di nomor nol delapan lima dua, satu empat tiga, tujuh tujuh sembilan nol.") == (
        "di nomor 0852-143-7790."
    )
    assert read_out_in_digits("dua ribu paket untuk tiga desa") == "dua ribu paket untuk tiga desa"
    post = _post(SPOKEN_PHONE)
    assert "0852-143-7790" in post and "nol delapan" not in post
    assert check_facts(post, [SPOKEN_PHONE]).ok
    assert not check_facts(post.replace("0852-143-7790", "0852-143-7791"), [SPOKEN_PHONE]).ok


CHURCH = (
    "PENGUMUMAN JEMAAT\n\n"
    "Syalom. Bapak-bapak, ibu-ibu dan saudara-saudari yang dikasihi Tuhan. Mohon didengar baik-baik.\n\n"
    "Dinas Kesehatan akan kirim tim pelayanan kesehatan keliling ke kampung-kampung. Jadwalnya:\n"
    "– hari Rabu dan Kamis, tanggal tujuh dan delapan Juli, di Kampung Mabilabol, tempatnya Puskesmas Mabilabol;\n"
    "– hari Senin sampai Rabu, tanggal dua belas sampai empat belas Juli, di Kampung Oksop, tempatnya Pustu Oksop.\n"
    "Semua pelayanan gratis. Anak yang berusia 6 sampai 12 tahun dapat obat cacing.\n"
)


def test_two_days_read_out_before_one_month_are_both_dates() -> None:
    whens = slot_texts(CHURCH, Slot.WHEN)
    assert any("tujuh dan delapan Juli" in w for w in whens)
    assert any("dua belas sampai empat belas Juli" in w for w in whens)
    post = _post(CHURCH)
    assert "12–14 Juli" in post or "12 sampai 14 Juli" in post
    assert check_facts("Layanan kesehatan keliling, Rab–Kam 7–8 Juli dan 12–14 Juli. Gratis.", [CHURCH]).ok
    assert not check_facts("Layanan kesehatan keliling, Rab–Kam 7–9 Juli. Gratis.", [CHURCH]).ok


def test_a_spoken_place_word_names_the_venue() -> None:
    places = slot_texts(CHURCH, Slot.WHERE)
    assert "Puskesmas Mabilabol" in places and "Pustu Oksop" in places


def test_a_salutation_and_a_listeners_cue_are_no_post_lines() -> None:
    post = _post(CHURCH)
    assert "dikasihi" not in post and "didengar baik-baik" not in post


def test_an_age_range_with_one_unit_is_who_may_come() -> None:
    assert "berusia 6 sampai 12 tahun" in slot_texts(CHURCH, Slot.WHO)
    tax = "Keringanan PBB diberikan kepada wajib pajak yang telah berusia 70 (tujuh puluh) tahun ke atas.\n"
    assert any("berusia 70 (tujuh puluh) tahun ke atas" in w for w in slot_texts(tax, Slot.WHO))


CLARIFY = (
    "KLARIFIKASI\n\n"
    "Beredar pesan berantai berisi tautan pendaftaran bantuan tunai Rp2 juta untuk pelaku usaha kecil. Pesan itu "
    "hoaks. Dinas Koperasi tidak pernah membuka pendaftaran bantuan lewat tautan apa pun. Yang benar, pelatihan "
    "kemasan produk gratis dibuka untuk pelaku usaha kecil di Aula Dinas Koperasi pada Selasa, 3 Agustus 2027.\n"
)


def test_a_clarification_leads_with_the_truth_not_with_what_the_office_never_did() -> None:
    lead = read_draft(CLARIFY).lead
    assert lead is not None and "tidak pernah" not in lead.text
    first = _post(CLARIFY).splitlines()[0]
    assert "tidak pernah" not in first and "pelatihan kemasan produk gratis" in first.lower()


LAMPS = (
    "PENGUMUMAN KEPALA DISTRIK\n\n"
    "Pemerintah bagi lampu tenaga surya. Satu rumah dapat satu paket. Lampu ini gratis. Lampu tidak boleh dijual. "
    "Lampu tidak boleh ditukar dengan barang lain. Pembagian hari Senin, 5 Juli 2027 di halaman Kantor Distrik.\n\n"
    "Kampung yang dapat tahap ini:\n"
    "Kampung Tiom, Kampung Bokon, Kampung Pirime dan Kampung Makki.\n"
)


def test_a_hand_out_in_plain_words_leads_not_the_rule_against_selling_it() -> None:
    lead = read_draft(LAMPS).lead
    assert lead is not None and lead.text == "Pemerintah bagi lampu tenaga surya" and lead.benefit > 0
    assert _post(LAMPS).splitlines()[0].startswith("Pemerintah bagi lampu tenaga surya")
    for kind in (DraftKind.SERVICE, DraftKind.EVENT):
        assert clause_benefit("Kupon tidak boleh dijual kembali kepada pihak lain", kind) == 0
    assert clause_benefit("Warga dilarang membakar lahan", DraftKind.APPEAL) > 0


def test_a_place_list_under_a_header_line_is_kept_whole() -> None:
    assert "Kampung Tiom, Kampung Bokon, Kampung Pirime dan Kampung Makki" in slot_texts(LAMPS, Slot.WHERE)
    faq = ("Tanya: Desa mana saja?\nJawab: Kuota dibagi ke empat desa: Desa Sei Hanyo dan Desa Tumbang Lahang "
           "(Kecamatan Kapuas Hulu), serta Desa Mandomai (Kecamatan Kapuas Barat).\n")
    assert slot_texts(faq, Slot.WHERE) == [
        "Desa Sei Hanyo dan Desa Tumbang Lahang (Kecamatan Kapuas Hulu), serta Desa Mandomai (Kecamatan Kapuas Barat)"]


def test_an_allotment_per_household_leads() -> None:
    draft = ("Status tanggap darurat kekeringan ditetapkan selama empat belas hari. Setiap kepala keluarga dapat beras "
             "sepuluh kilogram dan minyak goreng dua liter. Pembagian di Kantor Distrik Contoh, Kamis, 8 Juli 2027.\n")
    assert _post(draft).splitlines()[0].startswith("Setiap kepala keluarga dapat beras sepuluh kilogram")


def test_a_bare_web_address_to_open_is_a_step() -> None:
    draft = ("Pendaftaran SPMB SMP negeri dibuka 1–5 Juni 2027.\n1️⃣ Buka spmb.contohkota.go.id, buat akun pakai NISN\n"
             "2️⃣ Unggah berkas\n")
    assert "Buka spmb.contohkota.go.id, buat akun pakai NISN" in slot_texts(draft, Slot.HOW)


RELEASE = (
    "SIARAN PERS\nNomor: 12/HM.01/VI/2027\n\n"
    "Kementerian Contoh membuka pendaftaran beasiswa vokasi gratis mulai 1 Juli 2027 lewat beasiswa.contoh.go.id.\n\n"
    "Peserta berusia 17 sampai 25 tahun.\n\n"
    "***\n\n"
    "Tentang Kementerian Contoh\n"
    "Kementerian Contoh berkomitmen menghadirkan layanan yang cepat, tepat sasaran dan mudah dijangkau masyarakat "
    "di seluruh Indonesia.\n\n"
    "Narahubung: Biro Humas, 0812-0000-1111\n"
)


def test_a_press_releases_about_block_never_leads_nor_gives_facts() -> None:
    about = RELEASE.index("Tentang Kementerian")
    assert in_masthead(RELEASE, about) and in_masthead(RELEASE, RELEASE.index("mudah dijangkau"))
    assert not in_masthead(RELEASE, RELEASE.index("Narahubung")) and not in_masthead(RELEASE, 0)
    sheet_benefits = slot_texts(RELEASE, Slot.BENEFIT)
    assert not any("mudah dijangkau" in b for b in sheet_benefits)
    assert "mudah dijangkau" not in _post(RELEASE)
    assert "0812-0000-1111" in _post(RELEASE)


def test_short_forms_of_a_good_post_pass_the_fact_lock_and_inventions_do_not() -> None:
    draft = ("Kendaraan dari arah Wamena ditahan di Pos Satgas Kilometer 35. Berkas diserahkan ke Kantor Dinas "
             "Pendidikan dan Kebudayaan, Sugapa.\n")
    assert check_facts("🚗 Dari Wamena ditahan di Pos Satgas Km 35. Berkas ke Dinas P&K, Sugapa.", [draft]).ok
    assert not check_facts("🚗 Dari Wamena ditahan di Pos Satgas Km 36.", [draft]).ok
    assert not check_facts("Berkas ke Dinas P&T, Sugapa.", [draft]).ok


def test_a_short_text_never_cuts_a_number_inside_its_words_in_brackets() -> None:
    text = "Wajib pajak yang berusia 65 (enam puluh lima) tahun ke atas bebas PBB tahun 2027"
    for limit in range(12, len(text)):
        short = fit(text, limit)
        assert short is None or "(enam" not in short or "lima)" in short, short
