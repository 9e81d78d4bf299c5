"""Datasette as it comes, for the tests that hold UnionWatch's pages to it byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

from datasette.app import Datasette

from crawler.cli import METADATA
from feeds.server import load_metadata


def plain(path: Path) -> Datasette:
    """Datasette as it comes, with UnionWatch's metadata and plugin."""
    metadata, settings = load_metadata(METADATA, path.stem)
    return Datasette([str(path)], metadata=metadata, settings=settings)


async def get(ds: Datasette, path: Path, url: str) -> tuple[int, object]:
    """A page of the store at ``path``: its status and its body (parsed when it is JSON)."""
    response = await ds.client.get(f"/{path.stem}/{url}")
    if url.split("?")[0].endswith(".json"):
        return response.status_code, json.loads(response.text)
    return response.status_code, response.text
