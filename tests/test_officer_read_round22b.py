"""Round 22, second part: the classes an officer's read of the sealed batch 22s found (issue 11).

Texts are written for these tests; each shows a pattern, none is a draft of the data set.
"""

from __future__ import annotations

import pytest

from bot.core.reading import DraftKind, Slot, read_draft
from bot.core.reading.kind import kind_scores
from tests.support.reading_checks import instagram_post, marked_line, slot_texts

RELIEF_AFTER_FLOOD = (
    "Pemkab Bebaskan Sewa Kios Pedagang Pascabanjir\n\n"
    "LHOKSUKON – Wakil Gubernur meninjau Pasar Lhoksukon yang terdampak banjir bulan lalu, Senin (7/12/2026). Ia "
    "mengapresiasi langkah Pemerintah Kabupaten Aceh Utara yang membebaskan sewa kios bagi seluruh pedagang di tiga "
    "pasar daerah, terhitung 1 Januari sampai dengan 31 Maret 2027.\n\n"
    "Pedagang wajib mendata ulang di kantor UPTD Pasar paling lambat Kamis, 24 Desember 2026, dengan membawa KTP. "
    "Pedagang yang belum mendata ulang sampai tanggal 24 Desember tetap membayar sewa seperti biasa. Informasi: "
    "WhatsApp 0821-5555-1200."
)


def test_a_relief_after_a_flood_is_a_service_and_its_deadline_is_said_once_as_a_deadline() -> None:
    sheet = read_draft(RELIEF_AFTER_FLOOD)
    assert sheet.kind == DraftKind.SERVICE
    post = instagram_post(RELIEF_AFTER_FLOOD)
    assert "24 Desember" not in marked_line(post, "📅")
    assert "Kamis, 24 Desember 2026" in marked_line(post, "⏳")


def test_a_result_still_to_reach_is_no_achievement() -> None:
    plan = (
        "Sekda memimpin rapat koordinasi evaluasi anggaran. Seluruh pekerjaan fisik harus tuntas sebelum kas "
        "daerah ditutup pada akhir Desember."
    )
    done = "Pembangunan jembatan gantung Desa Sukamaju sudah tuntas dan kini dapat dilalui warga."
    assert kind_scores(plan)[DraftKind.ACHIEVEMENT] == 0
    assert kind_scores(done)[DraftKind.ACHIEVEMENT] > 0


SERVICE = (
    "SANGATTA – Disdukcapil akan membuka pelayanan jemput bola perekaman KTP elektronik di lima kecamatan, dengan "
    "membawa perangkat rekam dan printer sendiri. Ia menambahkan, pihaknya membawa seribu keping blangko KTP-el. "
    "Warga cukup membawa fotokopi Kartu Keluarga ke Kantor Camat Busang pada Senin (14/12/2026) pukul 08.00 WITA. "
    "Selama ini banyak warga kesulitan saat hendak mendaftar BPJS, menerima bantuan sosial, atau mendaftarkan anak "
    "sekolah. Warga yang kesulitan datang dapat menghubungi WhatsApp Disdukcapil di 0811-5412-7730. Lansia akan "
    "didata oleh kepala desa, lalu petugas mendatangi rumahnya setelah pelayanan di kantor camat selesai. "
    '"Pelayanan ini gratis. Kalau ada oknum yang meminta uang, jangan dilayani dan segera laporkan," tegasnya. '
    "Berkas pendaftaran dikumpulkan di kantor desa masing-masing, kemudian direkap oleh kecamatan."
)


def test_what_the_office_brings_is_no_requirement_what_citizens_bring_is() -> None:
    needed = slot_texts(SERVICE, Slot.REQUIREMENTS)
    assert any("fotokopi Kartu Keluarga" in r for r in needed)
    assert not any("perangkat rekam" in r or "blangko" in r for r in needed)


def test_a_plight_a_conditional_warning_and_an_office_step_are_no_ways_to_take_part() -> None:
    hows = slot_texts(SERVICE, Slot.HOW)
    assert not any("BPJS" in h or "anak sekolah" in h or "jangan dilayani" in h for h in hows)
    assert any("0811-5412-7730" in h for h in hows)  # "yang kesulitan datang dapat menghubungi ..." is one
    assert "direkap oleh kecamatan" not in marked_line(instagram_post(SERVICE), "📝").lower()


def test_a_verb_after_an_office_is_no_part_of_its_name() -> None:
    assert not any("selesai" in p for p in slot_texts(SERVICE, Slot.WHERE))


@pytest.mark.parametrize(
    "draft, absent",
    [
        (
            'Pemasangan listrik gratis dibuka lagi untuk 2.500 rumah. "Bagi keluarga petani karet dengan penghasilan '
            'seperti sekarang, angka itu berat sekali," ujarnya. Program ini untuk rumah tangga tidak mampu yang belum '
            "memiliki meteran.",
            "petani karet",
        ),
        (
            "Penerima yang IPK-nya turun dapat dicoret dari daftar dan kuotanya dialihkan kepada peserta cadangan. "
            "Pendaftaran beasiswa melalui laman beasiswa.contoh.go.id sampai 30 Januari 2027.",
            "kuotanya",
        ),
    ],
)
def test_a_remark_or_a_list_is_no_fact_of_the_offer(draft: str, absent: str) -> None:
    assert not any(absent in f.text for f in read_draft(draft).facts if f.slot in (Slot.WHO, Slot.HOW))


def test_the_period_a_result_is_counted_to_is_no_time_to_come() -> None:
    draft = (
        "Hingga akhir November 2026 program tersebut telah menyambungkan listrik ke 3.412 rumah. Pada tahun 2027 "
        "pemasangan listrik gratis kembali dibuka untuk 2.500 rumah; pendaftaran melalui kepala desa mulai Senin, "
        "4 Januari 2027, dan pemasangan dimulai Mei 2027."
    )
    assert "November" not in marked_line(instagram_post(draft), "📅")


def test_a_cost_a_government_pays_leads_with_who_pays_it() -> None:
    draft = (
        "Konawe Jadi Lokasi PTSL 2027\n\nKementerian ATR/BPN menetapkan Kabupaten Konawe, Provinsi Sulawesi "
        "Tenggara, sebagai lokasi PTSL 2027. Wamen mengapresiasi langkah Pemerintah Kabupaten Konawe yang melalui "
        "APBD 2027 menanggung seluruh biaya patok batas dan meterai bagi peserta PTSL, sehingga warga tidak perlu "
        "mengeluarkan biaya. Berkas diserahkan ke kantor desa paling lambat Jumat, 15 Januari 2027."
    )
    assert "\n\nPemerintah Kabupaten Konawe melalui APBD 2027 menanggung seluruh biaya patok batas" in instagram_post(
        draft
    )


def test_two_weekdays_weeks_apart_are_written_as_the_first_and_the_last_day() -> None:
    from bot.core.reading.dates import display_when
    from bot.offline.post_text import clean_span

    long = display_when("mulai Senin, 7 Desember hingga Rabu, 30 Desember 2026", (2026,))
    assert clean_span(long) == "mulai Senin, 7 Desember 2026 – Rabu, 30 Desember 2026"
    assert clean_span("Sabtu, 21 Maret 2026 sampai Minggu, 22 Maret 2026") == "Sabtu–Minggu, 21–22 Maret 2026"
