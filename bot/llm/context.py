"""Pieces of the prompts built from a request: tone, platform rules, guidelines, profile."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.models import Hit, PlatformName, Profile, Tone
from bot.core.platforms import SPECS

TONES: dict[Tone, str] = {
    "formal": "formal dan resmi tetapi tetap hangat; sapa warga dengan \"Bapak/Ibu\"; tanpa emoji.",
    "friendly": (
        "ramah dan hangat; sapa warga secara akrab (misalnya \"Sahabat\" atau \"warga\"); "
        "emoji paling banyak satu atau dua."
    ),
    "casual": "santai dan akrab seperti obrolan, tetap sopan; boleh emoji secukupnya; hindari bahasa gaul yang kasar.",
}

NO_GUIDELINES = "(tidak ada panduan yang relevan)"
MAX_GUIDELINE_CHARS = 1500


def variation_text(brief: bool = False, variant: int = 0) -> str:
    """Extra instructions for a short version and for another wording of the same posts."""
    lines = []
    if brief:
        lines.append("Versi singkat: tulis sependek mungkin, kira-kira separuh sasaran panjang, cukup inti dan ajakan.")
    if variant:
        lines.append(
            f"Versi alternatif ke-{variant}: pakai pembuka dan susunan kalimat yang berbeda dari versi biasa; "
            "fakta tetap sama."
        )
    return "\n".join(lines)


def tone_text(tone: Tone) -> str:
    return TONES.get(tone, TONES["friendly"])


def platform_rules(platforms: Iterable[PlatformName]) -> str:
    lines = []
    for name in platforms:
        spec = SPECS[name]
        unit = "karakter berbobot (emoji dihitung 2, tautan 23)" if name == "x" else "karakter"
        lines.append(
            f"- {name} ({spec.label}): batas keras {spec.limit} {unit}; sasaran sekitar {spec.target}; "
            f"paling banyak {spec.max_hashtags} tagar; {spec.visible} karakter pertama tampil sebelum \"selengkapnya\"."
            + (" Fakta yang tidak muat: balasan utas (\"thread\"), masing-masing juga dalam batas ini." if name == "x"
               else "")
        )
    return "\n".join(lines)


_SEPARATOR = "\n\n"


def _block(hit: Hit) -> str:
    body = hit.text.strip()
    if len(body) > MAX_GUIDELINE_CHARS:
        body = body[:MAX_GUIDELINE_CHARS].rsplit(" ", 1)[0] + " ..."
    return f"[id: {hit.id}] {hit.title}\n{body}"


def fit_guidelines(hits: Iterable[Hit], budget: int | None = None) -> list[Hit]:
    """The hits whose blocks fit in `budget` characters together (None: all), best rank first.

    Whole chunks only: going down the ranking, a chunk that no longer fits is left out (a shorter,
    lower-ranked one may still fit). The best chunk is always kept; alone over the budget, it is cut
    by `guidelines_text`.
    """
    hits = list(hits)
    if budget is None or not hits:
        return hits
    if budget <= 0:
        return []
    kept = [hits[0]]
    used = len(_block(hits[0]))
    for hit in hits[1:]:
        size = len(_SEPARATOR) + len(_block(hit))
        if used + size <= budget:
            kept.append(hit)
            used += size
    return kept


def guidelines_text(hits: Iterable[Hit], budget: int | None = None) -> str:
    """The guideline chunks for a prompt, at most `budget` characters (see `fit_guidelines`)."""
    if budget is not None and budget <= 0:
        return NO_GUIDELINES
    text = _SEPARATOR.join(_block(hit) for hit in fit_guidelines(hits, budget))
    if budget is not None and len(text) > budget:  # the best chunk alone is over the budget
        head = text[: max(budget - 4, 0)]
        head = head.rsplit(" ", 1)[0] if " " in head else head
        text = (head + " ...")[:budget]
    return text or NO_GUIDELINES


def profile_values(profile: Profile) -> dict[str, str]:
    return {
        "institution": profile.name or "instansi pemerintah",
        "handle": profile.handle or "(tidak disebut)",
        "hashtags": " ".join(profile.hashtags) or "(tidak ada)",
    }


def cited(hits: list[Hit], ids: Iterable[str]) -> list[Hit]:
    """The hits the model says it used (by id or title); all hits when it cited none that exist."""
    wanted = {i.strip() for i in ids if i and i.strip()}
    chosen = [h for h in hits if h.id in wanted or h.title in wanted]
    return chosen or hits
