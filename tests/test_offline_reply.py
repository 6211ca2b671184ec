"""The offline reply: per-kind suggestions that never invent and never repeat personal data."""

from __future__ import annotations

import re

import pytest

from bot.core.final_checks import reply_fact_check
from bot.core.models import Hit, ReplyRequest, ReplyResult
from bot.offline.engine import OfflineEngine
from bot.offline.reply import (
    COMPLAINT_CHANNEL,
    COMPLAINT_CHANNEL_GENERIC,
    OFFLINE_REPLY_WARNING,
    complaint_channel,
    find_answer,
)

REPLY_GUIDE = Hit(
    id="g1",
    title="Prinsip Membalas Komentar Warganet",
    path="knowledge/09-membalas-komentar-warganet.md",
    text=(
        "Untuk keluhan yang perlu ditindaklanjuti, arahkan ke SP4N-LAPOR! (lapor.go.id, SMS 1708) atau kanal "
        "pengaduan instansi. Jangan mengulang data pribadi warga dalam balasan publik."
    ),
)


def reply(
    comment: str, context: str | None = None, tone: str = "friendly", guidelines=None, hint=None
) -> ReplyResult:
    request = ReplyRequest(
        comment=comment, context=context, tone=tone, guidelines=guidelines or [], hint_kind=hint  # type: ignore[arg-type]
    )
    result = OfflineEngine().reply(request)
    assert result.engine == "offline"
    check = reply_fact_check(request, result.suggestions, request.guidelines)  # the service's verdict
    assert check.ok, check.invented
    assert OFFLINE_REPLY_WARNING in result.warnings
    return result


def test_question_without_answer_says_we_will_check() -> None:
    result = reply("Kapan batas pendaftaran beasiswa?")
    assert result.kind == "question" and not result.escalate
    assert 2 <= len(result.suggestions) <= 3
    assert all("cek" in s.lower() or "pastikan" in s.lower() for s in result.suggestions)
    assert not any(re.search(r"\d", s) for s in result.suggestions)
    assert any("konteks" in w for w in result.warnings)


def test_question_with_answer_in_context_answers_it_in_plain_words() -> None:
    context = "Pendaftaran beasiswa dibuka sampai 30 Juni 2025 di kantor kelurahan. Kuota 200 orang."
    result = reply("Kapan batas pendaftaran beasiswa?", context=context)
    assert result.kind == "question"
    assert all("Batas waktunya: pendaftaran beasiswa dibuka sampai 30 Juni 2025" in s for s in result.suggestions)
    assert not any("“" in s for s in result.suggestions)


def test_question_answer_must_fit_the_question_type() -> None:
    context = "Pendaftaran beasiswa dilakukan di kantor kelurahan."
    assert find_answer("Kapan pendaftaran beasiswa dibuka?", context, []) is None
    assert find_answer("Di mana pendaftaran beasiswa?", context, []) == context
    assert find_answer("Berapa biaya pendaftaran?", "Pendaftaran gratis untuk semua warga.", []) is not None


def test_guidelines_answer_only_with_strong_overlap() -> None:
    guide = ["Laporan keluhan bisa dikirim lewat lapor.go.id atau SMS 1708."]
    assert find_answer("Gimana cara kirim laporan keluhan?", None, guide) == guide[0]
    assert find_answer("Kapan pasar murah dibuka?", None, guide) is None


def test_complaint_names_the_channel_only_when_guidelines_confirm_it() -> None:
    comment = "Min, jalan di depan pasar rusak parah sudah 3 bulan, kapan diperbaiki?"
    confirmed = reply(comment, guidelines=[REPLY_GUIDE])
    assert confirmed.kind == "complaint"
    assert any(COMPLAINT_CHANNEL in s for s in confirmed.suggestions)
    assert any("DM" in s or "pesan langsung" in s for s in confirmed.suggestions)
    assert confirmed.sources[0].path == REPLY_GUIDE.path
    bare = reply(comment)
    assert not any("1708" in s or "lapor.go.id" in s for s in bare.suggestions)
    assert any(COMPLAINT_CHANNEL_GENERIC in s for s in bare.suggestions)
    assert complaint_channel(["Arahkan ke SP4N-LAPOR! bila perlu."]) == "SP4N-LAPOR!"


def test_serious_complaint_escalates() -> None:
    result = reply("Ada pungli di loket pembuatan KTP, diminta 50 ribu")
    assert result.kind == "complaint" and result.escalate
    assert "pihak berwenang" in result.suggestions[0]
    assert result.recommendation and "Eskalasi" in result.recommendation
    assert len(result.suggestions) <= 3


def test_hoax_is_escalated_with_label_guidance() -> None:
    result = reply("Katanya besok ada pembagian sembako gratis di balai kota, benarkah?")
    assert result.kind == "hoax" and result.escalate
    assert result.recommendation and "[HOAKS]" in result.recommendation and "[KLARIFIKASI]" in result.recommendation
    assert any("cek" in s.lower() for s in result.suggestions)


def test_hoax_with_official_clarification_in_context() -> None:
    context = "Pemkot menegaskan kabar pembagian sembako di balai kota tidak benar."
    result = reply("Katanya besok ada pembagian sembako di balai kota, benarkah?", context=context)
    assert context in result.suggestions[0]


def test_praise_thanks_and_invites_to_share() -> None:
    result = reply("Mantap pak, pelayanannya cepat!")
    assert result.kind == "praise" and not result.escalate
    assert all("terima kasih" in s.lower() for s in result.suggestions)
    assert any("bagikan" in s.lower() for s in result.suggestions)


def test_abuse_is_hidden_not_argued() -> None:
    result = reply("Dasar pejabat goblok, kerjanya cuma foto-foto")
    assert result.kind == "abuse"
    assert result.suggestions == []
    assert result.recommendation and "Sembunyikan" in result.recommendation
    with_complaint = reply("Dasar goblok, jalan rusak gak diperbaiki!")
    assert len(with_complaint.suggestions) == 1
    assert "goblok" not in with_complaint.suggestions[0].lower()


def test_threat_is_escalated() -> None:
    result = reply("Awas kau, kami datangi kantormu besok")
    assert result.kind == "abuse" and result.escalate


def test_spam_only_gets_a_recommendation() -> None:
    result = reply("Slot gacor hari ini maxwin, cek bio ya kak")
    assert result.kind == "spam" and result.suggestions == []
    assert result.recommendation and "spam" in result.recommendation


def test_political_comment_gets_a_neutral_reply() -> None:
    result = reply("Pilih nomor 2 ya warga, biar kotanya maju!")
    assert result.kind == "political" and result.escalate
    assert any("netral" in s for s in result.suggestions)
    assert not any("nomor 2" in s for s in result.suggestions)


PII = [
    ("NIK saya 3273012345678901 kok belum terdaftar bansos?", ["3273012345678901"]),
    ("Tolong hubungi saya di 0812-3456-7890, mau tanya soal KTP", ["0812-3456-7890", "081234567890"]),
    ("email saya budi.santoso@gmail.com belum dapat balasan", ["budi.santoso@gmail.com", "budi.santoso"]),
    ("Rumah saya di Jl. Melati No. 12 RT 03/RW 05 kebanjiran", ["Melati", "No. 12", "RT 03"]),
]


@pytest.mark.parametrize(("comment", "secrets"), PII)
@pytest.mark.parametrize("tone", ["formal", "friendly", "casual"])
def test_personal_data_is_never_repeated(comment: str, secrets: list[str], tone: str) -> None:
    result = reply(comment, tone=tone, guidelines=[REPLY_GUIDE])
    assert result.kind == "personal_data"
    assert result.suggestions and all("DM" in s for s in result.suggestions)
    joined = " ".join(result.suggestions + [result.recommendation or "", result.reason])
    for secret in secrets:
        assert secret not in joined
    assert not re.search(r"\d{4,}", joined)


def test_nik_escalates_phone_does_not() -> None:
    assert reply(PII[0][0]).escalate
    assert not reply(PII[1][0]).escalate


def test_hint_kind_overrides_the_classifier() -> None:
    result = reply("Terima kasih infonya", hint="question")
    assert result.kind == "question"
    assert result.reason


@pytest.mark.parametrize("kind", ["question", "complaint", "hoax", "praise", "political", "personal_data", "other"])
def test_tone_changes_the_wording(kind: str) -> None:
    tones = ("formal", "friendly", "casual")
    texts = {tone: tuple(reply("Halo min", tone=tone, hint=kind).suggestions) for tone in tones}
    assert len(set(texts.values())) == 3
    assert all(1 <= len(s) <= 3 for s in texts.values())


@pytest.mark.parametrize("comment", ["😀", "<b>&amp;</b>", "?", "\u202e\u200bhalo", "x" * 4000])
def test_odd_comments_never_crash(comment: str) -> None:
    assert reply(comment).kind
