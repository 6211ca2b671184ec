"""No fact said twice in a post: a fact line or an ask the lead already says whole (round 21p).

An editor strikes a "💰 Harga" line that is the lead's price list again, and a first "Imbauan" item that is the
lead sentence again. Both are found by the words, not by a phrase: a line whose words the lead holds almost all
of is dropped (the lead says it, with the same numbers); an ask the lead opens is cut to what it adds ("...,
utamakan anak-anak ..." keeps "Utamakan anak-anak ...") or dropped when it adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.reading import Slot
from bot.core.wording import capital
from bot.offline.fact_line import FactLine
from bot.offline.post_asks import Asks

#: Lines a reader scans for even when the lead says them (the day, the place, the deadline, the number to call).
_SCANNED = frozenset({Slot.WHEN, Slot.WHERE, Slot.DEADLINE, Slot.CONTACT})
#: Fewest words of a line that can repeat the lead (a short "Gratis" or a date is a fact line of its own).
MIN_WORDS = 8
#: Share of a line's words (after a frame) the lead must hold for the line to repeat it: all ("remaja putra" beside
#: a lead of "remaja putri" is news).
COVER = 1.0
#: Fewest words an ask must add to the lead to stay as an item.
MIN_REST = 2


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.,/%-]*\w", text.lower())


def repeats_lead(line: FactLine, lead: str) -> bool:
    """Whether the lead already says `line` whole: a long line (no list of rows, no marked line, no day, place,
    deadline or contact a reader scans for) whose
    words from the first the lead holds ("Komoditas yang dijual antara lain | beras ...") the lead holds at least
    `COVER` of, every number among them."""
    words = _words(line.value)
    if line.rows or line.mark or len(words) < MIN_WORDS or line.slot in _SCANNED:
        return False
    said = set(_words(lead))
    numbers = [w for w in words if any(ch.isdigit() for ch in w)]
    words = words[next((i for i, w in enumerate(words) if w in said), len(words)) :]  # a frame before it goes
    return (len(words) >= MIN_WORDS and all(n in said for n in numbers)
            and sum(w in said for w in words) >= COVER * len(words))


def without_repeats(lines: tuple[FactLine, ...], lead: str) -> tuple[FactLine, ...]:
    return tuple(line for line in lines if not repeats_lead(line, lead))


def _plain(text: str) -> str:
    return " ".join(_words(text))


def framed_ask(asks: Asks, lead: str) -> str:
    """The list's ask the lead closes, said whole with its frame ("Untuk sementara waktu, sampai ada pemberitahuan
    lebih lanjut, | warga diminta TIDAK mandi ..."): the lead without its frame loses how long the ask holds, and the
    list would say it again. `lead` itself when no ask ends with it."""
    core = _plain(lead)
    whole = next((item for item in asks.items if core and _plain(item).endswith(core) and _plain(item) != core), None)
    return capital(whole.rstrip(".")) + "." if whole else lead


def asks_after_lead(asks: Asks, lead: str) -> Asks:
    """`asks` without what the lead says: an item the lead opens keeps only what it adds ("Utamakan ..."),
    one the lead says whole goes."""
    core = _plain(lead)
    items: list[str] = []
    for item in asks.items:
        if not core or not _plain(item).startswith(core):
            items.append(item)
            continue
        rest = _rest(item, lead)
        if len(rest.split()) >= MIN_REST:
            items.append(capital(rest))
    return replace(asks, items=tuple(items)) if items else asks


def _rest(item: str, lead: str) -> str:
    """The words of `item` after those of `lead` (`item` opens with the lead's words)."""
    count = len(_words(lead))
    found = list(re.finditer(r"[\w.,/%-]*\w", item))
    if len(found) <= count:
        return ""
    return item[found[count - 1].end() :].lstrip(" ,;:-.*_").strip()  # "*...*. Utamakan": the mark and stop go
