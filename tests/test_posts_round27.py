"""Round 27 of issue 11, posts and replies: a line labelled free, a chatty opener, a Q&A's answer label, a day that
already happened in an emergency, a newborn's age in weeks and regional question words (texts of our own)."""

from __future__ import annotations

from bot.core.inputs import clean_input
from bot.core.models import RewriteRequest
from bot.core.reading import FactSheet, read_draft
from bot.offline.asked import asked_age, normalise
from bot.offline.engine import OfflineEngine

BROADCAST = (
    "Diteruskan\n*INFO PENTING* WASPADA DBD\nDinas Kesehatan Kabupaten Contoh\n\n"
    "Bapak ibu semua, kasus DBD mulai naik. Mohon diperhatikan:\n\n"
    "🔴 Demam tinggi dua hari? Segera periksa ke puskesmas terdekat.\n"
    "🔴 *Gratis:* cek trombosit dan pengobatan DBD di semua puskesmas se-Kabupaten Contoh.\n"
    "🔴 Tutup dan kuras tempat air setiap minggu.\n\n"
    "Salam sehat\nBidang P2P Dinkes Contoh – 0812-1111-2222"
)

CHATTY = ("Sekedar info lah bapak ibu sekalian, hari Sabtu 12 Desember 2026 ada vaksinasi campak gratis di semua "
          "posyandu Kecamatan Tengah, jam 8 pagi s/d jam 12 siang. Bawa buku KIA ya.")

FAQ = (
    "Tanya-Jawab Pelatihan Kerja Gratis Disnaker Kabupaten Contoh\n\n"
    "Tanya: Ada pelatihan apa saja?\n"
    "Jawab: Ada dua kejuruan, yaitu menjahit pakaian dan las listrik. Pelatihan kerja berbasis kompetensi ini "
    "gratis bagi warga ber-KTP Kabupaten Contoh.\n\n"
    "Tanya: Kapan mulai?\n"
    "Jawab: Pelatihan dimulai Senin, 11 Januari 2027, di gedung BLK Contoh.\n\n"
    "Tanya: Bagaimana mendaftar?\n"
    "Jawab: Pendaftaran ditutup Jumat, 18 Desember 2026. Daftar di Kantor Disnaker pada hari kerja."
)

ROB = ("Peringatan dini banjir rob bagi warga pesisir Kecamatan Pantai berlaku mulai Sabtu (5/12/2026) hingga "
       "Kamis (10/12/2026). Pada Jumat (4/12/2026) malam, air laut sudah masuk ke permukiman di Desa Kuala. "
       "Warga diminta mengungsi ke Kantor Camat Pantai yang buka 24 jam.")


def _sheet(text: str) -> FactSheet:
    return read_draft(clean_input(text, max_chars=8000))


def _post(text: str, platform: str = "instagram") -> str:
    body = clean_input(text, max_chars=8000)
    return OfflineEngine().rewrite(RewriteRequest(draft=body, platforms=[platform])).posts[0].text


def test_a_line_labelled_free_weighs_as_free() -> None:
    clause = next(c for c in _sheet(BROADCAST).clauses if c.text.startswith("cek trombosit"))
    assert clause.benefit >= 3.0, clause


def test_a_chatty_opener_is_no_part_of_the_lead() -> None:
    lead = _sheet(CHATTY).lead
    assert lead is not None and "vaksinasi campak" in lead.text and "info" not in lead.text.lower(), lead
    assert not _post(CHATTY).lower().startswith("sekadar info")


def test_a_qa_answer_shows_without_its_label() -> None:
    post = _post(FAQ, "facebook")
    assert "Jawab:" not in post, post


def test_a_day_that_already_happened_is_no_time_to_come() -> None:
    when = next(line for line in _post(ROB).splitlines() if line.startswith("📅"))
    assert "4 Desember" not in when and "5" in when, when


def test_a_newborns_age_in_weeks_or_days_is_read_and_a_fevers_length_is_not() -> None:
    assert asked_age("bayi sy baru 2 minggu boleh ditetes?") == 0
    assert asked_age("anak sy umur 10 hari bisa imunisasi?") == 0
    assert asked_age("anak sy udah 2 minggu demam, periksa di mana?") is None


def test_round_27_regional_question_words_are_read() -> None:
    assert "harga" in normalise("beras sak kemasan regane piro?")
    assert "tempat" in normalise("di ma tompeknyo?")
    assert "boleh" in normalise("kenging ngiring teu?")
