"""Facets read from the table's counts per value: unfiltered, or over a search less the rows it misses.

``feeds/facet_complement.py`` rewrites Datasette's column facets and the tag facet when the page
has no filter, or when the search is the table's only filter and misses few rows. Each page here
is fetched from Datasette as it comes and from UnionWatch's app; facet values, counts, their order
and truncation, rows and HTML must not differ, for values found only among the misses, nulls,
repeated tags, columns with too many values to keep, and after a write to the store.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from datasette.database import QueryInterrupted

from bench.synthetic import build
from crawler.cli import METADATA
from feeds import facet_complement, match_sets, search_count, table_search
from feeds.datasette_plugin import prepare_connection
from feeds.facets import tag_counts_sql
from feeds.server import make_datasette
from tests.plain_datasette import get as _get
from tests.plain_datasette import plain

MISSES = ("select rowid from articles where rowid not in "
          "(select rowid from articles_fts where articles_fts match '\"lien\" \"doan\"')")
PAGES = [
    "articles.json?_search=lien+doan&_facet_size=max&_size=1",
    "articles.json?_search=Li%C3%AAn+%C4%90o%C3%A0n&_size=2",
    "articles.json?_search=lien+doan&_facet=title&_facet=author&_facet_size=3&_size=1",
    "articles.json?_searchmode=raw&_search=lien+OR+doan&_facet_size=max&_size=1",
    "articles.json?_search=cong+nhan&_facet_size=max&_size=1",
    "articles.json?_search=soc+trang&_facet_size=max&_size=1",
    "articles.json?_search=lien+doan&year=2024&_facet_size=max&_size=1",
    "articles.json?_search=lien+doan&_where=year+%3E+2023&_size=1",
    "articles?_search=lien+doan",
    "articles.json?_facet_size=max&_size=1",
    "articles.json?_facet=title&_facet=url&_facet_size=4&_size=1",
    "articles",
    "sources.json?_facet=unit_level&_facet=province",
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """A small store where "lien doan" misses a few articles, one with values no matched article has."""
    path = build(400, path=tmp_path_factory.mktemp("facet-complement") / "uw.db")
    with sqlite3.connect(path) as conn:
        conn.execute("update articles set province = null, unit = null where rowid % 7 = 0")
        conn.execute("update articles set resolutions = '[\"02-NQ/TW\", \"02-NQ/TW\"]' where rowid % 11 = 0")
        conn.execute(f"update articles set province = 'Chỉ ở đây', unit_level = 'riêng', year = 1999, "
                     f"resolutions = '[\"99-NQ/TW\"]' where rowid = ({MISSES} limit 1)")
    return path


def _copy(store_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "uw.db"
    shutil.copy(store_path, path)
    return path


def comparable(answer: tuple[int, object]) -> object:
    status, page = answer
    if isinstance(page, str):
        return status, re.sub(r"Queries took [0-9.]+ms", "", page).replace("+rowid in", "rowid in").replace(
            "where+%2Browid", "where+rowid")
    keys = ("rows", "filtered_table_rows_count", "facet_results", "facets_timed_out", "next", "columns")
    return status, {k: page.get(k) for k in keys}


def fetch(path: Path, urls: list[str], ours: bool) -> list[tuple[int, object]]:
    async def run() -> list[tuple[int, object]]:
        ds = make_datasette(path, METADATA) if ours else plain(path)
        await ds.invoke_startup()
        return [await _get(ds, path, url) for url in urls]

    saved = table_search.faster
    if not ours:
        table_search.faster = lambda result, db, *_: result  # the plugin leaves the filters alone
    try:
        return asyncio.run(run())
    finally:
        table_search.faster = saved


@pytest.fixture
def rewritten(monkeypatch) -> list[str]:
    """The facet statements written as the table's counts less the misses'."""
    written: list[str] = []
    sql = facet_complement.Facet.sql

    def counted(self, totals: str, misses: str | None) -> str:
        written.append(self.column + ("" if misses is None else " searched"))
        return sql(self, totals, misses)

    monkeypatch.setattr(facet_complement.Facet, "sql", counted)
    return written


@pytest.mark.parametrize("share,values", [(facet_complement.SHARE, facet_complement.VALUES), (1.0, 50)],
                         ids=["shipped", "every-search-few-values"])
def test_facets_are_the_same_as_datasettes_own(store_path, share, values, rewritten, monkeypatch):
    monkeypatch.setattr(facet_complement, "SHARE", share)
    monkeypatch.setattr(facet_complement, "VALUES", values)
    old, new = fetch(store_path, PAGES, False), fetch(store_path, PAGES, True)
    for url, a, b in zip(PAGES, new, old, strict=True):
        assert a[0] == 200, (url, a)
        assert comparable(a) == comparable(b), url
    facets = old[0][1]["facet_results"]
    assert facets["province"]["results"] and "Chỉ ở đây" not in [r["value"] for r in facets["province"]["results"]]
    assert "99-NQ/TW" not in [r["value"] for r in facets["resolutions"]["results"]]
    assert old[3][1]["facet_results"]["unit_level"]["results"]  # the raw search misses the article too
    # every facet of the dense searches, both spellings, the HTML page; the sparse one only with every search
    searched = [c for c in rewritten if c.endswith(" searched")]
    assert {"unit_level searched", "year searched", "resolutions searched"} <= set(searched)
    assert ({"province searched", "unit searched"} <= set(searched)) is (values > 400)
    assert len(searched) >= (30 if share == 1.0 else 40)
    assert {"unit_level", "year", "resolutions"} <= set(rewritten)  # the unfiltered pages
    assert ({"province", "unit"} <= set(rewritten)) is (values > 400)
    assert ("title" in rewritten) is (values > 400)  # 400 titles: kept only when that many values may be


def test_a_write_to_the_store_is_counted(store_path, tmp_path, rewritten):
    path = _copy(store_path, tmp_path)
    url = "articles.json?_search=lien+doan&_facet_size=max&_size=1"
    changes = [
        f"update articles set province = 'Chỉ ở đây' where rowid in ({MISSES} limit 3)",  # misses changed
        "update articles set province = 'Mới' where rowid = (select max(rowid) from articles_fts where articles_fts "
        "match '\"lien\" \"doan\"')",  # a match changed
        f"delete from articles where rowid in ({MISSES} limit 2)",
    ]

    async def run() -> list[tuple[object, object]]:
        ours, theirs = make_datasette(path, METADATA), plain(path)
        for ds in (ours, theirs):
            await ds.invoke_startup()
        answers = []
        for change in [None, *changes]:
            if change:
                with sqlite3.connect(path) as conn:  # another writer, as a crawl is
                    conn.execute(change)
            for _ in range(2):
                answers.append((comparable(await _get(ours, path, url)), comparable(await _get(theirs, path, url))))
        return answers

    saved = table_search.faster
    answers = asyncio.run(run())
    table_search.faster = saved
    for a, b in answers:
        assert a == b
    provinces = [{r["value"]: r["count"] for r in a[1]["facet_results"]["province"]["results"]} for a, _ in answers]
    assert "Mới" in provinces[4] and "Mới" not in provinces[0]
    assert len(rewritten) >= 8 * 9


def test_a_write_to_the_store_is_counted_on_an_unfiltered_page(store_path, tmp_path, rewritten):
    path = _copy(store_path, tmp_path)
    url = "articles.json?_facet_size=max&_size=1"

    async def run() -> list[tuple[object, object]]:
        ours, theirs = make_datasette(path, METADATA), plain(path)
        for ds in (ours, theirs):
            await ds.invoke_startup()
        answers = []
        for change in [None, "update articles set unit_level = 'Mới', resolutions = '[\"77-NQ/TW\"]' where rowid < 9"]:
            if change:
                with sqlite3.connect(path) as conn:
                    conn.execute(change)
            for _ in range(2):
                answers.append((comparable(await _get(ours, path, url)), comparable(await _get(theirs, path, url))))
        return answers

    answers = asyncio.run(run())
    for a, b in answers:
        assert a == b
    levels = [{r["value"]: r["count"] for r in a[1]["facet_results"]["unit_level"]["results"]} for a, _ in answers]
    tags = [{r["value"]: r["count"] for r in a[1]["facet_results"]["resolutions"]["results"]} for a, _ in answers]
    assert levels[2]["Mới"] == 8 and "Mới" not in levels[1] and tags[3]["77-NQ/TW"] == 8
    assert len(rewritten) == 4 * 9


def test_only_facets_of_a_search_alone_are_recognised():
    columns = "id, url, [select], year"
    inner = (f"select {columns} from articles where +rowid in (select rowid from articles_fts where "
             "articles_fts match escape_fts(:search)) ")
    column = f"""
                select year as value, count(*) as count from (
                    {inner}
                )
                where year is not null
                group by year order by count desc, value limit 31
            """
    assert facet_complement.recognise(column, {"search": "x"}) == facet_complement.Facet(
        "column", "articles", "year", 31, True)
    unfiltered = column.replace(inner, f"select {columns} from articles ")
    assert facet_complement.recognise(unfiltered, {}) == facet_complement.Facet("column", "articles", "year", 31, False)
    assert facet_complement.recognise(unfiltered, {"search": "x"}) is None
    assert facet_complement.recognise(column, {}) is None
    assert facet_complement.recognise(column.replace("+rowid", "rowid"), {"search": "x"}) is not None
    assert facet_complement.recognise(column.replace("escape_fts(:search)", ":search"), {"search": "x"}) is not None
    tags = tag_counts_sql(inner, "resolutions", 11)
    assert facet_complement.recognise(tags, {"search": "x"}) == facet_complement.Facet(
        "tags", "articles", "resolutions", 11, True)
    assert facet_complement.recognise(tag_counts_sql(f"select {columns} from articles ", "resolutions", 11), None) \
        == facet_complement.Facet("tags", "articles", "resolutions", 11, False)
    assert facet_complement.recognise(column, {"search": "x", "p0": "1"}) is None
    assert facet_complement.recognise(column.replace(") \n", ") and year = 1 \n"), {"search": "x"}) is None
    assert facet_complement.recognise(column.replace("where year", "where month"), {"search": "x"}) is None
    assert facet_complement.recognise(tags.replace("json_each", "json_tree"), {"search": "x"}) is None
    assert facet_complement.recognise(column, {"search": None}) is None


def test_a_table_with_a_collation_or_many_misses_is_left_alone(tmp_path):
    """(Its facets are counted as Datasette counts them.)"""
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("create table a (x text)")
    conn.execute("create table b (x text collate nocase)")
    conn.executemany("insert into a values (?)", [("v",)] * 100)
    conn.execute("insert into b select x from a")
    share = facet_complement.SHARE
    assert facet_complement.countable(conn, "a", 100) and facet_complement.countable(conn, "a", round(100 * (1 - share)))
    assert not facet_complement.countable(conn, "a", round(100 * (1 - share)) - 1)
    assert not facet_complement.countable(conn, "b", 100) and not facet_complement.plain(conn, "b")
    assert facet_complement.plain(conn, "a") and not facet_complement.plain(conn, "nowhere")


def test_a_facet_interrupted_after_the_build_leaves_the_set_for_the_next(store_path, monkeypatch):
    """The set, its misses and the counts are built under the page's limit; a facet's own shorter
    limit interrupts only its statement, and the next facet finds what was built."""
    conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    prepare_connection(conn)
    sets = match_sets.MatchSets(search_count.Counts())
    inner = ("select id, province from articles where +rowid in (select rowid from articles_fts where articles_fts "
             "match escape_fts(:search)) ")
    sql = (f"select province as value, count(*) as count from ({inner}) where province is not null "
           "group by province order by count desc, value limit 31")
    params = {"search": "lien doan"}
    facet = facet_complement.recognise(sql, params)
    fetch = match_sets.Fetch(False, 1000, 50)
    forever = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*), 0 from n"
    monkeypatch.setattr(facet_complement.Facet, "sql", lambda self, totals, misses: forever)
    with pytest.raises(QueryInterrupted):
        sets.execute(conn, sql, params, match_sets.wanted(sql, params), fetch, 50, facet, 60_000)
    built = sorted(name for (name,) in conn.execute("select name from temp.sqlite_master where type = 'table'"))
    assert len(built) == 3  # the set, its misses, the province counts
    monkeypatch.undo()
    answer = sets.execute(conn, sql, params, match_sets.wanted(sql, params), fetch, 1000, facet, 3000)
    assert sorted(name for (name,) in conn.execute("select name from temp.sqlite_master where type = 'table'")) == built
    assert answer.rows == conn.execute(sql, params).fetchall() and answer.rows
