"""Write every feed (RSS and Atom) and the OPML index to a directory: `unionwatch feeds export`.

Incremental: ``feeds/validators.json`` keeps each feed's validator (the same one the live feeds
send as ETag: the feed's articles and their versions, tags, base URL, limit). A feed whose
validator has not changed since the last export, and whose files are there, is not rebuilt.
Every feed's articles and versions are read at once (``crawler.store_feeds``), before anything
is built, so the validators cost a few index scans rather than a query or two per feed.

The feeds to write are built by one process per core, each with its own share of about equal
work: the feeds of a province (its units, sources and the province itself) go to one process,
so an article's item is written once wherever it appears.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from sqlite_utils import Database

from crawler import store, store_feeds, store_pub
from feeds.build import EntryCache, prefetch, render_both, state, validator
from feeds.opml import opml
from feeds.specs import FORMATS, FeedSpec, all_specs

MANIFEST = "feeds/validators.json"
PARALLEL_FROM = 400  # feeds to write; fewer are built in this process
READERS = 3  # threads reading the feeds' state (the catalog and two for the rest)
BATCH = 1000  # articles whose rows are read at once (a run of feeds' items built together)


@dataclass(frozen=True)
class Exported:
    written: int
    unchanged: int


def _write(path: Path, data: bytes, made: set[str] | None = None) -> None:
    """``data`` to ``path`` through a temporary file and a rename: readers never see a
    half-written file. ``made``: directories already created by this export (one mkdir each)."""
    parent = os.path.dirname(path)
    if made is None or parent not in made:
        os.makedirs(parent, exist_ok=True)
        if made is not None:
            made.add(parent)
    tmp = f"{path}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
    os.replace(tmp, path)


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


Job = tuple[FeedSpec, "list[str] | None", list]  # a feed to write: spec, article ids, versions


def states(
    db: Database, specs: list[FeedSpec], limit: int, newest: dict | None = None
) -> list[tuple[list[str] | None, list, str | None]]:
    """``build.state`` of every spec, in order: the feeds of a kind with a key are read all at
    once (``newest``: store_feeds.newest_by_feed, when already read), the rest (alerts,
    filtered feeds) one by one."""
    newest = store_feeds.newest_by_feed(db, limit) if newest is None else newest
    stamp = store_pub.tags_changed(db)
    out: list[tuple[list[str] | None, list, str | None]] = []
    for spec in specs:
        if spec.kind == "alerts" or spec.filters:
            out.append(state(db, spec, limit))
        else:
            versions = newest.get((spec.kind, spec.key), [])
            out.append(([aid for aid, _ in versions], versions, stamp))
    return out


def _batches(jobs: list[Job]) -> list[list[Job]]:
    """``jobs`` in runs of consecutive feeds of at most ``BATCH`` articles in all (a feed with
    more is a run of its own)."""
    out: list[list[Job]] = []
    size = 0
    for job in jobs:
        if not out or size + len(job[2]) > BATCH:
            out.append([])
            size = 0
        out[-1].append(job)
        size += len(job[2])
    return out


def _build(db: Database, jobs: list[Job], directory: Path, base: str, limit: int, name: str) -> int:
    """Write the feeds of ``jobs`` (both formats); the number of files written. The items of a
    run of feeds are built first, from one read of their rows."""
    cache: EntryCache = {}
    made: set[str] = set()
    written = 0
    for batch in _batches(jobs):
        prefetch(db, [version for _, _, versions in batch for version in versions], base, cache)
        for spec, ids, versions in batch:
            rendered = render_both(db, spec, base, limit, name, cache=cache, ids=ids, versions=versions)
            for fmt in FORMATS:
                _write(directory / spec.path(fmt).lstrip("/"), rendered.body(fmt), made)
                written += 1
    return written


def _read_side_by_side(db: Database, path: Path, limit: int) -> tuple[list[FeedSpec], dict]:
    """all_specs and store_feeds.newest_by_feed, their queries run side by side in threads, each
    on a connection of its own: the work is SQLite's, which runs outside the GIL. The threads
    are gone when this returns (worker processes are forked afterwards)."""
    local = threading.local()
    opened: list[Database] = []
    lock = threading.Lock()

    def connection() -> Database:
        if not hasattr(local, "db"):  # closed by the calling thread, once every reader is done
            local.db = Database(sqlite3.connect(path, check_same_thread=False))
            local.db.conn.execute("PRAGMA busy_timeout = 30000")
            with lock:
                opened.append(local.db)
        return local.db

    def rows(sql: str) -> list[tuple]:
        return connection().execute(sql).fetchall()

    try:
        with ThreadPoolExecutor(READERS) as pool:
            catalog = pool.submit(lambda: all_specs(connection()))
            newest = store_feeds.newest_by_feed(db, limit, lambda queries: pool.map(rows, queries))
            return catalog.result(), newest
    finally:
        for reader in opened:
            reader.conn.close()


def _build_share(path: str, jobs: list[Job], directory: Path, base: str, limit: int, name: str) -> int:
    """_build in a worker process (forked: callers hold no threads), on its own connection."""
    return _build(store.open_db(path, migrate=False), jobs, directory, base, limit, name)


def shares(db: Database, jobs: list[Job], n: int) -> list[list[Job]]:
    """``jobs`` in ``n`` shares of about equal work, the feeds of one province in one share (an
    article's item is then written in one process only). A group's work: its distinct articles
    (each item is written once) and its feeds' entries (each is copied into a file)."""
    places = store_pub.feed_provinces(db)
    groups: dict[str, list[Job]] = {}
    for job in jobs:
        spec = job[0]
        place = spec.key if spec.kind == "province" else places.get((spec.kind, spec.key), "")
        groups.setdefault(place or "", []).append(job)

    def work(group: list[Job]) -> int:
        ids = [aid for _, found, _ in group for aid in found or ()]
        return 4 * len(set(ids)) + len(ids) + 10 * len(group)

    out: list[list[Job]] = [[] for _ in range(n)]
    load = [0] * n
    for weight, _, group in sorted(((work(g), place, g) for place, g in groups.items()), key=lambda w: (-w[0], w[1])):
        least = load.index(min(load))
        out[least].extend(group)
        load[least] += weight
    return [share for share in out if share]


def export(
    db: Database, directory: Path, base_url: str, limit: int = 50, rebuild: bool = False,
    workers: int | None = None,
) -> Exported:
    """Write ``feeds/<kind>/<slug>.{rss,atom}`` and ``feeds/index.opml`` under ``directory``;
    feeds unchanged since the last export are kept unless ``rebuild``. ``workers``: processes
    (default: one per core when there are many feeds and the database is a file)."""
    path = database_file(db)
    if path is None:
        specs, newest = all_specs(db), store_feeds.newest_by_feed(db, limit)
    else:
        specs, newest = _read_side_by_side(db, path, limit)
    name = database_name(db)
    base = base_url.rstrip("/")
    previous = {} if rebuild else _manifest(directory)
    current: dict[str, str] = {}
    jobs: list[Job] = []
    unchanged = 0
    for spec, (ids, versions, stamp) in zip(specs, states(db, specs, limit, newest), strict=True):
        tag = validator(spec, base, limit, versions, stamp)
        current[spec.path()] = tag
        if previous.get(spec.path()) == tag and all(
            (directory / spec.path(fmt).lstrip("/")).exists() for fmt in FORMATS
        ):
            unchanged += len(FORMATS)
        else:
            jobs.append((spec, ids, versions))
    workers = workers or (min(2, os.cpu_count() or 1) if len(jobs) >= PARALLEL_FROM else 1)
    if workers > 1 and path is not None and len(jobs) > 1:
        parts = shares(db, jobs, workers)
        n = len(parts)
        with ProcessPoolExecutor(n, mp_context=get_context("fork")) as pool:
            written = sum(pool.map(_build_share, [str(path)] * n, parts, [directory] * n, [base] * n,
                                   [limit] * n, [name] * n))
    else:
        written = _build(db, jobs, directory, base, limit, name)
    _write(directory / "feeds" / "index.opml", opml(specs, base, database=name))
    _write(directory / MANIFEST, json.dumps(current, indent=0, sort_keys=True).encode("utf-8"))
    return Exported(written, unchanged)
