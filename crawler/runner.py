"""Run one crawl of registry sources in this process and record it as a ``crawl_runs`` row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler import store
from crawler.registry import Source
from crawler.urls import netloc_of


@dataclass
class CrawlResult:
    """What one crawl did."""

    run_id: int
    counts: dict[str, int]
    failed_sources: dict[str, str] = field(default_factory=dict)
    status: str = "ok"


def crawl_settings(db_path: str, run_id: int, sources: list[Source], overrides: dict[str, Any] | None = None) -> Settings:
    """Scrapy settings for a run: the project module, the run, per-host politeness."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    slots = {}
    for source in sources:
        if source.delay is not None:
            for url in (source.url, *source.listing_urls):
                slots[netloc_of(url)] = {"delay": source.delay, "concurrency": 1}
    values: dict[str, Any] = {"UNIONWATCH_DB": db_path, "UNIONWATCH_RUN_ID": run_id, "DOWNLOAD_SLOTS": slots}
    values.update(overrides or {})
    settings.setdict(values, priority="cmdline")
    return settings


def _source_failures(db: Any, run_id: int, sources: list[Source]) -> dict[str, str]:
    """Sources where no page of their own was fetched successfully, with the last cause."""
    failures = {}
    for source in sources:
        rows = db.execute(
            "SELECT outcome FROM fetches WHERE run_id = ? AND source_id = ? ORDER BY id", [run_id, source.id]
        ).fetchall()
        outcomes = [r[0] for r in rows]
        if not any(o in ("ok", "not_modified") for o in outcomes):
            failures[source.id] = outcomes[-1] if outcomes else "no response"
    return failures


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
    known = {} if full else {s.id: store.known_article_urls(db, s.id) for s in sources}
    settings = crawl_settings(db_path, run_id, sources, {"UNIONWATCH_FULL": full, **(overrides or {})})
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_cls)
    error = None
    try:
        process.crawl(crawler, sources=sources, known=known, full=full)
        process.start()
    except Exception as exc:  # the run itself failed; what was stored stays stored
        error = f"{type(exc).__name__}: {exc}"
    stats = crawler.stats.get_stats() if crawler.stats else {}
    counts = store.run_counts(db, run_id)
    for outcome in (store.NEW, store.CHANGED, store.UNCHANGED):
        counts[outcome] = int(stats.get(f"unionwatch/articles/{outcome}", 0))
    status = "failed" if error else "ok"
    store.finish_run(db, run_id, status, counts, error)
    return CrawlResult(run_id, counts, _source_failures(db, run_id, sources), status)
