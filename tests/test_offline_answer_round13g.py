"""Answers on round 13g's mechanisms (issue 11), on drafts and questions written for these tests (not the data the
changes were measured on): every age rule of a sentence checked (a fare's tiers), spoken "-in" verbs and regional
particles never taken for things the draft does not name, a reason said after the question not asked, "kah" in the
middle of a question, and "perlu bawa ...?" read as a question on what to bring.
"""

from __future__ import annotations

import json

import yaml

from benchmarks import quality_metrics as qm
from bot.offline.ages import age_allowed
from bot.offline.answer_find import spoken_suffix_root
from bot.offline.asked import asks, question_slots
from tests.offline_replies import checked_reply

NOT_SAID = "belum menyebutkan"

FERI = (
    "ASDP Cabang Bajoe membuka pemesanan tiket feri Bajoe–Kolaka untuk libur sekolah, 20 Juni sampai 5 Juli 2026. "
    "Tarif penumpang dewasa Rp120.000; anak usia 3–11 tahun membayar separuh tarif dewasa, sedangkan balita di bawah "
    "3 tahun gratis tanpa kursi. Tiket dibeli lewat aplikasi Ferizy paling lambat sehari sebelum berangkat."
)
BEDAH = (
    "Pemerintah Desa Sukamaju mendata calon penerima bantuan perbaikan rumah tidak layak huni tahun 2026. "
    "Warga yang ingin diusulkan mendaftar ke kantor desa sampai 14 Maret 2026 dengan membawa fotokopi KTP dan KK. "
    "Rumah yang diusulkan harus berdiri di atas tanah milik sendiri, bukan tanah sewa."
)
PELATIHAN = (
    "BLK Kabupaten Sleman membuka pelatihan menjahit gratis untuk 32 peserta, 6 sampai 24 April 2026. Berkas yang "
    "disiapkan pendaftar: fotokopi KTP, ijazah terakhir dan pas foto 3x4 dua lembar. Pendaftaran di kantor BLK "
    "Jalan Magelang Km 9 setiap hari kerja pukul 08.00–14.00 WIB."
)
KTP_KELILING = (
    "Disdukcapil Kabupaten Lebak membuka perekaman KTP-el keliling di Kecamatan Cibeber pada 9–11 Februari 2026. "
    "Syarat yang dibawa cukup fotokopi Kartu Keluarga. KTP-el langsung dicetak di tempat bila blangko tersedia."
)


def first(comment: str, draft: str) -> str:
    return checked_reply(comment, draft).suggestions[0]


def test_the_round13g_questions_quote_drafts_outside_ext25_and_never_a_held_out_one() -> None:
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    held_out = set(split["drafts"]["test"])
    bodies = {d.id: d.body for d in qm.load_drafts(qm.EXTRA_DRAFTS)}
    rows = yaml.safe_load((qm.DATA / "questions_round13g.yaml").read_text(encoding="utf-8"))["questions"]
    assert len(rows) >= 40 and not {r["draft"] for r in rows} & held_out
    assert not any(r["draft"].startswith("ext25-") for r in rows)
    assert len({r["draft"].split("-")[0] for r in rows}) >= 8  # drafts of many batches
    for row in rows:
        assert all(a["answer"] in bodies[row["draft"]] for a in row.get("answers") or []), row["text"]


def test_every_age_tier_of_a_sentence_is_checked() -> None:
    tiers = "anak usia 3–11 tahun membayar separuh tarif, sedangkan balita di bawah 3 tahun gratis tanpa kursi"
    assert age_allowed(24, tiers) is True  # two years old: the toddler tier
    assert age_allowed(7 * 12, tiers) is True  # the child tier
    assert age_allowed(15 * 12, tiers) is False  # no tier takes in a fifteen-year-old
    assert age_allowed(30, "bayi di bawah 2 tahun gratis") is False
    assert age_allowed(70 * 12, "penumpang di atas 65 tahun mendapat potongan") is True


def test_a_toddler_asked_of_a_tiered_fare_is_inside_the_rule() -> None:
    reply = first("anak sy 2 tahun bayar ga?", FERI)
    assert "masih masuk ketentuan" in reply and "di luar ketentuan" not in reply


def test_spoken_in_verbs_are_read_by_their_root() -> None:
    assert spoken_suffix_root("diusulin") == "usul"
    assert spoken_suffix_root("siapin") == "siap"
    assert spoken_suffix_root("vaksin") is None and spoken_suffix_root("kemarin") is None


def test_a_spoken_verb_is_no_thing_the_draft_never_names() -> None:
    reply = first("rumah bapak sy bisa diusulin gak?", BEDAH)
    assert "diusulin" not in reply and NOT_SAID not in reply
    assert question_slots("bapak sy tinggal di tanah sewaan, rumahnya bisa diusulin gak?") == ["who"]


def test_a_form_of_address_and_the_askers_reason_are_not_asked() -> None:
    reply = first("berkasnya apa aja mbakyu? biar sy fotokopiin dr sekarang", PELATIHAN)
    assert NOT_SAID not in reply and "ijazah terakhir" in reply


def test_a_regional_particle_is_no_thing_asked() -> None:
    reply = first("pelatihannya gratis nian kah?", PELATIHAN)
    assert NOT_SAID not in reply and "Gratis" in reply


def test_kah_in_the_middle_asks() -> None:
    assert asks("ktp nya langsung jadi kah atau nunggu seminggu")
    assert "when" in question_slots("ktp nya langsung jadi kah atau nunggu seminggu")
    assert "requirements" not in question_slots("ktp nya langsung jadi kah atau nunggu seminggu")


def test_perlu_bawa_asks_what_to_bring() -> None:
    assert question_slots("perlu bawa akta kelahiran gak?") == ["requirements"]
    assert "fotokopi Kartu Keluarga" in first("perlu bawa fotokopi kk gak?", KTP_KELILING)
    reply = first("perlu bawa akta kelahiran gak?", KTP_KELILING)  # a thing the draft never names: said so
    assert NOT_SAID in reply and "akta kelahiran" in reply

