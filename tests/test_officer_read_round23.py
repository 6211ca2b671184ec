"""Round 23: the classes an officer's read of the sealed batches 22t and 23 found (issue 11).

Texts are written for these tests; each shows a pattern, none is a draft of the data set.
"""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from bot.core.reading.clauses import is_ceremonial
from tests.support.reading_checks import instagram_post, marked_line, slot_texts


def _body(post: str) -> list[str]:
    """The post's sentences before its fact lines: the lead and the context lines."""
    lines = [line for line in post.splitlines() if line.strip()]
    return [line for line in lines if line[:1].isalpha()]


RETRIBUTION_RELIEF = (
    "TAKENGON – Realisasi retribusi pasar Kabupaten Aceh Tengah sampai Oktober 2026 baru mencapai 58 persen. Angka itu "
    "dibahas dalam rapat evaluasi yang dipimpin Sekretaris Daerah di Ruang Rapat Setdakab, Rabu (2/12/2026).\n\n"
    "Sekda meminta para camat aktif mengunjungi pedagang dan memastikan kartu retribusi terbagi merata. \"Ini untuk "
    "pasar kita sendiri, jangan ada lagi alasan menunggak,\" katanya.\n\n"
    "Pemkab Aceh Tengah menghapus seluruh tunggakan retribusi kios bagi pedagang yang membayar retribusi bulan "
    "berjalan mulai Senin, 7 Desember hingga Kamis, 31 Desember 2026. Sebagai contoh, pedagang dengan retribusi "
    "bulanan Rp90.000 dan tunggakan Rp400.000 cukup membayar Rp90.000. Pembayaran di loket UPTD Pasar Bale "
    "Atu dengan membawa kartu retribusi."
)


def test_an_example_s_amounts_are_no_price_and_a_start_day_is_no_part_of_the_group() -> None:
    sheet = read_draft(RETRIBUTION_RELIEF)
    costs = [f.text for f in sheet.of(Slot.COST)]
    assert not any("90.000" in c or "400.000" in c for c in costs)  # one trader's case, not the price
    assert any(w.endswith("bulan berjalan") for w in slot_texts(RETRIBUTION_RELIEF, Slot.WHO))
    assert not any("mulai" in w for w in slot_texts(RETRIBUTION_RELIEF, Slot.WHO))


def test_officials_asked_to_act_and_an_exhortation_are_no_way_for_citizens() -> None:
    hows = slot_texts(RETRIBUTION_RELIEF, Slot.HOW)
    assert not any("mengunjungi pedagang" in h for h in hows)  # the camat's task
    assert not any(h.lower().startswith("jangan ada") for h in hows)
    assert "Caranya: Kunjungi" not in instagram_post(RETRIBUTION_RELIEF)


def test_a_figure_pointed_back_at_is_no_context_line_of_a_service() -> None:
    post = instagram_post(RETRIBUTION_RELIEF)
    assert post.splitlines()[0].startswith("Pemkab Aceh Tengah menghapus seluruh tunggakan retribusi kios")
    assert not any(line.startswith("Angka itu") for line in _body(post))
    assert not any(line.startswith("Kartu retribusi") for line in _body(post))  # what is left of the camat's task
    assert "Oktober" not in marked_line(post, "📅")  # the period a result is counted to is no time to come


SALE_WITH_QUEUE = (
    "Pasar Murah Keliling Tiga Kecamatan\n\n"
    "MUARA ENIM – Sejak pukul enam pagi warga sudah mengantre di halaman Kantor Camat Lawang Kidul, Selasa "
    "(8/12/2026). Mereka menunggu dibukanya pasar murah yang digelar Pemkab Muara Enim bersama Bulog.\n\n"
    "\"Beras medium lima kilogram kami jual enam puluh ribu rupiah. Tapi satu KK cuma boleh ambil satu karung,\" "
    "kata Kepala Dinas Perdagangan, Rahmat Hidayat. Minyak goreng dijual Rp15.000 per liter, jauh di bawah harga "
    "pasar yang sudah menyentuh Rp19.000 per liter.\n\n"
    "Warga diminta membawa fotokopi KK. Panitia menyediakan jalur khusus bagi lansia dan ibu hamil di sisi kiri "
    "tenda. Kadis juga meminta warga datang dengan tertib dan tidak berebut."
)


def test_a_price_in_words_from_a_quote_a_quota_in_everyday_words_and_no_market_price() -> None:
    sheet = read_draft(SALE_WITH_QUEUE)
    costs = [f.text for f in sheet.of(Slot.COST)]
    assert "enam puluh ribu rupiah" in costs
    assert "Rp15.000 per liter" in costs
    assert not any("19.000" in c for c in costs)  # what the market asks, not the sale
    assert any("cuma boleh ambil satu karung" in q for q in slot_texts(SALE_WITH_QUEUE, Slot.QUOTA))
    assert not any("ambil satu karung" in h for h in slot_texts(SALE_WITH_QUEUE, Slot.HOW))


def test_a_priority_lane_and_the_people_asked_to_keep_order_are_no_audience() -> None:
    who = slot_texts(SALE_WITH_QUEUE, Slot.WHO)
    assert not any("ibu hamil" in w for w in who)
    assert not any("tertib" in w for w in who)
    post = instagram_post(SALE_WITH_QUEUE)
    assert "sisi kiri tenda" not in marked_line(post, "👥")
    assert not any(line.startswith("Mereka ") for line in _body(post))


def test_a_group_with_its_own_verb_stays_whole_after_an_asking_word() -> None:
    draft = ("Dinas Kesehatan meminta warga yang pernah dihubungi oknum yang mengaku petugas imunisasi segera "
             "melapor ke puskesmas terdekat.")
    assert any(w.startswith("warga yang pernah dihubungi") for w in slot_texts(draft, Slot.WHO))


HEALTH_LAUNCH = (
    "Pemkab Kebumen Ajak Perempuan Periksa Dini\n\n"
    "KEBUMEN – Bupati Kebumen yang diwakili Asisten Pemerintahan meluncurkan Gerakan Kebumen Sehat di Pendopo "
    "Kabupaten, Selasa (1/12/2026), yang ditandai dengan dimulainya pemeriksaan tekanan darah dan gula darah gratis "
    "bagi warga usia 40 tahun ke atas. Pemeriksaan dibuka 7–23 Desember 2026 di seluruh puskesmas, Senin sampai "
    "Sabtu pukul 08.00–12.00 WIB. Warga cukup membawa KTP."
)


def test_what_a_launch_starts_leads_without_the_launch() -> None:
    first = instagram_post(HEALTH_LAUNCH).splitlines()
    lead = next(line for line in first if line[:1].isalpha())
    assert lead.startswith("Pemeriksaan tekanan darah dan gula darah gratis")
    assert "meluncurkan" not in lead and "diwakili" not in lead


PRAISED_RELIEF = (
    "Gubernur Buka Pekan Budaya, Apresiasi Kebijakan Pemkab Gayo Lues\n\n"
    "BLANGKEJEREN – Gubernur Aceh yang diwakili Staf Ahli membuka Pekan Budaya Gayo Lues di Lapangan Pacuan Kuda, "
    "Sabtu (5/12/2026). Dalam sambutannya, Gubernur menyampaikan apresiasi atas langkah Pemerintah Kabupaten Gayo "
    "Lues yang menggratiskan biaya balik nama kendaraan bermotor bagi warga yang mengurusnya sampai 31 Desember "
    "2026. Layanan dibuka di Kantor Samsat Blangkejeren, Senin sampai Jumat pukul 08.00–14.00 WIB."
)


def test_a_relief_inside_a_praise_leads_with_who_grants_it() -> None:
    post = instagram_post(PRAISED_RELIEF)
    lead = next(line for line in post.splitlines() if line[:1].isalpha())
    assert lead.startswith("Pemerintah Kabupaten Gayo Lues menggratiskan biaya balik nama kendaraan bermotor")
    assert "apresiasi" not in lead.lower()


def test_a_symbolic_handover_and_a_certificate_handed_over_are_ceremony() -> None:
    assert is_ceremonial("ditandai dengan penyerahan paket sembako secara simbolis kepada warga lansia")
    assert is_ceremonial("sekaligus menyerahkan piagam penghargaan kepada Pemkab Sleman")
    assert not is_ceremonial("paket sembako dijual seharga Rp75.000 di lima kecamatan")


def test_a_subject_left_with_only_its_venue_and_hour_is_no_context_line() -> None:
    draft = (
        "SIM Keliling Hadir di Tiga Kecamatan\n\n"
        "Kapolres Pringsewu yang diwakili Kasat Lantas membuka layanan SIM keliling tahap pertama tersebut bertempat "
        "di halaman Kantor Kecamatan Gadingrejo pada pukul 08.30 WIB, didampingi camat dan kapolsek. Perpanjangan SIM "
        "A dan C dilayani Senin, 14 Desember 2026 di Kecamatan Gadingrejo dan Rabu, 16 Desember 2026 di Kecamatan "
        "Pagelaran, pukul 08.00–12.00 WIB. Pemohon membawa KTP asli dan SIM lama."
    )
    assert not any("tersebut, bertempat" in line or line.endswith("pada pukul 08.30 WIB.")
                   for line in _body(instagram_post(draft)))


def test_the_thing_a_report_is_about_never_ends_inside_a_decimal() -> None:
    draft = ("Pada evaluasi tahun 2025, indeks reformasi birokrasi Kabupaten Sleman tercatat 3,41 dan naik "
             "menjadi 3,62 pada 2026. Pemkab Sleman menargetkan predikat sangat baik.")
    sheet = read_draft(draft)
    whats = [f.text for f in sheet.of(Slot.WHAT)]
    assert whats and not any(w.endswith(("3", "tercatat 3")) for w in whats), whats
