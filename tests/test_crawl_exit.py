"""A crawl that ends cleanly closes its store connections: the write-ahead log is checkpointed into
the database file and removed, not left for the next command to checkpoint."""

from __future__ import annotations

import sqlite3

from crawler.sampleweb import SampleWeb, load_portals
from tests.conftest import run_cli

PORTALS = ("binhluc-gov", "tld")


def test_a_clean_crawl_leaves_no_write_ahead_log(tmp_path):
    portals = [p for p in load_portals() if p.id in PORTALS]
    with SampleWeb(portals=portals) as web:
        registry = tmp_path / "sampleweb.toml"
        registry.write_text(web.registry_toml(), encoding="utf-8")
        db = tmp_path / "unionwatch.db"
        done = run_cli("crawl", "--registry", str(registry), "--db", str(db), "--delay", "0")
    assert done.returncode == 0, done.stderr
    wal = tmp_path / "unionwatch.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    # Everything is in the database file itself: read without the log, it holds the articles.
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
        assert conn.execute("SELECT status FROM crawl_runs").fetchall() == [("ok",)]
    finally:
        conn.close()
