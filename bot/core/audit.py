"""Audit a caption against the guidelines: ceremony, titles, citizen impact, call to
action, length, jargon, acronyms and hashtags. Deterministic; no model involved.

Each finding names the guideline document it comes from (`GUIDELINES`), so the
officer can read why. Score = 100 minus the weights of the findings.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.lexicon_data import KNOWN_ACRONYMS, WEAK_IMPACT
from bot.core.models import AuditResult, Finding, PlatformName, Severity, Source
from bot.core.platforms import SPECS, post_length

#: Rule -> the knowledge document the rule comes from.
GUIDELINES: dict[str, str] = {
    "ceremonial_opener": "knowledge/01-dampak-dulu-bukan-seremoni.md",
    "no_citizen_impact": "knowledge/02-kesalahan-umum-humas-medsos.md",
    "honorific_chain": "knowledge/03-bahasa-lugas-dan-istilah-birokrasi.md",
    "jargon": "knowledge/03-bahasa-lugas-dan-istilah-birokrasi.md",
    "unexplained_acronym": "knowledge/03-bahasa-lugas-dan-istilah-birokrasi.md",
    "over_length": "knowledge/06-platform-batas-dan-kebiasaan.md",
    "too_many_hashtags": "knowledge/07-tagar-dan-ajakan-bertindak.md",
    "no_call_to_action": "knowledge/07-tagar-dan-ajakan-bertindak.md",
}

#: Document path -> its title (as in the document's front matter).
GUIDELINE_TITLES: dict[str, str] = {
    "knowledge/01-dampak-dulu-bukan-seremoni.md": "Dampak Dulu, Bukan Seremoni",
    "knowledge/02-kesalahan-umum-humas-medsos.md": "Kesalahan Umum Humas di Media Sosial dan Cara Memperbaikinya",
    "knowledge/03-bahasa-lugas-dan-istilah-birokrasi.md": "Bahasa Lugas untuk Warga, Bukan Bahasa Birokrasi",
    "knowledge/06-platform-batas-dan-kebiasaan.md": "Batas Karakter, Tagar, dan Kebiasaan Tiap Platform",
    "knowledge/07-tagar-dan-ajakan-bertindak.md": "Tagar dan Ajakan Bertindak (CTA) yang Efektif",
}

WEIGHTS: dict[Severity, int] = {"high": 25, "medium": 12, "low": 5}

_ACRONYM = re.compile(r"(?<![#@\w/.])([A-Z][A-Z0-9]{1,5})(?![\w])")
_HASHTAG = re.compile(r"(?<![\w#])#\w+")
_URLISH = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:go\.id|com|id|org|net)\S*|\S+@\S+")


def _quote(items: list[str]) -> str:
    return ", ".join(f"“{item}”" for item in items)


def _finding(rule: str, severity: Severity, message: str) -> Finding:
    return Finding(rule=rule, severity=severity, message=message, source=GUIDELINES[rule])


def _ceremony(text: str, sentences: list[str]) -> list[Finding]:
    phrases = lexicon.find_ceremonial(text)
    if not phrases:
        return []
    in_lead = bool(sentences) and lexicon.is_ceremonial(sentences[0])
    where = "Kalimat pertama" if in_lead else "Caption"
    message = (
        f"{where} bernada seremoni ({_quote(phrases[:5])}). Buka dengan apa yang warga dapat atau harus "
        "lakukan (layanan, jadwal, syarat); siapa yang hadir dan di ruang mana cukup di akhir atau dihapus."
    )
    return [_finding("ceremonial_opener", "high" if in_lead else "medium", message)]


def _honorifics(text: str) -> list[Finding]:
    found = lexicon.find_honorifics(text)
    if not found:
        return []
    return [_finding(
        "honorific_chain", "medium",
        f"Hapus gelar dan sapaan kehormatan ({_quote(found[:6])}); cukup jabatan + nama, "
        "misalnya “Wali Kota [nama]”.",
    )]


def _impact(text: str) -> list[Finding]:
    found = lexicon.impact_words(lexicon.without_ceremonial(text))
    score = sum(1 if w in WEAK_IMPACT else 2 for w in found)
    if score >= 2:
        return []
    return [_finding(
        "no_citizen_impact", "high",
        "Caption tidak menyebut apa yang warga dapat atau harus lakukan. Tambahkan manfaatnya bagi warga, "
        "jadwal, lokasi, biaya (misalnya gratis), dan syarat atau cara ikut.",
    )]


def _cta(text: str) -> list[Finding]:
    if lexicon.has_call_to_action(lexicon.without_ceremonial(text)):
        return []
    return [_finding(
        "no_call_to_action", "medium",
        "Belum ada ajakan. Akhiri dengan satu ajakan yang jelas, misalnya “Yuk, daftar …”, “Catat tanggalnya”, "
        "“Bagikan ke keluarga” atau “Ada pertanyaan? Tulis di kolom komentar”.",
    )]


def _length(text: str, platform: PlatformName) -> list[Finding]:
    spec = SPECS[platform]
    length = post_length(platform, text)
    if length > spec.limit:
        return [_finding(
            "over_length", "high",
            f"Panjang {length} karakter melebihi batas {spec.label} ({spec.limit}). Potong ke informasi inti: "
            "apa, kapan, di mana, biaya, cara ikut.",
        )]
    notes: list[str] = []
    if spec.target < spec.limit and length > spec.target:
        notes.append(f"panjang {length} karakter melebihi target nyaman {spec.target} untuk {spec.label}")
    first = lexicon.split_sentences(text)[:1]
    if spec.visible < spec.limit and first and len(first[0]) > spec.visible:
        notes.append(
            f"kalimat pertama {len(first[0])} karakter, padahal hanya sekitar {spec.visible} karakter yang "
            "terlihat sebelum “selengkapnya”"
        )
    if not notes:
        return []
    return [_finding("over_length", "low", "Perpendek: " + "; ".join(notes) + ".")]


def _jargon(text: str) -> list[Finding]:
    pairs = lexicon.find_jargon(text) + lexicon.find_spelling(text)
    if not pairs:
        return []
    listed = "; ".join(f"“{bad}” → {good}" for bad, good in pairs[:8])
    return [_finding(
        "jargon", "medium" if len(pairs) >= 3 else "low",
        f"Ganti istilah birokratis atau ejaan tidak baku: {listed}.",
    )]


def unexplained_acronyms(text: str) -> list[str]:
    """ALL-CAPS acronyms that are neither common nor expanded in parentheses nearby."""
    plain = _URLISH.sub(" ", _HASHTAG.sub(" ", text))
    out: list[str] = []
    for m in _ACRONYM.finditer(plain):
        acronym = m.group(1)
        if (acronym in KNOWN_ACRONYMS or acronym in out or sum(c.isalpha() for c in acronym) < 2
                or lexicon.is_ordinary_word(acronym)):
            continue
        explained = re.search(rf"\(\s*{re.escape(acronym)}\s*\)", plain) or re.search(
            rf"\b{re.escape(acronym)}\s*\(\s*[A-Za-z][^)]*\s[^)]*\)", plain
        )
        if not explained:
            out.append(acronym)
    return out


def _acronyms(text: str) -> list[Finding]:
    found = unexplained_acronyms(text)
    if not found:
        return []
    return [_finding(
        "unexplained_acronym", "medium" if len(found) >= 3 else "low",
        f"Jelaskan singkatan {_quote(found[:8])}: tulis kepanjangannya saat pertama muncul, lalu singkatannya "
        "dalam kurung, atau ganti dengan kata yang dipakai warga.",
    )]


def _hashtags(text: str, platform: PlatformName) -> list[Finding]:
    spec = SPECS[platform]
    count = len(_HASHTAG.findall(text))
    if count <= spec.max_hashtags:
        return []
    return [_finding(
        "too_many_hashtags", "medium",
        f"Ada {count} tagar; untuk {spec.label} cukup {spec.max_hashtags}. Simpan tagar resmi instansi dan "
        "satu-dua tagar topik.",
    )]


def audit_text(draft: str, platform: PlatformName = "instagram") -> AuditResult:
    """Findings and a 0-100 score for a caption on `platform`."""
    text = lexicon.clean_markup(draft)
    sentences = lexicon.split_sentences(text)
    findings = [
        *_ceremony(text, sentences),
        *_impact(text),
        *_honorifics(text),
        *_cta(text),
        *_length(text, platform),
        *_jargon(text),
        *_acronyms(text),
        *_hashtags(text, platform),
    ]
    score = max(0, min(100, 100 - sum(WEIGHTS[f.severity] for f in findings)))
    paths = list(dict.fromkeys(f.source for f in findings))
    sources = [Source(title=GUIDELINE_TITLES.get(p, p), path=p) for p in paths]
    return AuditResult(engine="offline", platform=platform, score=score, findings=findings, sources=sources)
