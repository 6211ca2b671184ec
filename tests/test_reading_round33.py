"""Round 33 of issue 11: what the officer read of batch 32 left, and what sealed batch 33 showed.

Texts are our own, written in the shapes the sealed batches showed.
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.number_words import read_out_in_digits
from bot.core.reading import Slot
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
