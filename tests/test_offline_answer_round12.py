"""Answers on round 12b's mechanisms (issue 11), on drafts and questions written for these tests (not the data the
changes were measured on): how long a thing lasts, a draft's own FAQ question never quoted as its answer, an age
checked against the draft's other age rule, and a sentence that names the thing asked when no sentence carries a
cue of the slot. Honest "not mentioned" answers stay where the draft is silent.
"""

from __future__ import annotations

import json

import yaml

from benchmarks import quality_metrics as qm
from tests.offline_replies import checked_reply

NOT_SAID = "belum menyebutkan"

PIPA = (
    "Perumda Tirta Asahan memberitahukan perbaikan pipa induk di Jalan Sudirman, Kisaran, mulai Senin (5/1/2026) "
    "pukul 09.00 WIB. Pekerjaan perbaikan pipa diperkirakan berlangsung sekitar tiga hari. Selama perbaikan, "
    "aliran air di Kelurahan Sidomukti dan Kelurahan Mutiara terhenti. Mobil tangki air disiagakan di halaman "
    "kantor lurah setiap hari pukul 08.00 sampai 16.00 WIB dan airnya gratis."
)
JEMBATAN = (
    "Dinas PUPR Kabupaten Kampar mulai membangun ulang jembatan gantung Desa Tanjung pada Februari 2026. "
    "Pembangunan jembatan dijadwalkan selama sekitar lima bulan dengan anggaran Rp1,2 miliar. Warga diminta "
    "memakai perahu penyeberangan gratis yang disiapkan desa selama pekerjaan berlangsung."
)
KURSUS = (
    "Disnaker Kota Batu membuka kursus tata boga gratis untuk 25 ibu rumah tangga, mulai 2 Maret 2026 di BLK Kota "
    "Batu. Peserta yang lulus mendapat kios di Pasar Induk tanpa biaya sewa selama enam bulan. Pendaftaran "
    "dilakukan di kantor kelurahan masing-masing dengan membawa fotokopi KTP."
)
TANYA_JAWAB = (
    "SKRINING MATA GRATIS DI PUSKESMAS ALALAK\n\n"
    "❓ Siapa saja yang dilayani?\n"
    "Warga Kota Banjarmasin yang berusia 40 tahun ke atas.\n\n"
    "❓ Saya pensiunan PNS, boleh ikut?\n"
    "Boleh, pensiunan tetap dilayani asal membawa kartu pensiun.\n\n"
    "❓ Apakah pemeriksaan ini dipungut biaya?\n"
    "Tidak. Seluruh pemeriksaan ditanggung Pemerintah Kota Banjarmasin.\n\n"
    "❓ Kapan jadwalnya?\n"
    "Setiap Kamis pukul 08.00–11.00 WITA selama Februari 2026."
)
LANSIA = (
    "Dinkes Kabupaten Barru menggelar skrining katarak keliling pada 10–14 Februari 2026 di lima puskesmas. "
    "Sasaran skrining adalah warga berusia 60 tahun ke atas. Warga usia 50 sampai 59 tahun juga dilayani bila "
    "kuota masih ada. Pemeriksaan tidak dipungut biaya, cukup membawa KTP."
)
SEKOLAH = (
    "Pendaftaran murid baru SD dan SMP negeri Kota Binjai dibuka 2 sampai 13 Juni 2026. Calon murid SD berusia "
    "paling rendah 7 tahun pada 1 Juli 2026. Calon murid SMP berusia paling tinggi 15 tahun pada 1 Juli 2026. "
    "Pendaftaran gratis melalui laman spmb.binjaikota.go.id."
)
JALAN = (
    "Jalan poros Sibolga–Tarutung di Km 14 ditutup Rabu (7/1/2026) pukul 22.00 sampai Kamis (8/1/2026) pukul "
    "05.00 WIB untuk pengecoran. Truk gandeng diminta parkir di rest area Km 12 sampai jalan dibuka kembali. "
    "Mobil pribadi dan sepeda motor tetap diizinkan memakai bahu jalan sisi kiri."
)


def first(comment: str, draft: str) -> str:
    return checked_reply(comment, draft).suggestions[0]


def test_the_round12_questions_quote_their_drafts_and_never_a_held_out_one() -> None:
    split = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))
    held_out = set(split["drafts"]["test"])
    bodies = {d.id: d.body for d in qm.load_drafts(qm.EXTRA_DRAFTS)}
    for name, least in (("questions_round12.yaml", 50), ("questions_round12b.yaml", 25)):
        rows = yaml.safe_load((qm.DATA / name).read_text(encoding="utf-8"))["questions"]
        assert len(rows) >= least and not {r["draft"] for r in rows} & held_out
        for row in rows:
            assert all(a["answer"] in bodies[row["draft"]] for a in row.get("answers") or []), row["text"]


def test_how_long_is_answered_by_the_duration_of_the_thing_asked() -> None:
    reply = first("perbaikannya brp lama min? sy cuma bisa nampung air sehari", PIPA)
    assert "sekitar tiga hari" in reply and NOT_SAID not in reply
    assert "lima bulan" in first("jembatannya kelar kapan ya pak?", JEMBATAN)


def test_another_things_period_is_no_duration_of_the_thing_asked() -> None:
    reply = first("kursusnya brp bulan?", KURSUS)
    assert "enam bulan" not in reply and NOT_SAID in reply


def test_a_drafts_own_faq_question_is_never_its_answer() -> None:
    reply = first("biaya pemeriksaannya gimana?", TANYA_JAWAB)
    assert "ditanggung Pemerintah Kota Banjarmasin" in reply
    assert "Siapa saja yang dilayani" not in reply and "Caranya: tidak" not in reply
    assert "Saya pensiunan PNS, boleh ikut" not in first("bapak sy udh pensiun, boleh ikut periksa?", TANYA_JAWAB)


def test_an_age_outside_one_rule_is_checked_against_the_drafts_other_rule() -> None:
    inside = first("ibu sy umur 55 thn, bisa diperiksa?", LANSIA)
    assert "masih masuk ketentuan" in inside and "50 sampai 59 tahun" in inside
    assert "di luar ketentuan" in first("ibu sy umur 45 thn, bisa diperiksa?", LANSIA)


def test_a_rule_without_a_floor_does_not_take_in_a_younger_child() -> None:
    reply = first("anak sy 6 thn, bisa masuk SD?", SEKOLAH)
    assert "di luar ketentuan" in reply and "masih masuk ketentuan" not in reply


def test_the_sentence_naming_the_thing_asked_answers_when_no_sentence_has_a_cue() -> None:
    assert "rest area Km 12" in first("truk gandeng gimana pak?", JALAN)


def test_a_thing_the_draft_never_names_is_still_said_missing() -> None:
    reply = first("bus antarkota gimana pak?", JALAN)
    assert NOT_SAID in reply and "rest area" not in reply
