"""The crawl's write-ahead log checkpointed by a thread of its own, not by the reactor.

SQLite checkpoints the log in the connection whose commit takes it past 1,000 pages (4 MB):
in a crawl, the reactor's thread. A checkpoint waits on the disk twice (``fdatasync`` of the
log, then of the database file), and the reactor handles no response meanwhile, so the
extraction workers run out of pages and both cores wait: on the benchmark's 8 x 100 web, 46
``fdatasync`` calls held the reactor for 10-180 ms each (about 3 s in all on a loaded disk).

``Checkpointer(db)`` turns the writer's own checkpoints off and runs SQLite's ``PASSIVE``
checkpoint from a thread, on a connection of its own, whenever the log has grown past the same
1,000 pages. The writer goes on committing meanwhile (a passive checkpoint never blocks it, and
the sqlite3 module releases the interpreter lock while SQLite works). Every commit reaches the
log as before, and every checkpoint syncs the log before it copies and the database file after,
as before, so what is stored, and what a killed crawl keeps, is the same; only the moments of
the checkpoints differ (the thread may take the log past the mark in two steps where a commit
overtook it). ``journal_size_limit = 0`` makes the writer cut the log file back after
each restart of the log, so that the file's size is what was written since the last checkpoint.
``stop`` ends the thread (after a checkpoint in progress) and gives the writer back SQLite's
defaults; the rest of the log is checkpointed as before, at the next commit past 1,000 pages
or when the last connection closes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from typing import Any

log = logging.getLogger(__name__)

PAGES = 1000  # SQLite's own mark (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT)
POLL_SECONDS = 0.1  # how often the thread looks at the log's size


def _log_path(db: Any) -> str | None:
    """The log file of ``db``'s main database, when it is a file in WAL mode."""
    mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    path = next((row[2] for row in db.conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    return f"{path}-wal" if mode == "wal" and path else None


class Checkpointer:
    """Checkpoints ``db``'s log from a thread while the writer commits (see the module docstring)."""

    def __init__(self, db: Any, pages: int = PAGES, poll: float = POLL_SECONDS) -> None:
        self.db = db
        self.log = _log_path(db)
        page_size = db.conn.execute("PRAGMA page_size").fetchone()[0]
        self.threshold = pages * page_size
        self.poll = poll
        self.checkpoints = 0
        self.done = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.log is None or self._thread is not None:
            return  # an in-memory or rollback-journal database: nothing to checkpoint
        self.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        self.db.conn.execute("PRAGMA journal_size_limit = 0")
        path = self.log.removesuffix("-wal")
        self._thread = threading.Thread(target=self._run, args=(path,), name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _size(self) -> int:
        try:
            return os.stat(self.log).st_size if self.log else 0
        except FileNotFoundError:
            return 0

    def _run(self, path: str) -> None:
        conn = sqlite3.connect(path, timeout=30)
        try:
            while not self._stop.wait(self.poll):
                try:
                    self.check(conn)
                except sqlite3.Error as exc:  # tried again at the next look; the writer goes on
                    log.warning("checkpoint of %s failed: %s", path, exc)
        finally:
            conn.close()

    def check(self, conn: sqlite3.Connection) -> bool:
        """Checkpoint on ``conn`` if the log has passed the mark since the last checkpoint.

        ``self.done`` is the log's size after the last checkpoint: smaller now, the writer has
        restarted the log since; larger, frames were written since without a restart (a commit
        overtook the checkpoint, or a reader's snapshot kept the log), and they wait for a quarter
        of the mark."""
        size = self._size()
        if size < self.done:  # restarted since
            self.done = 0
        if size < self.threshold or self.done <= size < self.done + self.threshold // 4:
            return False
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        self.checkpoints += 1
        self.done = self._size()
        return True

    def stop(self) -> None:
        """End the thread and give the writer SQLite's defaults back."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join()
        self.db.conn.execute(f"PRAGMA wal_autocheckpoint = {PAGES}")
        self.db.conn.execute("PRAGMA journal_size_limit = -1")
