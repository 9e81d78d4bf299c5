"""A worker's Scrapy components: what it writes goes to Redis records instead of SQLite.

- ``LeaseMiddleware`` (spider middleware, nearest the engine): a leased request is acknowledged
  only when the requests its callback yielded are queued in Redis and the items it yielded are
  through the pipelines (pushed, or dropped with their reason pushed).
- ``push_fetch`` (``UNIONWATCH_FETCH_SINK``): each ``fetches`` row travels as a ``fetch`` record.
- ``RedisValidatePipeline``: an ``extraction`` record for each page that is not an article.
- ``RedisPushPipeline``: one ``article`` record per article (normalised and validated here, on
  the worker, so the writer only stores).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import Request, signals

from crawler.distributed.member import member_for
from crawler.distributed.scheduler import LEASE
from crawler.pipelines import ValidatePipeline
from crawler.store import now_iso

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def lease_of(response: Any) -> str | None:
    """The lease of the request behind a response (None for responses without one)."""
    try:
        return response.meta.get(LEASE)
    except AttributeError:  # a Failure, or a response without its request
        return None


class LeaseMiddleware:
    """Acknowledge each leased request once everything it produced is durable."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseMiddleware:
        return cls(crawler)

    async def process_spider_output(self, response: Any, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        lease = lease_of(response)
        if lease is None:
            async for element in result:
                yield element
            return
        book = member_for(self.crawler).book
        book.begin(lease)
        try:
            async for element in result:
                if isinstance(element, Request):
                    # Scheduled here rather than by the scraper, which may still hold it in a
                    # queue when the callback is exhausted: now it is in Redis before the lease ends.
                    self.crawler.engine.crawl(element)
                    continue
                if element is not None:
                    book.begin(lease)
                yield element
        finally:
            book.end(lease)

    def item_done(self, item: Any, response: Any = None, **kwargs: Any) -> None:
        lease = lease_of(response)
        if lease is not None:
            member_for(self.crawler).book.end(lease)


def push_fetch(crawler: Crawler, row: dict[str, Any]) -> None:
    """The fetch log of a worker (``crawler.fetchlog.record``): rows go to the writer."""
    row.pop("run_id", None)  # the writer knows the run
    row["fetched_at"] = now_iso()  # when it was fetched, not when it was written
    member_for(crawler).push("fetch", row)


class RedisValidatePipeline(ValidatePipeline):
    """Drop pages that are not articles; the reason travels as an ``extraction`` record."""

    def record(self, adapter: ItemAdapter, outcome: str) -> None:
        url = adapter.get("fetched_url") or adapter.get("url")
        if url:
            member_for(self.crawler).push("extraction", {"url": url, "outcome": outcome})


class RedisPushPipeline:
    """Push each article to the records list for ``unionwatch ingest``."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisPushPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        member_for(self.crawler).push("article", {k: adapter.get(k) for k in adapter.field_names()})
        self.crawler.stats.inc_value("unionwatch/articles/pushed")
        return item
