"""What a registry spider does differently as a worker (mixed in before it by ``worker``).

- it queues the start requests only when it is the crawl's seeder;
- listing pages go through the shared duplicate filter too, so a page re-queued after a crash,
  or seeded again by a worker taking over from a dead seeder, is crawled once;
- links it must not fetch again (stored articles, their aliases, dead links) are looked up in
  the Redis sets the writer keeps, not in SQLite, which a worker may not have;
- links it learns about (aliases, dead links) travel as ``seen`` records at once, and a failed
  request's lease ends with its errback;
- it saves no listing validators: other workers parse the articles of its listings, so it never
  knows whether a listing was finished, and conditional requests are not used by workers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from scrapy import Request
from scrapy.http import Response

from crawler.distributed.member import SEED, member_for
from crawler.distributed.scheduler import LEASE


class RedisSet(Mapping):
    """A Redis set seen as a read-only mapping of member -> None (``known`` / ``skipped``)."""

    def __init__(self, server: Any, key: str) -> None:
        self.server, self.key = server, key

    def __contains__(self, member: object) -> bool:
        return isinstance(member, str) and bool(self.server.sismember(self.key, member))

    def __getitem__(self, member: str) -> None:
        if member in self:
            return None
        raise KeyError(member)

    def __iter__(self) -> Iterator[str]:
        for member in self.server.sscan_iter(self.key, count=1000):
            yield member.decode() if isinstance(member, bytes) else member

    def __len__(self) -> int:
        return int(self.server.scard(self.key))


class WorkerSpiderMixin:
    """Put before the spider class: ``type(name, (WorkerSpiderMixin, PortalSpider), {})``."""

    def __init__(self, *args: Any, skipped_links: Mapping[str, None] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if skipped_links is not None:
            self.skipped = skipped_links

    async def start(self) -> AsyncIterator[Request]:
        member = member_for(self.crawler)
        if member.role != SEED:
            return
        for request in self.listing_starts():
            yield request
        member.seeded()

    def _listing_request(self, *args: Any, **kwargs: Any) -> Request:
        return super()._listing_request(*args, **kwargs).replace(dont_filter=False)

    def failed(self, failure: Any) -> None:
        try:
            super().failed(failure)
            self._push_seen()
        finally:
            lease = failure.request.meta.get(LEASE)
            if lease is not None:
                member_for(self.crawler).book.end(lease)

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        async for output in super().parse_article(response):
            yield output
        self._push_seen()

    def _push_seen(self) -> None:
        member = member_for(self.crawler)
        for row in self.seen_urls:
            member.push("seen", row)
        self.seen_urls.clear()

    def closed(self, reason: str) -> None:
        self._push_seen()
