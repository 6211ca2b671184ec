"""Each platform's own shape of a planned post (bot/offline/post_plan.py), not a trimmed copy.

* Instagram: a hook line, the lead, emoji fact lines, one call to action, hashtags.
* Facebook: fuller: a greeting, the lead, context sentences, the fact lines, who said it.
* X: the lead (or its first clause, or the hook) and two facts, within 280, never cut mid-phrase.
* TikTok: a hook for the caption and the on-screen text lines of a short video.
* WhatsApp channel: compact, the headline and the key facts in *bold*.

Every fact line of a key slot (when, where, cost, how) is in every post but X, so the key-fact check
passes by construction; X keeps the first two key slots the sheet has (`x_key_slots`) and a third when it fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.compose import Block, assemble, join_tags, merge_hashtags
from bot.core.final_checks import X_KEY_FACTS
from bot.core.models import PlatformName, Post, Profile, Tone
from bot.core.platforms import SPECS, post_length
from bot.core.reading import KEY_SLOTS, Slot
from bot.offline.post_plan import FactLine, PostPlan
from bot.offline.post_text import spell_out, words_of
from bot.offline.templates import ASK, CTA, CTA_SHORT, GREETING, GREETING_FROM, SHARING, VISUAL, WA_ASK

#: Fact lines shown on X beside the lead: the "two facts" the key-fact check holds X to
#: (`final_checks.X_KEY_FACTS`), a third key fact when it fits too.
X_FACTS = X_KEY_FACTS
X_MAX_FACTS = X_KEY_FACTS + 1
#: A lead cut at a comma keeps at least this many words.
MIN_CLAUSE_WORDS = 5
_CLAUSE_CUT = re.compile(r",\s+(?=(?:dengan|sehingga|yang|untuk|agar|serta|sedangkan|namun|tetapi|mulai|pada|di|"
                         r"bertempat|melalui|sebagai|karena|dan)\b)")


@dataclass(frozen=True)
class Style:
    """How a post is worded: tone, a brief version, or another variant (alternate wording)."""

    tone: Tone = "friendly"
    brief: bool = False
    variant: int = 0

    @property
    def alternate(self) -> bool:
        return self.variant % 2 == 1


def _line(line: FactLine, bold: bool = False, plain: bool = False) -> str:
    mark = "•" if plain else line.emoji
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
    lines = "\n".join(_line(line, plain=style.alternate) for line in _lines(plan, style))
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
    lines = "\n".join(_line(line, bold=True) for line in _lines(plan, style))
    greeting = [] if style.brief else [Block(_greeting(style.tone, profile), 4)]
    return [*greeting, *headline, Block(plan.lead, 10), Block(lines, 9),
            Block(platform_cta("whatsapp", plan, style), 10)]


def _screen_lead(plan: PostPlan) -> str:
    """The lead as one on-screen line: its first clause when the whole is long."""
    return first_clause(plan.lead) if len(plan.lead) > 110 else plan.lead


def _tiktok(plan: PostPlan, style: Style) -> list[Block]:
    hook = plan.hook or _screen_lead(plan)
    screen = [] if hook == _screen_lead(plan) else [f"▪️ {_screen_lead(plan)}"]
    screen += [f"{line.emoji} {line.value}" for line in _lines(plan, style)
               if line.slot in KEY_SLOTS or line.slot in (Slot.WHO, Slot.REQUIREMENTS)]
    text = "Teks di layar:\n" + "\n".join(screen)
    marker = "👉" if style.alternate else "🎬"
    return [Block(f"{marker} {hook}", 10), Block(text, 9), Block(platform_cta("tiktok", plan, style), 10)]


def first_clause(lead: str) -> str:
    """The lead up to its first subordinate clause, as a sentence; the whole lead when no cut
    leaves a sentence of its own."""
    for m in _CLAUSE_CUT.finditer(lead):
        head = lead[: m.start()].rstrip(" ,;")
        if words_of(head) >= MIN_CLAUSE_WORDS:
            return head + "."
    return lead


def x_key_slots(plan: PostPlan) -> tuple[Slot, ...]:
    """The key slots an X post keeps: the first two key slots the plan has lines for."""
    return tuple(line.slot for line in plan.key_lines()[:X_FACTS])


def _x_facts(plan: PostPlan) -> list[FactLine]:
    chosen = plan.key_lines()[:X_MAX_FACTS]
    others = [line for line in plan.lines if line not in chosen and line.slot != Slot.TARGET]
    return (chosen + others)[: max(len(chosen), X_FACTS)]


def _x(plan: PostPlan, style: Style, tags: list[str]) -> tuple[str, list[str]]:
    """The first arrangement that fits 280: leads from fullest to shortest, two facts then fewer,
    with a call to action and tags while they fit. Nothing is cut mid-phrase."""
    leads = list(dict.fromkeys([plan.lead, first_clause(plan.lead), plan.hook and plan.hook + "."]))
    facts = [f"{line.emoji} {line.brief or line.value}" for line in _x_facts(plan)]
    cta = platform_cta("x", plan, style)
    limit = SPECS["x"].limit
    for count in range(len(facts), -1, -1):
        for with_cta in (True, False):
            for lead in (lead for lead in leads if lead):
                for need in (tags, tags[:1], []):
                    body = spell_out("\n".join([lead, *facts[:count], *([cta] if with_cta else [])]),
                                     plan.sheet.acronyms)
                    text = join_tags("x", body, need)
                    if post_length("x", text) <= limit:
                        return text, list(need)
    return assemble("x", [Block(first_clause(plan.lead), 10)], [], sep="\n")


def render_post(platform: PlatformName, plan: PostPlan, style: Style, profile: Profile,
                draft_tags: list[str]) -> Post:
    """One platform's post out of the plan."""
    tags = _tags(platform, profile, draft_tags)
    cta = platform_cta(platform, plan, style)
    if platform == "x":
        text, tags = _x(plan, style, tags)
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
                limit=SPECS[platform].limit)
