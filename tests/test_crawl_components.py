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


_LOGGER_LEVELS = """
import logging, sys
from crawler.runner import crawl_process, crawl_settings
settings = crawl_settings("unionwatch.db", 1, [], {"LOG_LEVEL": sys.argv[1]})
process = crawl_process(settings)
scrapy_log = logging.getLogger("scrapy.core.engine")
print(scrapy_log.isEnabledFor(logging.DEBUG), scrapy_log.isEnabledFor(logging.INFO),
      scrapy_log.isEnabledFor(logging.WARNING))
"""


@pytest.mark.parametrize(("level", "expected"), [("WARNING", "False False True"), ("INFO", "False True True"),
                                                  ("DEBUG", "True True True")])
def test_scrapy_loggers_make_no_records_below_the_log_level(level, expected):
    """Scrapy's logging setup leaves its loggers at DEBUG: two records a page made, then dropped."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _LOGGER_LEVELS, level], capture_output=True, text=True, check=True)
    assert out.stdout.split() == expected.split()


_EXTENSION_MODULES = """
import sys
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from scrapy.utils.test import get_crawler
from crawler.runner import crawl_settings
get_crawler(settings_dict=dict(crawl_settings("unionwatch.db", 1, [])))  # its extensions loaded
print("scrapy.extensions.corestats" in sys.modules, "scrapy.extensions.remote_control" in sys.modules,
      "aiohttp" in sys.modules)
"""


def test_the_remote_control_server_is_not_even_imported():
    """Scrapy imports every listed extension before asking it whether it is configured: the
    remote control's module (and aiohttp with it) is left out of the list."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _EXTENSION_MODULES], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]
