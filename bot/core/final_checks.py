"""The final checks the service runs on every engine's answer: which guideline chunks grounded it,
the one fact-check verdict, and the notes beside the posts (cleaned of foreign links, capped)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.compose import clip
from bot.core.fact_check import strip_foreign_links, verdict
from bot.core.inputs import normalize_text
from bot.core.models import FactCheck, Hit, Post, ReplyRequest, RewriteRequest

W_FACTS_REWRITE = "Cek fakta: ada fakta yang tidak ada di draf: "
W_FACTS_REPLY = "Cek fakta: saran balasan memuat fakta yang tidak ada di sumber: "
W_LINKS = "Catatan dari mesin memuat tautan atau akun yang tidak ada di sumber; sudah dihapus."


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
    return verdict("\n\n".join(p.text for p in posts), [request.draft, *request.profile.fact_sources()], chunks)


def reply_fact_check(request: ReplyRequest, suggestions: Sequence[str], chunks: Sequence[Hit]) -> FactCheck:
    """The verdict on a reply: its suggestions against the comment, its context, the profile and `chunks`."""
    sources = [request.comment, request.context or "", *request.profile.fact_sources()]
    return verdict("\n\n".join(suggestions), sources, chunks)
