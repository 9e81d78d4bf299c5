"""Group commits for a crawl: many small writes share one SQLite transaction.

A crawl writes a few rows per page (the fetch, the article and its version, the extraction
outcome); committing each costs more than the write, mostly in the full-text index's segment
flush. ``group_commits(db)`` makes the store's hot writes join one open transaction that is
committed every ``rows`` writes or ``seconds`` (checked at each write and by ``flush_due``), at
``flush(db)`` and by any other write of the store (``with db.conn``). Each write is still all or
nothing (a savepoint). A new article's row waits for the group's commit (``crawler.store_defer``),
which writes the group's articles in one statement, before anything else is committed. A killed
crawl loses only the open group, never a committed row, and never leaves half an article:
SQLite's WAL drops the uncommitted frames, and the next crawl fetches those pages again.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass
class CommitGroup:
    rows: int
    seconds: float
    pending: int = 0
    opened: float = 0.0


def group_commits(db: Database, rows: int = 20, seconds: float = 0.25) -> None:
    """From now on, hot writes on ``db`` are committed in groups (see the module docstring)."""
    db._uw_group = CommitGroup(max(1, rows), seconds)  # type: ignore[attr-defined]
    # A savepoint inside the open group copies every page it changes that the group changed
    # before it (so that it can be rolled back alone) to a statement journal, a temporary file
    # once it passes 64 KB: about 75 disk writes per stored article. Kept in memory instead.
    # The group's own commit still goes through the write-ahead log as before.
    db.conn.execute("PRAGMA temp_store = MEMORY")


def flush(db: Database) -> None:
    """Commit the open group, if any."""
    group: CommitGroup | None = getattr(db, "_uw_group", None)
    if db.conn.in_transaction:
        db.conn.commit()
    if group is not None:
        group.pending = 0


def flush_due(db: Database) -> None:
    """Commit the open group if it has been open ``seconds`` (called by a timer, so that a
    crawl waiting on slow portals still commits what it wrote)."""
    group: CommitGroup | None = getattr(db, "_uw_group", None)
    if group is not None and db.conn.in_transaction and time.monotonic() - group.opened >= group.seconds:
        flush(db)


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One write, all or nothing: its own transaction, or a savepoint in the open group."""
    group: CommitGroup | None = getattr(db, "_uw_group", None)
    if group is None:
        with db.conn:
            yield
        return
    _open(db, group)
    db.conn.execute("SAVEPOINT uw_write")
    try:
        yield
    except BaseException:
        db.conn.execute("ROLLBACK TO uw_write")
        db.conn.execute("RELEASE uw_write")
        raise
    db.conn.execute("RELEASE uw_write")
    _written(db, group)


def write(db: Database, sql: str, params: Sequence[Any]) -> None:
    """A write of one statement: its own transaction, or a place in the open group. SQLite makes
    a statement all or nothing by itself (one that fails is undone alone, and the transaction
    goes on), so inside the group it needs no savepoint of its own: two statements fewer for
    each fetch row and extraction outcome of a crawl."""
    group: CommitGroup | None = getattr(db, "_uw_group", None)
    if group is None:
        with db.conn:
            db.conn.execute(sql, params)
        return
    _open(db, group)
    db.conn.execute(sql, params)
    _written(db, group)


def _open(db: Database, group: CommitGroup) -> None:
    """Begin the group's transaction if none is open."""
    if not db.conn.in_transaction:
        db.conn.execute("BEGIN")
        group.pending, group.opened = 0, time.monotonic()


def _written(db: Database, group: CommitGroup) -> None:
    group.pending += 1
    if group.pending >= group.rows or time.monotonic() - group.opened >= group.seconds:
        flush(db)
