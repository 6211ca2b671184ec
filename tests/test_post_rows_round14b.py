"""Round 14b: a draft's table in posts (bot/offline/post_rows.py): each row whole on a line of its own, the
first rows on Instagram and TikTok with a word that the list goes on, every row on Facebook and WhatsApp (the
row's key in bold), and the first row on X. The draft is our own."""

from __future__ import annotations

from bot.core.models import Profile
from bot.core.reading import read_draft
from bot.offline.post_plan import plan_post
from bot.offline.post_render import Style, render_post

_STOPS = [
    ("Senin, 2 Maret 2026", "Balai Desa Gondangrejo"), ("Selasa, 3 Maret 2026", "Kantor Desa Plesungan"),
    ("Rabu, 4 Maret 2026", "Pendopo Desa Selokaton"), ("Kamis, 5 Maret 2026", "Balai Desa Wonorejo"),
    ("Jumat, 6 Maret 2026", "Masjid Al-Falah Jeruksawit"), ("Sabtu, 7 Maret 2026", "Lapangan Desa Bulurejo"),
    ("Senin, 9 Maret 2026", "Kantor Desa Karangturi"), ("Selasa, 10 Maret 2026", "Balai Desa Krendowahono"),
    ("Rabu, 11 Maret 2026", "Gedung PKK Desa Tuban"), ("Kamis, 12 Maret 2026", "Posyandu Mawar Jatikuwung"),
]
DRAFT = ("Pemerintah Kabupaten Karanganyar menggelar cek kesehatan gratis keliling bagi warga usia 40 tahun ke atas "
         "di sepuluh desa Kecamatan Gondangrejo.\n\nJadwal:\n"
         + "\n".join(f"{i}. {day} — {place}" for i, (day, place) in enumerate(_STOPS, 1))
         + "\n\nLayanan dibuka pukul 08.00–12.00 WIB. Warga cukup membawa KTP.")


def _post(platform: str) -> str:
    plan = plan_post(read_draft(DRAFT))
    return render_post(platform, plan, Style(), Profile(), []).text  # type: ignore[arg-type]


def test_instagram_shows_first_rows_whole_then_says_more() -> None:
    text = _post("instagram")
    assert "📅 Jadwal:\n▪️ Senin, 2 Maret 2026 — Balai Desa Gondangrejo" in text
    assert "Rabu, 11 Maret 2026" not in text and "dan jadwal lainnya, daftar lengkap di slide berikutnya" in text
    for day, place in _STOPS[:8]:
        assert f"{day} — {place}" in text  # never a row cut mid-way
    assert "pukul 08.00–12.00 WIB" in text.replace("Pukul", "pukul")


def test_whatsapp_shows_every_row_with_its_key_in_bold() -> None:
    text = _post("whatsapp")
    for day, place in _STOPS:
        assert f"*{day}* — {place}" in text


def test_x_keeps_the_first_row_whole() -> None:
    text = _post("x")
    assert "Senin, 2 Maret 2026 — Balai Desa Gondangrejo" in text


def test_a_draft_without_a_table_has_no_rows_line() -> None:
    plan = plan_post(read_draft("Dinas Kesehatan membuka vaksinasi gratis di Puskesmas Colomadu, Sabtu (7/3/2026) "
                                "pukul 08.00 WIB. Warga cukup membawa KTP."))
    assert not any(line.rows for line in plan.lines)
