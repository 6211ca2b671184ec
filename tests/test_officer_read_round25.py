"""Round 25: what an officer would strike in the posts of blind batch 25 (issue 11).

Drafts are written for these tests; none is a draft of the data set.
"""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_text import cut_off, undangled
from tests.support.reading_checks import instagram_post, marked_line, slot_texts

SEEDS = """PENGUMUMAN DESA SUKAMAJU

Dinas Pertanian membagikan bibit durian GRATIS tahun ini.
HANYA untuk anggota kelompok tani yang sudah terdaftar di SIMLUHTAN.
Petani yang belum masuk kelompok tani TIDAK termasuk penerima tahap ini.

Pengambilan bibit: Sabtu (19/12/2026) pukul 08.00 WIB di Balai Desa Sukamaju.
Bawa fotokopi KTP dan KK.

Info: Pak Darto Wiyono (Kaur Perencanaan) – WA 0852-1111-2233"""

RICE = ("Penyaluran bantuan beras bagi Keluarga Penerima Manfaat (KPM) di Kecamatan Contoh dilaksanakan pada Senin, "
        "14 Desember 2026, pukul 08.00 WIB di Balai Desa Contoh. Setiap KPM menerima sepuluh kilogram beras tanpa "
        "biaya. KPM wajib membawa undangan dan KTP asli. Warga yang namanya tidak ada di daftar KPM tidak dapat "
        "dilayani di lokasi.\nInformasi: 0813-2222-3344.")


def test_who_is_left_out_is_no_audience() -> None:
    who = " ".join(slot_texts(SEEDS, Slot.WHO)).lower()
    assert "anggota kelompok tani yang sudah terdaftar" in who
    assert "penerima tahap ini" not in who


def test_who_is_not_served_is_said_once_under_its_own_mark() -> None:
    post = instagram_post(RICE)
    assert "tidak dapat dilayani" not in marked_line(post, "👥")
    assert "tidak ada di daftar" in marked_line(post, "🚫")
    assert "tidak dapat dilayani" not in marked_line(post, "📝")  # a refusal is no way to take part


def test_a_contact_line_keeps_the_person_named_with_the_number() -> None:
    contacts = slot_texts(SEEDS, Slot.CONTACT)
    assert contacts == ["Pak Darto Wiyono (Kaur Perencanaan) – WA 0852-1111-2233"]
    assert "Darto Wiyono" in marked_line(instagram_post(SEEDS), "📞")


def test_a_channel_word_is_no_person() -> None:
    draft = SEEDS.replace("Pak Darto Wiyono (Kaur Perencanaan) – WA 0852-1111-2233", "WA 0852-1111-2233")
    assert slot_texts(draft, Slot.CONTACT) == ["0852-1111-2233"]


def test_the_number_alone_is_the_short_form_of_a_named_contact() -> None:
    sheet = read_draft(SEEDS)
    assert sheet.of(Slot.CONTACT)
    post = OfflineEngine().rewrite(RewriteRequest(draft=SEEDS, platforms=["x"])).posts[0]
    assert "0852-1111-2233" in post.whole_text


def test_no_line_ends_on_a_word_that_ties_it_to_what_was_cut() -> None:
    post = instagram_post(RICE)
    for line in post.splitlines():
        assert not line.rstrip(" .").lower().endswith((" tanpa", " yang", " dan", " atau", " agar")), line


@pytest.mark.parametrize(("value", "kept"), [
    ("Setiap KPM menerima sepuluh kilogram beras tanpa", "Setiap KPM menerima sepuluh kilogram beras"),
    ("Kantor desa agar", "Kantor desa"),
    ("Gratis", "Gratis"),
])
def test_a_cut_loses_its_tying_word(value: str, kept: str) -> None:
    assert undangled(value) == kept


def test_a_group_cut_inside_its_relative_clause_is_no_group() -> None:
    assert cut_off("warga Padang Lawas yang hingga")
    assert not cut_off("warga yang belum terdaftar")


PIGS = ("Dinas Peternakan Kabupaten Contoh mengimbau peternak agar tidak membeli atau mengirim babi tanpa surat "
        "keterangan kesehatan hewan. Bupati berharap peternak mengurus dokumen resmi daripada mengirim diam-diam lewat "
        "perahu. Pemeriksaan gratis setiap hari pukul 08.00–16.00 WITA di Pos Kesehatan Hewan Pelabuhan Contoh.")
MARKET = ("Pasar murah digelar di Kelurahan Contoh pada Sabtu, 12 Desember 2026, pukul 08.00 WIB. Warga tidak perlu "
          "kupon atau mendaftar sebelumnya, datang saja sesuai jadwal di kelurahan terdekat. Beras dijual Rp52.000 "
          "per lima kilogram.")


def test_a_negation_shared_by_two_verbs_stays_with_the_second() -> None:
    hows = slot_texts(PIGS, Slot.HOW)
    assert any(h.startswith("tidak membeli atau mengirim babi") for h in hows), hows
    assert not any(h.startswith("mengirim babi") for h in hows)
    assert not any("diam-diam" in h for h in hows)  # what is preferred to: the way not to take
    assert "Tidak perlu kupon atau mendaftar" in marked_line(instagram_post(MARKET), "📝")


EVENING = ("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kota Contoh membuka layanan sore di tiga "
           "puskesmas mulai Senin (14/12/2026). Ketiganya adalah Puskesmas Kedaton, Puskesmas Sumur Batu, dan "
           "Puskesmas Way Halim. Layanan sore buka Senin sampai Jumat pukul 15.00–20.00 WIB dan gratis bagi warga "
           "ber-KTP Kota Contoh.")


def test_the_places_a_count_named_are_where() -> None:
    assert "Puskesmas Kedaton, Puskesmas Sumur Batu, dan Puskesmas Way Halim" in slot_texts(EVENING, Slot.WHERE)


def test_an_agency_for_family_planning_is_no_plan() -> None:
    sheet = read_draft(EVENING)
    opened = next(c for c in sheet.clauses if "membuka layanan sore" in c.text)
    assert opened.benefit > 0


def test_a_range_with_a_weekday_at_each_end_is_one_when() -> None:
    draft = ("Verifikasi data penerima bibit di Kantor Desa Contoh, Senin 14 s.d. Rabu 16 Desember 2026, jam 8-12 "
             "siang. Bibit gratis bagi anggota kelompok tani yang terdaftar.")
    assert any("Senin 14 s.d. Rabu 16 Desember 2026" in w for w in slot_texts(draft, Slot.WHEN))


def test_an_hour_in_words_is_a_fact_to_check_but_no_when() -> None:
    from bot.core.fact_check import check_facts

    draft = ("Posko pengaduan di Kantor Dinas Sosial buka Senin sampai Jumat, jam delapan pagi sampai jam tiga sore. "
             "Stok beras habis menjelang pukul sebelas siang.")
    assert check_facts("Posko buka Senin–Jumat, jam 8 pagi–3 sore.", [draft]).ok
    assert not check_facts("Posko buka Senin–Jumat, jam 9 pagi–3 sore.", [draft]).ok
    assert not any("sebelas" in w for w in slot_texts(draft, Slot.WHEN))


def test_a_group_a_rule_leaves_out_after_it_is_no_audience() -> None:
    draft = ("Pemkot Contoh menanggung iuran JKN kelas 3 bagi warga ber-KTP Kota Contoh yang belum terdaftar. Warga "
             "yang masih ber-KTP daerah lain, termasuk mahasiswa dan pekerja perantau, tidak termasuk dalam skema ini.")
    who = " ".join(slot_texts(draft, Slot.WHO)).lower()
    assert "mahasiswa dan pekerja perantau" not in who
    assert "warga ber-ktp kota contoh" in who


def test_what_an_ask_adds_to_the_lead_opens_without_the_stop() -> None:
    from bot.offline.post_asks import Asks
    from bot.offline.post_repeats import asks_after_lead

    asks = Asks(("*segera mengungsi ke posko terdekat bila air naik*. Utamakan lansia dan anak-anak",
                 "simpan dokumen penting dalam plastik"), 0, 10)
    rest = asks_after_lead(asks, "Segera mengungsi ke posko terdekat bila air naik.")
    assert rest.items[0] == "Utamakan lansia dan anak-anak"
