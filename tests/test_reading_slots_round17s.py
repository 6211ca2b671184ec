"""Round 17s: fact-sheet slots on unseen text (price headlines, website steps, free lines and relief, initials)."""

from __future__ import annotations

import pytest

from benchmarks.quality import predicted_slots


@pytest.mark.parametrize(("text", "prices"), [
    ("Beras SPHP Rp57.500 per 5 kg! Minyakita Rp15.700 per liter!\n\nBazar pangan murah hadir di kecamatan.",
     ["Beras SPHP Rp57.500 per 5 kg", "Minyakita Rp15.700 per liter"]),
    ("Operasi pasar digelar Senin.\n🍚 Beras premium: Rp68.000/5 kg\n🧴 Minyak goreng Rp16.000 per liter\nAyo datang.",
     ["Beras premium: Rp68.000/5 kg", "Minyak goreng Rp16.000 per liter"]),
    ("Gula pasir Rp16.500 per kg. Telur ayam Rp26.000 per rak. Pasar murah digelar di Kantor Camat Sukamaju.",
     ["Gula pasir Rp16.500 per kg", "Telur ayam Rp26.000 per rak"]),
])
def test_an_item_and_its_price_said_alone_is_a_cost(text: str, prices: list[str]) -> None:
    assert predicted_slots(text).get("cost") == prices


@pytest.mark.parametrize("text", [
    "Peserta pelatihan mendapat uang saku Rp50.000 per hari.\nUang transport Rp30.000 per hari.",
    "Premi asuransi sebesar Rp180.000 per tahun ditanggung negara.",
    "Para sopir mengusulkan tarif Rp6.000, namun rapat belum memutuskan.",
])
def test_money_received_or_a_clause_is_no_item_price(text: str) -> None:
    costs = predicted_slots(text).get("cost", [])
    assert not any(c.endswith(("Rp180", "Rp6", "Rp50.000 per hari", "Rp30.000 per hari")) or "mengusulkan" in c
                   for c in costs)


def test_a_headline_price_said_again_in_the_body_is_one_price() -> None:
    text = ("Beras SPHP Rp58.000 per 5 kg!\n\nPasar murah dibuka Senin. Beras SPHP Rp58.000 per 5 kg. "
            "Minyak goreng Rp15.500 per liter. Gula pasir Rp16.500 per kg. Telur ayam Rp25.000 per rak.")
    costs = predicted_slots(text)["cost"]
    assert len(costs) == len({c.lower() for c in costs}) == 4


@pytest.mark.parametrize(("text", "steps"), [
    ("Caranya, pemohon membuka laman siduta.contohkab.go.id, kemudian memilih menu Akta Kematian, lalu mengisi "
     "data almarhum dan mengunggah foto dokumen.",
     ["membuka laman siduta.contohkab.go.id", "memilih menu Akta Kematian",
      "mengisi data almarhum dan mengunggah foto dokumen"]),
    ("Caranya:\n1️⃣ mengunjungi situs resmi beasiswa.contohkab.go.id\n2️⃣ membuat akun dengan NIK\n",
     ["mengunjungi situs resmi beasiswa.contohkab.go.id", "membuat akun dengan NIK"]),
    ("Warga cukup mengunduh aplikasi Sehat Kita di Play Store, lalu memasukkan NIK, memilih puskesmas dan poli.",
     ["mengunduh aplikasi Sehat Kita di Play Store", "memasukkan NIK, memilih puskesmas dan poli"]),
])
def test_website_steps_are_each_a_how(text: str, steps: list[str]) -> None:
    assert predicted_slots(text).get("how") == steps


@pytest.mark.parametrize("text", [
    "Bila ada gangguan, hubungi Call Center 110 (gratis) selama 24 jam.",
    "Disiagakan empat unit mobil tangki air bersih gratis bagi pelanggan terdampak.",
    "Masker dibagikan gratis untuk warga yang terdampak abu vulkanik.",
    "Nasi bungkus gratis bagi para pengungsi di posko utama.",
])
def test_a_free_line_or_relief_for_the_affected_is_no_cost(text: str) -> None:
    assert "cost" not in predicted_slots(text)


@pytest.mark.parametrize("text", [
    "Pemeriksaan mata gratis bagi warga lansia.", "Vaksinasi HPV gratis untuk siswi kelas 5.",
])
def test_a_free_service_is_still_its_cost(text: str) -> None:
    assert predicted_slots(text).get("cost") == ["gratis"]


@pytest.mark.parametrize(("text", "place"), [
    ("Operasi digelar di RSUD Prof. Dr. H.M. Anwar Makkatutu pada Sabtu (5/12).",
     "RSUD Prof. Dr. H.M. Anwar Makkatutu"),
    ("Pemeriksaan lanjutan di RS dr. H.A. Rotinsulu mulai Senin.", "RS dr. H.A. Rotinsulu"),
    ("Layanan dibuka di Puskesmas Hj. A.Md. Sitti Rahma setiap hari.", "Puskesmas Hj. A.Md. Sitti Rahma"),
])
def test_initials_run_together_keep_a_place_name_whole(text: str, place: str) -> None:
    assert place in predicted_slots(text).get("where", [])


@pytest.mark.parametrize(("text", "when", "where"), [
    ("Pelayanan keliling digelar di Pasar Minggu pada Selasa (15/12) pukul 08.00 WIB, lalu di Jalan Sabtu Raya pada "
     "Kamis (17/12).", ["Selasa (15/12) pukul 08.00 WIB", "Kamis (17/12)"], ["Pasar Minggu", "Jalan Sabtu Raya"]),
    ("Jadwal:\n- Senin, 14 Desember: Kelurahan Pasar Minggu\n- Rabu, 16 Desember: Jalan Kamis Indah",
     ["Senin, 14 Desember", "Rabu, 16 Desember"], ["Kelurahan Pasar Minggu", "Jalan Kamis Indah"]),
    ("Lokasi di Terminal Pasar Minggu, Jakarta Selatan, mulai Minggu (20/12).", ["mulai Minggu (20/12)"],
     ["Terminal Pasar Minggu, Jakarta Selatan"]),
])
def test_a_weekday_inside_a_place_name_is_no_day(text: str, when: list[str], where: list[str]) -> None:
    slots = predicted_slots(text)
    assert slots.get("when") == when and slots.get("where") == where


def test_a_weekday_after_a_lowercase_word_is_still_a_day() -> None:
    text = "Pasar murah digelar Minggu (20/12) di halaman kantor camat."
    assert predicted_slots(text).get("when") == ["Minggu (20/12)"]


@pytest.mark.parametrize("hospital", ["RSUD Prof. Dr. H. Hasan Mokodompit", "RS dr. H.A. Rotinsulu",
                                      "RSUD Dr. Hj. Sitti Rahma"])
def test_a_group_is_not_cut_at_a_title_nor_runs_into_the_hospital(hospital: str) -> None:
    text = f"Wali kota membuka operasi katarak gratis bagi warga Kota Sukamaju di {hospital}, Senin (14/12)."
    assert predicted_slots(text).get("who") == ["warga Kota Sukamaju"]


@pytest.mark.parametrize(("text", "acts"), [
    ("Camat mengimbau seluruh warga untuk:\n\na. menutup rapat tempat penampungan air;\nb. tidak melakukan fogging "
     "secara mandiri, karena fogging hanya dilakukan petugas;\n\nDemikian.",
     ["menutup rapat tempat penampungan air", "tidak melakukan fogging secara mandiri"]),
    ("Bupati meminta masyarakat agar:\n1. tidak membuang puntung rokok di kebun;\n2. memakai masker apabila asap "
     "meningkat.\n", ["tidak membuang puntung rokok di kebun", "memakai masker apabila asap meningkat"]),
    ("Kalak BPBD meminta warga:\n- selalu memakai masker saat keluar rumah;\n- mengurangi kecepatan kendaraan.\n",
     ["selalu memakai masker saat keluar rumah", "mengurangi kecepatan kendaraan"]),
])
def test_the_acts_an_appeal_lists_are_each_a_how(text: str, acts: list[str]) -> None:
    how = predicted_slots(text).get("how", [])
    assert all(act in how for act in acts)


def test_a_list_after_no_asking_word_is_no_appeal() -> None:
    text = "Layanan yang tersedia:\n- perekaman KTP elektronik;\n- pencetakan kartu keluarga.\n"
    assert "how" not in predicted_slots(text)


@pytest.mark.parametrize(("text", "relief"), [
    ("Selama gangguan, PDAM menyiagakan empat unit mobil tangki air bersih gratis bagi pelanggan terdampak.",
     "empat unit mobil tangki air bersih gratis bagi pelanggan terdampak"),
    ("Dinas Sosial membagikan nasi bungkus gratis untuk para pengungsi di posko utama.",
     "nasi bungkus gratis untuk para pengungsi"),
])
def test_relief_for_the_affected_is_a_benefit(text: str, relief: str) -> None:
    from bot.core.reading import Slot, read_draft

    sheet = read_draft("Pengumuman gangguan layanan air bersih di wilayah kota.\n\n" + text)
    assert any(relief in f.text for f in sheet.of(Slot.BENEFIT))


@pytest.mark.parametrize(("text", "person"), [
    ("Ketua Baznas Kabupaten Sukamaju, K.H. M. Rasyid, mengatakan kegiatan ini terbuka.",
     "Ketua Baznas Kabupaten Sukamaju, K.H. M. Rasyid"),
    ("Ketua MUI Kota Sukamaju, KH. Abdul Gani, menyampaikan tausiah.", "Ketua MUI Kota Sukamaju, KH. Abdul Gani"),
])
def test_a_kyai_title_keeps_the_name(text: str, person: str) -> None:
    assert predicted_slots(text).get("attribution") == [person]


def test_a_group_stops_before_the_office_it_is_served_at() -> None:
    text = "Bantuan beras diberikan kepada warga lanjut usia di kantor kelurahan masing-masing mulai Senin (14/12)."
    assert all("kantor" not in w for w in predicted_slots(text).get("who", []))


@pytest.mark.parametrize(("text", "kept"), [
    ("Operasi di RSUD Prof. Dr. H.M. Anwar Makkatutu, kata Direktur dr. Andi Nurhayati.",
     "RSUD Prof. Dr. H.M. Anwar Makkatutu"),
    ("Bakti sosial di RSUD Prof. Dr. H. Hasan Mokodompit.", "RSUD Prof. Dr. H. Hasan Mokodompit"),
    ("Jalan Dr. Wahidin ditutup sementara.", "Jalan Dr. Wahidin"),
])
def test_titles_inside_an_institutions_name_are_kept_in_posts(text: str, kept: str) -> None:
    from bot.core.lexicon import strip_honorifics

    out = strip_honorifics(text)
    assert kept in out and "dr. Andi" not in out
