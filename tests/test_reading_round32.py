"""Round 32 of issue 11: what the sealed batch 32 and the round-31 leftovers showed.

Texts are our own, written in the shapes the sealed batches showed.
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.quiz_fit import fit
from bot.core.reading import Slot
from bot.core.reading.dates import display_when
from bot.offline.ages import age_allowed
from bot.offline.unnamed import unnamed_things
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import slot_texts

HOLDER = (
    "Kepala Bagian Kesejahteraan Rakyat Setda Contoh, Rina Wulandari Pakaya, S.Pd., menjelaskan bahwa berkas "
    "diterima sampai Jumat, 26 Februari 2027.\n\n"
    "Narahubung:\n"
    "Rina Wulandari Pakaya – Kabag Kesra Setda Contoh – 0852-1111-2222\n"
)
MOVED = (
    "Gangguan listrik dilaporkan ke PLN ULP Lasusua. Wilayah Kabupaten Kolaka Utara dan Kolaka Timur terdampak.\n"
)


def test_a_role_written_before_the_holders_name_is_no_other_place() -> None:
    assert check_facts("📞 Kabag Kesra Rina Wulandari Pakaya 0852-1111-2222", [HOLDER]).ok
    assert check_facts("Kata Kabag Kesra Setda Contoh Rina Wulandari Pakaya.", [HOLDER]).ok
    wrong = check_facts("📞 Kabag Kesra Rina Wulandari Pakaya 0852-1111-2223", [HOLDER])
    assert not wrong.ok


def test_an_office_given_another_regions_name_is_still_caught() -> None:
    assert not check_facts("Lapor ke PLN ULP Kolaka Timur.", [MOVED]).ok
    assert check_facts("Lapor ke PLN ULP Lasusua.", [MOVED]).ok


ARTICLE = (
    "Pasar Murah Keliling Sampai ke Pulau, Beras Cuma Rp60 Ribu\n\n"
    "Penulis: Andi Saputra | Editor: Nur Aini\n"
    "Senin, 8 Maret 2027 | 14:05 WIB\n\n"
    "KOTA CONTOH – Pemerintah Kabupaten Contoh menggelar pasar murah keliling. Beras lima kilogram dijual "
    "enam puluh ribu rupiah. Jadwalnya Rabu (10/3/2027) di Lapangan Desa Sukamaju mulai pukul 08.00 WIB.\n"
)
RADIO = (
    "NASKAH SIARAN\n"
    "Program: Kabar Desa Pagi\n"
    "Tayang: 1–6 Maret 2027, pukul 06.30 dan 18.30 WITA\n"
    "Durasi: ± 3 menit\n\n"
    "PENYIAR:\n"
    "Ada kabar baik dari Dinas Kependudukan. Petugas datang langsung ke desa membawa layanan perekaman KTP.\n"
    "Catat jadwalnya.\n"
    "Selasa, sembilan Maret, di Kantor Desa Waiwuring.\n"
    "Dan Kamis, dua puluh lima Maret, di Kantor Desa Lamahala.\n"
    "Pelayanan dibuka mulai pukul delapan pagi sampai pukul satu siang. Semua layanan gratis.\n"
)


def test_a_publication_stamp_and_byline_are_no_time_of_the_offer() -> None:
    whens = slot_texts(ARTICLE, Slot.WHEN)
    assert not any("14:05" in w or "8 Maret" in w for w in whens)
    assert any("10/3/2027" in w for w in whens)
    assert "14:05" not in _post(ARTICLE)


def test_a_broadcast_slot_is_no_time_and_dates_read_out_in_words_are_dates() -> None:
    whens = slot_texts(RADIO, Slot.WHEN)
    assert not any("06.30" in w or "1–6 Maret" in w for w in whens)
    assert any("sembilan Maret" in w for w in whens) and any("dua puluh lima Maret" in w for w in whens)
    assert any("pukul delapan pagi sampai pukul satu siang" in w for w in whens)
    post = _post(RADIO)
    assert "9 Maret" in post and "25 Maret" in post and "06.30" not in post


def test_a_story_hour_in_words_is_still_no_when() -> None:
    story = ("Warga sudah antre sejak subuh. Menjelang pukul sebelas siang stok beras habis. Pasar murah digelar "
             "Sabtu (13/3/2027) di Lapangan Desa Sukamaju.")
    assert not any("sebelas" in w for w in slot_texts(story, Slot.WHEN))


def test_an_opening_in_ceremony_gives_the_occasions_day_and_hour() -> None:
    draft = ("Bupati Contoh yang diwakili Sekretaris Daerah membuka secara resmi bakti sosial kesehatan bertempat di "
             "GOR Praja pada Sabtu (20/3/2027) pukul 07.30 WITA, ditandai dengan pengguntingan pita. Pelayanan "
             "pengobatan gratis bagi seluruh warga berlangsung hingga pukul 14.00 WITA.")
    whens = slot_texts(draft, Slot.WHEN)
    assert any("20/3/2027" in w and "07.30" in w for w in whens)
    said = ("Kepala Dinas Kesehatan, Senin (15/3/2027), didampingi sekretaris dinas, menjelaskan bahwa vaksinasi "
            "gratis dibuka di puskesmas.")
    assert not any("15/3/2027" in w for w in slot_texts(said, Slot.WHEN))


def test_a_time_named_by_its_statement_says_until_once() -> None:
    draft = ("Pengobatan gratis digelar Sabtu (20/3/2027) pukul 07.30 WITA di GOR Praja. Pelayanan berlangsung hingga "
             "pukul 14.00 WITA. Skrining lanjutan Senin (12/4/2027) di RSUD Contoh.")
    assert "hingga hingga" not in _post(draft)


def test_a_date_in_words_is_shown_in_digits_in_every_month() -> None:
    assert display_when("Rabu, lima Mei dua ribu dua puluh tujuh") == "Rabu, 5 Mei 2027"
    assert display_when("tanggal tiga puluh satu Desember 2026") == "tanggal 31 Desember 2026"
    assert display_when("dua Agus") == ""  # a short form is no month read out


LOCK_SOURCE = (
    "Informasi dapat ditanyakan kepada Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kabupaten "
    "Contoh, Yakobus Rumbewas, 0822-1111-3333, atau Ibu Maria Kalalo (Kabid Pencatatan Sipil) 0813-2222-4444.\n"
    "Kuota tiap kejuruan:\n- Las listrik — 16 orang\n- Menjahit — 16 orang\nTotal 32 peserta.\n"
    "Jadwal kapal cepat Contoh–Manokwari hari Sabtu ditunda.\n"
    "Setiap Jumat pukul tujuh sampai delapan pagi warga membersihkan jentik.\n"
)


def test_good_posts_reworded_as_an_officer_writes_pass_the_fact_lock() -> None:
    for post in ("📞 Kabid P2P Dinkes Contoh, Yakobus Rumbewas: 0822-1111-3333",
                 "📞 Maria Kalalo (Kabid Capil) 0813-2222-4444",
                 "16 peserta per kejuruan, total 32 kursi.",
                 "🚤 Speedboat Contoh–Manokwari hari Sabtu ditunda.",
                 "Tiap Jumat jam 7–8 pagi bersih jentik."):
        assert check_facts(post, [LOCK_SOURCE]).ok, post


def test_inventions_beside_those_rewordings_are_still_caught() -> None:
    for post in ("📞 Kabid P2P Dinkes Contoh, Yakobus Rumbewas: 0822-1111-3334",
                 "17 peserta per kejuruan.",
                 "🚤 Speedboat Contoh–Sorong hari Sabtu ditunda.",
                 "Tiap Jumat jam 7–9 pagi bersih jentik."):
        assert not check_facts(post, [LOCK_SOURCE]).ok, post


def test_an_age_range_in_years_counts_whole_years() -> None:
    rule = "Pelatihan terbuka bagi warga usia 18–35 tahun yang tidak sedang sekolah."
    assert age_allowed(35 * 12 + 8, rule) is True
    assert age_allowed(36 * 12, rule) is False
    assert age_allowed(17 * 12 + 11, rule) is False
    assert age_allowed(30, "Imunisasi untuk anak usia 9 sampai 24 bulan.") is False  # months are counted as months


def test_words_of_regional_speech_are_no_things_the_draft_lacks() -> None:
    draft = "Pemeriksaan kesehatan gratis di GOR Paringin. Bawa KTP atau kartu keluarga. Abate dibagikan lewat kelian."
    asked = unnamed_things("pian, ulun kada baisi BPJS, kawa lah diperiksa? bawa apa haja?", draft)
    assert not {"kawa", "haja", "baisi"} & set(asked)
    assert unnamed_things("abate dibagi pidan?", draft) == []  # Balinese "pidan": when
    assert unnamed_things("ada obat cacing kah pian?", draft) == ["obat cacing"]  # a thing asked is still named


def test_a_crowd_told_one_by_one_is_no_post_line() -> None:
    draft = ("Pasar Murah Keliling Kecamatan\n\n"
             "Ratusan warga memadati halaman Kantor Camat sejak subuh. Ada yang membawa karung kosong, ada pula yang "
             "datang bersama anak-anaknya. Beras lima kilogram dijual Rp60.000 per karung. Pasar murah berikutnya "
             "digelar Selasa (23/2/2027) di Lapangan Desa Sukamaju mulai pukul 08.00 WIB.")
    post = _post(draft)
    assert "karung kosong" not in post and "Rp60.000" in post


def test_a_short_text_never_cuts_a_number_read_out_digit_by_digit() -> None:
    text = "Hubungi Ibu Maria, di nomor nol delapan satu dua, tiga tujuh empat satu, nol sembilan dua dua untuk info."
    short = fit(text, 80)
    assert short is not None and "nol" not in short
    assert check_facts(short, [text]).ok


def test_a_date_read_out_in_words_is_checked_as_a_date() -> None:
    post = "Jadwal: Senin, 12 April 2027 di Kantor Desa Lamalera A."
    assert check_facts("Senin, dua belas April", [post]).ok
    assert not check_facts("Senin, dua belas April", [post.replace("12", "13")]).ok
    assert not check_facts("ada dua belas desa", ["ada 13 desa"]).ok
