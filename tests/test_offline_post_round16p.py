"""Post defects an officer found in round 16p (issue 11), each tested on several phrasings where the fix must fire
and where it must not: an appeal's list of asks kept whole as a list (and a lead that was only the request's frame
said with the first ask), a call to action that says "come" when the way to take part is online, and a
clarification that leads with a service it mentions instead of the fact it marks as true."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_asks import LABEL, find_asks
from bot.offline.post_plan import plan_post
from bot.offline.post_text import one_line
from bot.offline.post_x import phrase_cuts

ASK_LISTS = (
    ("PEMERINTAH KECAMATAN CONTOH\n\nIMBAUAN\nTentang Kewaspadaan Demam Berdarah\n\nSehubungan dengan meningkatnya "
     "kasus DBD, Camat Contoh mengimbau seluruh warga untuk:\n\na. menguras bak mandi seminggu sekali;\nb. menutup "
     "rapat tempat penampungan air;\nc. tidak melakukan pengasapan secara mandiri;\nd. melaporkan kasus DBD kepada "
     "ketua RT.\n\nInformasi: Puskesmas Contoh 0411-123456.",
     ("menguras bak mandi seminggu sekali", "menutup rapat tempat penampungan air",
      "tidak melakukan pengasapan secara mandiri", "melaporkan kasus DBD kepada ketua RT")),
    ("Gunung Contoh erupsi Kamis (3/12/2026) pukul 14.20 WIT. Hujan abu turun di Kelurahan A dan B.\n\nKepala "
     "Pelaksana BPBD Kota Contoh, Budi Santoso, meminta warga:\n- memakai masker saat keluar rumah;\n- menutup "
     "tempat penampungan air minum;\n- mengurangi kecepatan kendaraan karena jalan licin.\n\nDarurat hubungi "
     "Pusdalops 0921-111-222.",
     ("memakai masker saat keluar rumah", "menutup tempat penampungan air minum",
      "mengurangi kecepatan kendaraan karena jalan licin")),
    ("Menjelang musim kemarau, Dinas Lingkungan Hidup Kabupaten Contoh menyampaikan imbauan kepada masyarakat "
     "sebagai berikut:\n1. Pilah sampah organik dan anorganik dari rumah\n2. Jangan membakar sampah di pekarangan\n"
     "3. Laporkan pembuangan sampah liar ke nomor 0812-0000-1111\n\nTerima kasih atas kerja sama warga.",
     ("Pilah sampah organik dan anorganik dari rumah", "Jangan membakar sampah di pekarangan",
      "Laporkan pembuangan sampah liar ke nomor 0812-0000-1111")),
)


@pytest.mark.parametrize(("draft", "items"), ASK_LISTS, ids=["lettered-dbd", "dashed-eruption", "numbered-waste"])
def test_an_appeal_keeps_every_ask_as_a_list(draft: str, items: tuple[str, ...]) -> None:
    sheet = read_draft(draft)
    asks = find_asks(sheet)
    assert asks is not None and [i.lower() for i in asks.items] == [i.lower() for i in items]
    plan = plan_post(sheet)
    said = " ".join([plan.lead, *(row for line in plan.lines for row in line.rows)]).lower()
    assert all(item.lower() in said for item in items)
    assert sum(1 for line in plan.lines if line.label == LABEL) == 1
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].text.lower()
    assert all(item.lower() in post for item in items)
    assert "lalu datang" not in post  # the asks are done at home, nobody comes


def test_a_lead_that_only_frames_the_request_says_the_first_ask() -> None:
    plan = plan_post(read_draft(ASK_LISTS[0][0]))
    assert "diimbau menguras bak mandi seminggu sekali" in plan.lead
    assert plan.action == "act"


@pytest.mark.parametrize("draft", [
    # a list of requirements of an event is no appeal's asks
    "Khitanan massal gratis digelar Sabtu (5/12/2026) di RSUD Contoh. Peserta diminta membawa:\n- fotokopi KK;\n"
    "- surat izin orang tua.\nDaftar di kantor kelurahan.",
    # one item is no list
    "Camat Contoh mengimbau warga untuk:\n- tidak membakar sampah.\nTerima kasih.",
], ids=["requirements-list", "one-item"])
def test_no_asks_list_without_an_appeals_list(draft: str) -> None:
    assert find_asks(read_draft(draft)) is None


ONLINE = (
    "Mulai Senin, 4 Januari 2027, akta kelahiran di Kota Contoh bisa diurus dari rumah, gratis. Orang tua cukup "
    "membuka laman akta.contohkota.go.id, lalu mengunggah foto surat keterangan lahir dan KK. Loket pendampingan "
    "tetap buka di Mal Pelayanan Publik Kota Contoh.",
    "Pembayaran PBB Kota Contoh kini bisa dilakukan lewat aplikasi Contoh Bayar mulai 1 Februari 2027 tanpa antre di "
    "kantor Bapenda Kota Contoh. Unduh aplikasinya di Play Store, masukkan NOP, lalu bayar lewat bank mitra.",
)


@pytest.mark.parametrize(("draft", "action"), [
    pytest.param(ONLINE[0], "online", id="akta-from-home"),
    pytest.param(ONLINE[1], "online", id="pbb-by-app"),
    pytest.param("Festival Kuliner Nusantara digelar di Alun-alun Kota Contoh pada Sabtu (8/11/2025) mulai pukul "
                 "16.00 WIB. Masuk gratis untuk umum. Info lengkap di laman festival.contohkota.go.id.", "attend",
                 id="venue-event-with-a-page"),
])
def test_the_call_to_action_follows_the_way_to_take_part(draft: str, action: str) -> None:
    """An online way asks to do it online, not to come; a venue event whose page gives details still asks to
    come."""
    assert plan_post(read_draft(draft)).action == action


CLARIFICATIONS = (
    ("Beredar pesan berantai yang menyebut air PDAM di seluruh Kota Contoh akan mati total selama tiga hari. "
     "Informasi tersebut TIDAK BENAR.\n\nFaktanya, penghentian aliran hanya berlangsung sekitar delapan jam, yaitu "
     "pada Selasa (8/12/2026) pukul 09.00 hingga 17.00 WITA. Selama perbaikan, kami menyiagakan tangki air bersih "
     "gratis di empat kelurahan.", "penghentian aliran hanya berlangsung sekitar delapan jam"),
    ("Beredar kabar bahwa KPM harus setor Rp50.000 agar nama tidak dicoret. Itu HOAKS.\n\nYang benar: bantuan "
     "sembako tahap IV disalurkan gratis lewat kantor pos pada 21 sampai 31 Desember 2026. Posko pengaduan dibuka "
     "di kantor Dinas Sosial dengan layanan antar gratis bagi lansia.",
     "bantuan sembako tahap IV disalurkan gratis lewat kantor pos"),
    ("Viral video yang menyebut pendaftaran sekolah negeri di Kota Contoh dipungut biaya Rp1 juta. Kabar itu keliru."
     "\n\nYang ada, pendaftaran dibuka gratis secara daring mulai 2 Juni 2026 di laman spmb.contohkota.go.id. "
     "Sekolah juga membuka pendampingan gratis bagi orang tua yang tidak memiliki telepon pintar.",
     "pendaftaran dibuka gratis secara daring mulai 2 Juni 2026"),
)


@pytest.mark.parametrize(("draft", "truth"), CLARIFICATIONS, ids=["water-outage", "bansos-fee", "school-fee"])
def test_a_clarification_leads_with_the_fact_it_marks_true(draft: str, truth: str) -> None:
    sheet = read_draft(draft)
    plan = plan_post(sheet)
    assert truth.lower() in plan.lead.lower()
    assert "tangki" not in plan.lead and "pendampingan" not in plan.lead and "Posko" not in plan.lead


def test_a_fact_mark_outside_a_clarification_changes_no_lead() -> None:
    draft = ("Vaksinasi rabies gratis digelar di Puskesmas Contoh pada Sabtu (5/12/2026) pukul 08.00 WITA. "
             "Faktanya, kasus gigitan anjing naik dua kali lipat tahun ini.")
    sheet = read_draft(draft)
    assert "gigitan" not in plan_post(sheet).lead
    assert sheet.has(Slot.WHEN)


LAUNCHES = (
    "Pemerintah Kota Contoh resmi meluncurkan layanan SIPAKA pada Rabu (23/12/2026) di Ruang Pola Kantor Wali Kota "
    "Contoh. Layanan ini dapat digunakan warga mulai Senin, 4 Januari 2027 untuk mengurus akta kelahiran gratis di "
    "Mal Pelayanan Publik Kota Contoh.",
    "Bupati Contoh meresmikan Mal Pelayanan Publik Kabupaten Contoh, Jumat (4/12/2026), di Gedung Serbaguna Contoh. "
    "Mal melayani 40 jenis perizinan dan dokumen kependudukan mulai Senin, 7 Desember 2026 di Jalan Merdeka Nomor 5.",
)


@pytest.mark.parametrize("draft", LAUNCHES, ids=["launch-then-use", "inauguration-then-use"])
def test_a_services_launch_is_no_day_or_place_to_use_it(draft: str) -> None:
    plan = plan_post(read_draft(draft))
    when = plan.line(Slot.WHEN)
    assert when is not None and "Desember 2026" not in when.value.replace("7 Desember 2026", "")
    where = plan.line(Slot.WHERE)
    assert where is None or ("Ruang Pola" not in where.value and "Gedung Serbaguna" not in where.value)


def test_a_launch_that_is_the_start_keeps_its_day() -> None:
    draft = ("Bus sekolah gratis Kota Contoh diluncurkan dan mulai beroperasi Senin (5/1/2026). Bus melayani pelajar "
             "SD dan SMP dari Terminal Contoh pukul 06.00 WIB.")
    when = plan_post(read_draft(draft)).line(Slot.WHEN)
    assert when is not None and "5 Januari 2026" in when.value


FALLBACKS = (
    ("Mulai Senin, 4 Januari 2027, akta kelahiran di Kota Contoh bisa diurus dari rumah, gratis. Orang tua cukup "
     "membuka laman akta.contohkota.go.id, lalu mengunggah foto surat keterangan lahir dan KK. Loket pendampingan "
     "tetap buka di Mal Pelayanan Publik Kota Contoh.", "akta kelahiran"),
    ("Perpanjangan SIM kini bisa dilakukan lewat aplikasi Digital Korlantas mulai 1 Maret 2027 tanpa antre. Bagi "
     "warga yang tidak memiliki telepon pintar, Satpas Polres Contoh tetap melayani perpanjangan gratis formulir di "
     "loket pelayanan setiap hari kerja.", "perpanjangan sim"),
)


@pytest.mark.parametrize(("draft", "news"), FALLBACKS, ids=["akta-online", "sim-online"])
def test_a_fallback_for_a_few_is_no_lead(draft: str, news: str) -> None:
    plan = plan_post(read_draft(draft))
    assert plan.lead.lower().startswith(news) or news in plan.lead.lower()
    assert "tetap" not in plan.lead.lower()


PRESS_DATES = (
    "Kepala Dinas Pangan Contoh, Ir. Budi, kepada wartawan, Kamis (10/12/2026), merinci jadwalnya. Pasar murah "
    "digelar Senin (14/12/2026) di halaman Kantor Camat A dan Selasa (15/12/2026) di Pasar B mulai pukul 08.00 WIB.",
    "Saat dikonfirmasi, Rabu (9/12/2026), Kepala Dinas Kesehatan Contoh menyebut vaksinasi gratis dibuka Sabtu "
    "(12/12/2026) di Puskesmas Contoh pukul 08.00–12.00 WIB.",
    "Bupati Contoh, Senin (7/12/2026), mengatakan bazar UMKM digelar Jumat (11/12/2026) di Alun-alun Contoh mulai "
    "pukul 16.00 WIB. Masuk gratis.",
)


@pytest.mark.parametrize("draft", PRESS_DATES, ids=["kepada-wartawan", "saat-dikonfirmasi", "date-then-verb"])
def test_the_day_of_a_press_briefing_is_no_day_to_come(draft: str) -> None:
    plan = plan_post(read_draft(draft))
    said = " ".join(line.value for line in plan.lines)
    assert not any(day in said for day in ("10 Desember", "9 Desember", "7 Desember"))
    assert any(day in said for day in ("14 Desember", "12 Desember", "11 Desember"))


PURPOSES = (
    "Dinas Pangan Kabupaten Contoh menggelar Gerakan Pangan Murah keliling di empat kecamatan pekan depan untuk "
    "menjaga stabilitas harga dan daya beli masyarakat menjelang Natal dan Tahun Baru sesuai arahan Bupati. Jadwal: "
    "Senin (14/12/2026) di Kantor Camat A, mulai pukul 08.00 WIB. Beras medium Rp11.500 per kilogram.",
    "Pemkot Contoh membuka pasar murah di Lapangan Merdeka Contoh untuk mengendalikan inflasi daerah dan mendukung "
    "program ketahanan pangan nasional menjelang Idulfitri 1448 Hijriah, Sabtu (6/3/2027) pukul 07.00 WIB. Minyak "
    "goreng Rp14.000 per liter.",
)


@pytest.mark.parametrize("draft", PURPOSES, ids=["gpm-keliling", "pasar-murah"])
def test_x_keeps_when_and_where_of_a_lead_with_the_offices_aim(draft: str) -> None:
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["x"])).posts[0].text
    assert "📅" in post and ("Kantor Camat A" in post or "Lapangan Merdeka" in post)


@pytest.mark.parametrize(("lead", "cut"), [
    ("Gerakan Pangan Murah keliling di empat kecamatan pekan depan untuk menjaga stabilitas harga dan daya beli "
     "masyarakat menjelang Natal dan Tahun Baru sesuai arahan Bupati.",
     "Gerakan Pangan Murah keliling di empat kecamatan pekan depan."),
    ("Pasar murah digelar di Lapangan Merdeka Contoh pada Sabtu pagi untuk mengendalikan inflasi daerah dan mendukung "
     "program ketahanan pangan nasional menjelang Idulfitri.",
     "Pasar murah digelar di Lapangan Merdeka Contoh pada Sabtu pagi."),
    ("Operasi pasar digelar di halaman kantor kecamatan se-Kabupaten Contoh pekan ini dalam upaya menekan harga beras "
     "premium yang terus naik sejak awal bulan di seluruh pasar tradisional.",
     "Operasi pasar digelar di halaman kantor kecamatan se-Kabupaten Contoh pekan ini."),
], ids=["gpm-keliling", "pasar-murah", "operasi-pasar"])
def test_a_long_lead_is_cut_before_the_offices_aim(lead: str, cut: str) -> None:
    assert cut in phrase_cuts(lead)


def test_a_lead_is_not_cut_before_what_the_service_does() -> None:
    lead = ("Layanan jemput bola Disdukcapil Kabupaten Contoh hadir di kantor desa se-Kecamatan Contoh pekan depan "
            "untuk mengganti dokumen kependudukan yang rusak atau hilang akibat banjir bulan lalu.")
    assert not any(c.endswith("pekan depan.") for c in phrase_cuts(lead))


def test_a_quoted_price_list_loses_its_speakers_tag() -> None:
    draft = ("Pasar murah digelar Senin (14/12/2026) di Pasar Contoh pukul 08.00 WIB.\n\n\"Harganya di bawah pasar: "
             "beras medium Rp11.500 per kilogram, minyak goreng Rp15.000 per liter, dan telur ayam Rp25.000 per "
             "papan,\" ujar Kepala Dinas, Yulfitri.")
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].text
    assert "Rp25.000 per papan" in post and "ujar" not in post


def test_a_long_list_split_over_replies_ends_no_part_on_its_separator() -> None:
    items = "\n".join(f"{chr(97 + i)}. {ask} di lingkungan rumah masing-masing sekurang-kurangnya seminggu sekali;"
                      for i, ask in enumerate(("menguras bak mandi dan tempayan", "menutup rapat penampungan air",
                                               "mengubur barang bekas yang menampung air hujan",
                                               "membersihkan saluran air dan selokan", "memakai kelambu saat tidur")))
    draft = f"Camat Contoh mengimbau seluruh warga untuk:\n{items}\n\nInformasi: Puskesmas Contoh 0411-123456."
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["x"])).posts[0]
    assert post.thread
    for part in [post.text, *post.thread]:
        assert not any(row.rstrip().endswith(";") for row in part.split("\n"))


@pytest.mark.parametrize(("value", "kept"), [
    ("lewat aplikasi\n3️⃣ peserta yang lolos diumumkan di aplikasi", "peserta yang lolos diumumkan di aplikasi"),
    ("di laman\n- unggah KTP dan KK yang masih berlaku", "unggah KTP dan KK yang masih berlaku"),
    ("isi formulir pendaftaran di kantor desa\nb. tes", "isi formulir pendaftaran di kantor desa"),
    ("datang ke loket 3 Mal Pelayanan Publik", "datang ke loket 3 Mal Pelayanan Publik"),
], ids=["keycap-list", "dash-list", "lettered-list", "no-list"])
def test_a_value_never_runs_into_the_lists_next_item(value: str, kept: str) -> None:
    assert one_line(value) == kept


def test_a_how_line_of_keycap_steps_has_no_line_break() -> None:
    draft = ("Pelatihan kerja gratis dibuka 12 Januari 2027 di BLK Kota Contoh.\n\nCara ikut:\n1️⃣ daftar lewat "
             "aplikasi SIAPKERJA, unggah KTP\n2️⃣ ikuti tes online yang jadwalnya dikirim lewat aplikasi\n3️⃣ peserta "
             "yang lolos wajib daftar ulang di BLK\n\nInfo: 0812-0000-1111.")
    for line in plan_post(read_draft(draft)).lines:
        assert "\n" not in line.value


OPINIONS = (
    "Layanan akta kelahiran online Kota Contoh dibuka mulai Senin, 4 Januari 2027, gratis. Menurutnya, di era "
    "digital pemerintah yang harus mendekat ke warga, bukan sebaliknya.",
    "Pasar murah digelar Sabtu (5/12/2026) di Lapangan Contoh mulai pukul 07.00 WIB. Menurut Bupati Contoh, Budi "
    "Santoso, kebersamaan warga adalah kekuatan utama daerah yang harus dijaga bersama.",
    "Pengurusan KTP elektronik di Kota Contoh kini gratis dan selesai sehari mulai Senin (4/1/2027) di Mal Pelayanan "
    "Publik Kota Contoh. Warga kota, kata dia, sudah lama menanti kebersamaan pelayanan di era digital seperti ini.",
)


@pytest.mark.parametrize("draft", OPINIONS, ids=["menurutnya", "menurut-bupati", "kata-dia"])
def test_a_speakers_view_is_no_context_line(draft: str) -> None:
    context = " ".join(plan_post(read_draft(draft)).context)
    assert "era digital" not in context and "kebersamaan" not in context


@pytest.mark.parametrize(("draft", "asked"), [
    ("Akta kelahiran Kota Contoh kini bisa diurus dari rumah mulai Senin, 4 Januari 2027. Kepala Dinas mengingatkan "
     "warga agar tidak menggunakan jasa calo yang menawarkan pengurusan akta di media sosial.",
     "Warga diingatkan untuk tidak menggunakan jasa calo"),
    ("Pembayaran PBB Kota Contoh dibuka mulai 1 Februari 2027 di kantor Bapenda. Kepala Bapenda meminta wajib pajak "
     "supaya membayar sebelum jatuh tempo agar tidak terkena denda dua persen per bulan.",
     "Wajib pajak diminta untuk membayar sebelum jatuh tempo"),
], ids=["calo", "wajib-pajak"])
def test_a_request_keeps_whom_it_asks_when_its_frame_is_cut(draft: str, asked: str) -> None:
    assert any(c.startswith(asked) for c in plan_post(read_draft(draft)).context)
