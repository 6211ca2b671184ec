"""Answers on round 15d's mechanisms (issue 11), on drafts and questions written for these tests (not the data the
changes were measured on): a way or a place the draft never names is answered by the draft's own way or place,
spoken nasal verbs ("nunggu", "nyicil") read by their root, quota cues for a limit per person and the number a
programme takes, and an age rule's duties and the asker's negated case never taken for another condition met.
"""

from __future__ import annotations

import pytest

from bot.core.reading import read_draft
from bot.offline.answer import answer_question
from bot.offline.answer_conditions import other_condition_met
from bot.offline.answer_cues import cue
from bot.offline.answer_find import spoken_nasal_roots
from bot.offline.answer_text import plain
from tests.offline_replies import checked_reply

NOT_SAID = "belum menyebutkan"

BEASISWA = (
    "Pemerintah Kabupaten Sigi membuka Beasiswa Sigi Maju bagi 400 mahasiswa asal Sigi. Pendaftaran dilakukan secara "
    "online melalui laman beasiswa.sigikab.go.id sampai 20 Mei 2026. Informasi: 0811-4500-2026."
)
BUS = (
    "Bus sekolah gratis Kota Ambon mulai beroperasi Senin (13/7/2026). Bus melayani pelajar SD dan SMP yang "
    "berseragam. \"Silakan menunggu di halte bertanda stiker kuning, jangan menyetop di sembarang tempat,\" ujar "
    "Kepala Dinas Perhubungan. Informasi: 0812-4700-1122."
)
PASAR = (
    "Pemkab Luwu menggelar pasar murah di Lapangan Andi Djemma, Belopa, Rabu (4/3/2026) mulai pukul 08.00 WITA. "
    "Beras dijual Rp55.000 per lima kilogram. Kuotanya terbatas, 300 paket per lokasi per hari."
)
KAPAL = (
    "Dinas Perhubungan membuka mudik gratis dengan kapal pada 18 Desember 2026. Penumpang mendapat tiket gratis dan "
    "bagasi sampai 15 kilogram per penumpang. Pendaftaran lewat aplikasi Mudik Sultra."
)


@pytest.mark.parametrize("comment", [
    "di desa sinyal susah, bisa daftar langsung ke kantor bupati?",
    "bisa daftar lewat kantor camat gak?",
    "daftarnya bisa di kampus kah?",
])
def test_a_way_the_draft_never_names_is_answered_by_the_drafts_own_way(comment: str) -> None:
    reply = checked_reply(comment, BEASISWA).suggestions[0]
    assert "beasiswa.sigikab.go.id" in reply
    assert NOT_SAID not in reply


@pytest.mark.parametrize("comment", [
    "nunggu busnya dimana? depan gang bisa nyetop?",
    "nunggu bus di mana ya?",
])
def test_where_to_wait_is_the_place_the_draft_names(comment: str) -> None:
    answered = answer_question(comment, BUS, "friendly")  # the answer itself (triage may read "nyetop" otherwise)
    assert answered is not None
    reply = answered[0][0]
    assert "halte bertanda stiker kuning" in reply
    assert NOT_SAID not in reply


def test_a_thing_asked_of_is_still_said_missing_even_with_a_place_asked() -> None:
    reply = checked_reply("ada cek gula darah juga di lapangan?", PASAR).suggestions[0]
    assert NOT_SAID in reply and "Rp55.000" not in reply


def test_spoken_nasal_verbs_are_read_by_their_root() -> None:
    assert spoken_nasal_roots("nunggu") == {"tunggu"}
    assert spoken_nasal_roots("nyetop") == {"setop"}
    assert "cicil" in spoken_nasal_roots("nyicil")
    assert spoken_nasal_roots("mikir") == {"pikir"}
    for word in ("nikah", "minta", "nelayan", "nomor", "makan"):
        assert spoken_nasal_roots(word) == set(), word


@pytest.mark.parametrize("sentence", [
    "Kuotanya terbatas, 300 paket per lokasi per hari.",
    "Penumpang mendapat bagasi sampai 15 kilogram per penumpang.",
    "Pemkab membuka beasiswa bagi 400 mahasiswa asal Sigi.",
    "Program ini menyasar 1.500 anak putus sekolah.",
])
def test_limits_per_person_and_the_number_a_programme_takes_are_quota(sentence: str) -> None:
    assert cue("quota", sentence) >= 2.0


def test_a_plain_sentence_is_no_quota() -> None:
    assert cue("quota", "Kegiatan dibuka oleh Bupati di halaman kantor.") == 0.0


@pytest.mark.parametrize(("comment", "draft", "said"), [
    ("sehari dibatesi brp orang?", PASAR, "300 paket per lokasi per hari"),
    ("bagasi max brp kilo?", KAPAL, "15 kilogram per penumpang"),
])
def test_a_quota_question_gets_the_limit(comment: str, draft: str, said: str) -> None:
    assert said in checked_reply(comment, draft).suggestions[0]


RULE = ("Peserta harus berusia 13 sampai 18 tahun, berasal dari keluarga yang terdaftar dalam DTSEN, dan membawa "
        "surat keterangan dari kepala desa atau lurah yang menyatakan anak tersebut tidak bersekolah")
KTP = "Perekaman KTP-el: warga yang sudah berusia 17 tahun atau sudah menikah dan belum pernah merekam"


@pytest.mark.parametrize("comment", [
    "adik sy umur 19 putus sekolah, masih bisa daftar?",
    "anak sy 20 thn udah gak sekolah, bisa ikut?",
])
def test_duties_after_an_age_are_no_other_condition_met(comment: str) -> None:
    assert not other_condition_met(comment, RULE)


@pytest.mark.parametrize(("comment", "met"), [
    ("adik sy umur 16 thn 10 bulan, belum nikah. bisa rekam ktp kah?", False),
    ("adik sy 16 thn tapi gak nikah, bisa rekam?", False),
    ("adik sy 16 thn tp udh nikah, bisa rekam?", True),
])
def test_a_condition_the_asker_says_they_lack_is_not_met(comment: str, met: bool) -> None:
    assert other_condition_met(comment, KTP) is met


def test_an_age_over_a_range_with_duties_is_outside() -> None:
    draft = ("Pemprov membuka Program Kembali Sekolah. " + RULE + ". Pendaftaran melalui sekolah terdekat "
             "paling lambat 30 April 2026.")
    reply = checked_reply("adik sy umur 19 putus sekolah, masih bisa daftar?", draft).suggestions[0]
    assert "di luar ketentuan" in reply


FOGGING = (
    "Pengasapan (fogging) oleh petugas puskesmas untuk RW 03 dan RW 05 dilakukan pada Senin (10/8/2026). Untuk RW 01, "
    "RW 02, dan RW 04 pengasapan dilakukan pada Selasa (11/8/2026). Warga diminta menutup makanan."
)


@pytest.mark.parametrize(("comment", "day", "other"), [
    ("rw 02 difogging hari apa?", "Selasa (11/8/2026)", "Senin (10/8/2026)"),
    ("RW 5 kapan disemprot?", "Senin (10/8/2026)", "Selasa (11/8/2026)"),
])
def test_a_unit_code_asked_picks_its_line(comment: str, day: str, other: str) -> None:
    answered = answer_question(comment, FOGGING, "friendly")
    assert answered is not None
    assert day in answered[0][0] and other not in answered[0][0]


@pytest.mark.parametrize(("said", "kept"), [
    ("Suyono menegaskan tidak ada biaya apa pun untuk mendapatkan bantuan ini.", "Tidak ada biaya apa pun"),
    ("Hendrik menegaskan pendaftaran tidak dipungut biaya apa pun.", "Pendaftaran tidak dipungut biaya"),
])
def test_who_said_it_is_left_out_of_the_answer(said: str, kept: str) -> None:
    draft = "Dinas Pertanian membuka pengajuan bantuan benih padi bagi kelompok tani sampai 15 April 2026. " + said
    reply = checked_reply("bayar gak?", draft).suggestions[0]
    assert kept.lower() in reply.lower()
    assert "menegaskan" not in reply


def test_thanks_said_by_an_official_is_never_made_the_replys_own() -> None:
    said = "Gubernur menyampaikan terima kasih kepada wajib pajak yang taat"
    assert plain(said, read_draft(said + ".")).lower().startswith("gubernur menyampaikan")


@pytest.mark.parametrize("dateline", ["Mataram, 9 Maret 2026", "Kota Baru, 12 Januari 2027."])
def test_a_dateline_alone_says_no_when(dateline: str) -> None:
    assert cue("when", dateline) == 0.0
    assert cue("when", "Pendaftaran dibuka 9 Maret 2026.") >= 2.0
    assert cue("when", "Sabtu, 24 Mei 2025") >= 2.0  # a day, not a dateline


def test_a_dateline_is_never_given_as_the_schedule() -> None:
    draft = ("SIARAN PERS\n\nMataram, 9 Maret 2026\n\nPemprov membuka bantuan sekolah. Orang tua dapat mendaftar "
             "melalui sekolah terdekat paling lambat 30 April 2026.")
    answered = answer_question("daftarnya dmn? batasnya kapan", draft, "friendly")
    assert answered is not None
    assert "30 April 2026" in answered[0][0] and "9 Maret" not in answered[0][0]


def test_ia_merinci_is_left_out_of_the_answer() -> None:
    draft = ("PDAM membuka sambungan rumah gratis. Ia merinci, meteran dan ongkos tukang ditanggung sepenuhnya oleh "
             "program.")
    reply = checked_reply("meteran bayar gak?", draft).suggestions[0]
    assert "merinci" not in reply and "ditanggung sepenuhnya" in reply


def test_an_office_that_says_it_stays_as_the_source() -> None:
    said = "Pemkot menegaskan pendaftaran tidak dipungut biaya"
    assert plain(said, read_draft(said + ".")).lower().startswith("pemkot menegaskan")
