"""The fact sheet on draft styles met in round 7c of issue 11: numbered ministry releases, news that
opens on a quote, lettered lists, recruitment notices, levy relief after a disaster, situation updates.
Every text here is invented for the test."""

from __future__ import annotations

from bot.core.reading import DraftKind, Slot, read_draft


def texts(draft: str, slot: Slot) -> list[str]:
    return [f.text for f in read_draft(draft).of(slot)]


def test_a_purpose_phrase_and_the_organiser_are_not_part_of_the_lead() -> None:
    draft = ("Dalam rangka mendekatkan layanan kepada masyarakat, Puskesmas Sukamaju menjalankan pemeriksaan "
             "kesehatan gratis bagi warga lanjut usia. Jadwalnya Senin (7/7/2025) pukul 08.00 WIB.")
    sheet = read_draft(draft)
    assert sheet.lead is not None
    assert sheet.lead.text.startswith("pemeriksaan kesehatan gratis bagi warga lanjut usia")
    assert "Dalam rangka" not in sheet.lead.text


def test_a_lead_naming_an_act_gives_the_what() -> None:
    draft = ("SIARAN PERS\nKEMENTERIAN CONTOH\n\nLayanan Kartu Nelayan di Pelabuhan\n\n"
             "Sebagai bagian dari program tersebut, petugas membuka pendaftaran Kartu Nelayan Sejahtera tanpa biaya "
             "di Pelabuhan Perikanan Contoh pada Senin, 8 September 2025.")
    whats = texts(draft, Slot.WHAT)
    assert whats and "Kartu Nelayan Sejahtera" in whats[0]
    assert "program tersebut" not in whats


def test_a_quote_that_opens_the_news_does_not_lead_over_the_reported_service() -> None:
    draft = ('"Orang tua tidak perlu lagi keluar uang transport," kata Wali Kota Contoh, Budi Santoso, Jumat '
             '(11/7/2025).\n\nBus sekolah gratis mulai beroperasi Senin (14/7/2025) dengan dua rute untuk pelajar '
             "SD dan SMP.")
    sheet = read_draft(draft)
    assert sheet.lead is not None and sheet.lead.text.startswith("Bus sekolah gratis")


def test_case_counts_make_an_appeal_and_a_fire_brigade_is_no_fire() -> None:
    outbreak = ("Dinas Kesehatan mencatat 162 kasus campak sejak Januari, naik tiga kali lipat. Kasus terbanyak ada di "
                "Kecamatan Contoh dengan 38 kasus. Warga diimbau segera melengkapi imunisasi anak.")
    assert read_draft(outbreak).kind == DraftKind.APPEAL
    recruitment = ("Dinas Pemadam Kebakaran Kabupaten Contoh membuka pendaftaran relawan pemadam kebakaran bagi "
                   "warga berusia 18 sampai 35 tahun. Pendaftaran dibuka 2 sampai 16 Juni 2025 melalui formulir "
                   "daring. Kuota: 60 orang.")
    assert read_draft(recruitment).kind == DraftKind.SERVICE
    assert "60 orang" in texts(recruitment, Slot.QUOTA)


def test_levy_relief_after_a_fire_is_a_service() -> None:
    draft = ("Pemerintah Kota Contoh memberikan pembebasan retribusi pelayanan pasar selama enam bulan bagi "
             "pedagang yang kiosnya terdampak kebakaran. Pedagang juga mendapat keringanan sewa kios sebesar 50 "
             "persen. Permohonan diajukan paling lambat 31 Oktober 2025.")
    sheet = read_draft(draft)
    assert sheet.kind == DraftKind.SERVICE
    assert sheet.lead is not None and sheet.lead.text.startswith("pembebasan retribusi pelayanan pasar")
    assert "50 persen" not in texts(draft, Slot.FIGURES)


def test_a_lettered_list_of_requirements_gives_each_item() -> None:
    draft = ("Pendaftaran relawan dibuka bagi warga Kabupaten Contoh.\n\nPersyaratan:\na. sehat jasmani dan rohani;\n"
             "b. pendidikan paling rendah SMA sederajat;\nc. memiliki surat rekomendasi dari Lurah.\n")
    assert texts(draft, Slot.REQUIREMENTS) == ["sehat jasmani dan rohani", "pendidikan paling rendah SMA sederajat",
                                              "memiliki surat rekomendasi dari Lurah"]


def test_an_allotment_per_recipient_is_a_quota_not_a_figure() -> None:
    draft = ("Bantuan pangan disalurkan mulai Senin (4/8/2025). Setiap penerima mendapat beras 10 kilogram per "
             "keluarga penerima manfaat (KPM) di kantor desa.")
    assert texts(draft, Slot.QUOTA) == ["10 kilogram per keluarga penerima manfaat (KPM)"]
    assert texts(draft, Slot.FIGURES) == []


def test_people_named_together_are_a_group() -> None:
    draft = ("Banjir merendam tiga desa sejak Senin (3/3/2025). Lansia, ibu hamil, dan balita diprioritaskan untuk "
             "dievakuasi lebih dulu. Bus sekolah melayani pelajar SD, SMP, dan SMA yang mengenakan seragam.")
    who = texts(draft, Slot.WHO)
    assert "Lansia, ibu hamil, dan balita" in who
    assert any(w.startswith("pelajar SD, SMP, dan SMA") for w in who)


def test_a_lettered_place_list_ends_where_the_outer_numbered_list_goes_on() -> None:
    draft = ("Program penghapusan denda pajak berlaku dengan ketentuan:\n"
             "1. Pembayaran dapat dilakukan di:\n   a. Kantor Bapenda, Jl. Merdeka No. 10 Contoh;\n"
             "   b. Posko Kecamatan Timur, Jl. Raya Timur No. 5.\n"
             "2. Informasi lebih lanjut dapat menghubungi (031) 555 1234.\n")
    where = texts(draft, Slot.WHERE)
    assert "Kantor Bapenda, Jl. Merdeka No. 10 Contoh" in where
    assert "Posko Kecamatan Timur, Jl. Raya Timur No. 5" in where
    assert not any(w.startswith("Informasi") for w in where)


def test_a_detour_is_how_to_get_through() -> None:
    draft = ("Jalan Contoh ditutup total mulai Senin (7/7/2025). Kendaraan dari arah utara dapat melalui Jalan Melati "
             "lalu Jalan Mawar. Pengguna jalan dari dan ke pelabuhan diminta melalui jalur lingkar timur.")
    how = texts(draft, Slot.HOW)
    assert "melalui Jalan Melati lalu Jalan Mawar" in how
    assert "melalui jalur lingkar timur" in how


def test_what_else_citizens_receive_is_a_benefit_beside_the_lead() -> None:
    draft = ("Pemkab Contoh membuka pelatihan menjahit gratis bagi perempuan kepala keluarga mulai Senin (7/7/2025). "
             "Peserta yang lulus mendapat sertifikat kompetensi dan satu unit mesin jahit. Seluruh biaya pelatihan "
             "ditanggung pemerintah daerah.")
    benefits = texts(draft, Slot.BENEFIT)
    assert benefits[0].startswith("pelatihan menjahit gratis")
    assert "sertifikat kompetensi dan satu unit mesin jahit" in benefits
    assert any("ditanggung pemerintah" in b for b in benefits)


def test_a_price_lists_first_item_keeps_the_name_said_before_dijual() -> None:
    sheet = read_draft("Di pasar murah, beras dijual Rp10.000 per kilogram, gula Rp13.000 per kilogram dan "
                       "telur Rp25.000 per kilogram.")
    shown = [fact.display or fact.text for fact in sheet.of(Slot.COST)]
    assert shown == ["beras Rp10.000 per kilogram", "gula Rp13.000 per kilogram", "telur Rp25.000 per kilogram"]
    single = read_draft("Minyak goreng yang dijual Rp14.000 per liter.")
    assert [fact.text for fact in single.of(Slot.COST)] == ["Rp14.000 per liter"]
