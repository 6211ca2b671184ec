"""Answers on drafts in styles the rules were not written beside (issue 11, round 8b): an Instagram caption
with emoji lists, a schedule table in text, a WhatsApp broadcast, regional words, a matter the draft
speaks of around a thing it never names.

Drafts and questions here are written for these tests, not taken from tests/data/quality.
"""

from __future__ import annotations

import pytest

from bot.offline.answer_text import sentences_of
from bot.offline.asked import asked_age, asks, question_slots
from tests.offline_replies import checked_reply as reply

CAPTION = (
    "📣 BURSA KERJA KOTA SUNGAI LEBAR 2026 hadir lagi! 🎉\n\n"
    "🗓️ Kamis–Jumat, 8–9 Oktober 2026\n"
    "⏰ 08.30–14.30 WIB\n"
    "📍 Gedung Serbaguna Sungai Lebar (Jl. Merpati No. 12)\n"
    "🎟️ Gratis, tanpa tiket masuk\n\n"
    "👥 Terbuka untuk:\n"
    "✅ lulusan SMA/SMK sampai D3\n"
    "✅ usia 18–30 tahun\n\n"
    "🎒 Jangan lupa bawa:\n"
    "▪️ surat lamaran 3 rangkap\n"
    "▪️ pas foto 3x4\n\n"
    "Daftar dulu lewat link di bio ya!"
)
TABLE = (
    "JADWAL PELAYANAN PUSKESMAS TELAGA BIRU\n"
    "Jl. Kenanga Km 4, Telaga Biru\n\n"
    "Senin | Poli Umum, Poli Gigi | Ruang Melati\n"
    "Selasa | Imunisasi Balita | Ruang Mawar\n"
    "Kamis | Poli Gigi, Konseling Gizi | Ruang Melati\n\n"
    "IGD melayani 24 jam setiap hari, termasuk hari libur.\n"
    "Pasien wajib membawa KTP atau kartu JKN. Informasi: 0852-1111-4444."
)
BROADCAST = (
    "*INFO KANTOR CAMAT TANJUNG HARAPAN*\n\n"
    "Program bedah dapur sehat untuk keluarga kurang mampu di Kelurahan Tanjung Harapan. Bantuan tidak "
    "dipungut biaya.\n\n"
    "*Berkas yang disiapkan:*\n"
    "- fotokopi KK\n"
    "- surat keterangan tidak mampu dari lurah\n"
    "- foto dapur (boleh dari HP)\n\n"
    "Berkas dikumpul di kantor lurah pada Senin 5 Oktober s/d Jumat 16 Oktober 2026, jam 08.00 - 14.00.\n"
    "Daftar penerima diumumkan di Aula Kantor Camat Tanjung Harapan. Info WA: 0813-2222-7777."
)
BEASISWA = (
    "Beasiswa Tanah Datar Cerdas diberikan kepada mahasiswa ber-KTP Tanah Datar. Persyaratan:\n"
    "a. minimal semester III dan paling tinggi semester VII;\n"
    "b. IPK paling rendah 3,00;\n"
    "c. usia paling tinggi 25 tahun pada 31 Desember 2026.\n"
    "Pendaftaran melalui laman beasiswa.tanahdatar.go.id sampai 30 November 2026."
)
DOKUMEN = (
    "Disdukcapil membuka layanan darurat untuk mengganti dokumen kependudukan korban banjir tanpa biaya. "
    "Layanan dibuka di posko Kantor Camat Sungai Dalam mulai Senin (9/11/2026). Info: 0823-1111-9999."
)


def test_emoji_list_items_join_their_intro() -> None:
    texts = [text for _, text in sentences_of(CAPTION)]
    assert any(t.startswith("Terbuka untuk:") and "lulusan SMA/SMK sampai D3" in t and "usia 18–30 tahun" in t
               for t in texts)
    assert "Gedung Serbaguna Sungai Lebar (Jl. Merpati No. 12)" in texts  # the emoji mark is left out


@pytest.mark.parametrize(("comment", "kept"), [
    ("tempatnya di mana kak?", "Gedung Serbaguna Sungai Lebar"),
    ("ini hari apa aja sih min", "8–9 Oktober 2026"),
    ("aku shift pagi beres jam 2, masih keburu ga ya", "14.30"),
    ("lulusan D3 bisa ikut ga?", "lulusan SMA/SMK sampai D3"),
    ("pas foto ukuran brp, 3x4 boleh ga", "pas foto 3x4"),
])
def test_a_caption_answers_from_its_emoji_lines(comment: str, kept: str) -> None:
    first = reply(comment, CAPTION).suggestions[0]
    assert kept in first
    assert "belum menyebutkan" not in first


def test_a_table_gives_every_row_of_the_thing_asked_and_the_round_the_clock_line() -> None:
    gigi = reply("poli gigi buka hari apa ya?", TABLE).suggestions[0]
    assert "Senin" in gigi and "Kamis" in gigi and "Imunisasi" not in gigi
    libur = reply("tgl merah buka gak?", TABLE).suggestions[0]
    assert "hari libur" in libur
    address = reply("alamat lengkap puskesmasnya dimana ya", TABLE).suggestions[0]
    assert "Jl. Kenanga Km 4" in address


def test_a_question_naming_a_listed_item_asks_what_to_bring() -> None:
    assert "requirements" not in question_slots("foto dapurnya dari hp aja cukup?")
    first = reply("foto dapurnya dari hp aja cukup?", BROADCAST).suggestions[0]
    assert "foto dapur (boleh dari HP)" in first
    posted = reply("nanti yg dapat diumumkan dimana ya", BROADCAST).suggestions[0]
    assert "Aula Kantor Camat Tanjung Harapan" in posted


def test_regional_words_name_the_slot() -> None:
    assert question_slots("syarate opo wae pak") == ["requirements"]
    assert "quota" in question_slots("antrine dibatesi ora?")
    assert "when" in question_slots("sing neng pasar tanggal piro")
    assert asks("umurku 22 ipk 3,4 aman kan") and asked_age("umurku 22 ipk 3,4 aman kan") == 22 * 12
    assert asks("ada dokter gigi tak di puskesmas ni")


def test_an_age_rule_said_second_still_gives_the_verdict() -> None:
    first = reply("umur sy 26 thn semester 5 msh bs daftar?", BEASISWA).suggestions[0]
    assert "di luar ketentuan" in first and "25 tahun" in first
    inside = reply("umurku 22 ipk 3,4 semester 5 aman kan", BEASISWA).suggestions[0]
    assert "masih masuk ketentuan" in inside


@pytest.mark.parametrize("comment", ["kalo sertifikat tanah yg hilang bisa diurus disitu juga?",
                                     "ada dokter spesialis anak tak di posko ni"])
def test_a_thing_never_named_is_said_missing_without_the_sentence_around_it(comment: str) -> None:
    first = reply(comment, DOKUMEN).suggestions[0]
    assert "belum menyebutkan" in first
    assert "dokumen kependudukan" not in first and "Sungai Dalam" not in first


def test_a_month_or_a_matter_the_draft_never_names_is_said_missing_without_a_quote() -> None:
    december = reply("desember ada layanan lagi ga pak", DOKUMEN).suggestions[0]
    assert "desember" in december.lower() and "belum menyebutkan" in december
    assert "dokumen kependudukan" not in december
    other = reply("tunggakan pajak sekalian diputihkan gak?", DOKUMEN).suggestions[0]
    assert "belum menyebutkan" in other and "Sungai Dalam" not in other


def test_an_online_way_the_draft_never_offers_is_said_missing() -> None:
    first = reply("bisa daftar online gak biar gak antri?", TABLE).suggestions[0]
    assert "belum menyebutkan" in first and "online" in first
    assert "PUSKESMAS TELAGA BIRU" not in first  # a heading is no answer


def test_who_prefers_the_rule_on_levels_or_residence_that_was_asked_over_the_age_rule() -> None:
    rules = ("Beasiswa ini diperuntukkan bagi mahasiswa program Diploma (D3) dan Sarjana (S1) yang ber-KTP Tanah "
             "Datar. Usia paling tinggi 25 tahun. Pendaftaran melalui laman beasiswa.tanahdatar.go.id.")
    level = reply("S2 bisa ikut gak kak", rules).suggestions[0]
    assert "Sarjana (S1)" in level
    home = reply("sa kuliah di padang tapi ktp tanah datar, bisa daftar kah", rules).suggestions[0]
    assert "ber-KTP Tanah Datar" in home
