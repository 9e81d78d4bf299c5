"""The bare Scrapy crawl the pipeline is compared with: download and parse, nothing else.

    python -m bench._bare GRAPH.json

It starts from the same listing URLs, parses every page with Scrapy's selectors (lxml), and
follows the links it finds that lead to the pages UnionWatch crawls (the graph written by
bench._web), under the same politeness and concurrency settings as ``unionwatch crawl``:
robots.txt, one request at a time per host and port, zero delay on 127.0.0.1. Prints the page
count as JSON on the last line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

from crawler import settings as project
from crawler.urls import netloc_of

# The politeness and concurrency of `unionwatch crawl`, with the delay of the benchmark.
SETTINGS = {
    "USER_AGENT": project.USER_AGENT, "ROBOTSTXT_OBEY": project.ROBOTSTXT_OBEY,
    "COOKIES_ENABLED": project.COOKIES_ENABLED, "CONCURRENT_REQUESTS": project.CONCURRENT_REQUESTS,
    "CONCURRENT_REQUESTS_PER_DOMAIN": project.CONCURRENT_REQUESTS_PER_DOMAIN,
    "CONCURRENT_ITEMS": project.CONCURRENT_ITEMS,
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": project.RETRY_TIMES,
    "DOWNLOAD_TIMEOUT": project.DOWNLOAD_TIMEOUT, "DOWNLOAD_MAXSIZE": project.DOWNLOAD_MAXSIZE,
    "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "WARNING",
    "DOWNLOADER_MIDDLEWARES": {"crawler.slots.HostSlotMiddleware": 50},
}


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, graph: dict, **kwargs) -> None:
        super().__init__(**kwargs)
        self.starts = graph["starts"]
        self.listings = {page["url"]: page for page in graph["listings"]}
        self.pages = 0

    def _request(self, url: str, callback) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, meta={"download_slot": netloc_of(url)})

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.starts:
            yield self._request(url, self.parse_listing)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        self.pages += 1
        links = {response.urljoin(href) for href in response.xpath("//a/@href").getall()}
        page = self.listings.get(response.url, {})
        for url in page.get("article_urls", []):
            if url in links:
                yield self._request(url, self.parse_article)
        if page.get("next_url") in links:
            yield self._request(page["next_url"], self.parse_listing)

    def parse_article(self, response: Response) -> None:
        self.pages += 1
        response.xpath("//title/text()").get()
        response.xpath("//a/@href").getall()


def main(argv: list[str]) -> int:
    graph = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    process = CrawlerProcess(SETTINGS, install_root_handler=False)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, graph=graph)
    process.start()
    print(json.dumps({"pages": crawler.spider.pages}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
