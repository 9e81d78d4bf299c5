"""At start-up, the server renders its facet pages once in the background, and discards them.

The first facet page a new server renders costs about twice a later one: its SQL connection maps
and reads the facet indexes for the first time (SQLite does that per connection), and Datasette
and the plugin run code for the first time. ``unionwatch serve`` therefore asks itself, once
the server has started, for the facet pages the metadata names (``warm_up_tables``), unfiltered, through
Datasette's internal client, as a researcher's request would be asked. Nothing of the answers is
kept: a later request runs its statements again, on a connection that has read those pages
before, and every answer the server remembers is checked against the store's version as always.
Requests are answered meanwhile; the pages are asked one at a time, so one SQL thread at most is
busy with them.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from urllib.parse import quote

from datasette.app import Datasette


def facet_pages(datasette: Datasette) -> list[str]:
    """The paths of the table pages to render at start-up: the plugin's ``warm_up_tables`` (in the
    metadata, under ``plugins``) that the metadata gives facets, in every database that has them."""
    wanted = (datasette.plugin_config("unionwatch") or {}).get("warm_up_tables", [])
    paths = []
    for name in datasette.databases:
        tables = (datasette.metadata(database=name) or {}).get("tables", {})
        paths += [f"/{quote(name)}/{quote(table)}" for table in wanted if (tables.get(table) or {}).get("facets")]
    return paths


async def warm(datasette: Datasette, paths: list[str]) -> list[tuple[str, int, float]]:
    """Ask for each of ``paths`` once: (path, status, seconds) of each."""
    done = []
    for path in paths:
        started = time.perf_counter()
        try:
            status = (await datasette.client.get(path)).status_code
        except Exception as error:  # noqa: BLE001 - a warm-up that fails leaves the server as it was
            print(f"warm-up of {path} failed: {error}", file=sys.stderr)
            status = 0
        done.append((path, status, time.perf_counter() - started))
    return done


class WarmAtStart:
    """ASGI wrapper: once the server's start-up is complete, ``warm`` runs in the background;
    ``warmed`` then lists what it did, and a shutdown cancels it if it is still running."""

    def __init__(self, app: Callable, datasette: Datasette, paths: list[str]) -> None:
        self.app, self.datasette, self.paths = app, datasette, paths
        self.running: set[asyncio.Task] = set()
        self.warmed: list[tuple[str, int, float]] = []

    async def _warm(self) -> None:
        self.warmed.extend(await warm(self.datasette, self.paths))

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def watched(message: dict) -> None:
            if message["type"] == "lifespan.shutdown.complete":
                for task in self.running:
                    task.cancel()
            await send(message)
            if message["type"] == "lifespan.startup.complete" and self.paths:
                task = asyncio.ensure_future(self._warm())
                self.running.add(task)
                task.add_done_callback(self.running.discard)

        await self.app(scope, receive, watched)
