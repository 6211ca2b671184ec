"""Replies read as an officer would on round 12e's comments (docs/quality.md, round 12e), asserted on a draft
and comments written for this test: a levy goes to the draft's channel for levies and other complaints to its
other channel, said as a channel; a sentence retelling the rumour is never pasted; a hoax under a clarification of
the same matter is corrected with its truth; a claim about an official's conduct is passed on, not confirmed;
whoever already acted on the rumour gets the draft's advice first."""

from __future__ import annotations

from bot.core.models import ReplyRequest
from bot.offline.engine import OfflineEngine
from bot.offline.reply_channel import channel_phrase, from_rumour, levy_report, retells_rumour, without_rumours
from tests.offline_replies import checked_reply

DRAFT = """KLARIFIKASI DINAS PERHUBUNGAN KOTA BALIKPAPAN

Beredar pesan berantai yang menyebutkan bahwa pemilik kendaraan yang terekam kamera tilang elektronik wajib \
membayar denda Rp1.000.000 melalui nomor WhatsApp tertentu.

Kepala Dinas Perhubungan Kota Balikpapan, Rahmat Hidayat, menegaskan pesan tersebut tidak benar. Denda tilang \
elektronik hanya dibayar melalui bank yang ditunjuk setelah sidang, dan besarnya ditetapkan pengadilan.

Warga yang sudah terlanjur mentransfer uang diminta segera menghubungi bank pengirim untuk memblokir transaksi \
dan melapor ke kantor polisi terdekat.

Keluhan layanan uji kendaraan dapat disampaikan melalui WhatsApp Layanan Dishub 0812-5510-3344 dengan \
menyertakan nomor polisi kendaraan.

Permintaan uang oleh oknum petugas di lokasi uji kendaraan agar dilaporkan ke Inspektorat Kota Balikpapan \
melalui nomor 0813-5520-7788, dengan identitas pelapor dirahasiakan.
"""


def first(comment: str, kind: str, escalate: bool = False) -> str:
    request = ReplyRequest(comment=comment, context=DRAFT, guidelines=[], hint_kind=kind,  # type: ignore[arg-type]
                           hint_escalate=escalate)
    result = OfflineEngine().reply(request)
    assert result.suggestions, result
    return result.suggestions[0]


def test_a_levy_goes_to_the_drafts_levy_channel_and_is_said_passed_on() -> None:
    reply = first("td di tempat uji kir petugasnya mintain 150rb biar cepet lulus, gila", "complaint", True)
    assert "ke Inspektorat Kota Balikpapan melalui nomor 0813-5520-7788" in reply
    assert "0812-5510-3344" not in reply and "pihak berwenang" in reply
    assert "layanan darurat" not in reply


def test_a_complaint_that_is_no_levy_gets_the_other_channel_said_as_a_channel() -> None:
    reply = first("antrian uji kendaraan lama bgt, dari pagi sampe sore blm dipanggil", "complaint")
    assert "disampaikan melalui WhatsApp Layanan Dishub 0812-5510-3344." in reply
    assert "Inspektorat" not in reply and "dengan menyertakan" not in reply


def test_a_reply_never_pastes_the_rumour_the_draft_retells() -> None:
    for comment, kind in [("katanya denda tilang bayar 1 juta lewat wa, beneran?", "hoax"),
                          ("sy disuruh bayar denda lewat wa, nomornya ngaku dishub. gimana ini", "complaint")]:
        reply = first(comment, kind)
        assert "nomor WhatsApp tertentu" not in reply and "Beredar" not in reply, reply


def test_a_hoax_under_a_clarification_of_the_same_matter_is_corrected_not_checked() -> None:
    text = first("tilang elektronik skrg bayarnya ke rekening pribadi petugas ya? kata tetangga", "hoax")
    assert "sedang kami cek" not in text and "bank yang ditunjuk" in text


def test_the_new_replies_pass_the_fact_check() -> None:
    for comment in ["pak petugas uji minta uang rokok 50rb, katanya biasa", "katanya denda tilang 1 juta via wa?",
                    "sy udh tf ke nomor wa itu, gmn dong"]:
        assert checked_reply(comment, DRAFT).suggestions


def test_whoever_already_acted_on_the_rumour_gets_the_drafts_advice() -> None:
    text = first("waduh sy udh transfer 1 juta ke nomor itu kemarin, ini penipuan ya?", "hoax", True)
    assert "memblokir transaksi" in text


def test_a_claim_about_an_officials_conduct_is_passed_on_with_the_levy_channel() -> None:
    text = first("denger2 kadishub punya bengkel uji sendiri, makanya yg lulus cuma yg uji di sana", "hoax", True)
    assert "belum bisa kami pastikan" in text and "pimpinan" in text
    assert "0813-5520-7788" in text


def test_channel_phrase_keeps_the_channel_and_drops_its_conditions() -> None:
    assert channel_phrase("Bila lampu padam lebih dari sehari, laporkan ke posko PLN Rayon Utara di 0812-0000-1111 "
                          "dengan menyertakan foto.") == "ke posko PLN Rayon Utara di 0812-0000-1111"
    assert channel_phrase("Ada pertanyaan? Hubungi Sahabat Samsat di 0811-222-333 (jam kerja).") == \
        "ke Sahabat Samsat di 0811-222-333 (jam kerja)"
    assert channel_phrase("Warga diminta tertib mengantre.") == ""


def test_a_rumour_retold_is_told_from_a_denial() -> None:
    assert retells_rumour("Beredar kabar di grup bahwa sekolah libur sebulan.")
    assert not retells_rumour("Pesan berantai soal sekolah libur sebulan dipastikan tidak benar.")
    assert retells_rumour("[HOAKS] Pesan Berantai Sekolah Libur Sebulan")
    assert without_rumours("Kabar itu tidak benar, Kak. [HOAKS] Pesan Berantai Sekolah Libur.") == \
        "Kabar itu tidak benar, Kak."
    assert from_rumour("Harganya: wajib membayar denda Rp1.000.000 melalui nomor WhatsApp tertentu", DRAFT)
    assert not from_rumour("Caranya: hanya dibayar melalui bank yang ditunjuk setelah sidang", DRAFT)


def test_levy_report_hears_money_asked_aid_cut_and_favours() -> None:
    assert levy_report("pak RT motong 3 kilo per karung")
    assert levy_report("yg dapet cuma saudara2 pak lurah")
    assert levy_report("buku paket 350rb katanya wajib beli di sekolah")
    assert not levy_report("bukunya telat dibagi, udh sebulan")


def test_a_report_whose_number_is_lost_is_asked_when_and_where_not_for_the_number() -> None:
    lost = first("udh 2x lapor ke wa dishub soal hasil uji yg salah, nomor aduannya hilang", "complaint")
    assert "kapan dan lewat kanal apa" in lost and "nomor laporan atau tiket sebelumnya" not in lost
    kept = first("udh 2x lapor ke wa dishub soal hasil uji yg salah, blm ada kabar", "complaint")
    assert "nomor laporan atau tiket sebelumnya" in kept


def test_the_rumours_content_told_in_the_next_sentence_is_a_retelling_too() -> None:
    assert retells_rumour("Isinya, semua kendaraan tahun lama wajib uji ulang dengan biaya Rp200.000.")
    assert retells_rumour("Pesan itu juga menyebut STNK lama tidak berlaku lagi mulai Juli.")
    assert not retells_rumour("STNK tetap berlaku sampai masa berlakunya habis.")


def test_the_named_thing_stops_before_talk_around_it() -> None:
    from bot.offline.complaint import complaint_subject

    assert complaint_subject("udh lapor ke kantor 3x blm ada kabar") == ""
    assert complaint_subject("antre dari pagi, petugas cuma satu") == "petugas"
    assert complaint_subject("pak rt cuma kasih beras ke kerabatnya") == "beras"
