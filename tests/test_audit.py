"""Caption audit: rules, messages, guideline sources and scores."""

from __future__ import annotations

import pytest

from bot.core.audit import GUIDELINES, WEIGHTS, audit_text, unexplained_acronyms

CEREMONIAL = (
    "Bertempat di Ruang Rapat Utama Balai Kota, Bapak Wali Kota Contoh, Drs. H. Budi Santoso, M.Si., "
    "menghadiri Rapat Koordinasi dalam rangka sinergitas program. Acara dibuka secara resmi oleh Sekretaris "
    "Daerah dan berlangsung dengan khidmat. Turut hadir para kepala OPD dan jajaran Forkopimda."
)

GOOD = (
    "Perpanjangan SIM kini bisa di Taman Merdeka, gratis! 🚗\n\n"
    "📅 Sabtu, 17 Mei 2025, pukul 08.00-12.00 WIB\n"
    "📍 Taman Merdeka\n"
    "🧾 Cukup bawa KTP asli dan SIM lama\n\n"
    "Yuk, datang! Ada pertanyaan? Tulis di kolom komentar.\n"
    "#KotaContoh #SIMKeliling"
)


def rules(text: str, platform: str = "instagram") -> set[str]:
    return {f.rule for f in audit_text(text, platform).findings}  # type: ignore[arg-type]


def test_ceremonial_caption_scores_low() -> None:
    result = audit_text(CEREMONIAL)
    assert result.engine == "offline" and result.platform == "instagram"
    assert result.score <= 50, result.findings
    assert {"ceremonial_opener", "honorific_chain", "no_citizen_impact", "no_call_to_action", "jargon",
            "unexplained_acronym"} <= rules(CEREMONIAL)


def test_citizen_first_caption_scores_high() -> None:
    result = audit_text(GOOD)
    assert result.score >= 80, result.findings
    assert "ceremonial_opener" not in rules(GOOD)


def test_score_is_100_minus_weights_clamped() -> None:
    result = audit_text(CEREMONIAL)
    expected = max(0, 100 - sum(WEIGHTS[f.severity] for f in result.findings))
    assert result.score == expected
    assert audit_text(CEREMONIAL + " " + "#tagar " * 40, "x").score == 0


def test_findings_point_to_guidelines_and_speak_indonesian() -> None:
    result = audit_text(CEREMONIAL)
    paths = {s.path for s in result.sources}
    for finding in result.findings:
        assert finding.source == GUIDELINES[finding.rule]
        assert finding.source in paths
        assert finding.severity in ("high", "medium", "low")
        assert finding.message.endswith(".") and " " in finding.message
    assert all(s.title for s in result.sources)


def test_ceremonial_opener_in_lead_is_high() -> None:
    (finding,) = [f for f in audit_text(CEREMONIAL).findings if f.rule == "ceremonial_opener"]
    assert finding.severity == "high"
    assert "menghadiri" in finding.message


def test_honorifics_are_listed() -> None:
    (finding,) = [f for f in audit_text(CEREMONIAL).findings if f.rule == "honorific_chain"]
    assert "H." in finding.message and "M.Si." in finding.message


def test_jargon_message_gives_the_alternative() -> None:
    text = "Dalam rangka HUT kota, warga dihimbau untuk silahkan datang guna menyaksikan pawai. Yuk datang!"
    (finding,) = [f for f in audit_text(text).findings if f.rule == "jargon"]
    for phrase in ("dalam rangka", "guna", "silahkan", "dihimbau"):
        assert phrase in finding.message
    assert "silakan" in finding.message and "diimbau" in finding.message


def test_acronyms_expanded_or_common_pass() -> None:
    assert unexplained_acronyms("Penerimaan Peserta Didik Baru (PPDB) dibuka. Daftar PPDB sekarang.") == []
    assert unexplained_acronyms("PPDB (Penerimaan Peserta Didik Baru) dibuka.") == []
    assert unexplained_acronyms("Bawa KTP dan KK ke kantor RT, pukul 08.00 WIB.") == []
    assert unexplained_acronyms("Rakor OPD bahas Karhutla dan DBD. INFO PENTING!") == ["OPD", "DBD"]


def test_over_length_for_x_is_high() -> None:
    text = "Warga bisa daftar layanan gratis. " * 12 + "Yuk daftar!"
    (finding,) = [f for f in audit_text(text, "x").findings if f.rule == "over_length"]
    assert finding.severity == "high" and "280" in finding.message


def test_long_lead_is_low() -> None:
    lead = "Warga Kota Contoh yang ingin memperpanjang SIM kini bisa datang ke layanan keliling gratis di Taman "
    lead += "Merdeka setiap Sabtu pagi tanpa antre panjang di kantor polisi."
    (finding,) = [f for f in audit_text(lead + " Yuk datang!").findings if f.rule == "over_length"]
    assert finding.severity == "low" and "125" in finding.message


def test_too_many_hashtags_per_platform() -> None:
    text = "Warga bisa daftar layanan gratis. Yuk daftar! #a1 #b2 #c3 #d4"
    assert "too_many_hashtags" in rules(text, "x")
    assert "too_many_hashtags" not in rules(text, "instagram")
    assert "too_many_hashtags" in rules(text + " #e5 #f6", "instagram")


def test_call_to_action_detected() -> None:
    assert "no_call_to_action" not in rules("Layanan gratis untuk warga. Bagikan ke keluarga!")
    assert "no_call_to_action" in rules("Layanan gratis untuk warga tersedia di kelurahan.")


@pytest.mark.parametrize("text", ["😀", "<b>&amp;</b> <i>x</i>", "*_[]()_*", "\u200b\u202eteks\u202c", "a" * 9000])
def test_odd_input_never_crashes(text: str) -> None:
    result = audit_text(text)
    assert 0 <= result.score <= 100
