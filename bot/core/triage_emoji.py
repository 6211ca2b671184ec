"""Comments made of emoji alone: their kind is the emoji's, not the classifier's guess.

The embedding and the n-grams see almost nothing in "👏👏🔥🔥" or "🤮🤮🤮" (round 15f fresh set: both were
filed "other"). On every emoji-only comment of our sets, applause, hearts, thumbs up and fire are praise,
and vomit, clowns, the middle finger, pigs and poo are abuse; laughing or praying faces and eyes alone are
neither and stay with the classifier ("🙏", "😂😂", "👀" are "other").
"""

from __future__ import annotations

import re

from bot.core.models import CommentKind

#: Emoji of approval: an emoji-only comment with one of them (and none of contempt) is praise.
PRAISE_EMOJI = frozenset("👍👏❤💖💕💗💙💚💛🧡💜😍🥰🤩😘💯🔥💪🙌⭐🌟✨👌🏆🎉🥳")
#: Emoji of contempt: an emoji-only comment with one of them (and none of approval) is abuse.
CONTEMPT_EMOJI = frozenset("🤮🤢🤡💩🖕🐷🐖👎🤬🐒🐵🐀🐍🐶")

#: What joins or modifies emoji without being one: variation selectors, the zero-width joiner, skin tones.
_MODIFIERS = re.compile("[\ufe0e\ufe0f\u200d\U0001F3FB-\U0001F3FF]")
_TEXT = re.compile(r"[^\W_]", re.UNICODE)


def emoji_kind(text: str) -> CommentKind | None:
    """"praise" or "abuse" for a comment of emoji (and punctuation) alone whose emoji say so, else None."""
    bare = _MODIFIERS.sub("", text)
    if not bare.strip() or _TEXT.search(bare):
        return None
    marks = {ch for ch in bare if not ch.isspace()}
    praise, contempt = bool(marks & PRAISE_EMOJI), bool(marks & CONTEMPT_EMOJI)
    if praise and not contempt:
        return "praise"
    if contempt and not praise:
        return "abuse"
    return None
