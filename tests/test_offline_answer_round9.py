"""Answers on the round-9 drafts (issue 11, round 9b): classes of questions in everyday online Indonesian
that the answer code misread on drafts nobody had tuned on (tests/data/quality/drafts_extra/ext13-*,
tests/data/quality/questions_round9.yaml), and the wording an officer would not post.

Each test covers a class (opening days, a missed deadline, a ready time, age rules said another way,
slots of indirect questions, things the draft never names, the hour of a day-only sentence, the words of
the answer) on two or more drafts or phrasings.
"""

from __future__ import annotations

import pytest

from benchmarks import quality_metrics as qm
from bot.offline.ages import age_allowed
from bot.offline.asked import question_slots
from bot.offline.unnamed import mostly_unnamed, unnamed_things
from tests.offline_replies import checked_reply

EXTRA = qm.DATA / "drafts_extra"


def body(prefix: str) -> str:
    return qm.read_draft(next(EXTRA.glob(f"{prefix}*.md"))).body


def first(comment: str, prefix: str) -> str:
    return checked_reply(comment, body(prefix)).suggestions[0]


KEDIRI, TAPIN, AMBON, KEBUMEN, PEKANBARU = "ext13-01", "ext13-02", "ext13-03", "ext13-04", "ext13-05"


@pytest.mark.parametrize(("comment", "prefix", "hours"), [
    ("kalo sabtu buka?", KEDIRI, "Senin sampai Kamis pukul 07.30–12.00 WIB"),
    ("poskonya sabtu buka tak?", PEKANBARU, "Senin sampai Jumat pukul 08.00–15.00 WIB"),
    ("anak sy bulan ini 17 th, kalo sabtu buka?", KEBUMEN, "setiap Sabtu pukul 08.00–12.00 WIB"),
])
def test_a_day_asked_with_buka_gets_the_opening_days(comment: str, prefix: str, hours: str) -> None:
    assert hours in first(comment, prefix)


@pytest.mark.parametrize(("comment", "prefix", "rule"), [
    ("klo udh lewat tgl 30 nya gmn, masih bisa kirim?", TAPIN, "setelah batas waktu tidak akan dinilai"),
    ("klo udh lewat tgl daftar ulang nya gmn", PEKANBARU, "dianggap mengundurkan diri"),
])
def test_a_missed_deadline_gets_what_happens_then(comment: str, prefix: str, rule: str) -> None:
    answer = first(comment, prefix)
    assert rule in answer and "Ketentuannya" in answer
    assert "Caranya" not in answer  # the "gimana" of "lewat ... gmn" asks what happens, not how


def test_a_ready_time_is_about_the_thing_asked() -> None:
    assert "sekitar tiga hari kemudian" in first("beneran gratis? trs hasilnya kapan jadi", KEDIRI)
    made = first("ktp nya jadi hari itu jg ga?", KEBUMEN)
    assert "belum menyebutkan" in made and "tujuh hari kerja" not in made  # that is the visit, not the card


@pytest.mark.parametrize(("months", "rule", "allowed"), [
    (16 * 12, "Calon murid paling tinggi berusia 15 tahun pada 1 Juli 2026", False),
    (15 * 12, "Calon murid paling tinggi berusia 15 tahun pada 1 Juli 2026", True),
    (8 * 12, "anak usia sekolah 7 sampai 17 tahun akan diperiksa di sekolah", True),
    (18 * 12, "anak usia sekolah 7 sampai 17 tahun akan diperiksa di sekolah", False),
    (58 * 12, "bagi penyandang disabilitas, lansia di atas 60 tahun dan warga yang sakit menahun", False),
    (16 * 12, "bagi yang belum berusia 17 tahun tetapi sudah menikah, dapat membawa buku nikah", True),
])
def test_age_rules_said_another_way_are_checked_as_numbers(months: int, rule: str, allowed: bool) -> None:
    assert age_allowed(months, rule) is allowed


@pytest.mark.parametrize(("comment", "slots"), [
    ("boleh kirim 2 video ga biar peluang menang gede", ["quota"]),
    ("minyak boleh beli 5 liter ka seng", ["quota"]),
    ("cek kolesterol termasuk ga kak?", ["what"]),
    ("abis daftar brp lama petugasnya dateng?", ["when"]),
    ("ktp nya jadi hari itu jg ga?", ["when"]),
    ("anak smp bisa ikut periksa ga", ["who"]),
    ("buka smp jam 3 ya?", ["when"]),
    ("lulusan mi (madrasah) boleh daftar smp negeri?", ["who", "how"]),
    ("kk kami baru pindah 3 bulan lalu, masih bisa dipakai?", ["requirements"]),
    ("jalur prestasi pake rapor kelas brp aja", ["requirements"]),
    ("daftar ulangnya kapan ya", ["when"]),
    ("awak tak pandai hp, bisa dibantu daftar dimane?", ["how"]),
    ("berapa desa yg udah ODF?", ["figures"]),
    ("pelalawan berapa titik tahun ini?", ["figures"]),
    ("kalo gagal panen dapet brp?", ["what"]),
    ("ngajuinnya lewat mana ya", ["how"]),
    ("bayarnya bs lwt apa aja min", ["how"]),
    ("syaratna naon wae, kudu mawa pbb?", ["requirements"]),
])
def test_indirect_and_regional_questions_name_their_slot(comment: str, slots: list[str]) -> None:
    assert question_slots(comment) == slots


def test_the_askers_own_place_asks_no_place() -> None:
    slots = question_slots("ktp malteng tp tinggal di ambon, bisa beli?")
    assert slots[0] == "requirements" and "where" not in slots
    assert question_slots("sy tinggal di talang ulu, ada jg ka?") == ["where"]  # a place is all it asks


def test_what_the_draft_never_names_is_said_missing_by_its_name() -> None:
    assert unnamed_things("boleh kirim 2 video ga biar peluang menang gede", body(TAPIN)) == []  # a reason
    assert unnamed_things("bisa sekalian ganti kk yg rusak ga?", body(KEBUMEN)) == ["ganti kk"]
    barista = body("ext5-08")
    assert unnamed_things("dapet uang saku ga kak?", barista) == []  # "uang transport": the draft's own words
    assert mostly_unnamed("pelatihannya nginep atau pulang pergi?", barista) == ["menginap"]
    assert mostly_unnamed("relawannya digaji ga?", body("ext6-06")) == ["digaji"]
    assert "Soal zonasi" in first("zonasi nya brp km maksimal dari sekolah", PEKANBARU)


def test_the_hour_of_a_day_only_sentence_gives_the_day_and_says_the_hour_is_missing() -> None:
    answer = first("gelombang 2 jam brp mulainya?", "ext3-09")
    assert "Minggu, 21 Desember 2025" in answer and "Soal jamnya" in answer
    assert "Puskesmas Labuan dengan kuota" not in answer  # the day, not a quote of the whole sentence
    lamongan = qm.read_draft(qm.DATA / "drafts" / "kab-01-pasar-murah-lamongan.md").body  # a tune draft
    hours = checked_reply("besok di babat jam brp buka min?", lamongan).suggestions[0]
    assert "pukul 07.00 WIB" in hours and "belum menyebutkan" not in hours  # the hours are said for every place


@pytest.mark.parametrize(("comment", "prefix", "kept", "left_out"), [
    ("anak smp bisa ikut periksa ga", "ext2-11", "siswa SD kelas 1 sampai 6", "menjelaskan"),
    ("sehari dibatesi brp orang?", KEDIRI, "dibatasi 40 orang", "menambahkan"),
    ("yg di passo hari apa ee", AMBON, "Jumat, 12 Desember 2025 – Pasar Passo", "Nusaniwe"),
    ("gula ada? harganya brp", AMBON, "Harganya: Gula pasir 1 kg: Rp17.000", "Minyakita"),
    ("jalur prestasi pake rapor kelas brp aja", PEKANBARU, "rapor kelas IV sampai VI", "afirmasi"),
    ("bayar ga nggih?", "ext9-06", "Vaksinasi rabies gratis", "VAKSINASI"),
    ("anak sy bulan ini 17 th, kalo sabtu buka?", KEBUMEN, "Layanan Sabtu Ceria dibuka", "Gebyar"),
    ("beneran gratis?", KEDIRI, "Gratis, Kak.", "Soal biaya"),
])
def test_answers_read_as_an_officer_would_post_them(comment: str, prefix: str, kept: str, left_out: str) -> None:
    answer = first(comment, prefix)
    assert kept in answer and left_out not in answer


def test_an_age_the_rule_leaves_out_gets_no_way_to_take_part() -> None:
    answer = first("aku umur 36 masih bisa daftar po?", "ext5-08")
    assert "di luar ketentuan" in answer and "Caranya" not in answer


def test_a_contest_question_filed_as_political_is_answered() -> None:
    result = checked_reply("boleh kirim 2 video ga biar peluang menang gede", body(TAPIN))
    assert result.kind == "question"
    assert "setiap peserta hanya boleh mengirim satu karya" in result.suggestions[0].lower()


def test_the_amount_given_is_the_money_line_not_the_free_registration() -> None:
    answer = first("juara 1 dapet brp", TAPIN)
    assert "Rp5.000.000" in answer and "Gratis" not in answer


@pytest.mark.parametrize(("comment", "prefix", "kept"), [
    ("bayar ga kak di puskesmas", "ext5-04", "Gratis"),
    ("hari sabtu ada gak posbakumnya", "ext10-01", "Selasa dan Kamis"),
    ("boleh beli beras 10 kilo ga min buat sekeluarga", "ext5-03", "lima kilogram beras"),
])
def test_a_short_yes_no_question_is_answered_whatever_the_model_filed_it_as(comment: str, prefix: str,
                                                                           kept: str) -> None:
    result = checked_reply(comment, body(prefix))
    assert result.kind == "question" and kept in result.suggestions[0]
