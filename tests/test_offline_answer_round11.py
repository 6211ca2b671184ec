"""Answers on the round-11b questions (issue 11): classes of questions the answer code misread on older extra
drafts (tests/data/quality/questions_round11.yaml), fixed by general mechanisms: words run together and regional
forms, a late citizen's date check, eligibility checked against every condition of a rule and against a
minimum, the asker's problem case read by meaning, a free rule limited to a group, a levy reported.

Each test covers a class on two or more drafts or phrasings.
"""

from __future__ import annotations

import json

import pytest
import yaml

from benchmarks import quality_metrics as qm
from bot.offline.ages import age_allowed
from bot.offline.asked import asked_age, normalise, question_slots
from tests.offline_replies import checked_reply

EXTRA = qm.DATA / "drafts_extra"
SAMSAT_ACEH, PDAM_JAYAPURA, BLT_LOMTENG, KTP_SANGIHE, PBB_PALANGKA = "ext-01", "ext-05", "ext-08", "ext-18", "ext-23"
PKB_JEMBER, CEK_KENDARI, PUSKESMAS_PALU, KTP_PALU, BINTARA = "ext10-02", "ext11-07", "ext12-02", "ext15-01", "ext15-03"
SPMB_KENDARI, PASAR_BUKITTINGGI, NELAYAN_NATUNA, MUDIK_SUMUT = "ext15-05", "ext6-05", "ext11-01", "ext11-02"
NOT_SAID = "belum menyebutkan"


def body(prefix: str) -> str:
    return qm.read_draft(next(EXTRA.glob(f"{prefix}-*.md"))).body


def first(comment: str, prefix: str) -> str:
    return checked_reply(comment, body(prefix)).suggestions[0]


def test_the_round11_questions_quote_their_drafts_and_never_a_held_out_one() -> None:
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    held_out = set(split["drafts"]["test"])
    bodies = {d.id: d.body for d in qm.load_drafts(EXTRA)}
    for name, least in (("questions_round11.yaml", 100), ("questions_round11b.yaml", 40)):
        rows = yaml.safe_load((qm.DATA / name).read_text(encoding="utf-8"))["questions"]
        assert len(rows) >= least and not {r["draft"] for r in rows} & held_out
        for row in rows:
            assert all(a["answer"] in bodies[row["draft"]] for a in row.get("answers") or []), row["text"]


@pytest.mark.parametrize(("comment", "slot"), [
    ("sampejamberapa bukanya?", "when"),  # question words run together
    ("bukajamberapa min", "when"),
    ("ambo baru bisa ngurus november, masih sempat?", "deadline"),  # Minang, a late date checked
    ("nanti diperpanjang kan programnya?", "deadline"),
    ("kalau bayar bulan depan kena denda lagi?", "deadline"),
    ("jembatan itu kapan jadi?", "target"),  # works asked when done
    ("mobil samsatnya mampir ke kecamatan puger ga?", "where"),  # a stop named
    ("kami 6 org mau daftar, cukup satu akun?", "quota"),
    ("tinggi sy 158 cm, lolos ga?", "requirements"),  # a measure checked
    ("anak sy lg S2, dapat juga?", "who"),  # a school level asked
])
def test_intents_read_from_the_whole_comment(comment: str, slot: str) -> None:
    assert slot in question_slots(comment)


def test_a_sentence_said_without_spaces_reads_as_its_words() -> None:
    assert normalise("sampejamberapa") == "sampai jam berapa"
    assert normalise("gajian") == "gajian"  # a word is not split into pieces that are not all question words


@pytest.mark.parametrize(("comment", "prefix", "span"), [
    ("tanggal 3 november masih dapet bebas denda ga?", PKB_JEMBER, "31 Oktober 2025"),
    ("kalau baru bisa bayar november kena denda lagi kah?", PBB_PALANGKA, "denda dua persen per bulan kembali berlaku"),
    ("gajian sy tgl 5 september, nanti diperpanjang kan programnya?", SAMSAT_ACEH, "tidak akan diperpanjang"),
    ("ambo baru bisa ngurus november, masih sempat?", PASAR_BUKITTINGGI, "31 Oktober 2025"),
])
def test_a_late_date_is_checked_against_the_period_never_said_missing(comment: str, prefix: str, span: str) -> None:
    answer = first(comment, prefix)
    assert span in answer and NOT_SAID not in answer


@pytest.mark.parametrize(("comment", "prefix"), [
    ("adik sy 16 thn tp udh nikah, boleh rekam?", KTP_PALU),  # "atau sudah pernah menikah"
    ("anak sy 16 thn 10 bln tp udh kelas 12 SMA, bisa rekam?", KTP_SANGIHE),  # "kelas XII"
    ("umur sy baru 35 tp ada darah tinggi, boleh ikut cek?", CEK_KENDARI),  # "penderita hipertensi"
    ("ibu sy 38 thn tapi sakit gula, bisa diperiksa?", CEK_KENDARI),  # "penderita diabetes"
])
def test_an_asker_under_the_age_who_names_another_condition_is_inside_the_rule(comment: str, prefix: str) -> None:
    assert "masih masuk ketentuan" in first(comment, prefix)


@pytest.mark.parametrize(("comment", "prefix"), [
    ("anak sy 16 thn, bisa rekam?", KTP_PALU),  # no other condition named: the age decides
    ("umur sy 35, boleh ikut cek?", CEK_KENDARI),
    ("bapak sy masih melaut umur 67, bisa didaftarin?", NELAYAN_NATUNA),
    ("umur sy 23 thn, masih bisa daftar bintara?", BINTARA),  # "paling rendah ... dan paling tinggi 22 tahun"
])
def test_an_age_alone_outside_the_rule_stays_outside(comment: str, prefix: str) -> None:
    assert "di luar ketentuan" in first(comment, prefix)


def test_ages_are_read_with_their_months_and_between_two_limits() -> None:
    assert asked_age("anak sy juli nanti 5 thn 8 bln, bisa?") == 68
    assert asked_age("umur sy baru 35 tp ada darah tinggi") == 420
    rule = "berusia paling rendah 17 tahun 6 bulan dan paling tinggi 22 tahun pada saat pembukaan pendidikan"
    assert age_allowed(17 * 12 + 3, rule) is False and age_allowed(20 * 12, rule) is True
    assert age_allowed(23 * 12, rule) is False


@pytest.mark.parametrize(("comment", "prefix", "span"), [
    ("SPPT sy ilang pas kebanjiran kemarin, trs gmn bayarnya?", PBB_PALANGKA, "salinan dapat dicetak gratis"),
    ("inak sy lagi sakit ndak bisa bangun, boleh diwakilin anaknya?", BLT_LOMTENG, "surat kuasa"),
    ("nama sy gak ada di daftar pdhl layak. ngadu kmn?", BLT_LOMTENG, "belum terdata"),
])
def test_the_asker_s_problem_case_gets_the_sentence_about_that_case(comment: str, prefix: str, span: str) -> None:
    assert span in first(comment, prefix)


@pytest.mark.parametrize(("comment", "prefix", "verdict"), [
    ("tinggi sy 160 cm, cowok. lolos ga?", BINTARA, "belum memenuhi"),  # 163 cm for men
    ("tinggi sy 160 cm, cewek. lolos ga?", BINTARA, "sudah memenuhi"),  # 157 cm for women
])
def test_a_measure_is_checked_against_the_rule_s_minimum(comment: str, prefix: str, verdict: str) -> None:
    answer = first(comment, prefix)
    assert verdict in answer and "cm" in answer


@pytest.mark.parametrize(("comment", "prefix"), [
    ("sy blm punya bpjs, berobat hari sabtu bayar brp?", PUSKESMAS_PALU),
    ("kalau bukan peserta bpjs bayar ga?", PUSKESMAS_PALU),
])
def test_a_free_rule_for_a_group_is_not_a_plain_gratis_to_an_asker_outside_it(comment: str, prefix: str) -> None:
    answer = first(comment, prefix)
    assert not answer.startswith("Halo, Kak! Gratis") and NOT_SAID in answer and "peserta BPJS" in answer


@pytest.mark.parametrize(("comment", "prefix"), [
    ("kemarin tahap 1 dipotong 50rb katanya buat admin. emang ada potongan resmi?", BLT_LOMTENG),
    ("td tetangga dimintai 20rb sm oknum, itu resmi?", BLT_LOMTENG),
])
def test_a_levy_told_gets_the_draft_s_channel_to_report_it(comment: str, prefix: str) -> None:
    answer = first(comment, prefix)
    assert "0819-0744-2210" in answer and "laporkan" in answer


@pytest.mark.parametrize(("comment", "prefix"), [
    ("berapa ongkosnya daeng?", "ext11-04"),  # a word naming the slot is no missing thing
    ("jadi sy nerima brp totalnya?", BLT_LOMTENG),
    ("pulang kebun jam 4 sore masih keburu ga?", KTP_SANGIHE),
    ("gigi sy sakit, sabtu ada dokter gigi?", PUSKESMAS_PALU),  # meaning: "dokter gigi" is the "poli gigi"
    ("baju olahraga dikasih jg ga?", "ext2-09"),  # "baju" is the "seragam"
])
def test_words_the_draft_says_otherwise_are_not_said_missing(comment: str, prefix: str) -> None:
    assert NOT_SAID not in first(comment, prefix)
