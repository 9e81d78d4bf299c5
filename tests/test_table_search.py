"""The table search (``articles?_search=``) planned for common queries answers exactly as before.

``feeds/table_search.py`` rewrites Datasette's full-text clause when a query matches many rows,
and ``feeds/search_database.py`` counts a search that is the only filter from the full-text index
and reads the first page of a dense search row by row. Each page here is fetched through the
real Datasette app, once from Datasette as it comes (its own Database, the rewrite never
applied) and once from UnionWatch's app under each plan; rows, their order, counts, facets, the
next-page token, HTML pages and errors must not differ.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import urlencode

import pytest
from datasette.app import Datasette
from datasette.filters import FilterArguments

from bench.synthetic import build
from crawler import store
from crawler.cli import METADATA
from crawler.store_upkeep import merge_fts
from feeds import search_count, table_search
from feeds.server import make_datasette
from tests.plain_datasette import get as _get
from tests.plain_datasette import plain

CLAUSE = "rowid in (select rowid from articles_fts where articles_fts match escape_fts(:search))"
PAGES = [
    "articles.json?_search=lien+doan+lao+dong",
    "articles.json?_search=Li%C3%AAn+%C4%91o%C3%A0n&_size=20",
    "articles.json?_search=doan+vien&_sort=title",
    "articles.json?_search=doan+vien&_sort_desc=published",
    "articles.json?_search=doan+vien&_sort_desc=published_day&_size=3",
    "articles.json?_search=cong+doan&_sort=source_id&_size=7",
    "articles.json?_search=cong+nhan&_facet=province_new&_facet=unit_level&_facet=year",
    "articles.json?_search=doan+vien&province_new__not=H%C3%A0+N%E1%BB%99i&_size=5",
    "articles.json?_search=lien+doan&year=2024&_size=5",
    "articles.json?_search=lien+doan&_where=year+%3E+2023&_size=5",
    "articles.json?_search=doan+vien&_nocount=1&_size=5",
    "articles.json?_search=%22thang+cong+nhan%22&_size=3",
    "articles.json?_search=soc+trang",
    "articles.json?_search=xyzzy+doan",
    "articles.json?_search=doan&_shape=array&_size=max&_col=id",
    "articles.json?_search=lien+doan+lao+dong&_shape=array&_size=4",
]
HTML_PAGES = ["articles?_search=lien+doan", "articles?_search=soc+trang&_size=5", "articles?_search=xyzzy"]
HOSTILE = [  # quotes, FTS syntax in both modes; Datasette's answer or error, whatever it is
    "articles.json?_search=%22", "articles.json?_search=doan%22+vien", "articles.json?_search=",
    "articles.json?_search=+%22%22+", "articles.json?_search=NEAR(doan", "articles.json?_search=*",
    "articles.json?_searchmode=raw&_search=lien+AND", "articles.json?_searchmode=raw&_search=NEAR(doan",
    "articles.json?_searchmode=raw&_search=%22doan", "articles.json?_searchmode=raw&_search=*",
    "articles.json?_searchmode=raw&_search=doan+OR+vien", "articles.json?_searchmode=raw&_search=title:doan",
    "articles.json?_searchmode=raw&_search=xyzzy:doan",
]
# (MANY, DENSE, DENSE_MERGED): the clause always rewritten and the page always correlated,
# rewritten but the page never correlated, and the settings as shipped
PLANS = [(1, 0.0, 0.0), (1, 2.0, 2.0), (table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED)]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build(400, path=tmp_path_factory.mktemp("table-search") / "uw.db")


@pytest.fixture(scope="module")
def merged_path(store_path, tmp_path_factory) -> Path:
    """The same store after the nightly upkeep: its full-text index in one segment."""
    path = tmp_path_factory.mktemp("table-search-merged") / "uw.db"
    shutil.copy(store_path, path)
    done = merge_fts(store.open_db(path, migrate=False))
    assert done.segments_before > 1 and done.segments_after == 1
    return path


def fetch_all(path: Path, urls: list[str], plan: tuple[float, float] | None) -> list[tuple[int, object]]:
    """Each URL's status and body: from Datasette as it comes (``plan`` None) or under ``plan``."""

    async def run() -> list[tuple[int, object]]:
        ds = plain(path) if plan is None else make_datasette(path, METADATA)
        await ds.invoke_startup()
        return [await _get(ds, path, url) for url in urls]

    saved = table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED, table_search.faster
    if plan is None:
        table_search.faster = lambda result, db, *_: result  # the plugin leaves the filters alone
    else:
        table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED = plan
    try:
        return asyncio.run(run())
    finally:
        table_search.MANY, table_search.DENSE, table_search.DENSE_MERGED, table_search.faster = saved


def comparable(answer: tuple[int, object]) -> object:
    """What must not differ: for an HTML page all but its timing and the "+" of the SQL it shows."""
    status, page = answer
    if isinstance(page, str):
        return status, re.sub(r"Queries took [0-9.]+ms", "", page).replace("+rowid in", "rowid in").replace("where+%2Browid", "where+rowid")
    if not isinstance(page, dict) or status != 200:
        return status, page
    keys = ("rows", "filtered_table_rows_count", "facet_results", "next", "columns")
    return status, {k: page.get(k) for k in keys}


def with_next_pages(path: Path, urls: list[str]) -> list[str]:
    """``urls`` and the next page of each that has one, as Datasette links it."""
    out = list(urls)
    for status, page in fetch_all(path, urls, None):
        if status == 200 and isinstance(page, dict) and page.get("next_url"):
            out.append(page["next_url"].split(f"/{path.stem}/", 1)[1])
    return out


@pytest.mark.parametrize("plan", PLANS, ids=["correlated", "rewritten", "shipped"])
def test_pages_are_the_same_as_datasettes_own(store_path, plan):
    urls = with_next_pages(store_path, PAGES)
    assert len(urls) > len(PAGES) + 5
    old, new = fetch_all(store_path, urls, None), fetch_all(store_path, urls, plan)
    for url, a, b in zip(urls, new, old, strict=True):
        assert a[0] == 200, (url, a)
        assert comparable(a) == comparable(b), url
    assert old[0][1]["filtered_table_rows_count"] > 300  # a common query, as the plans are meant for
    assert old[PAGES.index("articles.json?_search=xyzzy+doan")][1]["rows"] == []
    assert old[PAGES.index("articles.json?_search=doan+vien&_nocount=1&_size=5")][1]["filtered_table_rows_count"] is None


@pytest.mark.parametrize("plan", PLANS, ids=["correlated", "rewritten", "shipped"])
def test_pages_on_a_merged_index_are_the_same_as_datasettes_own(store_path, merged_path, plan):
    urls = with_next_pages(store_path, PAGES)
    old, new = fetch_all(store_path, urls, None), fetch_all(merged_path, urls, plan)
    for url, a, b in zip(urls, new, old, strict=True):
        assert a[0] == 200, (url, a)
        assert comparable(a) == comparable(b), url


def test_a_merged_index_gets_the_correlated_page_for_rarer_searches(store_path, merged_path):
    """Between DENSE_MERGED and DENSE, only the index in one segment is read row by row."""
    page = table_search.dense_page(
        "select id from articles where +" + CLAUSE + " order by published_day desc limit 51", {"search": "x"})
    between = (table_search.DENSE + table_search.DENSE_MERGED) / 2
    verdicts = []
    for path in (store_path, merged_path):
        conn = sqlite3.connect(path)
        verdicts.append([table_search.dense_enough(conn, page["fts"], share)
                         for share in (table_search.DENSE_MERGED / 2, between, table_search.DENSE)])
    assert verdicts == [[False, False, True], [False, True, True]]


@pytest.mark.parametrize("plan", PLANS[:2], ids=["correlated", "rewritten"])
def test_html_pages_and_hostile_searches_are_answered_as_datasette_does(store_path, plan):
    urls = HTML_PAGES + HOSTILE
    old, new = fetch_all(store_path, urls, None), fetch_all(store_path, urls, plan)
    for url, a, b in zip(urls, new, old, strict=True):
        assert comparable(a) == comparable(b), url
    assert old[0][0] == 200 and "lien doan" in old[0][1]
    assert {status for status, _ in old[len(HTML_PAGES):]} >= {200, 400}  # some searches are errors


def _copy(store_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "uw.db"
    shutil.copy(store_path, path)
    return path


NEWEST = """insert into articles (id, url, source_id, title, published, published_day, year, month, text, folded,
    content_hash, first_seen, last_seen, last_changed)
    select 'ffffffffffffff01', url || '?again', source_id, 'Xyzzy ' || title, '2099-01-01T08:00:00+07:00',
    '2099-01-01', 2099, '2099-01', text, 'xyzzy ' || folded, content_hash, first_seen, last_seen, last_changed
    from articles where folded like '%lien doan%' limit 1"""


def test_sql_with_the_search_clause_is_truncated_as_datasette_truncates_it(store_path):
    sql = ("select id from articles where rowid in (select rowid from articles_fts where articles_fts match "
           "escape_fts(:search)) order by id")
    url = "uw.json?" + urlencode({"sql": sql, "search": "doan"})

    async def run(ds: Datasette) -> dict:
        ds._settings["max_returned_rows"] = ds.max_returned_rows = 7
        await ds.invoke_startup()
        return json.loads((await ds.client.get(f"/{url}")).text)

    ours, theirs = asyncio.run(run(make_datasette(store_path, METADATA))), asyncio.run(run(plain(store_path)))
    assert ours["rows"] == theirs["rows"] and len(theirs["rows"]) == 7
    assert ours["truncated"] is theirs["truncated"] is True


def test_a_store_written_after_the_server_started_is_counted_again(store_path, tmp_path):
    path = _copy(store_path, tmp_path)
    urls = ["articles.json?_search=lien+doan&_size=2", "articles.json?_search=Li%C3%AAn+%C4%90o%C3%A0n&_size=2",
            "articles.json?_search=xyzzy"]

    async def run() -> list[list[tuple[int, object]]]:
        ours, theirs = make_datasette(path, METADATA), plain(path)
        for ds in (ours, theirs):
            await ds.invoke_startup()
        rounds = []
        for step in ("before", "inserted", "deleted"):
            if step != "before":
                with sqlite3.connect(path) as conn:  # another writer, as a crawl is
                    conn.execute(NEWEST if step == "inserted" else "delete from articles where id = 'ffffffffffffff01'")
            for _ in range(3):  # more than one of Datasette's connections answers
                rounds.append([await _get(ours, path, u) for u in urls])
                rounds.append([await _get(theirs, path, u) for u in urls])
        return rounds

    rounds = asyncio.run(run())
    counts = [[page["filtered_table_rows_count"] for _, page in answers] for answers in rounds]
    before, inserted, deleted = counts[0], counts[6], counts[12]
    assert all(c == before for c in counts[:6]) and all(c == inserted for c in counts[6:12])
    assert all(c == deleted for c in counts[12:])
    assert inserted == [before[0] + 1, before[1] + 1, 1] and deleted == before
    assert rounds[6][0][1]["rows"][0][0] == "ffffffffffffff01"  # newest first (id is the first column)


@pytest.mark.parametrize("trigger,change", [
    ("articles_ai", NEWEST),  # an article the index does not know
    ("articles_ad", "delete from articles where rowid = (select min(rowid) from articles)"),  # one it still knows
    (None, "insert into articles_fts (articles_fts, rowid, title, text, folded) select 'delete', rowid, title, "
           "text, folded from articles where rowid = (select max(rowid) from articles)"),  # one dropped by hand
])
def test_an_index_out_of_step_is_not_trusted_for_the_count(store_path, tmp_path, trigger, change):
    path = _copy(store_path, tmp_path)
    with sqlite3.connect(path) as conn:
        if trigger:
            conn.execute(f"drop trigger {trigger}")
        conn.execute(change)
    urls = ["articles.json?_search=lien+doan&_size=2", "articles.json?_search=cong+doan&year=2024&_size=2"]
    old, new = fetch_all(path, urls, None), fetch_all(path, urls, PLANS[0])
    assert [comparable(a) for a in new] == [comparable(b) for b in old]
    with sqlite3.connect(path) as conn:
        conn.create_function("escape_fts", 1, lambda s: '"lien" "doan"')
        wanted = search_count.Count("articles", "articles_fts", "escape_fts(:search)", "lien doan")
        assert search_count.Counts().count(conn, wanted, 1000) is None
        assert not search_count.in_step(conn, "articles", "articles_fts")
        indexed = conn.execute("select count(*) from articles_fts where articles_fts match ?",
                               ['"lien" "doan"']).fetchone()[0]
    if trigger == "articles_ad":  # counting from the index would have been one too many
        assert indexed == old[0][1]["filtered_table_rows_count"] + 1


def test_only_datasettes_count_of_a_search_alone_is_recognised():
    count = "select count(*) from articles where " + CLAUSE + " "
    assert search_count.recognise(count, {"search": "x"}) == search_count.Count(
        "articles", "articles_fts", "escape_fts(:search)", "x")
    assert search_count.recognise(count.replace("where rowid", "where +rowid"), {"search": "x"}) is not None
    raw = count.replace("escape_fts(:search)", ":search")
    assert search_count.recognise(raw, {"search": "x"}).match == ":search"
    assert search_count.recognise(count, {"search": "x", "p0": "2024"}) is None
    assert search_count.recognise(count.replace(CLAUSE, CLAUSE + " and year = :p0"), {"search": "x"}) is None
    assert search_count.recognise(count.strip(), {"search": "x"}) is None
    assert search_count.recognise(count, {"search": None}) is None
    assert search_count.recognise("select count(*) from (" + count + ")", {"search": "x"}) is None


def test_only_datasettes_first_page_of_a_search_alone_is_planned_row_by_row():
    page = ("select id, title from articles where +" + CLAUSE + " order by published_day desc limit 51")
    found = table_search.dense_page(page, {"search": "x"})
    assert found and table_search.correlated(found) == (
        "select id, title from articles where +rowid in (select rowid from articles_fts where articles_fts "
        "match escape_fts(:search) and rowid = articles.rowid) order by published_day desc limit 51")
    assert table_search.dense_page(page.replace("+rowid", "rowid"), {"search": "x"}) is None
    assert table_search.dense_page(page, {"search": "x", "p0": "1"}) is None
    assert table_search.dense_page(page.replace(" limit 51", " limit 51 offset 5"), {"search": "x"}) is None
    assert table_search.dense_page(page.replace("order by", "and year = 1 order by"), {"search": "x"}) is None


def test_the_clause_is_rewritten_only_for_common_queries(store_path):
    async def clauses(search: str, many: int) -> list[str]:
        ds = make_datasette(store_path, METADATA)
        await ds.invoke_startup()
        db = ds.get_database(store_path.stem)
        table_search.MANY = many
        arguments = FilterArguments([CLAUSE, "year = :p0"], params={"search": search, "p0": "2024"})
        done = await table_search.faster(arguments, db)()
        return done.where_clauses

    saved = table_search.MANY
    try:
        assert asyncio.run(clauses("lien doan", 100)) == ["+" + CLAUSE, "year = :p0"]
        assert asyncio.run(clauses("soc trang", 100)) == [CLAUSE, "year = :p0"]
        assert asyncio.run(clauses("lien doan", 10**6)) == [CLAUSE, "year = :p0"]
    finally:
        table_search.MANY = saved
