"""Scrapy's redirect and decompression middlewares, with their refusals recorded.

Both refuse a response by raising IgnoreRequest from ``process_response`` (too many redirects;
a body that inflates past DOWNLOAD_MAXSIZE, which Scrapy 2.19 enforces while decompressing).
Exceptions raised there skip every ``process_exception``, so the fetch log would never hear of
them; these subclasses record the refusal before passing it on.

The meta refresh middleware is Scrapy's, told first which pages cannot hold a refresh.
"""

from __future__ import annotations

import codecs
from functools import cache
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse

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


# Encodings in which every ASCII character is its own single byte and no other character has
# an ASCII byte: the letters of "refresh" in the decoded page are those bytes in its body.
_ASCII_BYTES = frozenset(
    ["ascii", "utf-8", "iso8859-1", *(f"cp{n}" for n in range(1250, 1259)),
     *(f"iso8859-{n}" for n in range(2, 17) if n != 12)]
)
# Scrapy looks for a refresh in the first 4096 characters of the decoded page: at most four
# bytes each, after a byte order mark.
_SCANNED_BYTES = 4 * 4096 + 4


@cache
def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def cannot_refresh(response: HtmlResponse) -> bool:
    """Whether the page certainly holds no meta refresh for Scrapy: its encoding writes ASCII as
    ASCII bytes and the bytes Scrapy reads hold no "refresh" in any case (a refresh is only
    found in a meta element whose attributes say "refresh", letter for letter)."""
    return _codec(response.encoding) in _ASCII_BYTES and b"refresh" not in response.body[:_SCANNED_BYTES].lower()


class QuickMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta refresh, without decoding the pages that cannot have one (nearly all: the
    crawl process never needs a page's text otherwise, the extraction reads the bytes)."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if isinstance(response, HtmlResponse) and cannot_refresh(response):
            return response
        return super().process_response(request, response)
