"""Datasette's questions about the schema, remembered per schema version, are answered as before.

``feeds/schema_memo.py`` keeps the answers of ``table_exists``, the table page's view check, the
permission check's spelling of a table, columns, primary keys and foreign keys while the store's
schema version is unchanged. A table search asks fewer of Datasette's SQL threads, and a schema
changed while the server runs (a column added, a table created or dropped) is seen by the next
request as Datasette sees it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from datasette.database import Database

from bench.synthetic import build
from crawler.cli import METADATA
from feeds.schema_memo import SchemaMemo, statement_key
from feeds.server import make_datasette
from tests.test_table_search import _copy, _get, plain

URLS = ["articles.json?_search=lien+doan&_size=2", "articles.json?_size=1", "sources.json?_size=3",
        "notes.json", "articles.json?_size=1&_col=id&_col=extra"]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build(200, path=tmp_path_factory.mktemp("schema-memo") / "uw.db")


def test_schema_changes_are_seen_by_the_next_request(store_path, tmp_path):
    path = _copy(store_path, tmp_path)

    async def run() -> list[list[tuple[int, object]]]:
        ours, theirs = make_datasette(path, METADATA), plain(path)
        for ds in (ours, theirs):
            await ds.invoke_startup()
        rounds = []
        for change in (None, "create table notes (id integer primary key, body text)",
                       "alter table articles add column extra text", "drop table notes"):
            if change:
                with sqlite3.connect(path) as conn:  # a migration while the server runs
                    conn.execute(change)
            for _ in range(2):
                rounds.append([await _get(ours, path, u) for u in URLS])
                rounds.append([await _get(theirs, path, u) for u in URLS])
        return rounds

    rounds = asyncio.run(run())

    def shown(answers):
        return [(s, {k: p.get(k) for k in ("rows", "columns", "primary_keys", "filtered_table_rows_count")}
                 if isinstance(p, dict) and s == 200 else s) for s, p in answers]

    for ours, theirs in zip(rounds[::2], rounds[1::2], strict=True):
        assert shown(ours) == shown(theirs)
    statuses = [[s for s, _ in answers] for answers in rounds[::2]]
    assert statuses[0][3] == 404 and statuses[2][3] == 200 and statuses[6][3] == 404  # notes: absent, created, dropped
    assert statuses[2][4] == 400 and statuses[4][4] == 200  # the column "extra", before and after it was added


def test_a_table_search_asks_the_sql_threads_less(store_path, monkeypatch):
    trips: list[str] = []
    real = Database.execute_fn

    async def counted(self, fn):
        trips.append(self.name)
        return await real(self, fn)

    monkeypatch.setattr(Database, "execute_fn", counted)

    async def run() -> tuple[int, int]:
        ds = make_datasette(store_path, METADATA)
        await ds.invoke_startup()
        await _get(ds, store_path, "articles.json?_search=xyz&_size=1")
        trips.clear()
        await _get(ds, store_path, "articles.json?_search=lien+doan&_size=2")
        ours = trips.count(store_path.stem)
        theirs_ds = plain(store_path)
        await theirs_ds.invoke_startup()
        await _get(theirs_ds, store_path, "articles.json?_search=xyz&_size=1")
        trips.clear()
        await _get(theirs_ds, store_path, "articles.json?_search=lien+doan&_size=2")
        return ours, trips.count(store_path.stem)

    ours, theirs = asyncio.run(run())
    assert ours <= theirs - 6, (ours, theirs)


def test_answers_are_kept_only_under_the_latest_version():
    memo = SchemaMemo()
    memo.put("k", 1, None)
    assert memo.get("k") is None  # no version seen yet
    memo.seen(7)
    memo.put("k", 1, 7)
    assert memo.get("k") == 1
    memo.put("old", 2, 6)  # read under a version no longer the latest
    assert memo.get("old") is None
    memo.seen(8)
    assert memo.get("k") is None
    assert statement_key("select 1 from sqlite_master where type='table' and name=?", ("articles",)) is not None
    assert statement_key("select 1 from sqlite_master where type='table' and name=?", {"x": object()}) is None
    assert statement_key("select 1 from articles", ()) is None
