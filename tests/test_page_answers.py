"""What a page job answers the crawl process with (spiders/page.py): a listing's reading gives the
canonical URLs the spider keys its requests by, so that the crawl process does not work them out
again; an article's answer carries the item and which fields were found, not the page's text twice.
The spider does with these answers exactly what it did with the fields it read before."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

import crawler.incremental
import spiders.portal
from crawler.incremental import KnownArticle, ListingState
from crawler.registry import Source, load_registry
from crawler.sampleweb import SampleWeb, generate
from crawler.urls import canonicalize
from spiders.page import Found, ListingRead, article_job, listing_job, read_article
from spiders.portal import PortalSpider

TODAY = date(2025, 11, 25)


def _webs() -> list[SampleWeb]:
    return [SampleWeb(slow_delay=0, today=TODAY), generate(6, 12, seed=3, slow_delay=0, today=TODAY)]


def _sources(web: SampleWeb, tmp: Path) -> dict[str, Source]:
    path = tmp / f"registry-{id(web)}.toml"
    path.write_text(web.registry_toml(checked_on=TODAY), encoding="utf-8")
    return {s.id: s for s in load_registry(path).sources}


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[tuple[str, Source, str, bytes, str]]:
    """(kind, source, url, body, content type) of every listing and article page of two webs."""
    tmp = tmp_path_factory.mktemp("answers")
    out = []
    for web in _webs():
        sources = _sources(web, tmp)
        for kind, listed in (("listing", web.expected_listings()), ("article", web.expected_articles())):
            for page in listed:
                response = web.render(page)
                out.append((kind, sources[page["source_id"]], page["url"], response.body,
                            response.headers.get("Content-Type", "")))
    return out


def test_a_listing_reading_gives_its_articles_and_next_pages_canonical_urls(pages):
    reads = [listing_job(source, url, body, ctype) for kind, source, url, body, ctype in pages if kind == "listing"]
    assert len(reads) > 20 and sum(len(r.listed) for r in reads) > 100 and any(r.next_url for r in reads)
    assert any(canonicalize(a.url) != a.url for r in reads for a in r.listed)  # the keys are not the URLs
    for read in reads:
        assert read.keys == [canonicalize(a.url) for a in read.listed]
        assert read.next_key == (canonicalize(read.next_url) if read.next_url else None)


def test_an_article_answer_says_which_fields_were_found_and_carries_the_text_once(pages):
    articles = [p for kind, *p in pages if kind == "article"]
    flags = set()
    for source, url, body, ctype in articles:
        for listing_date in (None, "2025-03-12"):
            found, item, _ = article_job(source, url, body, ctype, listing_date, None)
            extracted = read_article(source, url, body, ctype, listing_date)[0]
            assert found == Found(bool(extracted.title), bool(extracted.text), bool(extracted.published),
                                  bool(extracted.author))
            flags.add(found)
            if item.text:
                text = item.text.encode("utf-8")
                sent = pickle.dumps((found, item), pickle.HIGHEST_PROTOCOL)
                assert sent.count(text) == pickle.dumps(item, pickle.HIGHEST_PROTOCOL).count(text)
    assert {f.published for f in flags} == {True, False} and {f.author for f in flags} == {True, False}


def _spider(sources: list[Source], **kwargs) -> PortalSpider:
    settings = {"UNIONWATCH_DB": ":memory:", "UNIONWATCH_MAX_PAGES": 3}
    return PortalSpider.from_crawler(get_crawler(PortalSpider, settings_dict=settings), sources=sources, **kwargs)


def _follow(spider: PortalSpider, source: Source, url: str, body: bytes, read: ListingRead) -> list[tuple]:
    response = HtmlResponse(url, body=body, request=spider._listing_request(source, url, 1, 0))
    requests = [(r.url, r.meta.get("key"), r.meta.get("kind"), r.meta.get("known"), r.meta.get("probe_only"))
                for r in spider.follow_listing(source, response, read)]
    return [requests, spider.seen_states[canonicalize(url)]["content_hash"], sorted(spider.requested),
            dict(spider.crawler.stats.get_stats())]


def _old_fingerprint(listed) -> str:
    import hashlib

    payload = "\n".join(f"{canonicalize(a.url)}\x1f{a.title}\x1f{a.date or ''}" for a in listed)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:20]


def test_the_spider_follows_a_listing_by_the_readings_canonical_urls_without_working_them_out(
        pages, monkeypatch):
    """Every listing page, followed by a fresh spider as new, with some of its articles known
    (rechecks, a canary under a changed layout): the requests, their keys, the listing's
    fingerprint and counters are those the URLs' own canonical forms give, and the crawl
    process canonicalises none of the listed URLs itself."""
    listings = [p for kind, *p in pages if kind == "listing"]
    checked = 0
    for n, (source, url, body, ctype) in enumerate(listings):
        read = listing_job(source, url, body, ctype)
        if not read.listed:
            continue
        known = {canonicalize(a.url): KnownArticle(canonicalize(a.url), "2025-11-24T08:00:00+07:00", True, False)
                 for a in read.listed[::2]}
        states = {canonicalize(url): ListingState(url=url, layout="another layout")} if n % 2 else {}
        expected = _follow(_spider([source], known={source.id: known}, states=states), source, url, body, read)
        assert expected[1] == _old_fingerprint(read.listed)
        assert expected[0] and all(key == canonicalize(u) for u, key, kind, *_ in expected[0] if kind == "article")

        listed_urls = {a.url for a in read.listed} | {read.next_url}
        original = canonicalize

        def refusing(value: str, original=original, listed_urls=listed_urls) -> str:
            assert value not in listed_urls, f"canonicalised again in the crawl process: {value}"
            return original(value)

        with monkeypatch.context() as m:
            m.setattr(spiders.portal, "canonicalize", refusing)
            m.setattr(crawler.incremental, "canonicalize", refusing)
            spider = _spider([source], known={source.id: known}, states=states)
            assert _follow(spider, source, url, body, read) == expected
        checked += 1
    assert checked > 20
