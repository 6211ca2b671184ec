"""The approval state machine, as pure functions of a request (no storage, no clock of its own).

    pending --approve--> approved
            --revise---> revision_requested --resubmit--> resubmitted (waits again, like pending)
            --reject---> rejected
    pending, resubmitted, revision_requested --withdraw--> withdrawn

Every step returns a new request with its version bumped and a history entry added; a step that
the request's state does not allow raises `StaleRequest`, so a second approver, or a button of a
request decided or withdrawn since, is told who decided and when.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, tzinfo

from bot.errors import BadInput
from bot.workflow import texts
from bot.workflow.models import (
    KINDS,
    WAITING,
    ApprovalRequest,
    Decision,
    NotAllowed,
    Person,
    StaleRequest,
    State,
    Step,
)

#: Longest text one request may carry (a long post with its hashtags fits many times over).
MAX_TEXT_CHARS = 20_000
MAX_NOTE_CHARS = 2_000

_DECIDED = {Decision.APPROVE: State.APPROVED, Decision.REVISE: State.REVISION_REQUESTED,
            Decision.REJECT: State.REJECTED}


def normalize(text: str) -> str:
    """The text as frozen: line ends unified and the outer blank space dropped (what a copy keeps)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


def check_text(text: str) -> str:
    text = normalize(text)
    if not text:
        raise BadInput("Teks yang diajukan kosong.")
    if len(text) > MAX_TEXT_CHARS:
        raise BadInput(f"Teks yang diajukan terlalu panjang (maksimal {MAX_TEXT_CHARS} karakter).")
    return text


def check_note(note: str) -> str:
    note = normalize(note)
    if len(note) > MAX_NOTE_CHARS:
        raise BadInput(f"Catatan terlalu panjang (maksimal {MAX_NOTE_CHARS} karakter).")
    return note


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise BadInput(f"Jenis ajuan '{kind}' tidak dikenal; pilih salah satu: {', '.join(KINDS)}.")
    return kind


def new_request(
    *, request_id: str, kind: str, chat_id: int, result_key: str, staff: Person, text: str, context: str, at: datetime
) -> ApprovalRequest:
    text = check_text(text)
    digest = text_hash(text)
    return ApprovalRequest(
        id=request_id, kind=check_kind(kind), chat_id=chat_id, result_key=result_key, staff=staff, text=text,
        text_sha256=digest, context=normalize(context), created_at=at, waiting_since=at,
        history=[Step(event="submitted", actor=staff, at=at, state=State.PENDING, text=text, text_sha256=digest)],
    )


def _next(request: ApprovalRequest, step: Step, **changes: object) -> ApprovalRequest:
    return request.model_copy(update={
        **changes, "state": step.state, "version": request.version + 1, "history": [*request.history, step],
    })


def decide(
    request: ApprovalRequest, approver: Person, decision: Decision, note: str, at: datetime, tz: tzinfo
) -> ApprovalRequest:
    """Approve, ask for a revision (a note is required) or reject a waiting request."""
    if request.state not in WAITING:
        raise StaleRequest(texts.stale(request, tz), request)
    if approver.id == request.staff.id:
        raise NotAllowed("Ajuan sendiri tidak dapat diputuskan sendiri: minta penyetuju lain.")
    note = check_note(note)
    if decision == Decision.REVISE and not note:
        raise BadInput("Tulis catatan revisi: apa yang perlu diubah?")
    state = _DECIDED[decision]
    step = Step(event=state.value, actor=approver, at=at, state=state, note=note,
                text=request.text if state == State.APPROVED else "", text_sha256=request.text_sha256)
    return _next(request, step, decided_by=approver, decided_at=at, note=note, waiting_since=None)


def resubmit(request: ApprovalRequest, staff: Person, text: str, at: datetime, tz: tzinfo) -> ApprovalRequest:
    """The officer's corrected text after "Minta revisi"; it waits for an approver again."""
    if staff.id != request.staff.id:
        raise NotAllowed("Hanya staf yang mengajukan yang dapat mengajukan ulang.")
    if request.state != State.REVISION_REQUESTED:
        raise StaleRequest(texts.stale(request, tz), request)
    text = check_text(text)
    digest = text_hash(text)
    step = Step(event="resubmitted", actor=staff, at=at, state=State.RESUBMITTED, text=text, text_sha256=digest)
    return _next(request, step, text=text, text_sha256=digest, revision=request.revision + 1, waiting_since=at,
                 reminded_at=None, decided_by=None, decided_at=None, note="")


def withdraw(request: ApprovalRequest, staff: Person, at: datetime, tz: tzinfo) -> ApprovalRequest:
    """The officer takes the request back before it is decided for good."""
    if staff.id != request.staff.id:
        raise NotAllowed("Hanya staf yang mengajukan yang dapat menarik ajuan ini.")
    if request.state not in (*WAITING, State.REVISION_REQUESTED):
        raise StaleRequest(texts.stale(request, tz), request)
    step = Step(event="withdrawn", actor=staff, at=at, state=State.WITHDRAWN, text_sha256=request.text_sha256)
    return _next(request, step, waiting_since=None, decided_at=at, decided_by=None)


def remind(request: ApprovalRequest, at: datetime, tz: tzinfo) -> ApprovalRequest:
    """Note that the approvers were reminded of a waiting request (not a history entry of its own)."""
    if request.state not in WAITING:
        raise StaleRequest(texts.stale(request, tz), request)
    return request.model_copy(update={"reminded_at": at, "version": request.version + 1})
