"""Downloader middleware: every request to a host and port shares one politeness slot.

Scrapy keys download slots by host name, and requests Scrapy makes itself (robots.txt) carry
no ``download_slot``; keying every request by host *and port* keeps robots.txt in the same slot
as the pages of its site, and keeps portals that share an address but not a port apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crawler.urls import netloc_of

if TYPE_CHECKING:
    from scrapy import Request


class HostSlotMiddleware:
    """Set ``download_slot`` to the request's host:port unless it is already set."""

    def process_request(self, request: Request) -> None:
        request.meta.setdefault("download_slot", netloc_of(request.url))
        return None
