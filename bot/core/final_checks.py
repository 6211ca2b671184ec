"""The final checks on every engine's answer: each post held to its platform's limit, which
guideline chunks grounded it, the one fact-check verdict, the key facts (when, where, cost, how)
each post must keep, and the notes beside the posts (cleaned of foreign links, capped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.compose import CTA_CHARS, VISUAL_CHARS, clip, fit_to_limit
from bot.core.fact_check import strip_foreign_links, verdict
from bot.core.inputs import normalize_text
from bot.core.models import (
    FactCheck,
    Hit,
    PlatformName,
    Post,
    ReplyRequest,
    RewriteRequest,
    RewriteResult,
    unique_sources,
)
from bot.core.platforms import SPECS, post_length
from bot.core.reading import KEY_SLOTS, Fact, FactSheet, Slot, missing_key_facts, read_draft
from bot.core.reading.key_check import key_facts, key_slot_order
from bot.core.reading.sheet import LABELS

W_FACTS_REWRITE = "Cek fakta: ada fakta yang tidak ada di draf: "
W_FACTS_REPLY = "Cek fakta: saran balasan memuat fakta yang tidak ada di sumber: "
W_LINKS = "Catatan dari mesin memuat tautan atau akun yang tidak ada di sumber; sudah dihapus."
W_KEY_FACTS_PREFIX = "Cek fakta kunci:"
W_KEY_FACTS = W_KEY_FACTS_PREFIX + " unggahan tidak memuat fakta penting dari draf: {gaps}. Tambahkan sebelum diunggah."

#: X holds a hook and two facts (issue 11): a post on X must keep the first two key facts the draft
#: has (in `KEY_SLOTS` order: when, where, cost, how); every other platform keeps them all.
X_KEY_FACTS = 2


class Notes:
    """What an engine writes beside the posts and replies (a reason, a recommendation, an audit
    suggestion, a call to action, a visual idea) is shown as it is, where a link or an @account is
    clickable: each is cleaned, loses the links and accounts that no source gives, and is capped."""

    def __init__(self, sources: Sequence[str]) -> None:
        self.sources = sources
        self.removed = 0

    def tidy(self, text: str, limit: int) -> str:
        # Cut well past the cap first: a page-long note costs no scanning, and a link at the cap stays whole.
        text, removed = strip_foreign_links(normalize_text(text[: limit * 4]), self.sources)
        self.removed += removed
        return clip(text, limit)

    def warnings(self) -> list[str]:
        """One warning, however many links went."""
        return [W_LINKS] if self.removed else []


def grounding(guidelines: Sequence[Hit], ids: Sequence[str] | None) -> list[Hit]:
    """The guideline chunks an engine drew on (`ids`, its `grounded_on`; None: all), in rank order."""
    if ids is None:
        return list(guidelines)
    wanted = set(ids)
    return [hit for hit in guidelines if hit.id in wanted]


def rewrite_fact_check(request: RewriteRequest, posts: Sequence[Post], chunks: Sequence[Hit]) -> FactCheck:
    """The verdict on a rewrite: its posts against the draft, the profile and `chunks`."""
    return verdict("\n\n".join(p.checked_text for p in posts), [request.draft, *request.profile.fact_sources()],
                   chunks)


def reply_fact_check(request: ReplyRequest, suggestions: Sequence[str], chunks: Sequence[Hit]) -> FactCheck:
    """The verdict on a reply: its suggestions against the comment, its context, the profile and `chunks`."""
    sources = [request.comment, request.context or "", *request.profile.fact_sources()]
    return verdict("\n\n".join(suggestions), sources, chunks)


def post_key_slots(platform: PlatformName, sheet: FactSheet) -> tuple[Slot, ...]:
    """The key slots a post on `platform` must keep: those the sheet has (on X, the first two, in
    `key_slot_order`: a clarification's channel first)."""
    slots = tuple(slot for slot in key_slot_order(sheet) if key_facts(sheet, slot))
    return slots[:X_KEY_FACTS] if platform == "x" else slots


@dataclass(frozen=True)
class KeyGap:
    """A key fact of the draft (its slot's first fact) and the platforms whose posts leave it out."""

    fact: Fact
    platforms: tuple[PlatformName, ...]

    @property
    def label(self) -> str:
        return LABELS[self.fact.slot]


def key_fact_gaps(sheet: FactSheet, posts: Sequence[Post]) -> list[KeyGap]:
    """The key facts the posts leave out, in `KEY_SLOTS` order, each with the platforms that lack it."""
    lacking: dict[Slot, tuple[Fact, list[PlatformName]]] = {}
    for post in posts:
        for fact in missing_key_facts(sheet, post.text, post_key_slots(post.platform, sheet)):
            lacking.setdefault(fact.slot, (fact, []))[1].append(post.platform)
    return [KeyGap(lacking[s][0], tuple(lacking[s][1])) for s in KEY_SLOTS if s in lacking]


def gap_count(gaps: Sequence[KeyGap]) -> int:
    """How many (key fact, post) pairs are missing: what a regenerated answer must not make worse."""
    return sum(len(gap.platforms) for gap in gaps)


def key_facts_warnings(gaps: Sequence[KeyGap]) -> list[str]:
    """One warning naming each missing key fact and the platforms that lack it (none when nothing is)."""
    if not gaps:
        return []
    named = "; ".join(f"{gap.label} ({', '.join(SPECS[p].label for p in gap.platforms)})" for gap in gaps)
    return [W_KEY_FACTS.format(gaps=named)]


def _thread(post: Post) -> list[str]:
    """The post's thread replies, blank ones dropped, each held to the platform's limit (X only)."""
    if post.platform != "x":
        return []
    replies = [reply.strip() for reply in post.thread if reply.strip()]
    return [fit_to_limit(post.platform, reply, []) for reply in replies]


def finish_rewrite(request: RewriteRequest, result: RewriteResult) -> RewriteResult:
    """Hold every engine's posts to the same limits, the same fact check and the draft's key facts."""
    chunks = grounding(request.guidelines, result.grounded_on)
    notes = Notes([request.draft, *request.profile.fact_sources(), *(hit.text for hit in chunks)])
    posts: list[Post] = []
    for post in result.posts:
        text = post.text
        if post_length(post.platform, text) > SPECS[post.platform].limit:
            text = fit_to_limit(post.platform, text, post.hashtags)
            result.warnings.append(f"Unggahan {SPECS[post.platform].label} dipendekkan agar muat batas karakter.")
        thread = _thread(post)
        if any(post_length(post.platform, reply) > SPECS[post.platform].limit for reply in post.thread):
            result.warnings.append(f"Balasan utas {SPECS[post.platform].label} dipendekkan agar muat batas karakter.")
        posts.append(
            post.model_copy(
                update={
                    "text": text,
                    "thread": thread,
                    "char_count": post_length(post.platform, text),
                    "limit": SPECS[post.platform].limit,
                    "call_to_action": notes.tidy(post.call_to_action, CTA_CHARS),
                    "visual": notes.tidy(post.visual, VISUAL_CHARS),
                }
            )
        )
    check = rewrite_fact_check(request, posts, chunks)
    warnings = [*result.warnings, *notes.warnings()]
    if not check.ok:
        warnings.append(W_FACTS_REWRITE + ", ".join(check.invented))
    if not any(w.startswith(W_KEY_FACTS_PREFIX) for w in warnings):
        # Held to the sheet after the limits: a post cut to fit may have lost a key fact.
        warnings += key_facts_warnings(key_fact_gaps(read_draft(request.draft), posts))
    return result.model_copy(
        update={
            "posts": posts,
            "sources": result.sources or unique_sources(request.guidelines),
            "fact_check": check,
            "warnings": list(dict.fromkeys(warnings)),
        }
    )
