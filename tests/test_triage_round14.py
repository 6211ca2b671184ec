"""Triage rules added in round 14d (docs/quality.md, round 14d), on sentences written for this test (none is an item
of a comment set or of extra.jsonl): a threat is read by its shape ("jangan harap pulang", "kami tunggu di ...",
"bawa bensin"), not only by its words; thanks beside neglect said outright are sarcasm, a complaint; a political
comment that shows an official or the state's account taking a side escalates (neutrality)."""

from __future__ import annotations

import pytest

from bot.core.classify import classify_comment, find_signals
from bot.core.triage_rules import must_escalate, personal_data_escalates, sarcastic_praise


def threat(text: str) -> bool:
    return "ancaman" in find_signals(text).get("abuse", [])


@pytest.mark.parametrize(
    "text",
    ["kalo pasar ini jadi dipindah, jgn harap pak lurah bisa pulang tenang",
     "kami tunggu kau di perempatan pasar, pak mandor",
     "awas ya pak kadis, sekali lagi gaji kami telat",
     "warga sudah siapkan parang, tinggal nunggu malam",
     "tunggu aja minggu depan kami datangi rame2",
     "kalau air tidak mengalir besok, petugas itu yang menanggung akibatnya"],
)
def test_a_threat_is_read_by_its_shape(text: str) -> None:
    assert threat(text)
    assert classify_comment(text).kind == "abuse"
    assert must_escalate(text, "complaint") is not None


@pytest.mark.parametrize(
    "text",
    ["kami tunggu kabar baiknya ya min, semoga cepat cair",
     "nanti sy datangi kantornya buat ambil KTP, buka jam berapa?",
     "awas, jalan licin habis hujan, hati2 berkendara",
     "tolong kami tunggu di posko jam berapa buat ambil bantuan?",
     "mau mudik lewat jalur selatan, jangan lupa siapkan bensin cadangan"],
)
def test_waiting_visiting_and_warnings_are_no_threat(text: str) -> None:
    assert not threat(text)
    assert must_escalate(text, "question") is None


def test_thanks_beside_neglect_said_outright_are_a_complaint() -> None:
    text = "makasih dinas, gorong2 depan pasar dibiarin jebol setengah tahun 🙏"
    assert sarcastic_praise(text, "praise") == "complaint"
    assert sarcastic_praise("hebat, tiang listrik doyong begitu, semoga ga ada yang celaka ya", "praise") == "complaint"
    assert sarcastic_praise("matur nuwun, tiang listrik doyong sudah diganti cepat", "praise") == "praise"
    # only a praise verdict is turned: a question about neglect stays a question
    assert sarcastic_praise("kenapa taman ini dibiarkan kumuh?", "question") == "question"


def test_an_official_or_the_states_account_taking_a_side_escalates() -> None:
    assert must_escalate("pak sekdes ikut bagi kaos calon pake seragam dinas, katanya ASN netral", "political")
    assert must_escalate("akun resmi pemkab kok ngelike postingan paslon?", "political")
    assert must_escalate("kop dinas dipakai buat undangan deklarasi calon, boleh ya?", "political")
    # support without the state's means stays the escalation model's call
    assert must_escalate("ayo dukung calon muda, saatnya berubah", "political") is None
    # neutrality words outside a political verdict decide nothing here
    assert must_escalate("info ASN libur tanggal 2, benar ga min?", "question") is None


def test_thanks_for_a_levy_are_sarcasm_unless_the_levy_is_said_gone() -> None:
    assert sarcastic_praise("makasih bu kepsek atas potongan dana PIP 100rb nya, berkah ya 🙏", "praise") == "complaint"
    gone = "terima kasih, urus sertifikat tanpa calo & ga ada pungutan sama sekali"
    assert sarcastic_praise(gone, "praise") == "praise"


def test_the_word_bpjs_is_no_card_number() -> None:
    assert not personal_data_escalates("telpon kakak sy aja di 0812 4400 1234, dia yg ngurus BPJS kami")
    assert personal_data_escalates("no hp sy 0812 4400 1234, BPJS nomornya 0002233445566 ditolak RS")
