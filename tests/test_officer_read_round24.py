"""Round 24: the classes an officer's read of sealed batches 23 and 24 found (issue 11).

Texts are written for these tests; each shows a pattern, none is a draft of the data set.
"""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft
from bot.offline.post_text import clean_span
from tests.support.reading_checks import instagram_post, marked_line, slot_texts

DATED_RELEASE = (
    "SIARAN PERS\n\nBalai Besar Wilayah Sungai Tambah Pompa di Muara Bungo\n\n"
    "Jakarta, 2 Desember 2026 – Sejak banjir besar tahun lalu, kawasan Pasar Muara Bungo menjadi perhatian "
    "Kementerian Pekerjaan Umum. Empat pompa air baru mulai beroperasi di Pasar Muara Bungo pada Senin, "
    "7 Desember 2026, sehingga genangan di Jalan Sudirman dapat surut dalam dua jam. Warga dapat melaporkan "
    "genangan melalui WhatsApp 0812-7400-1190."
)


@pytest.mark.parametrize(
    ("span", "clean"),
    [
        (
            "Jakarta, 4 Desember 2026 – Sejak digulirkan pada 2017, program itu berjalan.",
            "Sejak digulirkan pada 2017, program itu berjalan.",
        ),
        ("Muara Bungo, Jumat (4/12/2026) - Dinas Kesehatan membuka posko", "Dinas Kesehatan membuka posko"),
        ("KOTA SUKABUMI, 3 Desember 2026 – Pemkot membuka posko", "Pemkot membuka posko"),
        # A schedule's day and place are facts, not a dateline.
        ("Senin, 7 Desember 2026 - Posyandu Melati", "Senin, 7 Desember 2026 - Posyandu Melati"),
        ("Jumat (4/12) - Balai Desa Sungai Arang", "Jumat (4/12) - Balai Desa Sungai Arang"),
    ],
)
def test_a_dated_dateline_is_no_part_of_a_span(span: str, clean: str) -> None:
    assert clean_span(span) == clean


def test_no_post_line_opens_with_the_release_dateline() -> None:
    post = instagram_post(DATED_RELEASE)
    assert "Jakarta, 2 Desember 2026" not in post
    assert "Senin, 7 Desember 2026" in post


JOB_FAIR = (
    "Kota Tanjungpinang Gelar Bursa Kerja Akhir Tahun\n\n"
    "TANJUNGPINANG – Angka pengangguran lulusan SMK di Kota Tanjungpinang masih tinggi. Karena itu, Pemerintah Kota "
    "Tanjungpinang melalui Dinas Tenaga Kerja (Disnaker) kembali menggelar Bursa Kerja Tanjungpinang 2026 menjelang "
    "akhir tahun.\n\n"
    "Wali Kota dijadwalkan membuka secara resmi bursa kerja tersebut, didampingi unsur Forkopimda, bertempat di "
    "Gedung Gonggong, Jalan Hang Tuah, pada Senin (14/12/2026) pukul 09.00 WIB. Bursa kerja berlangsung hingga "
    "Selasa (15/12/2026), pukul 08.00 sampai 15.00 WIB.\n\n"
    "Pencari kerja diminta mendaftar secara daring melalui laman kerja.tanjungpinangkota.go.id pada 1 sampai "
    "10 Desember 2026. Peserta lebih dulu mengikuti tes wawancara pada Jumat (11/12/2026) di Aula Disnaker, "
    "Kelurahan Tanjung Ayun Sakti. Masuknya gratis."
)


def test_where_a_fair_is_opened_is_where_citizens_go() -> None:
    post = instagram_post(JOB_FAIR)
    assert "Gedung Gonggong, Jalan Hang Tuah" in marked_line(post, "📍")


def test_a_steps_day_and_room_are_no_stop_of_the_offer() -> None:
    post = instagram_post(JOB_FAIR)
    assert "Jadwal" not in post
    assert "1 sampai 10 Desember 2026" in marked_line(post, "🗓️ Pendaftaran")
    assert "Aula Disnaker" not in marked_line(post, "📍")


def test_a_fair_named_after_its_organiser_leads_with_the_organiser() -> None:
    assert (
        instagram_post(JOB_FAIR)
        .split("\n\n")[1]
        .startswith(
            "Pemerintah Kota Tanjungpinang melalui Dinas Tenaga Kerja (Disnaker) kembali menggelar Bursa Kerja "
            "Tanjungpinang 2026"
        )
    )


RELIEF_IN_SPEECH = (
    "Hari Jadi Kabupaten Tegal Dimeriahkan Kirab Budaya\n\n"
    "SLAWI – Peringatan Hari Jadi ke-425 Kabupaten Tegal diawali kirab budaya dari Alun-alun Slawi yang dibuka "
    "secara resmi oleh Bupati, Rabu (2/12/2026). Ribuan warga memadati jalan protokol sejak pagi.\n\n"
    "Kepala Badan Keuangan Daerah, Slamet Riyadi, menyebut rangkaian hari jadi juga membawa kabar baik bagi wajib "
    'pajak. "Sebagai hadiah hari jadi, mulai 7 sampai 31 Desember 2026 denda PBB tahun berapa pun kami hapus. Warga '
    'cukup membayar pokoknya di loket Bakeuda," ujarnya.\n\n'
    "Tahun depan, kata dia, Bakeuda berencana membuka layanan keliling di pasar-pasar, namun jadwalnya masih disusun."
)


def test_a_relief_said_only_in_an_officials_words_leads() -> None:
    sheet = read_draft(RELIEF_IN_SPEECH)
    assert sheet.lead is not None and "denda PBB tahun berapa pun kami hapus" in sheet.lead.text


def test_a_plan_whose_schedule_is_still_drawn_up_is_no_offer() -> None:
    lead = read_draft(RELIEF_IN_SPEECH.replace("denda PBB tahun berapa pun kami hapus", "ada kabar baik")).lead
    assert lead is None or "layanan keliling" not in lead.text


UNIFORM_HOAX = (
    "Kota Bitung, 3 Desember 2026 – Beredar pesan berantai di WhatsApp yang mengatasnamakan Pemerintah Kota Bitung. "
    "Pesan tersebut meminta orang tua mendaftarkan anaknya melalui sebuah tautan untuk mendapatkan tas sekolah "
    "gratis, dengan membayar ongkos kirim Rp45.000.\n\n"
    "Dinas Pendidikan Kota Bitung menegaskan informasi tersebut tidak benar. Tas sekolah dibagikan langsung di "
    "sekolah masing-masing pada Senin, 14 Desember 2026, tanpa pendaftaran dan tanpa biaya. Pengaduan dapat "
    "disampaikan ke nomor 0813-4000-7781."
)


def test_what_the_message_goes_on_to_say_is_no_fact_of_the_clarification() -> None:
    post = instagram_post(UNIFORM_HOAX)
    assert "Rp45.000" not in post and "45 ribu" not in post
    assert "tautan" not in marked_line(post, "📝")
    assert "14 Desember 2026" in post


CROCODILE_LETTER = (
    "PEMERINTAH KABUPATEN MUARO JAMBI\nKECAMATAN KUMPEH\n\nIMBAUAN\n\n"
    "Menindaklanjuti laporan warga mengenai kemunculan buaya di Sungai Batanghari pada Minggu (29/11/2026), dengan "
    "ini kami sampaikan imbauan kepada seluruh warga Kecamatan Kumpeh, khususnya yang tinggal di Desa Tanjung dan "
    "Desa Puding, sebagai berikut:\n\n"
    "1. Untuk sementara waktu, warga diminta tidak mandi, mencuci, atau memancing di Sungai Batanghari.\n"
    "2. Orang tua agar mengawasi anak-anak dan melarang mereka bermain di tepi sungai.\n"
    "3. Apabila melihat buaya, segera laporkan ke Posko Kecamatan Kumpeh di nomor 0821-7000-1234.\n"
    "4. Kepala desa agar memasang papan peringatan di titik-titik rawan.\n\n"
    "Demikian imbauan ini kami sampaikan.\n\nCamat Kumpeh"
)


def test_a_letters_list_of_asks_leads_with_its_first_ask_whole() -> None:
    post = instagram_post(CROCODILE_LETTER)
    assert post.startswith(
        "Untuk sementara waktu, warga diminta tidak mandi, mencuci, atau memancing di Sungai Batanghari."
    )
    assert post.count("tidak mandi") == 1


def test_a_task_for_the_village_heads_is_no_ask_of_citizens() -> None:
    post = instagram_post(CROCODILE_LETTER)
    assert "Orang tua agar mengawasi anak-anak" in post
    assert "papan peringatan" not in post


FLOOD_BROADCAST = (
    "*⚠️ INFO SIAGA BANJIR ⚠️*\n*BPBD KAB. KAPUAS*\nUpdate: Sabtu, 5 Desember 2026 pkl 07.00 WIB\n\n"
    "Sejak Kamis malam debit Sungai Kapuas terus naik. Menindaklanjuti hasil kaji cepat TRC, Bupati Kapuas telah "
    "menetapkan status siaga darurat banjir selama 14 hari, 4 s.d. 17 Desember 2026, untuk Kecamatan Mantangai dan "
    "Timpah.\n\nPosko pengungsian di Aula Kantor Kecamatan Mantangai buka 24 jam. Butuh evakuasi? Hubungi Pusdalops "
    "BPBD 0812-5000-7788."
)


def test_a_broadcasts_update_stamp_is_no_time_of_the_warning() -> None:
    assert not any("5 Desember" in text for text in slot_texts(FLOOD_BROADCAST, Slot.WHEN))
    assert "4–17 Desember 2026" in marked_line(instagram_post(FLOOD_BROADCAST), "📅")


def test_a_status_set_leads_with_who_set_it() -> None:
    assert instagram_post(FLOOD_BROADCAST).startswith("Bupati Kapuas telah menetapkan status siaga darurat banjir")


PRAISED_RELIEF = (
    "SIBOLGA – Rapat evaluasi jaminan kesehatan digelar di Aula Kantor Gubernur, Kamis (3/12/2026). Gubernur Sumatera "
    "Utara melalui Asisten Pemerintahan, Rudi Lubis, mengapresiasi langkah Pemkot Sibolga yang menanggung penuh iuran "
    "BPJS Kesehatan kelas III bagi warga yang belum terdaftar, sehingga warga cukup membawa KTP elektronik untuk "
    "berobat gratis di puskesmas."
)


def test_a_praised_step_and_what_follows_from_it_lead_with_its_doer() -> None:
    lead = instagram_post(PRAISED_RELIEF).split("\n\n")[0]
    assert lead.startswith("Pemkot Sibolga menanggung penuh iuran BPJS Kesehatan kelas III")
    assert "cukup membawa KTP elektronik" in lead


BAG_HOAX = (
    "Beredar pesan berantai yang mengatasnamakan Pemerintah Kota Bitung soal pendaftaran tas sekolah gratis lewat "
    "tautan. Dinas Pendidikan menegaskan informasi tersebut tidak benar.\n\n"
    '"Tas dibagikan langsung di sekolah masing-masing pada Senin, 14 Desember 2026, tanpa pendaftaran dan tanpa '
    'biaya," kata Kepala Dinas Pendidikan, Maria Lumowa.'
)


def test_what_is_handed_out_is_no_detail_of_the_hoax() -> None:
    post = instagram_post(BAG_HOAX)
    assert "Sekolah masing-masing" in marked_line(post, "📍")
    assert "14 Desember 2026" in marked_line(post, "📅")
