"""Whose act a time or a place belongs to: a press conference's, a meeting's, a visit's or an opening's day that is
over before the citizens' schedule begins, and the room of a press conference or a symbolic hand-over, are not
the service's when and where (bot/core/reading/official_acts.py)."""

from __future__ import annotations

import pytest

from bot.core.reading import Slot, read_draft
from tests.support.reading_checks import slot_texts

SERVICE = ("Layanan pemeriksaan gratis bagi warga berusia 18 tahun ke atas dibuka mulai Senin (9/3/2026) di 22 "
           "puskesmas se-Kabupaten Purbalingga, pukul 07.30 sampai 12.00 WIB. Warga cukup membawa KTP.")
MARKET = ("Pasar murah digelar di Kantor Camat Simpang Kiri pada Selasa (24/2/2026), lalu di Kantor Camat "
          "Rundeng pada Kamis (26/2/2026), mulai pukul 09.00 WIB. Warga menunjukkan kupon dan KTP asli.")


@pytest.mark.parametrize("opening", [
    "PURBALINGGA – Pemkab Purbalingga menggelar konferensi pers di Ruang Rapat Bupati, Selasa (3/3/2026), untuk "
    "menjelaskan program Cek Kesehatan Gratis.",
    "BANTAENG – Hal itu disampaikan Direktur RSUD dalam jumpa pers di Aula Lantai 3 RSUD, Selasa (3/3/2026).",
    "Kepala Dinas Kesehatan memaparkan program itu dalam rapat bersama camat di Ruang Rapat Sekda, Selasa (3/3/2026).",
], ids=["press-conference", "jumpa-pers", "meeting"])
def test_the_day_and_room_of_a_press_conference_or_meeting_are_not_the_service(opening: str) -> None:
    draft = f"{opening}\n\n{SERVICE}"
    assert not any("3/3/2026" in t for t in slot_texts(draft, Slot.WHEN))
    assert not any("Ruang" in t or "Aula" in t for t in slot_texts(draft, Slot.WHERE))
    assert any("9/3/2026" in t for t in slot_texts(draft, Slot.WHEN))
    assert any("puskesmas" in t for t in slot_texts(draft, Slot.WHERE))


@pytest.mark.parametrize("opening", [
    "Wali Kota membuka secara resmi pasar murah Ramadan di Lapangan Beringin, Senin (23/2/2026) pagi, didampingi "
    "unsur Forkopimda.",
    "Bupati meninjau persiapan pasar murah di Lapangan Beringin, Senin (23/2/2026), bersama Ketua DPRK.",
    "Sekda melepas secara simbolis armada pasar murah dari Lapangan Beringin, Senin (23/2/2026) pagi.",
], ids=["opening", "visit", "symbolic-send-off"])
def test_an_official_act_over_before_the_schedule_keeps_neither_its_day_nor_its_venue(opening: str) -> None:
    draft = f"SUBULUSSALAM – {opening}\n\n{MARKET}"
    assert not any("23/2/2026" in t for t in slot_texts(draft, Slot.WHEN))
    assert not any("Beringin" in t for t in slot_texts(draft, Slot.WHERE))
    assert any("24/2/2026" in t for t in slot_texts(draft, Slot.WHEN))


@pytest.mark.parametrize(("draft", "day", "place"), [
    pytest.param("SUBULUSSALAM – Wali Kota membuka secara resmi pasar murah di Kantor Camat Simpang Kiri, Selasa "
                 f"(24/2/2026) pagi.\n\n{MARKET}", "24/2/2026", "Simpang Kiri", id="opening-on-the-first-day"),
    pytest.param("WATAMPONE – Sekda membuka secara resmi operasi katarak gratis yang dipusatkan di RSUD Tenriawaru, "
                 "Selasa (10/3/2026) pukul 08.00 WITA.\n\nWarga mendaftar di puskesmas paling lambat Senin (2/3/2026).",
                 "10/3/2026", "Tenriawaru", id="service-held-at-the-venue-after-an-earlier-deadline"),
    pytest.param("Bupati membuka secara resmi pasar murah di Lapangan Beringin, Senin (23/2/2026) pagi. Warga bisa "
                 "membeli beras dan minyak goreng dengan harga murah.", "23/2/2026", None,
                 id="the-act-is-the-only-day"),
])
def test_an_act_on_the_services_own_day_or_venue_keeps_them(draft: str, day: str, place: str | None) -> None:
    """An opening on the first day of the event, an opening of a service held at its venue (even after an earlier
    deadline), and an act whose day is the draft's only day keep that day (and venue)."""
    assert any(day in t for t in slot_texts(draft, Slot.WHEN))
    assert place is None or any(place in t for t in slot_texts(draft, Slot.WHERE))


@pytest.mark.parametrize(("draft", "press", "event"), [
    pytest.param("Kepala Dinas Pangan Contoh, Ir. Budi, kepada wartawan, Kamis (10/12/2026), merinci jadwalnya. Pasar "
                 "murah digelar Senin (14/12/2026) di halaman Kantor Camat A mulai pukul 08.00 WIB.",
                 "10/12/2026", "14/12/2026", id="kepada-wartawan"),
    pytest.param("Saat dikonfirmasi, Rabu (9/12/2026), Kepala Dinas Kesehatan Contoh menyebut vaksinasi gratis dibuka "
                 "Sabtu (12/12/2026) di Puskesmas Contoh pukul 08.00 WIB.", "9/12/2026", "12/12/2026",
                 id="saat-dikonfirmasi"),
    pytest.param("Bupati Contoh, Senin (7/12/2026), mengatakan bazar UMKM digelar Jumat (11/12/2026) di Alun-alun "
                 "Contoh mulai pukul 16.00 WIB.", "7/12/2026", "11/12/2026", id="day-then-reporting-verb"),
    pytest.param("Pasar murah digelar Senin (14/12/2026) di Lapangan Contoh mulai pukul 08.00 WIB. Hal itu "
                 "disampaikan Kepala Dinas Perdagangan di hadapan awak media, Selasa (15/12/2026).",
                 "15/12/2026", "14/12/2026", id="press-day-after-the-event"),
    pytest.param("Pendaftaran beasiswa daerah dibuka paling lambat Rabu (30/12/2026) lewat laman "
                 "beasiswa.contoh.go.id. Usai ditemui, Jumat (11/12/2026), Kepala Dinas menegaskan tidak ada pungutan.",
                 "11/12/2026", "30/12/2026", id="usai-ditemui-beside-a-deadline"),
])
def test_the_day_an_official_spoke_to_the_press_is_no_time_of_the_sheet(draft: str, press: str, event: str) -> None:
    times = slot_texts(draft, Slot.WHEN) + slot_texts(draft, Slot.DEADLINE)
    assert not any(press in t for t in times)
    assert any(event in t for t in times)


@pytest.mark.parametrize(("draft", "day"), [
    pytest.param("Bupati Contoh menyerahkan bantuan kepada warga, Kamis (10/12/2026), di Balai Desa Contoh. Bantuan "
                 "berupa beras 10 kilogram per keluarga.", "10/12/2026", id="kepada-warga"),
    pytest.param("Pasar murah digelar Senin (14/12/2026) di Lapangan Contoh. Kepala Dinas mengatakan stok beras cukup.",
                 "14/12/2026", id="reporting-verb-in-another-sentence"),
])
def test_a_day_outside_a_press_frame_stays(draft: str, day: str) -> None:
    assert any(day in t for t in slot_texts(draft, Slot.WHEN))


@pytest.mark.parametrize("frame", [
    "Kepala Dinas Pangan Contoh, Ir. Budi, kepada wartawan, Kamis (10/12/2026), merinci jadwalnya.",
    "Camat Contoh, saat dikonfirmasi, Rabu (9/12/2026), membenarkan hal itu.",
], ids=["kepada-wartawan-merinci", "saat-dikonfirmasi-membenarkan"])
def test_a_sentence_that_only_frames_a_press_statement_is_ceremony(frame: str) -> None:
    draft = (f"Pasar murah digelar Senin (14/12/2026) di halaman Kantor Camat A mulai pukul 08.00 WIB. {frame} "
             "Beras medium dijual Rp11.500 per kilogram.")
    sheet = read_draft(draft)
    assert not any(frame[:20] in c.text for c in sheet.content())
    assert any("Beras medium" in c.text for c in sheet.content())


def test_the_day_a_rumour_began_is_no_press_day() -> None:
    draft = ("Pesan suara yang beredar di grup WhatsApp sejak Selasa (17/2/2026), yang menyebutkan pedagang akan "
             "digusur, adalah tidak benar. Relokasi pedagang dijadwalkan mulai Senin (2/3/2026).")
    sheet = read_draft(draft)
    assert any("Pesan suara" in c.text for c in sheet.content())
