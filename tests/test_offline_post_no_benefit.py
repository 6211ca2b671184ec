"""A draft that gives citizens nothing (a working visit, an audience) is told as what happened: the sentence
naming who did what, where and when opens the post, whole. Before, its ceremony was cut clause by clause and
the post opened with what was left of a later sentence ("Dalam kunjungan tersebut, Wagub.", "Kunjungan
tersebut dimaksudkan ..."), which points back at nothing (round 10, the officer read of ext19)."""

from __future__ import annotations

import pytest

from bot.core.final_checks import finish_rewrite
from bot.core.models import RewriteRequest
from bot.core.reading import read_draft
from bot.offline.engine import OfflineEngine

VISIT = ("KUPANG – Komisi IV DPRD Provinsi Nusa Tenggara Timur melakukan kunjungan kerja ke SMA Negeri 3 "
         "Kupang, Kamis (5/11/2026). Rombongan yang dipimpin Ketua Komisi IV, Yohana Bessie, disambut kepala "
         "sekolah didampingi para guru.\n\nKunjungan tersebut dimaksudkan untuk melihat kondisi ruang kelas dan "
         "laboratorium yang rusak akibat angin kencang. Kepala sekolah memaparkan kebutuhan perbaikan atap di "
         "enam ruang kelas.\n\nMasukan tersebut akan dibahas dalam rapat kerja bersama Dinas Pendidikan.")
AUDIENCE = ("Bupati Sikka, Martinus Lado, menerima audiensi pengurus Ikatan Keluarga Sikka di Jakarta di ruang "
            "kerja Bupati, Maumere, Senin (9/11/2026). Pertemuan berlangsung hangat dan penuh kekeluargaan.\n\n"
            "Dalam audiensi tersebut, pengurus menyampaikan rencana kegiatan bakti sosial tahun depan. Bupati "
            "mengapresiasi kepedulian perantau terhadap kampung halaman.")


def first_line(draft: str, platform: str = "instagram") -> str:
    request = RewriteRequest(draft=draft, platforms=[platform])
    post = finish_rewrite(request, OfflineEngine().rewrite(request)).posts[0]
    lines = [line for line in post.text.strip().splitlines() if line.strip()]
    return next(line for line in lines if not line.startswith("Halo"))  # after a greeting


@pytest.mark.parametrize(
    ("draft", "opening"),
    [
        (VISIT, "Komisi IV DPRD Provinsi Nusa Tenggara Timur melakukan kunjungan kerja ke SMA Negeri 3 Kupang"),
        (AUDIENCE, "Bupati Sikka, Martinus Lado, menerima audiensi pengurus Ikatan Keluarga Sikka"),
    ],
)
def test_a_draft_without_benefit_opens_with_what_happened(draft: str, opening: str) -> None:
    assert not read_draft(draft).citizen_benefit
    for platform in ("instagram", "x", "whatsapp"):
        line = first_line(draft, platform)
        assert line.startswith(opening), line
        assert "tersebut" not in line.split(",")[0]


def test_a_draft_with_a_benefit_still_opens_with_it() -> None:
    draft = ("Dinas Kesehatan Kota Kupang membuka layanan cek kesehatan gratis bagi lansia setiap Sabtu pukul "
             "08.00–12.00 WITA di Puskesmas Oebobo. Kegiatan ini dibuka oleh Wali Kota didampingi Forkopimda.")
    assert read_draft(draft).citizen_benefit
    assert "cek kesehatan gratis" in first_line(draft)


AIDS = ("Kepala Dinas Sosial, Ratna Dewi, menjelaskan bahwa mulai Senin (7/12/2026), penyandang disabilitas dapat "
        "mengajukan kursi roda dan alat bantu dengar secara gratis. Pengajuan dibuka setiap Selasa di kantor Dinas "
        "Sosial di 10 kabupaten/kota. Warga dapat mendaftar melalui pendamping PKH, kepala desa, atau langsung datang "
        "ke kantor Dinas Sosial setempat. Informasi: 0511-6700-123.")


def test_a_how_the_lead_already_says_is_not_repeated_and_a_place_count_keeps_its_pair() -> None:
    """The officer read of ext19: "Caranya: Ajukan kursi roda ...; daftar lewat ..." repeated the lead, and
    "di 13 kabupaten/kota" was shown as "di 13 kabupaten" (a fact changed)."""
    request = RewriteRequest(draft=AIDS, platforms=["instagram"])
    text = finish_rewrite(request, OfflineEngine().rewrite(request)).posts[0].text
    how = next(line for line in text.splitlines() if line.startswith("📝"))
    assert "kursi roda" not in how and "pendamping PKH, kepala desa, atau langsung datang" in how
    assert "10 kabupaten/kota" in text


def test_a_report_label_does_not_cut_dipersilakan() -> None:
    """"Warga yang ingin mengajukan fogging dipersilakan melapor ke ..." gave the label "Lapor bila ingin
    mengajukan fogging diper:" (the request word matched inside "dipersilakan")."""
    draft = ("Dinas Kesehatan Kota Kendari menggelar pemeriksaan jentik gratis setiap Jumat pagi di seluruh "
             "kelurahan. Warga yang ingin mengajukan fogging dipersilakan melapor ke puskesmas terdekat atau "
             "melalui lurah setempat.")
    request = RewriteRequest(draft=draft, platforms=["instagram"])
    text = finish_rewrite(request, OfflineEngine().rewrite(request)).posts[0].text
    assert "diper:" not in text and "diper " not in text
