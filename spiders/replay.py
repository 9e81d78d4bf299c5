"""Re-extract stored history from the provenance archive, without the network.

For every article URL the most recent archived page is extracted again with today's extractor,
through the same page reader and pipelines as a live crawl. Listing dates are read again from
the archived listings first (an article page may print no date, and the listing extractor may
have improved too). A result that differs from the stored version becomes a new version.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from itemadapter import ItemAdapter
from sqlite_utils import Database

from crawler import store, store_research
from crawler.archive import ArchivedResponse, read_archive
from crawler.pipelines import NormalizePipeline
from crawler.registry import Source
from crawler.urls import canonicalize
from spiders.page import article_item, listing_dates


@dataclass
class ReplayResult:
    """What a re-extraction did, by outcome (new, changed, unchanged, stale, not_article...)."""

    files: int = 0
    pages: int = 0
    outcomes: Counter = field(default_factory=Counter)
    changed_ids: list[str] = field(default_factory=list)


def replay_sources(db: Database, registry: Iterable[Source] | None = None) -> dict[str, Source]:
    """The sources a replay extracts with: ``registry`` first (selectors included), then the
    registry files the stored sources came from, then the stored rows themselves."""
    from crawler.registry import RegistryError, load_registry

    chosen: dict[str, Source] = {s.id: s for s in registry or ()}
    rows = store_research.source_rows(db)
    for path in sorted({r["registry"] for r in rows if r["registry"]}):
        try:
            loaded = load_registry(path).sources if Path(path).exists() else []
        except RegistryError:
            loaded = []
        for source in loaded:
            chosen.setdefault(source.id, source)
    for row in rows:
        if row["id"] not in chosen:
            chosen[row["id"]] = Source(
                id=row["id"], name=row["name"], unit_level=row["unit_level"], url=row["url"],
                listing_urls=tuple(json.loads(row["listing_urls"] or "[]")),
                province=row["province"], district=row["district"], family=row["family"],
                unit_id=row["unit_id"],
            )
    return chosen


def _latest_pages(
    files: list[Path], sources: dict[str, Source], only: set[str] | None
) -> tuple[dict[str, tuple[int, int]], dict[str, str | None], Counter]:
    """Pass 1: the newest archived article page per URL (file index, offset), listing dates."""
    latest: dict[str, tuple[int, int]] = {}
    dates: dict[str, str | None] = {}
    skipped: Counter = Counter()
    for index, path in enumerate(files):
        for page in read_archive(path):
            source = sources.get(page.source_id or "")
            if only and page.source_id not in only:
                continue
            if source is None:
                skipped["unknown_source"] += 1
                continue
            if not 200 <= page.status < 300:
                skipped[f"http_{page.status}"] += 1
                continue
            if page.kind == "listing":
                for url, day in listing_dates(source, page.url, page.body, page.content_type).items():
                    if day or url not in dates:
                        dates[url] = day
            else:
                latest[canonicalize(page.url)] = (index, page.offset)
    return latest, dates, skipped


def _record(page: ArchivedResponse, source: Source, listed: str | None) -> dict | None:
    item = article_item(
        source, page.url, page.body, page.content_type,
        listing_date=listed or page.listing_date or None, listing_url=page.listing_url or None,
    )
    NormalizePipeline().process_item(item)
    adapter = ItemAdapter(item)
    if not adapter.get("title") or not adapter.get("text"):
        return None
    record = {k: adapter.get(k) for k in adapter.field_names()}
    record["notes"] = "; ".join(record.get("notes") or []) or None
    return record


def reextract(
    db: Database,
    files: Iterable[tuple[int, Path]],
    sources: dict[str, Source],
    only: Iterable[str] = (),
) -> ReplayResult:
    """Replay the (run id, WARC path) ``files``, oldest first, into ``db``; ``only`` limits it
    to these source ids."""
    runs = list(files)
    paths = [Path(p) for _, p in runs]
    wanted = set(only) or None
    result = ReplayResult(files=len(paths))
    latest, dates, skipped = _latest_pages(paths, sources, wanted)
    result.outcomes.update(skipped)
    for index, (run_id, path) in enumerate(runs):
        newer_after = store_research.next_run_start(db, run_id)
        for page in read_archive(path, kinds=("article",)):
            key = canonicalize(page.url)
            if latest.get(key) != (index, page.offset):
                continue
            source = sources[page.source_id or ""]
            result.pages += 1
            record = _record(page, source, dates.get(key))
            if record is None:
                result.outcomes["not_article"] += 1
                continue
            outcome = store_research.save_reextracted(db, record, page.fetched_at, newer_after)
            result.outcomes[outcome] += 1
            if outcome in (store.NEW, store.CHANGED):
                result.changed_ids.append(store.article_id(record["url"]))
    return result
