"""Group commits: writes share a transaction, each all or nothing, and a kill loses only the
open group."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from crawler import store, store_commit, store_defer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def record(i: int) -> dict:
    return {"url": f"http://portal.example.vn/tin/{i}", "source_id": "s1", "title": f"Tin hoạt động số {i}",
            "text": f"Công đoàn cơ sở tổ chức hội nghị người lao động lần {i}.", "published": "2025-03-01"}


def count(path, table: str = "articles") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_writes_are_committed_in_groups_and_at_flush(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=4, seconds=3600)
    for i in range(6):  # 6 articles and 6 fetches: 12 writes, groups of 4
        store.record_fetch(db, run_id=None, source_id="s1", url=record(i)["url"], kind="article", outcome="ok")
        store.save_article(db, record(i))
    assert count(path) == 6 and count(path, "fetches") == 6  # three groups of four, all committed
    store.save_article(db, record(6))
    assert count(path) == 6  # open group: not visible to others yet
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 6  # the new row is held back
    store_defer.settle(db)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 7  # written, seen by the writer
    assert count(path) == 6  # and still not by others
    store_commit.flush(db)
    assert count(path) == 7 and count(path, "article_versions") == 7
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'hoat'").fetchone()[0] == 7


def test_a_failed_write_leaves_the_rest_of_its_group(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=100, seconds=3600)
    store.save_article(db, record(1))
    with pytest.raises(sqlite3.IntegrityError):
        with store_commit.transaction(db):
            db.conn.execute("INSERT INTO meta (key, value) VALUES ('probe', '1')")
            db.conn.execute("INSERT INTO sources (id, name) VALUES (NULL, NULL)")
    store.save_article(db, record(2))
    store_commit.flush(db)
    assert count(path) == 2
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'probe'").fetchone()[0] == 0


def test_a_large_failed_write_in_a_large_group_is_undone_from_memory(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # statement journals in memory
    long = " ".join(f"Người lao động tại doanh nghiệp số {i} được chăm lo." for i in range(400))
    for i in range(60):  # the group has changed many pages of the tables, indexes and index
        store.save_article(db, {**record(i), "text": long + f" Lần {i}."})
    with pytest.raises(RuntimeError):
        with store_commit.transaction(db):  # an article, its version and index entries, undone
            store.save_article(db, {**record(99), "text": long})
            raise RuntimeError("failed after writing")
    store.save_article(db, record(100))
    store_commit.flush(db)
    assert count(path) == 61 and count(path, "article_versions") == 61
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM articles WHERE url LIKE '%/99'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'chăm'").fetchone()[0] == 60


def test_a_killed_writer_loses_only_its_open_group(tmp_path):
    path = tmp_path / "u.db"
    store.open_db(path)
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {ROOT!r})
        from crawler import store, store_commit
        from tests.test_store_commit import record
        db = store.open_db({str(path)!r})
        store_commit.group_commits(db, rows=10, seconds=3600)
        for i in range(25):
            store.save_article(db, record(i))
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == -signal.SIGKILL, result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        ids = [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY rowid")]
        versions = conn.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    assert ids == [record(i)["url"] for i in range(20)]  # two whole groups, none of the third
    assert versions == 20
    db = store.open_db(path)  # the next run writes on
    assert store.save_article(db, record(20)) == store.NEW and count(path) == 21


def test_one_statement_writes_take_no_savepoint_and_a_failed_one_leaves_its_group(tmp_path):
    """A fetch row and an extraction outcome are one statement each: SQLite makes a statement
    all or nothing by itself, so they join the group without a savepoint of their own."""
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=100, seconds=3600)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    store.record_fetch(db, run_id=None, source_id="s1", url=record(1)["url"], kind="article", outcome="ok")
    store.record_extraction(db, record(1)["url"], "ok")
    db.conn.set_trace_callback(None)
    assert not [s for s in statements if "SAVEPOINT" in s.upper() or "RELEASE" in s.upper()]
    assert len([s for s in statements if s.startswith(("INSERT", "UPDATE"))]) == 2
    store.save_article(db, record(1))
    with pytest.raises(sqlite3.IntegrityError):  # fetches.outcome is NOT NULL
        store.record_fetch(db, run_id=None, source_id="s1", url=record(2)["url"], kind="article", outcome=None)
    store.record_fetch(db, run_id=None, source_id="s1", url=record(3)["url"], kind="article", outcome="ok")
    assert db.conn.in_transaction  # the group is still open, with all but the failed write
    store_commit.flush(db)
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT url, extraction FROM fetches ORDER BY id").fetchall()
    assert rows == [(record(1)["url"], "ok"), (record(3)["url"], None)]
    assert count(path) == 1
