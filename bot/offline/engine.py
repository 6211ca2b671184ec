"""The offline engine: rewrites and replies without a language model.

It restructures instead of paraphrasing: every fact in a post is copied from the
draft, so the service's fact check passes by construction. Templates only add words
that carry no facts (greetings, labels, calls to action).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core import lexicon
from bot.core.compose import Block, assemble, join_tags, merge_hashtags
from bot.core.models import (
    Finding,
    Hit,
    PlatformName,
    Post,
    Profile,
    ReplyRequest,
    ReplyResult,
    RewriteRequest,
    RewriteResult,
    Tone,
    unique_sources,
)
from bot.core.platforms import SPECS, post_length
from bot.offline.analysis import Analysis, analyze_draft
from bot.offline.lead import split_lead
from bot.offline.reply import build_reply
from bot.offline.sentence_edit import compact_dates
from bot.offline.templates import (
    ASK,
    CTA,
    CTA_SHORT,
    EMOJI,
    GREETING,
    GREETING_FROM,
    PLATFORM_BODY,
    VISUAL,
    WA_ASK,
)

OFFLINE_WARNING = "Mesin offline (tanpa model bahasa): hasil disusun ulang dari draf, bukan ditulis ulang bebas."

BRIEF_KEYS = ["Kapan", "Di mana", "Biaya", "Harga"]


@dataclass(frozen=True)
class Style:
    """How a post is worded: tone, a brief version, or another variant (alternate wording)."""

    tone: Tone = "friendly"
    brief: bool = False
    variant: int = 0

    @property
    def alternate(self) -> bool:
        return self.variant % 2 == 1


def _bullets(details: dict[str, str], keys: list[str] | None = None, bold: bool = False, plain: bool = False) -> str:
    lines = []
    for label, value in details.items():
        if keys is not None and label not in keys:
            continue
        name = f"*{label}:*" if bold else f"{label}:"
        lines.append(f"{'•' if plain else EMOJI.get(label, '•')} {name} {value}")
    return "\n".join(lines)


def _greeting(tone: Tone, profile: Profile) -> str:
    text = GREETING[tone]
    if profile.name.strip():
        text += GREETING_FROM[tone].format(name=profile.name.strip())
    return text


def _tags(platform: PlatformName, profile: Profile, analysis: Analysis) -> list[str]:
    cap = SPECS[platform].max_hashtags
    if platform == "whatsapp":
        return merge_hashtags(profile.hashtags, cap=min(cap, 2))
    return merge_hashtags(profile.hashtags, analysis.topic_tags, cap=cap)


_ADDRESS = re.compile(r",\s+(?:Jalan|Jl\.|Jln\.|No\.|Nomor|Kecamatan|Kec\.|Kelurahan|Kel\.|RT|RW|lantai)\b")


def _x_compacts(analysis: Analysis, lead: str) -> list[str]:
    """Key-fact lines for X, longest first: in full; with dates as a range and without the
    address or a cost the lead already gives; only when; none. Values the lead already
    states are left out."""
    full = [(k, analysis.details[k]) for k in ("Kapan", "Di mana", "Biaya")
            if k in analysis.details and analysis.details[k].lower() not in lead.lower()]
    shorter = {"Kapan": compact_dates, "Di mana": lambda v: _ADDRESS.split(v)[0]}
    short = [(k, shorter.get(k, str)(v)) for k, v in full
             if not (k == "Biaya" and re.search(r"\b(?:gratis|biaya)\b", lead, re.I))]
    when = [(k, v) for k, v in full if k == "Kapan"]
    lines = (" · ".join(f"{EMOJI[k]} {v}" for k, v in items) for items in (full, short, when))
    return list(dict.fromkeys([*lines, ""]))


def _x_blocks(analysis: Analysis, cta: str, hook_line: str, tags: list[str]) -> list[Block]:
    """Lead, key facts and call to action that fit X. Tried in order: the full lead with a
    key-fact line, with then without a hashtag (facts matter more than tags), the same with
    the short lead, a lead with no key-fact line, then the hook."""
    leads = list(dict.fromkeys([analysis.lead, analysis.lead_short or analysis.lead]))
    tries: list[tuple[tuple[str, str], list[str]]] = []
    for lead in leads:
        with_facts = [(lead, c) for c in ([c for c in _x_compacts(analysis, lead) if c] or [""])]
        tries += [(pair, tags[:1]) for pair in with_facts] + [(pair, []) for pair in with_facts]
    tries += [((lead, ""), tags[:1]) for lead in leads]
    tries += [((hook_line, c), tags[:1]) for c in _x_compacts(analysis, hook_line)] if hook_line else []
    for (lead, compact), need in tries:
        body = "\n".join(t for t in (lead, compact, cta) if t)
        if post_length("x", join_tags("x", body, need)) <= SPECS["x"].limit:
            return [Block(lead, 10), Block(compact, 6), Block(cta, 10)]
    lead = hook_line if hook_line and len(analysis.lead) > 200 else leads[-1]
    return [Block(lead, 10), Block(cta, 10)]


def render_post(platform: PlatformName, analysis: Analysis, style: Style, profile: Profile) -> Post:
    """One platform's post out of the analysed draft."""
    spec = SPECS[platform]
    tone, offer = style.tone, analysis.offers
    cta = CTA_SHORT[offer][tone] if style.alternate or style.brief or platform == "x" else CTA[offer][tone]
    body = [] if style.brief else [Block(s, 3) for s in analysis.body[: PLATFORM_BODY[platform]]]
    keys = BRIEF_KEYS if style.brief else None
    hook_text = "" if style.brief or not analysis.hook else analysis.hook
    marker = "👉" if style.alternate else "📢"
    blocks: list[Block]
    if platform == "x":
        hook_line = f"{marker} {hook_text}" if hook_text else ""
        blocks = _x_blocks(analysis, cta, hook_line, _tags(platform, profile, analysis))
        text, tags = assemble(platform, blocks, _tags(platform, profile, analysis), sep="\n")
    elif platform == "whatsapp":
        cta = cta if style.brief else f"{cta} {WA_ASK[tone]}"
        blocks = [Block(_greeting(tone, profile), 9), Block(f"*{hook_text}*" if hook_text else "", 6),
                  Block(analysis.lead, 10), *body,
                  Block(_bullets(analysis.details, keys, bold=True, plain=style.alternate), 8), Block(cta, 10)]
        text, tags = assemble(platform, blocks, _tags(platform, profile, analysis))
    else:
        cta = cta if style.brief else f"{cta}\n{ASK[tone]}"
        first, rest = split_lead(analysis.lead, spec.visible)
        if platform == "tiktok":
            keys = [k for k in ("Kapan", "Di mana", "Biaya", "Harga", "Cara ikut") if k in (keys or EMOJI)]
        hook = Block(f"{marker} {hook_text}" if hook_text and platform != "facebook" else "", 10)
        blocks = [hook, Block(first, 10), Block(rest, 5), *body,
                  Block(_bullets(analysis.details, keys, plain=style.alternate), 8), Block(cta, 10)]
        if platform == "facebook" and not style.brief:
            blocks.insert(0, Block(_greeting(tone, profile), 4))
        text, tags = assemble(platform, blocks, _tags(platform, profile, analysis))
    labels = ", ".join(k.lower() for k in analysis.details if k != "Info") or "pesan utama"
    return Post(
        platform=platform,
        text=text,
        hashtags=tags,
        call_to_action=cta,
        visual=VISUAL[platform].format(labels=labels),
        char_count=post_length(platform, text),
        limit=spec.limit,
    )


def _rewrite_warnings(request: RewriteRequest, analysis: Analysis, posts: list[Post]) -> list[str]:
    warnings = [OFFLINE_WARNING, *analysis.warnings]
    if analysis.dropped_ceremonial:
        warnings.append(
            f"{analysis.dropped_ceremonial} kalimat seremonial (siapa hadir, di ruang mana) tidak dimasukkan."
        )
    if analysis.salvaged:
        warnings.append(
            f"{analysis.salvaged} kalimat seremonial memuat fakta penting; pembukanya dibuang, "
            "tanggal, jam, dan tempatnya dipakai."
        )
    if analysis.had_honorifics:
        warnings.append("Gelar dan sapaan kehormatan dihapus; jabatan dan nama tetap.")
    fixes = lexicon.find_spelling(request.draft)
    if fixes:
        warnings.append("Ejaan dibakukan: " + "; ".join(f"“{a}” → {b}" for a, b in fixes[:6]) + ".")
    for post in posts:
        if post.call_to_action.split("\n")[0] not in post.text:
            warnings.append(f"Ajakan pada unggahan {SPECS[post.platform].label} terpotong karena batas karakter.")
    if "instagram" in request.platforms and not analysis.hook and len(split_lead(analysis.lead, 125)[0]) > 125:
        warnings.append("Kalimat pembuka lebih dari 125 karakter; warga hanya melihat awalnya sebelum “selengkapnya”.")
    return list(dict.fromkeys(warnings))


class OfflineEngine:
    """Deterministic engine: restructures drafts and answers comments from templates."""

    name = "offline"
    can_suggest_audit = False

    def rewrite(self, request: RewriteRequest) -> RewriteResult:
        analysis = analyze_draft(request.draft)
        style = Style(
            tone=request.tone,
            brief=request.brief,
            variant=request.variant,
        )
        posts = [render_post(p, analysis, style, request.profile) for p in request.platforms]
        return RewriteResult(
            engine=self.name,
            posts=posts,
            sources=unique_sources(request.guidelines),
            warnings=_rewrite_warnings(request, analysis, posts),
        )

    def reply(self, request: ReplyRequest) -> ReplyResult:
        return build_reply(request, engine=self.name)

    def suggest_audit(
        self, caption: str, platform: PlatformName, findings: Sequence[Finding] = (), guidelines: Sequence[Hit] = ()
    ) -> list[str]:
        """No suggestions without a model: the rule-based audit is the whole answer."""
        return []
