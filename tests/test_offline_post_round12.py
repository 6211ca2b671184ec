"""Post patterns fixed in round 12d (issue 11), found by reading the posts of the ext28 drafts as a humas
editor reads them; each asserted here on small drafts written for the test (other places, other wording):
- a where line names a place once ("Balai Desa X, Desa X" is the hall), two places stay two;
- X's thread replies give only what the first post did not (a date is not given twice);
- a date that dates a condition (an age on a day, a document issued by a day, a decision already taken)
  is no "Kapan" and no "Batas waktu"; a deadline the "Kapan" line already ends on is not said again;
- a headline that only announces who speaks ("Info Penting dari ...") is no hook; one that says a gain is;
- a question of a Q&A, or a line that only opens a list, is no context line (unless it carries a figure);
  neither is the object of a verb of saying read apart from it;
- fact values lose a linking word ("dengan jam layanan ..."), a first-person remark is no requirement, a
  recurring day keeps its weeks of the month;
- places are labelled by their list heading; a "posko" outside a warning is a service desk; a closure
  shows (and labels, on X) the road closed first; an emergency shows its shelters first;
- an emergency that says where to flee and whom to call gets no "reports a meeting" warning;
- place tags from a letterhead in capitals, never from an officer's title ("Kaur Keuangan");
- a name with "Hi." stays whole in the source line; a lead whose subject names nothing says what is offered.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.final_checks import finish_rewrite
from bot.core.models import RewriteRequest
from bot.core.reading import DraftKind, Fact, FactSheet, Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_hook import headline
from bot.offline.post_places import distinct_places
from bot.offline.post_plain import plain_lead
from bot.offline.post_plan import plan_post
from bot.offline.post_warnings import NO_BENEFIT_WARNING

PLATFORMS = ["instagram", "facebook", "x", "tiktok", "whatsapp"]


def posts(draft: str) -> dict[str, str]:
    request = RewriteRequest(draft=draft, platforms=PLATFORMS)
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    assert result.fact_check is not None and result.fact_check.ok, result.fact_check
    return {p.platform: p.whole_text for p in result.posts}


def warnings(draft: str) -> list[str]:
    request = RewriteRequest(draft=draft, platforms=PLATFORMS)
    return finish_rewrite(request, OfflineEngine().rewrite(request)).warnings


def line(text: str, label: str) -> str:
    return next((row for row in text.split("\n") if f"{label}:" in row), "")


# --- places -----------------------------------------------------------------------------------------

VILLAGE = ("PENGUMUMAN\n\nPemerintah Nagari Sungai Pisang menyalurkan bantuan beras 10 kilogram bagi keluarga "
           "penerima. Pembagian dilaksanakan pada Rabu, 4 Maret 2026, pukul 08.30 WIB bertempat di Kantor Wali "
           "Nagari Sungai Pisang, Nagari Sungai Pisang. Penerima membawa KTP dan kartu keluarga asli.")


def test_a_where_line_names_the_hall_once_not_its_village_again() -> None:
    where = line(posts(VILLAGE)["instagram"], "Di mana")
    assert "Kantor Wali Nagari Sungai Pisang" in where
    assert where.count("Sungai Pisang") == 1


def test_two_places_that_share_words_stay_two() -> None:
    assert distinct_places("SD Negeri 4, SD Negeri 4 Baru") == "SD Negeri 4, SD Negeri 4 Baru"
    assert distinct_places("Desa Tanjung Harapan, Aula Desa Tanjung Harapan") == "Aula Desa Tanjung Harapan"
    assert distinct_places("Kantor Desa Lubuk, Sampan") == "Kantor Desa Lubuk, Sampan"


POSKO_SERVICE = ("Pendaftaran beasiswa mahasiswa Kota Bitung dibuka 2–14 Maret 2026 secara daring. Warga yang "
                 "kesulitan mengunggah berkas bisa datang ke posko beasiswa di Kantor Dinas Pendidikan Kota Bitung, "
                 "Jalan Yos Sudarso Nomor 5. Tidak dipungut biaya.")


def test_a_posko_of_a_service_is_where_to_go_not_a_shelter() -> None:
    text = posts(POSKO_SERVICE)["instagram"]
    assert "Tempat mengungsi" not in text
    assert "Kantor Dinas Pendidikan Kota Bitung" in line(text, "Di mana")


FLOOD = ("UPDATE BANJIR KAB. PESISIR SELATAN\nSelasa (3/3/2026) pukul 17.00 WIB\n\n"
         "Sungai Batang Kapas meluap sejak siang.\n\nTitik pengungsian:\n- Masjid Raya Kapas\n- SD Negeri 07 Taluk\n"
         "- Kantor Camat Batang Kapas\n\nTim gabungan melakukan evakuasi dengan perahu karet; mobil tangki "
         "disiagakan di Jalan Lintas Barat–Painan KM 12.\n\nWarga yang butuh evakuasi hubungi Pusdalops BPBD "
         "0756-21-112.")


def test_an_emergency_shows_its_shelters_first_and_reads_the_list_heading() -> None:
    sheet = read_draft(FLOOD)
    assert sheet.kind == DraftKind.EMERGENCY
    text = posts(FLOOD)["instagram"]
    shelters = line(text, "Tempat mengungsi")
    assert "Masjid Raya Kapas" in shelters and "Kantor Camat Batang Kapas" in shelters
    assert "Jalan Lintas" not in shelters  # the tankers' road is no shelter: its own part of the sentence
    rows = [row for row in text.split("\n") if row.startswith("📍")]
    assert rows and "Tempat mengungsi" in rows[0]


def test_an_emergency_that_says_where_to_flee_gets_no_meeting_warning() -> None:
    assert NO_BENEFIT_WARNING not in warnings(FLOOD)


CLOSURE = ("PENGUMUMAN\n\nDalam rangka pawai budaya Minggu, 12 April 2026 pukul 13.00–17.00 WITA, "
           "ruas jalan berikut ditutup:\n- Jalan Sam Ratulangi\n- Jalan Piere Tendean\n\n"
           "Pawai berangkat dari Lapangan Sparta Tikala dan berakhir di Kantor Wali Kota Manado. "
           "Kendaraan dialihkan melalui Jalan Babe Palar.")


def test_a_closure_shows_the_road_closed_first_and_labels_it_on_x() -> None:
    first = posts(CLOSURE)["x"].split("\n\n2/")[0]
    rows = [row for row in first.split("\n") if row.startswith("📍")]
    assert rows and rows[0].startswith("📍 Ruas ditutup:") and "Jalan Sam Ratulangi" in rows[0]


# --- dates ------------------------------------------------------------------------------------------

ENROLMENT = ("Pendaftaran murid baru SD negeri Kota Tidore dibuka 11–16 Mei 2026 di laman ppdb.tidorekota.go.id. "
             "Calon murid berusia paling rendah 6 tahun pada 1 Juli 2026. Berkas yang diunggah: Kartu Keluarga "
             "yang diterbitkan paling lambat 1 Januari 2026 dan akta kelahiran. Pengumuman 20 Mei 2026. Gratis.")


def test_a_date_that_dates_an_age_or_a_document_is_no_kapan_and_no_deadline() -> None:
    text = posts(ENROLMENT)["instagram"]
    kapan = line(text, "Kapan")
    assert "11–16 Mei 2026" in kapan
    assert "1 Juli 2026" not in kapan and "1 Januari 2026" not in kapan
    assert "1 Januari 2026" not in line(text, "Batas waktu")


DECIDED = ("Pembagian kupon daging kurban bagi 60 keluarga yang namanya telah ditetapkan dalam rapat RT tanggal "
           "20 Mei 2026 dilaksanakan Kamis, 28 Mei 2026, pukul 07.00 WIB di Masjid Al-Falah Kelurahan Rawa Buaya. "
           "Bawa kupon dan KTP.")


def test_the_day_a_decision_was_taken_is_no_kapan_and_x_gives_each_date_once() -> None:
    out = posts(DECIDED)
    kapan = line(out["instagram"], "Kapan")
    assert "28 Mei 2026" in kapan and "20 Mei 2026" not in kapan
    x = out["x"]
    assert x.count("Kamis, 28 Mei 2026") == 1


RELIEF = ("Bapenda Kabupaten Sleman menghapus denda PBB untuk semua tahun tunggakan. Program berlaku 1 Juni "
          "sampai 31 Agustus 2026 di kantor Bapenda dan di setiap kantor kapanewon. Batas pembayaran sampai "
          "31 Agustus 2026. Bawa SPPT tahun terakhir.")


def test_a_deadline_the_kapan_line_ends_on_is_said_once() -> None:
    text = posts(RELIEF)["instagram"]
    assert "31 Agustus 2026" in line(text, "Kapan")
    assert not line(text, "Batas waktu")


# --- hooks and context ------------------------------------------------------------------------------

ANNOUNCED = ("Info Penting dari Puskesmas Tamalanrea\n\nPuskesmas Tamalanrea membuka pemeriksaan gigi gratis "
             "untuk anak SD setiap Sabtu pukul 08.00–11.00 WITA. Cukup bawa kartu pelajar.")
GAINED = ("Anak SD Bisa Periksa Gigi Gratis Tiap Sabtu\n\nPuskesmas Tamalanrea membuka pemeriksaan gigi gratis "
          "untuk anak SD setiap Sabtu pukul 08.00–11.00 WITA. Cukup bawa kartu pelajar.")


def test_a_headline_that_only_announces_who_speaks_is_no_hook() -> None:
    sheet = read_draft(ANNOUNCED)
    assert headline(sheet, plan_post(sheet).lead) == ""
    out = posts(ANNOUNCED)
    assert "Info Penting" not in out["instagram"] and not out["x"].startswith("Info Penting")


def test_a_headline_that_says_a_gain_is_still_a_hook() -> None:
    sheet = read_draft(GAINED)
    assert headline(sheet, plan_post(sheet).lead) == "Anak SD Bisa Periksa Gigi Gratis Tiap Sabtu"


QANDA = ("TANYA JAWAB LAYANAN SIM KELILING\n\nLayanan SIM keliling Polres Sikka buka setiap Selasa dan Kamis "
         "pukul 09.00–13.00 WITA di halaman Kantor Camat Alok.\n\nT: Siapa yang bisa dilayani?\nJ: Pemilik SIM A "
         "dan C yang masa berlakunya belum habis.\n\nT: Bawa apa?\nJ: SIM lama dan KTP asli.")
LISTED = ("Dinas Koperasi Palu Buka Bantuan Modal UMKM\n\nKepala Dinas Koperasi Kota Palu, Irwan Lamato, "
          "merinci bantuan yang diberikan:\n- modal usaha "
          "Rp2.000.000 per pelaku UMKM\n- pelatihan pemasaran daring\n\nBantuan dapat diajukan 3–17 Agustus "
          "2026 di Kantor Dinas Koperasi Kota Palu dengan membawa KTP dan surat keterangan usaha.")


def test_a_question_of_a_q_and_a_is_no_context_line() -> None:
    out = posts(QANDA)
    for platform in ("instagram", "facebook", "tiktok", "whatsapp"):
        assert "Siapa yang bisa dilayani?" not in out[platform] and "Bawa apa?" not in out[platform]


def test_a_line_that_only_opens_a_list_is_no_context_line() -> None:
    out = posts(LISTED)
    assert "merinci bantuan yang diberikan" not in out["instagram"]
    assert "merinci bantuan yang diberikan" not in out["facebook"]


SPOKEN = ("Pendaftaran pelatihan menjahit gratis Balai Latihan Kerja Kota Kupang dibuka 6–10 Juli 2026 di kantor "
          "BLK, Jalan Frans Seda. Peserta berusia 18–35 tahun dan membawa KTP serta ijazah terakhir. Kepala BLK "
          "menambahkan mesin jahit dan bahan praktik disediakan panitia.")


def test_the_object_of_a_verb_of_saying_read_apart_is_no_context_line() -> None:
    out = posts(SPOKEN)
    assert "\nMesin jahit dan bahan praktik disediakan panitia." not in out["facebook"]


# --- values -----------------------------------------------------------------------------------------

CLINIC = ("Posyandu lansia keliling Kelurahan Oebobo melayani warga setiap Rabu pada minggu pertama dan ketiga "
          "setiap bulan, dengan jam layanan pukul 08.00–11.00 WITA, di halaman Kantor Lurah Oebobo. Pemeriksaan "
          "tanpa biaya. Warga cukup membawa KTP. \"Kalau lupa bawa KTP pun tetap kami layani,\" kata lurah.")


def test_a_recurring_day_keeps_its_weeks_and_a_value_loses_its_linking_word() -> None:
    kapan = line(posts(CLINIC)["instagram"], "Kapan")
    assert "setiap Rabu pada minggu pertama dan ketiga setiap bulan".lower() in kapan.lower()
    assert "dengan jam layanan" not in kapan


def test_a_first_person_remark_is_no_requirement() -> None:
    syarat = line(posts(CLINIC)["instagram"], "Syarat")
    assert "KTP" in syarat and "kami" not in syarat


GENERIC = ("Dinas Kesehatan Kabupaten Alor mengumumkan pemeriksaan mata keliling bagi warga lanjut usia. Semua "
           "layanan dan kacamata diberikan tanpa biaya. Pemeriksaan digelar di Puskesmas Kalabahi Kota pada Sabtu, "
           "15 Agustus 2026.")


def _with_what(draft: str, what: str) -> FactSheet:
    """The sheet of `draft` with `what` (a span of it) as the one thing it offers."""
    sheet = read_draft(draft)
    start = draft.index(what)
    facts = [f for f in sheet.facts if f.slot != Slot.WHAT] + [Fact(Slot.WHAT, what, start, start + len(what))]
    return replace(sheet, facts=tuple(facts) if isinstance(sheet.facts, tuple) else facts)


def test_a_lead_whose_subject_names_nothing_says_what_is_offered() -> None:
    named = plain_lead(_with_what(GENERIC, "pemeriksaan mata keliling"), "Semua layanan dan kacamata diberikan "
                                                                          "tanpa biaya.")
    assert named == "Pemeriksaan mata keliling: semua layanan dan kacamata diberikan tanpa biaya."
    # a lead that names its subject is left as it is
    plain = plain_lead(_with_what(GENERIC, "pemeriksaan mata keliling"), "Puskesmas Kalabahi Kota memeriksa "
                                                                          "mata warga lanjut usia tanpa biaya.")
    assert not plain.startswith("Pemeriksaan mata keliling:")


# --- tags and names ---------------------------------------------------------------------------------

LETTERHEAD = ("PEMERINTAH KABUPATEN KEPULAUAN SANGIHE\nKECAMATAN TABUKAN UTARA\nPEMERINTAH KAMPUNG BEHA\n\n"
              "PENGUMUMAN\n\nBantuan bibit pala dibagikan Senin, 7 September 2026, pukul 09.00 WITA di Balai Kampung "
              "Beha. Pertanyaan dapat disampaikan kepada Kaur Keuangan, Sdri. Maria Lumi, HP 0813-4100-2211.\n\n"
              "Beha, 1 September 2026\nKapitalaung Beha,\n\nYohanis Hi. Manoppo")


def test_place_tags_come_from_the_letterhead_never_from_an_officer_title() -> None:
    out = posts(LETTERHEAD)
    assert "#Kaur" not in out["instagram"]
    assert "#KepulauanSangihe" in out["instagram"]


SOURCE = ("Kampung Beha membagikan bibit pala gratis Senin, 7 September 2026, pukul 09.00 WITA di Balai Kampung "
          "Beha. \"Setiap keluarga mendapat sepuluh bibit,\" kata Kepala Kampung Beha, Yohanis Hi. Manoppo.")


def test_a_name_with_hi_stays_whole_in_the_source_line() -> None:
    assert "Yohanis Hi. Manoppo" in line(posts(SOURCE)["facebook"], "Sumber")


SCAM = ("KLARIFIKASI\n\nBeredar pesan WhatsApp berisi tautan \"Bantuan UMKM Rp2.400.000\" yang meminta warga mengisi "
        "NIK dan PIN mobile banking. Pesan tersebut TIDAK BENAR. Dinas Koperasi Kota Ternate tidak pernah membagikan "
        "bantuan lewat tautan. Cek bantuan resmi di kantor Dinas Koperasi atau lewat laman umkm.ternatekota.go.id.")


def test_what_a_scam_message_asks_is_never_a_step_of_the_post() -> None:
    out = posts(SCAM)
    for platform in PLATFORMS:
        assert "Isi NIK" not in out[platform] and "📝 Mengisi" not in out[platform]
        assert "Caranya: Mengisi NIK" not in out[platform]
    assert "umkm.ternatekota.go.id" in out["instagram"]


STAND_IN = ("Pembagian paket sembako bagi 85 keluarga penerima di Kelurahan Tanjung Ayun Sakti dilaksanakan Jumat, "
            "6 November 2026, pukul 08.00 WIB di Aula Kantor Lurah. Penerima yang sedang dirawat atau bekerja di luar "
            "kota dapat diwakili anggota keluarga dengan surat kuasa dari RT. Bawa kupon dan KTP asli.")


def test_who_may_send_someone_in_their_place_is_no_audience_line() -> None:
    assert "dirawat" not in line(posts(STAND_IN)["instagram"], "Untuk siapa")


HOTLINE = ("Vaksinasi rabies gratis untuk anjing dan kucing digelar Sabtu, 10 Oktober 2026, pukul 08.00–12.00 WITA di "
           "Lapangan Kelurahan Kayu Putih. Pertanyaan: 0812-3700-4411 (WhatsApp, Senin–Kamis).")


def test_the_hours_of_a_contact_line_are_no_kapan() -> None:
    kapan = line(posts(HOTLINE)["instagram"], "Kapan")
    assert "10 Oktober 2026" in kapan and "Senin–Kamis" not in kapan
