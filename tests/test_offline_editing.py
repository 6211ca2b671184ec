"""Editing in the offline rewrite: salvaged ceremonial sentences, resolved references,
tidied wording, values that keep their dots, and hashtags from the draft's own names."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import lexicon
from bot.core.fact_check import check_facts
from bot.core.final_checks import rewrite_fact_check
from bot.core.models import PLATFORMS, Profile, RewriteRequest
from bot.core.reading.key_facts import place, requirement
from bot.offline.analysis import analyze_draft
from bot.offline.engine import OfflineEngine
from bot.offline.lead import drop_when, trim_clauses
from bot.offline.sentence_edit import (
    Event,
    compact_dates,
    find_event,
    resolve,
    salvage,
    tidy,
)

DRAFTS = {p.stem: p.read_text(encoding="utf-8")
          for p in sorted((Path(__file__).parent / "data" / "drafts").glob("draft_*.txt"))}


def posts(draft: str) -> dict[str, str]:
    request = RewriteRequest(draft=draft, platforms=list(PLATFORMS), profile=Profile(hashtags=["#PemkotContoh"]))
    result = OfflineEngine().rewrite(request)
    check = rewrite_fact_check(request, result.posts, request.guidelines)  # the service's verdict
    assert check.ok, check.invented
    return {p.platform: p.text for p in result.posts}


# --- salvage and tidy ------------------------------------------------------------------------


def test_salvage_keeps_the_fact_bearing_remainder() -> None:
    sentence = ("Membahas berbagai langkah strategis dalam rangka peningkatan cakupan vaksinasi, antara lain "
                "pelaksanaan Pekan Vaksinasi Keluarga yang akan dilaksanakan pada hari Sabtu tanggal 21 Maret 2026, "
                "bertempat di Gedung Serbaguna.")
    assert salvage(sentence) == ("Pekan Vaksinasi Keluarga akan diadakan pada hari Sabtu tanggal 21 Maret 2026, "
                                 "bertempat di Gedung Serbaguna.")
    assert salvage("Rapat membahas berbagai langkah strategis, antara lain penguatan koordinasi lintas sektor.") == ""
    assert salvage("Bupati menghadiri rapat dan menyampaikan bahwa acara dibuka pada 5 Mei 2026.") == ""


def test_tidy_removes_redundancy_and_writes_dates_plainly() -> None:
    assert tidy("Kegiatan tersebut tidak dipungut biaya alias gratis dan terbuka.") == (
        "Kegiatan tersebut gratis dan terbuka.")
    assert tidy("Program ini sepenuhnya gratis dan tidak memungut biaya apa pun.") == "Program ini sepenuhnya gratis."
    assert tidy("pada hari Sabtu tanggal 21 Maret 2026 mulai pukul 08.00 sampai dengan 14.00 WIB") == (
        "pada Sabtu, 21 Maret 2026 pukul 08.00–14.00 WIB")
    assert compact_dates("Sabtu, 21 Maret 2026 dan Minggu, 22 Maret 2026") == "Sabtu–Minggu, 21–22 Maret 2026"
    apart = "Sabtu, 21 Maret 2026 dan Sabtu, 28 Maret 2026"
    assert compact_dates(apart) == apart
    for text in ("Sabtu–Minggu, 21–22 Maret 2026, pukul 08.00–14.00 WIB",):
        assert check_facts(text, ["hari Sabtu tanggal 21 Maret 2026 dan Minggu tanggal 22 Maret 2026, "
                                  "mulai pukul 08.00 sampai dengan 14.00 WIB"]).ok


# --- references ----------------------------------------------------------------------------


def test_references_get_their_antecedent_from_the_draft() -> None:
    event = Event("Pekan", "Vaksinasi Keluarga")
    assert resolve("Kegiatan tersebut gratis.", event, "", []) == "Pekan Vaksinasi Keluarga gratis."
    assert resolve("Layanan dibuka di 24 puskesmas.", Event("Program", "Cek Kesehatan Gratis"), "", []) == (
        "Layanan Cek Kesehatan Gratis dibuka di 24 puskesmas.")
    assert resolve("Penambahan ini mempercepat surutnya genangan.", None,
                   "Pemerintah Kota telah menambah 4 unit pompa baru berkapasitas besar.", []) == (
        "Penambahan 4 unit pompa baru mempercepat surutnya genangan.")
    earlier = ["Dinas PUPR merekonstruksi Jalan Ahmad Yani ruas Simpang Lima sampai Jembatan Kali Bening, 2 km."]
    assert resolve("Selama pekerjaan, ruas jalan tersebut ditutup.", None, "", earlier) == (
        "Selama pekerjaan, Jalan Ahmad Yani ruas Simpang Lima sampai Jembatan Kali Bening ditutup.")
    assert resolve("Kegiatan tersebut gratis.", None, "", []) == "Kegiatan tersebut gratis."
    texts = ["Menjelang Bulan Ramadan, Bupati membuka Bursa Kerja (Job Fair).", "Lain."]
    found, index = find_event(texts, [False, True])
    assert found == Event("Bursa", "Kerja", "Job Fair") and index == 0


@pytest.mark.parametrize(("name", "start"), [
    ("draft_01", "Layanan Cek Kesehatan Gratis dibuka di 24 puskesmas"),
    ("draft_02", "Selama pekerjaan berlangsung, Jalan Ahmad Yani ruas Simpang Lima sampai Jembatan Kali Bening"),
    ("draft_09", "Layanan Sabtu Ceria, yaitu pelayanan perekaman"),
    ("draft_10", "Penambahan 4 unit pompa baru diharapkan"),
    ("draft_13", "Program Pemutihan Pajak Kendaraan Bermotor berlaku"),
])
def test_leads_name_what_they_are_about(name: str, start: str) -> None:
    assert analyze_draft(DRAFTS[name]).lead.startswith(start)
    text = "\n".join(posts(DRAFTS[name]).values())
    assert "tersebut" not in text.split("\n")[0]


def test_no_lead_opens_with_a_dangling_reference_or_a_lead_in() -> None:
    for name, draft in DRAFTS.items():
        lead = analyze_draft(draft).lead
        assert not lead.startswith(("Kegiatan tersebut", "Layanan ini", "Program ini", "Penambahan ini",
                                    "Berdasarkan juknis", "Salah satu", "Melalui", "Adapun")), (name, lead)


# --- values keep their dots ----------------------------------------------------------------


def test_sentences_and_values_do_not_break_at_inner_dots() -> None:
    text = ("Wali Kota, Bapak H. Arif, S.E., M.Si., hadir di Jl. Merdeka No. 12 bersama dr. Ratna. Kuota 1.500 "
            "orang mulai pukul 08.00 lewat daftar.sukamakmurkota.go.id atau info@sukamakmurkota.go.id. Kegiatan "
            "diawali doa oleh Bupati, Bapak Drs. H. Mulyadi Prawiro, M.Si. Masyarakat dapat menghubungi 0341-888-120.")
    assert lexicon.split_sentences(text) == [
        "Wali Kota, Bapak H. Arif, S.E., M.Si., hadir di Jl. Merdeka No. 12 bersama dr. Ratna.",
        "Kuota 1.500 orang mulai pukul 08.00 lewat daftar.sukamakmurkota.go.id atau info@sukamakmurkota.go.id.",
        "Kegiatan diawali doa oleh Bupati, Bapak Drs. H. Mulyadi Prawiro, M.Si.",
        "Masyarakat dapat menghubungi 0341-888-120.",
    ]
    assert requirement("Warga cukup membawa KTP ke Jl. Merdeka No. 5 pukul 08.00 dan kuota 1.500.") == (
        "Cukup membawa KTP ke Jl. Merdeka No. 5 pukul 08.00 dan kuota 1.500")
    assert analyze_draft(DRAFTS["draft_02"]).details["Info"] == "0341-888-120"


# --- key facts -----------------------------------------------------------------------------


def test_key_facts_of_the_shared_drafts() -> None:
    details = {name: analyze_draft(draft).details for name, draft in DRAFTS.items()}
    assert "2 Februari 2026" in details["draft_02"]["Kapan"] and "21.00–05.00" in details["draft_02"]["Kapan"]
    assert details["draft_03"]["Di mana"] == "Bank Sekar Jaya, kantor pos, minimarket, atau aplikasi dompet digital"
    assert "Di mana" not in details["draft_04"]  # the help desk is not where registration happens
    assert details["draft_05"]["Info"] == "112 / 0265-777-911"
    assert details["draft_06"]["Cara ikut"] == "Registrasi terlebih dahulu melalui aplikasi SiKerja Tirtamulya"
    assert details["draft_06"]["Syarat"] == "Membawa CV, fotokopi ijazah, dan pas foto"
    assert details["draft_13"]["Di mana"] == "38 kantor Samsat dan gerai Samsat keliling"
    assert details["draft_14"]["Kapan"] == (
        "Pendaftaran mulai 16 Februari 2026 pukul 10.00 WIB; keberangkatan Jumat, 13 Maret 2026 pukul 07.00 WIB")


def test_body_does_not_repeat_the_key_facts() -> None:
    analysis = analyze_draft(DRAFTS["draft_11"])
    assert not any(s.startswith("Pelaksanaan dilakukan") for s in analysis.body)
    assert not any("tidak dipungut biaya" in s for s in analyze_draft(DRAFTS["draft_04"]).body)


def test_when_phrases_leave_the_lead_only_where_it_still_reads() -> None:
    assert drop_when("Job Fair diselenggarakan pada tanggal 22 dan 23 Juli 2026 pukul 09.00 WIB di Gedung A, "
                     "diikuti 45 perusahaan.") == "Job Fair diselenggarakan di Gedung A, diikuti 45 perusahaan."
    kept = "Diskon bagi wajib pajak yang melunasi paling lambat 31 Maret 2026, serta penghapusan denda."
    assert drop_when(kept) == kept
    opening = "Mulai 1 Juli 2025, warga bisa mengurus akta kelahiran secara daring."
    assert drop_when(opening) == opening
    assert trim_clauses("Program pemutihan berlaku di seluruh kantor Samsat, pada jam pelayanan Senin–Jumat.", 60) == (
        "Program pemutihan berlaku di seluruh kantor Samsat.")
    assert place(["Warga di bantaran Sungai Ciliwung diimbau waspada."]) == "Bantaran Sungai Ciliwung"
