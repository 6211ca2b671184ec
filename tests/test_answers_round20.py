"""Round 20q of issue 11: ages read from everyday speech, and comments in a regional language answered by the
draft's own words they share (drafts and questions written for these tests)."""

from __future__ import annotations

import pytest

from bot.offline.ages import age_allowed
from bot.offline.answer import answer_question
from bot.offline.answer_overlap import place_lacked
from bot.offline.asked import asked_age, question_parts

EYES = ("Dinas Kesehatan Kabupaten Contoh membagikan kacamata baca gratis bagi warga usia 60 tahun ke atas. "
        "Pemeriksaan mata digelar Sabtu, 12 Desember 2026 pukul 08.00–12.00 WITA di Puskesmas Kota. "
        "Bawa KTP atau KK. Informasi: 0811-2233-4455.")
PETS = ("Dinas Peternakan membuka dua layanan gratis. Vaksinasi rabies untuk hewan berumur minimal tiga bulan "
        "digelar Sabtu, 12 Desember 2026 di halaman Puskeswan. Sterilisasi kucing hanya untuk hewan yang sudah "
        "berumur minimal enam bulan dan digelar Minggu, 13 Desember 2026 di Klinik Hewan. "
        "Pendaftaran lewat WhatsApp 0812-1111-2222.")
SCHOLARSHIP = ("Pemkab Contoh membuka beasiswa kuliah bagi lulusan SMA. Pendaftar berusia paling tinggi 23 tahun "
               "pada 1 Maret 2027. Pendaftaran daring lewat laman beasiswa.contoh.go.id sampai 31 Januari 2027.")
MARKET = ("Dinas Ketahanan Pangan menggelar pasar murah keliling. Adapun jadwalnya sebagai berikut: "
          "Senin, 7 Desember 2026, Kecamatan Sukawening, Lapangan Sukawening; "
          "Rabu, 9 Desember 2026, Kecamatan Cisurupan, Halaman Pasar Cisurupan; "
          "Jumat, 11 Desember 2026, Kecamatan Cikajang, Terminal Cikajang. "
          "Beras dijual Rp55.000 per karung 5 kilogram. Informasi: 0262-111-222.")
CLINIC = ("Khitanan massal gratis digelar Minggu, 20 Desember 2026 di GOR Kota. Orang tua mendaftar di kantor "
          "kecamatan dengan membawa fotokopi Kartu Keluarga dan surat keterangan sehat dari puskesmas. "
          "Tindakan dilakukan tim dokter RSUD. Informasi: 0291-000-111.")
HOAX = ("[HOAKS] Kartu Sehat Daerah Diputus Januari 2027. Pesan berantai itu tidak benar. Kepesertaan kartu "
        "sehat daerah tetap berlaku pada 2027 dan warga tidak perlu membayar apa pun. Pengaduan: 0811-999-000.")


@pytest.mark.parametrize(("question", "months"), [
    ("sy 55 tp udh pake kacamata plus, bisa dapat juga?", 55 * 12),  # a bare number after the person
    ("mama sy 63, bisa ikut?", 63 * 12),
    ("ane 47 taon nganggur, boleh ikut?", 47 * 12),  # "taon": a spelling of "tahun"
    ("umur aku 23 taun 3 bulan, bisa daftar?", 23 * 12 + 3),
    ("saya 10 orang sekeluarga bisa ikut?", None),  # a count, not an age
    ("ibu sy 50 ribu cukup?", None),
    ("ktp mak sy tp udh 5 thn tinggal di batam, bisa bikin kartu?", None),  # how long, not how old
    ("lagi hamil 5 bulan, dapet usg ga?", None),  # how far along, not how old
    ("sy udah nunggak 3 bln, bisa dapat keringanan?", None),  # months of arrears, said before the number
    ("sudah merantau 10 tahun di batam, boleh daftar?", None),
    ("anak saya sudah 5 tahun, boleh ikut?", 60),  # "sudah" alone before an age is still an age
])
def test_asked_age_from_everyday_speech(question: str, months: int | None) -> None:
    assert asked_age(question) == months


def test_a_maximum_in_whole_years_takes_in_the_months_of_that_year() -> None:
    rule = "Pendaftar berusia paling tinggi 23 tahun pada 1 Maret 2027."
    assert age_allowed(23 * 12 + 3, rule) is True
    assert age_allowed(24 * 12, rule) is False
    assert age_allowed(5 * 12, "Layanan untuk balita di bawah 5 tahun.") is False  # "di bawah": strictly below


def _reply(question: str, draft: str) -> str:
    answered = answer_question(question, draft, "friendly")
    assert answered is not None
    return answered[0][0]


@pytest.mark.parametrize(("question", "verdict"), [
    ("sy 55 tp mata sy rabun, bisa dapat juga?", "di luar ketentuan"),  # no "umur", no "tahun"
    ("bapak sy 71 thn pake tongkat, bisa dapat?", "masih masuk ketentuan"),
])
def test_a_stated_age_is_checked_against_the_rule(question: str, verdict: str) -> None:
    reply = _reply(question, EYES)
    assert verdict in reply
    assert "60 tahun ke atas" in reply


def test_the_age_rule_of_the_thing_asked() -> None:
    reply = _reply("kucingku umur 4 bulan, mau disteril bisa ga?", PETS)
    assert "di luar ketentuan" in reply
    assert "enam bulan" in reply and "tiga bulan" not in reply


def test_months_past_a_maximum_in_years_are_inside() -> None:
    reply = _reply("umur aku 23 taun 3 bulan pas 1 maret, pacak dak daftar?", SCHOLARSHIP)
    assert "masih masuk ketentuan" in reply


def test_a_regional_comment_is_answered_by_the_row_it_names() -> None:
    reply = _reply("punten, pasar murah di cisurupan teh dinten naon? abdi rada tebih", MARKET)
    assert "Rabu, 9 Desember 2026" in reply and "Halaman Pasar Cisurupan" in reply
    assert "Senin" not in reply and "Cikajang" not in reply
    assert "belum menyebutkan" not in reply  # "dinten", "tebih" are how the asker speaks, not things missing


def test_a_regional_comment_on_a_document_gets_the_list_that_names_it() -> None:
    reply = _reply("surat sehat e kudu soko puskesmas po iso soko bidan?", CLINIC)
    assert "surat keterangan sehat dari puskesmas" in reply


@pytest.mark.parametrize("question", [
    "metode e laser opo? anakku wedi",  # "laser": a plain word right before the question word
    "ada sunat laser jg gak min atau cuma biasa",
])
def test_a_plain_thing_the_draft_lacks_is_said_missing(question: str) -> None:
    reply = _reply(question, CLINIC)
    assert "belum menyebutkan" in reply
    assert "surat keterangan" not in reply


def test_a_hoax_headline_is_never_the_answer() -> None:
    answered = answer_question("jadi kartu sehat mak ku gak mati januari kan? takut x", HOAX, "friendly")
    said = " ".join(answered[0]) if answered else ""
    assert "Diputus Januari" not in said


POWER = ("Beredar pesan berantai yang menyebut listrik se-Kota Contoh akan padam total selama tiga hari, 5 sampai 7 "
         "Desember 2026. Pemeliharaan jaringan hanya dilakukan pada Sabtu, 5 Desember 2026 pukul 09.00–13.00 WITA "
         "di Kelurahan Karang. Pengaduan: Contact Center 123.")


def test_the_rumour_a_draft_refutes_is_not_the_schedule() -> None:
    reply = _reply("jadi yg bener padam nya kapan? sy mau nyimpan es", POWER)
    assert "09.00–13.00" in reply
    assert "tiga hari" not in reply and "Beredar" not in reply



def test_a_place_asked_of_vetoes_the_shared_words_but_the_askers_home_does_not() -> None:
    assert place_lacked("di desa lokory ada jadwal ga?", ["lokory"])
    assert place_lacked("ada bus ke gunungsitoli ga?", ["gunungsitoli"])
    assert not place_lacked("GPM di pameungpeuk dinten naon? abdi di cikelet rada tebih", ["cikelet", "tebih"])


@pytest.mark.parametrize(("comment", "slots"), [
    ("link daftarnya apa min? sampe kapan", [["how"], ["deadline"]]),  # until when one can sign up
    ("daftar e nang ngendi min, sampe kapan? aku kerjo", [["how"], ["deadline"]]),
    ("acaranya di mana? sampai kapan?", [["where"], ["when"]]),  # until when the event runs
])
def test_a_bare_until_when_follows_the_question_before_it(comment: str, slots: list[list[str]]) -> None:
    assert [s for _, s in question_parts(comment)] == slots


def test_the_deadline_of_sign_up_is_no_unsaid_end() -> None:
    reply = _reply("link daftarnya apa min? sampe kapan", SCHOLARSHIP)
    assert "31 Januari 2027" in reply and "belum menyebutkan" not in reply
