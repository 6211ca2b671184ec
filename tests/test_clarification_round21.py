"""Round 21: a clarification post an officer can publish. The rumour a clarification retells is never a fact of
the post, also when the headline both names the rumour and calls it a hoax; the truth marked "Yang benar" is the
clause after whoever says it; the first line carries the label, the rumour's gist and the fact (knowledge/12); a
thing's ability ("modus ... yang dapat menguras rekening") is no step citizens take. Drafts are our own."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.core.reading.extract import sentence_spans
from bot.core.reading.rumour import rumour_and_truth
from bot.offline.engine import OfflineEngine
from bot.offline.post_claim import MAX_HOOK_CLAIM, short_claim

HEADLINE_HOAX = (
    "KLARIFIKASI: PESAN BERANTAI \"SUBSIDI PUPUK TUNAI RP2 JUTA\" ADALAH HOAKS\n\n"
    "Sumbawa Besar — Sejak Senin beredar pesan berantai di grup WhatsApp petani yang mengatasnamakan Dinas "
    "Pertanian Kabupaten Sumbawa. Pesan itu menyebut setiap petani bisa mendapatkan subsidi tunai Rp2.000.000 "
    "cukup dengan mengisi formulir pada sebuah tautan, lalu membayar biaya aktivasi Rp100.000 ke rekening "
    "pribadi. Pesan tersebut juga memasang logo Pemkab.\n\n"
    "Kepala Dinas Pertanian Kabupaten Sumbawa, Rahmat Hidayat, menegaskan informasi tersebut tidak benar. "
    "\"Kami tidak pernah membagikan subsidi tunai lewat tautan,\" tegasnya.\n\n"
    "Yang benar, kata Kepala Bidang Sarana, Prasarana dan Penyuluhan, Nur Aini, tahun ini pemerintah daerah "
    "menyalurkan benih jagung bagi kelompok tani terdaftar, bukan uang tunai. Pendaftaran kelompok dilakukan "
    "di kantor Balai Penyuluhan Pertanian kecamatan paling lambat 20 Desember 2026, tanpa biaya apa pun. "
    "Informasi lebih lanjut di 0371-21 455."
)


def _read(draft: str):  # type: ignore[no-untyped-def]
    read_draft.cache_clear()
    return read_draft(draft)


def test_a_headline_that_names_and_denies_the_rumour_does_not_end_the_body_retelling() -> None:
    sentences = sentence_spans(HEADLINE_HOAX)
    rumour, truth = rumour_and_truth(HEADLINE_HOAX, sentences)
    texts = [HEADLINE_HOAX[s:e] for s, e in sentences]
    told = {i for i, t in enumerate(texts) if "Pesan itu menyebut" in t or "beredar pesan" in t}
    assert told and told <= rumour
    assert not any("Yang benar" in texts[i] for i in rumour)
    assert any("tidak benar" in texts[i] for i in truth)


def test_the_rumours_promises_are_no_facts_of_the_sheet() -> None:
    facts = [(f.slot, f.text) for f in _read(HEADLINE_HOAX).facts]
    assert not any("Rp2.000.000" in t or "Rp100.000" in t or "formulir pada sebuah tautan" in t for _, t in facts)
    assert any(slot == Slot.DEADLINE and "20 Desember 2026" in t for slot, t in facts)


def test_a_headline_denial_with_a_body_sentence_that_tells_and_denies_keeps_the_true_lead() -> None:
    draft = ("Polres Kupang Pastikan Video Penculikan Anak di Oesapa Hoaks\n\n"
             "Kepolisian Resor Kupang Kota memastikan video dan pesan berantai yang menyebut adanya penculikan anak "
             "menggunakan mobil putih di Oesapa tidak benar alias hoaks. \"Kami pastikan tidak ada kejadian "
             "penculikan di Kota Kupang,\" kata Kapolres. Video yang beredar itu rekaman lama dari daerah lain. "
             "Mulai Senin, personel disiagakan di sekolah pada jam masuk dan pulang. Warga yang melihat orang "
             "mencurigakan diminta menghubungi 110 dan tidak main hakim sendiri, karena kabar itu keliru.")
    sentences = sentence_spans(draft)
    rumour, _ = rumour_and_truth(draft, sentences)
    assert not any("tidak ada kejadian" in draft[slice(*sentences[i])] for i in rumour)


def test_the_marked_truth_is_the_clause_after_who_says_it() -> None:
    post = OfflineEngine().rewrite(RewriteRequest(draft=HEADLINE_HOAX, platforms=["instagram"])).posts[0].text
    first_lines = post.split("\n\n")[:2]
    assert first_lines[0].startswith("📢 [HOAKS]")
    assert first_lines[1].startswith("Faktanya: ")
    assert "benih jagung" in first_lines[1]
    assert "Nur Aini" not in first_lines[1] and "Penyuluhan" not in first_lines[1]


def test_under_the_hoax_label_the_drafts_verdict_is_not_said_again() -> None:
    draft = ("Beredar pesan berantai yang menyebutkan bahwa bantuan beras bulan Desember untuk warga Kota Tual "
             "dihentikan. Informasi tersebut tidak benar alias hoaks. Faktanya, bantuan beras 10 kilogram tetap "
             "disalurkan kepada 4.200 keluarga penerima di kantor kelurahan pada 14-16 Desember 2026.")
    post = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].text
    second = post.split("\n\n")[1]
    assert second.startswith("Faktanya: ") and "tidak benar" not in second.lower()


@pytest.mark.parametrize(("claim", "gist"), [
    ("\"listrik se-Kota Bima akan padam total selama tiga hari, 5 sampai 7 Desember, karena perbaikan mesin\"",
     "\"listrik se-Kota Bima akan padam total …\""),
    ("\"'seluruh KTP elektronik di Kota Kendari akan diblokir mulai 1 Januari bagi yang belum aktivasi IKD'\"",
     "\"seluruh KTP elektronik di Kota Kendari akan diblokir …\""),
    ("\"bantuan beras dihentikan\"", "\"bantuan beras dihentikan\""),
])
def test_a_long_claim_is_cut_to_its_gist_a_short_one_kept(claim: str, gist: str) -> None:
    assert short_claim(claim) == gist


def test_a_gist_without_a_verb_is_not_cut() -> None:
    claim = "\"kelulusan seleksi PPPK Pemprov Bengkulu dengan membayar Rp5 juta lewat orang dalam di BKD provinsi\""
    assert len(claim) > MAX_HOOK_CLAIM
    assert short_claim(claim) == claim


def test_what_a_scam_file_can_do_is_no_step_for_citizens() -> None:
    draft = ("Dinas Perhubungan Kota Binjai menegaskan pesan tilang lewat WhatsApp itu hoaks. File tersebut adalah "
             "modus pencurian data yang dapat menguras rekening korban setelah dipasang di ponsel. Pemeriksaan "
             "tilang yang sah hanya melalui situs resmi etle.polri.go.id dengan memasukkan nomor polisi.")
    hows = [f.text for f in _read(draft).of(Slot.HOW)]
    assert not any("menguras" in h for h in hows)
    assert any("etle.polri.go.id" in h for h in hows)
