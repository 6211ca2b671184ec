"""The approval state machine through `ApprovalDesk` on the SQLite store: submit, revise, resubmit,
approve, reject, withdraw, stale steps, roles, the queue, reminders, the "belum disetujui" mark, and
a restart in the middle (the store reopened on the same file)."""

from __future__ import annotations

import itertools
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.errors import BadInput
from bot.workflow import texts
from bot.workflow.desk import ApprovalDesk
from bot.workflow.models import EVERY_CHAT, NotAllowed, Person, RequestNotFound, StaleRequest, State
from bot.workflow.rules import text_hash
from bot.workflow.sqlite_store import SqliteWorkflowStore

WIB = ZoneInfo("Asia/Jakarta")
ADMIN = Person(id=1, name="Pak Admin")
KABAG = Person(id=100, name="Bu Sari (Kabag)")
KASUBBAG = Person(id=101, name="Pak Dedi")
STAFF = Person(id=200, name="Rina")
OTHER = Person(id=201, name="Yoga")
CHAT = -1001
POST = "Vaksinasi gratis di Puskesmas Cibeunying, Sabtu 14 Juni 2025 pukul 08.00."


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 09.00 WIB

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **delta: float) -> None:
        self.t += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_desk(path: Path, clock: Clock, **options: object) -> ApprovalDesk:
    ids = itertools.count(1)
    values: dict = {"approver_ids": [KABAG.id], "admin_ids": [ADMIN.id], "tz": WIB, "now": clock,
                    "new_id": lambda: f"r{next(ids)}-{path.stem}"}
    values.update(options)
    return ApprovalDesk(SqliteWorkflowStore(path), **values)


@pytest.fixture
def desk(tmp_path: Path, clock: Clock) -> ApprovalDesk:
    return make_desk(tmp_path / "state.sqlite3", clock)


def test_submit_freezes_the_text_and_its_hash(desk: ApprovalDesk) -> None:
    request = desk.submit("  " + POST + "\r\n", "post", CHAT, STAFF, result_key="k1")
    assert request.state == State.PENDING
    assert request.text == POST
    assert request.text_sha256 == text_hash(POST) == text_hash(POST + "\n")
    assert desk.get(request.id) == request
    assert [e.event for e in desk.archive()] == ["submitted"]


@pytest.mark.parametrize(("text", "kind", "message"), [
    ("   ", "post", "kosong"), (POST, "puisi", "tidak dikenal"), ("x" * 20_001, "post", "terlalu panjang")])
def test_bad_submissions_are_refused_in_indonesian(desk: ApprovalDesk, text: str, kind: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        desk.submit(text, kind, CHAT, STAFF)
    assert desk.archive() == []


def test_revise_resubmit_approve_keeps_the_history(desk: ApprovalDesk, clock: Clock) -> None:
    request = desk.submit(POST, "post", CHAT, STAFF, result_key="k1")
    with pytest.raises(BadInput, match="catatan revisi"):
        desk.decide(request.id, KABAG, "revise", "  ")
    clock.advance(minutes=30)
    revised = desk.decide(request.id, KABAG, "revise", "Sebutkan syaratnya: bawa KTP.")
    assert revised.state == State.REVISION_REQUESTED
    assert desk.notice(revised) == ("✏️ Diminta revisi oleh Bu Sari (Kabag), 1 Desember 2026 pukul 09.30\n"
                                    "Catatan: Sebutkan syaratnya: bawa KTP.")
    assert desk.queue(KABAG.id) == []  # under revision: nothing waits for the approver

    corrected = POST + " Bawa KTP."
    with pytest.raises(NotAllowed):
        desk.resubmit(request.id, OTHER, corrected)
    clock.advance(minutes=15)
    again = desk.resubmit(request.id, STAFF, corrected)
    assert (again.state, again.revision, again.text) == (State.RESUBMITTED, 2, corrected)
    assert again.note == "" and again.decided_by is None
    assert [w.request.id for w in desk.queue(KABAG.id)] == [request.id]

    clock.advance(minutes=5)
    approved = desk.decide(request.id, KABAG, "approve")
    assert approved.state == State.APPROVED
    assert [(s.event, s.text) for s in approved.history] == [
        ("submitted", POST), ("revision_requested", ""), ("resubmitted", corrected), ("approved", corrected)]
    assert approved.history[1].note == "Sebutkan syaratnya: bawa KTP."
    events = desk.archive()
    assert [e.event for e in events] == ["submitted", "revision_requested", "resubmitted", "approved"]
    assert events[-1].text == corrected and events[-1].actor_name == "Bu Sari (Kabag)"
    assert events[-1].text_sha256 == text_hash(corrected)


def test_an_approved_text_is_marked_and_a_changed_one_needs_a_new_approval(desk: ApprovalDesk) -> None:
    request = desk.submit(POST, "post", CHAT, STAFF, result_key="k1")
    assert desk.verify(CHAT, "k1", POST).mark is None  # approval optional, not yet decided
    desk.decide(request.id, KABAG, "approve")
    verdict = desk.verify(CHAT, "k1", POST + "\n")
    assert verdict.approved
    assert verdict.mark == "✅ DISETUJUI oleh Bu Sari (Kabag), 1 Desember 2026 pukul 09.00"
    changed = desk.verify(CHAT, "k1", POST.replace("08.00", "09.00"))
    assert not changed.approved and changed.mark == texts.CHANGED

    # The edited text goes through a new request; the newest request of the result decides.
    fresh = desk.submit(POST.replace("08.00", "09.00"), "post", CHAT, STAFF, result_key="k1")
    assert desk.verify(CHAT, "k1", fresh.text).mark is None
    desk.decide(fresh.id, KABAG, "approve")
    assert desk.verify(CHAT, "k1", fresh.text).approved


def test_reject_and_stale_steps_say_who_decided_and_when(desk: ApprovalDesk, clock: Clock) -> None:
    request = desk.submit(POST, "post", CHAT, STAFF)
    clock.advance(hours=1, minutes=5)
    rejected = desk.decide(request.id, KABAG, "reject", "Tunggu rilis resmi.")
    assert desk.notice(rejected).startswith("❌ Ditolak oleh Bu Sari (Kabag), 1 Desember 2026 pukul 10.05")
    for step in (lambda: desk.decide(request.id, ADMIN, "approve"), lambda: desk.withdraw(request.id, STAFF),
                 lambda: desk.resubmit(request.id, STAFF, POST + " lagi")):
        with pytest.raises(StaleRequest) as err:
            step()
        assert str(err.value) == ("Ajuan ini sudah diputuskan (ditolak) oleh Bu Sari (Kabag) "
                                  "pada 1 Desember 2026 pukul 10.05.")
        assert err.value.request.state == State.REJECTED
    assert [e.event for e in desk.archive()] == ["submitted", "rejected"]


def test_a_withdrawn_request_answers_its_old_buttons(desk: ApprovalDesk, clock: Clock) -> None:
    request = desk.submit(POST, "post", CHAT, STAFF)
    with pytest.raises(NotAllowed):
        desk.withdraw(request.id, OTHER)
    clock.advance(minutes=10)
    assert desk.withdraw(request.id, STAFF).state == State.WITHDRAWN
    with pytest.raises(StaleRequest, match="sudah ditarik oleh Rina pada 1 Desember 2026 pukul 09.10"):
        desk.decide(request.id, KABAG, "approve")
    with pytest.raises(RequestNotFound):
        desk.decide("tidak-ada", KABAG, "approve")
    with pytest.raises(BadInput, match="Keputusan 'terbit' tidak dikenal"):
        desk.decide(request.id, KABAG, "terbit")


def test_roles_who_may_decide(desk: ApprovalDesk) -> None:
    request = desk.submit(POST, "post", CHAT, KABAG)  # an approver may also be staff
    with pytest.raises(NotAllowed, match="sendiri"):
        desk.decide(request.id, KABAG, "approve")
    with pytest.raises(NotAllowed, match="bukan penyetuju"):
        desk.decide(request.id, OTHER, "approve")
    with pytest.raises(NotAllowed, match="admin"):
        desk.grant(STAFF, "approver", OTHER, CHAT)
    desk.grant(ADMIN, "approver", KASUBBAG, CHAT)
    assert desk.approvers_for(CHAT) == [KABAG.id, KASUBBAG.id]
    assert desk.approvers_for(-2002) == [KABAG.id]  # the grant holds in its chat only
    assert desk.decide(request.id, KASUBBAG, "approve").decided_by == KASUBBAG
    assert desk.revoke(ADMIN, "approver", KASUBBAG, CHAT)
    assert not desk.is_approver(KASUBBAG.id, CHAT)
    events = desk.archive()
    assert [e.event for e in events] == ["submitted", "role_granted", "approved", "role_revoked"]
    assert events[1].text == "approver: Pak Dedi (101)" and events[1].actor_name == "Pak Admin"


def test_without_approvers_the_admins_decide(tmp_path: Path, clock: Clock) -> None:
    desk = make_desk(tmp_path / "s.sqlite3", clock, approver_ids=[])
    assert desk.approvers_for(CHAT) == [ADMIN.id]
    request = desk.submit(POST, "post", CHAT, STAFF)
    assert desk.decide(request.id, ADMIN, "approve").state == State.APPROVED


def test_queue_is_oldest_first_with_age_and_per_chat(desk: ApprovalDesk, clock: Clock) -> None:
    first = desk.submit(POST, "post", CHAT, STAFF)
    clock.advance(minutes=40)
    second = desk.submit("Balasan: jadwalnya Sabtu, Kak.", "reply", -2002, OTHER)
    clock.advance(hours=1)
    queue = desk.queue(KABAG.id)
    assert [(w.request.id, texts.age(w.age)) for w in queue] == [(first.id, "1 jam 40 menit"), (second.id, "1 jam")]
    assert queue[0].line() == f"{first.id} · post dari Rina · menunggu 1 jam 40 menit"
    desk.grant(ADMIN, "approver", KASUBBAG, -2002)
    assert [w.request.id for w in desk.queue(KASUBBAG.id)] == [second.id]
    assert desk.queue(STAFF.id) == []


def test_reminders_after_the_configured_wait(tmp_path: Path, clock: Clock) -> None:
    desk = make_desk(tmp_path / "s.sqlite3", clock, remind_after=timedelta(hours=2))
    waiting = desk.submit(POST, "post", CHAT, STAFF)
    decided = desk.submit(POST + " (2)", "post", CHAT, OTHER)
    clock.advance(hours=1, minutes=59)
    assert desk.due_reminders() == []
    desk.decide(decided.id, KABAG, "approve")
    clock.advance(minutes=2)
    due = desk.due_reminders()
    assert [(r.approver_id, [q.id for q in r.requests]) for r in due] == [(KABAG.id, [waiting.id])]
    desk.reminded([waiting.id, decided.id])  # the decided one is skipped
    assert desk.due_reminders() == []
    clock.advance(hours=2)
    assert [r.approver_id for r in desk.due_reminders()] == [KABAG.id]
    assert [e.event for e in desk.archive()].count("reminded") == 1


def test_required_marks_results_not_yet_approved(tmp_path: Path, clock: Clock) -> None:
    desk = make_desk(tmp_path / "s.sqlite3", clock, required=[CHAT])
    assert desk.requires_approval(CHAT) and not desk.requires_approval(-2002)
    assert desk.verify(CHAT, "k9", POST).mark == texts.NOT_APPROVED
    assert desk.verify(-2002, "k9", POST).mark is None
    desk.set_required(ADMIN, -2002, True)
    desk.set_required(ADMIN, CHAT, False)
    assert desk.requires_approval(-2002) and not desk.requires_approval(CHAT)
    desk.set_required(ADMIN, CHAT, None)
    assert desk.requires_approval(CHAT)
    with pytest.raises(NotAllowed):
        desk.set_required(STAFF, CHAT, False)
    everywhere = make_desk(tmp_path / "t.sqlite3", clock, required=True)
    assert everywhere.requires_approval(12345)


def test_restart_in_the_middle(tmp_path: Path, clock: Clock) -> None:
    """A request submitted before a restart is decided after it; grants and settings survive too."""
    path = tmp_path / "state.sqlite3"
    before = make_desk(path, clock)
    request = before.submit(POST, "post", CHAT, STAFF, result_key="k1")
    before.decide(request.id, KABAG, "revise", "Tambah jam layanan.")
    before.grant(ADMIN, "approver", KASUBBAG, EVERY_CHAT)
    before.set_required(ADMIN, CHAT, True)

    after = make_desk(path, clock)  # a new process: nothing carried over in memory
    assert after.get(request.id) == before.get(request.id)
    after.resubmit(request.id, STAFF, POST + " Buka 08.00-12.00.")
    assert after.decide(request.id, KASUBBAG, "approve").state == State.APPROVED
    assert after.requires_approval(CHAT)
    assert before.verify(CHAT, "k1", POST + " Buka 08.00-12.00.").approved
    assert len(before.archive()) == 6


def test_forgetting_a_chat_keeps_its_archive(desk: ApprovalDesk) -> None:
    request = desk.submit(POST, "post", CHAT, STAFF, result_key="k1")
    desk.decide(request.id, KABAG, "approve")
    desk.grant(ADMIN, "approver", KASUBBAG, CHAT)
    assert desk.forget_chat(ADMIN, CHAT) == 1
    assert desk.get(request.id) is None
    assert desk.approvers_for(CHAT) == [KABAG.id]
    events = desk.archive()
    assert [e.event for e in events] == ["submitted", "approved", "role_granted", "chat_forgotten"]
    assert events[1].text == POST


def test_a_broken_state_file_is_moved_aside(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not a database " * 200)
    desk = make_desk(path, clock)
    request = desk.submit(POST, "post", CHAT, STAFF)
    assert desk.get(request.id) == request
    store = desk.store
    assert isinstance(store, SqliteWorkflowStore)
    assert [found.path for found in store.recovered] == [path]
    assert store.recovered[0].moved_to.exists()


def test_with_several_processes_only_one_reminds_of_a_request(tmp_path: Path, clock: Clock) -> None:
    """Two desks over one state file (two bot processes) both run the reminder job at once: each
    request is claimed by one of them, and the next claim comes only after another full wait."""
    path = tmp_path / "s.sqlite3"
    first = make_desk(path, clock, remind_after=timedelta(hours=2))
    second = make_desk(path, clock, remind_after=timedelta(hours=2))
    waiting = [first.submit(f"{POST} ({n})", "post", CHAT, STAFF) for n in range(6)]
    clock.advance(hours=2, minutes=1)
    results: list[list[str]] = [[], []]

    def claim(n: int, desk: ApprovalDesk) -> None:
        results[n] = [q.id for r in desk.claim_reminders() for q in r.requests]

    threads = [threading.Thread(target=claim, args=(n, d)) for n, d in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results[0] + results[1]) == sorted(r.id for r in waiting)  # each once, none twice
    assert first.claim_reminders() == [] and second.claim_reminders() == []
    clock.advance(hours=2)
    assert len([q for r in second.claim_reminders() for q in r.requests]) == len(waiting)
