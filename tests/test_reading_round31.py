"""Round 31 of issue 11: a verb's subject never cut inside a word, a reflexive "mencanangkan diri" that is no
ceremony frame, a side offer ("Selain khitanan, panitia juga ...") that does not lead over the thing it adds to, a
regency's other name in the gazetteer ("OKU Timur"), numbers a radio script reads out in words, and age rules with
the number repeated in brackets or an upper limit "sampai di bawah".

Texts are our own, written in the shapes the sealed batch showed.
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.gazetteer import place_names
from bot.core.reading import read_draft
from bot.offline.ages import age_allowed
from tests.support.reading_checks import instagram_post as _post

STEPS = (
    "PENGUMUMAN\n\n"
    "Pendaftaran bantuan biaya pendidikan dibuka mulai Senin, 1 Februari 2027.\n\n"
    "Tata cara pendaftaran:\n"
    "1. Pelamar mengisi formulir melalui laman beasiswa.contohkab.go.id.\n"
    "2. Pelamar yang tidak memiliki akses internet dapat mendaftar langsung di Kantor Dinas Sosial, pada hari kerja "
    "pukul 08.00–14.00 WIB.\n"
)


def test_a_steps_subject_is_taken_whole_never_from_inside_a_word() -> None:
    post = _post(STEPS)
    line = next(line for line in post.splitlines() if "mendaftar langsung" in line)
    assert "Pelamar yang tidak memiliki akses internet dapat mendaftar langsung" in line
    assert "emiliki akses" not in line.replace("memiliki", "")


def test_a_reflexive_verb_is_no_ceremony_frame() -> None:
    draft = ("Ia memaparkan perjalanan Kabupaten Contoh sejak mencanangkan diri sebagai kabupaten hijau, mulai dari "
             "penyusunan perda hingga pembinaan kelompok tani.")
    texts = [c.text for c in read_draft(draft).clauses]
    assert not any(t.lower().startswith("diri ") for t in texts)
    assert any("mencanangkan diri sebagai kabupaten hijau" in t for t in texts)


SIDE_OFFER = (
    "Sekda Buka Sunatan Massal HUT Kabupaten di Hulu, Ratusan Warga Manfaatkan Pengobatan Gratis\n\n"
    "HULU – Halaman Puskesmas Hulu pagi itu ramai sejak subuh. Sekda Contoh, yang mewakili Bupati, membuka secara "
    "resmi Bakti Sosial Sunatan Massal dan Pengobatan Gratis dalam rangka HUT Kabupaten, Sabtu (16/1/2027), "
    "didampingi Kadis Kesehatan dan para camat.\n\n"
    "Ketua panitia melaporkan sebanyak seratus anak telah terdaftar. Putaran berikutnya digelar di Puskesmas "
    "Hilir pada Sabtu, 23 Januari 2027.\n\n"
    "Selain sunatan, panitia juga membuka layanan pengobatan umum gratis bagi masyarakat segala usia mulai pukul "
    "08.30 sampai 12.00 WIB."
)
BACKGROUND_FIRST = (
    "CONTOH – Bupati Contoh meninjau desa-desa yang terendam banjir di Kecamatan Hilir, Selasa (5/1/2027).\n\n"
    "Selain bantuan logistik, Pemkab Contoh melalui Disdukcapil membuka layanan darurat untuk mengganti dokumen "
    "kependudukan yang hilang atau rusak terbawa banjir tanpa biaya, mulai Kamis (7/1/2027) di Kantor Camat Hilir."
)


def test_a_side_offer_does_not_lead_over_the_thing_it_adds_to() -> None:
    lead = read_draft(SIDE_OFFER).lead
    assert lead is not None and not lead.text.startswith("Selain")
    assert "sunatan massal" in lead.text.lower()


def test_a_clause_after_background_named_by_selain_still_leads() -> None:
    lead = read_draft(BACKGROUND_FIRST).lead
    assert lead is not None and "mengganti dokumen" in lead.text


def test_a_regencys_other_name_in_brackets_is_a_place_and_its_tag() -> None:
    names = place_names()
    assert ("oku", "timur") in names and ("ogan", "komering", "ulu", "timur") in names and ("sidrap",) in names
    assert not any("(oku" in word for key in names for word in key)
    draft = ("Pemerintah Kabupaten OKU Timur menghapus denda PBB-P2 untuk tunggakan tahun 2014 sampai 2025, "
             "berlaku hingga 31 Desember 2026. Pembayaran bisa lewat teller Bank Sumsel Babel atau loket Bapenda "
             "OKU Timur di Martapura.")
    post = _post(draft)
    assert "#OKUTimur" in post and "#Babel" not in post


SCRIPT = ("Anggaran program tahun ini sebesar empat belas koma dua miliar rupiah. Jumlah rumah tidak layak huni turun "
          "dari tiga ribu seratus enam puluh unit menjadi dua ribu tujuh ratus empat puluh delapan unit. Hubungi "
          "nomor nol delapan dua tiga, tujuh satu empat empat, lima nol dua enam. Daftar paling lambat tiga hari "
          "sebelum hari pelaksanaan di Kantor Desa Wamsisi.")


def test_numbers_read_out_in_words_support_the_digits_a_post_writes() -> None:
    good = ("Anggaran Rp14,2 M. Rumah tidak layak huni turun dari 3.160 jadi 2.748 unit. Hubungi 0823-7144-5026. "
            "Daftar maks. 3 hari sebelum Hari-H di Ds Wamsisi.")
    assert check_facts(good, [SCRIPT]).ok, check_facts(good, [SCRIPT]).invented
    for wrong in ("Anggaran Rp14,3 M.", "Tinggal 2.749 unit.", "Hubungi 0823-7144-5027.", "Datang ke Ds Wamsisa."):
        assert not check_facts(wrong, [SCRIPT]).ok, wrong


def test_an_age_limit_with_its_number_in_brackets_is_read() -> None:
    rule = "Pendaftar berusia paling tinggi 25 (dua puluh lima) tahun pada tanggal 31 Januari 2027."
    assert age_allowed(26 * 12, rule) is False
    assert age_allowed(23 * 12, rule) is True


def test_an_age_range_up_to_below_a_limit_excludes_the_limit() -> None:
    rule = "Imunisasi gratis untuk semua anak usia sembilan bulan sampai di bawah lima belas tahun."
    assert age_allowed(8, rule) is False
    assert age_allowed(9, rule) is True
    assert age_allowed(14 * 12 + 11, rule) is True
    assert age_allowed(15 * 12, rule) is False


def test_a_town_in_a_roads_name_is_no_place_tag() -> None:
    draft = ("Pelayanan isbat nikah keliling dibuka di Kantor Kecamatan Gemolong, Jl. Raya Solo–Purwodadi, sebelah "
             "utara Pasar Gemolong, Senin (6/4/2026) pukul 08.00 WIB. Pendaftaran gratis lewat kantor desa.")
    assert "#Solo" not in _post(draft)


MARKET_CAPTION = (
    "🛒 PASAR MURAH JELANG NATAL 2026 🛒\n\n"
    "Warga Kecamatan Hulu, Dinas Ketahanan Pangan datang bawa harga murah! Mari belanja kebutuhan hari raya 🙌\n\n"
    "📍 JADWAL & LOKASI\n"
    "🗓️ Senin, 14 Desember 2026 ➡️ Halaman Pasar Hulu\n"
    "🗓️ Rabu, 16 Desember 2026 ➡️ Kantor Camat Hilir\n\n"
    "⏰ Buka jam 09.00 WIB sampai barang habis\n\n"
    "💰 PAKET SEMBAKO Rp80.000 saja (di pasar bisa Rp110 ribu!)\n"
    "Isi: 🍚 beras 5 kg + 🛢️ minyak goreng 1 liter + 🍬 gula pasir 1 kg\n"
    "🥚 Telur dijual terpisah Rp45.000/rak, maksimal dua rak per orang\n\n"
    "⚠️ PERHATIKAN:\n"
    "✅ Stok seribu paket per lokasi\n"
    "✅ Pembelian dibatasi satu paket per KK\n"
    "✅ Wajib bawa fotokopi KK (KK asli cukup ditunjukkan)\n"
    "✅ Bayar tunai, siapkan uang pas ya 🙏\n\n"
    "Info: WA 0822-1111-2222."
)


def test_a_requirement_in_a_list_of_notes_never_leads_an_offer() -> None:
    sheet = read_draft(MARKET_CAPTION)
    assert sheet.kind.value == "event" and sheet.lead is not None
    assert "Wajib bawa" not in sheet.lead.text and "Rp" in sheet.lead.text


def test_a_number_keeps_whose_it_is_and_when_it_answers() -> None:
    owner = _post("Pasar murah digelar Sabtu (12/12/2026) di Lapangan Hulu.\n\n"
                  "Posko BPBD Hulu (24 jam): 0812-4877-3091\n")
    assert "Posko BPBD Hulu (24 jam): 0812-4877-3091" in owner
    person = _post("Pasar murah digelar Sabtu (12/12/2026) di Lapangan Hulu. Informasi hubungi 0852-6077-1934 "
                   "(Safrizal).")
    assert "0852-6077-1934 (Safrizal)" in person
