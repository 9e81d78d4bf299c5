"""Downloader middleware that records one ``fetches`` row per request, with its outcome."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import IgnoreRequest

from crawler import store
from crawler.pipelines import store_for
from crawler.urls import netloc_of

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


def outcome_of(status: int) -> str:
    """ok, not_modified or http_<status> for an HTTP status."""
    if status == 304:
        return "not_modified"
    if status < 400:
        return "ok"
    return f"http_{status}"


def cause_of(exception: BaseException) -> str:
    """A short, stable name for why a request failed."""
    name = type(exception).__name__
    text = str(exception).lower()
    if isinstance(exception, IgnoreRequest):
        if "robots" in text or "forbidden by robots" in text:
            return "robots"
        if "offsite" in text:
            return "offsite"
        return "ignored"
    if "timeout" in name.lower() or "timed out" in text:
        return "timeout"
    if "refused" in text or "ConnectionRefused" in name:
        return "refused"
    if "maxsize" in text or "larger than download" in text or "cancelled" in text:
        return "too_large"
    if "dns" in name.lower() or "lookup" in text:
        return "dns"
    return name


class FetchLogMiddleware:
    """Write every final response and download failure to ``fetches`` through the store."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run_id = crawler.settings.get("UNIONWATCH_RUN_ID")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchLogMiddleware:
        return cls(crawler)

    def _record(self, request: Request, **values: Any) -> None:
        started = request.meta.get("_uw_started")
        elapsed = int((time.monotonic() - started) * 1000) if started else None
        kind = request.meta.get("kind") or (
            "robots" if request.url.endswith("/robots.txt") else "other"
        )
        store.record_fetch(
            store_for(self.crawler),
            run_id=self.run_id,
            source_id=request.meta.get("source_id") or self._source_of_host(request.url),
            url=request.url,
            kind=kind,
            elapsed_ms=elapsed,
            **values,
        )

    def _source_of_host(self, url: str) -> str | None:
        """robots.txt and other host-level requests count against the host's source."""
        lookup = getattr(self.crawler.spider, "source_for_host", None)
        return lookup(netloc_of(url)) if lookup else None

    def process_request(self, request: Request) -> None:
        request.meta.setdefault("_uw_started", time.monotonic())
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        self._record(
            request,
            status=response.status,
            outcome=outcome_of(response.status),
            bytes=len(response.body),
        )
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self._record(request, status=None, outcome=cause_of(exception), error=str(exception)[:500])
        return None
