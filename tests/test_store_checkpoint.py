"""The crawl's write-ahead log checkpointed by a thread, not by the writer (crawler/store_checkpoint.py)."""

from __future__ import annotations

import os
import sqlite3
import threading
import time

from sqlite_utils import Database

from crawler import store
from crawler.store_checkpoint import PAGES, Checkpointer

ROW = 4000  # bytes of a row: 1,000 log pages are about 1,000 rows


def _write(db, rows: int, start: int = 0, per_commit: int = 100) -> None:
    for first in range(start, start + rows, per_commit):
        with db.conn:
            db.conn.executemany("INSERT INTO blobs (id, body) VALUES (?, ?)",
                                [(i, os.urandom(ROW)) for i in range(first, first + per_commit)])


def _frames(path) -> int:
    """Frames in the log now, as another connection's checkpoint finds them."""
    with sqlite3.connect(path) as other:
        return other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]


def _open(tmp_path):
    db = store.open_db(tmp_path / "uw.db")
    db.conn.execute("CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB)")
    db.conn.commit()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the schema's pages out of the log
    return db


def test_the_writer_checkpoints_by_itself_without_it(tmp_path):
    db = _open(tmp_path)
    _write(db, 2500)
    assert _frames(tmp_path / "uw.db") < PAGES + 200  # restarted at a checkpoint of its own


def test_the_writer_leaves_the_checkpoints_to_the_thread(tmp_path):
    db = _open(tmp_path)
    checkpointer = Checkpointer(db, poll=3600)  # the thread never looks: only the writer could
    checkpointer.start()
    try:
        _write(db, 2500)
        assert _frames(tmp_path / "uw.db") > 2 * PAGES
    finally:
        checkpointer.stop()


def test_a_checkpoint_once_past_the_mark_then_the_writer_restarts_the_log(tmp_path):
    db = _open(tmp_path)
    checkpointer = Checkpointer(db, poll=3600)  # checked from here, on a connection of the test's
    checkpointer.start()
    wal = f"{tmp_path / 'uw.db'}-wal"
    try:
        with sqlite3.connect(tmp_path / "uw.db") as other:
            _write(db, 900)
            assert not checkpointer.check(other)  # below the mark
            _write(db, 200, start=900)
            assert checkpointer.check(other)
            assert not checkpointer.check(other)  # nothing new since
            _write(db, 100, start=1100)  # the writer restarts the log and cuts the file back
            assert os.stat(wal).st_size < checkpointer.threshold // 8
            assert not checkpointer.check(other)  # restarted: the mark counts from the start again
            _write(db, 1100, start=1200)
            assert checkpointer.check(other)
            assert checkpointer.checkpoints == 2
    finally:
        checkpointer.stop()
    assert db.conn.execute("SELECT count(*), sum(length(body)) FROM blobs").fetchone() == (2300, 2300 * ROW)
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_thread_checkpoints(tmp_path):
    db = _open(tmp_path)
    checkpointer = Checkpointer(db, poll=0.005)
    checkpointer.start()
    try:
        _write(db, 1100)
        deadline = time.monotonic() + 10
        while not checkpointer.checkpoints and time.monotonic() < deadline:
            time.sleep(0.005)
        assert checkpointer.checkpoints
    finally:
        checkpointer.stop()
    assert db.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1100


def test_stop_ends_the_thread_and_gives_the_defaults_back(tmp_path):
    db = _open(tmp_path)
    checkpointer = Checkpointer(db, poll=0.01)
    checkpointer.start()
    assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    assert any(t.name == "wal-checkpoint" for t in threading.enumerate())
    checkpointer.stop()
    checkpointer.stop()  # twice is harmless
    assert not any(t.name == "wal-checkpoint" for t in threading.enumerate())
    assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == PAGES
    assert db.conn.execute("PRAGMA journal_size_limit").fetchone()[0] == -1
    _write(db, 2500)  # the writer checkpoints again by itself
    assert _frames(tmp_path / "uw.db") < PAGES + 200


def test_a_database_in_memory_has_no_thread():
    db = Database(memory=True)
    checkpointer = Checkpointer(db)
    checkpointer.start()
    assert not any(t.name == "wal-checkpoint" for t in threading.enumerate())
    checkpointer.stop()


def test_a_crawls_store_is_checkpointed_by_the_thread_until_the_engine_stops(tmp_path):
    from scrapy import signals
    from scrapy.utils.test import get_crawler

    from crawler.pipelines import store_for

    crawler = get_crawler(settings_dict={"UNIONWATCH_DB": str(tmp_path / "uw.db"), "UNIONWATCH_COMMIT_ROWS": 500})
    db = store_for(crawler)
    assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    assert any(t.name == "wal-checkpoint" for t in threading.enumerate())
    crawler.signals.send_catch_log(signal=signals.engine_stopped)
    assert not any(t.name == "wal-checkpoint" for t in threading.enumerate())
    assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == PAGES
