"""Round 21q of issue 11: an age stated by a citizen checked against the right rule of the draft — a limit written
before its verb, the rule of the thing asked when one sentence holds several, the limit of the group asked in a
per-group list, and the draft's age rule when the sentence found for "who" states none (drafts and questions
written for these tests)."""

from __future__ import annotations

import pytest

from bot.offline.ages import age_allowed
from bot.offline.answer import answer_question
from bot.offline.answer_conditions import rule_on_asked
from bot.offline.answer_cues import PERIOD_END, UNTIL
from bot.offline.asked import normalise, question_parts

JOBS = ("Dinas Tenaga Kerja Kota Contoh menggelar bursa kerja pada Rabu, 9 Desember 2026 di Gedung Serbaguna. "
        "Bursa kerja terbuka bagi pencari kerja minimal berusia 18 tahun, lulusan SMA/SMK maupun sarjana. "
        "Informasi: 0741-000-111.")
IDS = ("Disdukcapil Kabupaten Contoh membuka layanan keliling di kantor camat pada Selasa, 15 Desember 2026. "
       "Perekaman KTP elektronik diperuntukkan bagi warga yang sudah berusia 17 tahun atau sudah pernah menikah, "
       "sedangkan KIA dapat dibuatkan untuk anak usia 0 sampai 17 tahun. Layanan tidak dipungut biaya.")
SCHOOL = ("Kementerian membuka pendaftaran sekolah berasrama. Calon siswa berusia paling tinggi 7 tahun untuk SD, "
          "15 tahun untuk SMP, dan 18 tahun untuk SMA pada 1 Juli 2027. Pendaftaran lewat dinas sosial setempat.")
CHECKS = ("Puskesmas Kota membuka pemeriksaan kesehatan gratis bagi warga yang berulang tahun pada bulan ini. "
          "Untuk warga berusia 18 tahun ke atas, pemeriksaan meliputi tekanan darah dan gula darah. "
          "Datang ke puskesmas dengan membawa KTP.")
GLASSES = ("Dinas Kesehatan membagikan kacamata gratis buat: anak sekolah usia 7-15 tahun; lansia usia 60 tahun "
           "ke atas. Pemeriksaan di Puskesmas Kota, Sabtu, 12 Desember 2026.")


@pytest.mark.parametrize(("months", "allowed"), [(17 * 12, False), (18 * 12, True), (30 * 12, True)])
def test_a_limit_written_before_its_verb_is_read(months: int, allowed: bool) -> None:
    assert age_allowed(months, "terbuka bagi pencari kerja minimal berusia 18 tahun") is allowed
    assert age_allowed(months, "peserta paling rendah berumur 18 tahun") is allowed


@pytest.mark.parametrize(("question", "verdict"), [
    ("umur aku 17 baru tamat smk, boleh masuk bursa kerja dak?", "di luar ketentuan"),
    ("pas 18 taun kemarin, bisa ikut ya kak?", "masih masuk ketentuan"),
])
def test_a_minimum_before_the_verb_gives_the_verdict(question: str, verdict: str) -> None:
    reply = answer_question(question, JOBS, "friendly")
    assert reply is not None and verdict in reply[0][0]


def test_the_rule_of_the_thing_asked_is_the_one_checked() -> None:
    rule = rule_on_asked("umur 16 thn, bisa rekam ktp?", IDS.split(". ")[1])
    assert "KTP" in rule and "KIA" not in rule
    reply = answer_question("keponakan umur 16 thn, blm kawin, bisa ikut rekam ktp?", IDS, "friendly")
    assert reply is not None and "di luar ketentuan" in reply[0][0]


def test_a_sentence_naming_no_thing_asked_over_another_keeps_every_rule() -> None:
    sentence = IDS.split(". ")[1]
    assert rule_on_asked("umur 16, bisa ikut?", sentence) == sentence


def test_the_limit_of_the_group_asked_is_used() -> None:
    rule = rule_on_asked("anak sy lulus SMP, umurnya 15. bisa daftar SMA?", SCHOOL)
    assert age_allowed(15 * 12, rule) is True
    reply = answer_question("anak sy lulus SMP thn ini, umurnya 15. bisa daftar SMA?", SCHOOL, "friendly")
    assert reply is not None and "masih masuk ketentuan" in reply[0][0]
    reply = answer_question("anak sy umurnya 9, bisa daftar SD?", SCHOOL, "friendly")
    assert reply is not None and "di luar ketentuan" in reply[0][0]


def test_the_draft_age_rule_checks_an_age_when_the_who_found_states_none() -> None:
    reply = answer_question("adik sa umur 17, bisa ikut pemeriksaan gratis?", CHECKS, "friendly")
    assert reply is not None and "di luar ketentuan" in reply[0][0] and "18 tahun" in reply[0][0]


def test_a_tier_list_lead_in_does_not_pick_the_first_tier() -> None:
    reply = answer_question("mama sa pas 60 tahun bulan lalu, dapat kacamata ko sonde?", GLASSES, "friendly")
    assert reply is not None and "masih masuk ketentuan" in reply[0][0]


MASKS = ("Pemkot Contoh menyiapkan dua puluh ribu lembar masker untuk warga terdampak abu. Masker dapat diambil "
         "gratis di seluruh puskesmas setiap hari pukul 08.00-16.00 WIT. Informasi: 0921-000-111.")
RATIONS = ("Pemkot Contoh membagikan masker gratis di seluruh puskesmas. Setiap warga mendapat dua lembar masker "
           "per hari. Informasi: 0921-000-111.")


@pytest.mark.parametrize("question", ["satu orang dapa berapa lembar masker?", "per orang dapat berapa lembar?",
                                      "seorang dapet brp masker min?"])
def test_a_share_asked_of_a_total_is_said_missing(question: str) -> None:
    reply = answer_question(question, MASKS, "friendly")
    assert reply is not None
    assert "belum menyebutkan" in reply[0][0] and "dua puluh ribu" not in reply[0][0]


def test_a_share_the_draft_gives_is_the_answer() -> None:
    reply = answer_question("satu orang dapat berapa lembar masker?", RATIONS, "friendly")
    assert reply is not None and "dua lembar masker per hari" in reply[0][0]
    assert "belum menyebutkan" not in reply[0][0]


WAIVER = ("Pemprov Contoh menghapus denda pajak kendaraan bermotor. Kepala Bapenda menyampaikan bahwa program ini "
          "berlaku tanggal tujuh hingga tiga puluh Desember 2026 dan mencakup dua bentuk keringanan. "
          "Jam layanan Senin sampai Jumat pukul 08.00–14.00 WITA dan Sabtu pukul 08.00–12.00 WITA.")


@pytest.mark.parametrize(("question", "slots"), [
    ("daftarnya sampe tgl brp bang?", ["deadline"]),  # "until which date" asks what "until when" asks
    ("pendaftaran sampai bulan apa?", ["deadline"]),
])
def test_until_which_date_asks_the_end(question: str, slots: list[str]) -> None:
    assert [s for _, found in question_parts(question) for s in found] == slots


def test_a_stated_date_is_no_question_of_the_end() -> None:
    assert normalise("bisa sampai tanggal 25?") == "bisa sampai tanggal 25"


def test_an_end_date_in_words_answers_until_when() -> None:
    assert UNTIL.search("berlaku hingga tiga puluh Desember 2026") and PERIOD_END.search("hingga tujuh belas Agustus")
    reply = answer_question("sampe tgl brp ni pemutihan? gajian baru tgl 25", WAIVER, "friendly")
    assert reply is not None and "30 Desember 2026" in reply[0][0] and "08.00" not in reply[0][0]  # in digits


def test_tiers_of_one_fare_are_not_told_apart_by_the_person_named() -> None:
    fare = ("Tarif penumpang dewasa Rp120.000; anak usia 3–11 tahun membayar separuh tarif dewasa, sedangkan balita "
            "di bawah 3 tahun gratis tanpa kursi")
    assert rule_on_asked("anak sy 2 tahun bayar ga?", fare) == fare


def test_an_age_rule_on_another_service_does_not_check_the_age() -> None:
    day = ("Hari Kesehatan Keluarga digelar di Taman Kota, Minggu, 14 Desember 2026. Untuk balita tersedia imunisasi "
           "kejar bagi anak yang imunisasinya belum lengkap. Bagi warga lanjut usia 60 tahun ke atas, kami siapkan "
           "300 kacamata baca gratis setelah pemeriksaan mata.")
    reply = answer_question("anak sy umur 3 th blm lengkap imunisasinya, bisa disana?", day, "friendly")
    assert reply is not None and "di luar ketentuan" not in reply[0][0] and "imunisasi kejar" in reply[0][0]
