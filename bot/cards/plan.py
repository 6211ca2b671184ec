"""What the cards say, read off the same post plan the offline engine writes its posts from.

The hook is the plan's (the draft's headline when it is one, else the lead: what the news gives
citizens, `bot/offline/post_plan.py`), the facts are the plan's labelled lines (`FactLine.value`:
the EYD date, the spelled-out acronym), the call to action is the offline engine's own for the
plan's action. Nothing here writes a fact; the cards only choose and arrange.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.core.compose import merge_hashtags
from bot.core.models import Profile
from bot.core.reading import FactSheet, Slot
from bot.offline.post_plan import PostPlan, plan_post
from bot.offline.post_render import first_clause
from bot.offline.templates import CTA_SHORT

#: The facts a card shows, in the post's order; figures and targets only on an achievement.
CARD_SLOTS: tuple[Slot, ...] = (
    Slot.WHEN, Slot.WHERE, Slot.COST, Slot.WHO, Slot.QUOTA, Slot.REQUIREMENTS, Slot.HOW, Slot.DEADLINE,
    Slot.CONTACT, Slot.FIGURES, Slot.TARGET,
)
#: A hook longer than this is cut to the lead's first clause (the whole lead goes under it).
HOOK_CHARS = 110
#: A cover reads at a glance: a hook longer than this is split at its first ", " or " dan " that leaves a
#: title of 3 words or more within it; the rest goes under it as the subtitle.
TITLE_CHARS = 60
_SPLIT = re.compile(r",\s+|\s+dan\s+")
MAX_HASHTAGS = 4


@dataclass(frozen=True)
class Item:
    """One fact on a card: its slot (for the icon), label and value."""

    slot: Slot
    label: str
    value: str


@dataclass(frozen=True)
class CardContent:
    """Everything the cards may show, before it is arranged on slides."""

    institution: str
    hook: str
    lead: str
    items: tuple[Item, ...]
    cta: str
    handle: str
    hashtags: tuple[str, ...]


#: Characters a card does not draw: emoji and other pictographs (no font for them; emoji are no
#: facts), their joiners and variation selectors, private-use and unassigned code points.
_NOT_DRAWN = {"So", "Co", "Cn", "Cs"}


def drawable(text: str) -> str:
    """`text` without the characters a card does not draw, spaces tidied."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in _NOT_DRAWN
                   and ch not in "\u200d\ufe0e\ufe0f")
    return " ".join(kept.split())


def _handle(profile: Profile) -> str:
    handle = profile.handle.strip()
    return f"@{handle.lstrip('@')}" if handle else ""


def _title(hook: str) -> tuple[str, str]:
    """A long hook as a title and a subtitle ("Pekan X gratis" / "Terbuka untuk warga ..."), split only
    between clauses; the words stay the hook's (only the joining "dan" is left out)."""
    if len(hook) <= TITLE_CHARS:
        return hook, ""
    for m in _SPLIT.finditer(hook):
        head, tail = hook[: m.start()].strip(), hook[m.end() :].strip()
        if m.start() > TITLE_CHARS:
            break
        if len(head.split()) >= 3 and len(tail.split()) >= 3:
            return head, tail[:1].upper() + tail[1:]
    return hook, ""


def card_content(sheet: FactSheet, profile: Profile, plan: PostPlan | None = None) -> CardContent:
    plan = plan or plan_post(sheet)
    hook = plan.hook or plan.lead
    lead = plan.lead if plan.hook else ""
    if not plan.hook and len(plan.lead) > HOOK_CHARS:
        short = first_clause(plan.lead)
        if short != plan.lead:
            hook, lead = short, plan.lead
    if not lead:
        hook, lead = _title(hook)
    items = tuple(Item(line.slot, line.label, value) for slot in CARD_SLOTS
                  if (line := plan.line(slot)) is not None and (value := drawable(line.value)))
    return CardContent(
        institution=drawable(profile.name), hook=drawable(hook) or drawable(lead), lead=drawable(lead), items=items,
        cta=CTA_SHORT[plan.action][profile.tone], handle=drawable(_handle(profile)),
        hashtags=tuple(t for tag in merge_hashtags(profile.hashtags, cap=MAX_HASHTAGS) if (t := drawable(tag))),
    )
