"""Round 39 of issue 11: what a handout pays at once stays with its amount, and a notice's announcing frame
("Bersama ini disampaikan kepada seluruh Kepala Desa ... bahwa") is no context of its own.

Texts are our own, written in the shapes the extra set's regressions showed.
"""

from __future__ import annotations

from bot.core.reading import read_draft
from tests.support.reading_checks import instagram_post as _post

HANDOUT = (
    "PENGUMUMAN\n\n"
    "Bantuan Langsung Tunai Dana Desa tahap ketiga akan disalurkan kepada delapan puluh keluarga penerima manfaat "
    "di Desa Contoh.\n\n"
    "Besaran bantuan tiga ratus ribu rupiah per bulan, sehingga setiap keluarga menerima sembilan ratus ribu "
    "rupiah sekaligus untuk tiga bulan.\n\n"
    "Penyaluran pada Senin, 11 Oktober 2027 pukul 09.00 WITA di Aula Kantor Desa Contoh. Bawa KTP asli dan "
    "Kartu Keluarga asli.\n"
)
RITE = (
    "Bupati Contoh meninjau pasar tradisional Sentosa pada Rabu (6/10/2027), sekaligus meninjau kesiapan los "
    "pedagang yang baru dibangun.\n"
)
NOTICE = (
    "PEMERINTAH KECAMATAN CONTOH\n\n"
    "Bersama ini disampaikan kepada seluruh Kepala Desa, Ketua RT/RW dan warga Kecamatan Contoh bahwa akan "
    "dilaksanakan pasar murah menjelang Hari Raya Natal 2027, bekerja sama dengan Perum Bulog.\n\n"
    "Pasar murah dibuka Senin, 13 Desember 2027 pukul 08.00–12.00 WITA di halaman Kantor Camat Contoh. Beras "
    "lima kilogram dijual Rp55.000 dan minyak goreng Rp15.000 per liter.\n\n"
    "Pembelian dibatasi satu kupon untuk satu Kartu Keluarga dan tidak dapat diwakilkan.\n"
)


def test_what_a_handout_pays_at_once_stays_in_its_clause() -> None:
    sheet = read_draft(HANDOUT)
    amount = next(c for c in sheet.clauses if "sembilan ratus ribu" in c.text)
    assert amount.text.endswith("sekaligus untuk tiga bulan"), amount.text
    assert "sembilan ratus ribu rupiah sekaligus untuk tiga bulan" in _post(HANDOUT)


def test_sekaligus_still_opens_a_rite() -> None:
    sheet = read_draft(RITE)
    assert any(c.text.startswith("sekaligus meninjau") for c in sheet.clauses), [c.text for c in sheet.clauses]


def test_an_announcing_frame_is_never_shown_as_context() -> None:
    post = _post(NOTICE)
    assert "Bersama ini disampaikan" not in post and "disampaikan kepada seluruh Kepala Desa" not in post, post
    assert "satu kupon untuk satu Kartu Keluarga" in post, post
