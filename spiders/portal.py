"""PortalSpider: one spider for every registry source; listing -> pages -> articles -> items."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date
from typing import Any

import scrapy
from scrapy.http import Response

from crawler.extract import decode_html, extract_article, extract_listing
from crawler.items import Article
from crawler.registry import Source
from crawler.urls import canonicalize, netloc_of, same_site
from spiders.families import hints_for


class PortalSpider(scrapy.Spider):
    """Crawl the "Tin hoạt động" listings of registry sources and extract their articles.

    ``known`` maps source ids to canonical article URLs already stored: those are not fetched
    again (unless ``full``), and a listing stops paging after a page that brings nothing new,
    plus an overlap of ``UNIONWATCH_OVERLAP_PAGES`` pages.
    """

    name = "portal"

    def __init__(
        self,
        sources: list[Source],
        known: dict[str, set[str]] | None = None,
        full: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.sources = {s.id: s for s in sources}
        self.known = known or {}
        self.full = full
        self.allowed_domains = sorted({d for s in sources for d in s.domains})
        self.requested: set[str] = set()

    # -- requests ---------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources.values():
            for url in source.listing_urls:
                yield self._listing_request(source, url, page=1, quiet_pages=0)

    def _meta(self, source: Source, url: str, kind: str, **extra: Any) -> dict[str, Any]:
        return {"source_id": source.id, "kind": kind, "download_slot": netloc_of(url), **extra}

    def _listing_request(self, source: Source, url: str, page: int, quiet_pages: int) -> scrapy.Request:
        self.requested.add(canonicalize(url))
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.failed,
            dont_filter=True,
            meta=self._meta(source, url, "listing", page=page, quiet_pages=quiet_pages),
        )

    def failed(self, failure: Any) -> None:
        """Download failures are recorded by the fetch log; count them per source."""
        source_id = failure.request.meta.get("source_id", "?")
        self.crawler.stats.inc_value(f"unionwatch/failed/{source_id}")

    # -- listings ---------------------------------------------------------------------------
    def _max_pages(self, source: Source) -> int:
        return source.max_pages or self.settings.getint("UNIONWATCH_MAX_PAGES", 5)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        source = self.sources[response.meta["source_id"]]
        html, _ = decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        hints = hints_for(source.family)
        selectors = {k: v for k, v in source.selectors.items() if k in ("article_links", "next_page")}
        if "next_page" not in selectors and hints.next_page:
            selectors["next_page"] = hints.next_page
        listing = extract_listing(html, response.url, selectors)
        known = self.known.get(source.id, set())
        new_here = 0
        self.crawler.stats.inc_value(f"unionwatch/listing_links/{source.id}", len(listing.articles))
        for listed in listing.articles:
            if not same_site(listed.url, source.domains):
                continue
            key = canonicalize(listed.url)
            if key in self.requested:
                continue
            self.requested.add(key)
            if key in known and not self.full:
                continue
            new_here += 1
            yield scrapy.Request(
                listed.url,
                callback=self.parse_article,
                errback=self.failed,
                meta=self._meta(
                    source, listed.url, "article",
                    listing_url=response.url, listing_date=listed.date,
                ),
            )
        yield from self._next_page(source, response, listing.next_url, new_here)

    def _next_page(self, source: Source, response: Response, next_url: str | None, new_here: int) -> Iterator[scrapy.Request]:
        page = response.meta.get("page", 1)
        quiet = 0 if new_here else response.meta.get("quiet_pages", 0) + 1
        overlap = self.settings.getint("UNIONWATCH_OVERLAP_PAGES", 1)
        if not next_url or page >= self._max_pages(source):
            return
        if not same_site(next_url, source.domains) or canonicalize(next_url) in self.requested:
            return
        if not self.full and quiet > overlap:
            return
        yield self._listing_request(source, next_url, page + 1, quiet)

    # -- articles ---------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Article]:
        source = self.sources[response.meta["source_id"]]
        html, encoding = decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        listing_date = response.meta.get("listing_date")
        selectors = {k: v for k, v in source.selectors.items() if k in ("title", "date", "body")}
        found = extract_article(
            html,
            response.url,
            selectors=selectors,
            body_hints=hints_for(source.family).body,
            listing_date=listing_date,
            default_year=int(listing_date[:4]) if listing_date else date.today().year,
        )
        url = found.canonical_url if found.canonical_url and same_site(found.canonical_url, source.domains) else response.url
        yield Article(
            url=url,
            source_id=source.id,
            title=found.title,
            text=found.text,
            published=found.published,
            author=found.author,
            body_html=found.body_html,
            fetched_url=response.url,
            listing_url=response.meta.get("listing_url"),
            unit=source.name,
            unit_level=source.unit_level,
            province=source.province,
            encoding=encoding,
            notes=found.notes,
        )
