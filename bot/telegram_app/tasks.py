"""The three tasks (rewrite, reply, audit) as jobs: call the core in the thread pool, render.

Each job runs whole in a worker thread, rendering included: the event loop only sends. Every
entry point (commands, the draft keyboard, the variant buttons) ends up here.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from telegram import Update

from bot.core.models import Profile, Tone
from bot.telegram_app import keyboards, render, state
from bot.telegram_app.approval_results import Item, post_items, reply_items, submittable
from bot.telegram_app.incoming import chat_of
from bot.telegram_app.messaging import Outcome
from bot.telegram_app.profiles import get_profile
from bot.telegram_app.runtime import HumasContext
from bot.telegram_app.work import run_job


def profile_of(context: HumasContext) -> Profile:
    return get_profile(context.chat_state, context.service.default_profile())


def _user_id(update: Update) -> str | None:
    return str(update.effective_user.id) if update.effective_user else None


async def rewrite(
    update: Update,
    context: HumasContext,
    text: str,
    *,
    platforms: list[str] | None = None,
    tone: Tone | None = None,
    brief: bool = False,
    variant: int = 0,
    reply_to: int | None = None,
) -> None:
    """Rewrite `text` for `platforms` (None: the profile's), with the variant buttons under it."""
    service = context.service
    profile = profile_of(context)
    entry = {"task": "rewrite", "text": text, "platforms": platforms, "tone": tone, "brief": brief, "variant": variant}
    key = state.remember(context.chat_state, entry)
    kwargs: dict[str, Any] = {
        "platforms": platforms,
        "tone": tone,
        "profile": profile,
        "user_id": _user_id(update),
        "brief": brief,
        "variant": variant,
    }

    def work() -> tuple[Outcome, list[Item]]:
        result = service.rewrite(text, **kwargs)
        return Outcome(render.rewrite_messages(result), keyboards.rewrite_keyboard(key)), post_items(result)

    await run_job(update, context, submittable(context, chat_of(update).id, work), reply_to=reply_to)


async def reply(
    update: Update,
    context: HumasContext,
    comment: str,
    *,
    tone: Tone | None = None,
    reply_to: int | None = None,
) -> None:
    """Suggest replies to a citizen's comment."""
    service = context.service
    profile = profile_of(context)
    key = state.remember(context.chat_state, {"task": "reply", "text": comment, "tone": tone})

    user_id = _user_id(update)

    def work() -> tuple[Outcome, list[Item]]:
        result = service.reply(comment, tone=tone, profile=profile, user_id=user_id)
        keyboard = keyboards.reply_keyboard(key) if result.suggestions else None
        return Outcome(render.reply_messages(result), keyboard), reply_items(result, comment)

    await run_job(update, context, submittable(context, chat_of(update).id, work), reply_to=reply_to)


async def audit(
    update: Update,
    context: HumasContext,
    caption: str,
    *,
    platform: str = "instagram",
    reply_to: int | None = None,
) -> None:
    """Audit a caption against the guidelines."""
    service = context.service
    user_id = _user_id(update)

    def work() -> Outcome:
        return Outcome(render.audit_messages(service.audit(caption, platform, user_id=user_id)))

    await run_job(update, context, partial(context.run_blocking, work), reply_to=reply_to)
