"""Incremental crawling details: portals without validators, --full, and a killed crawl."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

from crawler.store import article_id
from crawler.urls import canonicalize
from tests.conftest import ROOT, UNIONWATCH, run_cli

SOURCES = ("ldld-hai-phong", "ldld-nghe-an", "ldld-soc-trang")  # DNN (aliases), WordPress, SharePoint


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def crawl(registry, db, *extra):
    args = ["crawl", "--registry", str(registry), "--db", str(db), "--delay", "0"]
    for source in SOURCES:
        args += ["--source", source]
    result = run_cli(*args, *extra)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[2].rstrip(":"))


def test_without_validators_an_unchanged_listing_still_costs_one_request(sample_registry, tmp_path):
    db = tmp_path / "u.db"
    crawl(sample_registry, db)
    # A portal that sends neither ETag nor Last-Modified: only the listing's items tell.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE listing_state SET etag = NULL, last_modified = NULL")
    second = crawl(sample_registry, db)
    per_source = dict(rows(db, "SELECT source_id, count(*) FROM fetches WHERE run_id = ? GROUP BY 1", [second]))
    assert per_source == dict.fromkeys(SOURCES, 2)
    outcomes = rows(db, "SELECT DISTINCT kind, status FROM fetches WHERE run_id = ? ORDER BY 1", [second])
    assert outcomes == [("listing", 200), ("robots", 200)]
    unchanged = rows(db, "SELECT sum(listing_unchanged), sum(articles) FROM source_runs WHERE run_id = ?", [second])
    assert unchanged == [(3, 0)]


def test_full_fetches_every_article_again_and_changes_nothing(sample_registry, tmp_path):
    db = tmp_path / "f.db"
    crawl(sample_registry, db)
    before = rows(db, "SELECT count(*), sum(version) FROM articles")
    full = crawl(sample_registry, db, "--full")
    sent = rows(db, "SELECT DISTINCT kind FROM fetches WHERE run_id = ? AND status = 200", [full])
    assert {k for (k,) in sent} == {"robots", "listing", "article"}
    assert rows(db, "SELECT count(*) FROM fetches WHERE run_id = ? AND status = 304", [full]) == [(0,)]
    assert rows(db, "SELECT new, changed, unchanged > 0 FROM crawl_runs WHERE id = ?", [full]) == [(0, 0, 1)]
    assert rows(db, "SELECT count(*), sum(version) FROM articles") == before


def test_a_killed_crawl_is_completed_by_the_next(sampleweb, sample_registry, tmp_path):
    db = tmp_path / "k.db"
    slow = next(p for p in sampleweb.portals if p.kind == "slow")
    args = [*UNIONWATCH, "crawl", "--registry", str(sample_registry), "--db", str(db), "--delay", "0",
            "--source", slow.id]
    proc = subprocess.Popen(args, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                stored = rows(db, "SELECT count(*) FROM articles")[0][0]
            except sqlite3.OperationalError:  # the database or its tables are not created yet
                stored = 0
            if stored >= 3:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    expected = {article_id(canonicalize(e["url"])) for e in sampleweb.expected_articles() if e["source_id"] == slow.id}
    partial = {r[0] for r in rows(db, "SELECT id FROM articles")}
    assert 3 <= len(partial) < len(expected)
    assert rows(db, "SELECT count(*) FROM listing_state") == [(0,)]
    result = run_cli(*args[3:])
    assert result.returncode == 0, result.stderr
    assert {r[0] for r in rows(db, "SELECT id FROM articles")} == expected
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
