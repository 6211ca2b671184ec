"""The workflow's state in Redis, for several bot processes (HUMASBOT_REDIS_URL).

Keys (all under `humasbot:`): one JSON value per request (`approval:request:<id>`), the waiting
queue as a sorted set scored by when each request started waiting, the newest request of each
result, each chat's request ids, role grants and chat settings as hashes, and the archive as a
stream (`archive`), to which events are only ever added (XADD): nothing here trims or deletes it.

`change` is optimistic: WATCH the request, read it, compute the step, then write the request, the
queue and the archive event in one MULTI/EXEC. When another process changed the request in
between, EXEC fails and the step runs again on what that process wrote, so of two approvers
pressing at once exactly one decides and the other is told who did.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from bot.redis_client import key, sync_client
from bot.workflow.models import ApprovalRequest, ArchiveEvent, RequestNotFound, Role, RoleGrant
from bot.workflow.store import Transition

WAITING = key("approval", "waiting")
GRANTS = key("approval", "roles")
REQUIRED = key("approval", "required")
ARCHIVE = key("archive")
#: Archive entries read per round trip when exporting.
PAGE = 500


def _request_key(request_id: str) -> str:
    return key("approval", "request", request_id)


def _chat_key(chat_id: int) -> str:
    return key("approval", "chat", chat_id)


def _result_key(chat_id: int, result_key: str) -> str:
    return key("approval", "result", chat_id, result_key)


def _grant_field(role: str, chat_id: int, user_id: int) -> str:
    return f"{role}:{chat_id}:{user_id}"


def _event_fields(event: ArchiveEvent) -> dict[str, str]:
    return {"json": event.model_dump_json(exclude={"seq"})}


class RedisWorkflowStore:
    """`RedisWorkflowStore(url)`: the blocking client (the desk runs in worker threads and the CLI)."""

    def __init__(self, url: str, client: Any = None) -> None:
        self.redis = client if client is not None else sync_client(url)

    def _queue(self, pipe: Any, request: ApprovalRequest) -> None:
        if request.waiting and request.waiting_since is not None:
            pipe.zadd(WAITING, {request.id: request.waiting_since.timestamp()})
        else:
            pipe.zrem(WAITING, request.id)

    def create(self, request: ApprovalRequest, event: ArchiveEvent) -> None:
        pipe = self.redis.pipeline(transaction=True)
        pipe.set(_request_key(request.id), request.model_dump_json())
        pipe.sadd(_chat_key(request.chat_id), request.id)
        pipe.set(_result_key(request.chat_id, request.result_key), request.id)
        self._queue(pipe, request)
        pipe.xadd(ARCHIVE, _event_fields(event))
        pipe.execute()

    def change(self, request_id: str, step: Transition) -> ApprovalRequest:
        import redis

        name = _request_key(request_id)
        with self.redis.pipeline(transaction=True) as pipe:
            while True:
                try:
                    pipe.watch(name)
                    raw = pipe.get(name)
                    if raw is None:
                        raise RequestNotFound(f"Ajuan {request_id} tidak ditemukan (mungkin obrolannya sudah dihapus).")
                    new, event = step(ApprovalRequest.model_validate_json(raw))
                    pipe.multi()
                    pipe.set(name, new.model_dump_json())
                    self._queue(pipe, new)
                    if event is not None:
                        pipe.xadd(ARCHIVE, _event_fields(event))
                    pipe.execute()
                    return new
                except redis.WatchError:
                    continue  # someone else changed it first: run the step on what they wrote

    def get(self, request_id: str) -> ApprovalRequest | None:
        raw = self.redis.get(_request_key(request_id))
        return ApprovalRequest.model_validate_json(raw) if raw else None

    def latest_for(self, chat_id: int, result_key: str) -> ApprovalRequest | None:
        request_id = self.redis.get(_result_key(chat_id, result_key))
        return self.get(request_id) if request_id else None

    def waiting(self) -> list[ApprovalRequest]:
        ids = list(self.redis.zrange(WAITING, 0, -1))
        if not ids:
            return []
        raws = self.redis.mget([_request_key(i) for i in ids])
        found = [ApprovalRequest.model_validate_json(raw) for raw in raws if raw]
        return [r for r in found if r.waiting]

    def forget_chat(self, chat_id: int, event: ArchiveEvent) -> int:
        ids = list(self.redis.smembers(_chat_key(chat_id)))
        requests = [r for r in (self.get(i) for i in ids) if r is not None]
        grants = [f for f in self.redis.hkeys(GRANTS) if f.split(":")[1] == str(chat_id)]
        pipe = self.redis.pipeline(transaction=True)
        for request in requests:
            pipe.delete(_request_key(request.id), _result_key(chat_id, request.result_key))
            pipe.zrem(WAITING, request.id)
        pipe.delete(_chat_key(chat_id))
        if grants:
            pipe.hdel(GRANTS, *grants)
        pipe.hdel(REQUIRED, str(chat_id))
        pipe.xadd(ARCHIVE, _event_fields(event))
        pipe.execute()
        return len(requests)

    def put_grant(self, grant: RoleGrant, event: ArchiveEvent) -> None:
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(GRANTS, _grant_field(grant.role, grant.chat_id, grant.user.id), grant.model_dump_json())
        pipe.xadd(ARCHIVE, _event_fields(event))
        pipe.execute()

    def drop_grant(self, role: Role, chat_id: int, user_id: int, event: ArchiveEvent) -> bool:
        if not self.redis.hdel(GRANTS, _grant_field(role, chat_id, user_id)):
            return False
        self.append(event)
        return True

    def grants(self) -> list[RoleGrant]:
        found = [RoleGrant.model_validate_json(raw) for raw in self.redis.hvals(GRANTS)]
        return sorted(found, key=lambda g: (g.chat_id, g.role, g.user.id))

    def set_required(self, chat_id: int, required: bool | None, event: ArchiveEvent) -> None:
        pipe = self.redis.pipeline(transaction=True)
        if required is None:
            pipe.hdel(REQUIRED, str(chat_id))
        else:
            pipe.hset(REQUIRED, str(chat_id), json.dumps(required))
        pipe.xadd(ARCHIVE, _event_fields(event))
        pipe.execute()

    def required_by_chat(self) -> dict[int, bool]:
        return {int(chat): bool(json.loads(flag)) for chat, flag in self.redis.hgetall(REQUIRED).items()}

    def append(self, event: ArchiveEvent) -> None:
        self.redis.xadd(ARCHIVE, _event_fields(event))

    def _entries(self) -> Iterator[tuple[str, dict[str, str]]]:
        low = "-"
        while True:
            page = self.redis.xrange(ARCHIVE, min=low, max="+", count=PAGE)
            yield from page
            if len(page) < PAGE:
                return
            low = "(" + page[-1][0]

    def events(self, since: datetime | None = None, until: datetime | None = None) -> list[ArchiveEvent]:
        out = []
        for n, (_, fields) in enumerate(self._entries(), start=1):
            event = ArchiveEvent.model_validate_json(fields["json"]).model_copy(update={"seq": n})
            if (since is None or event.at >= since) and (until is None or event.at < until):
                out.append(event)
        out.sort(key=lambda e: (e.at, e.seq or 0))
        return out
