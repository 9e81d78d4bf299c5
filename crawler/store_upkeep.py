"""Upkeep of the store after a night's writes: the full-text index merged into one segment.

FTS5 adds each committed batch of rows to ``articles_fts`` as a new index segment and merges
segments only now and then ('automerge'); a bulk load leaves one per batch and a crawl, which
commits article by article, leaves a string of small ones. A search reads each of its words'
doclist in every segment and merges them, and a look-up of one row (``rowid = ?``) seeks in
every segment: on 200,000 articles the index had 20. FTS5's 'optimize' rewrites them as one
segment. The index answers exactly the same rows, counts and bm25 scores; only its layout changes.

The merge is one write transaction: a crash or an interruption part-way leaves the index as it
was (the write-ahead log rolls it back), and readers (Datasette) keep reading their snapshot
meanwhile. It is skipped when the index is already one segment, so running it again is free.
The merge rewrites the whole index through the write-ahead log (about 300 MB for 200,000
articles); the log is then checkpointed and truncated, so that it does not keep that size on disk.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass

from sqlite_utils import Database

FTS = "articles_fts"
log = logging.getLogger("unionwatch.upkeep")


@dataclass(frozen=True)
class Merged:
    """What one upkeep did to the full-text index."""

    segments_before: int
    segments_after: int
    seconds: float

    @property
    def merged(self) -> bool:
        return self.segments_before > self.segments_after

    def line(self) -> str:
        if not self.merged:
            return f"full-text index: {self.segments_before} segment(s), nothing to merge"
        return (f"full-text index: {self.segments_before} segments merged into {self.segments_after} "
                f"in {self.seconds:.1f} s")


def fts_segments(conn: sqlite3.Connection, fts: str = FTS) -> int:
    """The number of segments of the full-text index ``fts`` (0 for an empty index)."""
    return conn.execute(f'SELECT count(DISTINCT segid) FROM "{fts}_idx"').fetchone()[0]


def has_index(conn: sqlite3.Connection, fts: str = FTS) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [f"{fts}_idx"]).fetchone() is not None


def merge_fts(db: Database, fts: str = FTS) -> Merged:
    """Merge the segments of the full-text index into one (FTS5 'optimize'), in one transaction.

    Idempotent: an index of one segment (or none) is left untouched and costs one read.
    """
    conn = db.conn
    if not has_index(conn, fts):
        return Merged(0, 0, 0.0)
    before = fts_segments(conn, fts)
    if before <= 1:
        return Merged(before, before, 0.0)
    started = time.perf_counter()
    with conn:  # BEGIN ... COMMIT, or ROLLBACK on any error
        conn.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'optimize\')')
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # best effort: a reader's snapshot may keep part of it
    seconds = time.perf_counter() - started
    done = Merged(before, fts_segments(conn, fts), seconds)
    log.info(done.line())
    return done
