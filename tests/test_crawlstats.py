"""The crawl's stats collector counts and keeps what Scrapy's does, without Scrapy's look-up on
every attribute read, and still warns about a deprecated ``spider`` argument."""

from __future__ import annotations

import warnings

import pytest
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.statscollectors import MemoryStatsCollector, StatsCollector
from scrapy.utils.test import get_crawler

from crawler.crawlstats import WRAPPED, CrawlStats
from crawler.runner import crawl_settings


def _exercise(stats) -> dict:
    stats.open_spider()
    stats.set_value("a", 1)
    stats.inc_value("a")
    stats.inc_value("b", 3, start=10)
    stats.inc_value("c", 0.5)
    stats.max_value("m", 4)
    stats.max_value("m", 2)
    stats.min_value("n", 4)
    stats.min_value("n", 2)
    stats.set_stats({**stats.get_stats(), "s": "x"})
    return {"stats": dict(stats.get_stats()), "a": stats.get_value("a"), "none": stats.get_value("zz", 7)}


def test_counts_what_scrapys_collector_counts():
    ours, scrapys = (kind(get_crawler()) for kind in (CrawlStats, MemoryStatsCollector))
    assert _exercise(ours) == _exercise(scrapys) == {
        "stats": {"a": 2, "b": 13, "c": 0.5, "m": 4, "n": 2, "s": "x"}, "a": 2, "none": 7}
    ours.clear_stats()
    assert ours.get_stats() == {}


def test_reads_its_attributes_without_scrapys_look_up():
    assert "__getattribute__" in StatsCollector.__dict__  # what is avoided
    assert CrawlStats.__getattribute__ is object.__getattribute__
    assert set(WRAPPED) <= set(CrawlStats.__dict__)


def test_a_spider_argument_is_still_warned_about():
    stats = CrawlStats(get_crawler())
    with pytest.warns(ScrapyDeprecationWarning, match="spider"):
        stats.inc_value("a", spider=object())
    with pytest.warns(ScrapyDeprecationWarning, match="spider"):
        stats.get_value("a", None, object())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stats.inc_value("a")
        assert stats.get_value("a") == 2


def test_the_crawl_uses_it():
    settings = crawl_settings("unionwatch.db", 1, [])
    assert settings.get("STATS_CLASS") == "crawler.crawlstats.CrawlStats"
    crawler = get_crawler(settings_dict={"STATS_CLASS": settings.get("STATS_CLASS")})
    assert type(crawler.stats) is CrawlStats
