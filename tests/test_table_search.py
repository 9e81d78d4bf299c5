"""The table search (``articles?_search=``) planned for common queries answers exactly as before.

``feeds/table_search.py`` rewrites Datasette's full-text clause when a query matches many rows.
Each page here is fetched twice through the real Datasette app: with the rewrite never applied
(Datasette's own clause) and always applied; rows, their order, counts, facets and the next-page
token must not differ.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from datasette.filters import FilterArguments

from bench.synthetic import build
from crawler.cli import METADATA
from feeds import table_search
from feeds.server import make_datasette

CLAUSE = "rowid in (select rowid from articles_fts where articles_fts match escape_fts(:search))"
PAGES = [
    "articles.json?_search=lien+doan+lao+dong",
    "articles.json?_search=Li%C3%AAn+%C4%91o%C3%A0n&_size=20",
    "articles.json?_search=doan+vien&_sort=title",
    "articles.json?_search=doan+vien&_sort_desc=published",
    "articles.json?_search=cong+doan&_sort=source_id&_size=7",
    "articles.json?_search=cong+nhan&_facet=province_new&_facet=unit_level&_facet=year",
    "articles.json?_search=doan+vien&province_new__not=H%C3%A0+N%E1%BB%99i&_size=5",
    "articles.json?_search=%22thang+cong+nhan%22&_size=3",
    "articles.json?_search=soc+trang",
    "articles.json?_search=xyzzy+doan",
    "articles.json?_search=doan&_shape=array&_size=max&_col=id",
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build(400, path=tmp_path_factory.mktemp("table-search") / "uw.db")


def fetch_all(path: Path, many: int, urls: list[str]) -> list[dict]:
    async def run() -> list[dict]:
        ds = make_datasette(path, METADATA)
        await ds.invoke_startup()
        out = []
        for url in urls:
            response = await ds.client.get(f"/{path.stem}/{url}")
            assert response.status_code == 200, (url, response.text[:300])
            out.append(json.loads(response.text))
        return out

    saved = table_search.MANY
    table_search.MANY = many
    try:
        return asyncio.run(run())
    finally:
        table_search.MANY = saved


def comparable(page) -> object:
    if isinstance(page, list):
        return page
    keys = ("rows", "filtered_table_rows_count", "facet_results", "next", "columns")
    return {k: page.get(k) for k in keys}


def test_pages_are_the_same_with_and_without_the_rewrite(store_path):
    urls = list(PAGES)
    first = fetch_all(store_path, 1, urls)
    for page in first:  # follow one next-page token of each kind as well
        if isinstance(page, dict) and page.get("next_url"):
            urls.append(page["next_url"].split(f"/{store_path.stem}/", 1)[1])
    new, old = fetch_all(store_path, 1, urls), fetch_all(store_path, 10**9, urls)
    assert len(new) > len(PAGES)
    for url, a, b in zip(urls, new, old, strict=True):
        assert comparable(a) == comparable(b), url
    assert old[0]["filtered_table_rows_count"] > 300  # a common query, as the rewrite is meant for
    assert old[-len(urls) + PAGES.index("articles.json?_search=xyzzy+doan")]["rows"] == []


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
