"""Write every feed (RSS and Atom) and the OPML index to a directory: `unionwatch feeds export`.

Incremental: ``feeds/validators.json`` keeps each feed's validator (the same one the live feeds
send as ETag: the feed's articles and their versions, tags, base URL, limit). A feed whose
validator has not changed since the last export, and whose files are there, is not rebuilt.

Many feeds are built by one process per core, each with its own share: the feeds of a
province (its units, sources and the province itself) go to one process, so an article's item
is written once wherever it appears.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from sqlite_utils import Database

from crawler import store, store_pub
from feeds.build import EntryCache, render_both, state, validator
from feeds.opml import opml
from feeds.specs import FORMATS, FeedSpec, all_specs

MANIFEST = "feeds/validators.json"
PARALLEL_FROM = 400  # feeds; fewer are built in this process


@dataclass(frozen=True)
class Exported:
    written: int
    unchanged: int


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)  # readers never see a half-written file


def database_file(db: Database) -> Path | None:
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def database_name(db: Database) -> str:
    """The name Datasette gives this database: its file name without the extension."""
    path = database_file(db)
    return path.stem if path else "unionwatch"


def _manifest(directory: Path) -> dict[str, str]:
    try:
        return json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _build(db: Database, specs: list[FeedSpec], directory: Path, base: str, limit: int, name: str,
           previous: dict[str, str]) -> tuple[dict[str, str], int, int]:
    """Write the feeds of ``specs`` whose validator changed: (validators, written, unchanged)."""
    current: dict[str, str] = {}
    cache: EntryCache = {}
    written = unchanged = 0
    for spec in specs:
        ids, versions, stamp = state(db, spec, limit)
        tag = validator(spec, base, limit, versions, stamp)
        current[spec.path()] = tag
        paths = [directory / spec.path(fmt).lstrip("/") for fmt in FORMATS]
        if previous.get(spec.path()) == tag and all(p.exists() for p in paths):
            unchanged += len(paths)
            continue
        rendered = render_both(db, spec, base, limit, name, cache=cache, ids=ids, versions=versions)
        for fmt, path in zip(FORMATS, paths, strict=True):
            _write(path, rendered.body(fmt))
            written += 1
    return current, written, unchanged


def _build_share(path: str, specs: list[FeedSpec], directory: Path, base: str, limit: int, name: str,
                 previous: dict[str, str]) -> tuple[dict[str, str], int, int]:
    """_build in a worker process (forked: callers hold no threads), on its own connection."""
    return _build(store.open_db(path, migrate=False), specs, directory, base, limit, name, previous)


def shares(db: Database, specs: list[FeedSpec], n: int) -> list[list[FeedSpec]]:
    """``specs`` in ``n`` shares of about equal size, the feeds of one province in one share."""
    places = store_pub.feed_provinces(db)
    groups: dict[str, list[FeedSpec]] = {}
    for spec in specs:
        place = spec.key if spec.kind == "province" else places.get((spec.kind, spec.key), "")
        groups.setdefault(place or "", []).append(spec)
    out: list[list[FeedSpec]] = [[] for _ in range(n)]
    for _, group in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
        min(out, key=len).extend(group)
    return [share for share in out if share]


def export(
    db: Database, directory: Path, base_url: str, limit: int = 50, rebuild: bool = False,
    workers: int | None = None,
) -> Exported:
    """Write ``feeds/<kind>/<slug>.{rss,atom}`` and ``feeds/index.opml`` under ``directory``;
    feeds unchanged since the last export are kept unless ``rebuild``. ``workers``: processes
    (default: one per core when there are many feeds and the database is a file)."""
    specs = all_specs(db)
    name = database_name(db)
    base = base_url.rstrip("/")
    previous = {} if rebuild else _manifest(directory)
    path = database_file(db)
    workers = workers or (min(2, os.cpu_count() or 1) if len(specs) >= PARALLEL_FROM else 1)
    if workers > 1 and path is not None:
        parts = shares(db, specs, workers)
        with ProcessPoolExecutor(len(parts), mp_context=get_context("fork")) as pool:
            done = list(pool.map(_build_share, [str(path)] * len(parts), parts, [directory] * len(parts),
                                 [base] * len(parts), [limit] * len(parts), [name] * len(parts),
                                 [previous] * len(parts)))
    else:
        done = [_build(db, specs, directory, base, limit, name, previous)]
    current = {k: v for tags, _, _ in done for k, v in tags.items()}
    _write(directory / "feeds" / "index.opml", opml(specs, base, database=name))
    _write(directory / MANIFEST, json.dumps(current, indent=0, sort_keys=True).encode("utf-8"))
    return Exported(sum(d[1] for d in done), sum(d[2] for d in done))
