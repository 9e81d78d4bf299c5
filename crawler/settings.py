"""Scrapy settings and every UNIONWATCH_* setting, with its default and why.

Environment variables are read here and nowhere else.
"""

from __future__ import annotations

import os

from scrapy.settings import default_settings as _scrapy_defaults

from crawler import __version__

BOT_NAME = "unionwatch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Politeness: robots.txt, an honest User-Agent, one request at a time per host, a delay.
UNIONWATCH_CONTACT = os.environ.get("UNIONWATCH_CONTACT", "")
USER_AGENT = f"UnionWatch/{__version__} (trade-union news monitor for research; respects robots.txt" + (
    f"; {UNIONWATCH_CONTACT})" if UNIONWATCH_CONTACT else ")"
)
ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
# Outputs of one response (an article's item, a listing's requests) handled at once. Scrapy
# starts this many tasks for every response: its default of 100 costs the reactor more than a
# page's few outputs need.
CONCURRENT_ITEMS = 8
DOWNLOAD_DELAY = float(os.environ.get("UNIONWATCH_DELAY", "1.0"))
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = DOWNLOAD_DELAY
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# A page that has not arrived in full after this many seconds (slow drips included) has failed.
DOWNLOAD_TIMEOUT = float(os.environ.get("UNIONWATCH_DOWNLOAD_TIMEOUT", "30"))
# Old portals are slow and flaky: retry transient failures, but not forever, and wait between
# tries (crawler/retry.py): Retry-After when the server names a time, else exponential backoff.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Seconds before the first retry (doubling for each further one, +-25 % jitter) and at most.
UNIONWATCH_RETRY_BACKOFF = float(os.environ.get("UNIONWATCH_RETRY_BACKOFF", "1.0"))
UNIONWATCH_RETRY_BACKOFF_MAX = 30.0
# A Retry-After longer than this is not waited for: the page fails now, the next run tries again.
UNIONWATCH_RETRY_AFTER_MAX = float(os.environ.get("UNIONWATCH_RETRY_AFTER_MAX", "60"))
# Size caps: a news page is well under 10 MB; anything larger is a trap or a file. Scrapy 2.19
# applies DOWNLOAD_MAXSIZE while downloading (with or without Content-Length) and again while
# inflating gzip/deflate/br/zstd bodies, so a compression bomb stops at the same 10 MB.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
# A meta refresh is followed only when immediate (a page that reloads itself every few minutes
# is read as it is).
METAREFRESH_MAXDELAY = 10
HTTPERROR_ALLOW_ALL = False
# Only http(s): no handler exists for file:, ftp:, s3: or data: URLs, whatever a page links to.
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}
TELNETCONSOLE_ENABLED = False
# Nor its successor: Scrapy 2.19 starts a remote control server in every crawl by default (an
# HTTP endpoint on 127.0.0.1 that runs the Python code sent to it, with its token in a job file).
REMOTE_CONTROL_ENABLED = False
# ...and not even imported: Scrapy imports every listed extension before asking whether it is
# configured (and every key of EXTENSIONS, even one set to None), and this one's module brings
# aiohttp and its dependencies: about 0.2 s of CPU and 150 modules at the start of every crawl,
# for a server that is off. Scrapy's own list, without it.
EXTENSIONS_BASE = {
    k: v for k, v in _scrapy_defaults.EXTENSIONS_BASE.items() if k != "scrapy.extensions.remote_control.RemoteControl"
}
# Scrapy's per-request counters of bytes, methods and statuses (DownloaderStats) cost the reactor
# a request's serialisation and a response's header sizes on every page; nothing here reads them
# (the fetch log keeps each response's status and size). The distributed worker, which reports
# its request count, turns them on again.
DOWNLOADER_STATS = False
# Scrapy's in-memory stats, without its look-up on every attribute read (crawler/crawlstats.py).
STATS_CLASS = "crawler.crawlstats.CrawlStats"
LOG_LEVEL = os.environ.get("UNIONWATCH_LOG_LEVEL", "WARNING")
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    # Closest to the engine, so it sees every final response and failure once.
    "crawler.fetchlog.FetchLogMiddleware": 40,
    # Per-source domains and http(s) only, redirects included (replaces Scrapy's offsite check).
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.scope.SourceScopeMiddleware": 44,
    # Before the slot is chosen (it is, after every process_request): robots.txt included.
    "crawler.slots.HostSlotMiddleware": 50,
    # After content decoding and redirects, so it keeps the final page as the spider reads it.
    "crawler.archive.ArchiveMiddleware": 45,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.retry.BackoffRetryMiddleware": 550,
    # Scrapy's, with their refusals (redirect loops, compression bombs) recorded.
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.guards.RecordedCompressionMiddleware": 590,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.guards.RecordedRedirectMiddleware": 600,
    # Scrapy's, without decoding every page to look for a refresh.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.guards.QuickMetaRefreshMiddleware": 580,
}
SPIDER_MIDDLEWARES = {
    # Request depth is neither limited, prioritised nor read: its middleware only wrapped every
    # request and item a page yields in one more asynchronous step.
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
}
ITEM_PIPELINES = {
    "crawler.pipelines.NormalizePipeline": 100,
    "crawler.pipelines.ValidatePipeline": 200,
    "crawler.pipelines.StorePipeline": 300,
}

# UnionWatch's own settings. The CLI overrides them at Scrapy's command-line priority.
# Path of the SQLite database.
UNIONWATCH_DB = os.environ.get("UNIONWATCH_DB", "data/unionwatch.db")
# crawl_runs.id of the current run; fetches rows carry it.
UNIONWATCH_RUN_ID = None
# Listing pages followed per listing URL unless the registry sets max_pages.
UNIONWATCH_MAX_PAGES = int(os.environ.get("UNIONWATCH_MAX_PAGES", "5"))
# Listing pages still read after one that brought nothing new (the incremental overlap).
UNIONWATCH_OVERLAP_PAGES = 1
# Writes of a crawl (fetches, articles, versions, extraction outcomes) committed together, at
# most this many and at most this many seconds apart (crawler/store_commit.py; a timer commits
# a group left open while the crawl waits, and the end of the crawl commits the last one).
# Committing each write costs more than the write, mostly in the full-text index's flush. A
# crawl killed at any moment loses only its open group, never a committed row nor half an
# article, and the next crawl fetches those pages again. 1 commits every write.
UNIONWATCH_COMMIT_ROWS = int(os.environ.get("UNIONWATCH_COMMIT_ROWS", "500"))
UNIONWATCH_COMMIT_SECONDS = float(os.environ.get("UNIONWATCH_COMMIT_SECONDS", "0.5"))
# Processes that parse and extract the fetched pages (spiders/offload.py) while the reactor
# downloads and stores: by default one per core beyond the reactor's, at most three. 0 = all in
# the crawl process. The extracted pages, and so the database, are the same either way.
UNIONWATCH_EXTRACT_WORKERS = int(
    os.environ.get("UNIONWATCH_EXTRACT_WORKERS", str(max(0, min(3, (os.cpu_count() or 1) - 1))))
)
# Re-crawl everything, ignoring what is stored.
UNIONWATCH_FULL = False
# Known articles dated within this many days are fetched again when their listing page changed
# (edits become new versions); older ones are never re-checked unless --full.
UNIONWATCH_RECHECK_DAYS = float(os.environ.get("UNIONWATCH_RECHECK_DAYS", "7"))

# Source health (crawler/health.py). Failed runs in a row before a source that worked is
# "broken" (a layout change is broken at once; a source that never worked, after one run).
UNIONWATCH_BROKEN_AFTER_RUNS = int(os.environ.get("UNIONWATCH_BROKEN_AFTER_RUNS", "2"))
# "stale" when the newest article is older than max(STALE_MIN_DAYS, STALE_FACTOR x the
# source's typical interval between articles); sources past their active_until never are.
UNIONWATCH_STALE_MIN_DAYS = float(os.environ.get("UNIONWATCH_STALE_MIN_DAYS", "30"))
UNIONWATCH_STALE_FACTOR = float(os.environ.get("UNIONWATCH_STALE_FACTOR", "4"))

# Alert notifications after `unionwatch nightly` (crawler/notify.py); the alerts table and
# its feed are always written. E-mail is sent when SMTP_HOST and MAIL_TO are set.
UNIONWATCH_SMTP_HOST = os.environ.get("UNIONWATCH_SMTP_HOST", "")
UNIONWATCH_SMTP_PORT = int(os.environ.get("UNIONWATCH_SMTP_PORT", "25"))
UNIONWATCH_SMTP_USER = os.environ.get("UNIONWATCH_SMTP_USER", "")
UNIONWATCH_SMTP_PASSWORD = os.environ.get("UNIONWATCH_SMTP_PASSWORD", "")
# "starttls" (upgrade a plain connection), "ssl" (SMTPS, usually port 465) or "" (plain).
UNIONWATCH_SMTP_SECURITY = os.environ.get("UNIONWATCH_SMTP_SECURITY", "")
UNIONWATCH_MAIL_FROM = os.environ.get("UNIONWATCH_MAIL_FROM", "unionwatch@localhost")
# Comma-separated recipients.
UNIONWATCH_MAIL_TO = os.environ.get("UNIONWATCH_MAIL_TO", "")
# JSON POST of new alerts to this URL, when set.
UNIONWATCH_WEBHOOK_URL = os.environ.get("UNIONWATCH_WEBHOOK_URL", "")
# Alerts older than this are never sent (a channel configured late does not replay history).
UNIONWATCH_NOTIFY_MAX_AGE_DAYS = float(os.environ.get("UNIONWATCH_NOTIFY_MAX_AGE_DAYS", "3"))
# Keep every fetched listing and article response in a compressed WARC file per run
# (crawler/archive.py), so `unionwatch reextract` can replay history without the network.
UNIONWATCH_ARCHIVE = os.environ.get("UNIONWATCH_ARCHIVE", "1") not in ("0", "false", "no", "")
# Folder of the WARC files; empty = "warc/" beside the database.
UNIONWATCH_WARC_DIR = os.environ.get("UNIONWATCH_WARC_DIR", "")

# Distributed crawling (crawler/distributed/, `unionwatch crawl --redis URL` and `unionwatch
# ingest --redis URL`). Prefix of every Redis key: deployments sharing one server differ here.
UNIONWATCH_REDIS_PREFIX = os.environ.get("UNIONWATCH_REDIS_PREFIX", "unionwatch")
# Name of this worker in Redis (default: host-pid-random, unique across machines and restarts).
UNIONWATCH_REDIS_WORKER = os.environ.get("UNIONWATCH_REDIS_WORKER", "")
# A worker refreshes its heartbeat every third of this; when it stops (killed, frozen, cut off)
# its leased requests go back to the queue this many seconds later.
UNIONWATCH_REDIS_LEASE_SECONDS = float(os.environ.get("UNIONWATCH_REDIS_LEASE_SECONDS", "30"))
# A request given back more often than this (it kills every worker that takes it) is set aside
# in the `<prefix>:dead` list instead.
UNIONWATCH_REDIS_MAX_REQUEUES = int(os.environ.get("UNIONWATCH_REDIS_MAX_REQUEUES", "3"))
