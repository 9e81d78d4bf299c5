"""Run one worker of a distributed crawl in this process (``unionwatch crawl --redis URL``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import redis
from scrapy.crawler import CrawlerProcess

from crawler.distributed.keys import Keys
from crawler.distributed.member import member_for
from crawler.distributed.spider import RedisSet, WorkerSpiderMixin
from crawler.registry import Source
from crawler.runner import SLOT_DELAY_FLOOR, crawl_settings


class RedisUnavailable(Exception):
    """The Redis URL is malformed or its server does not answer."""


@dataclass
class WorkerResult:
    """What one worker did."""

    worker_id: str
    crawl_id: str | None
    role: str | None
    requests: int
    records: int
    finish_reason: str


def connect(url: str) -> Any:
    """A client for ``url`` (redis://HOST:PORT/DB), checked with PING."""
    try:
        server = redis.Redis.from_url(url, socket_connect_timeout=10)
        server.ping()
    except (ValueError, redis.RedisError) as exc:
        raise RedisUnavailable(f"cannot use Redis at {url}: {exc}") from None
    return server


def digest(sources: list[Source], options: dict[str, Any]) -> str:
    """What every worker of one crawl must agree on: the sources and the crawl options."""
    payload = {"sources": sorted((s.id, list(s.listing_urls)) for s in sources), **options}
    return hashlib.sha1(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def worker_settings(url: str, sources: list[Source], overrides: dict[str, Any]) -> Any:
    """The project's settings with the scrapy-redis scheduler and the worker's components."""
    settings = crawl_settings("", 0, sources, overrides)
    keys = Keys(settings.get("UNIONWATCH_REDIS_PREFIX") or Keys.prefix)
    # Politeness moves from each process's download slots to the shared queue, which spaces a
    # host's requests by its delay for all workers together; a worker still sends one request
    # at a time per host, without a delay of its own on top.
    slots = settings.getdict("DOWNLOAD_SLOTS")
    host_delays = {host: float(slot.get("delay", 0)) for host, slot in slots.items()}
    settings.setdict({
        "REDIS_URL": url,
        "SCHEDULER": "crawler.distributed.scheduler.LeasingScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.queue.HostQueue",
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "SCHEDULER_SERIALIZER": "crawler.distributed.serial",
        "SCHEDULER_PERSIST": True,
        "UNIONWATCH_REDIS_PREFIX": keys.prefix,
        "UNIONWATCH_FETCH_SINK": "crawler.distributed.components.push_fetch",
        "SPIDER_MIDDLEWARES": {"crawler.distributed.components.LeaseMiddleware": 10},
        "ITEM_PIPELINES": {
            "crawler.pipelines.NormalizePipeline": 100,
            "crawler.distributed.components.RedisValidatePipeline": 200,
            "crawler.distributed.components.RedisPushPipeline": 300,
        },
        "LOG_INSTALL_ROOT_HANDLER": False,
        # A worker has no store: no run of its own, and no WARC archive (which names its run).
        "UNIONWATCH_RUN_ID": None,
        "UNIONWATCH_ARCHIVE": False,
        "UNIONWATCH_REDIS_DELAY": settings.getfloat("DOWNLOAD_DELAY"),
        "UNIONWATCH_REDIS_HOST_DELAYS": host_delays,
        "DOWNLOAD_DELAY": SLOT_DELAY_FLOOR,
        "DOWNLOAD_SLOTS": {host: {"concurrency": 1, "delay": SLOT_DELAY_FLOOR} for host in slots},
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,
        # The worker's result reports Scrapy's count of the requests it sent.
        "DOWNLOADER_STATS": True,
    }, priority="cmdline")
    return settings


def run_worker(url: str, sources: list[Source], spider_cls: type, *, full: bool = False,
               overrides: dict[str, Any] | None = None) -> WorkerResult:
    """Crawl ``sources`` with ``spider_cls`` as one worker until the shared crawl is over
    (one Twisted reactor per process: call once)."""
    server = connect(url)
    settings = worker_settings(url, sources, dict(overrides or {}))
    keys = Keys(settings.get("UNIONWATCH_REDIS_PREFIX"))
    settings.set("UNIONWATCH_REDIS_DIGEST", digest(sources, {
        "full": full, "max_pages": settings.getint("UNIONWATCH_MAX_PAGES"),
    }), priority="cmdline")
    spider = type(f"Worker{spider_cls.__name__}", (WorkerSpiderMixin, spider_cls), {})
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    known = {} if full else {s.id: RedisSet(server, keys.known) for s in sources}
    skipped = None if full else RedisSet(server, keys.skipped)
    process.crawl(crawler, sources=sources, known=known, full=full, skipped_links=skipped)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    member = member_for(crawler)
    return WorkerResult(
        worker_id=member.id, crawl_id=member.crawl_id, role=member.role,
        requests=int(stats.get("downloader/request_count", 0)), records=member.pushed,
        finish_reason=str(stats.get("finish_reason", "unknown")),
    )
