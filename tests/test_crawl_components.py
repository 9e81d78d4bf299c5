"""The Scrapy components a crawl loads: those the product needs, without the ones that cost every
page CPU for figures nothing reads, nor a remote control server."""

from __future__ import annotations

import gc

import pytest
from scrapy.utils.conf import build_component_list

from crawler.runner import crawl_settings, long_lived_heap


def _loaded(setting: str) -> list[str]:
    settings = crawl_settings("unionwatch.db", 1, [])
    return [c if isinstance(c, str) else f"{c.__module__}.{c.__qualname__}"
            for c in build_component_list(settings.getwithbase(setting))]


def test_no_remote_control_nor_telnet_console():
    from scrapy.exceptions import NotConfigured
    from scrapy.extensions.remote_control import RemoteControl
    from scrapy.utils.test import get_crawler

    settings = crawl_settings("unionwatch.db", 1, [])
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False
    with pytest.raises(NotConfigured):
        RemoteControl(get_crawler(settings_dict={"REMOTE_CONTROL_ENABLED": settings["REMOTE_CONTROL_ENABLED"]}))
    extensions = _loaded("EXTENSIONS")
    # Those the crawl relies on stay: finish_reason and the counts come from the core stats.
    assert "scrapy.extensions.corestats.CoreStats" in extensions


def test_downloader_middlewares():
    loaded = _loaded("DOWNLOADER_MIDDLEWARES")
    assert "scrapy.downloadermiddlewares.stats.DownloaderStats" in loaded  # loaded, but off:
    assert crawl_settings("unionwatch.db", 1, []).getbool("DOWNLOADER_STATS") is False
    assert "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware" not in loaded
    for kept in ("crawler.guards.QuickMetaRefreshMiddleware", "crawler.guards.RecordedRedirectMiddleware",
                 "crawler.fetchlog.FetchLogMiddleware", "crawler.archive.ArchiveMiddleware",
                 "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware",
                 "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware",
                 "crawler.retry.BackoffRetryMiddleware"):
        assert kept in loaded


def test_spider_middlewares():
    loaded = _loaded("SPIDER_MIDDLEWARES")
    assert "scrapy.spidermiddlewares.depth.DepthMiddleware" not in loaded
    for kept in ("scrapy.spidermiddlewares.httperror.HttpErrorMiddleware",
                 "scrapy.spidermiddlewares.referer.RefererMiddleware",
                 "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware"):
        assert kept in loaded


def test_the_distributed_worker_counts_its_requests():
    from crawler.distributed.worker import worker_settings

    assert worker_settings("redis://127.0.0.1:1/0", [], {}).getbool("DOWNLOADER_STATS") is True


def test_long_lived_heap_is_undone_after_the_crawl():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with long_lived_heap():
        assert gc.get_threshold()[0] > before[0]
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen
