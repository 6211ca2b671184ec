"""Each platform's own shape of a planned post (bot/offline/post_plan.py), not a trimmed copy.

* Instagram: a hook line, the lead, emoji fact lines, one call to action, hashtags.
* Facebook: fuller: a greeting, the lead, context sentences, the fact lines, who said it.
* X: the lead (or its first clause, or the hook) and as many facts as fit 280 (bot/offline/post_x.py);
  the fact lines left out follow in the replies of a thread (bot/offline/post_thread.py).
* TikTok: a hook for the caption and the on-screen text lines of a short video (the lead, the one
  context sentence Instagram shows, the fact lines).
* WhatsApp channel: compact, the headline, the lead and that context sentence, the key facts in *bold*.

Every fact line of a key slot (when, where, cost, how) is in every post but X, so the key-fact check
passes by construction; X keeps the first two key slots the sheet has (`x_key_slots`) and every other fact
line that fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.compose import Block, assemble, merge_hashtags
from bot.core.models import PlatformName, Post, Profile, Tone
from bot.core.platforms import SPECS, post_length
from bot.core.reading import KEY_SLOTS, DraftKind, Slot
from bot.offline.post_plan import FactLine, PostPlan
from bot.offline.post_rows import shown_rows
from bot.offline.post_text import first_clause, spell_out
from bot.offline.post_times import ESTIMATE_LABEL
from bot.offline.post_x import render_x
from bot.offline.templates import ASK, CTA, CTA_SHORT, GREETING, GREETING_FROM, SHARING, VISUAL, WA_ASK


@dataclass(frozen=True)
class Style:
    """How a post is worded: tone, a brief version, or another variant (alternate wording)."""

    tone: Tone = "friendly"
    brief: bool = False
    variant: int = 0

    @property
    def alternate(self) -> bool:
        return self.variant % 2 == 1


def _line(line: FactLine, bold: bool = False, plain: bool = False, platform: str = "instagram") -> str:
    mark = "•" if plain else line.emoji
    if line.rows:  # a table: its label, then one row a line
        rows = "\n".join(f"▪️ {row}" for row in shown_rows(line, platform, bold))
        return f"{mark} {line.label}:\n{rows}"
    return f"{mark} {line.label}: *{line.value}*" if bold else f"{mark} {line.label}: {line.value}"


def _lines(plan: PostPlan, style: Style) -> list[FactLine]:
    if style.brief:
        return [line for line in plan.lines if line.slot in KEY_SLOTS]
    return list(plan.lines)


def _cta(plan: PostPlan, style: Style, short: bool = False) -> str:
    table = CTA_SHORT if short or style.brief or style.alternate else CTA
    return table[plan.action][style.tone]


def _greeting(tone: Tone, profile: Profile) -> str:
    text = GREETING[tone]
    return text + GREETING_FROM[tone].format(name=profile.name.strip()) if profile.name.strip() else text


def _tags(platform: PlatformName, profile: Profile, draft_tags: list[str]) -> list[str]:
    cap = SPECS[platform].max_hashtags
    if platform == "whatsapp":
        return merge_hashtags(profile.hashtags, cap=min(cap, 2))
    return merge_hashtags(profile.hashtags, draft_tags, cap=cap)


def _spelled(blocks: list[Block], plan: PostPlan) -> list[Block]:
    """Each acronym of the sheet written out in the first block that uses it."""
    out: list[Block] = []
    done: set[str] = set()
    for block in blocks:
        todo = tuple((a, e) for a, e in plan.sheet.acronyms if a not in done)
        text = spell_out(block.text, todo)
        done |= {a for a, e in todo if e and e in text}
        out.append(Block(text, block.priority))
    return out


def _hook_line(plan: PostPlan, style: Style) -> str:
    if style.brief or not plan.hook:
        return ""
    return f"{'👉' if style.alternate else '📢'} {plan.hook}"


def _instagram(plan: PostPlan, style: Style) -> list[Block]:
    lines = "\n".join(_line(line, plain=style.alternate) for line in _lines(plan, style))
    context = [] if style.brief else [Block(plan.context[0], 3)] if plan.context else []
    ask = [] if style.brief else [Block(ASK[style.tone], 4)]
    return [Block(_hook_line(plan, style), 9), Block(plan.lead, 10), *context, Block(lines, 9),
            Block(platform_cta("instagram", plan, style), 10), *ask]


def _facebook(plan: PostPlan, style: Style, profile: Profile) -> list[Block]:
    lines = "\n".join(_line(line, plain=style.alternate, platform="facebook") for line in _lines(plan, style))
    context = [] if style.brief else [Block(text, 5) for text in plan.context[:3]]
    source = [Block(f"Sumber: {plan.attribution}", 3)] if plan.attribution and not style.brief else []
    greeting = [] if style.brief else [Block(_greeting(style.tone, profile), 4)]
    ask = [] if style.brief else [Block(ASK[style.tone], 4)]
    return [*greeting, Block(plan.lead, 10), *context, Block(lines, 9), *source,
            Block(platform_cta("facebook", plan, style), 10), *ask]


def platform_cta(platform: PlatformName, plan: PostPlan, style: Style) -> str:
    """The post's one call to action; WhatsApp adds "pass it on" only when the call does not ask it."""
    cta = _cta(plan, style, short=platform in ("x", "tiktok"))
    if platform == "whatsapp" and plan.action not in SHARING and not style.brief:
        cta = f"{cta} {WA_ASK[style.tone]}"
    return cta


def _whatsapp(plan: PostPlan, style: Style, profile: Profile) -> list[Block]:
    headline = [Block(f"*{plan.hook}*", 6)] if plan.hook and not style.brief else []
    lines = "\n".join(_line(line, bold=True, platform="whatsapp") for line in _lines(plan, style))
    greeting = [] if style.brief else [Block(_greeting(style.tone, profile), 4)]
    context = [] if style.brief else [Block(plan.context[0], 5)] if plan.context else []
    return [*greeting, *headline, Block(plan.lead, 10), *context, Block(lines, 9),
            Block(platform_cta("whatsapp", plan, style), 10)]


def _screen_lead(plan: PostPlan) -> str:
    """The lead as one on-screen line: its first clause when the whole is long."""
    return first_clause(plan.lead) if len(plan.lead) > 110 else plan.lead


def _bullet(text: str) -> str:
    """An on-screen line: marked, unless the draft's line brings its own emoji ("👥 Kuota: ...")."""
    first = text[:1]
    return text if first and not first.isascii() and not first.isalnum() else f"▪️ {text}"


def _tiktok(plan: PostPlan, style: Style) -> list[Block]:
    hook = plan.hook or _screen_lead(plan)
    screen = [] if hook == _screen_lead(plan) else [f"▪️ {_screen_lead(plan)}"]
    screen += [_bullet(text) for text in plan.context[:1] if not style.brief]
    screen += [_line(line, platform="tiktok") if line.rows else
               f"{line.emoji} {line.label}: {line.value}" if line.mark else f"{line.emoji} {line.value}"
               for line in _lines(plan, style)
               if line.slot != Slot.TARGET or plan.sheet.kind == DraftKind.ACHIEVEMENT or line.label == ESTIMATE_LABEL]
    text = "Teks di layar:\n" + "\n".join(screen)
    marker = "👉" if style.alternate else "🎬"
    return [Block(f"{marker} {hook}", 10), Block(text, 9), Block(platform_cta("tiktok", plan, style), 10)]


def render_post(platform: PlatformName, plan: PostPlan, style: Style, profile: Profile,
                draft_tags: list[str]) -> Post:
    """One platform's post out of the plan."""
    tags = _tags(platform, profile, draft_tags)
    cta = platform_cta(platform, plan, style)
    thread: list[str] = []
    if platform == "x":
        text, tags, thread = render_x(plan, cta, tags)
    else:
        blocks = {
            "instagram": lambda: _instagram(plan, style),
            "facebook": lambda: _facebook(plan, style, profile),
            "tiktok": lambda: _tiktok(plan, style),
            "whatsapp": lambda: _whatsapp(plan, style, profile),
        }[platform]()
        text, tags = assemble(platform, _spelled(blocks, plan), tags)
    labels = ", ".join(line.label.lower() for line in plan.lines[:4]) or "pesan utama"
    return Post(platform=platform, text=text, hashtags=tags, call_to_action=cta,
                visual=VISUAL[platform].format(labels=labels), char_count=post_length(platform, text),
                limit=SPECS[platform].limit, thread=thread)
