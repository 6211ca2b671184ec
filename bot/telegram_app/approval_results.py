"""What a result offers for approval: its texts kept behind "📝 Ajukan persetujuan", and the
"belum disetujui" mark when approval is required.

A job's `work` (run in a worker thread) returns its `Outcome` and the result's `Item`s: the texts
an officer would copy, each what one request freezes. `submittable` wraps it for `run_job`: the
items are kept in chat_data on the event loop (never from a worker thread, which could race
PTB's persistence copying chat_data), the button is added under the result, and the mark put on
top while the chat requires approval.

Which texts are items: each post of a rewrite (one per platform: each goes to its own account and
is copied on its own, so each gets its own approval; the officer picks one or all), each reply
suggestion (alternatives: the officer submits the one to send), a video script or a quiz's texts
whole, and an infographic's slide texts (its alt texts: what the pictures say).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import asdict, dataclass
from typing import Any

from bot.cards.cards import CardSet
from bot.core.models import ReplyResult, RewriteResult
from bot.core.platforms import SPECS
from bot.telegram_app import state
from bot.telegram_app.messaging import Outcome
from bot.telegram_app.render import esc, html_to_plain
from bot.telegram_app.render_approval import with_submit
from bot.telegram_app.runtime import HumasContext

#: The chat_data entry of a result's items.
TASK = "approval"


@dataclass(frozen=True)
class Item:
    """One text that can be submitted: what it is (kind, label) and the text itself."""

    kind: str
    text: str
    label: str = ""
    context: str = ""


def post_items(result: RewriteResult) -> list[Item]:
    return [Item("post", p.whole_text, SPECS[p.platform].label) for p in result.posts if p.text.strip()]


def reply_items(result: ReplyResult, comment: str) -> list[Item]:
    return [Item("reply", s, f"no. {n}", comment) for n, s in enumerate(result.suggestions, 1) if s.strip()]


def whole(kind: str, messages: list[str]) -> list[Item]:
    """A result whose messages are one text to copy (a video script, a quiz's sticker texts)."""
    text = html_to_plain("\n".join(messages)).strip()
    return [Item(kind, text)] if text else []


def card_items(cards: CardSet) -> list[Item]:
    text = "\n\n".join(f"Slide {n}: {slide.alt_text}" for n, slide in enumerate(cards.slides, 1))
    return [Item("card", text)] if text else []


def items_of(entry: dict[str, Any]) -> list[Item]:
    return [Item(**item) for item in entry.get("items", [])]


Work = Callable[[], tuple[Outcome, list[Item]]]


def submittable(context: HumasContext, chat_id: int, work: Work) -> Callable[[], Coroutine[Any, Any, Outcome]]:
    """`run_job`'s compute for a job whose result can be submitted for approval."""
    desk = context.desk

    def marked(key: str) -> tuple[Outcome, list[Item], str | None]:
        outcome, items = work()
        mark = desk.verify(chat_id, result_key(key, 0), items[0].text).mark if items else None
        return outcome, items, mark

    async def compute() -> Outcome:
        key = state.remember(context.chat_state, {"task": TASK, "items": []})
        outcome, items, mark = await context.run_blocking(marked, key)
        entry = state.recall(context.chat_state, key)
        if items and entry is not None:
            entry["items"] = [asdict(i) for i in items]
            outcome.keyboard = with_submit(outcome.keyboard, key)
        if mark:
            outcome.messages.insert(0, f"<b>{esc(mark)}</b>")
        return outcome

    return compute


def result_key(key: str, index: int) -> str:
    """The id of one item of a result, as the desk knows it (`verify` finds its latest request)."""
    return f"{key}:{index}"
