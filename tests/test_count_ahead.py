"""The count of a table search, started ahead on other SQL threads, is Datasette's count.

``feeds/search_database.py`` starts counting a search that is the table's only filter, when the
plan's probe finds it dense enough for the correlated page, in two rowid ranges on two threads;
Datasette's count statement waits for that count and takes what it left, under the checks every
remembered count passes. A search read from its match set is counted by the set. Counts, pages and errors must be
those of Datasette as it comes, a write between the two must be seen, and nothing is counted
ahead when Datasette will not count the search alone.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from bench.synthetic import build
from crawler.cli import METADATA
from feeds import search_count, table_search
from feeds.search_database import SearchDatabase
from feeds.server import make_datasette
from tests.test_table_search import NEWEST, _copy, _get, comparable, plain

ALWAYS_DENSE = (1, 0.0, 0.0)  # (MANY, DENSE, DENSE_MERGED): every search is dense on a small store
COUNT = ("select count(*) from articles where +rowid in (select rowid from articles_fts where articles_fts "
         "match escape_fts(:search)) ")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build(400, path=tmp_path_factory.mktemp("count-ahead") / "uw.db")


@pytest.fixture
def always_dense():
    saved = table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED
    table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED = ALWAYS_DENSE
    yield
    table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED = saved


class Spy:
    """Records the counts started ahead and what each gave."""

    def __init__(self, monkeypatch) -> None:
        self.started: list[search_count.Count] = []
        self.waited: list[int | None] = []
        count_ahead, counted_ahead = SearchDatabase.count_ahead, SearchDatabase._counted_ahead
        spy = self

        def started(db, wanted):
            spy.started.append(wanted)
            return count_ahead(db, wanted)

        async def waited(db, wanted):
            pending = db._ahead.get(wanted)
            await counted_ahead(db, wanted)
            if pending is not None:
                spy.waited.append(pending.result())

        monkeypatch.setattr(SearchDatabase, "count_ahead", started)
        monkeypatch.setattr(SearchDatabase, "_counted_ahead", waited)


def answers(path: Path, urls: list[str], ours: bool) -> list[tuple[int, object]]:
    async def run() -> list[tuple[int, object]]:
        ds = make_datasette(path, METADATA) if ours else plain(path)
        await ds.invoke_startup()
        return [await _get(ds, path, url) for url in urls]

    if ours:
        return asyncio.run(run())
    saved = table_search.faster
    table_search.faster = lambda result, db, *_: result  # Datasette's own plan
    try:
        return asyncio.run(run())
    finally:
        table_search.faster = saved


def test_a_dense_search_is_counted_ahead_and_counted_as_datasette_counts(store_path, always_dense, monkeypatch):
    spy = Spy(monkeypatch)
    urls = ["articles.json?_search=lien+doan&_size=2", "articles.json?_search=Li%C3%AAn+%C4%90o%C3%A0n&_size=3",
            "articles.json?_search=doan+vien&_sort=title&_size=4", "articles.json?_search=soc+trang",
            "articles.json?_searchmode=raw&_search=doan+OR+vien&_size=2", "articles?_search=cong+nhan&_size=5"]
    ours, theirs = answers(store_path, urls, True), answers(store_path, urls, False)
    assert [comparable(a) for a in ours] == [comparable(b) for b in theirs]
    assert len(spy.started) == len(urls)
    assert len(spy.waited) == len(urls) and all(isinstance(n, int) for n in spy.waited)  # counted ahead
    for counted, (_, page) in zip(spy.waited, theirs, strict=True):
        if isinstance(page, dict):
            assert counted == page["filtered_table_rows_count"] > 0


def test_nothing_is_counted_ahead_unless_datasette_counts_the_search_alone(store_path, always_dense, monkeypatch):
    spy = Spy(monkeypatch)
    urls = ["articles.json?_search=doan+vien&year=2024&_size=2", "articles.json?_search=doan&_where=year+%3E+2023",
            "articles.json?_search=doan&_nocount=1", "articles.json?_search=doan&_shape=array&_size=2",
            "articles.json?_search=doan&province_new__not=H%C3%A0+N%E1%BB%99i", "articles.json?_search=doan&_search_title=x",
            "articles.json?_search=doan&_through=%7B%22table%22%3A%22sources%22%2C%22column%22%3A%22id%22%2C%22value%22%3A%22x%22%7D"]
    ours, theirs = answers(store_path, urls, True), answers(store_path, urls, False)
    assert [comparable(a) for a in ours] == [comparable(b) for b in theirs]
    assert spy.started == []


@pytest.mark.parametrize("plan", [(1, 2.0, 2.0), (table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED)],
                         ids=["never-dense", "shipped"])
def test_a_search_read_from_its_match_set_is_counted_by_its_set_not_ahead(store_path, monkeypatch, plan):
    spy = Spy(monkeypatch)
    urls = ["articles.json?_search=lien+doan&_size=2", "articles.json?_search=soc+trang&_size=2"]
    saved = table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED
    table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED = plan
    try:
        ours = answers(store_path, urls, True)
    finally:
        table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED = saved
    theirs = answers(store_path, urls, False)
    assert [comparable(a) for a in ours] == [comparable(b) for b in theirs]
    assert spy.started == [] and spy.waited == []  # the set's rows are the count


def test_a_write_after_the_count_ahead_is_counted(store_path, tmp_path, always_dense):
    path = _copy(store_path, tmp_path)
    wanted = search_count.Count("articles", "articles_fts", "escape_fts(:search)", "lien doan")

    async def run() -> tuple[int | None, int, int]:
        ds = make_datasette(path, METADATA)
        await ds.invoke_startup()
        db = ds.get_database(path.stem)
        db.count_ahead(wanted)
        ahead = await db._ahead[wanted]
        with sqlite3.connect(path) as conn:  # another writer, between the count ahead and Datasette's count
            conn.execute(NEWEST)
        counted = (await db.execute(COUNT, {"search": "lien doan"})).first()[0]
        theirs = plain(path)
        await theirs.invoke_startup()
        expected = (await theirs.get_database(path.stem).execute(COUNT, {"search": "lien doan"})).first()[0]
        return ahead, counted, expected

    ahead, counted, expected = asyncio.run(run())
    assert ahead is not None and counted == expected == ahead + 1


def test_a_count_ahead_keeps_the_time_limit(store_path):
    conn = sqlite3.connect(store_path)
    conn.create_function("escape_fts", 1, lambda s: '"lien" "doan"')
    wanted = search_count.Count("articles", "articles_fts", "escape_fts(:search)", "lien doan")
    counts = search_count.Counts()
    assert counts.count(conn, wanted, 0, ahead=True) is None  # interrupted: Datasette's statement answers
    assert counts.count(conn, wanted, 3000, ahead=True) == counts.count(conn, wanted, 3000) > 0
    endless = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
    with pytest.raises(sqlite3.OperationalError, match="interrupted"), search_count.coarse_timelimit(conn, 50):
        conn.execute(endless).fetchone()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.create_function("escape_fts", 1, lambda s: '"lien" "doan"')
    return conn


def test_two_ranges_add_up_to_the_count_only_when_read_in_one_generation(store_path, tmp_path):
    path = _copy(store_path, tmp_path)
    wanted = search_count.Count("articles", "articles_fts", "escape_fts(:search)", "lien doan")
    first, second = _connect(path), _connect(path)
    counts = search_count.Counts()
    whole = counts.count(first, wanted, 3000)
    counts.count(second, wanted, 3000)  # both connections known, nothing written since
    fresh = search_count.Counts()
    fresh.count(first, wanted, 3000)
    fresh.count(second, wanted, 3000)
    fresh._counts.clear()
    parts = [fresh.count_part(first, wanted, 0, 3000), fresh.count_part(second, wanted, 1, 3000)]
    assert all(p is not None and not p.whole for p in parts) and 0 < parts[0].n < whole
    assert fresh.join(parts) == whole
    assert fresh._remembered(parts[0].key, parts[0].generation) == whole
    part = fresh.count_part(first, wanted, 0, 3000)  # the whole count is remembered now
    assert part is not None and part.whole and fresh.join([part, None]) == whole
    # a write between the two ranges: their snapshots are of two versions, so they are not added up
    fresh._counts.clear()
    before = fresh.count_part(first, wanted, 0, 3000)
    with sqlite3.connect(path) as writer:
        writer.execute(NEWEST)
    after = fresh.count_part(second, wanted, 1, 3000)
    assert fresh.join([before, after]) is None
    assert counts.count(first, wanted, 3000) == whole + 1


def test_a_count_ahead_is_counted_in_two_ranges_on_two_threads(store_path, always_dense, monkeypatch):
    threads: list[tuple[str, int]] = []
    whole: list[str] = []
    count_part, count = search_count.Counts.count_part, search_count.Counts.count

    def part(counts, conn, wanted, which, limit):
        threads.append((threading.current_thread().name, which))
        return count_part(counts, conn, wanted, which, limit)

    def counted(counts, conn, wanted, limit, ahead=False):
        if ahead:
            whole.append(wanted.search)
        return count(counts, conn, wanted, limit, ahead)

    monkeypatch.setattr(search_count.Counts, "count_part", part)
    monkeypatch.setattr(search_count.Counts, "count", counted)
    urls = ["articles.json?_search=cong+nhan&_size=2", "articles.json?_search=lien+doan&_size=2",
            "articles.json?_search=doan+vien&_size=3", "articles.json?_search=soc+trang&_size=2",
            "articles.json?_search=cong+doan&_size=4"]
    ours, theirs = answers(store_path, urls, True), answers(store_path, urls, False)
    assert [comparable(a) for a in ours] == [comparable(b) for b in theirs]
    pairs = list(zip(threads[::2], threads[1::2], strict=True))
    assert [sorted([a, b]) for (_, a), (_, b) in pairs] == [[0, 1]] * len(urls)  # both ranges of each search
    assert any(first != second for (first, _), (second, _) in pairs)  # at once, on two threads
    # Counted whole only when a range was read in a connection's first snapshot (it starts a
    # generation): three connections, so at most three of the five searches.
    assert len(whole) <= 3
