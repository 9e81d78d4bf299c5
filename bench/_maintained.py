"""The generated store as the product leaves it: a copy with the nightly upkeep applied.

``unionwatch nightly`` merges the full-text index's segments after tagging
(``crawler.store_upkeep``); a store generated in bulk has one segment per loaded batch. The
benchmark measures searches on a copy of the generated store with that same upkeep run on it,
and on the store as generated. The copy is kept under bench/out/, named after the source's size
and modification time, so later runs reuse it; the source is only ever read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler import store
from crawler.store_upkeep import Merged, fts_segments, merge_fts

OUT = Path(__file__).resolve().parent / "out"


def _key(source: Path) -> str:
    facts = source.stat()
    return f"{facts.st_size}-{facts.st_mtime_ns}"


def maintained(source: Path, out: Path = OUT) -> tuple[Path, Merged | None]:
    """(path of the maintained copy, what the upkeep did, or None when a kept copy was reused)."""
    source = source.resolve()
    target = out / f"{source.stem}-maintained-{_key(source)}.db"
    if target.exists():
        return target, None
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{source.stem}-maintained-*.db*"):  # copies of an earlier version of the source
        old.unlink()
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(partial)
    try:
        reader.backup(writer, pages=65536)
    finally:
        writer.close()
        reader.close()
    db = store.open_db(partial, migrate=False)
    merged = merge_fts(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(target)  # complete or absent: an interrupted run leaves only a .partial
    return target, merged


def describe(path: Path, merged: Merged | None) -> str:
    """One line saying which store the search figures come from."""
    if merged is None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        done = f"a kept copy, full-text index in {fts_segments(conn)} segment(s)"
        conn.close()
    else:
        done = f"made now: {merged.line()}"
    return f"store as the nightly upkeep leaves it: {path.name} ({done})"
