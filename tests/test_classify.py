"""Comment classification: labelled Indonesian comments (slang included), priorities, escalation."""

from __future__ import annotations

import pytest

from bot.core.classify import classify_comment, normalize_comment

LABELLED: list[tuple[str, str]] = [
    # questions
    ("Kapan pendaftarannya dibuka min?", "question"),
    ("gmn cara daftarnya min", "question"),
    ("Syaratnya apa aja ya kak?", "question"),
    ("Di mana lokasi vaksinnya pak?", "question"),
    ("brp biayanya?", "question"),
    ("Apakah lansia bisa ikut juga?", "question"),
    ("mau tanya, buat warga luar kota boleh ikut ga", "question"),
    ("Bisakah daftar lewat online?", "question"),
    # complaints
    ("Min, jalan di depan pasar rusak parah sudah 3 bulan, kapan diperbaiki?", "complaint"),
    ("Lampu jalan di gang kami mati sudah seminggu, tolong diperbaiki", "complaint"),
    ("sampah di TPS belum diangkut dari kemarin, bau banget", "complaint"),
    ("Pelayanan di kelurahan lelet, antre dari pagi belum dilayani", "complaint"),
    ("Ada pungli di loket pembuatan KTP, diminta 50 ribu", "complaint"),
    ("Banjir lagi di perumahan kami, air sudah masuk rumah", "complaint"),
    ("air PDAM mati terus tiap sore, kecewa", "complaint"),
    ("Pelayanannya ramah, tapi antreannya panjang banget", "complaint"),
    ("udh 2 minggu laporan sy gk ditanggapi", "complaint"),
    ("min knp jalan kampung blm diaspal", "complaint"),
    ("kapan bansos cair pak? sdh 3 bulan nunggu", "complaint"),
    ("Aplikasinya error terus min, gak bisa login", "complaint"),
    # hoax
    ("Katanya besok ada pembagian sembako gratis di balai kota, benarkah?", "hoax"),
    ("Beredar pesan berantai soal pemadaman listrik 3 hari, hoaks bukan?", "hoax"),
    ("Viral di grup wa katanya sekolah diliburkan seminggu", "hoax"),
    ("Bener gak sih besok libur nasional?", "hoax"),
    ("Apa benar ada bansos 1 juta lewat link ini?", "hoax"),
    # praise
    ("Mantap pak, pelayanannya cepat!", "praise"),
    ("Terima kasih Pemkot, pelayanannya cepat sekali!", "praise"),
    ("kereeen, lanjutkan programnya 👍", "praise"),
    ("mantaaap, makasih min", "praise"),
    ("Anjir keren bgt videonya", "praise"),
    ("Semoga sukses acaranya", "praise"),
    ("Salut sama petugasnya, gercep banget", "praise"),
    # abuse
    ("Dasar pejabat goblok, kerjanya cuma foto-foto", "abuse"),
    ("g0bl0k semua admin ini", "abuse"),
    ("bangsat lu semua", "abuse"),
    ("Awas kau, kami datangi kantormu besok", "abuse"),
    # spam
    ("Slot gacor hari ini maxwin, cek bio ya kak", "spam"),
    ("Pinjol cair cepat tanpa agunan, wa 081234567890", "spam"),
    ("Promo diskon 50% klik link https://bit.ly/promo-murah", "spam"),
    ("Info loker kerja dari rumah, daftar di www.cuan-cepat.xyz", "spam"),
    # political
    ("Pilih nomor 2 ya warga, biar kotanya maju!", "political"),
    ("Pilkada nanti jangan pilih petahana", "political"),
    ("Ini kampanye terselubung capres ya?", "political"),
    ("Partai kami siap dukung program ini", "political"),
    # personal data
    ("NIK saya 3273012345678901 kok belum terdaftar bansos?", "personal_data"),
    ("Tolong hubungi saya di 0812-3456-7890, mau tanya soal KTP", "personal_data"),
    ("email saya budi.santoso@gmail.com belum dapat balasan", "personal_data"),
    ("Rumah saya di Jl. Melati No. 12 RT 03/RW 05 kebanjiran", "personal_data"),
    # other
    ("Hadir", "other"),
    ("Selamat pagi semua", "other"),
    ("wkwkwk", "other"),
    ("Izin share ya min", "other"),
]


def test_accuracy_on_labelled_comments() -> None:
    results = [(text, label, classify_comment(text).kind) for text, label in LABELLED]
    wrong = [(t, want, got) for t, want, got in results if want != got]
    accuracy = 1 - len(wrong) / len(results)
    print(f"\nclassifier accuracy: {accuracy:.1%} on {len(results)} comments; wrong: {wrong}")
    assert len(LABELLED) >= 30
    assert accuracy >= 0.9, wrong


def test_every_kind_is_represented() -> None:
    assert {label for _, label in LABELLED} == {
        "question", "complaint", "hoax", "praise", "abuse", "spam", "political", "personal_data", "other"
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("NIK saya 3273012345678901, kapan bansos cair?", "personal_data"),
        ("Dasar goblok, jalan rusak gak diperbaiki!", "abuse"),
        ("Pinjol legal wa 081299998888 promo bunga rendah", "spam"),
        ("Katanya jalan rusak itu gara-gara korupsi ya?", "hoax"),
        ("Jalan rusak parah, kapan diperbaiki?", "complaint"),
        ("Terima kasih infonya, kapan dibuka lagi?", "question"),
    ],
)
def test_priority_when_several_kinds_match(text: str, kind: str) -> None:
    assert classify_comment(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Ada pungli di loket pembuatan KTP, diminta 50 ribu",
        "Banjir setinggi lutut di RW 04, warga butuh bantuan",
        "Katanya besok ada pembagian sembako gratis di balai kota, benarkah?",
        "Pilih nomor 2 ya warga!",
        "Awas kau, kami datangi kantormu besok",
        "NIK saya 3273012345678901 tolong dicek",
    ],
)
def test_escalation(text: str) -> None:
    result = classify_comment(text)
    assert result.escalate
    assert result.reason and result.reason[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Kapan pendaftarannya dibuka min?",
        "Lampu jalan di gang kami mati sudah seminggu",
        "Mantap pak!",
        "Slot gacor maxwin cek bio",
        "Hubungi saya di 0812-3456-7890 ya min",
        "bodoh",
    ],
)
def test_no_escalation_for_routine_comments(text: str) -> None:
    assert not classify_comment(text).escalate


def test_reason_and_signals_are_filled() -> None:
    result = classify_comment("Ada pungli di loket pembuatan KTP")
    assert result.kind == "complaint"
    assert "keluhan serius" in result.signals
    assert "pungli" in result.reason.lower()


def test_normalize_handles_alay_spelling() -> None:
    assert "goblok" in normalize_comment("G0BL0K")
    assert "mantap" in normalize_comment("mantaaaap")
    assert "gimana" in normalize_comment("gmn")


@pytest.mark.parametrize("text", ["", "   ", "😀😀", "?", "<b>&amp;</b>", "x" * 5000])
def test_odd_input_never_crashes(text: str) -> None:
    assert classify_comment(text).kind in {
        "question", "complaint", "hoax", "praise", "abuse", "spam", "political", "personal_data", "other"
    }
