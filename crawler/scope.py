"""Keep every request on http(s) and inside its own source's allowed domains.

Scrapy's OffsiteMiddleware checks one list of domains for the whole spider (the union of every
source's), lets through requests marked ``dont_filter`` (listing pages, and whatever they
redirect to), and drops the rest silently when they are scheduled. This middleware replaces it:
each request is checked against the domains of the source it belongs to (``meta["source_id"]``),
redirect and meta-refresh targets included, whatever ``dont_filter`` says; requests without a
source (robots.txt) must stay within the union. A refused request raises IgnoreRequest in the
downloader, so the fetch log records it with its cause (``offsite`` or ``scheme``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest

from crawler.urls import host_of, is_http, same_site

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler


class OffsiteRequest(IgnoreRequest):
    """A request outside its source's allowed domains."""


class SchemeRequest(IgnoreRequest):
    """A request for anything but an http(s) URL."""


class SourceScopeMiddleware:
    """Downloader middleware: refuse non-http(s) URLs and hosts outside the request's source."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceScopeMiddleware:
        return cls(crawler)

    def domains_for(self, request: Request) -> tuple[str, ...]:
        spider = self.crawler.spider
        source = getattr(spider, "sources", {}).get(request.meta.get("source_id"))
        if source is not None:
            return tuple(source.domains)
        return tuple(getattr(spider, "allowed_domains", None) or ())

    def process_request(self, request: Request) -> None:
        if not is_http(request.url):
            self.crawler.stats.inc_value("unionwatch/refused/scheme")
            raise SchemeRequest(f"scheme: not an http(s) URL: {request.url[:200]}")
        domains = self.domains_for(request)
        if domains and not same_site(request.url, domains):
            self.crawler.stats.inc_value("unionwatch/refused/offsite")
            source = request.meta.get("source_id") or "the crawl"
            raise OffsiteRequest(f"offsite: {host_of(request.url)} is outside {source}'s domains ({', '.join(domains)})")
        return None
