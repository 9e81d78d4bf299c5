"""This process as a member of a distributed crawl: heartbeat, leases, records, the crawl's state.

One ``Member`` per crawler (``member_for``), shared by the scheduler, the middlewares and the
pipelines of a worker.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from typing import TYPE_CHECKING, Any

from scrapy_redis.connection import get_redis_from_settings

from crawler.distributed import scripts
from crawler.distributed.keys import Keys

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

SEED, JOIN, MISMATCH = "seed", "join", "mismatch"


def new_worker_id() -> str:
    """host-pid-random: unique across machines and restarts."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class LeaseBook:
    """What each leased request still owes before it is acknowledged (removed from the worker's
    in-flight hash): its callback's output and the items that output sent to the pipelines."""

    def __init__(self, server: Any, inflight_key: str) -> None:
        self.server, self.key = server, inflight_key
        self.owed: dict[str, int] = {}

    def begin(self, lease: str) -> None:
        self.owed[lease] = self.owed.get(lease, 0) + 1

    def end(self, lease: str) -> None:
        """One piece of the lease's work is durable; acknowledge when nothing else is owed."""
        left = self.owed.get(lease, 0) - 1
        if left > 0:
            self.owed[lease] = left
            return
        self.owed.pop(lease, None)
        self.ack(lease)

    def ack(self, lease: str) -> None:
        self.server.hdel(self.key, lease)


class Member:
    """Redis-side identity and duties of one worker process."""

    def __init__(self, server: Any, keys: Keys, worker_id: str, lease_seconds: float,
                 max_requeues: int) -> None:
        self.server, self.keys, self.id = server, keys, worker_id
        self.lease_seconds, self.max_requeues = lease_seconds, max_requeues
        self.inflight = keys.inflight(worker_id)
        self.book = LeaseBook(server, self.inflight)
        self.crawl_id: str | None = None
        self.role: str | None = None
        self.pushed = 0
        self._requeue = server.register_script(scripts.REQUEUE)
        self._begin = server.register_script(scripts.BEGIN)
        self._take_over = server.register_script(scripts.TAKE_OVER_SEEDING)
        self._finish = server.register_script(scripts.FINISH_IF_DONE)

    @classmethod
    def from_settings(cls, settings: Any) -> Member:
        return cls(
            get_redis_from_settings(settings),
            Keys(settings.get("UNIONWATCH_REDIS_PREFIX") or Keys.prefix),
            settings.get("UNIONWATCH_REDIS_WORKER") or new_worker_id(),
            settings.getfloat("UNIONWATCH_REDIS_LEASE_SECONDS", 30.0),
            settings.getint("UNIONWATCH_REDIS_MAX_REQUEUES", 3),
        )

    # -- liveness ------------------------------------------------------------------------------
    def heartbeat(self) -> None:
        self.server.set(self.keys.worker(self.id), "1", px=int(self.lease_seconds * 1000))

    def register(self) -> None:
        self.heartbeat()
        self.server.sadd(self.keys.workers, self.id)

    def leave(self) -> int:
        """Give back what this worker still holds and stop being a member."""
        returned = self.give_back()
        self.server.srem(self.keys.workers, self.id)
        self.server.delete(self.keys.worker(self.id))
        return returned

    def _requeue_of(self, worker_id: str, own: bool) -> int:
        keys = self.keys
        return int(self._requeue(
            keys=[keys.worker(worker_id), keys.inflight(worker_id), f"{keys.requests}:hosts",
                  f"{keys.requests}:next", f"{keys.requests}:count", keys.requeued, keys.dead,
                  keys.workers],
            args=[f"{keys.requests}:q:", worker_id, self.max_requeues, "1" if own else "0"],
        ))

    def give_back(self) -> int:
        """Requeue every request this worker has leased (it will not finish them)."""
        self.book.owed.clear()
        return self._requeue_of(self.id, own=True)

    def reap(self) -> int:
        """Requeue the leases of workers whose heartbeat expired (killed, frozen, cut off)."""
        returned = 0
        for member in self.server.smembers(self.keys.workers):
            worker_id = member.decode() if isinstance(member, bytes) else member
            if worker_id != self.id:
                returned += max(self._requeue_of(worker_id, own=False), 0)
        return returned

    # -- the crawl -------------------------------------------------------------------------------
    def begin(self, digest: str, sources: int) -> str:
        """Join the running crawl or start the next one: ``role`` is SEED, JOIN or MISMATCH
        (the running crawl has other sources or options than this worker)."""
        role, crawl_id = self._begin(
            keys=[self.keys.crawl, self.keys.crawl_seq, self.keys.dupefilter, self.keys.requeued,
                  self.keys.dead],
            args=[self.id, digest, sources],
        )
        self.crawl_id, self.role = _text(crawl_id), _text(role) or MISMATCH
        return self.role

    def seeded(self) -> None:
        """Every start request is queued: the crawl may now end when its queue drains."""
        pipe = self.server.pipeline()
        pipe.hget(self.keys.crawl, "seeder")
        pipe.hget(self.keys.crawl, "id")
        seeder, crawl_id = pipe.execute()
        if _text(seeder) == self.id and _text(crawl_id) == self.crawl_id:
            self.server.hset(self.keys.crawl, "state", "running")

    def take_over_seeding(self) -> bool:
        return bool(self._take_over(keys=[self.keys.crawl],
                                    args=[self.crawl_id, self.id, self.keys.worker_prefix]))

    def finish_if_done(self) -> str:
        """'done' when the crawl is over (this call may be the one that ends it)."""
        state = self._finish(
            keys=[self.keys.crawl, f"{self.keys.requests}:count", self.keys.workers],
            args=[self.crawl_id, self.keys.inflight_prefix],
        )
        return _text(state) or "done"

    # -- records -------------------------------------------------------------------------------
    def push(self, kind: str, data: dict[str, Any]) -> None:
        """Append one record for the writer (``ingest``); synchronous, so durable on return."""
        self.pushed += 1
        record = {"kind": kind, "crawl": self.crawl_id, "worker": self.id,
                  "id": f"{self.id}:{self.pushed}", "at": time.time(), "data": data}
        self.server.rpush(self.keys.items, json.dumps(record, ensure_ascii=False, default=str))


def _text(value: Any) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


def member_for(crawler: Crawler) -> Member:
    """The crawler's one ``Member``, made on first use."""
    member = getattr(crawler, "_unionwatch_member", None)
    if member is None:
        member = Member.from_settings(crawler.settings)
        crawler._unionwatch_member = member  # type: ignore[attr-defined]
    return member
