"""PortalSpider: one spider for every registry source; listing -> pages -> articles -> items."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import observe, store, store_ops
from crawler.archive import READ
from crawler.dates import VN_TZ
from crawler.fetchlog import cause_of, outcome_of
from crawler.incremental import (
    KnownArticle,
    ListingState,
    in_window,
    listing_fingerprint,
)
from crawler.items import Article
from crawler.pipelines import store_for
from crawler.registry import Source
from crawler.urls import canonicalize, netloc_of, same_site
from spiders.offload import Offload
from spiders.page import ListingRead, article_job, listing_job


def _transient(failure: Any) -> bool:
    """Whether a failed request may well succeed next time (time-outs, 5xx, 429, resets)."""
    if failure.check(HttpError):
        status = failure.value.response.status
        return status >= 500 or status in (408, 429)
    return not failure.check(IgnoreRequest)


class PortalSpider(scrapy.Spider):
    """Crawl the "Tin hoạt động" listings of registry sources and extract their articles.

    Incremental unless ``full``: a listing page is asked for with the validators of the last
    completed crawl (``states``) and a 304 ends that listing; ``known`` articles are not fetched
    again, except those dated within ``UNIONWATCH_RECHECK_DAYS`` when their listing page changed,
    and one "canary" when the listing's markup changed; paging stops after a page that brings
    nothing new, plus ``UNIONWATCH_OVERLAP_PAGES`` pages, or at once when the page's items are
    exactly those seen last time. Sources in ``probe`` (broken by a layout change) are read
    without validators and with a canary every run, until they work again.
    Sources in ``resume`` (whose last run was killed or stopped early, so that what it stored
    may be any part of a listing) are read to the end of their listings, without validators,
    still skipping known articles.
    """

    name = "portal"

    def __init__(
        self,
        sources: list[Source],
        known: Mapping[str, Iterable[str] | Mapping[str, KnownArticle]] | None = None,
        full: bool = False,
        states: Mapping[str, ListingState] | None = None,
        probe: Iterable[str] = (),
        skipped: Mapping[str, Iterable[str]] | None = None,
        resume: set[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.resume = set(resume or ())
        self.sources = {s.id: s for s in sources}
        self.known: dict[str, Mapping[str, KnownArticle | None]] = {
            sid: urls if isinstance(urls, Mapping) else dict.fromkeys(urls)
            for sid, urls in (known or {}).items()
        }
        self.full = full
        self.probe = set(probe)
        self.skipped = {url for urls in (skipped or {}).values() for url in urls}
        self.seen_urls: list[dict[str, Any]] = []
        self.canaries: set[str] = set()
        self.states = {canonicalize(url): state for url, state in (states or {}).items()}
        self.allowed_domains = sorted({d for s in sources for d in s.domains})
        self.requested: set[str] = set()
        self.seen_states: dict[str, dict[str, Any]] = {}
        self.unfinished_listings: set[str] = set()
        self.hosts: dict[str, str] = {}
        for source in sorted(sources, key=lambda s: s.id):
            for url in (source.url, *source.listing_urls):
                self.hosts.setdefault(netloc_of(url), source.id)
        self.now = datetime.now(VN_TZ)
        self.offload = Offload(0)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.offload = Offload(crawler.settings.getint("UNIONWATCH_EXTRACT_WORKERS", 0))
        crawler.signals.connect(spider.offload.start, signal=signals.spider_opened)
        return spider

    def source_for_host(self, netloc: str) -> str | None:
        """The source a host-level request (robots.txt) is counted against."""
        return self.hosts.get(netloc)

    def _count(self, source: Source, counter: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(observe.key(source.id, counter), n)

    # -- requests ---------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self.listing_starts():
            yield request

    def listing_starts(self) -> Iterator[scrapy.Request]:
        """The first page of every listing URL of every source."""
        for source in self.sources.values():
            for url in source.listing_urls:
                yield self._listing_request(source, url, page=1, quiet_pages=0)

    def _meta(self, source: Source, url: str, kind: str, **extra: Any) -> dict[str, Any]:
        return {"source_id": source.id, "kind": kind, "download_slot": netloc_of(url), **extra}

    def _listing_request(self, source: Source, url: str, page: int, quiet_pages: int,
                         key: str | None = None) -> scrapy.Request:
        key = canonicalize(url) if key is None else key
        self.requested.add(key)
        state = None if self.full or source.id in self.probe or source.id in self.resume else self.states.get(key)
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.failed,
            dont_filter=True,
            headers=state.conditional_headers() if state else None,
            meta=self._meta(
                source, url, "listing", page=page, quiet_pages=quiet_pages,
                handle_httpstatus_list=[304],
            ),
        )

    def _article_request(self, source: Source, url: str, key: str, listing: Response, date: str | None,
                         known: KnownArticle | None = None, probe_only: bool = False) -> scrapy.Request:
        """The request of an article ``url`` (whose canonical URL is ``key``) listed on ``listing``."""
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.failed,
            dont_filter=known is not None,
            meta=self._meta(
                source, url, "article", listing_url=listing.url, listing_date=date, known=known,
                probe_only=probe_only, key=key,
            ),
        )

    def failed(self, failure: Any) -> None:
        """Download failures are recorded by the fetch log; count them per source, and keep a
        listing whose article failed transiently from being remembered as done."""
        meta = failure.request.meta
        self.crawler.stats.inc_value(f"unionwatch/failed/{meta.get('source_id', '?')}")
        if meta.get("kind") != "article":
            return
        if _transient(failure):
            self.unfinished_listings.add(canonicalize(meta["listing_url"]))
            self.crawler.stats.inc_value(observe.key(meta["source_id"], "articles_failed"))
        elif not meta.get("known"):  # a dead link: not asked for again (unless --full)
            value = failure.value
            outcome = outcome_of(value.response.status) if failure.check(HttpError) else cause_of(value)
            self.seen_urls.append({"url": meta["key"], "source_id": meta["source_id"],
                                   "article_url": None, "outcome": outcome})

    def _selector_misses(self, source: Source, misses: list[str]) -> None:
        for name in misses:
            self._count(source, f"selector_miss/{name}")

    # -- reading pages ----------------------------------------------------------------------
    def page_job(self, request: scrapy.Request, response: Response) -> tuple[Any, tuple] | None:
        """The pure job that reads a listing or article response (spiders/page.py) and its
        arguments: run by the archive middleware with the response's records, in one trip to
        a worker, or by ``_read``."""
        kind = request.meta.get("kind")
        source = self.sources.get(request.meta.get("source_id", ""))
        if source is None or kind not in ("listing", "article"):
            return None
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if kind == "listing":
            return listing_job, (source, response.url, response.body, content_type)
        return article_job, (source, response.url, response.body, content_type,
                             request.meta.get("listing_date"), request.meta.get("listing_url"))

    async def _read(self, response: Response) -> Any:
        """The page job's result: the one worked out with the archive records of this very
        response, else worked out now."""
        done = response.meta.pop(READ, None)
        if done is not None and done[0] == response.url and done[1] is response.body:
            _, _, ok, result = done
            if not ok:
                raise result
            return result
        job, args = self.page_job(response.request, response)  # type: ignore[misc]
        return await self.offload.run(job, *args)

    # -- listings ---------------------------------------------------------------------------
    def _max_pages(self, source: Source) -> int:
        return source.max_pages or self.settings.getint("UNIONWATCH_MAX_PAGES", 5)

    async def parse_listing(self, response: Response) -> AsyncIterator[scrapy.Request]:
        if response.status == 304:  # the page is as it was: nothing new on it or after it
            return
        read: ListingRead = await self._read(response)
        source = self.sources[response.meta["source_id"]]
        for request in self.follow_listing(source, response, read):
            yield request

    def follow_listing(self, source: Source, response: Response, read: ListingRead) -> Iterator[scrapy.Request]:
        """The article requests of a read listing page, and its next page."""
        self._selector_misses(source, read.misses)
        listed, layout = read.listed, read.layout
        state_key = canonicalize(response.url)
        before = self.states.get(state_key)
        fingerprint = listing_fingerprint(listed, read.keys)
        unchanged = before is not None and before.content_hash == fingerprint
        self._count(source, "listing_pages")
        self._count(source, "listing_links", len(listed))
        self._count(source, "listing_unchanged", int(unchanged))
        relaid = bool(before and before.layout and before.layout != layout)
        self._count(source, "layout_changed", int(relaid))
        self.seen_states[state_key] = {
            "url": state_key, "source_id": source.id,
            "etag": response.headers.get("ETag", b"").decode("latin-1") or None,
            "last_modified": response.headers.get("Last-Modified", b"").decode("latin-1") or None,
            "content_hash": fingerprint, "layout": layout, "links": len(listed),
            "last_fetched": store.now_iso(),
        }
        # Under new markup a known article is a probe of the extractor, never a new version.
        suspect = relaid or source.id in self.probe
        known = self.known.get(source.id, {})
        window = self.settings.getfloat("UNIONWATCH_RECHECK_DAYS", 7)
        new_here, rechecks, spare = 0, 0, []
        for item, key in zip(listed, read.keys, strict=True):
            if key in self.requested:
                continue
            self.requested.add(key)
            if key in self.skipped and not self.full:
                continue
            if self.full or key not in known:
                new_here += 1
                yield self._article_request(source, item.url, key, response, item.date)
                continue
            info = known[key]
            self._count(source, "listed_known")
            if info is not None and not unchanged and in_window(info.when, self.now, window):
                rechecks += 1
                yield self._article_request(source, item.url, key, response, item.date, info, suspect)
            elif info is not None:
                spare.append((item, key, info))
        if suspect and not rechecks and spare and source.id not in self.canaries:
            # A redesign, or a source broken by one: does extraction work on a known article?
            self.canaries.add(source.id)
            item, key, info = spare[0]
            yield self._article_request(source, item.url, key, response, item.date, info, probe_only=True)
        yield from self._next_page(source, response, read.next_url, read.next_key, new_here, unchanged)

    def _next_page(self, source: Source, response: Response, next_url: str | None, next_key: str | None,
                   new_here: int, unchanged: bool) -> Iterator[scrapy.Request]:
        page = response.meta.get("page", 1)
        quiet = 0 if new_here else response.meta.get("quiet_pages", 0) + 1
        overlap = self.settings.getint("UNIONWATCH_OVERLAP_PAGES", 1)
        if not next_url or page >= self._max_pages(source):
            return
        if not same_site(next_url, source.domains) or next_key in self.requested:
            return
        if not self.full and source.id not in self.resume and (quiet > overlap or (unchanged and not new_here)):
            return
        yield self._listing_request(source, next_url, page + 1, quiet, next_key)

    # -- articles ---------------------------------------------------------------------------
    async def parse_article(self, response: Response) -> AsyncIterator[Article]:
        source = self.sources[response.meta["source_id"]]
        found, item, misses = await self._read(response)
        self._selector_misses(source, misses)
        self._count(source, "articles")
        if not found.title or not found.text:
            self._count(source, "not_articles")
            if not response.meta.get("known"):
                self.seen_urls.append({"url": response.meta["key"], "source_id": source.id,
                                       "article_url": None, "outcome": "not_article"})
        known: KnownArticle | None = response.meta.get("known")
        if known is not None:
            self._count(source, "rechecked")
            lost = [f for f, had, has in (
                ("title", True, found.title), ("text", True, found.text),
                ("published", known.has_date, found.published),
                ("author", known.has_author, found.author),
            ) if had and not has]
            for name in lost:
                self._count(source, f"lost/{name}")
            if lost or response.meta.get("probe_only"):
                return  # a degraded (or unproven) extraction never replaces the stored version
        elif found.title and found.text:
            self._count(source, "new_articles")
            self._count(source, "new_no_date", int(not found.published))
            self._count(source, "new_no_author", int(not found.author))
        if canonicalize(item.url) != response.meta["key"] and found.title and found.text:
            self.seen_urls.append({"url": response.meta["key"], "source_id": source.id,
                                   "article_url": canonicalize(item.url), "outcome": "alias"})
        yield item

    # -- end --------------------------------------------------------------------------------
    def closed(self, reason: str) -> None:
        """Remember the listings only after a crawl that finished: a killed or interrupted run
        leaves the old validators, so the next run reads those listings again in full."""
        self.offload.close()
        db = store_for(self.crawler)
        store_ops.save_seen_urls(db, self.seen_urls)
        if reason != "finished":
            return
        rows = [r for k, r in self.seen_states.items() if k not in self.unfinished_listings]
        store_ops.save_listing_states(db, rows)
