"""Posts, short-video scripts and quizzes word a draft's facts plainly (bot/core/wording.py), and each
post's call to action and pointers match what the draft gives. Every draft here is new text."""

from __future__ import annotations

from bot.core.models import Post, RewriteRequest
from bot.core.platforms import SPECS, post_length
from bot.core.quiz import make_quiz_set
from bot.core.reading import Slot, read_draft
from bot.core.video_script import make_script
from bot.core.wording import action_and_channel, calm, plain_fact, standalone
from bot.offline.engine import OfflineEngine
from bot.offline.post_plan import plan_post
from bot.offline.post_text import sentence
from bot.offline.post_x import pointer
from bot.offline.templates import CTA, CTA_SHORT

PLATFORMS = ["instagram", "facebook", "x", "tiktok", "whatsapp"]

#: A vaccination day whose draft also says where to report a bite: a post to come to, not to report.
VACCINATION = (
    "Dinas Pertanian Kabupaten Flores Timur membuka vaksinasi rabies gratis untuk kucing dan anjing pada Selasa, "
    "14 Juli 2026 pukul 08.00–12.00 WITA di Balai Desa Waibalun. Pemilik hewan cukup membawa hewannya ke balai "
    "desa sesuai jadwal. Warga yang digigit hewan diminta melapor ke puskesmas terdekat atau menghubungi "
    "0812-7000-1234."
)
#: A market going round four places, with a link for the whole schedule.
MARKET = (
    "Bazar Sembako Murah Keliling Kabupaten Tanah Datar\n\nDinas Perdagangan Kabupaten Tanah Datar menggelar "
    "bazar sembako murah keliling. Warga bisa membeli beras medium Rp10.500 per kilogram, minyak goreng Rp13.000 "
    "per liter dan gula pasir Rp14.000 per kilogram. Bazar digelar Senin (3/8) di Lapangan Cindua Mato "
    "Batusangkar, Selasa (4/8) di Pasar Lintau Buo, Rabu (5/8) di Kantor Camat Rambatan, dan Kamis (6/8) di Pasar "
    "Sungai Tarab, mulai pukul 08.00 WIB. Setiap warga maksimal membeli 5 kilogram beras. Syaratnya cukup membawa "
    "KTP Tanah Datar dan kartu keluarga asli."
)
#: An app step written as a slogan.
APP = (
    "Badan Pendapatan Daerah Kota Ternate mengingatkan wajib pajak membayar PBB tahun 2026 sebelum 30 September "
    "2026. Caranya: Lewat aplikasi Ternate Bayar! Tanpa antre di loket. Pembayaran juga bisa di Kantor Bapenda, "
    "Jalan Sultan Babullah No. 12, Senin–Jumat pukul 08.00–15.00 WIT."
)
#: Registration through a link, with requirements and an age group.
REGISTRATION = (
    "Dinas Kesehatan Kota Balikpapan membuka vaksinasi HPV gratis bagi anak perempuan usia 11–12 tahun pada "
    "Sabtu, 22 Agustus 2026 pukul 08.00–12.00 WITA di Puskesmas Klandasan Ilir. Orang tua melakukan pendaftaran "
    "melalui tautan daftarvaksin.balikpapan.example.go.id paling lambat 20 Agustus 2026. Syaratnya membawa kartu "
    "keluarga dan buku imunisasi anak."
)
#: Many places and requirements: more than 280 characters hold. Registration at an office, and a
#: number for everything else.
CROWDED = (
    "Pemerintah Kabupaten Sikka membuka pendaftaran pelatihan kerja gratis bagi pencari kerja usia 18–35 tahun. "
    "Pelatihan digelar 7–18 September 2026 di Balai Latihan Kerja Maumere, Aula Kantor Camat Kewapante, Aula "
    "Kantor Camat Nita dan Gedung Serbaguna Talibura. Syaratnya membawa fotokopi KTP, ijazah terakhir, pas foto "
    "berwarna ukuran 3x4 sebanyak dua lembar dan surat keterangan sehat dari puskesmas. Peserta mendaftar di "
    "kantor camat masing-masing paling lambat 31 Agustus 2026. Kuota 240 peserta. Informasi lebih lanjut hubungi "
    "Disnakertrans Sikka di 0812-3300-4455."
)
#: The same training, registered for through a link.
CROWDED_LINK = CROWDED.replace("di kantor camat masing-masing", "melalui laman kerja.sikkakab.example.go.id")


def _rewrite(draft: str) -> list[Post]:
    return OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=PLATFORMS)).posts


def test_a_clause_cut_from_a_sentence_reads_as_a_sentence() -> None:
    assert sentence("sehingga warga Desa Sukamaju kini bisa mengurus akta kelahiran di kantor desa") == (
        "Warga Desa Sukamaju kini bisa mengurus akta kelahiran di kantor desa.")
    assert standalone("Oleh karena itu, posko kesehatan dibuka 24 jam.") == "Posko kesehatan dibuka 24 jam."
    assert standalone("yang digelar di aula kecamatan") == ""
    assert standalone("Untuk membantu warga, bus gratis disiapkan.") == "Untuk membantu warga, bus gratis disiapkan."


def test_a_vaccination_day_asks_citizens_to_come_not_to_report() -> None:
    for post in _rewrite(VACCINATION):
        cta = post.call_to_action.lower()
        assert "lapor" not in cta and "datang" in cta, (post.platform, cta)


def test_a_reporting_channel_asks_citizens_to_report() -> None:
    draft = ("Warga Kota Kendari kini bisa melaporkan jalan rusak lewat aplikasi Lapor Jalan atau WhatsApp "
             "0811-4000-2233. Laporan ditindaklanjuti petugas Dinas PUPR paling lambat tiga hari kerja.")
    reports = {*CTA["report"].values(), *CTA_SHORT["report"].values()}
    for post in _rewrite(draft):
        assert any(post.call_to_action.startswith(cta) for cta in reports), (post.platform, post.call_to_action)


def test_a_schedule_on_x_promises_no_reply_thread() -> None:
    posts = {p.platform: p.text for p in _rewrite(MARKET)}
    assert "balasan" not in posts["x"].lower()
    assert post_length("x", posts["x"]) <= SPECS["x"].limit
    assert "Lapangan Cindua Mato Batusangkar" in posts["x"]


def test_fact_lines_carry_no_exclamation_marks() -> None:
    assert calm("Lewat aplikasi Mobile JKN! Tanpa antre") == "Lewat aplikasi Mobile JKN, tanpa antre"
    assert calm("Datang ke Kantor Camat! Kupang menunggu") == "Datang ke Kantor Camat, Kupang menunggu"
    for post in _rewrite(APP):
        body = post.text.replace(post.call_to_action, "")
        lines = [line for line in body.splitlines() if "Ternate Bayar" in line]
        assert lines and all("!" not in line for line in lines), (post.platform, lines)


def test_x_keeps_the_step_to_register_and_points_to_the_rest() -> None:
    x = next(p.text for p in _rewrite(CROWDED) if p.platform == "x")
    assert post_length("x", x) <= SPECS["x"].limit
    assert "kantor camat masing-masing" in x  # how to register: a fact citizens act on, kept before the rest
    assert pointer(plan_post(read_draft(CROWDED))) == "ℹ️ Info lengkap: 0812-3300-4455"
    assert pointer(plan_post(read_draft(CROWDED_LINK))) == "ℹ️ Info lengkap: kerja.sikkakab.example.go.id"
    linked = next(p.text for p in _rewrite(CROWDED_LINK) if p.platform == "x")
    assert linked.count("kerja.sikkakab.example.go.id") == 1  # the link once: no pointer beside its how line


def test_plain_fact_wording_changes_only_the_form() -> None:
    assert plain_fact(Slot.COST, "tidak dipungut biaya") == "Gratis"
    assert plain_fact(Slot.REQUIREMENTS, "cukup menunjukkan KTP") == "Cukup tunjukkan KTP"
    assert plain_fact(Slot.HOW, "melakukan pendaftaran melalui tautan a.example.go.id") == (
        "Daftar lewat tautan a.example.go.id")
    assert action_and_channel("Mendaftar melalui laman kerja.example.go.id paling lambat 3 Mei") == (
        "Daftar", "kerja.example.go.id")
    assert action_and_channel("Membawa hewan ke balai desa") == ("", "")


def test_the_video_script_shows_the_link_to_register_and_key_facts_first() -> None:
    script = make_script(REGISTRATION)
    screens = [s.on_screen for s in script.scenes]
    assert "Daftar: daftarvaksin.balikpapan.example.go.id" in screens
    order = [s.split(":")[0] for s in screens]
    assert order.index("Daftar") < min((order.index(label) for label in ("Untuk siapa", "Syarat") if label in order),
                                       default=len(order))
    assert not any(s.startswith("Caranya: Melakukan") for s in screens)
    assert all("!" not in s for s in screens)


def test_the_video_script_and_the_quiz_use_plain_wording() -> None:
    script = make_script(APP)
    texts = " ".join(script.texts())
    assert "Ternate Bayar! Tanpa" not in texts
    quiz = make_quiz_set(MARKET).quiz
    assert quiz is not None
    assert not any(option.startswith(("Membawa", "Cukup membawa")) for option in quiz.options)
