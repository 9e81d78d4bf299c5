"""Downloader middleware that records one ``fetches`` row per request, with its outcome.

Every way a request can end is recorded once, with a short stable cause in ``outcome``:
``ok``, ``not_modified``, ``http_<status>`` (3xx not followed included), ``timeout``,
``refused``, ``dns``, ``tls``, ``reset``, ``data_loss`` (the body stopped short of its
Content-Length), ``too_large`` (DOWNLOAD_MAXSIZE, while downloading or inflating), ``robots``,
``offsite``, ``scheme``, ``redirect_loop``; anything else by its exception's class name.
Refusals raised inside other middlewares' ``process_response`` reach ``record_refusal``
(crawler/guards.py); a redirect back to a page already requested is dropped by the scheduler's
duplicate filter and recorded from the ``request_dropped`` signal.
"""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.utils.misc import load_object
from twisted.internet import error as net_error
from twisted.web._newclient import ResponseFailed

from crawler import store
from crawler.pipelines import store_for
from crawler.urls import netloc_of

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

RECORDED = "_uw_recorded"  # request.meta key: this request already has its fetches row

_BY_TYPE: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, net_error.TimeoutError, TimeoutError), "timeout"),
    ((DownloadConnectionRefusedError, net_error.ConnectionRefusedError, ConnectionRefusedError), "refused"),
    ((CannotResolveHostError, net_error.DNSLookupError), "dns"),
    ((DownloadCancelledError,), "too_large"),
    ((ResponseDataLossError,), "data_loss"),
    ((ResponseFailed, net_error.ConnectionLost, net_error.ConnectionDone, ConnectionResetError), "reset"),
)


def outcome_of(status: int) -> str:
    """ok (2xx), not_modified (304) or http_<status> for an HTTP status."""
    if status == 304:
        return "not_modified"
    if 200 <= status < 300:
        return "ok"
    return f"http_{status}"


def cause_of(exception: BaseException) -> str:
    """A short, stable name for why a request failed."""
    text = str(exception).lower()
    if isinstance(exception, IgnoreRequest):
        for word, cause in (("robots", "robots"), ("offsite", "offsite"), ("scheme", "scheme"),
                            ("redirection", "redirect_loop"), ("download_maxsize", "too_large")):
            if word in text:
                return cause
        return "ignored"
    for types, cause in _BY_TYPE:
        if isinstance(exception, types):
            return cause
    if isinstance(exception, DownloadFailedError) or "ssl" in text or "tls" in text:
        return "tls" if ("ssl" in text or "tls" in text or "certificate" in text) else "reset"
    return type(exception).__name__


def _elapsed(request: Request) -> int | None:
    started = request.meta.get("_uw_started")
    return int((time.monotonic() - started) * 1000) if started else None


def _source_of_host(crawler: Crawler, url: str) -> str | None:
    """robots.txt and other host-level requests count against the host's source."""
    lookup = getattr(crawler.spider, "source_for_host", None)
    return lookup(netloc_of(url)) if lookup else None


def record(crawler: Crawler, request: Request, **values: Any) -> None:
    """Write the request's ``fetches`` row (once per request object)."""
    if request.meta.get(RECORDED):
        return
    request.meta[RECORDED] = True
    kind = request.meta.get("kind") or ("robots" if request.url.endswith("/robots.txt") else "other")
    row = dict(
        run_id=crawler.settings.get("UNIONWATCH_RUN_ID"),
        source_id=request.meta.get("source_id") or _source_of_host(crawler, request.url),
        url=request.url,
        kind=kind,
        elapsed_ms=_elapsed(request),
        **values,
    )
    sink = crawler.settings.get("UNIONWATCH_FETCH_SINK")
    if sink:  # a distributed worker sends its rows to the writer instead
        _sink(sink)(crawler, row)
        return
    store.record_fetch(store_for(crawler), **row)


@functools.cache
def _sink(path: str) -> Any:
    return load_object(path)


def record_refusal(crawler: Crawler, request: Request, cause: str, error: str, response: Response | None = None) -> None:
    """Record a response another middleware refused (see crawler/guards.py)."""
    record(
        crawler, request, status=response.status if response is not None else None,
        outcome=cause, error=error[:500], bytes=len(response.body) if response is not None else None,
    )


class FetchLogMiddleware:
    """Write every final response and download failure to ``fetches`` through the store."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchLogMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        request.meta.setdefault("_uw_started", time.monotonic())
        request.meta.pop(RECORDED, None)  # a retry or redirect copies meta: it is a new request
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        error = request.meta.get("uw_note")
        if 300 <= response.status < 400 and response.status != 304:
            location = response.headers.get("Location", b"").decode("latin-1")
            error = f"redirect not followed: {location[:300]}"
        record(
            self.crawler, request, status=response.status, outcome=outcome_of(response.status),
            bytes=len(response.body), error=error,
        )
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        record(self.crawler, request, status=None, outcome=cause_of(exception), error=str(exception)[:500] or type(exception).__name__)
        return None

    def request_dropped(self, request: Request, spider: Any = None) -> None:
        """A redirect back to a URL already requested: the scheduler drops it as a duplicate."""
        hops = request.meta.get("redirect_urls")
        if hops:
            record(self.crawler, request, status=None, outcome="redirect_loop",
                   error=f"redirected back to a page already requested after {len(hops)} hops")
