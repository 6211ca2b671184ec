"""Two approvers pressing at once: exactly one decision, the other told who decided.

Threads against one SQLite state file (each with its own store, as separate processes would have),
then two real processes, against the SQLite file and against a real redis-server (skipped when it
is not installed), each trying to approve the same requests at the same moment.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.workflow.desk import ApprovalDesk
from bot.workflow.models import Person, StaleRequest, State
from bot.workflow.redis_store import RedisWorkflowStore
from bot.workflow.sqlite_store import SqliteWorkflowStore
from bot.workflow.store import WorkflowStore
from tests.support.knowledge import PROJECT_ROOT

STAFF = Person(id=200, name="Rina")
APPROVERS = [Person(id=100 + n, name=f"Penyetuju {n}") for n in range(8)]
CHAT = -1001
ROUNDS = 20

#: One approver process: waits for the go file, then tries to approve every request in order.
APPROVER_SCRIPT = """
import json, sys, time
from pathlib import Path
from bot.workflow.desk import ApprovalDesk
from bot.workflow.models import Person, StaleRequest
spec, me, go, ids = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4].split(",")
if spec.startswith("redis"):
    from bot.workflow.redis_store import RedisWorkflowStore
    store = RedisWorkflowStore(spec)
else:
    from bot.workflow.sqlite_store import SqliteWorkflowStore
    store = SqliteWorkflowStore(Path(spec))
desk = ApprovalDesk(store, approver_ids=range(100, 108))
print("ready", flush=True)
while not go.exists():
    time.sleep(0.002)
out = []
for rid in ids:
    try:
        desk.decide(rid, Person(id=me, name=f"Penyetuju {me - 100}"), "approve")
        out.append([rid, me, ""])
    except StaleRequest as err:
        out.append([rid, None, str(err)])
print(json.dumps(out), flush=True)
"""


def desk_on(store: WorkflowStore) -> ApprovalDesk:
    return ApprovalDesk(store, approver_ids=[a.id for a in APPROVERS])


def race_threads(make_store: Callable[[], WorkflowStore], submit_desk: ApprovalDesk) -> None:
    request = submit_desk.submit("Pengumuman: layanan KTP-el keliling, gratis.", "post", CHAT, STAFF)
    desks = [desk_on(make_store()) for _ in APPROVERS]
    barrier = threading.Barrier(len(APPROVERS))
    outcomes: list[tuple[str, str]] = []
    lock = threading.Lock()

    def press(desk: ApprovalDesk, approver: Person) -> None:
        barrier.wait()
        try:
            desk.decide(request.id, approver, "approve")
            result = ("won", approver.name)
        except StaleRequest as err:
            result = ("stale", str(err))
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=press, args=(d, a)) for d, a in zip(desks, APPROVERS, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [name for kind, name in outcomes if kind == "won"]
    assert len(winners) == 1, outcomes
    stale = [message for kind, message in outcomes if kind == "stale"]
    assert len(stale) == len(APPROVERS) - 1
    assert all(f"sudah diputuskan (disetujui) oleh {winners[0]} pada" in m for m in stale)
    final = submit_desk.get(request.id)
    assert final is not None and final.state == State.APPROVED and final.decided_by is not None
    assert final.decided_by.name == winners[0]
    assert [e.event for e in submit_desk.archive()] == ["submitted", "approved"]


def test_threads_on_sqlite_give_one_decision(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    race_threads(lambda: SqliteWorkflowStore(path), desk_on(SqliteWorkflowStore(path)))


def test_threads_on_redis_give_one_decision(redis_url: str) -> None:
    race_threads(lambda: RedisWorkflowStore(redis_url), desk_on(RedisWorkflowStore(redis_url)))


def race_processes(spec: str, desk: ApprovalDesk, folder: Path) -> None:
    requests = [desk.submit(f"Unggahan nomor {n}: pasar murah di kelurahan.", "post", CHAT, STAFF)
                for n in range(ROUNDS)]
    ids = ",".join(r.id for r in requests)
    go = folder / "go"
    procs = [subprocess.Popen([sys.executable, "-c", APPROVER_SCRIPT, spec, str(a.id), str(go), ids],
                              cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for a in APPROVERS[:2]]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        go.touch()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            results.append(json.loads(out))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    for n, request in enumerate(requests):
        (rid_a, won_a, told_a), (rid_b, won_b, told_b) = results[0][n], results[1][n]
        assert rid_a == rid_b == request.id
        assert (won_a is None) != (won_b is None), (results[0][n], results[1][n])  # exactly one decided
        winner = won_a or won_b
        assert f"oleh Penyetuju {winner - 100} pada" in (told_a or told_b)
        final = desk.get(request.id)
        assert final is not None and final.decided_by is not None and final.decided_by.id == winner
    events = desk.archive()
    assert sum(e.event == "approved" for e in events) == ROUNDS


def test_two_processes_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    race_processes(str(path), desk_on(SqliteWorkflowStore(path)), tmp_path)


def test_two_processes_on_redis(redis_url: str, tmp_path: Path) -> None:
    pytest.importorskip("redis")
    race_processes(redis_url, desk_on(RedisWorkflowStore(redis_url)), tmp_path)
