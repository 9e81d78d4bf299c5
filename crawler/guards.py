"""Scrapy's redirect and decompression middlewares, with their refusals recorded.

Both refuse a response by raising IgnoreRequest from ``process_response`` (too many redirects;
a body that inflates past DOWNLOAD_MAXSIZE, which Scrapy 2.19 enforces while decompressing).
Exceptions raised there skip every ``process_exception``, so the fetch log would never hear of
them; these subclasses record the refusal before passing it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest

from crawler.fetchlog import record_refusal

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class RecordedRedirectMiddleware(RedirectMiddleware):
    """Follows redirects like Scrapy's; a loop or an endless chain is recorded as redirect_loop."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            record_refusal(self.crawler, request, "redirect_loop", f"{exc} after {len(request.meta.get('redirect_urls', [])) + 1} hops", response)
            raise


class RecordedCompressionMiddleware(HttpCompressionMiddleware):
    """Decompresses like Scrapy's (within DOWNLOAD_MAXSIZE); a bomb is recorded as too_large."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordedCompressionMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.crawler = crawler
        return middleware

    def process_response(self, request: Request, response: Response) -> Request | Response:
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            record_refusal(self.crawler, request, "too_large", str(exc), response)
            raise
