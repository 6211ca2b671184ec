"""What the approval desk asks of its storage: one interface, kept in SQLite or in Redis.

The one operation that must be atomic is `change`: read a request, compute its next state with a
pure step (`bot.workflow.rules`), and write it together with its archive event only if nobody
changed the request in between. Two approvers pressing at once therefore give exactly one
decision; the other's step runs again on the decided request and raises `StaleRequest`.
The archive is append-only: no method of a store updates or deletes an archive event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from bot.workflow.models import ApprovalRequest, ArchiveEvent, Role, RoleGrant

#: A step: the request as stored -> the request to store and the event to archive with it.
Transition = Callable[[ApprovalRequest], tuple[ApprovalRequest, ArchiveEvent | None]]


class WorkflowStore(Protocol):
    def create(self, request: ApprovalRequest, event: ArchiveEvent) -> None:
        """Store a new request and archive its submission, together."""

    def change(self, request_id: str, step: Transition) -> ApprovalRequest:
        """Apply `step` atomically (compare and set); raises `RequestNotFound` or what `step` raises."""

    def get(self, request_id: str) -> ApprovalRequest | None: ...

    def latest_for(self, chat_id: int, result_key: str) -> ApprovalRequest | None:
        """The newest request submitted for one result of one chat."""

    def waiting(self) -> list[ApprovalRequest]:
        """Every request that waits for an approver, the one waiting longest first."""

    def forget_chat(self, chat_id: int, event: ArchiveEvent) -> int:
        """Drop a chat's requests, grants and settings (never its archive); returns how many requests."""

    def put_grant(self, grant: RoleGrant, event: ArchiveEvent) -> None: ...

    def drop_grant(self, role: Role, chat_id: int, user_id: int, event: ArchiveEvent) -> bool: ...

    def grants(self) -> list[RoleGrant]: ...

    def set_required(self, chat_id: int, required: bool | None, event: ArchiveEvent) -> None:
        """A chat's own "approval required" setting; None goes back to the office's setting."""

    def required_by_chat(self) -> dict[int, bool]: ...

    def append(self, event: ArchiveEvent) -> None: ...

    def events(self, since: datetime | None = None, until: datetime | None = None) -> list[ArchiveEvent]:
        """Archive events with `since <= at < until`, oldest first."""
