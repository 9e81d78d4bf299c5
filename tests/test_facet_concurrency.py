"""The column facets' statements run side by side on Datasette's SQL threads, with Datasette's answers.

Datasette 0.65 awaits one facet statement after another; ``ConcurrentColumnFacet`` starts every
column's statement at once. The pages must read as Datasette's own (JSON, HTML), with and without
filters, searches and facets asked for in the query string, and at least two statements must have
been running at the same time.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from pathlib import Path

import pytest

from bench.synthetic import build
from crawler.cli import METADATA
from feeds import facets
from feeds.server import make_datasette

URLS = ["articles.json?_size=3", "articles.json?_size=0&province_new=C%E1%BA%A7n+Th%C6%A1",
        "articles.json?_size=2&_search=lien+doan", "articles.json?_size=1&_facet=author&_facet=published_day",
        "articles.json?_size=1&_facet_size=2&unit_level=huyen", "articles.json?_size=1&_facet=no_such_column",
        "articles?_size=5", "articles?_search=%C4%91o%C3%A0n+vi%C3%AAn&_size=5", "articles?source_id=tld&_size=3"]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build(1500, path=tmp_path_factory.mktemp("facets") / "uw.db")


def _comparable(status: int, text: str, url: str) -> tuple[int, object]:
    if ".json" in url:
        body = json.loads(text)
        body.pop("query_ms", None)
        return status, body
    return status, re.sub(r"[0-9.]+ ?ms", "", text)  # the time the query took, shown on HTML pages


async def _pages(path: Path) -> list[tuple[int, object]]:
    ds = make_datasette(path, METADATA)
    await ds.invoke_startup()
    out = []
    for url in URLS:
        response = await ds.client.get(f"/{path.stem}/{url}")
        out.append(_comparable(response.status_code, response.text, url))
    return out


def test_pages_are_datasettes_own(store_path, monkeypatch):
    concurrent = asyncio.run(_pages(store_path))
    monkeypatch.setattr(facets, "ConcurrentColumnFacet", facets.ColumnFacet)  # Datasette's, one after another
    sequential = asyncio.run(_pages(store_path))
    assert [status for status, _ in concurrent] == [200] * len(URLS[:5]) + [400] + [200] * 3
    assert concurrent == sequential
    facet_names = list(concurrent[0][1]["facet_results"])
    assert facet_names == ["source_id", "province", "province_new", "unit", "unit_level", "syndication", "year",
                           "month", "resolutions"]


def test_column_facet_statements_overlap(store_path):
    running, most = [0], [0]
    lock = threading.Lock()

    async def page() -> None:
        ds = make_datasette(store_path, METADATA)
        await ds.invoke_startup()
        db = ds.get_database(store_path.stem)
        run = db.execute_fn

        async def watched(fn):
            def inner(conn):
                with lock:
                    running[0] += 1
                    most[0] = max(most[0], running[0])
                try:
                    time.sleep(0.02)  # long enough for the next statement to start if it was sent
                    return fn(conn)
                finally:
                    with lock:
                        running[0] -= 1
            return await run(inner)

        db.execute_fn = watched
        response = await ds.client.get(f"/{store_path.stem}/articles.json?_size=1")
        assert response.status_code == 200
        assert len(json.loads(response.text)["facet_results"]) == 9

    asyncio.run(page())
    assert most[0] >= 2
