"""Questions answered slot by slot from the context draft (issue 11, "Replies that answer").

Drafts and questions here are written for these tests, not taken from tests/data/quality.
"""

from __future__ import annotations

import pytest

from bot.core.final_checks import reply_fact_check
from bot.core.models import ReplyRequest, ReplyResult
from bot.offline.answer import answer_question
from bot.offline.asked import question_slots
from bot.offline.engine import OfflineEngine

POSYANDU = (
    "Pemerintah Kecamatan Sukamaju menggelar Pekan Imunisasi Campak. "
    "Bupati Sukamaju yang diwakili Asisten I membuka kegiatan secara resmi di Aula Kantor Camat Sukamaju. "
    "Imunisasi diberikan kepada anak usia 9 sampai 59 bulan. "
    "Layanan dibuka pada Senin–Kamis, 7–10 September 2026, pukul 08.00–12.00 WIB. "
    "Lokasi layanan di Posyandu Melati, Posyandu Mawar dan Puskesmas Sukamaju. "
    "Seluruh layanan tidak dipungut biaya. "
    "Orang tua cukup membawa buku KIA anak. "
    "Informasi lebih lanjut dapat ditanyakan ke Puskesmas Sukamaju di nomor 0812-3456-7890."
)
SENAM = (
    "Dinas Kesehatan Kota Tanjung Harapan mengajak warga mengikuti Senam Sehat Lansia. "
    "Kegiatan terbuka bagi warga berusia 60 tahun ke atas. "
    "Senam digelar setiap Minggu pukul 06.30 WIB di Taman Kota Tanjung Harapan. "
    "Peserta tidak dipungut biaya dan cukup membawa matras sendiri."
)
BENGKEL = (
    "Balai Latihan Kerja Kabupaten Lembah Hijau membuka pelatihan montir sepeda motor. "
    "Pendaftaran dilakukan secara daring melalui laman blk.lembahhijau.go.id paling lambat 20 Oktober 2026. "
    "Peserta wajib membawa fotokopi KTP dan ijazah terakhir saat seleksi."
)


def reply(comment: str, context: str, tone: str = "friendly") -> ReplyResult:
    request = ReplyRequest(comment=comment, context=context, tone=tone, guidelines=[],  # type: ignore[arg-type]
                           hint_kind="question")
    result = OfflineEngine().reply(request)
    check = reply_fact_check(request, result.suggestions, [])
    assert check.ok, check.invented  # every number, date and name of an answer is the draft's
    return result


@pytest.mark.parametrize(("question", "slots"), [
    ("jm brp bukanya kak?", ["when"]),
    ("Buka sampai kapan?", ["when"]),
    ("perlu bayar? lansia boleh ikut?", ["cost", "who"]),
    ("brp biayanya min", ["cost"]),
    ("lokasinya dmn ya", ["where"]),
    ("daftarnya gmn caranya?", ["how"]),
    ("lapor di mana kalau ada kendala?", ["how", "contact"]),
    ("bawa apa aja kak", ["requirements"]),
    ("syaratnya apa?", ["requirements"]),
    ("nomor yg bisa dihubungi brp?", ["contact"]),
    ("anak sy umur 8 th bisa ikut gk?", ["who"]),
    ("batas daftarnya kapan?", ["deadline"]),
    ("naik jadi brp persen?", ["figures"]),
    ("wkwk mantap", []),
])
def test_question_slots_read_everyday_indonesian(question: str, slots: list[str]) -> None:
    assert question_slots(question) == slots


def test_when_answer_quotes_the_schedule_not_the_opening() -> None:
    result = reply("buka jm brp min?", POSYANDU)
    assert all("pukul 08.00–12.00 WIB" in s for s in result.suggestions)
    assert not any("membuka kegiatan secara resmi" in s for s in result.suggestions)


def test_multi_slot_cost_and_who_in_plain_words() -> None:
    result = reply("perlu bayar gak? lansia boleh ikut?", SENAM)
    first = result.suggestions[0]
    assert first.startswith("Halo, Kak! Gratis, Kak.")
    assert "60 tahun ke atas" in first


def test_where_how_requirements_contact_each_from_their_sentence() -> None:
    where = reply("lokasinya dmn aja?", POSYANDU).suggestions[0]
    assert "Posyandu Melati, Posyandu Mawar dan Puskesmas Sukamaju" in where
    assert "buku KIA" in reply("bawa apa aja kak?", POSYANDU).suggestions[0]
    assert "0812-3456-7890" in reply("kalau mau tanya hubungi nomor brp?", POSYANDU).suggestions[0]
    how = reply("daftarnya gimana caranya?", BENGKEL).suggestions[0]
    assert "blk.lembahhijau.go.id" in how


def test_deadline_is_the_last_day_to_register() -> None:
    assert "paling lambat 20 Oktober 2026" in reply("batas daftarnya kapan ya?", BENGKEL).suggestions[0]


@pytest.mark.parametrize(("question", "inside"), [
    ("anak sy umur 8 th bisa ikut gk?", False),   # 96 months: outside 9-59 months
    ("anak saya 2 tahun boleh ikut?", True),
    ("bayi 6 bulan bisa?", False),
])
def test_age_is_checked_as_a_number_against_the_range(question: str, inside: bool) -> None:
    first = reply(question, POSYANDU).suggestions[0]
    assert "9 sampai 59 bulan" in first
    assert ("masih masuk ketentuan" in first) is inside
    assert ("di luar ketentuan" in first) is not inside


def test_minimum_age_range() -> None:
    assert "di luar ketentuan" in reply("umur 55 tahun boleh ikut senam?", SENAM).suggestions[0]
    assert "masih masuk ketentuan" in reply("ibu sy 70 thn boleh ikut?", SENAM).suggestions[0]


def test_absent_fact_is_said_honestly_with_where_to_ask() -> None:
    result = reply("bayar gak kak?", BENGKEL)
    first = result.suggestions[0]
    assert "belum menyebutkan" in first and "biaya" in first
    assert "“" not in first  # no unrelated sentence quoted
    assert any("tidak menyebut" in w for w in result.warnings)
    with_contact = reply("parkirnya dmn?", SENAM.replace(" di Taman Kota Tanjung Harapan", ""))
    assert "belum menyebutkan" in with_contact.suggestions[0]


def test_absent_fact_points_to_the_drafts_own_number() -> None:
    draft = "Puskesmas Sukamaju membuka layanan cek gula darah. Info di nomor 0812-3456-7890."
    first = reply("syaratnya apa?", draft).suggestions[0]
    assert "belum menyebutkan" in first and "0812-3456-7890" in first


@pytest.mark.parametrize("tone", ["formal", "friendly", "casual"])
def test_tone_changes_the_answer_wording(tone: str) -> None:
    result = reply("perlu bayar?", POSYANDU, tone=tone)
    assert all("tidak dipungut biaya" in s for s in result.suggestions)
    assert ("Bapak/Ibu" in result.suggestions[0]) is (tone == "formal")


@pytest.mark.parametrize("question", [
    "jm brp kak", "dmn lokasinya min", "brp biayanya", "bawa apa", "nomor wa nya brp", "umur 3 th bisa?",
    "caranya gmn", "perlu bayar? lansia boleh ikut?", "sampe kapan?",
])
@pytest.mark.parametrize("draft", [POSYANDU, SENAM, BENGKEL])
def test_every_answer_passes_the_fact_check(question: str, draft: str) -> None:
    reply(question, draft)  # the helper asserts the fact check


def test_no_slot_keeps_the_old_behaviour() -> None:
    assert answer_question("wkwk mantap", POSYANDU, "friendly") is None


def test_list_after_a_colon_is_answered_whole() -> None:
    draft = (
        "BPBD Kabupaten Sungai Jernih membuka tempat pengungsian sementara. "
        "Warga yang rumahnya terendam diminta segera mengungsi. "
        "Titik pengungsian yang disiapkan antara lain:\n"
        "- Gedung Serbaguna Desa Talang Rejo\n"
        "- Masjid Nurul Iman Kampung Baru\n"
        "- SD Negeri 4 Sungai Jernih\n\n"
        "Di setiap titik tersedia makanan dan air bersih."
    )
    first = reply("sy di kampung baru, ngungsi kemana min?", draft).suggestions[0]
    assert "Masjid Nurul Iman Kampung Baru" in first and "Gedung Serbaguna Desa Talang Rejo" in first


def test_a_long_sentence_is_quoted_by_its_clause() -> None:
    draft = (
        "Dalam laporannya, Kepala Bappeda menyampaikan sejumlah capaian tahun ini, di antaranya angka kemiskinan "
        "yang turun menjadi 9,8 persen, ruas jalan kabupaten yang diperbaiki sepanjang 145 kilometer, serta "
        "jumlah wisatawan yang naik menjadi 1,2 juta orang, sementara pelayanan perizinan kini rata-rata selesai "
        "dalam tiga hari kerja."
    )
    first = reply("kemiskinan turun jadi brp persen?", draft).suggestions[0]
    assert "9,8 persen" in first and "wisatawan" not in first


def test_when_without_a_date_still_reads_a_month() -> None:
    draft = ("BMKG memperkirakan hujan lebat masih terjadi hingga akhir Januari. "
             "Warga diminta membersihkan saluran air di sekitar rumah.")
    assert "hingga akhir Januari" in reply("hujan gini sampe kapan ya?", draft).suggestions[0]


KLINIK = (
    "SUKAMAJU – Bupati Sukamaju yang diwakili Asisten II membuka secara resmi layanan Klinik Keliling, "
    "bertempat di Lapangan Desa Talang, Senin (7/9/2026). "
    "Kepala Dinas Kesehatan Sukamaju, Ratna Dewi, mengatakan bahwa pemeriksaan di Klinik Keliling gratis "
    "bagi seluruh warga, sementara obat diberikan sesuai resep dokter, ujarnya di sela acara. "
    "Warga yang tidak memiliki ponsel tetap dilayani langsung di loket manual, sedangkan warga lain dapat "
    "mendaftar lewat aplikasi Sukamaju Sehat."
)


def test_answers_are_plain_words_without_quotes_datelines_or_speech_tags() -> None:
    first = reply("bayar gak min?", KLINIK).suggestions[0]
    assert first.startswith("Halo, Kak! Gratis, Kak.")
    assert "“" not in first and "SUKAMAJU –" not in first
    assert "ujarnya" not in first and "mengatakan" not in first and "Ratna Dewi" not in first
    assert "membuka secara resmi" not in first


def test_several_questions_answered_together_and_missing_said_honestly() -> None:
    result = reply("bayar gak? daftarnya gimana? syaratnya apa?", KLINIK)
    first = result.suggestions[0]
    assert "Gratis" in first and "aplikasi Sukamaju Sehat" in first
    assert "belum menyebutkan" in first


def test_no_phone_gets_the_counter_and_from_phone_gets_the_app() -> None:
    assert "loket manual" in reply("ibu sy gak punya hp, gimana caranya?", KLINIK).suggestions[0]
    assert "aplikasi Sukamaju Sehat" in reply("bisa daftar dari hp?", KLINIK).suggestions[0]


def test_get_it_where_asks_the_way() -> None:
    assert question_slots("bisa dapet obatnya kemana ya") == ["how"]
    assert question_slots("sampe kapan larangan ini berlaku") == ["when"]
    assert question_slots("target selesainya kpn sih") == ["target"]
    assert question_slots("motor sy nunggak 7 taun, dihitung semua gak bayarnya?") == ["cost"]


def test_a_claim_is_answered_by_the_clarification_only() -> None:
    draft = ("Dinas Kesehatan memastikan kabar vaksin campak kedaluwarsa tidak benar. "
             "Imunisasi tetap berjalan setiap Selasa pukul 08.00 WIB.")
    first = reply("bener gak vaksin campak kedaluwarsa?", draft).suggestions[0]
    assert "Kabar itu tidak benar" in first and "Selasa" not in first
    assert answer_question("bener gak jembatan ditutup?", draft, "friendly") is None
