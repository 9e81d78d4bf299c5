"""The shared request queue: one FIFO list per host, hosts ordered by when they may be asked again.

A scrapy-redis queue class (``SCHEDULER_QUEUE_CLASS``). scrapy-redis's own queues hand out
requests in priority or arrival order, so a worker takes a listing page's twenty links to one
host in a row and politeness holds only inside each process: three workers would ask the same
small portal three pages at once. Here a request is taken from the host whose delay has passed
longest ago, and that host's next turn is set ``delay`` seconds later for every worker, on the
Redis server's clock. Request priority is not used (the registry spider sets none).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapy import Request
from scrapy_redis.queue import Base

from crawler.distributed import scripts
from crawler.urls import netloc_of

LEASED, WAIT, EMPTY = 2, 1, 0


def host_of(request: Request) -> str:
    """The politeness slot of a request: its ``download_slot``, else host and port."""
    return str(request.meta.get("download_slot") or netloc_of(request.url))


class HostQueue(Base):
    """Per-host FIFO queues under ``key``: ``key:q:<host>`` lists, ``key:hosts`` (host -> time it
    may be asked next, only hosts with waiting requests), ``key:next`` (the same for every host
    seen), ``key:delay`` (host -> seconds) and ``key:count`` (requests waiting)."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.hosts, self.next, self.delays = f"{self.key}:hosts", f"{self.key}:next", f"{self.key}:delay"
        self.count, self.queue_prefix = f"{self.key}:count", f"{self.key}:q:"
        self.delay_for: Callable[[str], float] = lambda host: 0.0
        self._enqueue = server.register_script(scripts.ENQUEUE)
        self._lease = server.register_script(scripts.LEASE)

    def __len__(self) -> int:
        return int(self.server.get(self.count) or 0)

    def push(self, request: Request) -> None:
        self.push_unique(request, "", "")

    def push_unique(self, request: Request, fingerprint: str, dupefilter_key: str,
                    rest: float = 0.0) -> bool:
        """Queue ``request`` unless ``fingerprint`` (when given) is already in ``dupefilter_key``;
        both in one step. ``rest``: seconds before its host may be asked again, for every
        worker (a retry's wait). Returns whether it was queued."""
        host = host_of(request)
        keys = [dupefilter_key or self.hosts, self.hosts, self.queue_prefix + host, self.next,
                self.delays, self.count]
        args = [fingerprint, host, self._encode_request(request), repr(float(self.delay_for(host))),
                repr(max(float(rest), 0.0))]
        return bool(self._enqueue(keys=keys, args=args))

    def lease(self, inflight_key: str, lease_id: str) -> tuple[int, Any]:
        """(LEASED, request) | (WAIT, seconds until a host is ready) | (EMPTY, None)."""
        reply = self._lease(
            keys=[self.hosts, self.next, self.delays, self.count, inflight_key],
            args=[self.queue_prefix, lease_id],
        )
        kind = int(reply[0])
        if kind == LEASED:
            return LEASED, self._decode_request(reply[1])
        if kind == WAIT:
            return WAIT, float(reply[1])
        return EMPTY, None

    def pop(self, timeout: int = 0) -> Request | None:
        """A request without a lease (scrapy-redis's interface; workers use ``lease``)."""
        raise NotImplementedError("HostQueue hands out requests only as leases")

    def clear(self) -> None:
        hosts = self.server.zrange(self.hosts, 0, -1)
        names = [self.queue_prefix + (h.decode() if isinstance(h, bytes) else h) for h in hosts]
        self.server.delete(self.hosts, self.next, self.delays, self.count, *names)
