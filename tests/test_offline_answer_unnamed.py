"""Answers to everyday questions the draft answers only in part (issue 11, round 7b): a thing the draft
never names, the asker's own hours, a duration, ages written in words, two rules for one case.

Drafts and questions here are written for these tests, not taken from tests/data/quality.
"""

from __future__ import annotations

import pytest

from bot.offline.ages import age_allowed
from bot.offline.asked import question_slots
from bot.offline.unnamed import unnamed_things
from tests.offline_replies import checked_reply as reply

TERNAK = (
    "Dinas Peternakan Kabupaten Bukit Raya membuka vaksinasi antraks gratis untuk sapi, kerbau dan kuda "
    "pada 10–12 Agustus 2026 di Kecamatan Lembah Timur. Peternak mendaftar ke penyuluh desa paling lambat "
    "7 Agustus 2026. Info: 0812-1111-2222."
)
PASAR = (
    "Pemkot Sungai Jernih menggelar pasar murah di Lapangan Merdeka, Sabtu (5/9/2026), pukul 08.00 WIB. "
    "Tersedia beras Rp11.000 per kilogram, minyak goreng Rp14.000 per liter dan gula Rp15.000 per kilogram. "
    "Warga cukup membawa KTP. Info: 0813-2222-3333."
)
KANTOR = (
    "Kelurahan Sidomulyo membuka layanan administrasi kependudukan di balai kelurahan setiap Senin sampai "
    "Jumat, pukul 08.00 sampai 15.00 WIB. Layanan tidak dipungut biaya. Warga membawa KK asli."
)
KURSUS = (
    "Dinas Sosial Kabupaten Padang Luas membuka kursus menjahit gratis yang dimulai pada Senin, 5 Oktober "
    "2026 di Balai Latihan Kerja Padang Luas. Pendaftaran paling lambat 28 September 2026 di kantor Dinas "
    "Sosial. Peserta yang lulus menerima satu mesin jahit."
)
BEASISWA = (
    "Pemkab Hulu Jaya membuka beasiswa bagi mahasiswa ber-KTP Hulu Jaya yang sedang kuliah di semester 3 "
    "sampai 7. Syarat akademiknya IPK minimal 3,00. Pendaftaran melalui laman beasiswa.hulujaya.go.id."
)
PELATIHAN = (
    "Balai Pelatihan Kota Teluk Indah membuka pelatihan las gratis bagi angkatan kerja berusia delapan belas "
    "sampai dengan empat puluh lima tahun. Pendaftaran melalui laman pelatihan.telukindah.go.id."
)


def test_a_thing_outside_the_list_is_said_missing_beside_the_list() -> None:
    result = reply("domba bisa divaksin juga ka?", TERNAK)
    first = result.suggestions[0]
    assert result.kind == "question"
    assert "domba" in first and "belum menyebutkan" in first
    assert "sapi, kerbau dan kuda" in first  # the vaccination sentence is about the same matter


@pytest.mark.parametrize("comment", ["ada daging ga min", "bisa bayar pake kartu kredit ga?"])
def test_a_thing_the_draft_never_names_is_answered_honestly_without_a_quote(comment: str) -> None:
    result = reply(comment, PASAR)
    first = result.suggestions[0]
    assert result.kind == "question"  # asked, not thanked for the comment
    assert "belum menyebutkan" in first
    assert "Lapangan Merdeka" not in first and "Rp11.000" not in first


def test_unnamed_things_reads_only_yes_no_questions_and_skips_forms_of_address() -> None:
    assert unnamed_things("ada daging ga lae", PASAR) == ["daging"]
    assert unnamed_things("berasnya brp sekilo bang?", PASAR) == []  # asks how much, not whether
    assert unnamed_things("bisa beli gula ga?", PASAR) == []


@pytest.mark.parametrize("comment", ["sy kerja sampe jam 4 sore tiap hari", "aku kerjo shift sampek jam 5 rek"])
def test_the_askers_own_hours_ask_the_opening_hours(comment: str) -> None:
    result = reply(comment, KANTOR)
    assert result.kind == "question"
    assert "15.00" in result.suggestions[0]


def test_a_greeting_names_no_time() -> None:
    assert "when" not in question_slots("selamat pagi min, anak sy bisa ikut gak?")


def test_regional_words_ask_the_cost_and_the_way() -> None:
    assert "cost" in question_slots("legalisir kk mbayar opo ora lur")
    assert question_slots("mbah ku ra nduwe hp, piye carane antri?") == ["how"]
    assert "contact" not in question_slots("nomor antriannya dibatasi ga")


def test_how_long_is_not_answered_by_the_start_day() -> None:
    first = reply("kursusnya brp bulan?", KURSUS).suggestions[0]
    assert "belum menyebutkan" in first
    assert "5 Oktober" not in first


def test_what_participants_get() -> None:
    assert "mesin jahit" in reply("klo lulus dapet apa kak", KURSUS).suggestions[0]


def test_two_rules_for_the_askers_case_are_both_given() -> None:
    first = reply("IPK sy 2,95 semester 5 bisa daftar ga ya", BEASISWA).suggestions[0]
    assert "semester 3" in first and "IPK minimal 3,00" in first


@pytest.mark.parametrize(("age", "verdict"), [("46", "di luar ketentuan"), ("30", "masih masuk ketentuan")])
def test_an_age_range_written_in_words(age: str, verdict: str) -> None:
    assert verdict in reply(f"umur sy {age} thn msh bisa ikut?", PELATIHAN).suggestions[0]


def test_ages_a_draft_allows() -> None:
    assert age_allowed(17 * 12, "bagi warga yang sudah berusia 17 tahun atau sudah menikah") is True
    assert age_allowed(16 * 12, "bagi warga yang sudah berusia 17 tahun") is False
    assert age_allowed(46 * 12, "berusia delapan belas sampai dengan empat puluh lima tahun") is False


DONOR = (
    "PMI Kota Karang Baru menggelar donor darah di Aula Kantor Wali Kota pada Rabu, 9 September 2026. "
    "Pendonor berusia 17–60 tahun, berat badan minimal 45 kilogram dan dalam keadaan sehat. "
    "Warga yang sedang demam sebaiknya menunggu sampai sembuh. Info: 0811-4444-5555."
)
CEK = (
    "Pemkab Tanah Merah mengajak warga yang berulang tahun mengikuti cek kesehatan gratis di puskesmas. "
    "Hak pemeriksaan itu berlaku hingga 30 hari setelah tanggal ulang tahun."
)


def test_a_weight_is_checked_against_the_rule_with_a_minimum() -> None:
    assert "berat badan minimal 45 kilogram" in reply("bb sy 43 kg bisa donor ga", DONOR).suggestions[0]


def test_a_condition_is_answered_by_the_rule_that_leaves_it_out() -> None:
    assert "sebaiknya menunggu" in reply("lg demam boleh donor ga?", DONOR).suggestions[0]


def test_eligibility_asked_through_a_past_date_is_answered_by_the_validity() -> None:
    assert "30 hari setelah" in reply("ultah sy bulan lalu, msh bisa cek gratis ga ya?", CEK).suggestions[0]


def test_how_long_a_thing_the_draft_never_names_takes_is_missing() -> None:
    first = reply("brp lama pemulihannya abis donor?", DONOR).suggestions[0]
    assert "belum menyebutkan" in first and "9 September" not in first
