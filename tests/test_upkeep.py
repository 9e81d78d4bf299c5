"""The full-text index's upkeep (`unionwatch maintain`, part of `nightly`): its segments merged
into one answer exactly what they answered before, a crash part-way leaves the index as it was,
and running it again changes nothing."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bench.synthetic import build
from crawler import store
from crawler.store_upkeep import fts_segments, merge_fts
from tests.conftest import ROOT, run_cli

QUERIES = ["liên đoàn lao động", "lien doan lao dong", "nghị quyết 02", "02-NQ/TW", "tập huấn", "doan vien",
           "Sóc Trăng", "thoa uoc lao dong tap the", '"mái ấm" OR "công đoàn"', "zzzkhongco"]


@pytest.fixture
def generated(tmp_path) -> Path:
    """A generated store of 300 articles: its index has many segments, one per loaded batch."""
    path = build(300, path=tmp_path / "s.db")
    assert fts_segments(sqlite3.connect(path)) > 5
    return path


def index_answers(path: Path) -> dict[str, list]:
    """For each query: matching rowids in bm25 order with their scores and highlights, and the count."""
    from feeds.search import fts_query

    conn = sqlite3.connect(path)
    out = {}
    for query in QUERIES:
        expression = fts_query(query)
        out[query] = [
            conn.execute("SELECT rowid, bm25(articles_fts, 5.0, 1.0, 1.0), highlight(articles_fts, 0, '[', ']') "
                         "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid", [expression]).fetchall(),
            conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [expression]).fetchone(),
            conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid = "
                         "(SELECT max(rowid) FROM articles)", [expression]).fetchall(),
        ]
    conn.close()
    return out


def served_answers(path: Path) -> dict[str, object]:
    """What Datasette answers for table searches and the ranked search, through the real app."""
    from crawler.cli import METADATA
    from feeds.server import make_datasette

    async def fetch() -> dict[str, object]:
        ds = make_datasette(path, METADATA)
        name, out = path.stem, {}
        for query in QUERIES:
            q = query.replace(" ", "+").replace('"', "%22")
            for url in (f"/{name}/articles.json?_search={q}&_size=20&_nofacet=1&_col=title",
                        f"/{name}/articles.json?_search={q}&_size=20&_sort_desc=first_seen&_col=title",
                        f"/{name}/search.json?q={q}&_shape=array"):
                response = await ds.client.get(url)
                body = response.json()
                if isinstance(body, dict):
                    body.pop("query_ms", None)
                out[url] = (response.status_code, body)
        return out

    return asyncio.run(fetch())


def test_merging_keeps_every_answer_and_leaves_one_segment(generated):
    before, served = index_answers(generated), served_answers(generated)
    segments = fts_segments(sqlite3.connect(generated))
    done = merge_fts(store.open_db(generated, migrate=False))
    assert (done.segments_before, done.segments_after, done.merged) == (segments, 1, True)
    assert done.line().startswith(f"full-text index: {segments} segments merged into 1 in ")
    assert Path(str(generated) + "-wal").stat().st_size == 0  # the log does not keep the rewritten index
    assert index_answers(generated) == before
    assert served_answers(generated) == served
    assert any(rows for rows, _, _ in before.values())  # the queries do find articles
    conn = sqlite3.connect(generated)
    conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_merging_again_changes_nothing(generated):
    merge_fts(store.open_db(generated, migrate=False))
    size, data = generated.stat().st_size, sqlite3.connect(generated).execute(
        "SELECT count(*), sum(length(block)) FROM articles_fts_data").fetchone()
    again = merge_fts(store.open_db(generated, migrate=False))
    assert (again.segments_before, again.segments_after, again.merged, again.seconds) == (1, 1, False, 0.0)
    assert again.line() == "full-text index: 1 segment(s), nothing to merge"
    assert sqlite3.connect(generated).execute(
        "SELECT count(*), sum(length(block)) FROM articles_fts_data").fetchone() == data
    assert generated.stat().st_size == size


def test_an_empty_store_and_a_store_without_an_index(tmp_path, fresh_db):
    assert merge_fts(fresh_db).line() == "full-text index: 0 segment(s), nothing to merge"
    bare = sqlite3.connect(tmp_path / "bare.db")
    bare.execute("CREATE TABLE t (x)")
    bare.commit()
    assert merge_fts(store.open_db(tmp_path / "bare.db", migrate=False)).merged is False


CRASH = """
import os, sys
from crawler import store
from crawler.store_upkeep import merge_fts
db = store.open_db(sys.argv[1], migrate=False)
db.conn.execute("PRAGMA cache_size = 8")  # a tiny page cache spills the merge's pages to the log, as on a big store
steps, stop = [0], int(sys.argv[2])
def tick():
    if not db.conn.in_transaction:  # only the steps of the merge's own transaction count
        return 0
    steps[0] += 1
    if stop and steps[0] >= stop:
        os._exit(9)  # the process dies part-way: no rollback, no close
    return 0
db.conn.set_progress_handler(tick, 1)
merge_fts(db)
print(steps[0])
"""


def crash_run(path: Path, stop: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", CRASH, str(path), str(stop)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_crash_part_way_leaves_the_index_as_it_was(generated, tmp_path):
    # How many SQLite steps a whole merge takes, measured on a copy; then die half-way on the store.
    trial = tmp_path / "trial.db"
    trial.write_bytes(generated.read_bytes())
    whole = crash_run(trial, 0)
    assert whole.returncode == 0, whole.stderr
    total = int(whole.stdout)
    assert fts_segments(sqlite3.connect(trial)) == 1 and total > 100
    before, segments = index_answers(generated), fts_segments(sqlite3.connect(generated))
    wal = []
    for stop in (total // 10, total // 2, total - 5):
        died = crash_run(generated, stop)
        assert died.returncode == 9, died.stderr  # it died inside the merge's transaction
        wal.append(Path(str(generated) + "-wal").stat().st_size)
        conn = sqlite3.connect(generated)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        assert fts_segments(conn) == segments
        conn.close()
        assert index_answers(generated) == before
    assert max(wal) > 0  # the merge had written part of its work when it died
    done = merge_fts(store.open_db(generated, migrate=False))  # the next night completes it
    assert (done.segments_before, done.segments_after) == (segments, 1)
    assert index_answers(generated) == before


def test_maintain_command(generated, tmp_path):
    result = run_cli("maintain", "--db", str(generated))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("full-text index: ") and " merged into 1 in " in result.stdout
    assert run_cli("maintain", "--db", str(generated)).stdout == "full-text index: 1 segment(s), nothing to merge\n"
    missing = run_cli("maintain", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1 and missing.stderr.strip().splitlines() == [
        f"unionwatch: {tmp_path / 'none.db'}: no database"]
    assert not (tmp_path / "none.db").exists()
