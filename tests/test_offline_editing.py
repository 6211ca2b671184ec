"""Editing in the offline rewrite: resolved references,
tidied wording, values that keep their dots, and hashtags from the draft's own names."""

from __future__ import annotations

from pathlib import Path

from bot.core import lexicon
from bot.core.fact_check import check_facts
from bot.core.final_checks import rewrite_fact_check
from bot.core.models import PLATFORMS, Profile, RewriteRequest
from bot.core.reading.key_facts import place, requirement
from bot.offline.engine import OfflineEngine
from bot.offline.sentence_edit import (
    Event,
    compact_dates,
    find_event,
    resolve,
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


# --- tidy ------------------------------------------------------------------------


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


def first_line(text: str) -> str:
    return next(line for line in text.split("\n") if line.strip() and not line.startswith(("Halo", "📢", "👉", "🎬")))


DANGLING = ("Kegiatan tersebut", "Layanan ini", "Program ini", "Penambahan ini", "Berdasarkan juknis", "Salah satu",
            "Melalui", "Adapun")


def test_no_lead_opens_with_a_dangling_reference_or_a_lead_in() -> None:
    for name, draft in DRAFTS.items():
        for platform, text in posts(draft).items():
            lead = first_line(text)
            assert not lead.startswith(DANGLING), (name, platform, lead)


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


def test_place_phrases() -> None:
    assert place(["Warga di bantaran Sungai Ciliwung diimbau waspada."]) == "Bantaran Sungai Ciliwung"
