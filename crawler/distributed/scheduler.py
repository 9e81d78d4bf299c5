"""The worker's scheduler: scrapy-redis's Scheduler with leases, heartbeats and a shared end.

What it changes in ``scrapy_redis.scheduler.Scheduler`` (which it subclasses rather than forks):

- a request is *leased*, not popped: taking it also records it in the worker's in-flight hash,
  and it leaves that hash only when its work is durable (``LeaseBook``). Requests of a worker
  whose heartbeat expires (``kill -9``, a frozen or cut-off machine) go back to the queue, as do
  a worker's own leases when it stops early or finds one it forgot;
- the duplicate filter and the queue are updated in one Lua step (scrapy-redis adds the
  fingerprint, then pushes: a crash between the two would lose the request for the crawl);
- a retry or redirect of a leased request acknowledges the original once the new one is queued;
  a retry's wait (backoff, ``Retry-After``) rests its host in Redis, for every worker;
- an idle worker does not close while any other worker may still add requests: the crawl ends
  for everyone when it is seeded, its queue is empty and no worker holds a lease;
- an idle worker asks Redis for work several times a second (Scrapy's own heartbeat is 5 s);
- stats are counted without the ``spider`` argument that Scrapy 2.19 deprecates.
"""

from __future__ import annotations

import collections
import logging
import time
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from crawler.distributed.member import MISMATCH, Member, member_for
from crawler.distributed.queue import LEASED, HostQueue, host_of
from crawler.retry import NOT_BEFORE

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

LEASE = "_uw_lease"  # request.meta: the lease id of a request this worker took from Redis
LOCAL = "_uw_local"  # request.meta: leased by the idle poll, handed to the engine directly
TICK = 0.2  # seconds between polls of an idle worker


class LeasingScheduler(Scheduler):
    """``SCHEDULER`` of a worker; ``SCHEDULER_QUEUE_CLASS`` must be ``HostQueue``."""

    crawler: Crawler
    member: Member
    queue: HostQueue

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeasingScheduler:
        instance = cls.from_settings(crawler.settings)
        instance.stats = crawler.stats
        instance.crawler = crawler
        instance.member = member_for(crawler)
        instance.local = collections.deque()
        instance.starved = False
        instance.closing = False
        instance.seq = 0
        instance.next_beat = 0.0
        instance.tick = None
        crawler.signals.connect(instance.spider_idle, signal=signals.spider_idle)
        return instance

    # -- lifecycle --------------------------------------------------------------------------------
    def open(self, spider: Any) -> None:
        super().open(spider)
        if not isinstance(self.queue, HostQueue):
            raise ValueError("the distributed scheduler needs crawler.distributed.queue.HostQueue")
        self.queue.delay_for = self._delay_for
        self.member.register()
        self.member.reap()
        settings = self.crawler.settings
        self.member.begin(settings.get("UNIONWATCH_REDIS_DIGEST", ""), len(getattr(spider, "sources", ())))
        if self.member.role == MISMATCH:
            raise CloseSpider("mismatch")
        self.tick = LoopingCall(self._tick)
        self.tick.start(TICK, now=False)

    def close(self, reason: str) -> None:
        if self.tick is not None and self.tick.running:
            self.tick.stop()
        returned = self.member.leave()
        if returned:
            logger.warning("gave back %d unfinished requests to the shared queue", returned)
        super().close(reason)

    def _delay_for(self, host: str) -> float:
        """The politeness delay of a host: its registry ``delay``, else the default delay."""
        settings = self.crawler.settings
        delays = settings.getdict("UNIONWATCH_REDIS_HOST_DELAYS")
        return float(delays.get(host, settings.getfloat("UNIONWATCH_REDIS_DELAY", 1.0)))

    # -- the scheduler interface ------------------------------------------------------------------
    def enqueue_request(self, request: Request) -> bool:
        if request.meta.pop(LOCAL, False):
            self.local.append(request)
            return True
        replaced = request.meta.pop(LEASE, None)  # a retry or redirect of a leased request
        # A retry's wait is this process's monotonic time: it becomes the host's rest in Redis.
        rest = request.meta.pop(NOT_BEFORE, 0.0) - time.monotonic() if NOT_BEFORE in request.meta else 0.0
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        queued = self.queue.push_unique(request, fingerprint, self.df.key, rest)
        if replaced is not None:
            self.member.book.ack(replaced)
        if not queued:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        if self.local:
            return self.local.popleft()
        request = self._lease()
        self.starved = request is None
        return request

    def has_pending_requests(self) -> bool:
        return bool(self.local) or len(self.queue) > 0

    def _lease(self) -> Request | None:
        self.seq += 1
        lease_id = str(self.seq)
        try:
            kind, value = self.queue.lease(self.member.inflight, lease_id)
        except ValueError:  # a request this spider cannot rebuild: left to the requeue limit
            logger.exception("cannot rebuild a queued request")
            return None
        if kind != LEASED:
            return None
        value.meta[LEASE] = lease_id
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return value

    # -- idle and the end of the crawl ------------------------------------------------------------
    def spider_idle(self, spider: Any) -> None:
        if not self.closing:
            raise DontCloseSpider

    def _tick(self) -> None:
        try:
            self._poll()
        except Exception:  # Redis away for a moment: try again next tick
            logger.exception("distributed scheduler poll failed")

    def _poll(self) -> None:
        now = time.monotonic()
        if now >= self.next_beat:
            self.member.heartbeat()
            self.member.reap()
            self.next_beat = now + self.member.lease_seconds / 3
        engine = self.crawler.engine
        if self.closing or engine is None or self.local or not self.starved:
            return
        request = self._lease()
        if request is not None:  # wake the engine: the request comes straight back as local
            self.starved = False
            request.meta[LOCAL] = True
            engine.crawl(request)
            return
        if not engine.spider_is_idle():
            return
        if self.member.server.hlen(self.member.inflight):
            self.member.give_back()  # leases this idle worker no longer works on
            return
        if self.member.take_over_seeding():
            self.seed()
            return
        if self.member.finish_if_done() == "done":
            self.closing = True
            deferred_from_coro(engine.close_spider_async(reason="finished"))

    def seed(self) -> None:
        """Queue the spider's start requests (a crawl's first worker, or whoever takes over from
        a seeder that died), then mark the crawl seeded."""
        for request in self.spider.listing_starts():
            self.crawler.engine.crawl(request)
        self.member.seeded()

__all__ = ["LEASE", "LOCAL", "LeasingScheduler", "host_of"]
