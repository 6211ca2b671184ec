"""The workflow's data: requests, their history, role grants and archive events, and its errors.

Times are aware datetimes in UTC; they are shown in the office's time zone (`texts.when`).
Every model round-trips through JSON, which is how both stores keep it.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from bot.errors import HumasError

#: What can be submitted: the results HumasBot makes.
KINDS = ("post", "reply", "card", "quiz", "script")
#: The chat id of a grant or setting that holds in every chat (Telegram never uses 0).
EVERY_CHAT = 0

Role = Literal["approver", "admin"]


class State(StrEnum):
    PENDING = "pending"
    RESUBMITTED = "resubmitted"
    REVISION_REQUESTED = "revision_requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


#: States in which a request waits for an approver.
WAITING = frozenset({State.PENDING, State.RESUBMITTED})
#: States nothing leaves.
FINAL = frozenset({State.APPROVED, State.REJECTED, State.WITHDRAWN})


class Decision(StrEnum):
    APPROVE = "approve"
    REVISE = "revise"
    REJECT = "reject"


class Person(BaseModel):
    """A Telegram user as the workflow records them: id and display name at the time."""

    id: int
    name: str = ""

    @property
    def label(self) -> str:
        return self.name.strip() or f"pengguna {self.id}"


class Step(BaseModel):
    """One entry of a request's history: who did what, when, with which text and note."""

    event: str
    actor: Person
    at: datetime
    state: State
    text: str = ""
    text_sha256: str = ""
    note: str = ""


class ApprovalRequest(BaseModel):
    """A result submitted for approval. `text` is frozen as submitted (or resubmitted); its hash is kept."""

    id: str
    kind: str
    chat_id: int
    result_key: str = ""
    staff: Person
    text: str
    text_sha256: str
    context: str = ""
    state: State = State.PENDING
    #: Bumped by every change: the stores write only over the version they read (compare and set).
    version: int = 0
    revision: int = 1
    created_at: datetime
    waiting_since: datetime | None = None
    reminded_at: datetime | None = None
    decided_by: Person | None = None
    decided_at: datetime | None = None
    note: str = ""
    history: list[Step] = Field(default_factory=list)

    @property
    def waiting(self) -> bool:
        return self.state in WAITING


class RoleGrant(BaseModel):
    """A role given by an admin, in one chat or in every chat (`EVERY_CHAT`)."""

    role: Role
    chat_id: int
    user: Person
    granted_by: Person
    at: datetime


class ArchiveEvent(BaseModel):
    """One line of the archive. For reply suggestions, texts and notes are stored redacted."""

    seq: int | None = None
    at: datetime
    event: str
    request_id: str = ""
    chat_id: int = 0
    kind: str = ""
    actor_id: int = 0
    actor_name: str = ""
    state: str = ""
    text: str = ""
    text_sha256: str = ""
    note: str = ""


class ApprovalError(HumasError):
    """A workflow step that cannot be taken; `str(err)` says why, in Indonesian."""


class RequestNotFound(ApprovalError):
    """No request with that id (never submitted, or its chat was forgotten)."""


class NotAllowed(ApprovalError):
    """The user lacks the role the step needs."""


class StaleRequest(ApprovalError):
    """The request is no longer in a state that allows the step (decided, withdrawn, or under revision).

    `request` is the request as it is now, so the edge can show who decided and when."""

    def __init__(self, message: str, request: ApprovalRequest) -> None:
        super().__init__(message)
        self.request = request
