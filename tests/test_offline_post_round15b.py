"""Post defects an officer found in round 15b (issue 11), each tested on several phrasings where the fix must
fire and where it must not: a call to action that does not fit the facts (come to a water outage), a cost line
that does not say what it is the price of, tanker points under the affected area, a count or an award night as
an achievement's place, bare achievement figures, a report channel cut to "Disampaikan ke ..."."""

from __future__ import annotations

import pytest

from bot.core.fact_check import check_facts
from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_places import AFFECTED, CLOSED, DETOUR, HELP
from bot.offline.post_plan import PostPlan, plan_post

OUTAGES = (
    "PEMBERITAHUAN GANGGUAN PENGALIRAN AIR\n\nSehubungan dengan perbaikan pipa di Jalan Contoh, pengaliran air akan "
    "terhenti mulai Selasa, 3 Maret 2026 pukul 08.00 WIB sampai Rabu, 4 Maret 2026 pukul 17.00 WIB.\n\n"
    "Wilayah terdampak:\n- Kelurahan Sukamaju dan Sukajadi\n- Desa Mekarsari\n\nSelama gangguan, mobil tangki air "
    "bersih gratis disiagakan di halaman Kantor Kelurahan Sukamaju dan Balai Desa Mekarsari pukul 09.00–16.00 WIB. "
    "Info: 0812-3456-7890.",
    "PENGUMUMAN PEMADAMAN LISTRIK SEMENTARA\n\nDalam rangka pemeliharaan jaringan, PLN bersama Pemerintah Kota "
    "Contoh menyampaikan pemadaman listrik sementara pada Kamis, 5 Maret 2026, pukul 09.00–14.00 WITA di Kelurahan "
    "Talise dan Tondo. Bila listrik belum menyala setelah jadwal berakhir, laporkan melalui Contact Center 123.",
    "Aliran air ke pelanggan di Kecamatan Hulu terhenti total sejak Senin (2/3/2026) pukul 03.00 WIB karena pipa "
    "transmisi bocor. Perbaikan ditargetkan rampung Selasa (3/3/2026). Selama gangguan, Perumda menyiagakan mobil "
    "tangki air bersih gratis di Masjid Al-Falah Hulu setiap hari pukul 09.00–17.00 WIB.",
)
TIMETABLES = (
    "Dinas Perhubungan Kabupaten Contoh memberlakukan jadwal penyeberangan tambahan lintas Pulau A–Pulau B mulai "
    "Kamis, 18 Desember 2025 sampai Minggu, 4 Januari 2026. Kapal berangkat dari Pelabuhan A pukul 06.00 dan 14.00 "
    "WITA. Tarif tidak berubah, yaitu penumpang dewasa Rp52.000, anak-anak Rp33.000, dan sepeda motor beserta "
    "pengendara Rp148.000.",
    "Selama libur sekolah, trip kapal penyeberangan Pelabuhan Contoh ditambah. KMP Nusa berangkat pukul 07.00 dan "
    "13.00 WIB setiap hari mulai Senin (22/12/2025) dari Dermaga 2 Pelabuhan Contoh.",
)
CLOSURES = (
    "Jembatan Merah di Jalan Pahlawan ditutup total untuk semua kendaraan mulai Senin, 12 Januari 2026 pukul 21.00 "
    "WIB karena perbaikan lantai jembatan. Jalur alternatif: Jalan Sudirman – Jalan Diponegoro.",
    "Ruas Jalan Veteran tidak dapat dilalui mulai Sabtu (10/1/2026) pukul 06.00 WIB selama pengecoran. Kendaraan "
    "dialihkan lewat Jalan Gajah Mada.",
)
FESTIVAL = (
    "Festival Kuliner Nusantara digelar di Alun-alun Kota Contoh pada Sabtu (8/11/2025) mulai pukul 16.00 WIB. "
    "Pengunjung dapat mencicipi 60 menu khas daerah. Masuk gratis untuk umum."
)
NEW_BUS = (
    "Bus sekolah gratis mulai beroperasi Senin (5/1/2026) di Kota Contoh. Bus melayani pelajar SD dan SMP di Terminal "
    "Contoh dan Halte Pasar Baru. Bus berangkat pertama pukul 06.00 WIB."
)
MIXED_FEES = (
    "Soal biaya, pasien BPJS Kesehatan yang membawa rujukan dari puskesmas tidak dikenakan biaya. Adapun pasien umum "
    "membayar tarif jasa pelayanan Rp85.000 sekali konsultasi. Poli sore RSUD Contoh buka Senin sampai Kamis pukul "
    "14.00–20.00 WIB di gedung poliklinik lantai 2.",
    "Nikah di KUA pada hari dan jam kerja tetap gratis, tidak ada biaya. Nikah yang dilaksanakan di luar KUA atau di "
    "luar jam kerja dikenakan biaya Rp600.000 yang disetor ke kas negara. Pendaftaran nikah dilakukan di KUA "
    "kecamatan paling lambat 10 hari kerja sebelum akad.",
)
ACHIEVEMENTS = (
    "Program bedah rumah Pemerintah Kabupaten Contoh sepanjang 2025 menunjukkan hasil. Sebanyak 1.180 rumah tidak "
    "layak huni telah selesai diperbaiki di 11 kecamatan, atau 96 persen dari rencana tahun ini.\n\nHal itu "
    "disampaikan Bupati Contoh, Yohanes Bili, saat meninjau rumah warga penerima di Desa Karuni, Jumat "
    "(19/12/2025).\n\nDari jumlah tersebut, 640 rumah kini sudah berlantai semen. Sebanyak 312 keluarga juga "
    "menerima sambungan listrik baru yang dipasang bersamaan.",
    "Kerja keras menekan stunting membuahkan hasil. Jumlah balita stunting turun dari 5.912 balita menjadi 4.087 "
    "balita. Penimbangan dilakukan di 412 posyandu dengan tingkat kehadiran balita mencapai 98,2 persen, tertinggi "
    "sepanjang program berjalan. Sebanyak 1.236 keluarga berisiko stunting mendapat pendampingan rutin.",
)
REPORTS = (
    "Tarif parkir tepi jalan di Kota Contoh kini dibayar lewat QRIS. Juru parkir yang meminta lebih dari tarif "
    "resmi bisa dilaporkan. Laporan dapat disampaikan ke Command Center 112.",
    "Perekaman KTP-el keliling dilayani di kantor desa mulai Senin (2/3/2026) pukul 08.00 WITA, gratis. Pengaduan "
    "dapat disampaikan ke nomor WhatsApp 0819-0700-3321.",
)
ENGINE = OfflineEngine()


def _plan(draft: str) -> PostPlan:
    return plan_post(read_draft(draft))


def _post(draft: str, platform: str = "instagram") -> str:
    result = ENGINE.rewrite(RewriteRequest(draft=draft, platforms=[platform]))
    return result.posts[0].whole_text


def _line(draft: str, slot: Slot) -> str:
    line = _plan(draft).line(slot)
    return line.value if line else ""


@pytest.mark.parametrize("draft", OUTAGES)
def test_an_outage_asks_to_get_ready_not_to_come(draft: str) -> None:
    assert _plan(draft).action == "prepare"
    post = _post(draft)
    assert "lalu datang" not in post and "bersiap" in post


@pytest.mark.parametrize("draft", TIMETABLES)
def test_a_timetable_is_kept_not_feared(draft: str) -> None:
    assert _plan(draft).action == "schedule"
    assert "waspada" not in _post(draft).lower()


@pytest.mark.parametrize("draft", CLOSURES)
def test_a_closure_named_road_first_asks_for_the_detour(draft: str) -> None:
    assert _plan(draft).action == "detour"


def test_events_new_services_and_warnings_keep_their_calls() -> None:
    assert _plan(FESTIVAL).action == "attend"
    assert _plan(NEW_BUS).action == "use"
    warning = ("BPBD Kabupaten Contoh mengeluarkan peringatan dini banjir bagi warga bantaran Sungai Contoh. Hujan "
               "deras diperkirakan turun hingga Minggu (9/11/2025). Warga diminta waspada dan mengungsi ke GOR.")
    assert _plan(warning).action in ("alert", "report")


TRUCKS = ("Mulai Senin (9/2/2026), distribusi air bersih dilakukan bergilir dua hari sekali. Pada hari ganjil air "
          "dialirkan ke Kecamatan Utara, pada hari genap ke Kecamatan Selatan. Untuk warga yang kesulitan, dua truk "
          "air bersih ditempatkan setiap hari di Lapangan Merdeka dan halaman Kantor Kelurahan Sukamaju.")


@pytest.mark.parametrize("draft", (OUTAGES[0], OUTAGES[2], TRUCKS))
def test_tanker_points_are_where_help_is_not_the_affected_area(draft: str) -> None:
    lines = [line for line in _plan(draft).lines if line.slot == Slot.WHERE]
    help_lines = [line for line in lines if line.label == HELP]
    assert help_lines, [(line.label, line.value) for line in lines]
    assert not any("Masjid" in line.value or "Balai Desa" in line.value for line in lines if line.label == AFFECTED)


def test_a_free_tanker_beside_an_outage_says_what_is_free() -> None:
    cost = _line(OUTAGES[2], Slot.COST)
    assert "mobil tangki" in cost.lower() and cost.lower() != "gratis"


@pytest.mark.parametrize("draft", MIXED_FEES)
def test_free_and_paid_each_say_what_they_are_the_price_of(draft: str) -> None:
    cost = _line(draft, Slot.COST)
    free, paid = cost.split("; ")[0], cost.split("; ")[-1]
    assert len(free.split()) >= 4 and "biaya" in free.lower() or "gratis" in free.lower()
    assert len(paid.split()) >= 4 and "Rp" in paid
    assert "tidak ada biaya" not in cost  # free said once


def test_a_bare_fare_carries_its_passenger_and_the_rest_of_its_list() -> None:
    cost = _line(TIMETABLES[0], Slot.COST) or _plan(TIMETABLES[0]).lead  # a lead that says the fares: no line again
    assert "penumpang dewasa Rp52.000" in cost.replace("Penumpang", "penumpang")
    assert "Rp33.000" in cost and "Rp148.000" in cost


@pytest.mark.parametrize("draft", ACHIEVEMENTS)
def test_an_achievement_names_no_count_or_visit_as_its_place(draft: str) -> None:
    assert not [line for line in _plan(draft).lines if line.slot == Slot.WHERE]


def test_achievement_figures_keep_what_they_count() -> None:
    first = _line(ACHIEVEMENTS[0], Slot.FIGURES)
    assert "96 persen" not in first or "96 persen dari rencana tahun ini" in first
    assert "640 rumah kini sudah berlantai semen" in first
    second = _line(ACHIEVEMENTS[1], Slot.FIGURES).lower()
    assert "turun dari 5.912 balita menjadi 4.087 balita" in _post(ACHIEVEMENTS[1]).lower()
    assert "4.087 balita" not in second or "turun dari 5.912 balita menjadi 4.087 balita" in second
    assert "tingkat kehadiran balita mencapai 98,2 persen" in second
    for value in (first + "; " + second).split("; "):
        assert len(value.split()) >= 3, value  # no bare "96 persen"


@pytest.mark.parametrize("draft", REPORTS)
def test_a_passive_report_channel_is_a_report_line_not_a_fragment(draft: str) -> None:
    post = _post(draft)
    assert "Disampaikan ke" not in post and "disampaikan ke" not in post.split("\n\n", 1)[-1].split("📣")[-1][:20]
    assert "📣 Pengaduan: Ke" in post
    assert _plan(draft).action != "report"  # a complaint channel beside the service is no call to report


def test_a_menu_named_in_quotes_stays_with_its_app() -> None:
    draft = ("Warga diajak melaporkan jalan berlubang. Laporan dapat disampaikan melalui aplikasi Kota Berkah pada "
             "menu \"Lapor Jalan\", atau dengan mengirim foto ke WhatsApp 0812-6000-1950.")
    assert "\"Lapor Jalan\"" in _post(draft)


@pytest.mark.parametrize("draft", OUTAGES + TIMETABLES + MIXED_FEES + ACHIEVEMENTS + REPORTS)
def test_the_new_lines_invent_nothing(draft: str) -> None:
    for platform in ("instagram", "facebook", "whatsapp"):
        assert check_facts(_post(draft, platform), [draft]).ok


def test_a_closure_labels_the_way_round_apart_from_the_road_closed() -> None:
    listed = ("📢 INFO LALU LINTAS\n\nJembatan Sail di Jalan Hangtuah ditutup total mulai Senin, 12 Januari 2026 pukul "
              "21.00 WIB.\n\nJalur alternatif yang bisa dipakai:\n➡️ Dari arah barat: Jalan Imam Munandar\n➡️ Dari arah "
              "timur: Jalan Bukit Barisan\n\nInfo: 0761-45112.")
    lines = {line.label: line.value for line in _plan(listed).lines if line.slot == Slot.WHERE}
    assert "Jalan Imam Munandar" in lines.get(DETOUR, "") and "Jalan Hangtuah" in lines.get(CLOSED, "")
    said = ("Jalan Veteran ditutup total mulai Sabtu (10/1/2026) pukul 06.00 WIB. Kendaraan dialihkan lewat Jalan "
            "Gajah Mada dan Jalan Sisingamangaraja.")
    lines = {line.label: line.value for line in _plan(said).lines if line.slot == Slot.WHERE}
    assert "Gajah Mada" not in lines.get(CLOSED, "")


def test_a_time_is_not_labelled_with_its_place() -> None:
    draft = ("Festival Durian digelar Sabtu dan Minggu, 31 Januari–1 Februari 2026, bertempat di Alun-alun Contoh "
             "pukul 07.00 sampai 21.00 WIB. Pengunjung dapat masuk gratis.")
    assert "bertempat di" not in _line(draft, Slot.WHEN)


def test_free_beside_a_fare_table_says_what_is_free() -> None:
    draft = ("Kapal perintis rute Kupang–Sabu kembali berlayar mulai 2 Februari 2026.\n\nRute dan tarif (sekali "
             "jalan):\n- Kupang – Sabu: Rp41.000\n- Kupang – Raijua: Rp52.500\n- Kupang – Rote: Rp23.000\n\nTiket "
             "dijual di loket Pelni Kupang. Barang bawaan gratis sampai 40 kg per penumpang.")
    costs = [line.value for line in _plan(draft).lines if line.slot == Slot.COST]
    assert not any(value.strip().lower() == "gratis" for value in costs), costs


@pytest.mark.parametrize("sentence", (
    "Sebagai tindak lanjut, Dinas Kesehatan membuka pekan imunisasi kejar pada 1 sampai 6 Februari 2027 di "
    "24 puskesmas se-Kabupaten Contoh, setiap hari pukul 08.00 sampai 13.00 WIT.",
    "Selanjutnya, pemeriksaan gratis dibuka Senin (2/3/2026) di 15 puskesmas se-Kota Contoh mulai pukul 08.00 WITA.",
))
def test_an_achievement_keeps_a_count_of_places_said_with_a_day(sentence: str) -> None:
    draft = f"{ACHIEVEMENTS[1]}\n\n{sentence}"
    where = _line(draft, Slot.WHERE)
    assert "puskesmas" in where or "posyandu" in where
    assert "412 posyandu" not in where  # the report's own count stays a figure


@pytest.mark.parametrize("verb", ("memaparkan", "merinci", "menjelaskan"))
def test_a_reporting_verb_never_opens_the_post(verb: str) -> None:
    draft = (f"Kepala Dinas Kesehatan Kabupaten Contoh, Yohanes Bili, {verb} cakupan imunisasi dasar lengkap naik "
             "dari 61,4 persen pada 2025 menjadi 83,9 persen pada 2026. Penghargaan diserahkan di Jakarta.")
    first = _post(draft).strip().split("\n")[0]
    assert not first.lower().startswith(verb)


@pytest.mark.parametrize("cut", ("yakni", "yaitu", "antara lain"))
def test_a_lead_cut_before_its_list_ends_without_a_comma(cut: str) -> None:
    draft = ("Debit sungai masih naik karena hujan di hulu belum reda. Karena itu warga di bantaran sungai diminta "
             f"segera mengungsi ke posko yang telah disiapkan, {cut} Aula Kantor Camat Contoh, SMP Negeri 1 Contoh "
             "dan Gedung Serbaguna Contoh. Nomor darurat 112.")
    for platform in ("instagram", "x", "whatsapp"):
        assert ",." not in _post(draft, platform) and ", ." not in _post(draft, platform)


@pytest.mark.parametrize("prepare", ("puasa dari jam 10 malam sebelumnya", "tidak makan sejak pukul 22.00",
                                     "berpuasa mulai pukul 22.00 WITA malam sebelumnya"))
def test_the_time_of_a_preparation_is_no_time_of_the_service(prepare: str) -> None:
    draft = ("Cek kesehatan gratis untuk lansia digelar Sabtu, 16 Januari 2027, pukul 07.00 sampai 11.00 WITA di "
             f"Halaman Kantor Lurah Contoh. Peserta diminta {prepare} agar hasil cek gula darah akurat.")
    when = _line(draft, Slot.WHEN)
    assert "07.00" in when
    assert "22.00" not in when and "10 malam" not in when
