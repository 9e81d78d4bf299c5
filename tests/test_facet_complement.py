"""Facets of a search that matches most of the table, counted as the table's less the rows it misses.

``feeds/facet_complement.py`` rewrites Datasette's column facets and the tag facet when the
search is the table's only filter and misses few rows. Each page here is fetched from Datasette
as it comes and from UnionWatch's app; facet values, counts, their order and truncation, rows and
HTML must not differ, for values found only among the misses, nulls, repeated tags, and after a
write to the store.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from datasette.app import Datasette

from bench.synthetic import build
from crawler.cli import METADATA
from feeds import facet_complement, table_search
from feeds.facets import tag_counts_sql
from feeds.server import load_metadata, make_datasette

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


def plain(path: Path) -> Datasette:
    """Datasette as it comes, with UnionWatch's metadata and plugin."""
    metadata, settings = load_metadata(METADATA, path.stem)
    return Datasette([str(path)], metadata=metadata, settings=settings)


async def _get(ds: Datasette, path: Path, url: str) -> tuple[int, object]:
    response = await ds.client.get(f"/{path.stem}/{url}")
    if url.split("?")[0].endswith(".json"):
        return response.status_code, json.loads(response.text)
    return response.status_code, response.text


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

    def counted(self, misses: str) -> str:
        written.append(self.column)
        return sql(self, misses)

    monkeypatch.setattr(facet_complement.Facet, "sql", counted)
    return written


@pytest.mark.parametrize("share", [facet_complement.SHARE, 1.0], ids=["shipped", "every-search"])
def test_facets_are_the_same_as_datasettes_own(store_path, share, rewritten, monkeypatch):
    monkeypatch.setattr(facet_complement, "SHARE", share)
    old, new = fetch(store_path, PAGES, False), fetch(store_path, PAGES, True)
    for url, a, b in zip(PAGES, new, old, strict=True):
        assert a[0] == 200, (url, a)
        assert comparable(a) == comparable(b), url
    facets = old[0][1]["facet_results"]
    assert facets["province"]["results"] and "Chỉ ở đây" not in [r["value"] for r in facets["province"]["results"]]
    assert "99-NQ/TW" not in [r["value"] for r in facets["resolutions"]["results"]]
    assert old[3][1]["facet_results"]["unit_level"]["results"]  # the raw search misses the article too
    # every facet of the dense searches, both spellings, the HTML page; the sparse one only with every search
    assert {"province", "unit", "year", "resolutions", "title", "author"} <= set(rewritten)
    assert len(rewritten) >= (50 if share == 1.0 else 40)


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
    assert facet_complement.recognise(column, {"search": "x"}) == facet_complement.Facet("column", "articles", "year", 31)
    assert facet_complement.recognise(column.replace("+rowid", "rowid"), {"search": "x"}) is not None
    assert facet_complement.recognise(column.replace("escape_fts(:search)", ":search"), {"search": "x"}) is not None
    tags = tag_counts_sql(inner, "resolutions", 11)
    assert facet_complement.recognise(tags, {"search": "x"}) == facet_complement.Facet(
        "tags", "articles", "resolutions", 11)
    assert facet_complement.recognise(column, {"search": "x", "p0": "1"}) is None
    assert facet_complement.recognise(column.replace(") \n", ") and year = 1 \n"), {"search": "x"}) is None
    assert facet_complement.recognise(column.replace("where year", "where month"), {"search": "x"}) is None
    assert facet_complement.recognise(tags.replace("json_each", "json_tree"), {"search": "x"}) is None
    assert facet_complement.recognise(column, {"search": None}) is None


def test_a_table_with_a_collation_or_many_misses_is_left_alone(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("create table a (x text)")
    conn.execute("create table b (x text collate nocase)")
    conn.executemany("insert into a values (?)", [("v",)] * 100)
    conn.execute("insert into b select x from a")
    share = facet_complement.SHARE
    assert facet_complement.countable(conn, "a", 100) and facet_complement.countable(conn, "a", round(100 * (1 - share)))
    assert not facet_complement.countable(conn, "a", round(100 * (1 - share)) - 1)
    assert not facet_complement.countable(conn, "b", 100)
