"""Canned model answers and requests shared by the LLM tests (and usable by other test files)."""

from __future__ import annotations

from typing import Any

from bot.core.models import Hit, Profile, ReplyRequest, RewriteRequest

DRAFT = (
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamaju membuka layanan perekaman KTP-el keliling "
    "di Kantor Kecamatan Sukamaju pada Sabtu, 12 April 2025 pukul 08.00-12.00 WIB. Layanan gratis. "
    "Warga membawa fotokopi kartu keluarga."
)
GOOD_TEXT = (
    "Belum punya KTP-el? Rekam di Kantor Kecamatan Sukamaju, Sabtu 12 April 2025 pukul 08.00-12.00 WIB. "
    "Gratis! Jangan lupa bawa fotokopi kartu keluarga."
)
CTA = "Datang Sabtu pagi dan ajak keluarga yang belum rekam."
PROFILE = Profile(name="Disdukcapil Sukamaju", handle="@dukcapilsukamaju", hashtags=["#DukcapilSukamaju"])
GUIDELINE = Hit(
    id="01-dampak#0",
    title="Dampak dulu, bukan seremoni",
    path="knowledge/01-dampak-dulu-bukan-seremoni.md",
    text="Mulai unggahan dengan apa yang berubah bagi warga, lalu ajakan yang jelas.",
)


def post(platform: str, text: str = GOOD_TEXT, **extra: Any) -> dict[str, Any]:
    return {
        "platform": platform,
        "text": text,
        "hashtags": ["#KTPel"],
        "call_to_action": CTA,
        "visual": "Infografis jadwal dan lokasi",
        **extra,
    }


def rewrite_answer(platforms: list[str], text: str = GOOD_TEXT) -> dict[str, Any]:
    return {"posts": [post(p, text) for p in platforms], "guideline_ids": ["01-dampak#0"]}


def reply_answer(
    suggestions: list[str] | None = None, kind: str = "question", escalate: bool = False
) -> dict[str, Any]:
    return {
        "kind": kind,
        "escalate": escalate,
        "reason": "Warga bertanya tentang jadwal layanan.",
        "suggestions": suggestions
        or [
            "Halo, Kak! Perekaman KTP-el keliling ada di Kantor Kecamatan Sukamaju, Sabtu 12 April 2025. Gratis.",
            "Terima kasih sudah bertanya. Silakan datang ke Kantor Kecamatan Sukamaju dengan fotokopi kartu keluarga.",
        ],
        "recommendation": "Sematkan jadwal di unggahan.",
    }


def rewrite_request(platforms: list[str] | None = None, draft: str = DRAFT) -> RewriteRequest:
    return RewriteRequest(
        draft=draft,
        platforms=platforms or ["instagram", "x"],  # type: ignore[arg-type]
        tone="friendly",
        profile=PROFILE,
        guidelines=[GUIDELINE],
        user_id="42",
    )


def reply_request(comment: str, context: str | None = None, hint: str = "question") -> ReplyRequest:
    return ReplyRequest(
        comment=comment,
        context=context or DRAFT,
        tone="friendly",
        profile=PROFILE,
        guidelines=[GUIDELINE],
        hint_kind=hint,  # type: ignore[arg-type]
        user_id="42",
    )
