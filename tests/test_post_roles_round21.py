"""Round 21p (issue 11): posts an officer would publish unchanged. Each test is a draft written for the test
in the shape of a class an editor found on unseen drafts (not their words): one event per "Kapan" line,
a place under what citizens do there, a free thing that says what is free, no fact said twice."""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from bot.offline.post_plan import plan_post

TRAINING = (
    "Balai Latihan Kerja Kabupaten Contoh membuka pendaftaran pelatihan menjahit tanpa biaya untuk 48 orang. "
    "Pendaftaran ditutup Jumat, 8 Mei 2026. Peserta yang lolos berkas akan mengikuti tes tertulis pada "
    "Selasa (12/5/2026) di kantor balai.\n\n"
    "Pelatihan dimulai Senin, 25 Mei 2026 dan berlangsung selama dua puluh hari kerja."
)


def _lines(text: str) -> dict[str, str]:
    plan = plan_post(read_draft(text))
    return {line.label: line.value for line in plan.lines}


def test_a_selection_day_is_no_part_of_the_offers_kapan() -> None:
    lines = _lines(TRAINING)
    kapan = lines.get("Kapan", "")
    assert "25 Mei 2026" in kapan and "12" not in kapan.replace("25", "")
    assert "Pelatihan dimulai" in kapan  # beside a selection line, the Kapan says what starts
    assert "12/5/2026" in lines.get("Seleksi", "") or "12 Mei" in lines.get("Seleksi", "")


SHELTERS = (
    "Banjir merendam 300 rumah di Desa Hulu dan Desa Hilir, Kabupaten Contoh, Senin (4/5/2026).\n\n"
    "Kepala BPBD Kabupaten Contoh meminta warga di bantaran sungai segera mengungsi ke tempat yang lebih tinggi.\n\n"
    "Pemerintah daerah telah membuka dua lokasi pengungsian, yaitu Gedung Serbaguna Hulu dan Aula Kantor Camat "
    "Hilir. Warga dapat menghubungi posko di nomor 0812-1111-3333."
)


def test_shelters_named_after_a_frame_the_reading_cut_stay_shelters() -> None:
    lines = _lines(SHELTERS)
    assert "Gedung Serbaguna Hulu" in lines.get("Tempat mengungsi", "")
    assert "Gedung Serbaguna Hulu" not in lines.get("Di mana", "")


ASH = (
    "Status Gunung Contoh naik ke Level II (Waspada) sejak Senin (4/5/2026). Warga dan wisatawan diminta tidak "
    "mendekati kawah dalam radius 2 kilometer.\n\n"
    "Warga yang tinggal di Kelurahan Atas dan Kelurahan Lereng diminta waspada terhadap aliran lahar saat hujan.\n\n"
    "Masker gratis dapat diambil di seluruh puskesmas di Kota Contoh setiap hari pukul 08.00 sampai 15.00 WIT."
)


def test_a_free_thing_beside_a_warning_says_what_is_free_and_labels_its_time_and_place() -> None:
    lines = _lines(ASH)
    assert lines.get("Biaya", "").lower().startswith("masker")  # not "Gratis" alone
    assert any(label.startswith("Kapan (masker") for label in lines), lines
    assert any(label.startswith("Di mana (masker") and "puskesmas" in value for label, value in lines.items()), lines
    assert "Kelurahan Atas" in lines.get("Wilayah rawan", ""), lines  # where to stay alert, no place to go


CLINIC = (
    "Posko kesehatan dibuka di tiga lokasi pengungsian akibat banjir di Kecamatan Contoh, Senin (4/5/2026). Di "
    "setiap lokasi tersedia makanan siap saji dari dapur umum tiga kali sehari serta pemeriksaan kesehatan dan "
    "obat-obatan gratis dari tim puskesmas sampai air surut. Warga diminta tetap waspada dan segera mengungsi."
)


def test_a_free_word_in_a_long_sentence_takes_the_noun_phrase_it_closes() -> None:
    from bot.offline.post_costs import free_thing

    sheet = read_draft(CLINIC)
    fact = next(f for f in sheet.of(Slot.COST) if f.text.lower() == "gratis")
    assert free_thing(sheet, fact) == "Pemeriksaan kesehatan dan obat-obatan gratis"


MARKET = (
    "Dinas Ketahanan Pangan Kabupaten Contoh menggelar pasar murah di empat lokasi. Pertama di Lapangan Merdeka "
    "pada Selasa, 8 Desember 2026; kemudian di halaman Kantor Kecamatan Utara pada Kamis, 10 Desember 2026; "
    "selanjutnya Pasar Tempel Sukamaju, Kecamatan Barat pada Senin, 14 Desember 2026; dan ditutup di Stadion "
    "Kota Contoh pada Rabu, 16 Desember 2026. Beras dijual Rp55.000 per lima kilogram."
)


def test_each_stop_keeps_its_own_place_written_on_the_drafts_side() -> None:
    value = _lines(MARKET).get("Jadwal", "")
    assert "14 Desember 2026 di Pasar Tempel Sukamaju" in value, value
    assert "16 Desember 2026 di Stadion Kota Contoh" in value, value


REPEATED = (
    "Warga di bantaran Sungai Contoh agar segera mengungsi ke tempat yang lebih tinggi. Banjir merendam "
    "200 rumah di Desa Hilir, Senin (4/5/2026).\n\n"
    "Kepala BPBD Kabupaten Contoh meminta:\n"
    "1. Warga di bantaran Sungai Contoh agar segera mengungsi ke tempat yang lebih tinggi, utamakan anak-anak "
    "dan lansia.\n"
    "2. Matikan aliran listrik sebelum meninggalkan rumah.\n"
    "3. Bawa dokumen penting di dalam kantong plastik.\n"
)


def test_an_ask_the_lead_says_is_not_said_again() -> None:
    plan = plan_post(read_draft(REPEATED))
    asks = next(line for line in plan.lines if line.label == "Imbauan")
    assert plan.lead.startswith("Warga di bantaran Sungai Contoh")
    assert not any(row.startswith("Warga di bantaran") for row in asks.rows), asks.rows
    assert any(row.startswith("Utamakan anak-anak") for row in asks.rows), asks.rows


def test_a_line_the_lead_says_whole_goes() -> None:
    from bot.offline.fact_line import FactLine
    from bot.offline.post_repeats import without_repeats

    lead = ("Beras SPHP lima kilogram seharga Rp58.000, minyak goreng Rp15.000 per liter serta gula Rp16.500 per "
            "kilogram.")
    price = FactLine(Slot.COST, "Harga", "Komoditas yang dijual antara lain beras SPHP lima kilogram seharga Rp58.000, "
                     "minyak goreng Rp15.000 per liter serta gula Rp16.500 per kilogram")
    other = FactLine(Slot.COST, "Harga", "Telur Rp26.000 per kilogram dan tepung Rp12.000 per kilogram di semua lokasi")
    assert without_repeats((price, other), lead) == (other,)


def test_a_demonstrative_or_a_preposition_is_no_verb() -> None:
    from bot.offline.post_lead import readable

    assert not readable("Pameran tersebut pada hari pertama.")
    assert not readable("Bantuan tersebut melalui kantor desa masing-masing.")
    assert readable("Pameran tersebut dibuka pada hari pertama.")


FAIR = (
    "Contoh (ANTARA) - Pemerintah Kota Contoh melalui Dinas Tenaga Kerja akan menggelar Contoh Job Fair 2026 yang "
    "menghadirkan dua puluh perusahaan dengan sekitar 900 lowongan kerja bagi pencari kerja di daerah itu.\n\n"
    "Bursa kerja digelar Selasa, 15 Desember 2026, di GOR Contoh mulai pukul 09.00 WIB. Pengunjung tidak dipungut "
    "biaya apa pun."
)


def test_a_lead_that_is_the_object_of_a_named_relative_clause_keeps_the_name() -> None:
    plan = plan_post(read_draft(FAIR))
    assert plan.lead.startswith("Contoh Job Fair 2026 yang menghadirkan"), plan.lead


FESTIVAL = (
    "Pemerintah Kabupaten Contoh akan menggelar Festival Tepi Sungai pada 26 sampai 30 Desember 2026 di Taman Kota "
    "Contoh. Festival dibuka setiap hari pukul 16.00 hingga 23.00 WIB dan pengunjung tidak dipungut biaya masuk.\n\n"
    "Selain itu, pada Minggu (27/12/2026) pukul 07.00–11.00 WIB akan ada pengobatan gratis oleh RSUD Contoh di "
    "area festival. Informasi: 0812-3333-4444."
)


def test_two_dated_events_get_a_line_each() -> None:
    lines = _lines(FESTIVAL)
    festival = next(label for label, value in lines.items() if "26–30 Desember 2026" in value)
    clinic = next(label for label, value in lines.items() if "27 Desember 2026" in value)
    assert festival != clinic, lines  # each event its own line, the one the lead is not about by its name
    assert {festival, clinic} in ({"Kapan", "Pengobatan gratis"}, {"Kapan", "Festival Tepi Sungai"}), lines


TWO_SERVICES = (
    "Dinas Peternakan Kabupaten Contoh membuka dua layanan bagi pemilik hewan peliharaan.\n\n"
    "Pertama, vaksinasi rabies gratis untuk anjing dan kucing pada Sabtu, 12 Desember 2026, pukul 08.00 hingga 12.00 "
    "WITA di halaman Puskeswan Kota Contoh. Kedua, sterilisasi kucing pada Minggu, 13 Desember 2026 di Klinik Hewan "
    "Contoh dengan biaya Rp150.000 per ekor."
)


def test_a_lead_does_not_open_with_the_drafts_ordinal() -> None:
    plan = plan_post(read_draft(TWO_SERVICES))
    assert not plan.lead.lower().startswith("pertama"), plan.lead


DENGUE = (
    "Pemkab Contoh mengajak warga mewaspadai demam berdarah yang kasusnya meningkat di musim hujan.\n\n"
    "Bubuk larvasida dibagikan gratis kepada warga di seluruh puskesmas dengan menunjukkan KTP atau kartu JKN.\n\n"
    "Warga diminta menguras tempat penampungan air seminggu sekali."
)


def test_a_topic_tag_is_never_a_document_asked_for() -> None:
    from bot.offline.post_tags import topic_tag

    assert topic_tag(read_draft(DENGUE)).lower() != "jkn"


def test_a_list_of_names_under_one_head_is_kept_whole() -> None:
    from bot.core.reading import Fact
    from bot.offline.post_places import whole_names

    draft = "Warga yang tinggal di Kelurahan Atas, Lereng dan Kaki Bukit diminta waspada."
    span = "Warga yang tinggal di Kelurahan Atas"
    fact = Fact(Slot.WHO, span, 0, len(span))
    assert whole_names(draft, fact, span) == "Warga yang tinggal di Kelurahan Atas, Lereng dan Kaki Bukit"
    lone = "Kantor Kelurahan Atas, Kota Contoh."  # no "dan": no list of names
    assert whole_names(lone, Fact(Slot.WHERE, "Kantor Kelurahan Atas", 0, 21), "Kantor Kelurahan Atas") == (
        "Kantor Kelurahan Atas")


EYES = (
    "Dinas Kesehatan Kota Contoh menghadirkan pemeriksaan mata GRATIS plus kacamata GRATIS buat:\n"
    "🧒 anak sekolah usia 7–15 tahun\n"
    "👵 lansia usia 60 tahun ke atas\n\n"
    "📅 Minggu, 13 Desember 2026\n⏰ pukul 06.00 sampai 10.00 WITA\n📍 tenda Dinkes di Taman Kota Contoh"
)


def test_a_lead_cut_before_its_list_takes_the_list() -> None:
    from bot.offline.post_tail import with_list

    draft = "Ada pemeriksaan mata gratis buat:\n- anak usia 7–15 tahun\n- lansia\n\nDatang langsung."
    lead = "Ada pemeriksaan mata gratis buat"
    assert with_list(draft, len(lead), lead) == "Ada pemeriksaan mata gratis buat anak usia 7–15 tahun dan lansia."
    plan = plan_post(read_draft(EYES))
    assert "anak sekolah usia 7–15 tahun" in plan.lead and "60 tahun" in plan.lead, plan.lead


def test_a_fee_that_points_back_names_its_service_and_a_shared_price_is_said_once() -> None:
    lines = _lines(TWO_SERVICES.replace(
        "Kedua, sterilisasi kucing pada Minggu, 13 Desember 2026 di Klinik Hewan Contoh dengan biaya Rp150.000 per "
        "ekor.",
        "Kedua, sterilisasi kucing dan anjing pada Minggu, 13 Desember 2026 di Klinik Hewan Contoh. Layanan ini "
        "dikenakan biaya sesuai Perda retribusi, yakni Rp150.000 per ekor untuk kucing dan Rp250.000 per ekor untuk "
        "anjing."))
    cost = lines.get("Biaya", "")
    assert "Sterilisasi kucing dan anjing dikenakan biaya" in cost, cost
    assert cost.count("Rp150.000") == 1, cost


def test_a_passive_speech_frame_on_an_occasion_gives_its_content() -> None:
    draft = ("CONTOH – Wakil Bupati Contoh didampingi Kepala Dinas Perhubungan meninjau fasilitas pengujian "
             "yang baru direnovasi, Kamis (3/12/2026). Dalam kesempatan itu disampaikan bahwa uji berkala "
             "kendaraan (KIR) untuk pikap milik petani dibebaskan dari retribusi selama Desember 2026.\n\n"
             "Pengujian dilayani di UPT Pengujian Kendaraan Bermotor Contoh, Senin sampai Sabtu pukul "
             "07.30–14.00 WIB.")
    sheet = read_draft(draft)
    kir = next(c for c in sheet.clauses if "uji berkala kendaraan" in c.text)
    assert not kir.ceremonial and kir.text.startswith("uji berkala"), kir


def test_a_steps_venue_goes_with_the_step_not_under_di_mana() -> None:
    draft = TRAINING.replace("pada Selasa (12/5/2026) di kantor balai.", "pada Selasa (12/5/2026) di Gedung Uji "
                             "Kompetensi Contoh.")
    lines = _lines(draft)
    assert "Gedung Uji Kompetensi Contoh" in lines.get("Seleksi", ""), lines
    assert "Gedung Uji Kompetensi Contoh" not in lines.get("Di mana", ""), lines


ASKED_FIRST = (
    "Kasus demam berdarah di Kabupaten Contoh meningkat di musim hujan.\n\n"
    "Sekda mengimbau setiap keluarga melakukan pemberantasan sarang nyamuk minimal sekali seminggu, yaitu menguras "
    "dan menutup tempat penampungan air.\n\n"
    "Sekda juga berterima kasih kepada puskesmas yang menyediakan bubuk larvasida yang dibagikan gratis kepada warga "
    "di seluruh puskesmas dengan menunjukkan KTP."
)


def test_an_appeal_leads_with_what_it_asks_not_with_the_help_beside_it() -> None:
    plan = plan_post(read_draft(ASKED_FIRST))
    assert plan.sheet.kind.value == "appeal"
    assert plan.lead.startswith("Setiap keluarga diimbau melakukan pemberantasan sarang nyamuk"), plan.lead


RELEASE = (
    "SIARAN PERS\n\nKemnaker Buka 60 Kursi Pelatihan Gratis\n\n"
    "Jakarta, 4 Desember 2026 — \"Anak-anak muda di daerah tidak boleh hanya jadi penonton di tanah sendiri,\" kata "
    "Menteri Ketenagakerjaan.\n\n"
    "Balai Pelatihan Vokasi Contoh membuka pendaftaran pelatihan berbasis kompetensi tanpa biaya untuk 60 orang. "
    "Kejuruan yang dibuka meliputi las, barista dan menjahit pakaian. Pendaftaran ditutup Jumat, 11 Desember 2026."
)


def test_a_quoted_remark_with_a_negation_is_no_context_line() -> None:
    context = " ".join(plan_post(read_draft(RELEASE)).context)
    assert "penonton" not in context, context
