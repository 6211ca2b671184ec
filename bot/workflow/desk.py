"""`ApprovalDesk`: what the edges call to submit, decide, revise, withdraw, queue, remind and verify.

It holds the rules of who may do what (roles from the settings and from grants kept in the store),
the clock, the office's time zone and the redaction of the archive; the store keeps the state and
makes each step atomic. Every method returns plain models or raises an `ApprovalError` (or
`BadInput`) whose message can be shown as it is, so a Telegram handler stays a few lines long.

Approvers of a chat: `HUMASBOT_APPROVER_IDS`, plus those an admin granted for every chat or for
that chat. A chat with none falls back to the admins, so nothing waits for nobody; admins may
decide anywhere. An officer cannot decide their own request.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from bot.errors import BadInput
from bot.llm.redact import redact, strip_pii
from bot.workflow import rules, texts
from bot.workflow.models import (
    EVERY_CHAT,
    ApprovalRequest,
    ArchiveEvent,
    Decision,
    NotAllowed,
    Person,
    RequestNotFound,
    Role,
    RoleGrant,
    StaleRequest,
    State,
)
from bot.workflow.store import WorkflowStore

#: The actor of what HumasBot does by itself (reminders).
BOT = Person(id=0, name="HumasBot")
#: Kinds whose texts answer a citizen: their texts and notes are archived with personal data redacted.
CITIZEN_KINDS = frozenset({"reply"})


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Waiting:
    """A request in an approver's queue and how long it has waited."""

    request: ApprovalRequest
    age: timedelta

    def line(self) -> str:
        r = self.request
        return f"{r.id} · {r.kind} dari {r.staff.label} · menunggu {texts.age(self.age)}"


@dataclass(frozen=True)
class Reminder:
    """The requests one approver is to be reminded of."""

    approver_id: int
    requests: list[ApprovalRequest]


@dataclass(frozen=True)
class Verdict:
    """Whether a result's text may go out: `mark` is the line to show under it (None: nothing to say)."""

    request: ApprovalRequest | None
    approved: bool
    required: bool
    mark: str | None


class ApprovalDesk:
    """`ApprovalDesk(store, approver_ids=..., admin_ids=..., required=..., remind_after=..., tz=...)`."""

    def __init__(
        self,
        store: WorkflowStore,
        *,
        approver_ids: Iterable[int] = (),
        admin_ids: Iterable[int] = (),
        required: bool | Iterable[int] = False,
        remind_after: timedelta = timedelta(hours=2),
        tz: tzinfo = UTC,
        now: Callable[[], datetime] = utc_now,
        new_id: Callable[[], str] = lambda: secrets.token_urlsafe(6),
    ) -> None:
        self.store = store
        self.approver_ids = frozenset(approver_ids)
        self.admin_ids = frozenset(admin_ids)
        self.required = required if isinstance(required, bool) else frozenset(required)
        self.remind_after = remind_after
        self.tz = tz
        self.now = now
        self.new_id = new_id

    # --- roles --------------------------------------------------------------------------------
    def is_admin(self, user_id: int) -> bool:
        return user_id in self.admin_ids or any(
            g.role == "admin" and g.user.id == user_id for g in self.store.grants())

    def approvers_for(self, chat_id: int) -> list[int]:
        """Who is asked to decide a chat's requests (the admins when nobody else is)."""
        found = set(self.approver_ids)
        found |= {g.user.id for g in self.store.grants()
                  if g.role == "approver" and g.chat_id in (EVERY_CHAT, chat_id)}
        if not found:
            found = set(self.admin_ids) | {g.user.id for g in self.store.grants() if g.role == "admin"}
        return sorted(found)

    def is_approver(self, user_id: int, chat_id: int) -> bool:
        return user_id in self.approvers_for(chat_id) or self.is_admin(user_id)

    def has_role(self, user_id: int) -> bool:
        """Whether `user_id` holds a role anywhere (an approver or admin granted with /peran): such a
        user may use the bot to decide, even when not among the allowed staff."""
        return user_id in self.approver_ids or self.is_admin(user_id) or any(
            g.user.id == user_id for g in self.store.grants())

    def _admin(self, actor: Person) -> None:
        if not self.is_admin(actor.id):
            raise NotAllowed("Hanya admin yang dapat mengatur peran dan persetujuan.")

    def grant(self, admin: Person, role: Role, user: Person, chat_id: int = EVERY_CHAT) -> RoleGrant:
        """Make `user` an approver (or admin) in one chat, or in every chat."""
        self._admin(admin)
        at = self.now()
        grant = RoleGrant(role=role, chat_id=chat_id, user=user, granted_by=admin, at=at)
        self.store.put_grant(grant, self._role_event("role_granted", grant.role, chat_id, user, admin, at))
        return grant

    def revoke(self, admin: Person, role: Role, user: Person, chat_id: int = EVERY_CHAT) -> bool:
        self._admin(admin)
        at = self.now()
        return self.store.drop_grant(role, chat_id, user.id,
                                     self._role_event("role_revoked", role, chat_id, user, admin, at))

    def grants_in(self, chat_id: int) -> list[RoleGrant]:
        """The grants that hold in a chat (its own and those for every chat)."""
        return [g for g in self.store.grants() if g.chat_id in (EVERY_CHAT, chat_id)]

    @staticmethod
    def _role_event(name: str, role: str, chat_id: int, user: Person, admin: Person, at: datetime) -> ArchiveEvent:
        return ArchiveEvent(at=at, event=name, chat_id=chat_id, actor_id=admin.id, actor_name=admin.label,
                            text=f"{role}: {user.label} ({user.id})")

    # --- settings -----------------------------------------------------------------------------
    def requires_approval(self, chat_id: int) -> bool:
        own = self.store.required_by_chat().get(chat_id)
        if own is not None:
            return own
        return self.required if isinstance(self.required, bool) else chat_id in self.required

    def set_required(self, admin: Person, chat_id: int, required: bool | None) -> None:
        """A chat's own setting (None: back to HUMASBOT_APPROVAL_REQUIRED)."""
        self._admin(admin)
        value = {True: "wajib", False: "opsional", None: "ikut pengaturan kantor"}[required]
        event = ArchiveEvent(at=self.now(), event="setting_changed", chat_id=chat_id, actor_id=admin.id,
                             actor_name=admin.label, text=f"persetujuan: {value}")
        self.store.set_required(chat_id, required, event)

    # --- requests -----------------------------------------------------------------------------
    def _event(self, name: str, request: ApprovalRequest, actor: Person, *, text: str = "", note: str = "",
               at: datetime) -> ArchiveEvent:
        if request.kind in CITIZEN_KINDS:
            text, note = strip_pii(text)[0], strip_pii(note)[0]
        return ArchiveEvent(
            at=at, event=name, request_id=request.id, chat_id=request.chat_id, kind=request.kind, actor_id=actor.id,
            actor_name=actor.label, state=request.state.value, text=text, text_sha256=request.text_sha256, note=note,
        )

    def submit(
        self, text: str, kind: str, chat_id: int, staff: Person, result_key: str = "", context: str = ""
    ) -> ApprovalRequest:
        """Freeze `text` (a post, a reply suggestion, ...) for approval. `context` (the citizen's comment a
        reply answers) is kept with personal data redacted."""
        at = self.now()
        request = rules.new_request(request_id=self.new_id(), kind=kind, chat_id=chat_id, result_key=result_key,
                                    staff=staff, text=text, context=redact(context).text, at=at)
        self.store.create(request, self._event("submitted", request, staff, text=request.text, at=at))
        return request

    def decide(self, request_id: str, approver: Person, decision: Decision | str, note: str = "") -> ApprovalRequest:
        """Approve, ask for a revision or reject; of two approvers at once, one decides and the other gets
        `StaleRequest` saying who decided and when."""
        try:
            decision = Decision(decision)
        except ValueError:
            raise BadInput(f"Keputusan '{decision}' tidak dikenal; pilih approve, revise atau reject.") from None
        found = self.store.get(request_id)
        if found is None:
            raise RequestNotFound(f"Ajuan {request_id} tidak ditemukan (mungkin obrolannya sudah dihapus).")
        if not self.is_approver(approver.id, found.chat_id):  # a request never changes its chat
            raise NotAllowed("Anda bukan penyetuju untuk obrolan ini.")
        at = self.now()

        def step(current: ApprovalRequest) -> tuple[ApprovalRequest, ArchiveEvent]:
            new = rules.decide(current, approver, decision, note, at, self.tz)
            text = new.text if new.state == State.APPROVED else ""
            return new, self._event(new.state.value, new, approver, text=text, note=new.note, at=at)

        return self.store.change(request_id, step)

    def resubmit(self, request_id: str, staff: Person, text: str) -> ApprovalRequest:
        """The officer's corrected text after a revision request; it waits again (history kept)."""
        at = self.now()

        def step(current: ApprovalRequest) -> tuple[ApprovalRequest, ArchiveEvent]:
            new = rules.resubmit(current, staff, text, at, self.tz)
            return new, self._event("resubmitted", new, staff, text=new.text, at=at)

        return self.store.change(request_id, step)

    def withdraw(self, request_id: str, staff: Person) -> ApprovalRequest:
        at = self.now()

        def step(current: ApprovalRequest) -> tuple[ApprovalRequest, ArchiveEvent]:
            new = rules.withdraw(current, staff, at, self.tz)
            return new, self._event("withdrawn", new, staff, at=at)

        return self.store.change(request_id, step)

    def get(self, request_id: str) -> ApprovalRequest | None:
        return self.store.get(request_id)

    # --- queue and reminders ------------------------------------------------------------------
    def queue(self, approver_id: int) -> list[Waiting]:
        """What waits for this approver, the one waiting longest first."""
        now = self.now()
        return [Waiting(r, now - (r.waiting_since or r.created_at)) for r in self.store.waiting()
                if r.staff.id != approver_id and self.is_approver(approver_id, r.chat_id)]

    def _due(self, request: ApprovalRequest, now: datetime) -> bool:
        since = request.reminded_at or request.waiting_since or request.created_at
        return now - since >= self.remind_after

    def _by_approver(self, requests: Iterable[ApprovalRequest]) -> list[Reminder]:
        due: dict[int, list[ApprovalRequest]] = {}
        for request in requests:
            for approver in self.approvers_for(request.chat_id):
                if approver != request.staff.id:
                    due.setdefault(approver, []).append(request)
        return [Reminder(approver, found) for approver, found in sorted(due.items())]

    def due_reminders(self) -> list[Reminder]:
        """Per approver, the requests that waited longer than `remind_after` since they started waiting
        or since the last reminder (a look only: `claim_reminders` is what a reminder job calls)."""
        now = self.now()
        return self._by_approver(r for r in self.store.waiting() if self._due(r, now))

    def claim_reminders(self) -> list[Reminder]:
        """The due reminders, each request marked reminded first, atomically: when several processes
        run the reminder job (Redis), only the one whose mark lands reminds of a request. A reminder
        that then fails to go out waits for the next period (at most once, never twice)."""
        at = self.now()

        def step(current: ApprovalRequest) -> tuple[ApprovalRequest, ArchiveEvent]:
            if not self._due(current, at):  # another process reminded of it a moment ago
                raise StaleRequest("sudah diingatkan", current)
            new = rules.remind(current, at, self.tz)
            return new, self._event("reminded", new, BOT, at=at)

        claimed: list[ApprovalRequest] = []
        for request in self.store.waiting():
            if not self._due(request, at):
                continue
            try:
                claimed.append(self.store.change(request.id, step))
            except StaleRequest:
                continue
        return self._by_approver(claimed)

    def reminded(self, request_ids: Iterable[str]) -> None:
        at = self.now()

        def step(current: ApprovalRequest) -> tuple[ApprovalRequest, ArchiveEvent]:
            new = rules.remind(current, at, self.tz)
            return new, self._event("reminded", new, BOT, at=at)

        for request_id in dict.fromkeys(request_ids):
            try:
                self.store.change(request_id, step)
            except StaleRequest:
                continue  # decided while the reminder went out

    # --- results ------------------------------------------------------------------------------
    def verify(self, chat_id: int, result_key: str, text: str) -> Verdict:
        """Whether this text of a result is the approved one; a change after approval needs a new approval."""
        request = self.store.latest_for(chat_id, result_key)
        required = self.requires_approval(chat_id)
        if request is not None and request.state == State.APPROVED:
            if rules.text_hash(text) == request.text_sha256:
                return Verdict(request, True, required, texts.approved_mark(request, self.tz))
            return Verdict(request, False, required, texts.CHANGED)
        return Verdict(request, False, required, texts.NOT_APPROVED if required else None)

    def notice(self, request: ApprovalRequest) -> str:
        """What the officer is told of a decision (with the note)."""
        return texts.decision_notice(request, self.tz)

    # --- chats and the archive ----------------------------------------------------------------
    def forget_chat(self, actor: Person, chat_id: int) -> int:
        """Drop a chat's requests, grants and setting; the archive keeps every event of it."""
        event = ArchiveEvent(at=self.now(), event="chat_forgotten", chat_id=chat_id, actor_id=actor.id,
                             actor_name=actor.label)
        return self.store.forget_chat(chat_id, event)

    def archive(self, since: datetime | None = None, until: datetime | None = None) -> list[ArchiveEvent]:
        return self.store.events(since, until)
