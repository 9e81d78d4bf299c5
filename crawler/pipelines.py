"""Item pipelines: Normalize -> Validate -> Store, each a small class."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler import store, store_commit
from crawler.extract.sanitize import sanitize
from crawler.items import Article, NormalizedArticle
from crawler.store_checkpoint import Checkpointer
from crawler.textnorm import clean_line, clean_text
from crawler.urls import canonicalize

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class NotAnArticle(DropItem):
    """The page has no title or no body text: recorded, not stored."""


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def item_fields(item: Any) -> dict[str, Any]:
    """Every field of an item by name, in its declared order: what ``ItemAdapter`` reads, an
    Article's read directly (the adapter looked the fields up again for every item and every
    field, about 9 µs an article)."""
    if isinstance(item, Article):
        return {name: getattr(item, name) for name in _field_names(type(item))}
    adapter = ItemAdapter(item)
    return {name: adapter.get(name) for name in adapter.field_names()}


def record_extraction(crawler: Crawler, adapter: Mapping[str, Any], outcome: str) -> None:
    """What extraction made of the page, on its ``fetches`` row (read by source health)."""
    url = adapter.get("fetched_url") or adapter.get("url")
    if url:
        store.record_extraction(store_for(crawler), url, outcome, crawler.settings.get("UNIONWATCH_RUN_ID"))


def normalize(item: Any) -> Any:
    """NFC, single spaces, canonical URL, sanitised body HTML (in place)."""
    adapter = ItemAdapter(item)
    adapter["url"] = canonicalize(adapter["url"])
    for key in ("title", "author"):
        if adapter.get(key):
            adapter[key] = clean_line(adapter[key]) or None
    adapter["text"] = clean_text(adapter.get("text") or "")
    if adapter.get("body_html"):
        adapter["body_html"] = sanitize(adapter["body_html"])
    return item


class NormalizePipeline:
    """NFC, single spaces, canonical URL, sanitised body HTML; a NormalizedArticle was
    normalised where it was extracted (spiders/page.py) and passes as it is."""

    def process_item(self, item: Any) -> Any:
        if isinstance(item, NormalizedArticle):
            return item
        return normalize(item)


class ValidatePipeline:
    """Drop pages that are not articles, counting the reason in the stats."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter: Mapping[str, Any] = item_fields(item) if isinstance(item, Article) else ItemAdapter(item)
        missing = [k for k in ("text", "title") if not adapter.get(k)]
        if missing:
            reason = "no_body" if missing[0] == "text" else "no_title"
            self.stats.inc_value(f"unionwatch/not_article/{reason}")
            self.record(adapter, reason)
            raise NotAnArticle(f"{reason.replace('_', ' ')}: {adapter['url']}")
        return item

    def record(self, adapter: Mapping[str, Any], outcome: str) -> None:
        """Remember why the page was not stored."""
        record_extraction(self.crawler, adapter, outcome)


class StorePipeline:
    """Write articles to SQLite; an edit becomes a new version, never an overwrite."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        db = store_for(self.crawler)
        record = item_fields(item)
        notes = record.get("notes") or []
        record["notes"] = "; ".join(notes) if notes else None
        outcome = store.save_article(db, record)
        self.stats.inc_value(f"unionwatch/articles/{outcome}")
        self.stats.inc_value(f"unionwatch/source/{record['source_id']}/{outcome}")
        record_extraction(self.crawler, record, "ok" if record.get("published") else "no_date")
        return item

    def close_spider(self) -> None:
        store_commit.flush(store_for(self.crawler))


def store_for(crawler: Crawler):  # -> sqlite_utils.Database
    """The crawl's one database connection, opened on first use; its writes are committed in
    groups of ``UNIONWATCH_COMMIT_ROWS`` or every ``UNIONWATCH_COMMIT_SECONDS`` (a timer
    commits a group left open while the crawl waits), and once more when the engine stops."""
    db = getattr(crawler, "_unionwatch_db", None)
    if db is None:
        db = store.open_db(crawler.settings.get("UNIONWATCH_DB"))
        rows = crawler.settings.getint("UNIONWATCH_COMMIT_ROWS", 1)
        if rows > 1:
            _group_commits(crawler, db, rows, crawler.settings.getfloat("UNIONWATCH_COMMIT_SECONDS", 0.5))
        crawler._unionwatch_db = db  # type: ignore[attr-defined]
    return db


def close_store(crawler: Crawler) -> None:
    """Commit what is open on the crawl's connection and close it (once the engine has stopped;
    nothing after that writes through it). Left open, the connection lived on with the frozen
    heap until the process ended, and its last write-ahead log waited for the next command."""
    db = getattr(crawler, "_unionwatch_db", None)
    if db is None:
        return
    crawler._unionwatch_db = None  # type: ignore[attr-defined]
    try:
        store_commit.flush(db)
    finally:
        db.conn.close()


def _group_commits(crawler: Crawler, db: Any, rows: int, seconds: float) -> None:
    from scrapy import signals
    from twisted.internet import task

    store_commit.group_commits(db, rows, seconds)
    timer = task.LoopingCall(store_commit.flush_due, db)
    timer.start(max(seconds, 0.05), now=False)
    checkpointer = Checkpointer(db)  # the log's checkpoints (and their disk syncs) off the reactor
    checkpointer.start()

    def stopped() -> None:
        if timer.running:
            timer.stop()
        store_commit.flush(db)
        checkpointer.stop()

    crawler.signals.connect(stopped, signal=signals.engine_stopped, weak=False)
