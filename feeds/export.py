"""Write every feed (RSS and Atom) and the OPML index to a directory: `unionwatch feeds export`."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from feeds.build import render
from feeds.opml import opml
from feeds.specs import all_specs


def export(db: Database, directory: Path, base_url: str, limit: int = 50) -> int:
    """Write ``feeds/<kind>/<slug>.{rss,atom}`` and ``feeds/index.opml`` under ``directory``."""
    specs = all_specs(db)
    written = 0
    for spec in specs:
        for fmt in ("rss", "atom"):
            path = directory / spec.path(fmt).lstrip("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_bytes(render(db, spec, fmt, base_url, limit))
            tmp.replace(path)  # readers never see a half-written file
            written += 1
    index = directory / "feeds" / "index.opml"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_bytes(opml(specs, base_url))
    return written
