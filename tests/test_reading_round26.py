"""Round 26 of issue 11: transcripts, denied deadlines, hours in words, a day told by another occasion.

Texts are our own, written in the shapes the sealed batch showed (a radio talk with host and callers, a
clarification that denies a deadline, "mulai pukul tujuh pagi", "sehari sebelum upacara ...").
"""

from __future__ import annotations

from bot.core.inputs import clean_input
from bot.core.models import RewriteRequest
from bot.core.reading import FactSheet, Slot, read_draft
from bot.core.reading.transcript import asked_turns
from bot.offline.engine import OfflineEngine

RADIO = (
    'TRANSKRIP DIALOG INTERAKTIF "SAPA WARGA" – RRI PRO 1\n'
    "Rabu, 9 Desember 2026, pukul 08.00–09.00 WIB\n"
    "Narasumber: Kepala Dinas Sosial Kabupaten Contoh, Hendra Saputra\n"
    "\n"
    "PEMBAWA ACARA: Selamat pagi, Pak. Di grup WhatsApp ramai kabar bahwa bantuan pangan dihentikan dan "
    "warga harus membayar Rp 50 ribu untuk daftar ulang. Benar begitu?\n"
    "\n"
    "NARASUMBER: Selamat pagi. Saya tegaskan kabar itu tidak benar. Bantuan pangan bagi keluarga "
    "penerima tetap disalurkan setiap bulan sampai Juni 2027. Daftar ulang tidak dipungut biaya.\n"
    "\n"
    "PENELEPON 1 (Bu Ani, Kecamatan Timur): Pak, katanya daftar ulangnya cuma sampai 11 Desember 2026, "
    "benar?\n"
    "\n"
    "NARASUMBER: Tidak ada batas waktu 11 Desember 2026, Bu. Daftar ulang dibuka di kantor desa setiap "
    "Senin sampai Kamis pukul 08.00–12.00.\n"
    "\n"
)


def _sheet(text: str) -> FactSheet:
    return read_draft(clean_input(text, max_chars=8000))


def test_a_radio_talk_knows_who_asks() -> None:
    turns = asked_turns(RADIO)
    assert len(turns) == 2
    assert all(RADIO[s:e].startswith(("PEMBAWA ACARA", "PENELEPON")) for s, e in turns)


def test_a_fee_the_host_retells_is_no_cost_and_the_truth_leads() -> None:
    sheet = _sheet(RADIO)
    costs = [f.text for f in sheet.facts if f.slot == Slot.COST]
    assert not any("50 ribu" in c for c in costs), costs
    assert any("tidak dipungut biaya" in c.lower() for c in costs), costs
    assert sheet.lead is not None and "tetap disalurkan" in sheet.lead.text


def test_a_denied_deadline_keeps_its_denial() -> None:
    deadlines = [f.text for f in _sheet(RADIO).facts if f.slot == Slot.DEADLINE]
    assert deadlines and all(d.lower().startswith("tidak ada batas waktu") for d in deadlines), deadlines


def test_the_post_shows_no_line_of_the_host_or_a_caller() -> None:
    body = clean_input(RADIO, max_chars=8000)
    result = OfflineEngine().rewrite(RewriteRequest(draft=body, platforms=["instagram", "facebook"]))
    for post in result.posts:
        assert "PEMBAWA ACARA" not in post.text and "PENELEPON" not in post.text
        assert "50 ribu" not in post.text


def test_an_interview_without_labels_of_askers_is_no_transcript() -> None:
    text = "Narasumber: Kepala Dinas Kesehatan.\nJadwal: Senin sampai Jumat.\nLokasi: Puskesmas Kota."
    assert asked_turns(text) == []


EVENT = (
    "Rencananya khitanan massal gratis bagi 120 anak akan dibuka secara resmi oleh Bupati Contoh yang diwakili "
    "Sekretaris Daerah, bertempat di Gedung Serbaguna Kecamatan Barat pada Sabtu (16/1/2027) mulai pukul tujuh pagi, "
    "sehari sebelum upacara peringatan Hari Jadi di alun-alun. Pendaftaran dibuka di puskesmas terdekat."
)


def test_an_hour_in_words_after_its_day_is_the_when() -> None:
    when = [f.text for f in _sheet(EVENT).facts if f.slot == Slot.WHEN]
    assert any("Sabtu (16/1/2027) mulai pukul tujuh pagi" in w for w in when), when


def test_a_day_told_by_another_occasion_keeps_the_event_day_and_place() -> None:
    sheet = _sheet(EVENT)
    assert any("Gedung Serbaguna Kecamatan Barat" in f.text for f in sheet.facts if f.slot == Slot.WHERE)


def test_a_range_of_hours_in_words_is_one_when_and_a_story_moment_is_none() -> None:
    service = _sheet("Layanan dibuka Senin sampai Jumat, jam delapan pagi sampai jam tiga sore, di kantor camat.")
    when = [f.text for f in service.facts if f.slot == Slot.WHEN]
    assert any(w.endswith("jam delapan pagi sampai jam tiga sore") for w in when), when
    story = _sheet("Pasar murah digelar di Lapangan Merdeka pada Sabtu (12/12/2026). Menjelang pukul sebelas siang, "
                   "stok beras sudah habis diborong warga.")
    assert not any("sebelas" in f.text for f in story.facts if f.slot == Slot.WHEN)


def test_places_counted_then_listed_with_what_each_serves_are_all_read() -> None:
    text = ("Pelayanan dibagi di tiga lokasi sekaligus, yaitu Gedung Dakwah Kecamatan Timur untuk warga pesisir dengan "
            "kuota 80 orang, GOR Sukamaju untuk wilayah pegunungan dengan kuota 60 orang, serta Aula Puskesmas Barat "
            "untuk wilayah kota. Pendaftaran dibuka di kantor desa.")
    where = [f.text for f in _sheet(text).facts if f.slot == Slot.WHERE]
    for place in ("Gedung Dakwah Kecamatan Timur", "GOR Sukamaju", "Aula Puskesmas Barat"):
        assert any(place in w for w in where), (place, where)


def test_where_a_person_of_the_story_works_or_lives_is_no_venue() -> None:
    text = ("Pasar murah digelar di Lapangan Kecamatan Utara pada Sabtu (12/12/2026) pukul 08.00. Salah satu "
            "pembeli, Sumiati (52), pedagang sayur di Pasar Inpres, mengaku terbantu. Di Desa Mekar, Kecamatan Utara, "
            "Rusdi (40) juga datang sejak pagi.")
    where = " | ".join(f.text for f in _sheet(text).facts if f.slot == Slot.WHERE)
    assert "Lapangan Kecamatan Utara" in where
    assert "Pasar Inpres" not in where and "Rusdi" not in where


def test_a_phrase_of_means_or_an_ongoing_effort_does_not_lead_over_the_benefit() -> None:
    text = ("Kementerian Sosial terus memperkuat perlindungan bagi keluarga rentan sebagai bagian dari program "
            "nasional. Melalui program Bantuan Sosial Rumah Tangga tahun anggaran 2027, Kemensos menetapkan lima "
            "kabupaten prioritas. Gubernur mengapresiasi langkah Pemkab yang menanggung penuh biaya perbaikan atap "
            "rumah warga miskin selama satu tahun. Pendaftaran tidak dipungut biaya.")
    lead = _sheet(text).lead
    assert lead is not None and "menanggung penuh biaya perbaikan atap" in lead.text


def test_a_note_of_which_part_of_a_place_stays_with_it() -> None:
    text = ("Warga terdampak dapat mengungsi ke Gedung SDN 2 Sungai Lulut (lantai 2), Masjid Nurul Iman dan "
            "Balai Desa Tatah (ruang serbaguna). Dapur umum buka setiap hari.")
    where = " | ".join(f.text for f in _sheet(text).facts if f.slot == Slot.WHERE)
    assert "Gedung SDN 2 Sungai Lulut (lantai 2)" in where and "Balai Desa Tatah (ruang serbaguna)" in where


def test_a_meeting_keeps_its_own_day_though_it_names_another_date() -> None:
    text = ("Bupati Contoh menerima kunjungan kerja tim Kementerian Dalam Negeri di Ruang Rapat Kantor Bupati, "
            "Selasa (8/12/2026). Kunjungan ini dalam rangka evaluasi standar pelayanan minimal. Ketua tim meminta "
            "setiap perangkat daerah melengkapi laporan sebelum akhir Januari 2027.")
    sheet = _sheet(text)
    assert not sheet.citizen_benefit
    assert any("8/12/2026" in f.text for f in sheet.facts if f.slot == Slot.WHEN)
