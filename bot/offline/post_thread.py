"""The replies of an X thread (utas): the fact lines the first post had no room for.

An X post holds a lead and the facts that fit 280 characters (`post_x`). A draft with a schedule, a
list of places, requirements and a contact does not fit, and the citizen on X needs them as much as
the one on Instagram: they follow as numbered replies ("2/3"), each within the limit, each fact line
whole and labelled (there is room for the label here). A line longer than one reply is cut between
the items of its list, then between words, never inside a word, and continues in the next reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.platforms import SPECS, post_length
from bot.core.wording import capital
from bot.offline.post_plan import FactLine

#: Replies are numbered "2/3"; packing reserves room for the widest number this many replies need.
_NUMBER_ROOM = len("99/99\n")
#: Where a long value may be cut: after an item of its list ("; "), else after a part of an item (", ": a
#: place and its district stay together when the item fits), else between words.
_ITEM_BREAK = re.compile(r"(?<=;)\s+")
_PART_BREAK = re.compile(r"(?<=,)\s+")
#: The mark of a first post that goes on in replies.
THREAD_MARK = "🧵"


def _room() -> int:
    return SPECS["x"].limit - _NUMBER_ROOM


def _fits(text: str) -> bool:
    return post_length("x", text) <= _room()


def _pieces(text: str) -> list[str]:
    """`text` cut into parts that each fit a reply: between list items first, then between the parts of an
    item too long for a reply, then between words."""
    if _fits(text):
        return [text]
    out: list[str] = []
    current = ""
    units = [u for item in _ITEM_BREAK.split(text)
             for part in ([item] if _fits(item) else _PART_BREAK.split(item))
             for u in ([part] if _fits(part) else part.split())]
    for unit in units:
        joined = f"{current} {unit}" if current else unit
        if _fits(joined):
            current = joined
        else:
            if current:
                out.append(current)
            current = unit if _fits(unit) else unit[: _room()]
    if current:
        out.append(current)
    return out


def _line_texts(line: FactLine) -> list[str]:
    """A fact line as reply text: labelled, cut into parts that fit when it is long ("(lanjutan)")."""
    head = f"{line.emoji} {line.label}: "
    first, *rest = (piece.rstrip(" ;,") for piece in _pieces(head + line.value))  # no list ends on its separator
    return [first, *(f"{line.emoji} {line.label} (lanjutan): {capital(part)}" for part in rest)]


def thread_replies(lines: Sequence[FactLine], sentences: Sequence[str] = ()) -> list[str]:
    """The numbered replies that carry `sentences` (the whole lead when the first post shortened it, the
    context Instagram shows), then `lines`; none when there is nothing left to say."""
    texts = [piece for sentence in sentences for piece in _pieces(sentence)]
    texts += [text for line in lines for text in _line_texts(line)]
    replies: list[str] = []
    for text in texts:
        if replies and _fits(f"{replies[-1]}\n{text}"):
            replies[-1] = f"{replies[-1]}\n{text}"
        else:
            replies.append(text)
    total = len(replies) + 1
    return [f"{number}/{total}\n{reply}" for number, reply in enumerate(replies, 2)]


def marked(text: str) -> str:
    """The first post with the thread mark at the end of its first line."""
    first, sep, rest = text.partition("\n")
    return f"{first} {THREAD_MARK}{sep}{rest}"
