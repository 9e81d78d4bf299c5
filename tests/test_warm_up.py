"""`unionwatch serve` renders the facet pages the metadata names once, in the background, when it
has started (``feeds/warm_up.py``): the server answers meanwhile, and every page reads the same."""

from __future__ import annotations

import asyncio
import re

import httpx

from crawler.cli import METADATA
from feeds.server import make_datasette
from feeds.warm_up import WarmAtStart, facet_pages
from tests.unhurried import unhurried


def _text(response: httpx.Response) -> tuple[int, str]:
    # The query time (the HTML footer's, the JSON's query_ms) differs from one request to the next.
    return response.status_code, re.sub(r'Queries took [0-9.]+ms|"query_ms": [0-9.e-]+', "", response.text)


def test_the_articles_page_is_the_one_named(published_db):
    ds = make_datasette(published_db, METADATA)
    assert facet_pages(ds) == [f"/{published_db.stem}/articles"]
    ds._metadata_local.setdefault("plugins", {})["unionwatch"] = {"warm_up_tables": ["articles", "no_such_table"]}
    assert facet_pages(ds) == [f"/{published_db.stem}/articles"]  # a table without facets is not asked
    ds._metadata_local["plugins"]["unionwatch"] = {}
    assert facet_pages(ds) == []


async def _lifespan(app: WarmAtStart) -> tuple[asyncio.Queue, list[dict], asyncio.Task]:
    inbox: asyncio.Queue = asyncio.Queue()
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    task = asyncio.ensure_future(app({"type": "lifespan", "asgi": {"version": "3.0"}}, inbox.get, send))
    await inbox.put({"type": "lifespan.startup"})
    while not sent:
        await asyncio.sleep(0.01)
    return inbox, sent, task


def test_the_pages_are_asked_once_started_and_read_the_same(published_db):
    name = published_db.stem
    urls = [f"/{name}/articles", f"/{name}/articles?province_new=C%E1%BA%A7n+Th%C6%A1", f"/{name}/articles.json"]

    async def pages(warmed: bool) -> list[tuple[int, str]]:
        ds = unhurried(make_datasette(published_db, METADATA))
        app = WarmAtStart(ds.app(), ds, facet_pages(ds) if warmed else [])
        inbox, sent, lifespan = await _lifespan(app)
        assert sent == [{"type": "lifespan.startup.complete"}]
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost")
        answered_while = bool(app.running)
        versions = await client.get("/-/versions.json")  # answered while the warm-up may run
        while app.running:
            await asyncio.sleep(0.01)
        assert app.warmed == ([(f"/{name}/articles", 200, app.warmed[0][2])] if warmed else [])
        answers = [_text(await client.get(url)) for url in urls]
        await inbox.put({"type": "lifespan.shutdown"})
        await lifespan
        await client.aclose()
        ds.executor.shutdown()
        assert versions.status_code == 200 and (answered_while or not warmed)
        return answers

    warmed, plain = asyncio.run(pages(True)), asyncio.run(pages(False))
    assert [status for status, _ in warmed] == [200] * len(urls)
    assert warmed == plain


def test_a_shutdown_cancels_a_warm_up_still_running(published_db):
    async def run() -> bool:
        ds = make_datasette(published_db, METADATA)
        app = WarmAtStart(ds.app(), ds, [f"/{published_db.stem}/articles"] * 200)
        inbox, sent, lifespan = await _lifespan(app)
        running = set(app.running)
        await inbox.put({"type": "lifespan.shutdown"})
        await lifespan
        await asyncio.sleep(0.05)
        ds.executor.shutdown()
        return bool(running) and all(task.cancelled() for task in running) and len(app.warmed) == 0

    assert asyncio.run(run())


def test_serve_warms_the_articles_page_once_started(published_db, monkeypatch):
    import uvicorn

    from crawler.cli import base

    served: list = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(app))
    base.serve_datasette(str(published_db), "127.0.0.1", 8001)
    assert len(served) == 1 and isinstance(served[0], WarmAtStart)
    assert served[0].paths == [f"/{published_db.stem}/articles"]
