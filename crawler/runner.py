"""Run one crawl of registry sources in this process and record it: a ``crawl_runs`` row, a
``source_runs`` row per source, and the sources' health with its alerts."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler import health, observe, store, store_ops
from crawler.heap import long_lived_heap
from crawler.pipelines import close_store
from crawler.registry import Source
from crawler.urls import netloc_of


@dataclass
class CrawlResult:
    """What one crawl did."""

    run_id: int
    counts: dict[str, int]
    failed_sources: dict[str, str] = field(default_factory=dict)
    status: str = "ok"
    alerts: list[int] = field(default_factory=list)


# Scrapy 2.19 sends a download slot's whole queue at once, whatever its concurrency, when the
# slot's delay is 0: a host that asks for no delay still gets one request at a time, this apart.
SLOT_DELAY_FLOOR = 0.001


def overrides_for(max_pages: int | None, delay: float | None) -> dict[str, Any]:
    """Settings for the command line's --max-pages and --delay."""
    overrides: dict[str, Any] = {}
    if max_pages:
        overrides["UNIONWATCH_MAX_PAGES"] = max_pages
    if delay is not None:
        overrides.update(DOWNLOAD_DELAY=max(delay, SLOT_DELAY_FLOOR), AUTOTHROTTLE_START_DELAY=max(delay, 0.01))
    return overrides


def crawl_settings(db_path: str, run_id: int, sources: list[Source], overrides: dict[str, Any] | None = None) -> Settings:
    """Scrapy settings for a run: the project module, the run, per-host politeness."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    slots = {}
    for source in sources:
        if source.delay is not None:
            for url in (source.url, *source.listing_urls):
                slots[netloc_of(url)] = {"delay": max(source.delay, SLOT_DELAY_FLOOR), "concurrency": 1}
    values: dict[str, Any] = {"UNIONWATCH_DB": db_path, "UNIONWATCH_RUN_ID": run_id, "DOWNLOAD_SLOTS": slots}
    values.update(overrides or {})
    settings.setdict(values, priority="cmdline")
    return settings


def crawl_process(settings: Settings) -> CrawlerProcess:
    """Scrapy's process for ``settings``, its loggers at ``LOG_LEVEL``.

    Scrapy's logging setup puts the ``scrapy`` logger at DEBUG whatever ``LOG_LEVEL`` says; the
    handlers then drop what is below that level, after two records a page were made (the engine's
    "Crawled" and the scraper's "Scraped from"). At the logger's level they are not made at all;
    every record at or above ``LOG_LEVEL`` is handled (and counted in ``log_count/*``) as before.
    """
    process = CrawlerProcess(settings)
    logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL") or logging.DEBUG)
    return process


def _source_failures(db: Any, run_id: int, sources: list[Source]) -> dict[str, str]:
    """Sources where no page of their own was fetched successfully, with the last cause."""
    failures = {}
    for source in sources:
        run = store_ops.source_run(db, run_id, source.id)
        if run is not None and not run["succeeded"]:
            failures[source.id] = run["error"] or health.NO_RESPONSE
    return failures


def _probes(db: Any, sources: list[Source]) -> list[str]:
    """Sources broken by a layout change: read in full with a canary until they work again."""
    current = store_ops.health_rows(db)
    return [s.id for s in sources
            if current.get(s.id, {}).get("status") == health.BROKEN
            and current[s.id].get("cause") == health.LAYOUT]


def run_crawl(
    db_path: str,
    sources: list[Source],
    spider_cls: type,
    *,
    full: bool = False,
    mode: str = "crawl",
    overrides: dict[str, Any] | None = None,
) -> CrawlResult:
    """Crawl ``sources`` with ``spider_cls`` (one Twisted reactor per process: call once)."""
    db = store.open_db(db_path)
    run_id = store.start_run(db, mode, len(sources))
    ids = [s.id for s in sources]
    known = {} if full else {s.id: store_ops.known_articles(db, s.id) for s in sources}
    states = {} if full else store_ops.listing_states(db, ids)
    skipped = {} if full else {s.id: store_ops.skipped_urls(db, s.id) for s in sources}
    resume = set() if full else store_ops.interrupted_sources(db, ids, run_id)
    settings = crawl_settings(db_path, run_id, sources, {"UNIONWATCH_FULL": full, **(overrides or {})})
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = crawl_process(settings)
    crawler = process.create_crawler(spider_cls)
    error = None
    try:
        process.crawl(crawler, sources=sources, known=known, full=full, states=states,
                      probe=_probes(db, sources), skipped=skipped, resume=resume)
        with long_lived_heap():
            process.start()
    except Exception as exc:  # the run itself failed; what was stored stays stored
        error = f"{type(exc).__name__}: {exc}"
    finally:
        close_store(crawler)
    try:
        return _record_run(db, run_id, crawler, sources, settings, error)
    finally:
        close_db(db)


def close_db(db: Any) -> None:
    """Checkpoint the write-ahead log into the database file (without waiting for readers: what a
    reader still holds stays in the log) and close the connection; the last connection to close
    removes the log."""
    try:
        db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        db.conn.close()


def _record_run(db: Any, run_id: int, crawler: Any, sources: list[Source], settings: Settings,
                error: str | None) -> CrawlResult:
    """The run's counts, its sources' runs and health, recorded once the crawl has ended."""
    ids = [s.id for s in sources]
    stats = crawler.stats.get_stats() if crawler.stats else {}
    counts = store.run_counts(db, run_id)
    for outcome in (store.NEW, store.CHANGED, store.UNCHANGED):
        counts[outcome] = int(stats.get(f"unionwatch/articles/{outcome}", 0))
    finished = stats.get("finish_reason") == "finished" and error is None
    status = "ok" if finished else "failed"
    if not finished and error is None:
        error = f"crawl ended early: {stats.get('finish_reason', 'unknown')}"
    store_ops.record_source_runs(db, run_id, observe.observations(stats, ids))
    store.finish_run(db, run_id, status, counts, error)
    alerts: list[int] = []
    if finished:  # an interrupted run proves nothing about the sources it did not reach
        alerts = health.assess_run(db, run_id, sources, health.Policy.from_settings(settings))
    return CrawlResult(run_id, counts, _source_failures(db, run_id, sources), status, alerts)
