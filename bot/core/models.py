"""Data passed between the core services, the engines and the edges (CLI, Telegram).

Everything here is plain pydantic: the edges serialise results with `model_dump()`.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

# Defined in the low module that retrieval uses too; re-exported here for the core and the edges.
from bot.datatypes import Hit as Hit
from bot.datatypes import SearchMode as SearchMode
from bot.datatypes import Source as Source

Tone = Literal["formal", "friendly", "casual"]
PlatformName = Literal["instagram", "facebook", "x", "tiktok", "whatsapp"]
CommentKind = Literal[
    "question", "complaint", "hoax", "praise", "abuse", "spam", "political", "personal_data", "other"
]
Severity = Literal["high", "medium", "low"]

PLATFORMS: tuple[PlatformName, ...] = ("instagram", "facebook", "x", "tiktok", "whatsapp")
TONES: tuple[Tone, ...] = ("formal", "friendly", "casual")
COMMENT_KINDS: tuple[CommentKind, ...] = (
    "question", "complaint", "hoax", "praise", "abuse", "spam", "political", "personal_data", "other"
)

#: Indonesian names of the comment kinds, shown by every edge.
KIND_LABELS: dict[str, str] = {
    "question": "Pertanyaan",
    "complaint": "Keluhan",
    "hoax": "Hoaks / informasi keliru",
    "praise": "Pujian",
    "abuse": "Kasar / menyerang",
    "spam": "Spam / promosi",
    "political": "Politik",
    "personal_data": "Memuat data pribadi",
    "other": "Lainnya",
}


class Profile(BaseModel):
    """The institution an officer writes for; shapes every rewrite."""

    name: str = ""
    handle: str = ""
    hashtags: list[str] = Field(default_factory=list)
    platforms: list[PlatformName] = Field(default_factory=lambda: list(PLATFORMS))
    tone: Tone = "friendly"
    #: Card colours as hex codes ("#0B4F8A"); None keeps the default palette (bot/cards/palette.py).
    card_primary: str | None = None
    card_accent: str | None = None
    card_text: str | None = None

    def fact_sources(self) -> list[str]:
        """The profile's fields as fact sources: an answer may name the institution, its account, its tags."""
        return [self.name, self.handle, " ".join(self.hashtags)]


#: A thread counter: "2/3" alone on a line, or before the thread mark ("1/3 🧵", "(1/3)🧵").
THREAD_COUNTER = re.compile(r"(?m)^[ \t]*\(?\d{1,2}/\d{1,2}\)?[ \t]*$|\(?\b\d{1,2}/\d{1,2}\)?(?=\s*🧵)")


class Post(BaseModel):
    """One platform's post. `thread` holds the replies of an X thread (utas): the facts the first
    post had no room for, each reply within the platform's limit; empty elsewhere."""

    platform: PlatformName
    text: str
    hashtags: list[str] = Field(default_factory=list)
    call_to_action: str = ""
    visual: str = ""
    char_count: int = 0
    limit: int = 0
    thread: list[str] = Field(default_factory=list)

    @property
    def parts(self) -> list[str]:
        """The post and its thread replies, in posting order."""
        return [self.text, *self.thread]

    @property
    def whole_text(self) -> str:
        """Everything the post publishes, as one text (a copy of the whole thread)."""
        return "\n\n".join(self.parts)

    @property
    def checked_text(self) -> str:
        """What the fact check reads: the whole text without thread counters ("2/3" alone on its line,
        "1/3 🧵"), which are no dates."""
        return THREAD_COUNTER.sub("", self.whole_text)


class FactCheck(BaseModel):
    """The one fact-check verdict on a result, made by the service.

    `invented`: facts of the answer found in no source. The sources are the officer's text, the
    profile and the guideline chunks whose ids are in `grounding`: the ones the engine was given
    and drew on (for a language model, what fitted its context and it cited), never more."""

    ok: bool = True
    invented: list[str] = Field(default_factory=list)
    grounding: list[str] = Field(default_factory=list)


class RewriteRequest(BaseModel):
    draft: str
    platforms: list[PlatformName]
    tone: Tone = "friendly"
    profile: Profile = Field(default_factory=Profile)
    guidelines: list[Hit] = Field(default_factory=list)
    user_id: str | None = None
    #: Ask for a shorter version (about half the platform's usual length).
    brief: bool = False
    #: 0 for the first version; higher numbers ask for another wording of the same facts.
    variant: int = Field(0, ge=0)


class Usage(BaseModel):
    """What one model call cost; engines fill it, the services record it."""

    model: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0


class RewriteResult(BaseModel):
    engine: str
    posts: list[Post]
    sources: list[Source] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    #: Set by the service; None on an engine's own result (engines produce, the service judges).
    fact_check: FactCheck | None = None
    #: Ids of the request's guideline chunks the engine drew on; None: all of them. Engines set
    #: it, the service grounds the fact check on it.
    grounded_on: list[str] | None = Field(default=None, exclude=True)
    usage: Usage | None = Field(default=None, exclude=True)


class ReplyRequest(BaseModel):
    comment: str
    context: str | None = None
    tone: Tone = "friendly"
    profile: Profile = Field(default_factory=Profile)
    guidelines: list[Hit] = Field(default_factory=list)
    hint_kind: CommentKind | None = None
    #: The service's triage of the comment beside its kind: whether to escalate, and why.
    hint_escalate: bool | None = None
    hint_reason: str | None = None
    user_id: str | None = None


class ReplyResult(BaseModel):
    engine: str
    kind: CommentKind
    escalate: bool
    reason: str
    suggestions: list[str]
    recommendation: str | None = None
    sources: list[Source] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    #: Set by the service; None on an engine's own result (engines produce, the service judges).
    fact_check: FactCheck | None = None
    #: Ids of the request's guideline chunks the engine drew on; None: all of them. Engines set
    #: it, the service grounds the fact check on it.
    grounded_on: list[str] | None = Field(default=None, exclude=True)
    usage: Usage | None = Field(default=None, exclude=True)


class Finding(BaseModel):
    rule: str
    severity: Severity
    message: str
    source: str


class AuditResult(BaseModel):
    engine: str = "offline"
    platform: PlatformName = "instagram"
    score: int
    findings: list[Finding]
    #: Improvement suggestions from the language model, when one is configured.
    suggestions: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def unique_sources(hits: list[Hit]) -> list[Source]:
    """Sources of the hits, one per document, in rank order."""
    seen: set[str] = set()
    out: list[Source] = []
    for hit in hits:
        if hit.path not in seen:
            seen.add(hit.path)
            out.append(hit.source())
    return out
