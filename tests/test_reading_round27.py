"""Round 27 of issue 11: a schedule called off, a cheaper price, a table's caption, a same-day service, a count as
of a day, an age rule whose conditions all hold and a spoken verb opening a post.

Texts are our own, written in the shapes the sealed batch showed (a market moved to another day and place, a
touring service with a spaced table and its promise in a closing quote, "... mencatat ... hingga akhir November").
"""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.inputs import clean_input
from bot.core.models import RewriteRequest
from bot.core.reading import FactSheet, Slot, read_draft
from bot.core.reading.lead_shape import has_verb
from bot.core.reading.time_roles import OLD
from bot.offline.answer_conditions import other_condition_met
from bot.offline.engine import OfflineEngine

MOVED = (
    "KENDAL – Bazar Sembako Murah di Kecamatan Patebon berubah tempat dan hari. Bazar yang semula dijadwalkan di "
    "Alun-alun Patebon pada Rabu (9/12/2026) dibatalkan karena alun-alun dipakai untuk posko banjir.\n\n"
    "Sebagai gantinya, Dinas Perdagangan Kabupaten Kendal menggelar bazar di Gedung Serbaguna Desa Kartikajaya "
    "pada Jumat (11/12/2026) mulai pukul 07.00 WIB.\n\n"
    "Melalui bazar ini warga dapat membeli beras, gula, dan minyak goreng dengan harga di bawah harga pasar. "
    "Paket sembako disediakan sebanyak 400 paket. Pembeli diminta membawa KTP.\n\n"
    "Informasi: WhatsApp 0812-3456-7788."
)

TOURING = (
    "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Contoh mencatat masih ada sekitar 2.100 warga "
    "yang belum merekam KTP-el hingga akhir Oktober 2026.\n\n"
    "Jadwal pelayanan keliling Disdukcapil Contoh:\n\n"
    "Tanggal              Kecamatan     Tempat\n"
    "Senin, 7/12/2026     Hulu          Kantor Camat Hulu\n"
    "Selasa, 8/12/2026    Hilir         Balai Desa Hilir Jaya\n\n"
    "Warga yang berhalangan hadir tetap dapat datang ke lokasi lain, atau mengurus langsung di Kantor Disdukcapil "
    "Contoh pada hari kerja.\n\n"
    '"Rekam KTP-el atau cetak KIA, semuanya selesai hari itu juga dan tidak dipungut biaya sepeser pun," kata '
    "Kepala Disdukcapil Contoh, Rahmat Hidayat."
)


def _sheet(text: str) -> FactSheet:
    return read_draft(clean_input(text, max_chars=8000))


def _instagram(text: str) -> str:
    body = clean_input(text, max_chars=8000)
    return OfflineEngine().rewrite(RewriteRequest(draft=body, platforms=["instagram"])).posts[0].text


def test_a_day_and_place_called_off_are_old_and_the_new_ones_stand() -> None:
    sheet = _sheet(MOVED)
    roles = {f.text: f.role for f in sheet.facts if f.slot in (Slot.WHEN, Slot.WHERE)}
    assert roles.get("Alun-alun Patebon") == OLD and roles.get("Rabu (9/12/2026)") == OLD, roles
    assert any("Jumat (11/12/2026)" in text and role != OLD for text, role in roles.items()), roles
    post = _instagram(MOVED)
    when = next(line for line in post.splitlines() if line.startswith("📅"))
    assert "11 Desember 2026" in when and "9 Desember" not in when, post


def test_a_step_done_beforehand_is_no_old_day() -> None:
    text = ("Operasi katarak gratis digelar Sabtu (7/6/2025) di RSUD Kota Contoh. Sebelumnya, calon pasien wajib "
            "mengikuti skrining mata pada 26–31 Mei 2025 di puskesmas terdekat.")
    assert all(f.role != OLD for f in _sheet(text).facts if f.slot in (Slot.WHEN, Slot.WHERE))


def test_buying_below_the_market_price_leads_over_a_stock_count() -> None:
    sheet = _sheet(MOVED)
    assert sheet.lead is not None and "di bawah harga pasar" in sheet.lead.text, sheet.lead


def test_a_tables_caption_is_no_lead_and_the_same_day_promise_is() -> None:
    assert not has_verb("Jadwal pelayanan keliling Disdukcapil Kuansing")
    assert has_verb("Dibuka pendaftaran beasiswa")
    sheet = _sheet(TOURING)
    assert sheet.lead is not None and "selesai hari itu juga" in sheet.lead.text, sheet.lead


def test_a_second_way_joined_by_atau_does_not_lead() -> None:
    lead = _sheet(TOURING).lead
    assert lead is not None and not lead.text.lower().startswith("atau"), lead


def test_a_count_as_of_a_day_gives_no_time_to_come() -> None:
    post = _instagram(TOURING)
    assert "Oktober 2026" not in "\n".join(line for line in post.splitlines() if line.startswith("📅")), post


def test_an_age_rule_whose_conditions_all_hold_is_not_met_by_another_condition() -> None:
    rule = ("Warga berusia 18 sampai 35 tahun, minimal lulusan SMP atau sederajat, dan tidak sedang bekerja tetap.")
    assert not other_condition_met("adik sy 17 tahun tapi sudah lulus SMP, bisa daftar?", rule)
    assert other_condition_met("16 thn tp udh nikah, bisa rekam?", "berusia 17 tahun atau sudah menikah")
    assert other_condition_met("16 thn tp udh nikah, bisa?", "berusia 17 tahun, sudah menikah, atau pernah menikah")


def test_a_spoken_verb_opening_a_line_is_no_name_and_an_invented_name_still_is() -> None:
    source = "Pendaftaran pelatihan ditutup Jumat, 18 Desember 2026."
    assert check_facts("❓ Nunggu gedung baru jadi? Jangan. Daftar sebelum Jumat, 18 Desember 2026.", [source]).ok
    invented = check_facts("❓ Sutrisno bilang daftar sebelum Jumat, 18 Desember 2026.", [source])
    assert not invented.ok and "Sutrisno" in invented.invented
