"""Retries that wait: Retry-After when the server names a time, exponential backoff otherwise.

Scrapy 2.19's RetryMiddleware re-sends a failed request at once and ignores Retry-After, so a
portal answering 429 or 503 is asked again within milliseconds and the page is lost. This
subclass keeps its choices (which statuses and exceptions, how many times) and adds the waiting:

- a 429/503 with ``Retry-After`` (seconds or an HTTP date) pauses the whole host until then;
  a wait longer than ``UNIONWATCH_RETRY_AFTER_MAX`` is not waited for: the request fails now,
  with the server's answer recorded, and the next night tries again;
- any other retry waits ``UNIONWATCH_RETRY_BACKOFF`` x 2^(n-1) seconds (n = the retry's number),
  with +-25 % jitter, at most ``UNIONWATCH_RETRY_BACKOFF_MAX``.

A host's pause holds its download slot (the queue Scrapy keeps per host), so requests already
queued for it wait too; a retry's own backoff is waited in ``process_request``, before the
request joins the queue. Other hosts carry on meanwhile. The pause is taken on the
``response_downloaded`` signal: Scrapy sends the slot's next queued request as soon as that
signal's handlers return, before any middleware sees the answer, so a pause taken only in
``process_response`` would come one request too late.
"""

from __future__ import annotations

import asyncio
import random
import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

NOT_BEFORE = "uw_not_before"  # request.meta key: monotonic time before which it is not sent


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header value asks to wait (RFC 9110 §10.2.3), or None."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware with Retry-After and exponential backoff (see the module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        settings = crawler.settings
        self.base = settings.getfloat("UNIONWATCH_RETRY_BACKOFF", 1.0)
        self.cap = settings.getfloat("UNIONWATCH_RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("UNIONWATCH_RETRY_AFTER_MAX", 60.0)
        self.paused: dict[str, float] = {}  # download slot -> monotonic time it may resume
        self.random = random.Random(0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    def asked_wait(self, request: Request, response: Response) -> float | None:
        """Seconds this answer asks the crawler to leave its host alone, if it is one to retry."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return None
        return retry_after_seconds(response.headers.get("Retry-After"))

    def response_downloaded(self, response: Response, request: Request, spider: object = None) -> None:
        """Rest the host the moment a Retry-After arrives, before its slot sends the next request."""
        asked = self.asked_wait(request, response)
        if asked is not None and asked <= self.retry_after_max:
            self.hold_host(request, asked)

    def backoff(self, retry_number: int) -> float:
        """Seconds before retry number ``retry_number`` (1, 2, ...) when the server named none."""
        wait = min(self.cap, self.base * 2 ** (retry_number - 1))
        return wait * self.random.uniform(0.75, 1.25)

    def hold_host(self, request: Request, seconds: float) -> None:
        """Send nothing more to the request's host for ``seconds``: its download slot counts its
        last request as sent ``seconds`` from now (Scrapy measures the delay from there)."""
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        until = time.monotonic() + seconds
        self.paused[key] = max(self.paused.get(key, 0.0), until)
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.lastseen = max(slot.lastseen, until)
            slot.delay = max(slot.delay, 0.001)  # a zero delay skips the wait altogether

    async def process_request(self, request: Request) -> None:
        paused = self.paused.get(self.crawler.engine.downloader.get_slot_key(request), 0.0)
        wait = max(paused, request.meta.get(NOT_BEFORE, 0.0)) - time.monotonic()
        if wait > 0:
            self.crawler.stats.inc_value("unionwatch/retry/waited_seconds", round(wait, 3))
            await asyncio.sleep(wait)
        return None

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        asked = self.asked_wait(request, response)
        if asked is not None and asked > self.retry_after_max:
            request.meta["uw_note"] = f"Retry-After {asked:.0f} s is longer than {self.retry_after_max:.0f} s"
            self.crawler.stats.inc_value("unionwatch/retry/retry_after_too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if asked is not None:
            self.crawler.stats.inc_value("unionwatch/retry/retry_after")  # the host rests already
            retry.meta[NOT_BEFORE] = time.monotonic() + asked  # workers of a shared crawl rest the host
        else:
            retry.meta[NOT_BEFORE] = time.monotonic() + self.backoff(retry.meta["retry_times"])
        return retry

    def process_exception(self, request: Request, exception: Exception) -> Request | None:
        retry = super().process_exception(request, exception)
        if retry is not None:
            retry.meta[NOT_BEFORE] = time.monotonic() + self.backoff(retry.meta["retry_times"])
        return retry
